"""Reported content ends before the writer's note that the source withheld more
(", but she gave no details", ", but it didn't say when"). Invented sentences."""

from attribution_rows import rows


def test_content_ends_before_but_and_a_no_details_predicate():
    assert rows("The mayor said the bridge would reopen next year, but she gave no details.") == [
        ("The mayor", "said", "the bridge would reopen next year")
    ]


def test_content_ends_before_but_and_a_negated_verb_of_saying():
    assert rows(
        "The firm says the van is a preview of a new model, but it didn't disclose a launch date."
    ) == [("The firm", "says", "the van is a preview of a new model")]


def test_a_but_clause_of_the_reported_events_stays_in_the_content():
    assert rows("Ana Ruiz said the council tried to cut costs, but failed to do so.") == [
        ("Ana Ruiz", "said", "the council tried to cut costs, but failed to do so")
    ]


def test_a_negated_verb_that_is_no_saying_stays_in_the_content():
    assert rows("Ana Ruiz said the team played well, but it did not win the cup.") == [
        ("Ana Ruiz", "said", "the team played well, but it did not win the cup")
    ]


def test_what_someone_could_not_give_stays_in_the_content():
    sentence = (
        "Ana Ruiz said that the clerk had found the files, but couldn’t provide them in time."
    )
    assert rows(sentence) == [("Ana Ruiz", "said", sentence[len("Ana Ruiz said ") : -1])]


def test_a_phrase_content_ends_before_a_predicate_without_subject():
    assert rows("The coach called the win “historic,” but seemed tired after the game.") == [
        ("The coach", "called", "the win “historic,”")
    ]


def test_a_clause_content_keeps_a_predicate_without_subject():
    assert rows("Ana Ruiz said the team played well, and seemed tired.") == [
        ("Ana Ruiz", "said", "the team played well, and seemed tired")
    ]


def test_an_object_and_infinitive_end_before_a_past_predicate():
    assert rows("He later asked the board to undo the deal and returned the money.") == [
        ("He", "asked", "the board to undo the deal")
    ]


def test_a_clause_with_an_infinitive_keeps_its_past_predicate():
    assert rows("He told reporters the board wanted to undo the deal and returned the money.") == [
        ("He", "told", "the board wanted to undo the deal and returned the money")
    ]


def test_a_past_predicate_of_a_relative_clause_stays_in_the_content():
    assert rows(
        "The group pledged its support to the team during the storm that hit the town and flooded the port."
    ) == [
        (
            "The group",
            "pledged",
            "its support to the team during the storm that hit the town and flooded the port",
        )
    ]
