"""One-sentence takeaways for the stance charts (notebook 04), computed from the stance tables."""

from __future__ import annotations

import pandas as pd

#: What to say when the article has no proposal to read stances on.
NO_TARGET_SENTENCE = (
    "No proposal (\u201cX to <verb> ...\u201d) comes back in this article, so there is no "
    "issue to read the speakers' stances on: set TARGET in the parameters cell to a claim or "
    "proposal in your own words."
)


def target_takeaway(target: dict | None) -> str:
    """One sentence on the issue stances are read on, or asking for one when there is none."""
    if not target or target.get("text") is None:
        return NO_TARGET_SENTENCE
    how = {"given": "the target you set", "most discussed proposal": "the most discussed proposal"}
    source = how.get(target.get("method", ""), target.get("method", ""))
    mentions = target.get("mentions")
    times = f", which {mentions} body sentences come back to" if mentions and mentions > 1 else ""
    return f"Stances are read on {source}: \u201c{target['text']}\u201d{times}."


def stance_takeaway(per_speaker: pd.DataFrame, target: dict | None = None) -> str:
    """One sentence on who is for and who is against, with each side's strongest words.

    Given the ``target`` (:func:`analysis.stance.propose_target`), an article with no
    target gets :data:`NO_TARGET_SENTENCE` instead of an empty chart's silence.
    """
    if target is not None and target.get("text") is None:
        return NO_TARGET_SENTENCE
    if per_speaker.empty:
        return "No attributed speech was found, so no speaker's stance can be read."
    sides = []
    for label, verb in (("against", "against"), ("favor", "in favour")):
        side = per_speaker[per_speaker["label"] == label]
        if len(side):
            names = ", ".join(side["speaker"])
            first = side.iloc[0 if label == "against" else -1]
            lean = "leans" if len(side) == 1 else "lean"
            sides.append(
                f"{names} {lean} {verb} (strongest cue for {first['speaker']}: "
                f"{first['cues'].split(';')[0]})"
            )
    neutral = per_speaker[per_speaker["label"] == "neutral"]["speaker"].tolist()
    if neutral:
        stay = "stays" if len(neutral) == 1 else "stay"
        sides.append(f"{', '.join(neutral)} {stay} neutral or conditional")
    return "; ".join(sides) + "."


def framing_takeaway(framing_counts: pd.DataFrame) -> str:
    """One sentence on how the reporter's verbs frame the speakers."""
    if framing_counts.empty:
        return "No reporting verb was found."
    totals = framing_counts.groupby("framing")["attributions"].sum()
    share = totals.get("neutral", 0) / totals.sum()
    marked = framing_counts[~framing_counts["framing"].isin(["neutral", "other"])]
    detail = "; ".join(
        f"{row.speaker}: {row.framing.replace('_', ' ')} ({', '.join(row.verbs)})"
        for row in marked.itertuples()
    )
    return f"{share:.0%} of attributions use a neutral verb" + (
        f"; the others: {detail}." if detail else "."
    )


def markers_takeaway(rates: pd.DataFrame) -> str:
    """One sentence naming the voice that hedges most and the one that boosts most."""
    wide = rates.pivot(index="voice", columns="lexicon", values="per_100_words")
    parts = []
    for lexicon, verb in (("hedges", "hedges most"), ("boosters", "boosts most")):
        if lexicon in wide and wide[lexicon].max() > 0:
            voice = wide[lexicon].idxmax()
            parts.append(f"{voice} {verb} ({wide.loc[voice, lexicon]:.1f} per 100 words)")
    return ("; ".join(parts) or "No hedges or boosters were found") + "."


def matrix_takeaway(matrix: pd.DataFrame) -> str:
    """One sentence on the strongest cell of the stance matrix outside the central issue."""
    spoken = matrix[matrix["evidence_count"] > 0]
    if spoken.empty:
        return "No speaker says anything scorable about the article's main names and proposals."
    cell = spoken.loc[spoken["score"].abs().idxmax()]
    return (
        f"The clearest position in the matrix is {cell['speaker']} on {cell['target']} "
        f"({cell['label']}, {cell['score']:+.2f}); a dash means the speaker never spoke to that target."
    )
