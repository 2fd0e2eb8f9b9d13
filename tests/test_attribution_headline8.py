"""Headline colons (round 8): the source before a headline's colon says all after it.

Every sentence here is invented; each construction has a positive case and a negative
neighbour that must stay as it was.
"""

from __future__ import annotations

import pytest
from attribution_rows import table_of

BODY = "The council met on Monday and voted on the budget for the coming year."


def _headline_rows(headline: str) -> list[tuple[str, str, str]]:
    """(speaker mention, cue, content) of the rows whose content lies in the headline."""
    table = table_of(headline + "\n\n" + BODY)
    table = table[table["start"] < len(headline)]
    return list(zip(table.speaker_mention, table.cue, table.text, strict=True))


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        # a cue verb inside the content no longer makes a row of its own
        (
            "Ruiz: Kim should have congratulated me for winning.",
            "Ruiz",
            "Kim should have congratulated me for winning",
        ),
        (
            "Lindqvist: Port deal threatens every fishing job.",
            "Lindqvist",
            "Port deal threatens every fishing job",
        ),
        # a title-case cue after the colon is the source's wording too
        (
            "Report: Former Mayor Tarrow Advised Council To Sell Land.",
            "Report",
            "Former Mayor Tarrow Advised Council To Sell Land",
        ),
        (
            "Okafor: Rival Must Decide If He Wants a Debate.",
            "Okafor",
            "Rival Must Decide If He Wants a Debate",
        ),
    ],
)
def test_the_source_before_a_headline_colon_wins_over_a_cue_inside(headline, speaker, content):
    assert _headline_rows(headline) == [(speaker, ":", content)]


def test_a_contracted_pronoun_opens_a_statement_not_an_imperative():
    rows = _headline_rows("Tarrow: ‘I’m the Best Friend the Harbor Ever Had.’")
    assert rows == [("Tarrow", ":", "‘I’m the Best Friend the Harbor Ever Had.’")]


def test_an_imperative_after_the_colon_is_still_no_statement():
    assert _headline_rows("Saturday's game: Host the Rovers at noon") == []


def test_a_deck_on_the_next_line_is_not_the_headline_content():
    rows = _headline_rows(
        "Okafor: Port plan is ‘a gift to developers’;\nIn a speech, she attacks the mayor's record"
    )
    assert ("Okafor", ":", "Port plan is ‘a gift to developers’") in rows


@pytest.mark.parametrize(
    ("headline", "speaker", "cue"),
    [
        # a kicker before the colon names no speaker: the cue inside keeps its row
        ("The Latest: Ana Ruiz tells voters she’s with them.", "Ana Ruiz", "tells"),
        ("Wow: Senator Okafor Praises Harbor Plan In Long Speech.", "Senator Okafor", "Praises"),
        # a cue before the colon frames the headline
        ("Tarrow Endorses Ruiz: ‘She Will Fix the Harbor.’", "Tarrow", "Endorses"),
    ],
)
def test_a_kicker_or_a_cue_before_the_colon_leaves_the_inner_cue(headline, speaker, cue):
    rows = _headline_rows(headline)
    assert rows and rows[0][:2] == (speaker, cue)


def test_a_dateline_colon_is_never_a_speaker():
    rows = _headline_rows("LAGOS: The port authority said the new berth will open in May.")
    assert rows and rows[0][:2] == ("The port authority", "said")


def test_a_kicker_and_its_dash_before_the_source_are_skipped():
    rows = _headline_rows("Exclusive – Ana Ruiz: The harbor plan will sink the town.")
    assert rows == [("Ana Ruiz", ":", "The harbor plan will sink the town")]


def test_a_name_and_a_dash_that_open_a_title_are_no_kicker():
    assert _headline_rows("Ana Ruiz – The Harbor Years: A memoir of the town.") == []
