"""A clause told after the addressee of "tell" without "that" (Quirk et al. 1985,
16.59-16.64), also after a time adjunct (8.51-8.60). Invented sentences."""

from attribution_rows import rows


def test_a_clause_after_the_addressee_without_that_is_what_was_told():
    assert rows("Dan Kim told reporters the plan would fail.") == [
        ("Dan Kim", "told", "the plan would fail")
    ]


def test_a_time_adjunct_after_the_addressee_is_no_part_of_the_content():
    assert rows("The mayor told reporters on Monday the bridge would reopen.") == [
        ("The mayor", "told", "the bridge would reopen")
    ]


def test_an_addressee_alone_tells_nothing():
    assert rows("Ana Ruiz told the board on Tuesday.") == []


def test_a_plain_object_of_tell_is_no_clause():
    assert rows("The coach told his players the truth.") == []
