"""Charts of a whole coverage (notebook 06). Each takes ``ax=None`` and returns the Axes.

Colours come from :data:`analysis.plots.style.COLORS` by meaning: ``direct``, ``mixed``
and ``indirect`` for the kinds of attribution, ``women``, ``men`` and ``unknown`` for
the Gender Gap Tracker's three groups, ``accent`` for counts with no other meaning.
Outlet and speaker names are article data and go through :func:`escape_label`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.plots.style import COLORS, escape_label, get_ax, stacked_barh

KINDS = ("direct", "mixed", "indirect")
GENDERS = ("women", "men", "unknown")
LABEL_CHARS = 32


def _labels(names) -> list[str]:
    return [escape_label(str(n), LABEL_CHARS) for n in names]


def plot_coverage(coverage: pd.DataFrame, ax=None):
    """Articles per outlet (rows) and month (columns), the count written in each cell."""
    grid = coverage.pivot_table(index="outlet", columns="month", values="articles", aggfunc="sum")
    grid = grid.fillna(0).astype(int)
    ax = get_ax(
        ax, figsize=(max(5, 1.1 * grid.shape[1] + 2.5), max(2.2, 0.5 * grid.shape[0] + 1.2))
    )
    counts = grid.to_numpy()
    # The darkest cell stays mid-blue so that its black count stays readable.
    ax.imshow(counts, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, counts.max()) * 1.6)
    for (row, column), count in np.ndenumerate(counts):
        if count:
            ax.text(column, row, str(count), ha="center", va="center", fontsize=9)
    ax.set_xticks(range(grid.shape[1]), _labels(grid.columns))
    ax.set_yticks(range(grid.shape[0]), _labels(grid.index))
    ax.set_title("Articles per outlet and month")
    ax.grid(False)
    return ax


def plot_most_quoted(people: pd.DataFrame, top: int = 12, ax=None):
    """The most quoted people and bodies: attributions split by kind, most first."""
    quoted = people[people["attributions"] > 0].head(top)
    ax = get_ax(ax, figsize=(8, max(2.5, 0.35 * len(quoted) + 1.2)))
    y = np.arange(len(quoted))
    left = stacked_barh(ax, quoted, KINDS)
    for yi, total, articles in zip(y, left, quoted["quoted_in"], strict=True):
        ax.annotate(f" {articles} art.", (total, yi), va="center", fontsize=8)
    ax.set_xlim(0, max(1.0, left.max(initial=0) * 1.15))  # room for the article counts
    ax.set_yticks(y, _labels(quoted["speaker"]))
    ax.invert_yaxis()
    ax.set_xlabel("attributions across the corpus (articles quoting them at the end)")
    ax.legend(loc="lower right", frameon=False)
    return ax


def plot_source_gender(source_gender: pd.DataFrame, ax=None):
    """Women, men and unknown among people quoted and only mentioned, per outlet (shares)."""
    table = source_gender[source_gender["by"] == "outlet"]
    shares = table.pivot_table(
        index=["group", "role"], columns="gender", values="share", aggfunc="sum"
    )
    shares = (
        shares.reindex(columns=list(GENDERS), fill_value=0)
        .fillna(0)
        .sort_index(ascending=[True, False])
    )
    ax = get_ax(ax, figsize=(8, max(2.5, 0.38 * len(shares) + 1.2)))
    y = np.arange(len(shares))
    stacked_barh(ax, shares, GENDERS)
    ax.set_yticks(y, [f"{escape_label(g, LABEL_CHARS)} · {r}" for g, r in shares.index])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of sources (a person counts once per article)")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False, fontsize=8)
    return ax


def plot_quote_kinds(quote_kinds: pd.DataFrame, ax=None):
    """Direct, mixed and indirect shares of each outlet's attributions."""
    table = quote_kinds[quote_kinds["by"] == "outlet"]
    shares = table.pivot_table(index="group", columns="kind", values="share", aggfunc="sum")
    shares = shares.reindex(columns=list(KINDS), fill_value=0).fillna(0)
    ax = get_ax(ax, figsize=(8, max(2.2, 0.4 * len(shares) + 1.2)))
    y = np.arange(len(shares))
    stacked_barh(ax, shares, KINDS)
    ax.set_yticks(y, _labels(shares.index))
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of the outlet's attributions")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False, fontsize=8)
    return ax


def plot_outlet_spread(articles: pd.DataFrame, column: str, label: str, ax=None):
    """One box per outlet of an article measure (``tone``, ``grade``), every article a dot."""
    values = articles.dropna(subset=[column]).assign(outlet=lambda t: t["outlet"].fillna("unknown"))
    outlets = sorted(values["outlet"].unique())
    groups = [values.loc[values["outlet"] == o, column].to_numpy(dtype=float) for o in outlets]
    ax = get_ax(ax, figsize=(8, max(2.2, 0.45 * len(outlets) + 1.2)))
    if groups:
        ax.boxplot(
            groups,
            vert=False,
            widths=0.5,
            showfliers=False,
            medianprops={"color": COLORS["accent"]},
        )
    jitter = np.random.default_rng(0)  # fixed seed: the same chart every run
    for position, group in enumerate(groups, start=1):
        offsets = jitter.uniform(-0.12, 0.12, len(group))
        ax.scatter(group, position + offsets, s=12, color=COLORS["accent"], alpha=0.6, zorder=3)
    ax.set_yticks(range(1, len(outlets) + 1), _labels(outlets))
    ax.invert_yaxis()
    ax.set_xlabel(label)
    return ax
