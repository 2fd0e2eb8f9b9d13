"""The project's chart look: one style file and fixed colours per meaning.

Every notebook calls :func:`use_style` once; every plot helper picks colours from
:data:`COLORS` by meaning, so "against" is the same vermillion and "positive" the same
teal in every chart of every notebook.
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import LinearSegmentedColormap

from analysis.core.paths import STYLE_FILE
from analysis.takeaways import shorten

#: Fixed colour per meaning, shared by every chart and every highlighted view. Pairs read
#: side by side (favor/against, positive/negative, the kinds of attribution, the framings)
#: stay apart under protanopia and deuteranopia (tests/test_plots.py simulates both with
#: Machado et al. 2009): stance is blue/vermillion (Okabe & Ito 2008), tone teal/brown
#: (ColorBrewer BrBG), and favour, positive and endorsing are three different colours.
COLORS: dict[str, str] = {
    # stance
    "favor": "#0072b2",
    "against": "#d55e00",
    "neutral": "#999999",
    # sentiment (tone); a neutral sentence takes "neutral"
    "positive": "#01665e",
    "negative": "#8c510a",
    # who said what
    "direct": "#2166ac",
    "indirect": "#67a9cf",
    "mixed": "#aa3377",
    "narration": "#d9d9d9",
    "quotation": "#2166ac",
    "paraphrase": "#67a9cf",
    # how a reporting verb frames its speaker
    "endorsing": "#56b4e9",
    "distancing": "#e69f00",
    "conceding": "#332288",
    "speech_act_affect": "#882255",
    "other": "#dddddd",
    # gender of sources, one colour each in every notebook (Paul Tol's muted scheme, colour-blind
    # safe; no pink/blue coding); "women"/"men" are the corpus tables' names for the same groups
    "female": "#cc6677",
    "male": "#117733",
    "women": "#cc6677",
    "men": "#117733",
    "unknown": "#cccccc",
    # article structure
    "body": "#a9bcd6",
    "heading": "#dd8452",
    "boilerplate": "#e0e0e0",
    # a row with too little text to read (rates, grades of a few words)
    "few": "#bdbdbd",
    # a single series with no particular meaning
    "accent": "#4c72b0",
}

#: Below this many words, a voice's rates and grades are shown greyed out: one marker
#: in ten words is 10 per 100 words, as strong a colour as a real pattern in 500 words.
FEW_WORDS = 50

#: Diverging scales are always drawn with these fixed limits.
DIVERGING_LIMITS = (-1.0, 1.0)


def diverging_cmap(low: str = "against", high: str = "favor") -> LinearSegmentedColormap:
    """A colour map from one meaning's colour through white to another's.

    Heatmaps of stance or tone then use the very colours the bar charts use, so
    "against" is the same vermillion in a matrix as in a bar.
    """
    return LinearSegmentedColormap.from_list(
        f"{low}-{high}", [COLORS[low], "#f7f7f7", COLORS[high]]
    )


#: Stance scores in [-1, 1]: against (vermillion) to favor (blue).
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


def stacked_barh(ax, table: pd.DataFrame, columns, height: float = 0.7):
    """One horizontal bar per row of ``table``, its ``columns`` stacked left to right.

    Each column is drawn in its colour of :data:`COLORS` and labelled for the legend;
    returns the right end of every bar (the row totals), for annotations and limits.
    """
    y = np.arange(len(table))
    left = np.zeros(len(table))
    for column in columns:
        values = table[column].to_numpy(dtype=float)
        ax.barh(y, values, left=left, color=COLORS[column], label=column, height=height)
        left += values
    return left


def get_ax(ax=None, figsize=None):
    """The Axes to draw on: ``ax`` when given, else a new figure's."""
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=figsize or mpl.rcParams["figure.figsize"])
    return ax


def percent(value: float) -> str:
    """A share as a percentage that does not round to a wrong figure: 0.025 is "2.5%".

    Whole percentages are shown whole; other values keep the decimals they need
    (up to two), so a 2.5% tick is never labelled "2%" (or "3%").
    """
    scaled = 100 * float(value)
    for decimals in (0, 1, 2):
        if abs(round(scaled, decimals) - scaled) < 1e-9:
            break
    return f"{scaled:.{decimals}f}%"


def percent_axis(axis) -> None:
    """Label an axis (``ax.xaxis``) of shares 0..1 with :func:`percent`."""
    axis.set_major_formatter(lambda value, _position: percent(value))
