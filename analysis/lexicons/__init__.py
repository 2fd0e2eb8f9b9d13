"""The project's word lists: package data read through one cached loader.

Every word list the analyses use lives here as a TSV file (a header row, tab-separated,
each entry with its source; ``README.md`` lists them) or, for stop words, words separated by
whitespace with ``#`` comment lines. Code asks this module for a list by name and never writes one again.

    from analysis import lexicons
    lexicons.rows("titles")                      # tuple of dicts, one per row
    lexicons.entries("body_nouns")               # frozenset of the ``entry`` column
    lexicons.words("stopwords")                  # a plain word list
    lexicons.reporting_forms()                   # every inflected reporting-verb form
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """The file of lexicon ``name`` (``titles`` → ``titles.tsv``)."""
    for candidate in (DIRECTORY / name, DIRECTORY / f"{name}.tsv", DIRECTORY / f"{name}.txt"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no lexicon named {name!r} in {DIRECTORY}")


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """Every row of a TSV lexicon as a dict keyed by the header (read once per process)."""
    with open(path(name), encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t"))


@cache
def entries(name: str, column: str = "entry") -> frozenset[str]:
    """The values of one column of a TSV lexicon."""
    return frozenset(row[column] for row in rows(name))


@cache
def words(name: str) -> frozenset[str]:
    """A plain word list (``stopwords.txt``): whitespace-separated words, ``#`` lines dropped."""
    text = path(name).read_text(encoding="utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


@cache
def reporting_forms() -> frozenset[str]:
    """Every inflected form of every reporting verb (``reporting_verbs.tsv``), lower case."""
    return frozenset(f.lower() for row in rows("reporting_verbs") for f in row["forms"].split())
