"""A source phrase closing a dashed aside reports only the aside. Invented sentences."""

from attribution_rows import rows


def test_a_source_phrase_before_a_closing_dash_reports_the_aside():
    assert rows(
        "Given that record -- and the fact that the mayor has missed 40 votes since May, "
        "according to the city clerk -- there is reason to doubt the plan."
    ) == [("the city clerk", "according to", "the mayor has missed 40 votes since May")]


def test_a_source_phrase_at_the_sentence_end_reports_the_whole_clause():
    assert rows("The bridge — closed twice — has been shut 12 times, according to the city.") == [
        ("the city", "according to", "The bridge — closed twice — has been shut 12 times")
    ]
