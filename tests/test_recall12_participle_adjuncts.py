"""Recall, round 12: a participle of saying in an adjunct after a comma that closes a
whole clause ("X told reporters A, before insisting B"). Every sentence is invented."""

from __future__ import annotations

from attribution_rows import rows


def test_an_adjunct_participle_after_a_clause_and_a_comma_takes_its_subject():
    found = rows("The mayor spoke for an hour, before insisting that the ferry is safe.")
    assert ("The mayor", "insisting", "that the ferry is safe") in found


def test_an_adjunct_participle_after_a_list_of_means_reports_nothing():
    # "by filing A, by asking B" lists ways the council could act: nothing was said
    found = rows(
        "The council has two ways to act: by filing a lawsuit, by asking the court to rule."
    )
    assert not any(cue == "asking" for _, cue, _ in found)


def test_an_adjunct_participle_after_a_clause_about_a_thing_reports_nothing():
    found = rows("It gave new urgency to the talks, by telling the public that time was short.")
    assert not any(cue == "telling" for _, cue, _ in found)
