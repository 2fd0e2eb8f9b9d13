"""Charts of how hard the article is to read. Each takes ``ax=None`` and returns the Axes.

Grades are US school grades on one axis from 0, with the band usual for news shaded,
so every chart reads the same way: further right is harder.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from analysis.plots.style import COLORS, escape_label, get_ax
from analysis.readability.formulas import FLESCH_EASE_BANDS, MEASURES, NEWS_GRADE_BAND
from analysis.readability.report import Readability

_BAND_COLOR = "#e8e8e8"


def _shade_band(ax, band: tuple[float, float], vertical: bool = True) -> Patch:
    """Shade the news band and return a legend handle for it."""
    low, high = band
    label = f"usual for news (grades {low:.0f}-{high:.0f})"
    if vertical:
        ax.axvspan(low, high, color=_BAND_COLOR, zorder=0)
    else:
        ax.axhspan(low, high, color=_BAND_COLOR, zorder=0)
    return Patch(color=_BAND_COLOR, label=label)


def plot_grade_scores(report: Readability, band: tuple[float, float] = NEWS_GRADE_BAND, ax=None):
    """One bar per grade-level formula, the consensus darker; hatched when the text is too short.

    ``report`` is :func:`analysis.readability.readability_report`.
    """
    table = report.table
    table = table[table["is_grade"]].reset_index(drop=True)
    ax = get_ax(ax, figsize=(8, 0.42 * len(table) + 1.4))
    handle = _shade_band(ax, band)
    y = np.arange(len(table))
    is_consensus = table["measure"].eq("consensus_grade").to_numpy()
    bars = ax.barh(y, table["value"].fillna(0), color=COLORS["accent"], height=0.7)
    for bar, valid, consensus in zip(bars, table["valid"], is_consensus, strict=True):
        # The consensus is the one number to read: full colour; the formulas behind it lighter.
        bar.set_alpha(1.0 if consensus else 0.55)
        if not valid:
            bar.set_hatch("///")
            bar.set_facecolor("white")
            bar.set_edgecolor(COLORS["accent"])
    for yi, value in zip(y, table["value"], strict=True):
        if not np.isnan(value):
            ax.annotate(f"{value:.1f}", (value, yi), xytext=(3, 0), textcoords="offset points",
                        va="center", fontsize=8)  # fmt: skip
    labels = [
        name + ("" if valid else " (too little text)")
        for name, valid in zip(table["name"], table["valid"], strict=True)
    ]
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(
        0, max(float(np.nanmax(table["value"].to_numpy(dtype=float), initial=0)), band[1]) + 3
    )
    ax.set_xlabel("US school grade")
    ax.set_title("Grade level by formula")
    ax.legend(handles=[handle], loc="lower right", bbox_to_anchor=(1.0, 1.0))
    return ax


def plot_reading_ease(report: Readability, ax=None):
    """Flesch Reading Ease on its 0-100 scale, with Flesch's bands and the article's score marked."""
    ax = get_ax(ax, figsize=(8, 1.9))
    lows = [max(low, 0) for low, _, _ in FLESCH_EASE_BANDS]
    uppers = [100, *lows[:-1]]
    greys = np.linspace(0.97, 0.82, len(FLESCH_EASE_BANDS))
    names = [name for _, name, _ in FLESCH_EASE_BANDS]
    for low, high, name, grey in zip(lows, uppers, names, greys, strict=True):
        ax.axvspan(low, high, color=(grey, grey, grey), zorder=0)
        ax.annotate(name, ((low + high) / 2, 0.5), ha="center", va="center", fontsize=7,
                    rotation=90 if high - low < 15 else 0)  # fmt: skip
    score = report["flesch_reading_ease"]
    if not np.isnan(score):
        shown = float(np.clip(score, 0, 100))
        ax.axvline(shown, color=COLORS["accent"], linewidth=3)
        ax.annotate(f"{score:.0f}", (shown, 1.0), xytext=(0, 2), textcoords="offset points",
                    ha="center", va="bottom", color=COLORS["accent"], fontweight="bold")  # fmt: skip
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 1)
    ax.set_yticks([])
    ax.grid(False)
    ax.set_xlabel("Flesch Reading Ease (higher is easier)")
    ax.set_title("Reading ease on Flesch's scale", pad=16)
    return ax


def plot_grade_by_paragraph(
    by_paragraph: pd.DataFrame,
    overall: float | None = None,
    band: tuple[float, float] = NEWS_GRADE_BAND,
    measure: str = "flesch_kincaid_grade",
    ax=None,
):
    """Grade of each body paragraph in reading order, the news band shaded, the article's line.

    ``by_paragraph`` is :func:`analysis.readability.readability_by` with ``by="paragraph"``.
    The label under each bar is the paragraph's number in the paragraph table.
    """
    ax = get_ax(ax, figsize=(9, 4))
    handles = [_shade_band(ax, band, vertical=False)]
    x = np.arange(len(by_paragraph))
    ax.bar(x, by_paragraph[measure], color=COLORS["accent"], width=0.75)
    if overall is not None and not np.isnan(overall):
        ax.axhline(overall, color="black", linestyle="--", linewidth=1)
        handles.append(
            Patch(
                facecolor="white",
                edgecolor="black",
                linestyle="--",
                label=f"whole body {overall:.1f}",
            )
        )
    ax.set_xticks(x, by_paragraph["paragraph"].astype(int), fontsize=7)
    ax.set_xlabel("paragraph (reading order)")
    ax.set_ylabel("US school grade")
    values = by_paragraph[measure].to_numpy(dtype=float)
    # Room above the tallest bar for the legend.
    top = max(float(np.nanmax(values, initial=0)), band[1]) * 1.2
    ax.set_ylim(min(0.0, float(np.nanmin(values, initial=0))), top)
    ax.grid(axis="y")
    ax.grid(axis="x", visible=False)
    name = next(m.name for m in MEASURES if m.key == measure)
    ax.set_title(f"{name} by paragraph")
    ax.legend(handles=handles, loc="upper right", ncol=2)
    return ax


def plot_grade_by_voice(
    voices: pd.DataFrame,
    speakers: pd.DataFrame | None = None,
    band: tuple[float, float] = NEWS_GRADE_BAND,
    measure: str = "flesch_kincaid_grade",
    ax=None,
):
    """Narration against quotation, then each quoted speaker: one bar each, word counts in labels.

    ``voices`` and ``speakers`` are :func:`analysis.readability.readability_by` with
    ``by="voice"`` and ``by="speaker"``. Rows under 100 words are hatched.
    """
    rows = [
        (f"{v} ({int(n)} words)", g, COLORS[v], few)
        for v, n, g, few in voices[["voice", "words", measure, "few_words"]].itertuples(index=False)
    ]
    if speakers is not None:
        rows += [
            (f"{escape_label(s, 32)} ({int(n)} words)", g, COLORS["direct"], few)
            for s, n, g, few in speakers[["speaker", "words", measure, "few_words"]].itertuples(
                index=False
            )
        ]
    ax = get_ax(ax, figsize=(8, 0.45 * len(rows) + 1.5))
    handle = _shade_band(ax, band)
    y = np.arange(len(rows))
    for yi, (_, grade, color, few) in zip(y, rows, strict=True):
        ax.barh(yi, 0 if np.isnan(grade) else grade, color=color, height=0.7,
                hatch="///" if few else None, edgecolor="white" if few else color)  # fmt: skip
        if not np.isnan(grade):
            ax.annotate(f"{grade:.1f}", (grade, yi), xytext=(3, 0), textcoords="offset points",
                        va="center", fontsize=8)  # fmt: skip
    ax.set_yticks(y, [label for label, *_ in rows])
    ax.invert_yaxis()
    if speakers is not None and len(speakers):
        ax.axhline(len(voices) - 0.5, color="black", linewidth=0.6)
    grades = np.array([grade for _, grade, _, _ in rows], dtype=float)
    ax.set_xlim(0, max(float(np.nanmax(grades, initial=0)), band[1]) * 1.12)
    name = next(m.name for m in MEASURES if m.key == measure)
    ax.set_xlabel(f"US school grade ({name})")
    ax.set_title("Narration, quotations, speakers")
    hatch = Patch(
        facecolor=COLORS["direct"], edgecolor="white", hatch="///", label="under 100 words"
    )
    ax.legend(handles=[handle, hatch], loc="upper right", bbox_to_anchor=(1.0, -0.12), ncol=2)
    return ax


def plot_hardest_sentences(hardest: pd.DataFrame, max_chars: int = 70, ax=None):
    """The hardest sentences as bars of their Flesch-Kincaid grade, their opening words as labels.

    ``hardest`` is :func:`analysis.readability.hardest_sentences`.
    """
    ax = get_ax(ax, figsize=(9, 0.5 * len(hardest) + 1.3))
    y = np.arange(len(hardest))
    ax.barh(y, hardest["flesch_kincaid_grade"], color=COLORS["accent"], height=0.7)
    for yi, grade, words in zip(y, hardest["flesch_kincaid_grade"], hardest["words"], strict=True):
        ax.annotate(f"{grade:.1f} ({int(words)} words)", (grade, yi), xytext=(3, 0),
                    textcoords="offset points", va="center", fontsize=8)  # fmt: skip
    ax.set_yticks(y, [escape_label(t, max_chars) for t in hardest["text"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, float(hardest["flesch_kincaid_grade"].max()) * 1.25 if len(hardest) else 1)
    ax.set_xlabel("Flesch-Kincaid grade of the sentence alone")
    ax.set_title("The hardest sentences")
    return ax


def plot_difficult_words(table: pd.DataFrame, top: int = 15, ax=None):
    """The most used words off the Dale-Chall familiar list; the darker part is inside quotations.

    ``table`` is :func:`analysis.readability.difficult_words`.
    """
    shown = table.head(top)
    ax = get_ax(ax, figsize=(7, 0.3 * len(shown) + 1.3))
    y = np.arange(len(shown))
    labels = [
        f"{escape_label(w)} ({int(s)})"
        for w, s in zip(shown["word"], shown["syllables"], strict=True)
    ]
    ax.barh(y, shown["count"], color=COLORS["narration"], label="in narration")
    ax.barh(y, shown["quoted"], color=COLORS["quotation"], label="in quotations")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlabel("uses")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Words a fourth-grader may not know (syllables in brackets)")
    ax.legend(loc="lower right")
    return ax
