"""Every notebook executes headless from a fresh kernel, draws its charts and follows the rules;
the report built from them is one a person can forward.

The seed's report is built once (``analysis.report.build_report``, what ``make report``
runs): the per-notebook checks read its executed notebooks, the report checks its pages.
"""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest
from report_checks import report_problems

from analysis.core.paths import PROJECT_DIR, default_article
from analysis.report import build_report, page_name, report_name

NOTEBOOK_DIR = PROJECT_DIR / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))
SEED = default_article()


def test_there_are_notebooks_and_the_index_links_them_all():
    names = [p.name for p in NOTEBOOKS]
    assert names[0] == "00-index.ipynb" and "01-article.ipynb" in names
    index = nbformat.read(NOTEBOOK_DIR / "00-index.ipynb", as_version=4)
    links = "\n".join(c.source for c in index.cells if c.cell_type == "markdown")
    for name in names[1:]:
        assert f"]({name})" in links, f"00-index.ipynb does not link {name}"


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, monkeypatch_module):
    monkeypatch_module.delenv("ARTICLE", raising=False)
    monkeypatch_module.delenv("TARGET", raising=False)
    return build_report(None, tmp_path_factory.mktemp("build"), timeout=900)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_with_charts_and_no_errors(path, seed_report):
    notebook = nbformat.read(seed_report / "notebooks" / path.name, as_version=4)
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    errors = [o for o in outputs if o.output_type == "error"]
    assert not errors, f"{path.name}: {errors[0].ename}: {errors[0].evalue}"
    stderr = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert not stderr, f"{path.name} wrote to stderr: {stderr[0][:300]}"
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    if path.stem != "00-index":
        assert images, f"{path.name} produced no image/png output"
    for image in images:  # every chart is shown with its takeaway as alt text
        assert 'alt="' in image.data.get("text/html", ""), f"{path.name}: a chart without alt"


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_report_page_is_fit_to_forward(path, seed_report):
    page = (seed_report / page_name(path)).read_text(encoding="utf-8")
    forbidden = [str(PROJECT_DIR), str(SEED.parent), str(seed_report.parent)]
    assert report_problems(page, forbidden) == []
    assert "report-banner" in page and SEED.name in page  # headline, file name, date, words
    for other in NOTEBOOKS:
        assert f'href="{page_name(other)}"' in page or page_name(other) == page_name(path)


@pytest.mark.notebooks
def test_report_folder_holds_pages_notebooks_and_tables(seed_report):
    assert seed_report.name == report_name(None) == SEED.stem
    assert (seed_report / "index.html").exists()
    assert (seed_report / "tables" / "quotes.csv").exists()
    assert (seed_report / "tables" / "article.json").exists()
    index = (seed_report / "index.html").read_text(encoding="utf-8")
    assert 'href="02-who-said-what.html"' in index and 'href="tables/quotes.csv"' in index


@pytest.mark.notebooks
def test_a_second_run_writes_the_same_bytes(seed_report, tmp_path, monkeypatch):
    monkeypatch.delenv("ARTICLE", raising=False)
    charts = NOTEBOOK_DIR / "01-article.ipynb"  # charts, tables and the article's metadata
    again = build_report(None, tmp_path, notebooks=[charts])
    executed = "notebooks/" + charts.name
    assert (again / executed).read_bytes() == (seed_report / executed).read_bytes()
    for table in (seed_report / "tables").iterdir():
        assert (again / "tables" / table.name).read_bytes() == table.read_bytes(), table.name


def test_report_names_are_safe_file_stems():
    assert report_name("/x/y/my story (v2).txt") == "my-story-v2"
    assert report_name("../../etc/passwd") == "passwd"
    assert report_name("/tmp/<script>.html") == "script"
    assert report_name("/tmp/$$$.txt") == "article"


def test_notebooks_follow_the_conventions():
    result = subprocess.run(
        [sys.executable, str(PROJECT_DIR / "tools" / "check_notebooks.py")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_committed_notebooks_have_no_outputs():
    result = subprocess.run(
        [sys.executable, "-m", "nbstripout", "--verify", *map(str, NOTEBOOKS)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
