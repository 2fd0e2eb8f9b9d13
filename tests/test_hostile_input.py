"""Hostile input: article text never becomes markup, and make never interprets a file name."""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser

import nbformat
import pytest
from nbclient import NotebookClient
from nbconvert import HTMLExporter

from analysis.core.paths import PROJECT_DIR
from analysis.takeaways import note, takeaway

HOSTILE = PROJECT_DIR / "tests" / "data" / "hostile_article.txt"
NOTEBOOKS = sorted((PROJECT_DIR / "notebooks").glob("[0-9][0-9]-*.ipynb"))
PAYLOAD = "PWNED"


class _LiveMarkup(HTMLParser):
    """Collects every place where the article's payload became markup, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag in {"script", "style"}
        for name, value in attrs:
            if PAYLOAD in (value or "") or (value or "").strip().lower().startswith("javascript:"):
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


@pytest.mark.parametrize("helper", [takeaway, note])
def test_takeaways_escape_article_text(helper):
    shown = helper(
        'He said "<script>window.PWNED=1</script>" and [x](javascript:PWNED) for $5'
    )._repr_html_()
    live, text = _live_markup(shown)
    assert live == []
    assert "<script>window.PWNED=1</script>" in text
    assert "mathjax_ignore" in shown


@pytest.mark.notebooks
def test_every_notebook_renders_a_hostile_article_as_text(monkeypatch, tmp_path):
    monkeypatch.setenv("ARTICLE", str(HOSTILE))
    exporter = HTMLExporter()
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(
            notebook,
            kernel_name="python3",
            timeout=600,
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        errors = [
            o
            for c in notebook.cells
            if c.cell_type == "code"
            for o in c.outputs
            if o.output_type == "error"
        ]
        assert not errors, f"{path.name}: {errors[0].ename}: {errors[0].evalue}"
        page, _ = exporter.from_notebook_node(notebook)
        (tmp_path / f"{path.stem}.html").write_text(page, encoding="utf-8")
        live, _text = _live_markup(page)
        assert live == [], f"{path.name} turned article text into markup: {live[:3]}"
    # The payload reached the pages, as text: the check above had something to find.
    _live, text = _live_markup((tmp_path / "02-who-said-what.html").read_text(encoding="utf-8"))
    assert "[our page](javascript:window.PWNED_C=1)" in text


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
