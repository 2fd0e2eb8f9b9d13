"""Plain-text metadata: a title only from an opening headline, a date only from the dateline region."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import parse_article

BODY = (
    "The council voted on Tuesday to close the old bridge to cars from next spring, after "
    "engineers found cracks in two of its piers.\n\n"
    "“We cannot keep sending buses over it,” said Mayor Dana Whitfield.\n"
)


def test_an_opening_headline_is_the_title():
    article = parse_article("Council closes river bridge to cars\n\n" + BODY)
    assert article.title == "Council closes river bridge to cars"
    assert article.metadata_source["title"] == "first line of the text (a headline)"


def test_a_headline_then_byline_and_date_line():
    text = "Council Closes River Bridge\n\nBy Jane Roe\n\nMarch 9, 2021\n\n" + BODY
    article = parse_article(text)
    assert article.title == "Council Closes River Bridge"
    assert article.date == dt.date(2021, 3, 9)
    assert article.metadata_source["date"] == "dateline or byline of the text"


def test_a_text_that_starts_with_its_body_has_no_title():
    text = BODY + "\nHostage swap\n\nThe two sides exchanged prisoners on Friday, officials said.\n"
    assert parse_article(text).title is None


@pytest.mark.parametrize(
    "first_line",
    [
        "___",
        "* * *",
        "— Jane Roe (@janeroe) November 19, 2019",
        "pic.twitter.com/AbC123",
        "Photo by Jane Roe / AP",
        "(AP Photo/Evan Vucci)",
        "https://herald.example/news/bridge",
        "Getty Images",
    ],
)
def test_rules_credits_and_tweets_are_never_the_title(first_line):
    assert parse_article(first_line + "\n\n" + BODY).title is None


def test_a_caption_is_not_the_title_and_its_date_is_not_the_date():
    caption = "In this Dec. 12, 2006, file photo, the old bridge is seen from the east bank."
    article = parse_article(caption + "\n\n" + BODY)
    assert article.title is None
    assert article.date is None


def test_a_cookie_notice_date_is_not_the_date():
    text = (
        "Council closes river bridge\n\n"
        "We updated our cookie policy on May 23, 2018\n\n"
        "Posted March 9, 2021\n\n" + BODY
    )
    assert parse_article(text).date == dt.date(2021, 3, 9)


def test_a_date_in_the_story_is_not_the_article_date():
    text = (
        "Council closes river bridge\n\n" + BODY + "\nThe bridge opened on June 4, 1962, and "
        "was last repaired in the spring, the council said in its report.\n"
    )
    assert parse_article(text).date is None


def test_a_dateline_date_is_found():
    text = "Council closes river bridge\n\nNORTHBRIDGE, March 9, 2021 — " + BODY
    assert parse_article(text).date == dt.date(2021, 3, 9)


def test_plain_text_language_is_detected():
    assert parse_article("Council closes river bridge\n\n" + BODY * 3).language == "en"
