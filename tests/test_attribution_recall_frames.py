"""Source frames read again when an inner cue's row was screened out (invented sentences).

Each cause has a positive case (the attribution is now found, with its speaker and
content) and a neighbouring negative case (a construction that must stay as it was).
"""

from __future__ import annotations

import pytest

import analysis
from analysis.attribution.extract import quotes


def rows(sentence: str) -> list[tuple[str, str, str]]:
    """(speaker mention, cue, content) of every row of a one-sentence article."""
    article = analysis.parse_article("A headline here.\n\n" + sentence)
    table = quotes(article)
    return list(zip(table.speaker_mention, table.cue, table.text, strict=True))


# ---- 1. an inner cue screened out hands its sentence back to the trailing frame


@pytest.mark.parametrize(
    "content, frame, speaker, cue",
    [
        ("The mayor may add new staff or change people's duties", "she said", "she", "said"),
        ("The new tariff has added another cost to the supply chain", "he noted", "he", "noted"),
        ("If towns received block grants, they might neglect the roads", "he said", "he", "said"),
        (
            "The ferry may add a second crossing next summer",
            "according to the harbour board",
            "the harbour board",
            "according to",
        ),
    ],
)
def test_screened_inner_cue_hands_sentence_to_frame(content, frame, speaker, cue):
    found = rows(f"{content}, {frame}.")
    assert found == [(speaker, cue, content)]


def test_inner_report_that_is_kept_keeps_its_sentence():
    # "told the council that …" reports on its own; the trailing frame stays unread.
    found = rows("The mayor told the council that the bridge will close, an aide said.")
    assert [(s, c) for s, c, _ in found] == [("The mayor", "told")]


def test_frame_without_a_clause_is_not_reclaimed():
    # An inner noun cue screened out does not turn a bare phrase into content.
    found = rows("More grants, she said.")
    assert found == []
