"""Attribution rows on real news that went wrong by a general cause (issue 10, round 5).

Every sentence here is invented for one construction: the bad row must be gone, flagged
or corrected, and a neighbouring good construction must still be read.
"""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.attribution.extract import quotes


def table_of(text: str) -> pd.DataFrame:
    return quotes(analysis.parse_article(text))


def only_row(text: str) -> pd.Series:
    table = table_of(text)
    assert len(table) == 1, table[["cue", "speaker_mention", "text"]].to_string()
    return table.iloc[0]


# ------------------------------- an inverted cue of saying wins over a verb in its content
def test_an_inverted_final_cue_wins_over_a_verb_inside_a_relative_clause():
    row = only_row(
        "Ferry routes will be cut in towns that do not support the line’s main goals,"
        " said the line’s new chair Ana Ruiz in an email to staff that was seen by a reporter."
    )
    assert row.cue == "said" and "Ana Ruiz" in row.speaker_mention
    assert row.text.startswith("Ferry routes will be cut") and not row.check


def test_a_genitive_counts_as_the_determiner_of_a_long_inverted_source():
    row = only_row(
        "The ferry will stop running in May, said The Harbor Line’s new executive chair"
        " Ana Maria Ruiz in a statement."
    )
    assert row.speaker_mention.endswith("Ana Maria Ruiz")


def test_a_verb_of_saying_inside_the_content_keeps_its_own_reading():
    table = table_of("Ana Ruiz told the council the ferry would stop, said a clerk.")
    assert "told" in set(table["cue"])
