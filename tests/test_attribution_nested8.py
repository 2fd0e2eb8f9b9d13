"""Relayed reports (round 8): the outer source of a quotation of two sentences.

Every sentence here is invented; each construction has a positive case and a negative
neighbour that must stay as it was.
"""

from __future__ import annotations

from attribution_rows import rows_of

LEAD = "Title line.\n\nThe judge was angry on Monday.\n\n"


def _rows(paragraph: str) -> list[tuple[str, str, str]]:
    return rows_of(LEAD + paragraph)


def test_a_relayed_quotation_of_two_sentences_gets_its_outer_source():
    rows = _rows(
        "“There has been a constant drip of delays. When does it stop?” the judge said, "
        "according to the Ledger."
    )
    quotation = "“There has been a constant drip of delays. When does it stop?”"
    assert ("the judge", "said", quotation) in rows
    assert ("the Ledger", "according to", quotation + " the judge said") in rows


def test_a_quotation_of_two_sentences_without_a_relaying_source_keeps_one_row():
    rows = _rows("“There has been a constant drip of delays. When does it stop?” the judge said.")
    assert rows == [
        ("the judge", "said", "“There has been a constant drip of delays. When does it stop?”")
    ]
