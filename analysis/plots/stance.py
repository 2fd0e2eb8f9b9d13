"""Charts of stance: speakers on -1..1, stance markers per voice, framing, the stance matrix.

Each takes ``ax=None`` and returns the Axes. Stance scores sit on a fixed -1..1 scale
coloured by label (``COLORS["favor"]``, ``["against"]``, ``["neutral"]``); article words
in labels go through :func:`analysis.plots.style.escape_label`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.plots.style import (
    COLORS,
    DIVERGING_CMAP,
    DIVERGING_LIMITS,
    FEW_WORDS,
    escape_label,
    get_ax,
)

#: Framing by reporting verb, coloured by what the verb does to the statement.
FRAMING_COLORS = {
    framing: COLORS[framing]
    for framing in ("neutral", "endorsing", "distancing", "conceding", "speech_act_affect", "other")
}


def _nothing_to_show(ax, title: str):
    """An empty chart that says so, for an article without attributed speech."""
    ax.text(
        0.5, 0.5, "no attributed speech found", ha="center", va="center", transform=ax.transAxes
    )
    ax.set_axis_off()
    ax.set_title(title)
    return ax


def plot_speaker_stance(per_speaker: pd.DataFrame, max_label_chars: int = 70, ax=None):
    """One bar per speaker on the fixed -1..1 scale, with the words that drove it.

    ``per_speaker`` is :func:`analysis.stance.speaker_stance`; bars are coloured by label
    and each carries its strongest cues (:func:`analysis.stance.per_attribution._cue_words`).
    """
    table = per_speaker.sort_values("score").reset_index(drop=True)
    ax = get_ax(ax, figsize=(10, max(2.5, 0.55 * len(table) + 1.2)))
    if table.empty:
        return _nothing_to_show(ax, "Where each speaker stands")
    y = np.arange(len(table))
    colors = [COLORS[label] for label in table["label"]]
    ax.barh(y, table["score"], color=colors, height=0.6)
    for row, (score, cues) in enumerate(zip(table["score"], table["cues"], strict=True)):
        side = 1 if score <= 0 else -1
        ax.text(0.02 * side, row, escape_label(cues, max_label_chars), va="center",
                ha="left" if side > 0 else "right", fontsize=8, color="#333333")  # fmt: skip
    ax.set_yticks(y, [escape_label(s, 30) for s in table["speaker"]])
    ax.set_xlim(*DIVERGING_LIMITS)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel("stance score  (against  -1 … 0 … +1  favor)")
    target = table["target"].iloc[0] if len(table) else ""
    ax.set_title(escape_label(f"Where each speaker stands on: {target}", 90))
    handles = [ax.bar(0, 0, color=COLORS[k], label=k) for k in ("favor", "neutral", "against")]
    # Below the axis label: inside, it would cover the cue words of the lowest bar.
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncols=3)
    return ax


def plot_marker_rates(rates: pd.DataFrame, ax=None, few_words: int = FEW_WORDS):
    """Stance markers per 100 words, voices by lexicon, as an annotated heat map.

    ``rates`` is :func:`analysis.stance.marker_rates`. The scale is sequential (a rate is
    never negative); each cell shows the rate and, in brackets, the markers counted. Voices
    are sorted by words spoken; a voice under ``few_words`` words is greyed out and left off
    the colour scale, since one marker in ten words would colour as strongly as a habit.
    """
    words = rates.groupby("voice")["words"].first().sort_values(ascending=False)
    grid = rates.pivot(index="voice", columns="lexicon", values="per_100_words").loc[words.index]
    counts = rates.pivot(index="voice", columns="lexicon", values="markers").loc[words.index]
    few = (words < few_words).to_numpy()
    values = grid.to_numpy(dtype=float)
    ax = get_ax(ax, figsize=(9.5, max(2.5, 0.5 * len(grid) + 1.8)))
    shown = np.where(few[:, None], np.nan, values)
    top = np.nanmax(shown) if np.isfinite(shown).any() else 1.0
    image = ax.imshow(np.ma.masked_invalid(shown), cmap="Blues", aspect="auto", vmin=0,
                      vmax=max(top, 1e-9), zorder=1)  # fmt: skip
    for row in np.flatnonzero(few):
        ax.axhspan(row - 0.5, row + 0.5, color=COLORS["few"], alpha=0.4, zorder=0)
    for (i, j), value in np.ndenumerate(values):
        color = "#777777" if few[i] else "white" if value > 0.6 * top else "black"
        ax.text(j, i, f"{value:.1f} ({int(counts.iat[i, j])})", ha="center", va="center",
                fontsize=8, color=color)  # fmt: skip
    labels = [
        f"{escape_label(v, 28)} ({n} words{', too few' if n < few_words else ''})"
        for v, n in words.items()
    ]
    ax.set_yticks(range(len(grid)), labels)
    for label, is_few in zip(ax.get_yticklabels(), few, strict=True):
        label.set_color("#777777" if is_few else "black")
    ax.set_xticks(
        range(grid.shape[1]), [c.replace("_", " ") for c in grid.columns], rotation=30, ha="right"
    )
    ax.grid(False)
    ax.figure.colorbar(image, ax=ax, label="markers per 100 words")
    ax.set_title("Stance markers per 100 words (count in brackets), by voice")
    if few.any():
        ax.set_xlabel(f"grey rows: under {few_words} words, too few for a rate")
    return ax


def plot_framing(framing_counts: pd.DataFrame, ax=None):
    """Attributions per speaker, stacked by the framing of their reporting verb.

    ``framing_counts`` is :func:`analysis.stance.framing_by_speaker`.
    """
    if framing_counts.empty:
        return _nothing_to_show(get_ax(ax), "How the reporter introduces each speaker")
    grid = framing_counts.pivot_table(index="speaker", columns="framing", values="attributions",
                                      aggfunc="sum", fill_value=0)  # fmt: skip
    grid = grid.loc[grid.sum(axis=1).sort_values().index]
    columns = [c for c in FRAMING_COLORS if c in grid.columns]
    ax = get_ax(ax, figsize=(8, max(2.5, 0.45 * len(grid) + 1.2)))
    left = np.zeros(len(grid))
    for framing in columns:
        values = grid[framing].to_numpy()
        ax.barh(range(len(grid)), values, left=left, color=FRAMING_COLORS[framing],
                label=framing.replace("_", " "), height=0.6)  # fmt: skip
        left += values
    ax.set_yticks(range(len(grid)), [escape_label(s, 30) for s in grid.index])
    ax.set_xlabel("attributions")
    ax.set_title("How the reporter introduces each speaker")
    ax.legend(loc="lower right")
    return ax


def plot_stance_matrix(matrix: pd.DataFrame, ax=None):
    """Speakers by targets on the diverging -1..1 scale; a blank cell means no evidence.

    ``matrix`` is :func:`analysis.stance.stance_matrix`; targets keep their order (the
    central issue first), speakers are sorted by their stance on the central issue.
    """
    if matrix.empty:
        return _nothing_to_show(get_ax(ax), "Stance matrix")
    targets = list(dict.fromkeys(matrix["target"]))
    central = matrix[matrix["target"] == targets[0]].set_index("speaker")["score"]
    speakers = central.sort_values().index.tolist()
    scores = matrix.pivot(index="speaker", columns="target", values="score").loc[speakers, targets]
    counts = matrix.pivot(index="speaker", columns="target", values="evidence_count").loc[
        speakers, targets
    ]
    shown = scores.where(counts > 0)
    ax = get_ax(ax, figsize=(max(6, 1.4 * len(targets) + 3), max(2.5, 0.5 * len(speakers) + 1.8)))
    image = ax.imshow(shown.to_numpy(dtype=float), cmap=DIVERGING_CMAP, aspect="auto",
                      vmin=DIVERGING_LIMITS[0], vmax=DIVERGING_LIMITS[1])  # fmt: skip
    for (i, j), value in np.ndenumerate(shown.to_numpy(dtype=float)):
        ax.text(j, i, "–" if np.isnan(value) else f"{value:+.2f}", ha="center", va="center",
                fontsize=8, color="#666666" if np.isnan(value) else "black")  # fmt: skip
    ax.set_xticks(
        range(len(targets)), [escape_label(t, 28) for t in targets], rotation=25, ha="right"
    )
    ax.set_yticks(range(len(speakers)), [escape_label(s, 30) for s in speakers])
    ax.grid(False)
    ax.figure.colorbar(image, ax=ax, label="stance (against -1 … +1 favor)")
    ax.set_title("Stance matrix: speakers and what the article discusses")
    return ax
