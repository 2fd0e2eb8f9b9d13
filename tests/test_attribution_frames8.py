"""Frames of indirect reporting, round 8 (invented sentences).

Each cause has a positive case (the attribution is found, with its speaker and
content) and a neighbouring negative case (a construction that must stay as it was).
"""

from __future__ import annotations

import pytest
from attribution_rows import rows

# ---- 1. a participle of speaking or writing with only an adjunct names an occasion


@pytest.mark.parametrize(
    "sentence, cue, speaker, content",
    [
        (
            "The mayor, speaking to reporters on Monday, said the bridge would reopen.",
            "said",
            "The mayor",
            "the bridge would reopen",
        ),
        (
            "Ines Vale, writing on her blog, argued that the tax would hurt small farms.",
            "argued",
            "Ines Vale",
            "that the tax would hurt small farms",
        ),
    ],
)
def test_occasion_participle_is_no_row(sentence, cue, speaker, content):
    assert rows(sentence) == [(speaker, cue, content)]


def test_outer_verb_of_saying_is_kept_past_an_occasion_participle():
    # The comma inside the place ("Dayton, Ohio") once left the outer frame unread, and
    # the verb inside its content ("opposes") took the sentence.
    found = rows(
        "Ruiz, speaking at a rally in Dayton, Ohio, warned that Kim opposes the plan "
        "and would raise taxes."
    )
    assert found == [("Ruiz", "warned", "that Kim opposes the plan and would raise taxes")]


def test_participle_of_speaking_about_a_topic_keeps_its_content():
    # "about the plan" is subject matter, not an occasion: the row stays.
    found = rows("Lee spoke for an hour, talking about the budget plan and the new school.")
    assert found == [("Lee", "talking about", "the budget plan and the new school")]


def test_participle_with_a_clause_keeps_its_row():
    found = rows("The mayor opened the bridge, noting that it had cost less than planned.")
    assert ("The mayor", "noting", "that it had cost less than planned") in found


# ---- 2. only a verb of saying inverts after a comma ("…, said X")


def test_naming_verb_after_an_appositive_takes_the_subject_before():
    found = rows(
        "Ben Osei, meeting with the paper's editorial board, called the flood a reason "
        "for the city to rebuild its levees."
    )
    assert found == [
        ("Ben Osei", "called", "the flood a reason for the city to rebuild its levees")
    ]


def test_inverted_verb_of_saying_is_still_read():
    found = rows("The levees will be rebuilt by spring, said Ben Osei, the city engineer.")
    assert found == [("Ben Osei", "said", "The levees will be rebuilt by spring")]


# ---- 3. a cue inside a fronted adverbial clause reports up to the main clause


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        (
            "After the mayor said the bridge would reopen, traffic rose across the city.",
            "said",
            "the bridge would reopen",
        ),
        (
            "In June, after the firm asked workers to take a pay cut, 800 staff volunteered.",
            "asked",
            "workers to take a pay cut",
        ),
        (
            "While only 7 percent said they were undecided, most voters had made up their minds.",
            "said",
            "they were undecided",
        ),
    ],
)
def test_fronted_clause_content_ends_at_the_main_clause(sentence, cue, content):
    assert [r[2] for r in rows(sentence) if r[1] == cue] == [content]


def test_comma_inside_a_main_clause_content_is_kept():
    # No subordinator first: the comma before the relative clause does not end the content.
    found = rows("The mayor said the bridge, which closed in May, would reopen next week.")
    assert found == [
        ("The mayor", "said", "the bridge, which closed in May, would reopen next week")
    ]


def test_clause_after_its_main_clause_is_not_fronted():
    found = rows("The mayor resigned, after the council said the budget was short by millions.")
    assert [r[2] for r in found if r[1] == "said"] == ["the budget was short by millions"]


# ---- 4. a final source clause followed by a time and a place adjunct


def test_final_source_with_time_then_place_adjunct():
    found = rows(
        "The plan was dead while the governor was in office, he said Wednesday morning "
        "on a cable show."
    )
    assert found == [("he", "said", "The plan was dead while the governor was in office")]


