"""What to check by eye: the hardest sentences, the difficult words, the words whose
syllables were estimated, and the project's counts next to textstat's.
"""

from __future__ import annotations

import pandas as pd

from analysis.core.article import Article
from analysis.readability.body import readability_report
from analysis.readability.breakdown import readability_by
from analysis.readability.words import article_word_table


def hardest_sentences(article: Article, n: int = 5) -> pd.DataFrame:
    """The ``n`` body sentences with the highest Flesch-Kincaid grade, hardest first.

    One sentence is far shorter than the formulas' samples: the grade ranks sentences
    against each other (long sentences of long words first), it is not a grade of its own.
    """
    table = readability_by(article, "sentence")
    columns = [
        "sentence", "paragraph", "start", "end", "words", "syllables", "polysyllables",
        "difficult_words", "flesch_kincaid_grade", "text",
    ]  # fmt: skip
    return (
        table.sort_values(["flesch_kincaid_grade", "start"], ascending=[False, True])
        .head(n)[columns]
        .reset_index(drop=True)
    )


def difficult_words(article: Article, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per distinct word off the Dale-Chall familiar list, most used and longest first.

    Columns: ``word`` (lower case, possessive 's removed), ``count``, ``quoted`` (uses in quotation marks),
    ``syllables``, ``complex`` (Gunning), and ``start``/``end``/``text`` of its first use.
    """
    words = article_word_table(article) if words is None else words
    hard = words[words["difficult"]]
    # "alliance’s" is a use of "alliance".
    hard = hard.assign(word=hard["lower"].str.replace(r"['’]s$", "", regex=True))
    return (
        hard.groupby("word", sort=False)
        .agg(
            count=("token", "size"),
            quoted=("in_quote", "sum"),
            syllables=("syllables", "min"),
            complex=("complex", "first"),
            start=("start", "first"),
            end=("end", "first"),
            text=("text", "first"),
        )
        .reset_index()
        .sort_values(["count", "syllables", "start"], ascending=[False, False, True])
        .reset_index(drop=True)
    )


def estimated_words(article: Article, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per distinct body word whose syllables were estimated (not in the CMU dictionary).

    Columns: ``word`` (as first written), ``syllables``, ``count``, and ``start``/``end``/
    ``text`` of its first use. These are the counts to check by ear.
    """
    words = article_word_table(article) if words is None else words
    guessed = words[words["syllable_source"].eq("estimated")]
    return (
        guessed.groupby("lower", sort=False)
        .agg(
            word=("text", "first"),
            syllables=("syllables", "first"),
            count=("token", "size"),
            start=("start", "first"),
            end=("end", "first"),
            text=("text", "first"),
        )
        .reset_index(drop=True)
    )


def compare_with_textstat(article: Article) -> pd.DataFrame:
    """The project's counts and Flesch scores next to textstat's own on the same body text.

    One row per quantity (sentences, words, syllables, Flesch Reading Ease, Flesch-Kincaid
    grade) with ``project``, ``textstat`` and ``difference``. textstat is given the body
    sentences joined by spaces, exactly the text the project scores, so every difference
    comes from its counting: its sentence splitter and its pyphen fallback for syllables.
    """
    import textstat

    body = " ".join(article.body_sentences["text"])
    report = readability_report(article)
    rows = [
        ("sentences", report["sentences"], textstat.sentence_count(body)),
        ("words", report["words"], textstat.lexicon_count(body)),
        ("syllables", report["syllables"], textstat.syllable_count(body)),
        ("flesch_reading_ease", report["flesch_reading_ease"], textstat.flesch_reading_ease(body)),
        (
            "flesch_kincaid_grade",
            report["flesch_kincaid_grade"],
            textstat.flesch_kincaid_grade(body),
        ),
    ]
    table = pd.DataFrame(rows, columns=["quantity", "project", "textstat"])
    table["difference"] = table["project"] - table["textstat"]
    return table.assign(start=report.start, end=report.end)
