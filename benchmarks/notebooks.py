"""Time the import of `analysis` and the headless execution of every notebook.

Usage: python benchmarks/notebooks.py [--repeat N]

Each figure is the median of N runs (default 1 for notebooks, 5 for the import), each in a
fresh process or kernel, as `make run` executes them. Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

PROJECT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = PROJECT / "notebooks"


def time_import(repeat: int) -> float:
    """Seconds to `import analysis` in a fresh interpreter (NLTK data already built)."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import analysis"], check=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def time_notebook(path: Path, repeat: int) -> float:
    """Seconds to execute one notebook from a fresh kernel, kernel start included."""
    runs = []
    for _ in range(repeat):
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(
            notebook, kernel_name="python3", timeout=900,
            resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
        )  # fmt: skip
        start = time.perf_counter()
        client.execute()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    print("| step | seconds |")
    print("|---|---|")
    print(f"| `import analysis` (fresh interpreter) | {time_import(5):.2f} |")
    total = 0.0
    for path in sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb")):
        seconds = time_notebook(path, args.repeat)
        total += seconds
        print(f"| {path.name} | {seconds:.1f} |")
    print(f"| all notebooks | {total:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
