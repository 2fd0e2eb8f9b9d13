"""The article-at-a-glance tables: offsets, counts and takeaways computed from the tables."""

from __future__ import annotations

import matplotlib.pyplot as plt
from conftest import assert_offsets_round_trip

from analysis import parse_article
from analysis.core import overview
from analysis.plots import article as charts

SMALL = (
    "Budget Vote Delayed Again\n\nLoading...\n\n"
    "The council delayed the budget vote on Monday. Members argued for hours about the budget.\n\n"
    "“The budget is not ready,” the mayor said. “We need another week.”\n"
)


def test_paragraph_summary_counts_and_offsets():
    article = parse_article(SMALL)
    summary = overview.paragraph_summary(article)
    assert_offsets_round_trip(article.text, summary)
    assert summary["kind"].tolist() == ["heading", "boilerplate", "body", "body"]
    assert summary["sentences"].tolist() == [1, 1, 2, 2]
    last = summary.iloc[-1]
    # 9 of the 12 words of the last paragraph stand in quotation marks
    assert last["words"] == 12
    assert abs(last["quoted_share"] - 9 / 12) < 1e-9


def test_sentence_lengths_body_only(seed_article):
    lengths = overview.sentence_lengths(seed_article)
    assert_offsets_round_trip(seed_article.text, lengths)
    assert set(lengths["kind"]) == {"body"}
    assert len(lengths) == len(seed_article.body_sentences)
    assert (lengths["words"] > 0).all()


def test_content_words_skip_function_words_and_point_to_first_use():
    article = parse_article(SMALL)
    words = overview.content_words(article, top=5)
    assert words.iloc[0]["word"] == "budget" and words.iloc[0]["count"] == 3
    assert words.iloc[0]["quoted"] == 1
    assert not words["word"].isin(["the", "said", "about"]).any()
    assert_offsets_round_trip(article.text, words)
    first = words.iloc[0]
    assert article.text[first["start"] : first["end"]].lower() == "budget"


def test_seed_content_words_are_led_by_the_alliance(seed_article):
    words = overview.content_words(seed_article, top=3)
    assert words.iloc[0]["word"] == "nato"
    assert words.iloc[0]["count"] >= 20


def test_quotation_spans_and_takeaway(seed_article):
    spans = overview.quotation_spans(seed_article)
    assert_offsets_round_trip(seed_article.text, spans)
    assert spans["text"].str[0].isin(list('“‘"')).all()
    sentence = overview.quotation_takeaway(seed_article, spans)
    share = overview.quoted_share(seed_article)
    assert f"{share:.0%}" in sentence
    assert 0.2 < share < 0.5


def test_takeaways_state_computed_numbers():
    article = parse_article(SMALL)
    assert overview.structure_takeaway(article).startswith("The article has 2 body paragraphs")
    lengths = overview.sentence_lengths(article)
    assert f"{lengths['words'].median():.0f} words" in overview.sentence_length_takeaway(lengths)
    assert "“budget” (3)" in overview.content_words_takeaway(overview.content_words(article))


def test_article_without_quotations():
    article = parse_article("No one was quoted here. It is all narration.")
    spans = overview.quotation_spans(article)
    assert spans.empty
    assert overview.quotation_takeaway(article, spans) == (
        "The article has no passages in quotation marks."
    )


def test_plot_helpers_draw_on_a_given_axes(seed_article):
    fig, axes = plt.subplots(2, 2)
    summary = overview.paragraph_summary(seed_article)
    assert charts.plot_paragraph_map(summary, ax=axes[0, 0]) is axes[0, 0]
    lengths = overview.sentence_lengths(seed_article)
    assert charts.plot_sentence_lengths(lengths, ax=axes[0, 1]) is axes[0, 1]
    words = overview.content_words(seed_article)
    assert charts.plot_top_words(words, ax=axes[1, 0]) is axes[1, 0]
    assert len(axes[1, 0].patches) == 2 * len(words)
    spans = overview.quotation_spans(seed_article)
    ax = charts.plot_quotation_strip(
        len(seed_article.text), spans, seed_article.paragraphs, axes[1, 1]
    )
    assert ax is axes[1, 1]
    plt.close(fig)
