"""Saved web pages: trafilatura's main text, what is left out, metadata, language, fallback.

Every page here is invented for the test.
"""

from __future__ import annotations

import contextlib
import time

import pytest

from analysis import ArticleError, load_article
from analysis.core import webpage
from analysis.core.language import detect_language, language_note

PARAGRAPHS = [
    "The city council of Northbridge voted on Tuesday to close the old river bridge to cars "
    "from next spring, after engineers found cracks in two of its three supporting piers.",
    "“We cannot keep sending buses over a structure that is failing,” said Mayor Dana Whitfield, "
    "who had pushed for the closure since the summer inspection report was published.",
    "Shop owners on the east bank said the decision would cut them off from their customers. "
    "Several of them spoke at the meeting, which lasted nearly four hours.",
    "“Half of my trade comes across that bridge,” said Omar Reyes, who runs a bakery on Mill "
    "Street. “Nobody has told us how people are supposed to reach us now.”",
    "The council said a temporary footbridge would open in April and that a replacement bridge "
    "could be built within three years if regional funding is approved in the autumn.",
    "Engineers will present three designs for the new crossing at a public meeting next month, "
    "and residents will be able to comment on them online and at the library.",
]


def article_page(extra_body: str = "", head: str = "", lang: str = "en") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    rest = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[3:])
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>Council closes river bridge | Northbridge Herald</title>
<meta property="og:title" content="Council closes river bridge to cars">
<meta property="og:site_name" content="Northbridge Herald">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2021-03-09T10:30:00+00:00">
<link rel="canonical" href="https://herald.example/news/bridge-closure">
{head}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies. By continuing you accept our cookie policy, updated
May 23, 2018. <button>I Accept</button></div>
<article>
<h1>Council closes river bridge to cars</h1>
<div class="byline">By Jane Roe</div>
{paragraphs}
{extra_body}
{rest}
</article>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter
and never miss a story. Thanks for signing up!</p></div>
<ul class="related"><li><a href="/a">Mayor unveils budget plan</a></li>
<li><a href="/b">River festival returns</a></li><li><a href="/c">New school opens</a></li></ul>
<footer><p>Copyright 2021 Northbridge Herald. All rights reserved.</p></footer>
</body></html>"""


def load_page(tmp_path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_bytes(html.encode("utf-8"))
    return load_article(path)


def test_page_text_is_the_article_headline_first(tmp_path):
    article = load_page(tmp_path, article_page())
    assert article.format == "html" and article.extractor == "trafilatura"
    assert article.text.startswith("Council closes river bridge to cars\n\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    # one blank line between paragraphs, as the paragraph splitter expects
    assert len(article.paragraphs) >= len(PARAGRAPHS) + 1
    for junk in ("cookie", "I Accept", "newsletter", "Mayor unveils budget", "Copyright", "Home"):
        assert junk not in article.text, junk
    for table in (article.paragraphs, article.sentences, article.tokens):
        for row in table.itertuples():
            assert article.text[row.start : row.end] == row.text


def test_page_metadata_and_where_it_came_from(tmp_path):
    article = load_page(tmp_path, article_page())
    assert article.title == "Council closes river bridge to cars"
    assert article.date.isoformat() == "2021-03-09"  # not the cookie banner's 2018 date
    assert article.metadata["author"] == "Jane Roe"
    assert article.metadata["sitename"] == "Northbridge Herald"
    assert article.metadata["url"] == "https://herald.example/news/bridge-closure"
    assert article.language == "en" and article.is_english and article.language_note is None
    assert article.metadata_source["title"] == "page metadata (trafilatura)"
    assert article.metadata_source["date"] == "page metadata (trafilatura)"
    assert article.metadata_source["language"] == "function words of the text"


def test_lists_are_kept_one_paragraph_per_item(tmp_path):
    items = ["Buses will use the north crossing.", "Cyclists may still use the bridge."]
    extra = "<p>What changes for residents:</p><ul>" + "".join(f"<li>{i}</li>" for i in items)
    article = load_page(tmp_path, article_page(extra + "</ul>"))
    texts = article.paragraphs["text"].tolist()
    assert all(item in texts for item in items)


def test_tables_captions_and_comments_are_left_out(tmp_path):
    extra = (
        "<figure><img src='bridge.jpg'><figcaption>The bridge in 1962. Photo: "
        "Herald archive</figcaption></figure>"
        "<table><tr><td>Pier</td><td>Crack length</td></tr><tr><td>North</td><td>41 cm</td></tr></table>"
    )
    comments = (
        "<section id='comments' class='comments'><h3>Comments</h3>"
        "<div class='comment'><p>Typical council, always too late!!! Shame on them.</p></div></section>"
    )
    html = article_page(extra).replace("</article>", "</article>" + comments)
    article = load_page(tmp_path, html)
    for left_out in ("Herald archive", "Crack length", "41 cm", "Typical council"):
        assert left_out not in article.text, left_out


def test_pull_quotes_and_hidden_boxes_are_left_out(tmp_path):
    extra = (
        "<aside class='pullquote'><p>“We cannot keep sending buses over it”</p></aside>"
        "<div style='display:none'><p>Hidden schema text that nobody sees on the page.</p></div>"
    )
    article = load_page(tmp_path, article_page(extra))
    assert "Hidden schema text" not in article.text
    assert article.text.count("We cannot keep sending buses") == 1


def test_a_name_in_a_hover_card_stays_in_its_sentence(tmp_path):
    card = (
        "<p>Transport chief <span class='rollover-people'><a href='/people/lena-park'>Lena "
        "Park</a><span class='rollover-people-block'><img src='p.jpg'><a href='/people/lena-park'>"
        "Lena Maria Park</a> <a href='/x'>Bridge vote delayed again</a></span></span> (I) "
        "backed the closure on Wednesday.</p>"
    )
    tooltip = (
        "<p>The piers rest on <span class='tooltip'>caissons<span class='tooltip-text'>Watertight "
        "chambers sunk into the river bed</span></span> poured in 1962.</p>"
    )
    article = load_page(tmp_path, article_page(card + tooltip))
    assert "Transport chief Lena Park (I) backed the closure on Wednesday." in article.text
    assert "The piers rest on caissons poured in 1962." in article.text
    for popup in ("Lena Maria Park", "Bridge vote delayed again", "Watertight chambers"):
        assert popup not in article.text, popup


def test_a_caption_box_inside_a_paragraph_is_still_left_out(tmp_path):
    extra = (
        "<p><span class='image-box'><img src='b.jpg'><span class='caption-source'><span "
        "class='caption'>The old bridge at dusk.</span><span class='source'>Herald "
        "archive</span></span></span></p>"
    )
    article = load_page(tmp_path, article_page(extra))
    assert "The old bridge at dusk" not in article.text
    assert "Herald archive" not in article.text


def test_a_page_wrapped_in_a_form_is_read(tmp_path):
    html = article_page().replace("<body>", "<body><form id='aspnetForm' action='/x'>")
    html = html.replace("</body>", "</form></body>")
    article = load_page(tmp_path, html)
    assert PARAGRAPHS[0] in article.text


def test_a_short_page_falls_back_to_the_project_reader(tmp_path):
    html = (
        "<html><head><title>Short note</title></head><body><nav>Home | World</nav>"
        "<div><p>The library opens late on Friday.</p></div></body></html>"
    )
    article = load_page(tmp_path, html)
    assert article.extractor in {"project reader", "trafilatura"}
    assert "The library opens late on Friday." in article.text
    assert "Home | World" not in article.text


def test_the_project_reader_reads_every_visible_block():
    tree = webpage.parse_html(
        "<html><head><title>T</title><script>x()</script></head><body>"
        "<form><input name=q> Search</form><h1>Head line</h1><p>One.</p><div>Two.</div>"
        "<!-- a comment --><footer>Foot</footer></body></html>"
    )
    blocks, title = webpage.visible_text(tree)
    assert blocks == ["Head line", "One.", "Two."]
    assert title == "Head line"


def test_reading_a_page_never_touches_the_network(tmp_path, no_network, monkeypatch):
    import trafilatura.downloads

    def refuse(*args, **kwargs):
        raise AssertionError("trafilatura tried to fetch a URL")

    monkeypatch.setattr(trafilatura.downloads, "fetch_url", refuse)
    monkeypatch.setattr(trafilatura.downloads, "fetch_response", refuse)
    html = article_page(
        extra_body="<p><a href='https://herald.example/more'>More</a> "
        "<img src='https://cdn.example/x.jpg'></p>",
        head="<link rel='stylesheet' href='https://cdn.example/site.css'>",
    )
    article = load_page(tmp_path, html)
    assert article.title == "Council closes river bridge to cars"


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("note.txt", "Use <b>bold</b> and <i>italics</i> sparingly, the editor said.\n", "text"),
        (
            "page.txt",
            "<!DOCTYPE html><html><body><p>" + PARAGRAPHS[0] + "</p></body></html>",
            "html",
        ),
        ("page.html", "<p>" + PARAGRAPHS[0] + "</p><p>" + PARAGRAPHS[1] + "</p>", "html"),
        ("page", "<html><body><p>" + PARAGRAPHS[0] + "</p></body></html>", "html"),
    ],
)
def test_html_or_text_by_extension_and_signature(tmp_path, name, content, expected):
    article = load_page(tmp_path, content, name=name)
    assert article.format == expected
    if expected == "text":
        assert article.text == content  # the tags stay as written


def test_a_page_of_boilerplate_only_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="HTML page with no readable text"):
        load_page(tmp_path, "<html><body><script>x()</script><nav>Home</nav></body></html>")


FRENCH = (
    "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures, après que les "
    "ingénieurs ont trouvé des fissures dans deux des piles. « Nous ne pouvons pas continuer "
    "ainsi », a dit la maire, qui a demandé une étude pour un nouveau pont sur la rivière. Les "
    "commerçants de la rive est disent que la décision les coupe de leurs clients et ils ont "
    "parlé pendant la réunion, qui a duré presque quatre heures."
)


def test_a_french_page_is_loaded_and_flagged(tmp_path):
    html = (
        "<!DOCTYPE html><html lang='fr'><head><title>Le pont fermé</title></head><body><article>"
        "<h1>Le pont fermé aux voitures</h1>" + "".join(f"<p>{FRENCH}</p>" for _ in range(3))
    ) + "</article></body></html>"
    article = load_page(tmp_path, html)
    assert article.language == "fr"
    assert not article.is_english
    assert "not in English" in article.language_note


def test_language_of_plain_text():
    assert detect_language(" ".join(PARAGRAPHS)) == "en"
    assert detect_language(FRENCH) == "fr"
    assert detect_language("Hello there.") is None  # too short to tell
    assert detect_language("東京都は月曜日に新しい橋の建設計画を発表した。" * 20) == "und"
    assert language_note("en") is None and language_note(None) is None
    assert "English" in language_note("de")


def test_repeated_end_tag_openers_are_linear(tmp_path):
    # Python's HTMLParser takes ~25 s on 200 KB of "</"; lxml is linear.
    hostile = "<html><body><p>" + PARAGRAPHS[0] + "</p>" + "</" * 100_000 + "</body></html>"
    started = time.perf_counter()
    with contextlib.suppress(ArticleError):
        load_page(tmp_path, hostile)
    tree = webpage.parse_html(hostile)
    webpage.visible_text(tree)
    assert time.perf_counter() - started < 10
