"""One-sentence takeaways for the readability charts (notebook 05), computed from the readability tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.readability.formulas import FLESCH_EASE_BANDS, NEWS_GRADE_BAND
from analysis.takeaways import plural

if TYPE_CHECKING:
    from analysis.readability.report import Readability


def describe_grade(report: Readability, band: tuple[float, float] = NEWS_GRADE_BAND) -> str:
    """One sentence placing the Flesch-Kincaid and consensus grades against the news band."""
    fk, consensus = report["flesch_kincaid_grade"], report["consensus_grade"]
    if np.isnan(fk):
        return "The body has no words to measure."
    low, high = band
    where = "below" if fk < low else "above" if fk > high else "within"
    words_per_sentence = report["words"] / max(report["sentences"], 1)
    sentence = (
        f"Flesch-Kincaid puts the body at grade {fk:.1f}, {where} the grade {low:.0f}-{high:.0f} "
        f"band usual for news, with {words_per_sentence:.0f} words per sentence; "
        f"the median of the grade formulas is {consensus:.1f}."
    )
    if not report.valid["flesch_kincaid_grade"]:
        sentence += f" Read it with care: {report.notes['flesch_kincaid_grade']}."
    return sentence


def describe_by(table: pd.DataFrame, by: str, measure: str = "flesch_kincaid_grade") -> str:
    """One sentence naming the hardest and easiest rows of a :func:`readability_by` table."""
    rows = table.dropna(subset=[measure])
    if rows.empty:
        return f"No {by} has words to measure."
    hardest = rows.loc[rows[measure].idxmax()]
    easiest = rows.loc[rows[measure].idxmin()]
    if by in ("paragraph", "sentence"):
        label = lambda row: f"{by} {int(row[by])}"  # noqa: E731
    else:
        label = lambda row: str(row[by])  # noqa: E731
    if len(rows) == 1:
        return f"Only {label(hardest)} has words to measure: grade {hardest[measure]:.1f}."
    sentence = (
        f"The hardest is {label(hardest)} at grade {hardest[measure]:.1f} "
        f"({int(hardest['words'])} words), the easiest {label(easiest)} at grade "
        f"{easiest[measure]:.1f} ({int(easiest['words'])} words)."
    )
    if rows["few_words"].any():
        sentence += " Groups under 100 words are compared, not graded."
    return sentence


def describe_reading_ease(report: Readability) -> str:
    """One sentence placing Flesch Reading Ease in Flesch's (1949) bands."""
    score = report["flesch_reading_ease"]
    if np.isnan(score):
        return "The body has no words to measure."
    name, schooling = next((n, g) for low, n, g in FLESCH_EASE_BANDS if score >= low)
    return (
        f"Reading Ease is {score:.0f} of 100, '{name}' on Flesch's scale, "
        f"a band he matched to {schooling} reading."
    )


def describe_voices(voices: pd.DataFrame, speakers: pd.DataFrame | None = None) -> str:
    """One sentence comparing the grade of quotations with narration, then the speakers' range."""
    grade = voices.set_index("voice")["flesch_kincaid_grade"]
    if "quotation" not in grade or "narration" not in grade:
        only = ", ".join(grade.index) or "nothing"
        return (
            f"There is only {only} to measure here: no comparison between narration and quotation."
        )
    quoted, narrated = grade["quotation"], grade["narration"]
    gap = narrated - quoted
    comparison = (
        "more plainly than"
        if gap > 1
        else "less plainly than"
        if gap < -1
        else "about as plainly as"
    )
    sentence = (
        f"Quotations read at grade {quoted:.1f} and narration at {narrated:.1f}: "
        f"the quoted voices speak {comparison} the reporter writes."
    )
    if speakers is not None and len(speakers.dropna(subset=["flesch_kincaid_grade"])) > 1:
        ranked = speakers.dropna(subset=["flesch_kincaid_grade"])
        plain = ranked.loc[ranked["flesch_kincaid_grade"].idxmin()]
        hard = ranked.loc[ranked["flesch_kincaid_grade"].idxmax()]
        sentence += (
            f" Among speakers, {plain['speaker']} is plainest ({plain['flesch_kincaid_grade']:.1f})"
            f" and {hard['speaker']} hardest ({hard['flesch_kincaid_grade']:.1f})"
        )
        sentence += ", each on under 100 words." if ranked["few_words"].all() else "."
    return sentence


def describe_hardest(hardest: pd.DataFrame, report: Readability) -> str:
    """One sentence on what sets the hardest sentences apart from the body: length or long words.

    Flesch-Kincaid grows with words per sentence and syllables per word; the factor
    whose ratio to the body's average is larger is named.
    """
    if hardest.empty or report["words"] == 0:
        return "There is no sentence to rank."
    length = hardest["words"].sum() / len(hardest)
    weight = hardest["syllables"].sum() / max(hardest["words"].sum(), 1)
    body_length = report["words"] / max(report["sentences"], 1)
    body_weight = report["syllables"] / report["words"]
    cause = "their length" if length / body_length >= weight / body_weight else "their long words"
    return (
        f"The {len(hardest)} hardest sentences run {length:.0f} words on average "
        f"(the body: {body_length:.0f}) at {weight:.2f} syllables a word (the body: "
        f"{body_weight:.2f}): it is {cause} that sets them apart."
    )


def describe_difficult(table: pd.DataFrame, report: Readability) -> str:
    """One sentence on how many words are off the Dale-Chall list and which recur most."""
    if table.empty:
        return "Every word of the body is on the Dale-Chall list of familiar words."
    share = report["difficult_words"] / max(report["words"], 1)
    top = table.iloc[0]
    return (
        f"{report['difficult_words']} of {report['words']} words ({share:.0%}) are off the "
        f"Dale-Chall list of familiar words; the most used is '{top['word']}' ({plural(int(top['count']), 'time')})."
    )


def describe_textstat_gap(comparison: pd.DataFrame) -> str:
    """One sentence on how far textstat's own counts move its grade from the project's."""
    row = comparison.set_index("quantity")
    sentences, grade = row.loc["sentences"], row.loc["flesch_kincaid_grade"]
    if sentences["textstat"] == sentences["project"]:
        split = f"textstat finds the same {int(sentences['project'])} sentences"
    else:
        split = (
            f"textstat counts {int(sentences['textstat'])} sentences where the article's "
            f"sentence table has {int(sentences['project'])}"
        )
    return (
        f"On this body {split}; with its own counts it grades the text "
        f"{grade['textstat']:.1f} against the project's {grade['project']:.1f}."
    )