def test_final_source_with_a_clause_after_the_time_is_no_frame():
    # A clause after the cue ("… said Wednesday the talks would resume") is its content.
    found = rows("The plan was dead, the mayor said Wednesday the talks would resume.")
    assert ("the mayor", "said", "The plan was dead") not in found


# ---- 5. a prepositional verb never inverts


def test_prepositional_verb_after_an_appositive_takes_the_subject_before():
    found = rows(
        "On Sunday, Ana Lopez, the front-runner, called on tech companies to become more "
        "aggressive."
    )
    assert found == [("Ana Lopez", "called on", "tech companies to become more aggressive")]


# ---- 6. "at least six …" opens a noun phrase, not an adjunct


def test_numeral_modifier_is_no_adjunct():
    # The clause before the subject is a fronted adverbial, never the content.
    found = rows(
        "Friday morning, as the parade rolled through the town, the station reported at "
        "least six planes filled the skies with messages."
    )
    assert all(not content.startswith("Friday morning") for _, _, content in found)


# ---- 7. a relative clause on a subject after a semicolon ends before the main verb


def test_relative_clause_after_a_semicolon_ends_at_its_comma():
    found = rows(
        "The council passed a measure that would ban most cars; Gov. Ana Ruiz, who opposes "
        "the ban, vetoed the bill because she said it was unfair."
    )
    assert ("she", "said", "it was unfair") in found
    assert all("vetoed" not in content for _, _, content in found)


def test_semicolon_without_a_relative_clause_is_left_alone():
    found = rows("The council passed the ban on cars; Ana Ruiz said it was unfair to drivers.")
    assert found == [("Ana Ruiz", "said", "it was unfair to drivers")]


# ---- 8. a fronted adjunct before the subject is never the content


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "On Friday morning, the third day of his tour, the candidate Gary Jones told a joke.",
            [],
        ),
        (
            "At rally after rally, to cheering crowds, he vows to cut the tax on imports.",
            [("he", "vows", "to cut the tax on imports")],
        ),
    ],
)
def test_fronted_adjunct_is_no_content(sentence, expected):
    assert rows(sentence) == expected


def test_clause_before_a_final_source_is_still_content():
    found = rows("Turnout fell sharply in the north, officials said.")
    assert found == [("officials", "said", "Turnout fell sharply in the north")]


# ---- 9. a verb of telling other than "ask" never inverts


def test_telling_verb_after_an_appositive_takes_the_subject_before():
    found = rows(
        "In a memo on Tuesday, Noah Oppen, the head of the show, reminded his staff about "
        "the early years."
    )
    assert found == [("Noah Oppen", "reminded", "his staff about the early years")]


def test_ask_still_inverts():
    found = rows("Would the plant close before the winter, asked Ana Ruiz, a local nurse.")
    assert [(r[0], r[1]) for r in found] == [("Ana Ruiz", "asked")]


# ---- 10. a source phrase after a colon opens its own clause


def test_source_phrase_after_a_colon_reports_what_follows():
    found = rows("It has not gone unnoticed: according to recent polls, Lopez holds 14 percent.")
    assert found == [("recent polls", "according to", "Lopez holds 14 percent")]


# ---- 11. an adjunct between a subject and its verb is no inverted content


def test_adjunct_after_the_subject_is_no_inverted_content():
    found = rows("The Civic Trust, in releasing the report, noted testimony by Ana Ruiz, a nurse.")
    assert found == [("The Civic Trust", "noted", "testimony by Ana Ruiz, a nurse")]


def test_clause_before_an_inverted_cue_is_still_content():
    found = rows("The levees will be rebuilt by spring, noted Ana Ruiz, the city engineer.")
    assert found == [("Ana Ruiz", "noted", "The levees will be rebuilt by spring")]


# ---- 12. a naming participle between commas is a reduced relative clause


def test_naming_participle_between_commas_is_no_row():
    found = rows("His charity, called the River Legacy Fund, will still own the land until 2030.")
    assert found == []


def test_naming_verb_after_an_appositive_keeps_its_row():
    # A quoted label ("much, much better") holds a comma of its own: still a verb of naming.
    found = rows(
        'Ana Petri, a former aide, called the new law "much, much better" than the old one.'
    )
    assert [(r[0], r[1]) for r in found] == [("Ana Petri", "called")]
