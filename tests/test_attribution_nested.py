"""Nested attributions: a report relayed by a second source gives two rows.

Invented sentences, one construction each (issue 10): a sentence-final source clause
(", according to X.", ", X reported.", ", X said, citing Y.") after a clause that holds an
attribution of its own adds the outer row (the whole reported clause, the outer cue and
source); the inner row keeps the inner source. Each positive case has a neighbouring
negative one: a sentence with one source keeps its one row.
"""

from __future__ import annotations

import pandas as pd
import pytest
from attribution_rows import only_row, table_of


def _row(table: pd.DataFrame, cue: str) -> pd.Series:
    """The one row of ``table`` with this cue."""
    rows = table[table["cue"] == cue]
    assert len(rows) == 1, table[["cue", "speaker_mention", "text"]].to_string()
    return rows.iloc[0]


# ------------------------------------------------------------ ", according to X."


def test_according_to_after_an_indirect_attribution_adds_the_outer_row():
    table = table_of("Mayor Ana Ruiz said she would veto the bill, according to the Daily Ledger.")
    assert len(table) == 2
    inner, outer = _row(table, "said"), _row(table, "according to")
    assert inner.speaker_mention == "Mayor Ana Ruiz"
    assert inner.text == "she would veto the bill"
    assert outer.speaker_mention == "the Daily Ledger"
    assert outer.text == "Mayor Ana Ruiz said she would veto the bill"
    assert outer.kind == "indirect"


def test_according_to_after_a_quotation_gives_a_mixed_outer_row():
    text = '"You have been unfair to me," he told the council, according to two people in the room.'
    table = table_of(text)
    inner, outer = _row(table, "told"), _row(table, "according to")
    assert (inner.kind, inner.speaker_mention) == ("direct", "he")
    assert inner.text == '"You have been unfair to me,"'
    assert outer.kind == "mixed"
    assert outer.speaker_mention == "two people"  # the head, as every mention (name_head)
    assert outer.text == '"You have been unfair to me," he told the council'


def test_a_document_source_gives_its_author():
    # "according to a report by X": the document's author is the source (issue 10).
    table = table_of("Ana Ruiz said prices will rise, according to a report by the Daily Ledger.")
    outer = _row(table, "according to")
    assert outer.speaker_mention == "the Daily Ledger"
    assert outer.text == "Ana Ruiz said prices will rise"
    assert _row(table, "said").speaker_mention == "Ana Ruiz"


def test_according_to_after_a_one_source_clause_stays_one_row():
    row = only_row("Prices will rise sharply next year, according to the Daily Ledger.")
    assert row.speaker_mention == "the Daily Ledger"
    assert row.text == "Prices will rise sharply next year"


def test_according_to_after_a_subject_alone_stays_one_row():
    # No clause with its own attribution before the source phrase: nothing to nest.
    row = only_row(
        "The council voted to delay the new budget, according to minutes of the meeting."
    )
    assert row.cue == "according to"


# ---------------------------------------------------------------- ", X reported."


def test_a_final_reporting_clause_after_an_attribution_adds_the_outer_row():
    table = table_of(
        "Ana Ruiz told reporters she would veto the bill, the Daily Ledger reported Tuesday."
    )
    assert len(table) == 2
    outer = _row(table, "reported")
    assert outer.speaker_mention == "the Daily Ledger"
    assert outer.text == "Ana Ruiz told reporters she would veto the bill"
    assert _row(table, "told").speaker_mention == "Ana Ruiz"


def test_a_final_reporting_clause_after_a_plain_clause_stays_one_row():
    row = only_row(
        'Ana Ruiz accepted fees that could be called "lobbying," the Ledger reported in 1991.'
    )
    assert (row.cue, row.speaker_mention) == ("reported", "the Ledger")


def test_a_relayed_quotation_keeps_its_own_speaker():
    # The direct pass reads "the Ledger reported" as the quotation's cue; the quotation
    # is Ruiz's, and the Ledger reports the whole clause.
    text = 'When asked about the plan, Ana Ruiz said: "There will be no delay at all," the Ledger reported.'
    table = table_of(text)
    inner, outer = _row(table, "said"), _row(table, "reported")
    assert (inner.kind, inner.speaker_mention) == ("direct", "Ana Ruiz")
    assert inner.text == '"There will be no delay at all,"'
    assert (outer.kind, outer.speaker_mention) == ("mixed", "the Ledger")
    assert outer.text.startswith("When asked about the plan, Ana Ruiz said:")
    assert outer.text.endswith('at all,"')


def test_a_quotation_with_its_own_cue_before_the_outer_one():
    text = 'Ana Ruiz frowned and said, "No comment on that today," the Daily Ledger reported.'
    table = table_of(text)
    assert _row(table, "said").speaker_mention == "Ana Ruiz"
    outer = _row(table, "reported")
    assert outer.speaker_mention == "the Daily Ledger"
    assert outer.text == 'Ana Ruiz frowned and said, "No comment on that today,"'


