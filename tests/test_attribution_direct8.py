"""Direct and mixed quotations, round 8 (issue 10): a parenthetical cue before a
quotation that finishes the clause begun before the cue. Every article is invented."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.attribution.extract import quotes


def table_of(text: str) -> pd.DataFrame:
    return quotes(analysis.parse_article("The town met on Monday.\n\n" + text))


def row_with(table: pd.DataFrame, fragment: str) -> pd.Series:
    found = table[table["text"].str.contains(fragment, regex=False)]
    assert len(found) == 1, table[["kind", "text", "speaker"]]
    return found.iloc[0]


# ------------------------------- "The plan, she said, “is working” …": one mixed clause


@pytest.mark.parametrize(
    ("sentence", "speaker", "opening", "ending"),
    [
        # the quoted words are the predicate of the subject before the cue
        (
            "The new ferry timetable, Ana Ruiz said, “is a fine example of listening” "
            "to the people on the islands.",
            "Ana Ruiz",
            "The new ferry timetable",
            "to the people on the islands",
        ),
        # a fronted adverbial, then a quotation opening in lower case
        (
            "In the hill villages, the mayor said, “we still do not know what the cost "
            "will be” of the repairs.",
            "the mayor",
            "In the hill villages",
            "of the repairs",
        ),
        # the quotation ends the sentence
        (
            "That budget, the council wrote, “would leave the libraries without staff.”",
            "the council",
            "That budget",
            "without staff.”",
        ),
    ],
)
def test_parenthetical_cue_before_a_lower_case_quotation_is_one_mixed_row(
    sentence, speaker, opening, ending
):
    table = table_of(sentence)
    row = row_with(table, opening)
    assert row["kind"] == "mixed"
    assert row["speaker_mention"] == speaker
    assert row["text"].startswith(opening)
    assert row["text"].endswith(ending)
    # two fragments: the clause's opening, then the quotation (and the clause's rest)
    assert len(row["fragments"]) == 2
    text = "The town met on Monday.\n\n" + sentence
    assert text[row["start"] : row["end"]] == row["text"]


def test_a_quotation_opening_in_capitals_after_a_parenthetical_cue_stays_direct():
    """The negative neighbour: "In a statement, Ruiz said, “We …”" quotes a sentence of
    its own, so only the quotation is the content."""
    table = table_of("In a statement on Monday, Ana Ruiz said, “We will keep the depot open.”")
    row = row_with(table, "We will keep")
    assert row["kind"] == "direct"
    assert row["text"] == "“We will keep the depot open.”"
    assert row["speaker_mention"] == "Ana Ruiz"


def test_said_that_before_a_quotation_is_no_parenthetical_cue():
    """ "In a letter, Ruiz said that “…”": the cue is the main verb, its that-clause the
    content; the fronted phrase is not what was said."""
    table = table_of(
        "In a letter to the board, Ana Ruiz said that “the delays are not a mere nuisance.”"
    )
    row = row_with(table, "the delays")
    assert not row["text"].startswith("In a letter")
    assert row["speaker_mention"] == "Ana Ruiz"


def test_a_reporting_verb_before_the_parenthetical_cue_keeps_its_own_row():
    """ "Ruiz conceded the vote was lost, which is a result, he said, “we expected”": the
    first verb reports the first clause; the quotation is not glued to it."""
    table = table_of(
        "In a memo on Tuesday, Ana Ruiz conceded the vote had been lost, which is a "
        "result, she said, “we have long expected.”"
    )
    assert not (table["text"].str.startswith("In a memo on Tuesday")).any()


def test_the_rest_of_the_clause_stops_at_a_new_clause():
    """ "…, and since May she has …": a coordinated clause after the quotation has a
    subject of its own and is no part of the mixed row."""
    table = table_of(
        "The mayor, an aide said, “is very sure of the numbers” for the vote, and since "
        "May she has told the press that “the count will hold up.”"
    )
    row = row_with(table, "The mayor")
    assert row["kind"] == "mixed"
    assert row["text"].endswith("for the vote")


# ------------------------------ a colon clause whose subject sits before asides or "as"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "as X put it:": the subject of the comparative clause speaks
        ("As Professor Holt put it: “The town keeps its parks better than its roads.”", "Holt"),
        (
            "Or, as Ana Ruiz, a former head of the port, put it: “The ships are no longer "
            "at the gate. They are inside it.”",
            "Ana Ruiz",
        ),
        # the clause after the last comma is the predicate of the name before the asides
        (
            "Council leader Ivo Brandt, of the river ward, delivered a blunt message to the "
            "mayor: “It is time to stop blaming the weather for the potholes.”",
            "Ivo Brandt",
        ),
        (
            "The harbour board, in a note on the sale, worded it even more carefully: “The "
            "board will keep every berth it can and sell only what it must.”",
            "harbour board",
        ),
        (
            "Mark Tian, who signed the first budget as mayor, interjected to say: “They have "
            "both been wrong when it comes to the roads.”",
            "Mark Tian",
        ),
    ],
)
def test_colon_clause_subject_before_asides_speaks(sentence, speaker):
    table = table_of(sentence)
    row = row_with(table, "“")
    assert row["kind"] == "direct"
    assert speaker in row["speaker_mention"]
    assert row["text"].startswith("“")


def test_a_temporal_as_clause_before_a_colon_names_no_speaker():
    """ "As Ruiz tried to speak of the roads — Holt replied with a phrase:" — the "as"
    clause is one of time, and its subject does not speak the quotation."""
    table = table_of(
        "As Ana Ruiz tried to speak about the state of the roads — the worst in the "
        "county — Lena Holt replied with a phrase of her own: “Do not talk to me about "
        "the roads.”"
    )
    assert not (table["speaker_mention"].fillna("").str.contains("Ruiz")).any()


def test_a_relative_clause_before_the_colon_is_no_predicate_of_the_name():
    """ "a message from her adviser, Ana Ruiz, that read:" — the relative clause is the
    message's, so the adviser is not read as the subject of a colon clause."""
    table = table_of(
        "She shared a message from her adviser, Ana Ruiz, that read: “The council is "
        "right: the roads come first.”"
    )
    assert not (table["speaker_mention"].fillna("") == "Ana Ruiz").any()


