"""Sentences for notebook 02 (who said what): share of voice, turn taking, direct and
indirect quotation, who is mentioned but never heard."""

from __future__ import annotations

import pandas as pd

from analysis.core.schema import UNRESOLVED
from analysis.takeaways import plural


def _percent(value: float) -> str:
    return f"{100 * value:.0f}%"


def _enumerate(names: list[str], limit: int = 3) -> str:
    """ "A", "A and B", "A, B and C", "A, B, C and 2 others"."""
    if len(names) > limit:
        rest = len(names) - limit
        return ", ".join(names[:limit]) + f" and {rest} other{'s' if rest > 1 else ''}"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def share_of_voice_takeaway(who: pd.DataFrame) -> str:
    """One sentence on who holds the most quoted words and how concentrated voice is."""
    quoted = who[(who["attributions"] > 0) & (who["speaker"] != UNRESOLVED)]
    quoted = quoted.sort_values("words_quoted", ascending=False)
    if quoted.empty:
        return "No one is quoted in this article."
    top = quoted.iloc[0]
    sentence = (
        f"{top['speaker']} has the most words quoted ({_percent(top['share_of_quoted_words'])} "
        f"of all quoted words, in {plural(int(top['attributions']), 'attribution')})"
    )
    if len(quoted) > 1:
        two = quoted["share_of_quoted_words"].iloc[:2].sum()
        sentence += f"; the top two of {len(quoted)} speakers hold {_percent(two)}"
    return sentence + "."


def position_takeaway(positions: pd.DataFrame) -> str:
    """Who opens and who closes the article's attributions, and how speakers take turns."""
    if positions.empty:
        return "No attribution was found, so no speaker has a place in the article."
    first, last = positions.iloc[0], positions.iloc[-1]
    turns = int((positions["speaker"] != positions["speaker"].shift()).sum())
    spread = positions.groupby("speaker")["position"].agg(lambda p: p.max() - p.min())
    sentence = (
        f"{first['speaker']} speaks first (at {_percent(first['position'])} of the text) and "
        f"{last['speaker']} last; the floor changes hands {turns - 1} times"
    )
    if len(spread) > 1:
        sentence += f", and {spread.idxmax()} is quoted across the widest stretch"
    return sentence + "."


def kind_takeaway(who: pd.DataFrame) -> str:
    """How much is quoted word for word, and who is only paraphrased."""
    quoted = who[who["attributions"] > 0]
    total = int(quoted["attributions"].sum())
    if not total:
        return "No one is quoted in this article."
    direct = int(quoted["direct"].sum())
    sentence = f"{direct} of {total} attributions are direct quotations"
    named = quoted[quoted["speaker"] != UNRESOLVED]
    most = (
        (named if len(named) else quoted)
        .sort_values(["direct", "attributions"], ascending=False)
        .iloc[0]
    )
    if most["direct"] and most["speaker"] != UNRESOLVED:
        sentence += f"; {most['speaker']} is quoted word for word most often ({most['direct']})"
    paraphrased = named.loc[named["direct"] == 0, "speaker"].tolist()
    if paraphrased:
        verb = "is" if len(paraphrased) == 1 else "are"
        sentence += f", while {_enumerate(paraphrased)} {verb} never quoted directly"
    return sentence + "."


def unquoted_takeaway(who: pd.DataFrame) -> str:
    """Who is talked about without being heard."""
    silent = who[who["attributions"] == 0]
    people = silent[silent["kind"] == "person"]
    bodies = silent[silent["kind"] == "body"]
    if who.empty:
        return "The article names no person or body."
    if silent.empty:
        return "Everyone the article mentions is also quoted."
    counted = [
        f"{len(people)} {'person' if len(people) == 1 else 'people'}" if len(people) else "",
        f"{len(bodies)} {'body' if len(bodies) == 1 else 'bodies'}" if len(bodies) else "",
    ]
    verb = "is" if len(silent) == 1 else "are"
    sentence = f"{' and '.join(c for c in counted if c)} {verb} mentioned but never quoted"
    if "mentions" in silent and silent["mentions"].max() > 0:
        loudest = silent.sort_values("mentions", ascending=False).iloc[0]
        sentence += f"; the most mentioned is {loudest['speaker']} ({loudest['mentions']} mentions)"
    return sentence + "."


def gender_takeaway(shares: pd.DataFrame) -> str:
    """One sentence on women, men and unknown among the people quoted (from :func:`gender_shares`)."""
    quoted = shares[shares["group"] == "quoted"].set_index("gender")
    total = int(quoted["people"].sum())
    if total == 0:
        return "No person is quoted, so there is no gender balance of sources to read."
    women, men, unknown = (int(quoted.loc[g, "people"]) for g in ("female", "male", "unknown"))
    from_name = int(quoted["from_name"].sum())
    sentence = (
        f"Of the {plural(total, 'person', 'people')} quoted, {women} "
        f"{'is a woman' if women == 1 else 'are women'} and {men} "
        f"{'is a man' if men == 1 else 'are men'}"
    )
    if unknown:
        sentence += f"; for {unknown} neither the text nor the first name says"
    if from_name:
        sentence += f" ({from_name} read from the first name alone, which can be wrong)"
    return sentence + "."