def test_a_quotation_with_the_final_cue_as_its_own_stays_one_row():
    row = only_row('"There will be no delay at all," the Ledger reported.')
    assert (row.kind, row.speaker_mention) == ("direct", "the Ledger")


# ------------------------------------------------------------ ", X said, citing Y."


def test_a_cited_source_said_what_the_report_relays():
    # "X reported, citing Y": Y is the source of the attribution X relays (PARC 3.0).
    table = table_of("The governor plans to resign, the newspaper reported, citing two aides.")
    assert len(table) == 2
    reported, citing = _row(table, "reported"), _row(table, "citing")
    assert reported.speaker_mention == "the newspaper"
    assert citing.speaker_mention == "two aides"
    assert citing.text == reported.text == "The governor plans to resign"


def test_a_cited_document_gives_its_author():
    table = table_of(
        "Prices rose in May, the agency said on Tuesday, citing data from the Daily Ledger."
    )
    assert _row(table, "citing").speaker_mention == "the Daily Ledger"
    assert _row(table, "said").speaker_mention == "the agency"


def test_a_nested_report_and_its_cited_source():
    text = (
        "The governor told aides he plans to resign, the newspaper reported, "
        "citing two people familiar with the talks."
    )
    table = table_of(text)
    assert _row(table, "told").speaker_mention == "The governor"
    outer = _row(table, "reported")
    assert outer.speaker_mention == "the newspaper"
    assert outer.text == "The governor told aides he plans to resign"
    citing = _row(table, "citing")
    assert citing.speaker_mention.startswith("two people")
    assert citing.text == outer.text


@pytest.mark.parametrize(
    "reason", ["the low turnout among voters", "Ana Ruiz's rising costs", "rising costs"]
)
def test_a_cited_reason_is_no_source(reason):
    table = table_of(f"The vote was delayed, the Ledger reported, citing {reason}.")
    assert (_row(table, "reported").speaker_mention) == "the Ledger"
    citing = table[table["cue"] == "citing"]
    assert set(citing["speaker_mention"]) <= {"the Ledger"}
    assert reason not in set(table["speaker_mention"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices will rise, Ana Ruiz said, according to the Daily Ledger.",
        '"We will win this fight," Ana Ruiz said at the rally, according to a transcript.',
    ],
)
def test_every_relayed_attribution_has_two_sources(sentence):
    speakers = set(table_of(sentence)["speaker_mention"])
    assert "Ana Ruiz" in speakers
    assert speakers - {"Ana Ruiz"}, "the outer source is missing"


# ------------------------------------------------------------------ continuations


def test_a_quotation_paragraph_after_a_relayed_quotation_carries_on_the_quoted_speaker():
    text = (
        'Title line.\n\n"We will win this fight," Ana Ruiz said, according to the Ledger.\n\n'
        '"And we will win the next one too, whatever they do."\n'
    )
    table = table_of(text)
    carried = table[table["continuation"]]
    assert len(carried) == 1
    assert carried.iloc[0]["speaker"] == "Ana Ruiz"


def test_a_quotation_paragraph_after_a_one_source_report_carries_on_that_source():
    # No inner attribution in the clause: the reporting source itself goes on.
    text = (
        "Title line.\n\nThe old bridge will close in May, the Daily Ledger reported.\n\n"
        '"We expect the closure to last well into the spring."\n'
    )
    carried = table_of(text)[lambda t: t["continuation"]]
    assert list(carried["speaker"]) == ["the Daily Ledger"]


# ------------------------------------------------- "According to X, Y said …": the inner row


def test_a_leading_source_phrase_before_an_attribution_gives_both_rows():
    table = table_of("According to the Daily Ledger, Ana Ruiz said she would veto the bill.")
    assert len(table) == 2
    outer, inner = _row(table, "According to"), _row(table, "said")
    assert outer.speaker_mention == "the Daily Ledger"
    assert outer.text == "Ana Ruiz said she would veto the bill"
    assert inner.speaker_mention == "Ana Ruiz"
    assert inner.text == "she would veto the bill"


def test_a_leading_source_phrase_before_a_plain_clause_stays_one_row():
    row = only_row("According to the Daily Ledger, the old bridge will close in May.")
    assert row.speaker_mention == "the Daily Ledger"


def test_a_verb_of_saying_inside_a_relative_clause_is_no_second_row():
    # The inner verb must open the relayed clause with its subject; "critics say" sits
    # in a relative clause inside it, and is not a row of its own here.
    row = only_row(
        "According to the Daily Ledger, the old bridge that critics say is unsafe will close."
    )
    assert row.speaker_mention == "the Daily Ledger"


def test_a_quotation_paragraph_after_a_leading_source_phrase_carries_on_the_quoted_speaker():
    text = (
        'Title line.\n\nAccording to the Ledger, Ana Ruiz said: "We will win this fight."\n\n'
        '"And we will win the next one too, whatever they do."\n'
    )
    carried = table_of(text)[lambda t: t["continuation"]]
    assert list(carried["speaker"]) == ["Ana Ruiz"]
