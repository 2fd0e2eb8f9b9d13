"""Recall, round 12: a verb of saying in an infinitive under a past verb of causing or
permitting ("allowed the mayor to claim that …"). Every sentence is invented."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("Dropping the toll allowed the mayor to claim that trade is up.", "the mayor", "claim"),
        ("The audit forced the port board to admit that costs rose.", "the port board", "admit"),
        ("The vote prompted Lena Ortiz to say that she would run again.", "Lena Ortiz", "say"),
    ],
)
def test_the_object_of_a_causative_is_the_source_of_the_infinitive(sentence, speaker, cue):
    found = rows(sentence)
    assert [(s, c) for s, c, _ in found] == [(speaker, cue)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a present form grants a permission that may never be used
        "The new rule allows the mayor to claim that trade is up.",
        # a thing as the object: no source
        "The storm forced the parade to say nothing.",
    ],
)
def test_a_permission_or_a_thing_reports_nothing(sentence):
    assert rows(sentence) == []
