"""A belief held now, stated without "that", is a sure attribution (issue 10, round 12).

Invented sentences: the simple present of "believe"/"think" with a person or body noun
and a clause; a past "thought" in a story and a generic "those who believe" stay doubtful
or are dropped.
"""

from __future__ import annotations

from attribution_rows import table_of


def _found(sentence: str, cue: str) -> list:
    table = table_of("A headline here.\n\n" + sentence)
    return [r for r in table.itertuples() if r.cue.lower() == cue]


def test_a_present_belief_without_that_is_not_flagged():
    found = _found("Dock workers believe the new cranes are a threat to their jobs.", "believe")
    assert found and not found[0].check
    found = _found("The engineers think the crack was caused by the cold.", "think")
    assert found and not found[0].check


def test_a_past_thought_in_a_story_is_no_row():
    # a narrated thought is no attribution (screen_mental.py)
    assert not _found("Brandt thought the voters would forgive him by spring.", "thought")
