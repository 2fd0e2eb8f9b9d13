"""Verbs of judging in words report wherever they stand, also as the second verb of a
coordinated report: "accused A and chided B" gives two rows of one speaker (Searle 1976,
expressives; Levin 1993, 33). Every sentence here is invented."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.attribution.extract import quotes


def rows_of(text: str) -> list[tuple[str, str, str]]:
    table: pd.DataFrame = quotes(analysis.parse_article(text))
    return [(r.cue, r.speaker_mention, r.text) for r in table.itertuples()]


def test_coordinated_judging_verb_is_a_second_report_of_the_same_speaker():
    rows = rows_of(
        "Budget row.\n\nThe mayor accused the council of wasting money and chided it for "
        "the long delays at the depot.\n"
    )
    assert rows == [
        ("accused", "The mayor", "the council of wasting money"),
        ("chided", "The mayor", "it for the long delays at the depot"),
    ]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The governor touted the new budget as a win for schools.",
            "touted",
            "the new budget as a win for schools",
        ),
        ("The critic derided the film as a tired sequel.", "derided", "the film as a tired sequel"),
        (
            "The union leader likened the pay offer to an insult.",
            "likened",
            "the pay offer to an insult",
        ),
        (
            "The rival assailed the tax as a gift to banks.",
            "assailed",
            "the tax as a gift to banks",
        ),
        ("The coach vouched for the young keeper.", "vouched for", "the young keeper"),
    ],
)
def test_judging_verb_without_quotation_reports(sentence, cue, content):
    assert rows_of("Title line.\n\n" + sentence + "\n") == [
        (cue, sentence.split(" " + cue)[0], content)
    ]


def test_coordinated_verb_of_no_speech_gives_no_second_row():
    rows = rows_of("Title line.\n\nThe coach praised the players and left the stadium early.\n")
    assert [cue for cue, _, _ in rows] == ["praised"]


def test_portrayed_and_made_it_clear_are_reports_also_when_coordinated():
    rows = rows_of(
        "Title line.\n\nThe chairwoman portrayed the merger as a rescue and made it clear "
        "that no jobs would go.\n"
    )
    assert rows == [
        ("portrayed", "The chairwoman", "the merger as a rescue"),
        ("made it clear", "The chairwoman", "that no jobs would go"),
    ]


def test_made_with_another_complement_is_no_report():
    assert rows_of("Title line.\n\nThe chef made clear soup for the guests.\n") == []
