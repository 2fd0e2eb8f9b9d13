"""Paragraphs, sentences and tokens: offsets, news-specific boundaries, the seed's quirks."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from conftest import assert_offsets_round_trip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import ArticleError, parse_article
from analysis.core.article import PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, TOKEN_COLUMNS


def sentence_texts(text: str) -> list[str]:
    return parse_article(text).sentences["text"].tolist()


# ------------------------------------------------------------------ the seed article


def test_seed_tables_round_trip(seed_article):
    text = seed_article.text
    for table in (seed_article.paragraphs, seed_article.sentences, seed_article.tokens):
        assert_offsets_round_trip(text, table)


def test_seed_metadata(seed_article):
    assert seed_article.date == dt.date(2020, 1, 11)
    # no headline survived the scrape: a subheading further down is not the title
    assert seed_article.title is None
    assert seed_article.encoding == "utf-8"
    assert seed_article.source.endswith("000_8a47d5ff032e1d14.txt")


def test_seed_first_line_is_boilerplate_and_kept(seed_article, seed_text):
    first = seed_article.paragraphs.iloc[0]
    assert first["kind"] == "boilerplate"
    assert "Loading" in first["text"]
    assert seed_article.text == seed_text  # flagged, never deleted


def test_seed_subheadings_are_headings(seed_article):
    headings = seed_article.paragraphs.query("kind == 'heading'")["text"].tolist()
    assert headings == [
        "American presence ‘essential’: Champagne",
        "‘Good luck’",
        "“Cleaning up Trump’s mess”",
    ]
    assert (seed_article.paragraphs["kind"] == "body").sum() == 29


def test_seed_no_split_after_gen(seed_article):
    texts = seed_article.sentences["text"]
    assert not texts.str.endswith("Gen.").any()
    assert texts.str.contains("Gen. Qassem Soleimani.", regex=False).sum() == 1


def test_seed_dangling_marks_stay_with_their_sentence(seed_article):
    texts = seed_article.sentences["text"]
    # The seed closes quotations with an opening mark; it must not become a sentence.
    assert not texts.str.fullmatch(r"\W*").any()
    assert texts.str.endswith("sailors … “").sum() == 1
    assert texts.str.endswith("more and more dangerous. “").sum() == 1
    assert texts.str.endswith("Middle East. “").sum() == 1


def test_seed_sentence_count_and_quotation_splits(seed_article):
    body = seed_article.body_sentences["text"].tolist()
    assert len(body) == 33
    assert "“We work with countries in the region." in body
    assert "I don’t think it’s likely that consensus will be reached.”" in body


def test_seed_quotations_found_including_wrong_way_closers(seed_article):
    spans = [seed_article.text[s.start : s.end] for s in seed_article.quote_spans]
    assert "“with fewer resources”" in spans
    assert any(
        s.startswith("“with which we can share") and s.endswith("sailors … “") for s in spans
    )
    assert "‘essential’" in spans
    assert all(s.closed for s in seed_article.quote_spans)


def test_seed_in_quote_flags(seed_article):
    tokens = seed_article.tokens.set_index("start")
    text = seed_article.text
    assert tokens.loc[text.index("fewer resources"), "in_quote"]
    assert not tokens.loc[text.index("Pompeo spoke"), "in_quote"]
    # an apostrophe is not a quotation: Americans’ willingness
    assert not tokens.loc[text.index("willingness"), "in_quote"]


# ------------------------------------------------------------------ small articles


def test_abbreviations_initials_money_and_times():
    assert sentence_texts(
        "Sen. Bob Smith of the U.S. Senate met Gen. Jane Doe at 3 p.m. Friday. "
        "It cost $1.2 billion, said John F. Kennedy Jr. on Jan. 5. Then he left."
    ) == [
        "Sen. Bob Smith of the U.S. Senate met Gen. Jane Doe at 3 p.m. Friday.",
        "It cost $1.2 billion, said John F. Kennedy Jr. on Jan. 5.",
        "Then he left.",
    ]


def test_acronym_at_the_end_of_a_sentence():
    assert sentence_texts("Troops returned to the U.S. The move was sudden.") == [
        "Troops returned to the U.S.",
        "The move was sudden.",
    ]


def test_quotations_ending_sentences_and_ellipses():
    assert sentence_texts(
        "“We are done.” The vote is Tuesday. “Go,” he said. “Now!” "
        "It was … strange. We waited... They came."
    ) == [
        "“We are done.”",
        "The vote is Tuesday.",
        "“Go,” he said.",
        "“Now!”",
        "It was … strange.",
        "We waited...",
        "They came.",
    ]


def test_question_in_quotation_marks_then_its_speaker_is_one_sentence():
    assert sentence_texts(
        "“Are you serious?” Senator Cruz asked. “Yes!” Trump said. Why? Nobody knows."
    ) == [
        "“Are you serious?” Senator Cruz asked.",
        "“Yes!” Trump said.",
        "Why?",
        "Nobody knows.",
    ]


def test_headings_without_full_stop_and_titles():
    article = parse_article(
        "Trade Talks Resume in Geneva\n\nBy Jane Roe\n\nDelegates met on Jan. 3, 2021. "
        "They agreed.\n\nWhat comes next\n\nNobody knows."
    )
    assert article.paragraphs["kind"].tolist() == [
        "heading",
        "boilerplate",
        "body",
        "heading",
        "body",
    ]
    assert article.title == "Trade Talks Resume in Geneva"
    assert article.date == dt.date(2021, 1, 3)
    assert len(article.body_sentences) == 3


def test_a_text_of_short_lines_only_is_body():
    assert parse_article("Short.").paragraphs["kind"].tolist() == ["body"]
    article = parse_article("Loading...\n\nBig Win for Local Team\n\nFans Celebrate")
    assert article.paragraphs["kind"].tolist() == ["boilerplate", "body", "body"]
    assert len(article.body_sentences) == 2


def test_article_without_headings_has_no_title():
    assert parse_article("Officials met on Monday. They agreed.").title is None


def test_one_paragraph_per_line_without_blank_lines():
    article = parse_article("First paragraph here.\nSecond paragraph here.\nThird one.")
    assert len(article.paragraphs) == 3


def test_windows_line_endings_keep_offsets():
    text = "Headline here\r\n\r\nShe said it works.\r\nIt does.\r\n"
    article = parse_article(text)
    assert article.paragraphs["kind"].tolist() == ["heading", "body"]
    for table in (article.paragraphs, article.sentences, article.tokens):
        assert_offsets_round_trip(text, table)


def test_token_kinds():
    tokens = parse_article("“It costs $1.2 billion,” said Trump’s U.S. aide – again.").tokens
    kinds = dict(zip(tokens["text"], tokens["kind"], strict=True))
    assert kinds["“"] == "quote" and kinds["”"] == "quote"
    assert kinds["$1.2"] == "number"
    assert kinds["Trump’s"] == "word" and kinds["U.S."] == "word"
    assert kinds["–"] == "punct"
    assert tokens.set_index("text").loc["Trump’s", "lower"] == "trump's"
    assert tokens.query("in_quote")["text"].tolist() == ["It", "costs", "$1.2", "billion", ","]


def test_table_columns_and_ids():
    article = parse_article("Title line\n\nOne sentence. Two sentences.")
    assert list(article.paragraphs.columns) == PARAGRAPH_COLUMNS
    assert list(article.sentences.columns) == SENTENCE_COLUMNS
    assert list(article.tokens.columns) == TOKEN_COLUMNS
    for table, key in ((article.paragraphs, "paragraph"), (article.sentences, "sentence")):
        assert table[key].tolist() == list(range(len(table)))
    # tokens join to sentences and sentences to paragraphs
    joined = article.tokens.merge(article.sentences, on="sentence", suffixes=("", "_s"))
    assert (joined["paragraph"] == joined["paragraph_s"]).all()
    assert ((joined["start"] >= joined["start_s"]) & (joined["end"] <= joined["end_s"])).all()


def test_parsing_is_deterministic(seed_text):
    first, second = parse_article(seed_text), parse_article(seed_text)
    for name in ("paragraphs", "sentences", "tokens"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name))


# ------------------------------------------------------------------ properties

news_alphabet = st.sampled_from(
    list("abcXYZ .,!?;:-–—…'\"“”‘’«»()$%0123456789\n\t\r")
    + ["Gen.", "U.S.", " said ", "\n\n", "Mr.", "...", "é", "中", "🙂", "\u00a0", "\u2028"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(news_alphabet, min_size=1, max_size=80).map("".join) | st.text(min_size=1))
def test_any_text_round_trips_or_is_refused_clearly(text):
    if not text.strip():
        return
    try:
        article = parse_article(text)
    except ArticleError as error:
        assert "\n" not in str(error)  # refused with one line, e.g. boilerplate only
        return
    for table in (article.paragraphs, article.sentences, article.tokens):
        assert_offsets_round_trip(text, table)
    # tokens never overlap and stay inside their sentence
    starts, ends = article.tokens["start"].to_numpy(), article.tokens["end"].to_numpy()
    assert (starts[1:] >= ends[:-1]).all()
    for span in article.quote_spans:
        assert 0 <= span.start < span.end <= len(text)


def test_bylines_and_date_lines_are_boilerplate():
    lines = [
        "By Oliver Grant, Health Correspondent",
        "By JANE ROE and TIM LEE, Associated Press",
        "By Jane Roe | Reuters",
        "Jane Roe, Staff Writer",
        "Updated 5:31 p.m. ET, March 3, 2025",
        "Published: Tuesday 3 March 2025 10:00 GMT",
    ]
    article = parse_article(
        "Council Approves Budget\n\n" + "\n\n".join(lines) + "\n\nThe council voted."
    )
    assert article.paragraphs["kind"].tolist() == ["heading", *["boilerplate"] * 6, "body"]
    assert article.title == "Council Approves Budget"
    assert article.date == dt.date(2025, 3, 3)
    # sentences that merely start like a byline or a date stay body
    assert parse_article("By the end of the year, prices rose.").paragraphs["kind"].tolist() == [
        "body"
    ]
    assert parse_article("March 3, 2025 was cold. It snowed.").paragraphs["kind"].tolist() == [
        "body"
    ]
