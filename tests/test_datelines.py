"""Datelines are the writer's: an attribution's content starts after them."""

import pytest

from analysis import quotes
from analysis.core.article import parse_article
from analysis.core.datelines import dateline_end


@pytest.mark.parametrize(
    "opening, rest",
    [
        ("LISBON — ", "The old bridge"),
        ("PORT HALE, Ore. (AP) — ", "A ferry sank"),
        ("NEW HAVEN: ", "Their plan"),
        ("KINGSTON, Ont. (Wire) - ", "The council"),
        ("EDITOR'S NOTE: ", "This story"),
    ],
)
def test_a_dateline_ends_before_the_story(opening, rest):
    text = opening + rest + " goes on."
    assert text[dateline_end(text, 0) :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz — the mayor — said so.",  # a name, not a place in capitals
        "A dash — here.",  # one capital letter
        "The mayor said so.",
        "Dekalb is a town — in fact.",
    ],
)
def test_a_sentence_is_no_dateline(text):
    assert dateline_end(text, 0) is None


def test_content_of_a_datelined_attribution_starts_after_the_dateline():
    text = (
        "Bridge to become a museum\n\n"
        "LISBON — The old bridge will be turned into a museum, the city's culture "
        "minister said on Tuesday.\n"
    )
    row = quotes(parse_article(text)).iloc[0]
    assert row["text"] == "The old bridge will be turned into a museum"
    assert text[row["start"] : row["end"]] == row["text"]


def test_content_without_a_dateline_keeps_its_start():
    text = (
        "Bridge to become a museum\n\n"
        "The old bridge will be turned into a museum, the city's culture "
        "minister said on Tuesday.\n"
    )
    row = quotes(parse_article(text)).iloc[0]
    assert row["text"] == "The old bridge will be turned into a museum"
