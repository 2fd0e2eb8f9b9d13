"""Recall, round 12: a singular quantifier heading the subject ("another says", "Yet
another said"). Every sentence is invented."""

from __future__ import annotations

from attribution_rows import rows_of

HEAD = "Two surveys of the harbour disagree.\n\n"


def test_a_singular_quantifier_takes_the_s_form_of_the_verb():
    found = rows_of(HEAD + "One survey says the quay is sound. Another says it is not.")
    assert ("Another", "says", "it is not") in found


def test_a_quantifier_after_a_linking_adverb_opens_the_subject():
    found = rows_of(HEAD + "One diver said the quay is sound. Yet another said the quay is not.")
    assert ("another", "said", "the quay is not") in found


def test_a_plural_noun_after_a_plural_quantifier_is_still_no_verb():
    # "some calls": the "-s" form after a plural quantifier is a noun
    found = rows_of(HEAD + "Some calls were made to the harbour office on Monday.")
    assert found == []
