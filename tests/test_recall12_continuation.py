"""Recall, round 12: a quotation sentence after a trailing frame ("A “b,” X said.")
goes on with X. Every article is invented."""

from __future__ import annotations

import pytest
from attribution_rows import table_of

HEAD = "The harbour reopened on Monday.\n\n"


@pytest.mark.parametrize(
    "lead",
    [
        "Fees will rise “by the spring,” the port chief said.",
        "Fees will rise by the spring, the port chief said on Monday.",
        "Fees will rise by the spring, the port chief said in a statement.",
    ],
)
def test_a_quotation_sentence_after_a_trailing_frame_continues_its_source(lead):
    table = table_of(HEAD + lead + " “We have no other way to pay for the dredging.”")
    quoted = table[table["text"] == "“We have no other way to pay for the dredging.”"]
    assert len(quoted) == 1
    assert quoted.iloc[0]["speaker"] == "the port chief"
    assert quoted.iloc[0]["kind"] == "direct"


@pytest.mark.parametrize(
    "lead",
    [
        # a clause after a comma follows the frame: the sentence goes on past the source
        "Fees will rise “by the spring,” the port chief said, as the crowd left.",
        # a verb of thought sets up no source of words
        "Fees will rise by the spring, the port chief thinks.",
    ],
)
def test_a_quotation_sentence_after_a_frame_that_goes_on_stays_unattributed(lead):
    table = table_of(HEAD + lead + " “We have no other way to pay for the dredging.”")
    assert not (table["text"] == "“We have no other way to pay for the dredging.”").any()
