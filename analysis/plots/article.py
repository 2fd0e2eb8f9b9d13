"""Charts of the article at a glance. Each takes ``ax=None`` and returns the Axes."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from analysis.plots.style import COLORS, escape_label, get_ax


def plot_paragraph_map(summary: pd.DataFrame, ax=None):
    """Paragraphs top to bottom as bars of their word count, coloured by kind.

    The darker part of each body bar is the share of its words in quotation marks; a
    heading or boilerplate bar keeps its own colour (a headline in quotation marks must
    still read as a heading), and the legend sits outside the bars.
    ``summary`` is :func:`analysis.core.overview.paragraph_summary`.
    """
    ax = get_ax(ax, figsize=(9, max(3.0, 0.22 * len(summary) + 1)))
    y = summary["paragraph"].to_numpy()
    words = summary["words"].to_numpy()
    colors = [COLORS[k] for k in summary["kind"]]
    ax.barh(y, words, color=colors, height=0.8)
    is_body = summary["kind"].eq("body").to_numpy()
    quoted = np.where(is_body, words * summary["quoted_share"].to_numpy(), 0)
    ax.barh(y, quoted, color=COLORS["quotation"], height=0.8, alpha=0.9)
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_ylabel("paragraph")
    ax.set_title("Paragraphs in reading order")
    handles = [Patch(color=COLORS[k], label=k) for k in ("body", "heading", "boilerplate")]
    handles.append(Patch(color=COLORS["quotation"], label="in quotation marks (body)"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def plot_sentence_lengths(lengths: pd.DataFrame, ax=None):
    """Histogram of sentence length in words, with the median marked."""
    ax = get_ax(ax)
    values = lengths["words"].to_numpy()
    if len(values):
        bins = np.arange(0, max(values.max(), 10) + 5, 5)
        ax.hist(values, bins=bins, color=COLORS["accent"], edgecolor="white")
        median = float(np.median(values))
        ax.axvline(median, color="black", linestyle="--", linewidth=1)
        ax.annotate(f"median {median:.0f}", (median, ax.get_ylim()[1] * 0.95), xytext=(4, 0),
                    textcoords="offset points", va="top")  # fmt: skip
    ax.set_xlabel("words per sentence")
    ax.set_ylabel("sentences")
    ax.set_title("How long the sentences are")
    ax.grid(axis="y")
    return ax


def plot_top_words(words: pd.DataFrame, ax=None):
    """Horizontal bars of the most frequent content words; the quoted uses darker."""
    ax = get_ax(ax, figsize=(7, max(3.0, 0.3 * len(words) + 1)))
    labels = [escape_label(w) for w in words["word"]]
    y = np.arange(len(words))
    ax.barh(y, words["count"], color=COLORS["narration"], label="in narration")
    ax.barh(y, words["quoted"], color=COLORS["quotation"], label="in quotations")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlabel("uses")
    ax.set_title("Most frequent content words")
    ax.legend(loc="lower right")
    return ax


def plot_quotation_strip(
    article_length: int, spans: pd.DataFrame, paragraphs: pd.DataFrame, ax=None
):
    """The article as one strip from first to last character, quotations shaded.

    Ticks mark where each heading starts, labelled with the heading's paragraph number (the
    number of the paragraph table and of the article view): headings' own words overlap as
    soon as a few sit close together.
    """
    ax = get_ax(ax, figsize=(9, 1.8))
    ax.broken_barh([(0, article_length)], (0, 1), color=COLORS["narration"])
    ax.broken_barh(list(zip(spans["start"], spans["end"] - spans["start"], strict=True)), (0, 1),
                   color=COLORS["quotation"])  # fmt: skip
    headings = paragraphs[paragraphs["kind"] == "heading"]
    for row, (start, number) in enumerate(headings[["start", "paragraph"]].itertuples(index=False)):
        ax.vlines(start, 0, 1.0, color=COLORS["heading"], linewidth=2)
        # Alternate two heights so the numbers of close headings do not overlap.
        ax.annotate(f"¶{number}", (start, 1.03 + 0.17 * (row % 2)), fontsize=8, ha="center", va="bottom",
                    annotation_clip=False, color=COLORS["heading"])  # fmt: skip
    ax.set_xlim(0, article_length)
    ax.set_ylim(0, 1.45)
    ax.set_yticks([])
    ax.set_xlabel("character offset in the article")
    ax.set_title("Where the quotations are", pad=18)
    ax.grid(False)
    ax.legend(handles=[Patch(color=COLORS["quotation"], label="in quotation marks"),
                       Patch(color=COLORS["heading"], label="heading (¶ paragraph number)")],
              loc="upper right", bbox_to_anchor=(1, -0.45), ncol=2)  # fmt: skip
    return ax
