"""What every report page must hold to: checks shared by the seed and hostile report tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser

STYLE = re.compile(r"<style\b.*?</style>", re.S | re.I)
EXTERNAL = re.compile(r"^\s*(?:https?:)?//", re.I)
CSS_IMPORT = re.compile(r"url\(\s*['\"]?\s*(?:https?:)?//|@import", re.I)
#: Markers of a code cell's input in nbconvert's lab template.
CODE_MARKERS = ("jp-InputPrompt", "jp-CodeMirrorEditor", 'class="highlight', "In&nbsp;[")
#: Lines of the notebooks' code that must not reach a reader.
CODE_LINES = ("import analysis", "use_style()", "os.environ.get(")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)


def report_problems(page: str, forbidden: list[str]) -> list[str]:
    """Everything wrong with one report page; ``forbidden`` are strings that must not appear
    (the machine's paths)."""
    found = []
    parser = _Tags()
    parser.feed(page)
    for tag, attrs in parser.tags:
        if tag == "script":
            found.append(f"a <script> tag: {attrs}")
        for name in ("src", "href"):
            if EXTERNAL.match(attrs.get(name) or ""):
                found.append(f"<{tag} {name}={attrs[name]!r}> loads from the network")
        if tag == "a" and (attrs.get("href") or "").split("#")[0].endswith(".ipynb"):
            found.append(f"a link to a notebook: {attrs['href']}")
    if CSS_IMPORT.search(page):
        found.append("CSS imports from elsewhere")
    # The stylesheet names the input classes; only the markup must be free of them.
    markup = STYLE.sub("", page)
    found += [f"code cell input ({m})" for m in CODE_MARKERS if m in markup]
    found += [f"notebook code shown: {line!r}" for line in CODE_LINES if line in markup]
    if "No description has been provided" in page:
        found.append("an image without alt text")
    found += [f"the machine's path {p!r}" for p in forbidden if p and p in page]
    if not "".join(parser.title).strip():
        found.append("no <title>")
    return found


def test_the_report_checks_can_fail():
    page = (
        '<html><head><title>x</title><script src="https://cdn/x.js"></script></head>'
        '<body><a href="01-article.ipynb">next</a><div class="jp-InputPrompt">In&nbsp;[1]:</div>'
        "<pre>import analysis</pre><img src='data:,' alt='No description has been provided'>"
        "/home/me/story.txt</body></html>"
    )
    problems = report_problems(page, ["/home/me"])
    assert len(problems) >= 7, problems
    assert report_problems("<html><head><title>x</title></head><body>ok</body></html>", []) == []