def test_a_reporting_verb_with_content_before_the_colon_keeps_the_mixed_reading():
    """ "X, the mayor, stressed A and said she has the quality:" — the last verb has a
    content of its own, so the quotation is part of that mixed attribution."""
    table = table_of(
        "Ana Ruiz, the mayor, stressed her record on the roads and said she has the one "
        "quality that the job of a mayor needs most of all: “Patience, and more patience.”"
    )
    row = row_with(table, "Patience")
    assert row["kind"] == "mixed"
    assert row["text"].startswith("she has")


# ---------------------------------------------- "As X put it, “…”": a clause of manner


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("As Ana Ruiz put it, “Had he written five books in that world, he was set.”", "Ana Ruiz"),
        (
            "But at the time, as the chief prosecutor Mark Tian put it, “apart from the trip, "
            "there was nothing to charge him with.”",
            "Mark Tian",
        ),
        ("That is because, as she puts it, “the best thing we have is the low rates.”", "she"),
    ],
)
def test_as_x_put_it_introduces_the_quotation(sentence, speaker):
    table = table_of(sentence)
    row = row_with(table, "“")
    assert row["kind"] == "direct"
    assert speaker in row["speaker_mention"]
    assert row["cue"].endswith("it")


def test_an_as_clause_inside_the_clause_introduces_nothing():
    """ "He did it as he always does it, “…”": no comma sets the clause off, so it is an
    adverbial of the sentence, and nobody is quoted by it."""
    table = table_of("He did it as he always does it, “with a smile on his face and a plan.”")
    assert table.empty


