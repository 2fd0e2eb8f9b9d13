"""A quotation labelled with its speaker's name inside a paragraph (round 8).

Every sentence here is invented; each construction has a positive case and a negative
neighbour that must stay as it was.
"""

from __future__ import annotations

from attribution_rows import rows_of

LEAD = "Title line.\n\nThe council met on Monday with Ana Ruiz and Tom Kim.\n\n"


def _rows(paragraph: str) -> list[tuple[str, str, str]]:
    return rows_of(LEAD + paragraph)


def test_inline_name_labels_give_their_quotations_a_speaker():
    rows = _rows(
        'Both reject delay. Ruiz: "Our goal is not to delay the bridge, but to build it now." '
        'Kim: "The bridge must be built this year, not later."'
    )
    assert rows == [
        ("Ruiz", ":", '"Our goal is not to delay the bridge, but to build it now."'),
        ("Kim", ":", '"The bridge must be built this year, not later."'),
    ]


def test_a_label_naming_nobody_mentioned_before_is_no_speaker():
    assert (
        _rows('The menu changed in May. Note: "Prices include a service charge of ten percent."')
        == []
    )
    assert (
        _rows('Both reject delay. Lind: "Our goal is not to delay the bridge, but to build it."')
        == []
    )


def test_an_inverted_verb_label_is_not_read_as_a_name():
    rows = _rows(
        'Both reject delay. Continued Ruiz: "The bridge must be built this year, not later."'
    )
    assert ("Continued Ruiz", ":") not in [row[:2] for row in rows]
