"""The highlighted article view: built from offsets, every piece of article text escaped."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pandas as pd
import pytest

import analysis
from analysis.display import (
    CONTAINER_CLASS,
    OTHER_SPEAKERS,
    SPEAKER_COLORS,
    article_header,
    article_view,
    facts,
    span_view,
    speaker_colors,
)

ARTICLE = (
    "Council <b>votes</b> on $5 budget\n\n"
    "The council voted on Tuesday, said Mayor Ana Ruiz, who called it "
    '"a <script>window.PWNED=1</script> win."\n\n'
    '"We will not <img src=x onerror=PWNED> cut a route," Ruiz said. [x](javascript:PWNED) **bold**.\n\n'
    "Critics said the plan would cost $10 and $20.\n"
)


class _Page(HTMLParser):
    """Tags, attributes and visible text of a fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.titles: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if "title" in attributes:
            self.titles.append(attributes["title"])

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Page:
    page = _Page()
    page.feed(markup)
    return page


@pytest.fixture(scope="module")
def hostile():
    article = analysis.parse_article(ARTICLE, source="/home/someone/secret/story.txt")
    return article, analysis.analyse(article)


def test_the_view_shows_every_paragraph_as_text_and_no_markup(hostile):
    article, result = hostile
    markup = article_view(article, result.quotes, result.mentions)._repr_html_()
    page = _parse(markup)
    assert {tag for tag, _ in page.tags} <= {"div", "span", "strong"}
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    text = "".join(page.text)
    for paragraph in article.paragraphs["text"]:
        assert paragraph in text  # every character, as text, in reading order
    assert "<script>window.PWNED=1</script>" in text
    assert CONTAINER_CLASS in markup and "tex2jax_ignore" in markup


def test_quotations_take_their_speakers_colour_and_say_who_on_hover(hostile):
    article, result = hostile
    quotes = result.quotes
    assert len(quotes), "the invented article has attributions"
    colors = speaker_colors(quotes)
    markup = article_view(article, quotes)._repr_html_()
    page = _parse(markup)
    for row in quotes.itertuples(index=False):
        color = colors.get(row.speaker, OTHER_SPEAKERS)
        spans = [
            attrs
            for tag, attrs in page.tags
            if tag == "span" and f"background: {color}" in attrs.get("style", "")
        ]
        assert spans, row.speaker
        assert any(row.speaker in a.get("title", "") and row.kind in a["title"] for a in spans)
    cue = quotes.iloc[0]
    underlined = [a for t, a in page.tags if "underline" in a.get("style", "")]
    assert any(str(cue.cue) in a.get("title", "") for a in underlined)
    assert any("speaker as written" in title for title in page.titles)
    # The legend names each coloured speaker once.
    legend = "".join(page.text)
    for name in colors:
        assert name in legend


def test_speakers_past_the_palette_share_the_grey():
    quotes = pd.DataFrame({"speaker": [f"Person {i}" for i in range(len(SPEAKER_COLORS) + 2)]})
    colors = speaker_colors(quotes)
    assert list(colors.values())[: len(SPEAKER_COLORS)] == list(SPEAKER_COLORS)
    assert set(list(colors.values())[len(SPEAKER_COLORS) :]) == {OTHER_SPEAKERS}


def test_span_view_colours_by_label_with_a_legend_and_escaped_titles(hostile):
    article, result = hostile
    tone = result.sentence_tone
    markup = span_view(article, tone, "label", details=["compound", "text"])._repr_html_()
    page = _parse(markup)
    text = "".join(page.text)
    for label in set(tone["label"]):
        assert label in text  # legend
    assert any("<img src=x onerror=PWNED>" in title for title in page.titles)
    assert "onerror=PWNED>" not in markup.replace(html.escape("onerror=PWNED>"), "")


def test_header_names_the_file_not_its_folder(hostile):
    article, _ = hostile
    shown = article_header(article)
    assert "story.txt" in shown._repr_html_() and "story.txt" in repr(shown)
    assert "/home/someone" not in shown._repr_html_() + repr(shown)
    assert "<b>" not in shown._repr_html_() and "&lt;b&gt;" in shown._repr_html_()


def test_facts_escape_values():
    markup = facts({"title": "<script>x</script>", "offsets": (1, 2), "none": None})._repr_html_()
    assert "<script>" not in markup and "1, 2" in markup and "–" in markup


def test_header_says_plainly_when_the_article_is_not_english():
    spanish = analysis.parse_article(
        "El gobierno dijo que la economía crecerá este año, según el ministro de Hacienda, "
        "que habló con los periodistas en la capital del país. Los datos muestran que el paro bajó."
    )
    shown = article_header(spanish)._repr_html_()
    assert spanish.language != "en" and "not in English" in shown
    english = analysis.parse_article("The council said the plan would cost more than the city has.")
    assert "not in English" not in article_header(english)._repr_html_()
