"""The sentences of notebook 06 (a whole coverage), computed from the corpus tables.

Each function takes a table of :mod:`analysis.corpus` and returns one plain sentence;
the notebook shows it with :func:`analysis.takeaways.takeaway`, which escapes it.
Outlets and months without a date or an outlet are called "unknown", as in the tables.
"""

from __future__ import annotations

import pandas as pd

from analysis.takeaways import plural

MIN_SOURCES = 5  # fewer known-gender sources than this make a share too noisy to rank


def _month_name(month: str) -> str:
    if month == "unknown":
        return "an unknown month"
    return pd.Timestamp(f"{month}-01").strftime("%B %Y")


def run_note(run: dict) -> str:
    """What the corpus run read, analysed and skipped (no path: pages get forwarded)."""
    sentence = (
        f"{plural(run['articles'], 'article')} read: {run['analysed']:,} analysed, "
        f"{run['failed']:,} could not be (see the errors below)"
    )
    skipped = run.get("skipped", 0)
    if skipped:
        sentence += f"; {plural(skipped, 'file')} of other kinds skipped"
    return sentence + "."


def coverage_takeaway(articles: pd.DataFrame) -> str:
    """How many articles, from how many outlets, over which months, and who published most."""
    if articles.empty:
        return "The corpus has no article that could be analysed."
    outlets = articles["outlet"].fillna("unknown").value_counts()
    dates = pd.to_datetime(articles["date"], errors="coerce").dropna()
    span = (
        f", {dates.min():%B %Y} to {dates.max():%B %Y}"
        if len(dates) and dates.min().to_period("M") != dates.max().to_period("M")
        else (f", all in {dates.min():%B %Y}" if len(dates) else ", none of them dated")
    )
    undated = len(articles) - len(dates)
    tail = f" ({plural(undated, 'article')} without a date)" if undated and len(dates) else ""
    lead = f"{outlets.index[0]} published the most ({outlets.iloc[0]})"
    if len(outlets) > 1 and outlets.iloc[0] == outlets.iloc[1]:
        lead = f"the outlets are evenly represented ({outlets.iloc[0]} articles at most)"
    return f"{plural(len(articles), 'article')} from {plural(len(outlets), 'outlet')}{span}{tail}; {lead}."


def most_quoted_takeaway(people: pd.DataFrame, top: int = 5) -> str:
    """Who is quoted most across the corpus, and how concentrated the voices are."""
    quoted = people[people["attributions"] > 0]
    if quoted.empty:
        return "No one is quoted or paraphrased anywhere in the corpus."
    first = quoted.iloc[0]
    share = quoted["attributions"].head(top).sum() / quoted["attributions"].sum()
    return (
        f"{first['speaker']} is the most quoted: {plural(int(first['attributions']), 'attribution')} "
        f"in {plural(int(first['quoted_in']), 'article')} across {plural(int(first['n_outlets']), 'outlet')}; "
        f"the {min(top, len(quoted))} most quoted of {plural(len(quoted), 'speaker')} account for "
        f"{share:.0%} of all attributions."
    )


def gender_takeaway(source_gender: pd.DataFrame) -> str:
    """The share of women among quoted sources of known gender, overall and per outlet."""
    quoted = source_gender[(source_gender["by"] == "outlet") & (source_gender["role"] == "quoted")]
    counts = quoted.pivot_table(
        index="group", columns="gender", values="sources", aggfunc="sum"
    ).fillna(0)
    for gender in ("women", "men", "unknown"):
        if gender not in counts:
            counts[gender] = 0
    known = counts["women"] + counts["men"]
    if known.sum() == 0:
        return "No quoted person's gender could be told from the articles' own pronouns and titles."
    overall = counts["women"].sum() / known.sum()
    unknown = counts["unknown"].sum() / (known.sum() + counts["unknown"].sum())
    sentence = (
        f"Women are {overall:.0%} of the quoted sources whose gender the articles tell "
        f"({unknown:.0%} of quoted sources are of unknown gender)"
    )
    ranked = (counts["women"] / known)[known >= MIN_SOURCES].sort_values()
    if len(ranked) >= 2 and ranked.iloc[0] != ranked.iloc[-1]:
        sentence += (
            f"; from {ranked.iloc[0]:.0%} at {ranked.index[0]} to "
            f"{ranked.iloc[-1]:.0%} at {ranked.index[-1]}"
        )
    return sentence + "."


def quote_kinds_takeaway(quote_kinds: pd.DataFrame) -> str:
    """Which outlet paraphrases most, against which quotes most directly."""
    outlets = quote_kinds[quote_kinds["by"] == "outlet"]
    shares = outlets.pivot_table(index="group", columns="kind", values="share", aggfunc="sum")
    if shares.empty or "indirect" not in shares:
        return "No attribution was found, so there is no mix of quotations to compare."
    indirect = shares["indirect"].sort_values()
    if len(indirect) == 1:
        return f"{indirect.index[0]} paraphrases {indirect.iloc[0]:.0%} of its attributions."
    return (
        f"{indirect.index[-1]} paraphrases the most ({indirect.iloc[-1]:.0%} of its attributions "
        f"are indirect), {indirect.index[0]} the least ({indirect.iloc[0]:.0%})."
    )


def spread_takeaway(articles: pd.DataFrame, column: str, what: str, fmt: str = "{:.1f}") -> str:
    """The outlet with the highest and lowest median of ``column``, and the widest spread."""
    values = articles.dropna(subset=[column]).assign(outlet=lambda t: t["outlet"].fillna("unknown"))
    if values.empty:
        return f"No article has a {what}."
    by = values.groupby("outlet")[column]
    medians = by.median().sort_values()
    spread = (by.quantile(0.75) - by.quantile(0.25)).sort_values()
    if len(medians) == 1:
        return f"The median {what} is {fmt.format(medians.iloc[0])} (one outlet)."
    return (
        f"The median {what} is highest at {medians.index[-1]} ({fmt.format(medians.iloc[-1])}) "
        f"and lowest at {medians.index[0]} ({fmt.format(medians.iloc[0])}); {spread.index[-1]}'s "
        f"articles vary the most (middle half spans {fmt.replace('+', '').format(spread.iloc[-1])})."
    )


def speaker_quotes_takeaway(quotes: pd.DataFrame, speaker: str) -> str:
    """How one speaker's attributions spread over articles, outlets and kinds."""
    if quotes.empty:
        return f"{speaker} is not quoted in the corpus."
    kinds = quotes["kind"].value_counts()
    return (
        f"{speaker} is quoted {plural(len(quotes), 'time')} in "
        f"{plural(quotes['article'].nunique(), 'article')} from "
        f"{plural(quotes['outlet'].nunique(), 'outlet')}; most often {kinds.index[0]} "
        f"({kinds.iloc[0]} of {len(quotes)})."
    )
