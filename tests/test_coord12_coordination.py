"""A second reporting verb coordinated after adverbs ("and even questioned", "and once
again denied") ends the first report's content and reports on its own with the same
speaker (Quirk et al. 1985, 13.47 on coordinated predicates). Every sentence here is
invented."""

from __future__ import annotations

import analysis
from analysis.attribution.extract import quotes


def rows_of(text: str) -> list[tuple[str, str, str]]:
    table = quotes(analysis.parse_article(text))
    return [(r.cue, r.speaker_mention, r.text) for r in table.itertuples()]


def test_second_reporting_verb_after_even_is_its_own_report():
    rows = rows_of(
        "Title line.\n\nThe senator attacked the plan as reckless and even questioned "
        "whether the agency could run it.\n"
    )
    assert rows == [
        ("attacked", "The senator", "the plan as reckless"),
        ("questioned", "The senator", "whether the agency could run it"),
    ]


def test_second_verb_of_no_speech_after_even_stays_in_no_row_of_its_own():
    rows = rows_of(
        "Title line.\n\nThe senator attacked the plan as reckless and even walked out of "
        "the hearing.\n"
    )
    assert [cue for cue, _, _ in rows] == ["attacked"]
