"""A poll's finding framed by a leading "In" (round 8): the survey is the source.

Every sentence here is invented; each construction has a positive case and a negative
neighbour that must stay as it was.
"""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "In a Ledger poll released Monday, Ruiz held a 24-point lead over Kim.",
            "a Ledger poll released Monday",
            "Ruiz held a 24-point lead over Kim",
        ),
        (
            "In the latest surveys, Ruiz remains ahead of her rivals.",
            "the latest surveys",
            "Ruiz remains ahead of her rivals",
        ),
        # a participle postmodifier set off by commas stays out of the finding
        (
            "In the latest Ledger poll, conducted in May, Ruiz led Kim 47 percent to 39 percent.",
            "the latest Ledger poll",
            "Ruiz led Kim 47 percent to 39 percent",
        ),
    ],
)
def test_a_survey_opening_its_sentence_is_the_source_of_its_finding(sentence, speaker, content):
    assert rows(sentence) == [(speaker, "In", content)]


@pytest.mark.parametrize(
    "sentence",
    [
        # "polls" that are elections (Indian and British English)
        "In the assembly polls, the party won 52 percent of the vote.",
        # no figure and no standing: a survey mentioned, no finding reported
        "In the poll, the town's most watched race was a question of roads.",
        # a place, not a survey
        "In the harbor district, Ruiz held a 24-point lead over Kim.",
    ],
)
def test_no_survey_frame_without_a_survey_and_a_finding(sentence):
    assert rows(sentence) == []


def test_a_survey_frame_leaves_a_clause_with_its_own_cue_alone():
    # One row, the clause's own "said"; its share of respondents speaks through the poll
    # (poll_sources), and the survey-frame pass adds no second row.
    found = rows("In a new poll, 40 percent of voters said the plan was too costly.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("a new poll", "said")]
