"""The package's shape: no import cycles, small functions, every word list in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from analysis import lexicons
from analysis.core.paths import PACKAGE_DIR

MODULES = {
    ".".join(("analysis", *p.relative_to(PACKAGE_DIR).with_suffix("").parts)).removesuffix(
        ".__init__"
    ): p
    for p in sorted(PACKAGE_DIR.rglob("*.py"))
}
MAX_LINES = 120


def _imports(module: str, path: Path) -> set[str]:
    """Modules of the package that ``module`` imports, at top level or inside functions."""
    found = set()
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # imports for type hints only (``if TYPE_CHECKING:``) never run
    hints = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if id(node) in hints:
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + [base]
                ).rstrip(".")
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            # the deepest package module the name refers to
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


GRAPH = {module: _imports(module, path) for module, path in MODULES.items()}


def _cycle_from(start: str) -> list[str] | None:
    # Each module is entered once: a cycle through ``start`` exists exactly when ``start``
    # can be reached again, and following every simple path instead grows exponentially
    # with the modules (over 10^9 paths once the package has 170 modules).
    stack, seen = [(start, [start])], {start}
    while stack:
        node, path = stack.pop()
        for nxt in GRAPH[node]:
            if nxt == start:
                return path + [start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, path + [nxt]))
    return None


def test_the_import_graph_has_no_cycle():
    # A module always runs its own packages' __init__ first: an edge up to an ancestor
    # package is how Python imports work, not a cycle of the design.
    for module in GRAPH:
        GRAPH[module] = {m for m in GRAPH[module] if not module.startswith(m + ".")}
    cycles = [c for c in map(_cycle_from, GRAPH) if c]
    assert not cycles, " -> ".join(cycles[0])


def test_the_graph_sees_imports_inside_functions():
    assert "analysis.core.offline" in GRAPH["analysis.readability.syllable_counts"]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_function_or_class_is_longer_than_about_120_lines(module):
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        and node.end_lineno - node.lineno + 1 > MAX_LINES
    ]
    assert not long, long


def _lexicon_words() -> dict[str, frozenset[str]]:
    words = {}
    for path in lexicons.DIRECTORY.iterdir():
        if path.suffix == ".tsv":
            rows = lexicons.rows(path.stem)
            column = "entry" if rows and "entry" in rows[0] else None
            if column:
                words[path.stem] = frozenset(r[column].lower() for r in rows)
            elif rows and "forms" in rows[0]:
                words[path.stem] = frozenset(f.lower() for r in rows for f in r["forms"].split())
        elif path.suffix == ".txt":
            words[path.stem] = lexicons.words(path.stem)
    return words


def _word_lists_in_code(path: Path):
    """Literal collections of five or more lowercase words, and split() word strings."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        items = None
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            strings = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            if len(strings) == len(node.elts):
                items = strings
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split" and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):  # fmt: skip
            items = node.func.value.value.split()
        if items and len(items) >= 5 and all(i.isalpha() and i.islower() for i in items):
            yield node.lineno, frozenset(items)


def test_no_word_list_is_written_both_in_code_and_in_a_lexicon():
    known = _lexicon_words()
    doubled = []
    for module, path in MODULES.items():
        for line, items in _word_lists_in_code(path):
            for name, entries in known.items():
                shared = items & entries
                if len(shared) >= 5 and len(shared) >= 0.6 * len(items):
                    doubled.append(f"{module}:{line} repeats {len(shared)} words of {name}")
    assert not doubled, doubled
