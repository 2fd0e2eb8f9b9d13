"""Round 12: a cue inside a fronted adverbial clause ("that when Y railed against Z,")
introduces no quotation; the sentence's reporter keeps it as one mixed report. Every
sentence is invented."""

from __future__ import annotations

from attribution_rows import rows


def test_a_cue_in_an_adverbial_clause_leaves_the_quotation_to_the_reporter():
    found = rows(
        "Ana Lind said that when the mayor railed against the banks, “it was a fair point.”"
    )
    assert found == [
        ("Ana Lind", "said", "that when the mayor railed against the banks, “it was a fair point.”")
    ]


def test_a_bare_cue_in_an_adverbial_clause_still_introduces_its_quotation():
    found = rows("After Ana Lind warned, “We will strike,” the talks collapsed.")
    assert ("Ana Lind", "warned", "“We will strike,”") in found


def test_an_addressee_after_a_cue_in_an_adverbial_clause_keeps_the_quotation():
    found = rows("The hall laughed when she urged voters, “Look at what I have built.”")
    assert ("she", "urged", "“Look at what I have built.”") in found
