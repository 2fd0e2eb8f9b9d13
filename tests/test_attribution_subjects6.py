"""Speaker mentions of round 6 (issue 10): numbers with thousands separators, fronted
time adjuncts, quantity and poll subjects, subordinators and other words that open a
clause before its subject. Invented sentences, a positive and a neighbouring negative
case for each construction.
"""

from __future__ import annotations

import pytest
from attribution_rows import only_row, table_of

from analysis.attribution.phrases import speaker_before


def _mention(sentence: str, cue: str = "said") -> str | None:
    found = speaker_before(sentence, 0, sentence.index(f" {cue} ") + 1)
    return None if found is None else sentence[found[0] : found[1]]


# ------------------------------------------------------------- numbers and time adjuncts


def test_a_number_with_thousands_separators_is_one_word_of_the_subject():
    row = only_row("Title line.\n\nOver the winter 4,120 teachers said they would strike.")
    assert row.speaker_mention == "4,120 teachers"
    assert not row.check


def test_a_number_after_a_comma_is_still_cut_from_what_came_before():
    # "In 2019, 310 nurses": the comma ends the adjunct, the subject is the rest.
    assert _mention("In 2018, 310 nurses said they would strike.") == "310 nurses"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("This week 40 porters said the depot was unsafe.", "40 porters"),
        ("Yesterday officials said the depot was unsafe.", "officials"),
        ("Last autumn 1,005 drivers said the depot was unsafe.", "1,005 drivers"),
    ],
)
def test_a_fronted_time_adjunct_is_no_part_of_the_subject(sentence, mention):
    assert _mention(sentence) == mention


def test_a_possessive_time_phrase_stays_the_subject():
    assert _mention("Last week's audit said the depot was unsafe.") == "Last week's audit"


def test_a_day_with_a_possessive_time_noun_stays_the_subject():
    sentence = "Friday night’s count said the depot was unsafe."
    assert _mention(sentence) == "Friday night’s count"


# ------------------------------------------------------------------- subordinators


def test_a_subordinator_is_never_the_speaker():
    table = table_of("Title line.\n\nWhenever asked about the levy, the twins changed the topic.")
    assert "Whenever" not in set(table["speaker_mention"].dropna())


def test_the_subject_after_a_fronted_clause_still_speaks():
    row = only_row("Title line.\n\nWhenever asked about the levy, the mayor said it was fair.")
    assert row.speaker_mention == "the mayor"
    assert row.text == "it was fair"
