"""One content per report: a span that ran on into a second report (round 12).

Every sentence here is invented; each construction has a positive case and a negative
neighbour that must stay as it was.
"""

from __future__ import annotations

from attribution_rows import rows


def test_a_phrasal_participle_after_a_comma_reports_on_its_own():
    assert rows(
        "The mayor said the town is safer now, pointing to a drop in burglaries last year."
    ) == [
        ("The mayor", "said", "the town is safer now"),
        ("The mayor", "pointing to", "a drop in burglaries last year"),
    ]


def test_a_phrasal_participle_inside_the_content_without_a_comma_stays_in_it():
    assert rows("The mayor said guards pointing to the fence had seen nothing.") == [
        ("The mayor", "said", "guards pointing to the fence had seen nothing")
    ]
