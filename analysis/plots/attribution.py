"""Charts of who said what. Each takes ``ax=None`` and returns the Axes.

Colours come from :data:`analysis.plots.style.COLORS` by meaning: ``direct``, ``indirect`` and
``mixed`` for the kinds of attribution, ``quotation`` and ``narration`` for quoted and
only-mentioned people.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis.plots.style import COLORS, escape_label, get_ax, percent, percent_axis, stacked_barh

KINDS = ("direct", "mixed", "indirect")
LABEL_CHARS = 40


def _labels(names) -> list[str]:
    return [escape_label(n, LABEL_CHARS) for n in names]


def plot_share_of_voice(who: pd.DataFrame, ax=None, top: int = 12):
    """Horizontal bars: each speaker's share of all quoted words, largest first.

    ``who`` is :func:`analysis.speakers.speaker_table`; the number of attributions is written at the
    end of each bar.
    """
    quoted = who[who["attributions"] > 0].nlargest(top, "words_quoted")
    ax = get_ax(ax, figsize=(8, max(2.5, 0.35 * len(quoted) + 1.2)))
    y = np.arange(len(quoted))
    shares = quoted["share_of_quoted_words"].to_numpy()
    ax.barh(y, shares, color=COLORS["quotation"], height=0.7)
    for yi, share, n in zip(y, shares, quoted["attributions"], strict=True):
        label = f" {percent(round(share, 3))} · {n} attribution{'s' if n != 1 else ''}"
        ax.annotate(label, (share, yi), va="center", fontsize=8)
    ax.set_yticks(y, _labels(quoted["speaker"]))
    ax.invert_yaxis()
    ax.set_xlim(0, max(0.1, shares.max() * 1.35) if len(shares) else 1)
    percent_axis(ax.xaxis)
    ax.set_xlabel("share of all quoted words")
    ax.set_title("Share of voice")
    return ax


def plot_speaker_positions(positions: pd.DataFrame, ax=None, order: list[str] | None = None):
    """Speaker x position: one marker per attribution at its place in the article.

    ``positions`` is :func:`analysis.speakers.attribution_positions`; x runs from the
    first character (0) to the last (1), marker colour is the kind and marker area
    grows with the words quoted. ``order`` fixes the rows (default: order of first turn).
    """
    order = order or list(dict.fromkeys(positions["speaker"]))
    ax = get_ax(ax, figsize=(9, max(2.5, 0.4 * len(order) + 1.3)))
    row = {name: i for i, name in enumerate(order)}
    shown = positions[positions["speaker"].isin(row)]
    for i in range(len(order)):
        ax.axhline(i, color="#eeeeee", linewidth=0.8, zorder=0)
    for kind in KINDS:
        part = shown[shown["kind"] == kind]
        ax.scatter(
            part["position"],
            part["speaker"].map(row),
            s=20 + 2.0 * part["words"],
            color=COLORS[kind],
            edgecolor="white",
            linewidth=0.6,
            alpha=0.9,
            label=kind,
        )
    ax.set_yticks(range(len(order)), _labels(order))
    ax.set_ylim(max(len(order), 1) - 0.5, -0.5)
    if not order:
        ax.text(0.5, 0, "no attribution found", ha="center", va="center", color="gray")
    ax.set_xlim(-0.02, 1.02)
    percent_axis(ax.xaxis)
    ax.set_xlabel("position in the article (share of the text before the attribution)")
    ax.set_title("Where in the article each speaker speaks")
    handles = [Line2D([], [], marker="o", linestyle="", color=COLORS[k], label=k) for k in KINDS]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def plot_kind_by_speaker(who: pd.DataFrame, ax=None, top: int = 12):
    """Stacked bars: each speaker's attributions split into direct, mixed and indirect."""
    quoted = who[who["attributions"] > 0].nlargest(top, "attributions")
    ax = get_ax(ax, figsize=(8, max(2.5, 0.35 * len(quoted) + 1.2)))
    y = np.arange(len(quoted))
    stacked_barh(ax, quoted, KINDS)
    ax.set_yticks(y, _labels(quoted["speaker"]))
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("attributions")
    ax.set_title("Quoted word for word, or paraphrased?")
    ax.legend(loc="lower right")
    return ax


def plot_mentioned_not_quoted(who: pd.DataFrame, ax=None, top: int = 15):
    """Horizontal bars of how often each person or body is mentioned, quoted or not.

    Dark bars are speakers; light bars are people and bodies the article talks about
    without quoting them.
    """
    shown = who[who["mentions"] > 0].nlargest(top, "mentions")
    ax = get_ax(ax, figsize=(8, max(2.5, 0.32 * len(shown) + 1.2)))
    y = np.arange(len(shown))
    quoted = shown["attributions"].to_numpy() > 0
    colors = [COLORS["quotation"] if q else COLORS["narration"] for q in quoted]
    ax.barh(y, shown["mentions"], color=colors, height=0.7)
    labels = [
        f"{escape_label(name, LABEL_CHARS - 9)} ({kind})"
        for name, kind in zip(shown["speaker"], shown["kind"], strict=True)
    ]
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("mentions (names, titles, descriptors and pronouns)")
    ax.set_title("Who is talked about, and who gets to talk")
    ax.legend(
        handles=[
            Patch(color=COLORS["quotation"], label="quoted"),
            Patch(color=COLORS["narration"], label="mentioned, never quoted"),
        ],
        loc="lower right",
    )
    return ax


def plot_gender_shares(shares: pd.DataFrame, ax=None):
    """100% stacked bars: women, men and unknown among the people quoted and among those
    only mentioned, each segment labelled with its count.

    ``shares`` is :func:`analysis.speakers.gender_shares`. Colours ``female``, ``male`` and
    ``unknown`` from COLORS (Tol muted rose and green, told apart under colour-vision deficiencies).
    """
    ax = get_ax(ax, figsize=(8, 2.6))
    groups = list(dict.fromkeys(shares["group"]))
    for y, group in enumerate(groups):
        rows = shares[shares["group"] == group]
        left = 0.0
        for _, row in rows.iterrows():
            width = float(row["share"])
            ax.barh(y, width, left=left, color=COLORS[row["gender"]], height=0.6)
            if row["people"] and width >= 0.06:
                ax.annotate(
                    str(int(row["people"])), (left + width / 2, y), ha="center", va="center"
                )
            left += width
    totals = shares.groupby("group", sort=False)["people"].sum()
    ax.set_yticks(range(len(groups)), [f"{g} ({int(totals[g])})" for g in groups])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of people (bodies excluded)")
    ax.set_title("Gender of the people quoted and mentioned")
    handles = [Patch(color=COLORS[g], label=g) for g in ("female", "male", "unknown")]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.35), ncol=3)
    return ax
