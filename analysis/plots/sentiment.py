"""Charts of tone: the arc through the article, speakers, extremes, voices and methods.

Each takes ``ax=None`` and returns the Axes. Scores sit on VADER's fixed -1..1 scale,
teal for positive and brown for negative (``analysis.plots.style.COLORS``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from analysis.plots.style import COLORS, DIVERGING_LIMITS, escape_label, get_ax

VOICE_COLORS = {
    "narration": COLORS["narration"],
    "paraphrase": COLORS["indirect"],
    "quotation": COLORS["quotation"],
}


def _tone_colors(scores, labels=None) -> list[str]:
    """Colour by label when the table has one (the neutral band is the label's), else by sign."""
    if labels is not None:
        return [COLORS.get(label, COLORS["neutral"]) for label in labels]
    return [
        COLORS["positive"] if s > 0 else COLORS["negative"] if s < 0 else COLORS["neutral"]
        for s in scores
    ]


def _fixed_scale(ax, axis: str = "y") -> None:
    """Fix the axis to -1..1 with a zero line, so charts of different articles compare."""
    low, high = DIVERGING_LIMITS
    if axis == "y":
        ax.set_ylim(low, high)
        ax.axhline(0, color="black", linewidth=0.8)
    else:
        ax.set_xlim(low, high)
        ax.axvline(0, color="black", linewidth=0.8)


def rolling_tone(table: pd.DataFrame, window: int = 5) -> pd.Series:
    """Centred rolling mean of ``compound`` over ``window`` sentences (shorter at the ends)."""
    return table["compound"].rolling(window, center=True, min_periods=1).mean()


def plot_arc(table: pd.DataFrame, window: int = 5, ax=None):
    """Tone sentence by sentence: each sentence a faint dot, the rolling mean a line.

    ``table`` is :func:`analysis.sentiment.sentence_tone` (any subset, in text order); the x
    axis is the sentence number, the y axis fixed at -1..1.
    """
    ax = get_ax(ax, figsize=(9, 4))
    x = table["sentence"].to_numpy()
    colors = _tone_colors(table["compound"], table.get("label"))
    ax.vlines(x, 0, table["compound"], colors=colors, alpha=0.35)
    ax.scatter(x, table["compound"], c=colors, s=18, alpha=0.5)
    ax.plot(x, rolling_tone(table, window), color="black", linewidth=2,
            label=f"rolling mean of {window} sentences")  # fmt: skip
    quoted = table[table["in_quote"]]
    ax.scatter(quoted["sentence"], quoted["compound"], facecolors="none",
               edgecolors=COLORS["quotation"], s=60, label="sentence in quotation marks")  # fmt: skip
    _fixed_scale(ax, "y")
    ax.grid(axis="y")
    ax.set_xlabel("sentence")
    ax.set_ylabel("tone (compound)")
    ax.set_title("The tone through the article")
    ax.legend(loc="lower left")
    return ax


def plot_speakers(quote_table: pd.DataFrame, max_speakers: int = 10, ax=None):
    """Each speaker's attributions as dots on -1..1, the mean as a black bar.

    ``quote_table`` is :func:`analysis.sentiment.quote_sentiment`; speakers with most
    attributions come first.
    """
    named = quote_table.dropna(subset=["speaker"])
    order = named["speaker"].value_counts().index[:max_speakers].tolist()
    ax = get_ax(ax, figsize=(8, max(2.5, 0.45 * len(order) + 1.2)))
    for row, speaker in enumerate(order):
        own = named[named["speaker"] == speaker]
        scores = own["compound"].to_numpy()
        jitter = np.linspace(-0.12, 0.12, len(scores)) if len(scores) > 1 else np.zeros(1)
        colors = _tone_colors(scores, own.get("label"))
        ax.scatter(scores, row + jitter, c=colors, s=40, alpha=0.8)
        ax.plot([scores.mean()] * 2, [row - 0.3, row + 0.3], color="black", linewidth=2)
    ax.set_yticks(range(len(order)), [f"{escape_label(s, 32)} ({(named['speaker'] == s).sum()})"
                                      for s in order])  # fmt: skip
    ax.invert_yaxis()
    _fixed_scale(ax, "x")
    ax.set_xlabel("tone of what they said (compound)")
    ax.set_title("What each speaker's words sound like")
    mean_key = Line2D([], [], color="black", linewidth=2, label="speaker's mean")
    ax.legend(handles=[mean_key], loc="lower right")
    return ax


def plot_extremes(table: pd.DataFrame, n: int = 4, ax=None):
    """The ``n`` most negative and ``n`` most positive sentences, with their driving words.

    Bars on the fixed -1..1 scale; beside each bar, on the other side of zero, the
    sentence's start and, in grey, the words that pushed it hardest.
    """
    scored = table[table["compound"] != 0]
    picked = pd.concat([scored.nsmallest(n, "compound"), scored.nlargest(n, "compound")])
    picked = picked.drop_duplicates("sentence").sort_values("compound")
    ax = get_ax(ax, figsize=(9, 0.7 * len(picked) + 1.2))
    y = np.arange(len(picked))
    ax.barh(
        y,
        picked["compound"],
        color=_tone_colors(picked["compound"], picked.get("label")),
        height=0.6,
    )
    for row, (score, text, drivers) in enumerate(
        picked[["compound", "text", "drivers"]].itertuples(index=False)
    ):
        side, align = (-0.02, "right") if score > 0 else (0.02, "left")
        ax.text(side, row + 0.08, escape_label(text, 62), ha=align, va="bottom", fontsize=8.5)
        ax.text(side, row - 0.05, escape_label(", ".join(drivers), 60), ha=align, va="top",
                fontsize=8, color="dimgray", style="italic")  # fmt: skip
    ax.set_yticks([])
    ax.set_ylim(-0.8, len(picked) - 0.2)
    _fixed_scale(ax, "x")
    ax.set_xlabel("tone (compound); in grey, the words that drove it")
    ax.set_title("The most negative and most positive sentences")
    return ax


def plot_voices(table: pd.DataFrame, ax=None):
    """Narration, paraphrase and quotation side by side: every sentence a dot, means as bars."""
    ax = get_ax(ax, figsize=(8, 3.2))
    voices = [v for v in VOICE_COLORS if v in set(table["voice"])]
    for row, voice in enumerate(voices):
        scores = table.loc[table["voice"] == voice, "compound"].to_numpy()
        jitter = np.linspace(-0.15, 0.15, len(scores)) if len(scores) > 1 else np.zeros(1)
        ax.scatter(scores, row + jitter, color=VOICE_COLORS[voice], s=30, alpha=0.8)
        ax.plot([scores.mean()] * 2, [row - 0.3, row + 0.3], color="black", linewidth=2)
    counts = table["voice"].value_counts()
    ax.set_yticks(range(len(voices)), [f"{v} ({counts[v]})" for v in voices])
    ax.invert_yaxis()
    _fixed_scale(ax, "x")
    ax.set_xlabel("tone (compound); black bar = mean")
    ax.set_title("Narration against the voices it reports")
    return ax


def plot_methods(news: pd.Series, vader: pd.Series, ax=None, label: str = "news-calibrated"):
    """VADER's score against the project's score (``label`` names its method) per sentence.

    Both axes fixed at -1..1; points on the diagonal would mean the methods agree. The
    project's models are calibrated to what readers average, so their scores sit nearer 0.
    """
    ax = get_ax(ax, figsize=(5.5, 5.5))
    ax.scatter(vader, news, c=_tone_colors(news), s=30, alpha=0.8)
    ax.plot(DIVERGING_LIMITS, DIVERGING_LIMITS, color=COLORS["neutral"], linestyle="--",
            linewidth=1, label="equal scores")  # fmt: skip
    _fixed_scale(ax, "x")
    _fixed_scale(ax, "y")
    ax.grid(axis="both")
    ax.set_aspect("equal")
    ax.set_xlabel("VADER compound")
    ax.set_ylabel(f"{label} compound")
    ax.set_title("Two methods, same sentences")
    ax.legend(loc="upper left")
    return ax
