"""One-sentence takeaways for the sentiment charts, computed from the tables.

Each function states a fact about the article in plain words; the thresholds that turn
numbers into words are named constants so a reader can check them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.core.schema import UNRESOLVED
from analysis.takeaways import plural, shorten

#: Mean compound beyond which a group is called positive or negative in words; the news
#: model's scores live on the readers' scale (mean rating / 4), where 0.05 is a fifth of
#: a rating point.
CLEAR_TONE = 0.05


def tone_word(mean: float) -> str:
    """``negative``, ``positive`` or ``about neutral`` for a mean compound."""
    if mean <= -CLEAR_TONE:
        return "negative"
    if mean >= CLEAR_TONE:
        return "positive"
    return "about neutral"


def _quoted(text: str, limit: int = 70) -> str:
    return f"“{shorten(text, limit)}”"


def arc_takeaway(table: pd.DataFrame) -> str:
    """Where the article is most negative and most positive, and its overall tone."""
    if table.empty:
        return "The article has no sentences to score."
    thirds = np.array_split(table["compound"].to_numpy(), 3)
    means = [float(part.mean()) if len(part) else 0.0 for part in thirds]
    low = table.loc[table["compound"].idxmin()]
    counts = table["label"].value_counts()
    return (
        f"Over {len(table)} sentences the tone is {tone_word(table['compound'].mean())} on "
        f"average ({counts.get('negative', 0)} negative, {counts.get('positive', 0)} positive, "
        f"{counts.get('neutral', 0)} neutral); the opening third is {tone_word(means[0])}, "
        f"the closing third {tone_word(means[2])}, and the lowest point is sentence "
        f"{low['sentence']}, {_quoted(low['text'])}"
    )


def speaker_takeaway(per_speaker: pd.DataFrame) -> str:
    """Who is quoted most and whose words sound most negative and most positive.

    A pronoun speaker that resolved to no one ("(unresolved)") is nobody to name here.
    """
    per_speaker = per_speaker[per_speaker["speaker"] != UNRESOLVED]
    if per_speaker.empty:
        return "No attribution with a speaker was found, so there is no tone per speaker."
    top = per_speaker.iloc[0]
    lowest = per_speaker.loc[per_speaker["mean"].idxmin()]
    highest = per_speaker.loc[per_speaker["mean"].idxmax()]
    sentence = (
        f"{top['speaker']} is quoted most ({plural(int(top['n']), 'attribution')}, "
        f"{tone_word(top['mean'])} on average)"
    )
    if len(per_speaker) > 1:
        sentence += (
            f"; the most negative words come from {lowest['speaker']} "
            f"(mean {lowest['mean']:+.2f}) and the most positive from {highest['speaker']} "
            f"(mean {highest['mean']:+.2f})"
        )
    return sentence + "."


def extremes_takeaway(table: pd.DataFrame) -> str:
    """The words behind the most negative and most positive sentences."""
    scored = table[table["compound"] != 0]
    if scored.empty:
        return "No sentence carries a word any of the lexicons knows."
    low = scored.loc[scored["compound"].idxmin()]
    high = scored.loc[scored["compound"].idxmax()]
    return (
        f"The most negative sentence turns on {', '.join(low['drivers'][:3]) or 'no single word'}"
        f" ({low['compound']:+.2f}); the most positive on "
        f"{', '.join(high['drivers'][:3]) or 'no single word'} ({high['compound']:+.2f})."
    )


def voice_takeaway(by_voice: pd.DataFrame) -> str:
    """How the reported voices compare with the article's own narration."""
    means = by_voice.set_index("voice")["mean"]
    counts = by_voice.set_index("voice")["n"]
    parts = [
        f"{voice} {means[voice]:+.2f} ({plural(int(counts[voice]), 'sentence')})"
        for voice in ("narration", "paraphrase", "quotation")
        if voice in means.index
    ]
    sentence = "Mean tone: " + ", ".join(parts) + "."
    if {"narration", "quotation"} <= set(means.index):
        gap = means["quotation"] - means["narration"]
        direction = "more negative" if gap < 0 else "more positive"
        if abs(gap) < CLEAR_TONE:
            sentence += " Quotations and narration sound about the same."
        else:
            sentence += f" The quoted voices sound {direction} than the narration."
    return sentence


METHOD_NAMES = {"news": "news model", "encoder": "encoder", "vader": "VADER"}


def methods_takeaway(news: pd.DataFrame, vader: pd.DataFrame, method: str = "news") -> str:
    """How often VADER and the project's ``method`` agree on this article's sentences."""
    same_sign = float((np.sign(news["compound"]) == np.sign(vader["compound"])).mean())
    vader_zero = int((vader["compound"] == 0).sum())
    news_zero = int((news["compound"] == 0).sum())
    varied = len(news) > 2 and news["compound"].std() > 0 and vader["compound"].std() > 0
    r = (
        f"r = {np.corrcoef(news['compound'], vader['compound'])[0, 1]:.2f}"
        if varied
        else "r undefined"
    )
    return (
        f"The two methods give the same sign to {same_sign:.0%} of the sentences ({r}); "
        f"VADER scores {vader_zero} sentences exactly 0, the {METHOD_NAMES[method]} {news_zero}."
    )


def method_note(method: str) -> str:
    """Which method scores this notebook, and how well it did on held-out dev folds."""
    import json

    from analysis.sentiment.encoder import HEAD_FILE
    from analysis.sentiment.scorers import MODEL_FILE

    if method == "vader":
        return "Scores come from plain VADER (NLTK), the social-media baseline."
    stored = json.loads((HEAD_FILE if method == "encoder" else MODEL_FILE).read_text())
    cv = stored["cross_validation"]
    figures = (
        f"cross-validated on the NYT dev half: r {cv['r']:.2f} with the raters' mean, "
        f"weighted F1 {cv['weighted_f1']:.2f}"
    )
    if method == "encoder":
        return (
            "Scores come from the sentence encoder (all-MiniLM-L6-v2 on ONNX Runtime, "
            f"the optional extra, found installed) with the news features; {figures}."
        )
    return (
        "Scores come from the news-calibrated lexicon model (the optional sentence "
        f"encoder is not installed); {figures}."
    )
