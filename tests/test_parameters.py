"""Notebooks take the article as a parameter: from papermill or from the environment."""

from __future__ import annotations

import nbformat
import papermill
import pytest

from analysis.core.paths import PROJECT_DIR

OTHER_ARTICLE = (
    "Council Delays Budget Vote\n\n"
    "The city council delayed its budget vote on Tuesday after a long debate.\n\n"
    "“We are not ready,” said Mayor Ana Ruiz, the council's chair. “We need a week.”\n\n"
    "Critics said the delay would cost the city money.\n"
)


@pytest.mark.notebooks
def test_papermill_parameter_reaches_the_notebook(tmp_path):
    article = tmp_path / "other.txt"
    article.write_text(OTHER_ARTICLE, encoding="utf-8")
    output = tmp_path / "out.ipynb"
    papermill.execute_notebook(
        str(PROJECT_DIR / "notebooks" / "01-article.ipynb"),
        str(output),
        parameters={"ARTICLE": str(article)},
        kernel_name="python3",
        cwd=str(PROJECT_DIR / "notebooks"),
        progress_bar=False,
    )
    executed = nbformat.read(output, as_version=4)
    text = "\n".join(
        str(o.get("data", {}).get("text/plain", ""))
        + str(o.get("data", {}).get("text/markdown", ""))
        for cell in executed.cells
        if cell.cell_type == "code"
        for o in cell.outputs
    )
    assert "Council Delays Budget Vote" in text  # the title of the article we passed
    assert "other.txt" in text
    assert str(tmp_path) not in text  # the file's name, never the machine's folders
    assert "NATO" not in text  # nothing from the seed
