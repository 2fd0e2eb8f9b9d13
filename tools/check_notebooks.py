"""Check that every notebook follows the project's conventions (docs/CONTRIBUTING.md).

Usage: python tools/check_notebooks.py [notebook ...]   (default: notebooks/*.ipynb)
Exits 1 and lists the problems when a notebook breaks a rule.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
CHART_CALL = re.compile(r"\b(?:charts?|plots?|[a-z_]+_plots)\.plot_\w+\(|\.plot_\w+\(|plt\.")
#: A chart is shown through analysis.plots.figure.chart(ax, takeaway): the takeaway is its
#: caption and its alt text (nbconvert takes no alt text from a bare PNG output).
CHART_WITH_TAKEAWAY = re.compile(r"^\s*chart\(", re.M)
#: A cell ending in the bare Article shows its repr, which holds the file's full path.
BARE_ARTICLE = re.compile(r"\n\s*article\s*;?\s*$")
FORBIDDEN = (
    ("nltk.download", "never download NLTK data"),
    ("matplotlib.use(", "never force a matplotlib backend"),
    ("MPLBACKEND", "never force a matplotlib backend"),
)
MAX_CODE_LINES = 15


def problems(path: Path) -> list[str]:
    notebook = nbformat.read(path, as_version=4)
    cells = notebook.cells
    found: list[str] = []
    if not cells or cells[0].cell_type != "markdown" or not cells[0].source.startswith("# "):
        found.append("the first cell must be markdown starting with an H1 title")
    elif len(cells[0].source.strip().splitlines()) < 3:
        found.append("the title cell needs a short lead paragraph under the H1")
    parameters = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
    if len(parameters) != 1:
        found.append("exactly one code cell must be tagged 'parameters'")
    elif 'ARTICLE = os.environ.get("ARTICLE", "")' not in parameters[0].source:
        found.append("the parameters cell must read ARTICLE from the environment")
    elif cells.index(parameters[0]) > 3:
        found.append("the parameters cell must come right after the introduction")
    for number, cell in enumerate(cells):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs") or cell.get("execution_count"):
            found.append(f"cell {number}: committed with outputs (run nbstripout)")
        if len(cell.source.splitlines()) > MAX_CODE_LINES:
            found.append(
                f"cell {number}: more than {MAX_CODE_LINES} lines; move logic to analysis/"
            )
        for needle, why in FORBIDDEN:
            if needle in cell.source:
                found.append(f"cell {number}: contains {needle!r}: {why}")
        if CHART_CALL.search(cell.source) and not CHART_WITH_TAKEAWAY.search(cell.source):
            found.append(
                f"cell {number}: a chart not shown with chart(ax, takeaway) "
                "(its takeaway is the caption and the alt text)"
            )
        if BARE_ARTICLE.search("\n" + cell.source):
            found.append(
                f"cell {number}: shows the bare Article (its repr has the file's full path); "
                "show article_header(article)"
            )
    return found


def main(paths: list[str]) -> int:
    notebooks = [Path(p) for p in paths] or sorted(NOTEBOOK_DIR.glob("*.ipynb"))
    failed = 0
    for path in notebooks:
        for problem in problems(path):
            print(f"{path.name}: {problem}")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
