"""Hostile input: article text never becomes markup, and make never interprets a file name."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from report_checks import report_problems

from analysis.core.article import load_article
from analysis.core.paths import PROJECT_DIR
from analysis.report import build_report
from analysis.takeaways import note, takeaway

HOSTILE = PROJECT_DIR / "tests" / "data" / "hostile_article.txt"
NOTEBOOKS = sorted((PROJECT_DIR / "notebooks").glob("[0-9][0-9]-*.ipynb"))
PAYLOAD = "PWNED"
#: Tags that run or embed something: none belongs in a page of article text.
LIVE_TAGS = {"script", "iframe", "object", "embed"}
#: Attributes whose value a browser shows as text (hover titles, alt text).
TEXT_ATTRIBUTES = {"title", "alt"}


class _LiveMarkup(HTMLParser):
    """Collects every place where the article's payload became markup, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag in {"script", "style"}
        if tag in LIVE_TAGS:
            self.live.append(f"<{tag}> tag")
        for name, value in attrs:
            value = value or ""
            # Article text may sit in a title or alt attribute, as text; in an attribute that
            # loads or runs something it is live. A broken escape shows up as a new tag or an
            # on... attribute, which are caught whatever their value.
            if (
                (PAYLOAD in value and name.lower() not in TEXT_ATTRIBUTES)
                or value.strip().lower().startswith("javascript:")
                or name.lower().startswith("on")
            ):
                self.live.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and PAYLOAD in data:
            self.live.append(f"script text: {data[:80]!r}")
        elif not self._in_script:
            self.text.append(data)


def _live_markup(page: str) -> tuple[list[str], str]:
    parser = _LiveMarkup()
    parser.feed(page)
    return parser.live, "".join(parser.text)


def test_the_checker_finds_live_markup():
    live, _ = _live_markup('<p>ok</p><img src=x onerror="window.PWNED=1"><a href="javascript:x">')
    assert len(live) == 2
    live, _ = _live_markup('<p onclick="x()">ok</p><iframe src="page.html"></iframe>')
    assert len(live) == 2
    live, _ = _live_markup('<span title="&lt;script&gt;PWNED">x</span><a href="PWNED.html">')
    assert live == ["<a href='PWNED.html'>"]
    live, _ = _live_markup('<span title="a"><script>PWNED</script>">x</span>')  # a broken escape
    assert live


@pytest.mark.parametrize("helper", [takeaway, note])
def test_takeaways_escape_article_text(helper):
    shown = helper(
        'He said "<script>window.PWNED=1</script>" and [x](javascript:PWNED) for $5'
    )._repr_html_()
    live, text = _live_markup(shown)
    assert live == []
    assert "<script>window.PWNED=1</script>" in text
    assert "mathjax_ignore" in shown


#: A file name that is itself markup: it reaches the banner, the headers and article.json.
HOSTILE_NAME = 'story"><img src=x onerror=window.PWNED_NAME=1>.txt'


@pytest.mark.notebooks
def test_the_report_of_a_hostile_article_shows_it_as_text(monkeypatch, tmp_path):
    """Every page of the report (``make report``) keeps the article's markup as text."""
    article = tmp_path / "in" / HOSTILE_NAME
    article.parent.mkdir()
    shutil.copy(HOSTILE, article)
    monkeypatch.delenv("TARGET", raising=False)
    folder = build_report(article, tmp_path / "build")
    pages = sorted(folder.glob("*.html"))
    assert len(pages) == len(NOTEBOOKS)
    forbidden = [str(tmp_path), str(PROJECT_DIR)]
    for page_path in pages:
        page = page_path.read_text(encoding="utf-8")
        live, text = _live_markup(page)
        assert live == [], f"{page_path.name} turned article text into markup: {live[:3]}"
        assert report_problems(page, forbidden) == [], page_path.name
        assert HOSTILE_NAME in text, f"{page_path.name} does not name the file"
    # The payloads reached the pages, as text: the checks above had something to find.
    _live, text = _live_markup((folder / "02-who-said-what.html").read_text(encoding="utf-8"))
    assert "[our page](javascript:window.PWNED_C=1)" in text
    # Every paragraph carrying a payload is in the article view whole, as text (whether the
    # loader kept the tags as text or read the file as a page and decoded its entities).
    loaded = load_article(article)
    hostile = [p for p in loaded.paragraphs["text"] if PAYLOAD in p]
    assert hostile
    for paragraph in hostile:
        assert paragraph in text, paragraph
    assert "$5 hole in a $10 bucket" in text and "**thrilled**" in text
    for table in (folder / "tables").iterdir():
        assert str(tmp_path) not in table.read_text(encoding="utf-8"), table.name


@pytest.mark.parametrize(
    "name",
    ["a`touch PWNED`.txt", "price$5.txt", "one article at a time.txt", 'it\'s "quoted".txt'],
)
def test_make_check_takes_a_file_name_as_data(tmp_path, name):
    article = tmp_path / name
    shutil.copy(HOSTILE, article)
    for how in ("command line", "environment"):
        args = ["make", "-s", "-C", str(PROJECT_DIR), "check"]
        env = None
        if how == "command line":
            args.append(f"ARTICLE={article}")
        else:
            env = {**os.environ, "ARTICLE": str(article)}
        result = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp_path)
        assert result.returncode == 0, f"{how}: {result.stderr}"
        assert result.stdout.startswith(f"{article}:"), result.stdout
    assert not (tmp_path / "PWNED").exists() and not (PROJECT_DIR / "PWNED").exists()


def test_make_check_names_a_missing_file_in_one_sentence(tmp_path):
    missing = tmp_path / "no such $file.txt"
    result = subprocess.run(
        ["make", "-s", "-C", str(PROJECT_DIR), "check", f"ARTICLE={missing}"],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert f"error: {missing}: no such file." in result.stderr


def test_the_check_says_when_an_article_has_nothing_to_analyse(tmp_path):
    empty = tmp_path / "marks only.txt"
    empty.write_text("!!! ???\n\n“ ” “ ”\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "analysis", str(empty)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"error: {empty}: has no words to analyse (only punctuation, quotation marks or symbols)."
    )
