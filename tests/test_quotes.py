"""Who said what, the extraction half: quotations, paraphrases, cues and speaker mentions.

Facts about the seed were read off the article by hand; the small articles below are
written for one pattern each.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.attribution.cues import cue_lexicon, find_cues
from analysis.attribution.extract import QUOTE_COLUMNS, quotes

# ------------------------------------------------------------------------- helpers


def table_of(text: str, resolve: bool = False) -> pd.DataFrame:
    article = analysis.parse_article(text)
    return analysis.quotes(article) if resolve else quotes(article)


def only_row(text: str) -> pd.Series:
    table = table_of(text)
    assert len(table) == 1, table[["text", "cue", "speaker_mention"]].to_string()
    return table.iloc[0]


def row_containing(table: pd.DataFrame, fragment: str) -> pd.Series:
    hits = table[table["text"].str.contains(fragment, regex=False)]
    assert len(hits) == 1, (fragment, table["text"].tolist())
    return hits.iloc[0]


def assert_spans_round_trip(text: str, table: pd.DataFrame) -> None:
    """Content, cue, speaker and fragment offsets all give their text back."""
    for row in table.itertuples(index=False):
        assert text[row.start : row.end] == row.text
        assert row.start < row.end
        if not pd.isna(row.cue_start):
            assert text[row.cue_start : row.cue_end] == row.cue
        if row.speaker_mention is not None:
            assert text[row.speaker_start : row.speaker_end] == row.speaker_mention
        else:
            assert pd.isna(row.speaker_start) and pd.isna(row.speaker_end)
        for lo, hi in row.fragments:
            assert row.start <= lo < hi <= row.end


# ---------------------------------------------------------------------------- seed


@pytest.fixture(scope="module")
def seed_quotes(seed_article):
    return quotes(seed_article)


def test_seed_table_has_the_contract_columns(seed_quotes):
    assert list(seed_quotes.columns) == QUOTE_COLUMNS
    assert set(seed_quotes["kind"]) == {"direct", "indirect", "mixed"}


def test_seed_offsets_round_trip(seed_article, seed_quotes):
    assert_spans_round_trip(seed_article.text, seed_quotes)


def test_seed_direct_quotation_with_cue_after(seed_quotes):
    row = row_containing(seed_quotes, "essential in terms of logistics and security")
    assert row["kind"] == "direct"
    assert row["cue"] == "said"
    assert row["speaker_mention"] == "Champagne"
    assert row["text"].startswith("“") and row["text"].endswith(",”")


def test_seed_interrupted_quotation_is_one_row_with_two_fragments(seed_article, seed_quotes):
    row = row_containing(seed_quotes, "Good luck reaching consensus")
    assert row["kind"] == "direct"
    assert row["speaker_mention"] == "Saideman"
    assert len(row["fragments"]) == 2
    second = seed_article.text[slice(*row["fragments"][1])]
    assert second.startswith("“And considering")


def test_seed_wrong_way_closing_mark_ends_the_quotation(seed_article, seed_quotes):
    # The seed closes this quotation with an opening mark: "… more dangerous. “"
    row = row_containing(seed_quotes, "more and more dangerous")
    assert row["text"].endswith("dangerous. “")
    paragraph = seed_article.paragraphs.loc[row["paragraph"]]
    assert row["end"] == paragraph["end"]


def test_seed_indirect_speech_with_that_clause(seed_quotes):
    row = row_containing(seed_quotes, "the liberal government is waiting")
    assert row["kind"] == "indirect"
    assert row["text"].startswith("that the liberal government")
    assert "Champagne" in row["speaker_mention"]


def test_seed_according_to_with_a_pronoun(seed_quotes):
    row = row_containing(seed_quotes, "wide range of instruments")
    assert row["cue"] == "According to"
    assert row["speaker_mention"] == "him"
    assert row["kind"] == "indirect"


def test_seed_reporting_verbs_pointed_out_reminded_suggested_noting(seed_quotes):
    assert "Saideman" in row_containing(seed_quotes, "NATO works by consensus")["speaker_mention"]
    assert row_containing(seed_quotes, "permission of local governments")["cue"] == "reminded"
    expert = row_containing(seed_quotes, "might be stunned")
    assert (expert["cue"], expert["speaker_mention"]) == ("suggested", "A defense expert")
    noting = row_containing(seed_quotes, "parliamentary votes")
    assert noting["cue"] == "noting"
    assert noting["speaker_mention"] == "Saideman"  # the subject of the clause it hangs on


def test_seed_mixed_quotations(seed_quotes):
    pompeo = row_containing(seed_quotes, "“with fewer resources”")
    assert (pompeo["kind"], pompeo["cue"]) == ("mixed", "said")
    # "spoke to reporters … and said": only the second verb reports what was said.
    assert "spoke" not in set(seed_quotes["cue"].dropna())
    assert "Pompeo" in pompeo["speaker_mention"]
    aftermath = row_containing(seed_quotes, "is the worst time possible")
    assert aftermath["kind"] == "mixed"
    assert aftermath["text"].startswith("And the aftermath")
    assert aftermath["speaker_mention"] == "she"


def test_seed_continuation_paragraphs_carry_the_previous_speaker(seed_quotes):
    continued = seed_quotes[seed_quotes["continuation"]]
    assert len(continued) >= 3
    assert continued["speaker_mention"].isna().all()
    assert (continued["kind"] == "direct").all()
    so_if = row_containing(seed_quotes, "So if they want us")
    assert so_if["continuation"]
    champagne = row_containing(seed_quotes, "essential in terms of logistics")
    assert so_if["speaker"] == champagne["speaker"]
    movie = row_containing(seed_quotes, "we’ve seen this movie before")
    assert movie["continuation"]
    assert movie["speaker"] == row_containing(seed_quotes, "I find it hard to believe")["speaker"]


def test_seed_headline_attribution(seed_quotes):
    row = row_containing(seed_quotes, "American presence ‘essential’")
    assert row["speaker_mention"] == "Champagne"
    assert row["cue"] == ":"
    assert row["text"] == "American presence ‘essential’"


def test_seed_scare_quote_is_not_a_quotation(seed_article, seed_quotes):
    scare = seed_article.text.index("“burden sharing”")
    assert not ((seed_quotes["start"] <= scare) & (seed_quotes["end"] > scare)).any()


def test_seed_pronoun_mentions_are_kept_as_written(seed_quotes):
    assert (
        row_containing(seed_quotes, "It is very important to remember")["speaker_mention"] == "he"
    )
    assert row_containing(seed_quotes, "still has difficulty")["speaker_mention"] == "She"


def test_seed_speaker_is_filled_for_every_row(seed_quotes):
    assert seed_quotes["speaker"].notna().all()


# ------------------------------------------------------------------ written articles

LEAD = "Town hall vote\n\n"


@pytest.mark.parametrize(
    ("sentence", "content", "cue", "speaker", "kind"),
    [
        ("“We will win the vote,” the mayor said.", "“We will win the vote,”", "said", "the mayor", "direct"),
        ("“We will win the vote,” said Jane Smith.", "“We will win the vote,”", "said", "Jane Smith", "direct"),
        ("The mayor said: “We will win the vote.”", "“We will win the vote.”", "said", "The mayor", "direct"),
        ("Jane Smith told reporters: “We will win the vote.”", "“We will win the vote.”", "told", "Jane Smith", "direct"),
        ("The mayor said that the council would win the vote.", "that the council would win the vote", "said", "The mayor", "indirect"),
        ("The mayor said the council would win the vote.", "the council would win the vote", "said", "The mayor", "indirect"),
        ("The council would win the vote, the mayor said.", "The council would win the vote", "said", "the mayor", "indirect"),
        ("The council would win the vote, said Jane Smith.", "The council would win the vote", "said", "Jane Smith", "indirect"),
        ("The council lost its way in Springfield, says political scientist Jane Smith.", "The council lost its way in Springfield", "says", "political scientist Jane Smith", "indirect"),
        ("According to the mayor, the council would win the vote.", "the council would win the vote", "According to", "the mayor", "indirect"),
        ("The council would win the vote, according to the mayor.", "The council would win the vote", "according to", "the mayor", "indirect"),
        ("Smith pointed out that the council had won every vote.", "that the council had won every vote", "pointed out", "Smith", "indirect"),
        ("Smith noted that the council had won every vote.", "that the council had won every vote", "noted", "Smith", "indirect"),
        ("Smith warned that the council could lose the vote.", "that the council could lose the vote", "warned", "Smith", "indirect"),
        ("Smith suggested that the council could lose the vote.", "that the council could lose the vote", "suggested", "Smith", "indirect"),
        ("Smith reminded voters that the council could lose the vote.", "that the council could lose the vote", "reminded", "Smith", "indirect"),
        ("Smith argued the council had lost its way.", "the council had lost its way", "argued", "Smith", "indirect"),
        ("Smith insisted the council had lost its way.", "the council had lost its way", "insisted", "Smith", "indirect"),
        ("Smith claimed the council had lost its way.", "the council had lost its way", "claimed", "Smith", "indirect"),
        ("Smith wrote that the council had lost its way.", "that the council had lost its way", "wrote", "Smith", "indirect"),
        ("Smith tweeted that the council had lost its way.", "that the council had lost its way", "tweeted", "Smith", "indirect"),
        ("Smith asked whether the council had lost its way.", "whether the council had lost its way", "asked", "Smith", "indirect"),
        ("Smith added that the council had lost its way.", "that the council had lost its way", "added", "Smith", "indirect"),
        ("She told the paper the council had lost its way.", "the council had lost its way", "told", "She", "indirect"),
        ("Officials say the council had lost its way.", "the council had lost its way", "say", "Officials", "indirect"),
        ("Jane Smith, a professor of law at the state university, said the vote was unfair.", "the vote was unfair", "said", "Jane Smith", "indirect"),
        ("The mayor praised the result, noting that turnout was the highest in years.", "that turnout was the highest in years", "noting", "The mayor", "indirect"),
        ("Smith is also asking the council to resign.", "the council to resign", "asking", "Smith", "indirect"),
        ("Smith went on to criticize the council for its budget.", "the council for its budget", "criticize", "Smith", "indirect"),
        ("The mayor said the council had been “reckless and short-sighted” this year.", "the council had been “reckless and short-sighted” this year", "said", "The mayor", "mixed"),
    ],
)  # fmt: skip
def test_pattern(sentence, content, cue, speaker, kind):
    text = LEAD + sentence
    table = table_of(text)
    assert_spans_round_trip(text, table)
    row = row_containing(table, content)
    assert row["text"] == content
    assert (row["cue"], row["speaker_mention"], row["kind"]) == (cue, speaker, kind)


def test_colon_introduces_a_quotation_without_a_reporting_verb():
    text = LEAD + "When the mayor left, Jane Smith stood up: “We will never give up the fight.”"
    row = only_row(text)
    assert (row["kind"], row["cue"], row["speaker_mention"]) == ("direct", ":", "Jane Smith")


def test_coordinated_cue_after_an_introductory_phrase():
    text = LEAD + "In an interview last year, Smith lost the case and added, “I will appeal.”"
    row = only_row(text)
    assert (row["cue"], row["speaker_mention"]) == ("added", "Smith")


def test_apostrophe_in_an_appositive_does_not_hide_the_cue():
    text = LEAD + "''It is slow and noisy,'' Rhea Vantor, Mrs. Halden's press secretary, said."
    row = only_row(text)
    assert (row["kind"], row["speaker_mention"], row["cue"]) == ("direct", "Rhea Vantor", "said")


def test_name_after_a_dash_signs_the_quotation():
    text = LEAD + "“We will never forget what this council did to us.” ― Jane Smith\n\nThe end."
    row = only_row(text)
    assert (row["kind"], row["cue"], row["speaker_mention"]) == ("direct", "―", "Jane Smith")


def test_verb_first_and_paragraph_colon_introductions():
    text = (
        LEAD
        + "Said Smith: “We will win the vote.”\n\nThe mayor said:\n\n“Nobody will stop us now.”"
    )
    table = table_of(text)
    assert row_containing(table, "We will win")["speaker_mention"] == "Smith"
    assert row_containing(table, "Nobody will stop us")["speaker_mention"] == "The mayor"


def test_no_break_space_and_nouns_between_quotation_and_cue():
    text = LEAD + "“We will win the vote,”\u00a0Smith, secretary of state, said on Monday."
    row = only_row(text)
    assert (row["cue"], row["speaker_mention"]) == ("said", "Smith")


def test_dashes_around_an_appositive():
    text = LEAD + "Jane Smith — a teacher from Springfield — says she voted for the mayor."
    row = only_row(text)
    assert (row["cue"], row["speaker_mention"]) == ("says", "Jane Smith")


def test_interrupted_quotation_is_one_attribution():
    text = LEAD + "“We will win,” said Jane Smith, “and then we will celebrate.”"
    row = only_row(text)
    assert row["kind"] == "direct"
    assert row["speaker_mention"] == "Jane Smith"
    assert [text[a:b] for a, b in row["fragments"]] == [
        "“We will win,”",
        "“and then we will celebrate.”",
    ]
    assert row["text"] == text[len(LEAD) :]


def test_quotation_resumed_after_the_cue_sentence_joins_it():
    text = LEAD + "“We will win,” she said. “Nobody can stop us now.”"
    row = only_row(text)
    assert len(row["fragments"]) == 2
    assert row["speaker_mention"] == "she"


def test_short_quotation_before_the_cue_does_not_take_it():
    text = LEAD + "Remarking on his “genuine empathy,” Smith said, “He always listened to us.”"
    row = only_row(text)
    assert row["text"] == "“He always listened to us.”"
    assert (row["kind"], row["speaker_mention"]) == ("direct", "Smith")


def test_participle_inherits_the_speaker_of_the_clause_before():
    text = (
        LEAD
        + "The mayor will play the “budget card,” Smith said, adding that voters “know better.”"
    )
    table = table_of(text)
    said = row_containing(table, "budget card")
    assert (said["kind"], said["speaker_mention"]) == ("mixed", "Smith")
    assert said["text"].endswith("card,”")
    adding = row_containing(table, "voters “know better.”")
    assert (adding["cue"], adding["speaker_mention"]) == ("adding", "Smith")


def test_parenthetical_cue_splits_the_content():
    text = LEAD + "The plan, he said, will cost more than the council expects."
    row = only_row(text)
    assert [text[a:b] for a, b in row["fragments"]] == [
        "The plan",
        "will cost more than the council expects",
    ]
    assert row["speaker_mention"] == "he"


def test_two_speakers_in_one_sentence_get_two_rows():
    text = LEAD + "Smith said the vote was fair, while Jones said it was rigged."
    table = table_of(text)
    assert row_containing(table, "the vote was fair")["speaker_mention"] == "Smith"
    assert row_containing(table, "it was rigged")["speaker_mention"] == "Jones"


def test_quotation_paragraph_without_cue_continues_the_previous_speaker():
    text = (
        LEAD
        + "“We will win the vote,” Jane Smith said.\n\n"
        + "“And after that we will fix every road in this town, one at a time.”\n\n"
        + "The council meets again on Monday."
    )
    table = table_of(text, resolve=True)
    assert len(table) == 2
    continued = table.iloc[1]
    assert continued["continuation"]
    assert continued["speaker_mention"] is None
    assert continued["speaker"] == table.iloc[0]["speaker"]
    assert not table.iloc[0]["continuation"]


def test_continuation_needs_a_recent_speaker():
    text = LEAD + "“And after that we will fix every road in this town, one at a time.”"
    assert table_of(text).empty


@pytest.mark.parametrize(
    "sentence",
    [
        "The so-called “deal” was signed on Monday by the council.",
        "Dwayne “The Rock” Johnson arrived at the council meeting.",
        "She starred in “Gone With the Wind” before she ran for the council.",
        "The council called it a “historic” day for the town.",
    ],
)
def test_scare_quotes_titles_and_nicknames_are_not_quotations(sentence):
    table = table_of(LEAD + sentence)
    assert not (table["kind"] == "direct").any()


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will win the vote," the mayor said.',
        "'We will win the vote,' the mayor said.",
        "‘We will win the vote,’ the mayor said.",
        "''We will win the vote,'' the mayor said.",
        "«We will win the vote,» the mayor said.",
    ],
)
def test_straight_single_typewriter_and_guillemet_marks(sentence):
    row = only_row(LEAD + sentence)
    assert row["kind"] == "direct"
    assert row["speaker_mention"] == "the mayor"
    assert "We will win the vote" in row["text"]


def test_nested_quotation_stays_inside_the_outer_one():
    text = LEAD + "“He told me ‘never again,’ and I believed him,” Smith said."
    row = only_row(text)
    assert row["text"] == "“He told me ‘never again,’ and I believed him,”"
    assert row["speaker_mention"] == "Smith"


def test_unclosed_quotation_runs_to_the_end_of_its_paragraph():
    text = LEAD + "Smith said: “We will win the vote and nobody will stop us\n\nThe end."
    row = only_row(text)
    assert row["text"] == "“We will win the vote and nobody will stop us"


def test_headline_with_the_speaker_first():
    text = "Mayor Smith: Council budget is a disgrace\n\nThe council met on Monday."
    row = only_row(text)
    assert row["speaker_mention"] == "Mayor Smith"
    assert row["text"] == "Council budget is a disgrace"


def test_title_case_headline_verb():
    text = "Conservative Icon Jane Smith Endorses the Mayor\n\nThe council met on Monday."
    row = only_row(text)
    assert row["cue"] == "Endorses"
    assert row["speaker_mention"] == "Conservative Icon Jane Smith"
    assert row["text"] == "the Mayor"


def test_nouns_that_look_like_cues_are_not_cues():
    text = LEAD + "The President’s remarks came after a telephone call on Thursday with the mayor."
    assert table_of(text).empty


def test_passive_reporting_verb_is_not_an_attribution_of_its_own():
    assert table_of(LEAD + "The mayor is said to have left the council in June.").empty


def test_cue_lexicon_reads_the_shared_reporting_verbs():
    lexicon = cue_lexicon()
    assert lexicon["said"] == ("say", "verb")
    assert lexicon["pointed out"] == ("point out", "verb")
    assert lexicon["according to"][1] == "source_phrase"
    cues = find_cues("He pointed out, according to her, that they said so.")
    assert [c.lemma for c in cues] == ["point out", "according to", "say"]


def test_empty_article_gives_an_empty_table_with_the_columns():
    table = table_of("Nothing to see here.")
    assert table.empty
    assert list(table.columns) == QUOTE_COLUMNS


# --------------------------------------------------------------- never an exception

_PIECES = st.sampled_from(
    [
        "“", "”", '"', "'", "‘", "’", "''", "``", "«", "»", "„",
        "said", "says", "told", "according to", "noted", "saying", "he", "She",
        "Jane Smith", "the mayor", "that", "We will win", ",", ".", ":", ";", "—",
        " ", " ", " ", "\n\n", "\n", "Mr.", "U.S.", "(", ")", "…", "$5", "’s",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=60))
def test_awkward_quotation_marks_never_raise_and_offsets_round_trip(pieces):
    text = "Headline\n\n" + "".join(pieces)
    # The whole of quotes(), speaker resolution included, must give a reading.
    table = table_of(text, resolve=True)
    assert list(table.columns) == QUOTE_COLUMNS
    assert_spans_round_trip(text, table)
    assert set(table["kind"]) <= {"direct", "indirect", "mixed"}


def test_an_addressee_alone_is_not_what_was_said():
    table = quotes(
        analysis.parse_article(
            "“It is over,” Ruiz said in an interview that the network airs today."
        )
    )
    assert table["cue"].tolist() == ["said"]
    table = quotes(analysis.parse_article("The minister told reporters that the talks had failed."))
    assert table["text"].tolist() == ["that the talks had failed"]
    assert quotes(analysis.parse_article("The channel tells The House today.")).empty


def test_raising_verbs_keep_their_subject_as_speaker():
    table = quotes(
        analysis.parse_article(
            "The prime minister is said to have asked the envoy to send a team to the capital."
        )
    )
    assert table["cue"].tolist() == ["asked"]
    assert table["speaker_mention"].tolist() == ["The prime minister"]
    assert table["text"].iloc[0].endswith("to send a team to the capital")


def test_seed_request_reported_at_second_hand(seed_article):
    table = quotes(seed_article)
    asked = table[table["cue"] == "asked"]
    assert len(asked) == 1
    assert asked["speaker_mention"].iloc[0] == "The Prime Minister of Iraq"


# ----------------------------------------------------------- reviewer's extraction errors


def test_threatened_to_yields_the_sentence_to_the_reporting_cue():
    row = only_row(LEAD + "The dispute had threatened to stall talks, officials said.")
    assert (row["cue"], row["speaker_mention"]) == ("said", "officials")
    assert row["text"] == "The dispute had threatened to stall talks"
    row = only_row(LEAD + "Union leaders threatened to strike if pay is cut, a spokeswoman said.")
    assert (row["cue"], row["speaker_mention"]) == ("said", "a spokeswoman")


def test_a_thing_that_threatened_to_act_is_not_a_speaker():
    text = (
        LEAD + "Lawmakers ended a weekslong standoff that had threatened to stall spending talks."
    )
    assert table_of(text).empty


def test_a_bare_cue_after_a_modifier_is_a_noun():
    row = only_row(LEAD + "After three hours of public comment, she asked the council to wait.")
    assert (row["cue"], row["speaker_mention"]) == ("asked", "she")
    row = only_row(LEAD + "There was no further comment, she said.")
    assert row["cue"] == "said"


def test_words_on_a_sign_are_not_speech():
    assert table_of(LEAD + "Protesters carried signs that read 'Not our river'.").empty
    text = LEAD + "Protesters carried signs that read “Not our river, not our fight.”"
    assert table_of(text).empty


def test_a_name_with_an_appositive_is_the_subject_not_inverted_content():
    row = only_row(LEAD + "Sen. Ruth Okafor, D-Ohio, called the vote overdue.")
    assert (row["speaker_mention"], row["text"]) == ("Sen. Ruth Okafor", "the vote overdue")
    row = only_row(LEAD + "Taxes are too high, said Ruth Okafor.")
    assert (row["speaker_mention"], row["text"]) == ("Ruth Okafor", "Taxes are too high")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said in an email that she was late.",
        "The mayor said on Tuesday that she was late.",
        "The mayor said at a news conference in Ohio that she was late.",
        "The mayor said that she was late.",
    ],
)
def test_a_circumstance_before_the_that_clause_is_not_content(text):
    assert only_row(LEAD + text)["text"] == "that she was late"


def test_a_parenthetical_source_phrase_leaves_its_clause_in_two_fragments():
    text = LEAD + "The report, according to Dr Ana Ruiz, was 'a whitewash'."
    row = only_row(text)
    assert row["speaker_mention"] == "Dr Ana Ruiz"
    assert row["text"] == "The report, according to Dr Ana Ruiz, was 'a whitewash'"
    assert [text[lo:hi] for lo, hi in row["fragments"]] == ["The report", "was 'a whitewash'"]
    row = only_row(LEAD + "The report was late, according to Dr Ana Ruiz, a surgeon.")
    assert row["text"] == "The report was late"


def test_content_in_a_relative_clause_ends_with_the_clause():
    table = table_of(LEAD + "Cole, who said she would run again, declined to comment.")
    said = table[table["cue"] == "said"].iloc[0]
    assert (said["speaker_mention"], said["text"]) == ("who", "she would run again")
    row = only_row(LEAD + "The mayor visited Cole, who said she would run again, soon.")
    assert row["text"] == "she would run again, soon"
