"""Recall, round 12: a one-word quotation opening the content of a verb of saying, with
the clause's predicate after it ("argued that “tourists” pushed the rents up"), is one
mixed report, not a scare quote the screen drops. Every sentence is invented."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    "sentence, content",
    [
        (
            "Ana Lind argued that “tourists” pushed the rents up.",
            "that “tourists” pushed the rents up",
        ),
        ("Ana Lind said “nobody” would pay the new fare.", "“nobody” would pay the new fare"),
    ],
)
def test_a_quoted_subject_before_its_predicate_is_a_mixed_report(sentence, content):
    assert rows(sentence) == [("Ana Lind", sentence.split()[2], content)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a scare quote on the object of the cue: no clause after it
        "Ana Lind denied “sensational” stories.",
        # a verb of thought in a free relative: the predicate is the main clause's
        "What Ana Lind considers “fair” might look harsh to others.",
    ],
)
def test_a_scare_quote_with_no_reported_clause_stays_out(sentence):
    assert rows(sentence) == []
