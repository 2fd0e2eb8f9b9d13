"""Rows the screen kept or dropped wrongly, by general cause (issue 10, round 11).

Each sentence is invented for one construction found on real pages or in PolNeAR train:
a positive case and a neighbouring construction that must stay as it is.
"""

from __future__ import annotations

import pytest
from attribution_rows import table_of


def _found(sentence: str, cue: str) -> list:
    table = table_of("A headline here.\n\n" + sentence)
    return [r for r in table.itertuples() if r.cue.lower() == cue]


# ------------------------------------------- a plan announced is an announcement
@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The ferry company announced plans to add two boats by 2031.", "announced"),
        ("Orbis Freight revealed plans to open a depot in Tallow.", "revealed"),
        ("The council revealed its new plan for the old harbour.", "revealed"),
        ("The mayor outlined a plan to cut bus fares.", "outlined"),
        ("The senator laid out her plan for the old harbour.", "laid out"),
        ("The firm unveiled plans to build a plant in Tallow.", "unveiled"),
    ],
)
def test_a_plan_announced_is_a_sure_attribution(sentence, cue):
    found = _found(sentence, cue)
    assert found and not found[0].check
    assert found[0].text.lower().split()[0] in ("plans", "its", "a", "her")


def test_a_plan_itself_or_a_thing_revealed_is_not():
    assert not _found("The pilot plans to fly the new route.", "plans")
    assert not _found("Orbis Freight revealed a new truck.", "revealed")
    assert not _found("Orbis Freight unveiled a new truck on Monday.", "unveiled")
    assert not _found("The report laid out the problem in plain words.", "laid out")
    assert not _found("The club did not unveil plans to rebuild the old stand.", "unveil")


# ------------------------------------------- frames that say no words
@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Forecasts called for strong winds on the ridge by Sunday.", "called"),
        ("The crowd clapped and they called for more until the curtain fell.", "called"),
        ("A town like Orbisville demands new roads on a vast scale.", "demands"),
    ],
)
def test_frames_that_say_no_words_leave(sentence, cue):
    assert not _found(sentence, cue)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The nurses' union called for more pay for night shifts.", "called"),
        ("Unlike Ana Ruiz, Bo Lind demands a recount.", "demands"),
    ],
)
def test_a_demand_with_content_stays(sentence, cue):
    assert _found(sentence, cue)


# ------------------------------------------- the first person telling someone "that …"
def test_i_told_someone_that_reports_my_earlier_words():
    found = _found("I told the clerk that the ledger was missing.", "told")
    assert found and found[0].text.startswith("that the ledger")


def test_the_writers_own_view_in_the_first_person_stays_out():
    assert not _found("I think the ledger was missing.", "think")
    assert not _found("I told the clerk my secrets.", "told")


# ------------------------------------------- a bare noun that tells the press
def test_a_bare_noun_telling_the_press_is_a_speaker():
    sentence = "The ferry was late, with the lock keeper telling reporters that the sea was rough."
    found = _found(sentence, "telling")
    assert found and found[0].text.startswith("that the sea")


def test_a_bare_noun_telling_no_hearer_stays_out():
    assert not _found("The calculations told us that the gate was shut.", "told")


# ------------------------------------------- "find" with a thing it attains
def test_a_document_that_finds_a_way_attains_a_thing():
    assert not _found("The new game finds a reason for its puzzles and stops short.", "finds")
    assert not _found("The new report finds a way to please both camps.", "finds")


def test_a_document_that_finds_a_fact_still_reports():
    assert _found("The new report finds a rise in cases among children.", "finds")
    assert _found("The survey found a way of life had ended in the valley.", "found")
