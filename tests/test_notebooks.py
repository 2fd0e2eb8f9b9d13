"""Every notebook executes headless from a fresh kernel, draws its charts and follows the rules."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from analysis.core.paths import PROJECT_DIR

NOTEBOOK_DIR = PROJECT_DIR / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))


def test_there_are_notebooks_and_the_index_links_them_all():
    names = [p.name for p in NOTEBOOKS]
    assert names[0] == "00-index.ipynb" and "01-article.ipynb" in names
    index = nbformat.read(NOTEBOOK_DIR / "00-index.ipynb", as_version=4)
    links = "\n".join(c.source for c in index.cells if c.cell_type == "markdown")
    for name in names[1:]:
        assert f"]({name})" in links, f"00-index.ipynb does not link {name}"


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_with_charts_and_no_errors(path, tmp_path):
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=900,
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    errors = [o for o in outputs if o.output_type == "error"]
    assert not errors, f"{path.name}: {errors[0].ename}: {errors[0].evalue}"
    stderr = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert not any("Traceback" in text for text in stderr), stderr
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, f"{path.name} produced no image/png output"
    nbformat.write(notebook, tmp_path / path.name)  # executed copy, for a look when it fails


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
