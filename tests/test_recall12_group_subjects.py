"""Recall, round 12: a plain "said that" with an informal noun of people as its subject
("Port bosses said that …"). Every sentence is invented."""

from __future__ import annotations

import pytest
from attribution_rows import rows


@pytest.mark.parametrize("subject", ["Port bosses", "The bosses", "Locals", "Top brass"])
def test_an_informal_group_of_people_reports(subject):
    found = rows(f"{subject} said that the quay will reopen in May.")
    assert found == [(subject, "said", "that the quay will reopen in May")]


def test_a_bare_noun_of_things_still_reports_nothing():
    # "tides" names no person or body: the row stays screened out
    assert rows("Port tides said that the quay will reopen in May.") == []
