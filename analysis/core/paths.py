"""Where the project's files are, resolved from the package rather than the working directory.

Notebook runners start kernels in different folders, so nothing here depends on
``os.getcwd()``. Everything the analyses read (lexicons, fitted resources, the seed
article) is package data, so an installed wheel works outside the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
PROJECT_DIR = PACKAGE_DIR.parent
LEXICON_DIR = PACKAGE_DIR / "lexicons"
RESOURCE_DIR = PACKAGE_DIR / "resources"
SEEDS_DIR = RESOURCE_DIR / "seeds"
STYLE_FILE = PACKAGE_DIR / "plots" / "analysis.mplstyle"


def in_checkout() -> bool:
    """True when the package runs from the project's checkout (not an installed wheel)."""
    return (PROJECT_DIR / "pyproject.toml").exists() and (PROJECT_DIR / "notebooks").is_dir()


def nltk_data_dir() -> Path:
    """The folder the project keeps its offline NLTK data in.

    ``ANALYSIS_NLTK_DATA`` overrides it; in a checkout it is ``data/nltk_data``
    (git-ignored), elsewhere a cache folder under the user's cache directory.
    """
    override = os.environ.get("ANALYSIS_NLTK_DATA")
    if override:
        return Path(override).expanduser().resolve()
    if in_checkout():
        return PROJECT_DIR / "data" / "nltk_data"
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache / "news-analysis" / "nltk_data"


def default_article() -> Path:
    """The article the notebooks read when no ``ARTICLE`` is given: the first seed."""
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    if not seeds:
        raise FileNotFoundError(f"No seed article in {SEEDS_DIR}; set ARTICLE to a text file.")
    return seeds[0]


def article_path(value: str | os.PathLike | None = None) -> Path:
    """The article to analyse: ``value``, else the ``ARTICLE`` environment variable, else the seed."""
    chosen = value or os.environ.get("ARTICLE")
    return Path(chosen).expanduser() if chosen else default_article()
