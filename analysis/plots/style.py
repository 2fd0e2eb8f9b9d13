"""The project's chart look: one style file and fixed colours per meaning.

Every notebook calls :func:`use_style` once; every plot helper picks colours from
:data:`COLORS` by meaning, so "against" is the same red and "positive" the same
green in every chart of every notebook.
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import LinearSegmentedColormap

from analysis.core.paths import STYLE_FILE
from analysis.takeaways import shorten

#: Fixed colour per meaning, shared by every chart.
COLORS: dict[str, str] = {
    # stance
    "favor": "#1b7837",
    "against": "#b2182b",
    "neutral": "#8c8c8c",
    # sentiment
    "positive": "#1a9850",
    "negative": "#d73027",
    # who said what
    "direct": "#2166ac",
    "indirect": "#92c5de",
    "mixed": "#5e3c99",
    "narration": "#bababa",
    "quotation": "#2166ac",
    # who is quoted across a corpus (the Gender Gap Tracker's three groups)
    "women": "#c2a5cf",
    "men": "#5aae61",
    "unknown": "#d9d9d9",
    # article structure
    "body": "#a9bcd6",
    "heading": "#dd8452",
    "boilerplate": "#c7c7c7",
    # a single series with no particular meaning
    "accent": "#4c72b0",
}

#: Diverging scales are always drawn with these fixed limits.
DIVERGING_LIMITS = (-1.0, 1.0)


def diverging_cmap(low: str = "against", high: str = "favor") -> LinearSegmentedColormap:
    """A colour map from one meaning's colour through white to another's.

    Heatmaps of stance or tone then use the very colours the bar charts use, so
    "against" is the same red in a matrix as in a bar.
    """
    return LinearSegmentedColormap.from_list(
        f"{low}-{high}", [COLORS[low], "#f7f7f7", COLORS[high]]
    )


#: Stance scores in [-1, 1]: against (red) to favor (green).
DIVERGING_CMAP = diverging_cmap("against", "favor")


def use_style() -> None:
    """Apply the project's style file to every chart drawn afterwards."""
    plt.style.use(STYLE_FILE)
    # Tables hold article text: MathJax must not read a "$5 ... $10" row as math.
    pd.set_option("display.html.use_mathjax", False)
    # A quotation is checked against the article: show it whole, and every row.
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 500)


def escape_label(text: str, max_chars: int | None = None) -> str:
    """Article text made safe for a matplotlib label.

    matplotlib reads ``$...$`` as mathtext, so a dollar amount in a quotation would
    turn into italics or raise; a backslash-escaped dollar is drawn as written.
    Long text is cut to ``max_chars`` with an ellipsis.
    """
    text = " ".join(str(text).split()) if max_chars is None else shorten(text, max_chars)
    return text.replace("\\", "\\\\").replace("$", r"\$")


def get_ax(ax=None, figsize=None):
    """The Axes to draw on: ``ax`` when given, else a new figure's."""
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=figsize or mpl.rcParams["figure.figsize"])
    return ax
