"""The report a person would forward: every notebook run on one article, as HTML pages.

``python -m analysis.report [--out build]`` (``make report``, ``make run``) reads the article
named by ``ARTICLE`` (empty: the seed), executes every notebook on it from a fresh kernel
and writes ``build/<article name>/``:

* ``index.html`` (notebook 00) and one page per notebook, code hidden, with the headline,
  source file name, date and word count on top and links between the pages;
* ``notebooks/``, the executed notebooks; ``tables/``, every table as CSV
  (:func:`analysis.csv_export.export`).

What a reader is sent must hold up on its own: pages load nothing from the network (no
require.js or MathJax from a CDN; they open offline), tables are shown whole, links point
at the ``.html`` pages, and no path of the machine that built it appears anywhere (the
article is named by its file name). Two runs on the same article write the same bytes:
no timings, no dates, no random ids (chart PNGs carry no metadata).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat

from analysis.core.article import Article, load_article
from analysis.core.loading import ArticleError
from analysis.core.paths import PACKAGE_DIR, PROJECT_DIR, article_path
from analysis.csv_export import export
from analysis.display import source_name
from analysis.takeaways import plural

NOTEBOOK_DIR = PROJECT_DIR / "notebooks"
TEMPLATE_DIR = PACKAGE_DIR / "report_template"
#: Metadata a run adds that changes from run to run (timings) or tells nothing to a reader.
_VOLATILE_CELL_METADATA = ("execution", "collapsed", "scrolled")
_LINK = re.compile(r'href="(?:\./)?(\d\d-[\w.-]+?)\.ipynb(#[^"]*)?"')


def report_name(path: str | os.PathLike | None) -> str:
    """The report's folder name: the article file's stem made safe (the seed's when empty).

    Letters, digits, ``.``, ``_`` and ``-`` are kept, any other run of characters becomes
    one ``-``; so ``ARTICLE="my story (v2).txt"`` writes ``build/my-story-v2/``.
    """
    stem = Path(path).stem if path else article_path(None).stem
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")
    return safe[:80] or "article"


def page_name(notebook: Path) -> str:
    """``00-index.ipynb`` is ``index.html``; every other notebook keeps its stem."""
    return "index.html" if notebook.stem.startswith("00-") else f"{notebook.stem}.html"


def notebook_title(notebook: nbformat.NotebookNode, fallback: str) -> str:
    """The text of the notebook's H1 (its first line, ``# ...``)."""
    first = notebook.cells[0].source.splitlines()[0] if notebook.cells else ""
    return first[2:].strip() if first.startswith("# ") else fallback


# ----------------------------------------------------------------------------- executing


def execute(path: Path, timeout: int = 900) -> nbformat.NotebookNode:
    """Run the notebook at ``path`` from a fresh kernel in ``notebooks/``, reproducibly.

    The kernel inherits ``ARTICLE`` and ``TARGET`` from this process. Timings are not
    recorded and run-specific metadata is dropped, so the same input gives the same file.
    """
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=timeout,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    return clean(notebook)


def clean(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what changes between runs: cell timings and widget state."""
    for cell in notebook.cells:
        for key in _VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
    notebook.metadata.pop("widgets", None)
    notebook.metadata.pop("papermill", None)
    return notebook


def errors(notebook: nbformat.NotebookNode) -> list[str]:
    """``name: value`` of every error output."""
    return [
        f"{output.ename}: {output.evalue}"
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.output_type == "error"
    ]


# ----------------------------------------------------------------------------- HTML


@dataclass(frozen=True)
class Page:
    """One page of the report: its file name and its title."""

    file: str
    title: str


def _banner(article: Article, pages: list[Page], current: str) -> str:
    """Headline, source file name, date, word count and links to every page."""
    facts = " · ".join(
        [
            f"source: {source_name(article)}",
            f"date: {article.date.isoformat() if article.date else 'not found'}",
            plural(len(article.words), "word") + " in the body",
        ]
    )
    links = "".join(
        f'<span class="current">{html.escape(page.title)}</span>'
        if page.file == current
        else f'<a href="{html.escape(page.file, quote=True)}">{html.escape(page.title)}</a>'
        for page in pages
    )
    headline = html.escape(article.title or "(no headline found)")
    return (
        '<header class="report-banner tex2jax_ignore mathjax_ignore">'
        f'<div class="headline">{headline}</div><div class="facts">{html.escape(facts)}</div>'
        f"<nav>{links}</nav></header>"
    )


def _footer(tables: list[str]) -> str:
    links = "".join(
        f'<a href="tables/{html.escape(name, quote=True)}">{html.escape(name)}</a>'
        for name in tables
    )
    return (
        '<footer class="report-footer">Every table of this report, as CSV with offsets into '
        f"the article text: {links}</footer>"
    )


def _without_header_output(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy without the notebook's own article header: the page banner shows it."""
    copy = nbformat.from_dict(notebook)
    for cell in copy.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                o for o in cell.get("outputs", []) if "article-header" not in str(o.get("data", {}))
            ]
    return copy


def to_html(notebook: nbformat.NotebookNode, title: str, banner: str, footer: str) -> str:
    """The notebook as a report page: outputs and prose only, nothing from the network."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="report",
        extra_template_basedirs=[str(TEMPLATE_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    page = _without_header_output(notebook)
    page.metadata["title"] = title
    body, _ = exporter.from_notebook_node(
        page, resources={"report_banner": banner, "report_footer": footer}
    )
    return _LINK.sub(lambda m: f'href="{_page_of(m.group(1))}{m.group(2) or ""}"', body)


def _page_of(stem: str) -> str:
    return "index.html" if stem.startswith("00-") else f"{stem}.html"


# ----------------------------------------------------------------------------- the report


def build_report(
    article: str | os.PathLike | None = None,
    out: str | os.PathLike = "build",
    notebooks: list[Path] | None = None,
    timeout: int = 900,
) -> Path:
    """Execute ``notebooks`` (default: all) on ``article`` and write the report; its folder.

    Raises :class:`~analysis.core.loading.ArticleError` for an article that cannot be read
    and ``RuntimeError`` naming the notebook when one fails.
    """
    path = Path(article).expanduser().resolve() if article else None
    loaded = load_article(path)  # a bad file stops here, in one sentence
    folder = Path(out) / report_name(path)
    (folder / "notebooks").mkdir(parents=True, exist_ok=True)
    written = export(loaded, folder / "tables")
    paths = notebooks or sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))
    previous = os.environ.get("ARTICLE")
    os.environ["ARTICLE"] = str(path) if path else ""
    try:
        executed = {p: execute(p, timeout) for p in paths}
    finally:
        if previous is None:
            os.environ.pop("ARTICLE", None)
        else:
            os.environ["ARTICLE"] = previous
    pages = [Page(page_name(p), notebook_title(nb, p.stem)) for p, nb in executed.items()]
    footer = _footer([f.name for f in written if f.suffix == ".csv"])
    for (source, notebook), page in zip(executed.items(), pages, strict=True):
        failed = errors(notebook)
        nbformat.write(notebook, folder / "notebooks" / source.name)
        if failed:
            raise RuntimeError(f"{source.name} failed on {source_name(loaded)}: {failed[0]}")
        title = f"{page.title} · {loaded.title or source_name(loaded)}"
        body = to_html(notebook, title, _banner(loaded, pages, page.file), footer)
        (folder / page.file).write_text(body, encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m analysis.report", description=__doc__.split("\n")[0]
    )
    parser.add_argument("article", nargs="?", help="the article (default: $ARTICLE, else the seed)")
    parser.add_argument("--out", default="build", help="folder the report folder goes in")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per cell")
    args = parser.parse_args(argv)
    chosen = args.article or os.environ.get("ARTICLE") or None
    try:
        folder = build_report(chosen, args.out, timeout=args.timeout)
    except (ArticleError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"Report: {folder / 'index.html'} (executed notebooks in notebooks/, tables in tables/)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