# ------------------------------------- "Topic - Name: “…”": the name after a spaced dash


def test_name_between_a_dash_and_a_colon_speaks():
    table = table_of(
        "RED TOWNS OUTNUMBER BLUE TOWNS FOR THE FIRST TIME — Lena M. Holt: “Our count of "
        "the county rolls finds twenty towns leaning one way.”"
    )
    row = row_with(table, "Our count")
    assert row["kind"] == "direct"
    assert row["speaker_mention"] == "Lena M. Holt"


def test_a_lower_case_stretch_after_the_dash_is_no_signed_name():
    """ "The plan — two bridges — has one critic:" — the stretch after the dash is a
    predicate, not a name, so it is not read as the source."""
    table = table_of(
        "The plan — a new depot and two bridges — has one critic: “It will never be built.”"
    )
    assert not (table["speaker_mention"].fillna("").str.contains("has one critic")).any()
    assert not (table["speaker_mention"].fillna("").str.contains("bridges")).any()


# ------------------------- "“Is it over?” Ana Ruiz asked.": a name after "?”" or "!”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“You know, it happens, right?” Mark Tian went on, as if he had not heard.", "Mark Tian"),
        ("“This is a big year for our river town!” Ana Ruiz said of the vote.", "Ana Ruiz"),
    ],
)
def test_a_cue_after_a_question_or_exclamation_mark_reports_the_quotation(sentence, speaker):
    table = table_of("Lena Holt spoke first at the hall.\n\n" + sentence)
    row = row_with(table, "“")
    assert row["kind"] == "direct"
    assert row["speaker_mention"] == speaker
    assert not row["continuation"]


def test_a_sentence_with_its_own_content_after_a_question_does_not_report_it():
    """ "“Why not?” The board said it would sell the land": the next sentence reports a
    content of its own, so the board is not the source of the question."""
    table = table_of("“Why not?” The board said it would sell the land in May.")
    assert not ((table["text"] == "“Why not?”") & (table["speaker_mention"] == "The board")).any()


# ------------------------------ a quotation paragraph signed by "- Name." in the next one


def test_a_dash_line_after_a_quotation_paragraph_signs_it():
    table = table_of(
        "The mayor spoke at the hall.\n\n“I will look into it. I do not know the status, "
        "but I will look into it.”\n\n- Lena Holt.\n\n“Great speech. She is ready. She "
        "never quits.”\n\n—Mark Tian, writing after the debate on Monday"
    )
    first = row_with(table, "look into it")
    second = row_with(table, "Great speech")
    assert first["speaker_mention"] == "Lena Holt" and not first["continuation"]
    assert second["speaker_mention"] == "Mark Tian"


def test_a_masked_signature_signs_nothing_and_stops_continuations():
    """ "– Ali***" is no name; and a quotation after a signature line starts afresh, so
    it does not carry on the signer of the quotation before."""
    table = table_of(
        "“Great speech. She is ready. She never quits.”\n\n—Mark Tian, after the debate\n\n"
        "“The show was great. We got the tickets at the door.”\n\n– Ali***"
    )
    assert not table["text"].str.contains("The show was great").any()


def test_a_wire_credit_after_a_paragraph_of_narration_signs_no_fragment():
    """ "… and called him “my neighbour.” / - Wire Service." — the credit signs the
    article, not the quoted fragment at the end of a paragraph of narration."""
    table = table_of(
        "The mayor has mocked a reporter and recently pointed to a man in the crowd and "
        "called him “my good neighbour.”\n\n- Valley Wire."
    )
    assert not (table["speaker_mention"].fillna("") == "Valley Wire").any()


def test_capitals_after_the_dash_are_a_heading_not_a_name():
    table = table_of(
        "VOTES STILL CLOSE IN THE VALLEY - THE FINAL WEEK: “Although the race is close, "
        "the trend favours the council in every ward we counted.”"
    )
    assert not (table["speaker_mention"].fillna("") == "THE FINAL WEEK").any()
