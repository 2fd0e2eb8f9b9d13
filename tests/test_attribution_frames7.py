"""Frames and content spans of round 7 (invented sentences).

Each cause has a positive case (the attribution is found, with its speaker and
content) and a neighbouring negative case (a construction that must stay as it was).
"""

from __future__ import annotations

import pytest
from attribution_rows import rows

# ---- 1. after "told", the content starts after the addressee


@pytest.mark.parametrize(
    "sentence, content",
    [
        (
            "The driver told police he had not seen the cyclist at the junction.",
            "he had not seen the cyclist at the junction",
        ),
        (
            "The minister told reporters the decision to close the school had been taken in May.",
            "the decision to close the school had been taken in May",
        ),
        (
            "Lena Ortiz told investors of the bank, a small regional lender, on Monday that "
            "the merger would close soon.",
            "that the merger would close soon",
        ),
    ],
)
def test_content_starts_after_the_addressee(sentence, content):
    found = rows(sentence)
    assert [r[2] for r in found if r[1] == "told"] == [content]


def test_told_with_an_infinitive_keeps_its_object():
    # "told X to do Y" is a request: no clause after the addressee to start at.
    found = rows("The nurse told the man to remove the bedding from his home.")
    assert all(not r[2].startswith("to remove") for r in found)


# ---- 2. "As X noted at the time, clause": the cue's adjunct is no content


@pytest.mark.parametrize(
    "sentence, content",
    [
        (
            "As the planning officer Ana Ruiz noted at the time, the bridge needed new cables.",
            "the bridge needed new cables",
        ),
        (
            "(As the council's engineer Ana Ruiz noted at the time, the bridge needed new cables.)",
            "the bridge needed new cables",
        ),
    ],
)
def test_as_frame_content_skips_the_cue_adjunct(sentence, content):
    found = rows(sentence)
    assert [r[2].rstrip(".)") for r in found if r[1] == "noted"] == [content]


def test_as_frame_without_adjunct_unchanged():
    found = rows("As the planning officer Ana Ruiz noted, the bridge needed new cables.")
    assert [r[2] for r in found if r[1] == "noted"] == ["the bridge needed new cables"]


# ---- 3. "According to X, TIME, clause": a comma-set adjunct opens the content


def test_according_to_then_comma_set_time_phrase():
    found = rows(
        "According to the harbour board, as of 2019, the port had admitted more than "
        "4,000 new vessels."
    )
    assert [(r[0], r[1]) for r in found] == [("the harbour board", "According to")]
    assert found[0][2].startswith("as of 2019, the port had admitted")


def test_prepositional_object_before_a_second_source_still_ends_the_content():
    # "hinted at X, Y wondered …": the prepositional phrase is the cue's object, not a
    # comma-set adjunct, so the second source ends the first content.
    found = rows(
        "Earlier studies had hinted at a link between diet and sleep, and Dr. Lena Ortiz "
        "wondered whether the two could be separated."
    )
    assert all("Ortiz wondered" not in r[2] for r in found)


# ---- 4. "X's Y said A and said B": the second verb shares the first row's speaker


def test_second_coordinated_said_after_possessive_subject():
    found = rows(
        "Norway's fisheries ministry said it viewed the quota as a step backwards "
        "and said it would raise tensions."
    )
    assert [(r[0], r[2]) for r in found] == [
        ("Norway's fisheries ministry", "it viewed the quota as a step backwards"),
        ("Norway's fisheries ministry", "it would raise tensions"),
    ]


def test_second_verb_after_a_thought_does_not_inherit():
    # The first verb is one of thought ("feared"): "and warned …" takes no speaker from it.
    found = rows(
        "Norway's fisheries ministry feared the quota would fall and warned it would "
        "raise tensions."
    )
    assert all(r[1] != "warned" for r in found)


# ---- 5. "The plan, says X, relies on buses": content both sides of a medial cue


@pytest.mark.parametrize("verb", ["relies", "relied"])
def test_medial_inverted_cue_content_both_sides(verb):
    found = rows(f"The ferry plan, says Dana Kim, {verb} on new buses.")
    assert [(r[0], r[2]) for r in found] == [
        ("Dana Kim", f"The ferry plan, says Dana Kim, {verb} on new buses")
    ]


def test_medial_inverted_cue_before_an_appositive_keeps_the_head_only():
    # "…, said X, director of Y." : the words after the source describe X.
    found = rows("The ferry plan is bold, said Dana Kim, director of the port agency.")
    assert [(r[0], r[2]) for r in found] == [("Dana Kim", "The ferry plan is bold")]


# ---- 6. "39 percent blame A and 22 percent say B": a share of people opens a clause


def test_share_of_people_after_and_ends_the_first_content():
    found = rows(
        "In the survey, 41 percent blame the council and 23 percent say the mayor is at fault."
    )
    assert ("23 percent", "say", "the mayor is at fault") in found
    assert all("23 percent" not in r[2] for r in found)


def test_coordinated_lower_case_subjects_still_share_the_cue():
    # "both engineers and sources in the tower told …": a common-noun head after "and"
    # is a second subject of the same cue, not a new clause.
    found = rows("The plan was late, and both engineers and sources in the tower said so.")
    assert all(r[0] != "sources in the tower" for r in found)


# ---- 7. content stops at a closing bracket it did not open


@pytest.mark.parametrize(
    "sentence, content",
    [
        (
            "The new toll (which the mayor said would cut traffic) was passed in May.",
            "which the mayor said would cut traffic",
        ),
        (
            "The new toll was passed (the mayor said it would cut traffic) in May.",
            "it would cut traffic",
        ),
    ],
)
def test_content_stops_at_the_closing_bracket(sentence, content):
    found = rows(sentence)
    assert [r[2] for r in found if r[1] == "said"] == [content]


def test_bracket_pair_inside_the_content_is_kept():
    found = rows("The mayor said the toll (passed in May) would cut traffic.")
    assert [r[2] for r in found] == ["the toll (passed in May) would cut traffic"]


# ---- 8. "X did A, then says B": a verb after ", then" shares the sentence's subject


def test_then_coordinated_saying_verb_takes_the_subject():
    found = rows("The governor offered the farmer a seat, then says he will welcome advice.")
    assert ("The governor", "says", "he will welcome advice") in found


def test_then_after_a_passive_gives_no_speaker():
    found = rows(
        "Cold storage has been the subject of early research, then recommended as a key "
        "technology by the review panel."
    )
    assert all(r[1] != "recommended" for r in found)


def test_complementizer_after_a_telling_verb_is_no_addressee():
    found = rows("Smith warned that the council could lose the vote.")
    assert [r[2] for r in found] == ["that the council could lose the vote"]
