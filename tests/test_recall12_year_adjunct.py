"""Round 12: a year adjunct between the subject and its cue ("who in 2010 said").
Every sentence is invented."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The harbour board in 2011 said the quay would close.", "The harbour board"),
        ("She met Ana Lind, who in 2011 said the quay would close.", "who"),
    ],
)
def test_a_year_adjunct_before_the_cue_keeps_the_subject(sentence, speaker):
    assert (speaker, "said", "the quay would close") in rows(sentence)


def test_a_year_inside_the_content_stays_in_it():
    found = rows("The quay closed in 2011, the harbour board said.")
    assert found == [("the harbour board", "said", "The quay closed in 2011")]
