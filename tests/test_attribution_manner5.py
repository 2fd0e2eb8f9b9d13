"""Quotative verbs: verbs of manner of speaking and of reaction report only beside a quotation.

"“…,” X barked", "X shot back: “…”", "“…?” the host pressed" report speech (Levin 1993,
37.3, 37.7, 37.8, 40.2); the same verbs elsewhere have another sense ("charged with
murder", "pressed the button", "beamed at the crowd") and give no row. Every sentence
here is invented.
"""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import lexicons
from analysis.attribution.cues import beside_quotation, cue_lexicon, find_cues
from analysis.attribution.extract import quotes
from analysis.attribution.vocabulary import QUOTATION_ONLY_LEMMAS, QUOTATIVE_LEMMAS


def table_of(text: str) -> pd.DataFrame:
    return quotes(analysis.parse_article(text))


def only_row(text: str) -> pd.Series:
    table = table_of(text)
    assert len(table) == 1, table[["text", "cue", "speaker_mention"]].to_string()
    return table.iloc[0]


# ------------------------------------------------------------------ positives, by class


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # manner of speaking (Levin 37.3)
        (
            "“Get out of my office right now,” the senator barked.",
            "barked",
            "the senator",
            "“Get out of my office right now,”",
        ),
        # reaction and reply
        (
            "“That is simply false and she knows it,” shot back Mayor Ana Ruiz.",
            "shot back",
            "Mayor Ana Ruiz",
            "“That is simply false and she knows it,”",
        ),
        (
            "“Nobody told us anything about the plan,” reacted the coach.",
            "reacted",
            "the coach",
            "“Nobody told us anything about the plan,”",
        ),
        # judgement (Levin 33)
        (
            "“You have let down every family in this town,” Ana Ruiz charged.",
            "charged",
            "Ana Ruiz",
            "“You have let down every family in this town,”",
        ),
        # directives
        (
            "“Would you cut the school budget again?” the host pressed.",
            "pressed",
            "the host",
            "“Would you cut the school budget again?”",
        ),
        (
            "“Step out of the car with your hands up,” an officer ordered.",
            "ordered",
            "an officer",
            "“Step out of the car with your hands up,”",
        ),
        # nonverbal expression (Levin 40.2)
        (
            "“This is the best day of my whole life,” beamed Tom Ellis, a farmer.",
            "beamed",
            "Tom Ellis",
            "“This is the best day of my whole life,”",
        ),
        # opinion and inference
        (
            "“People are fed up with the council’s delays,” he surmised.",
            "surmised",
            "he",
            "“People are fed up with the council’s delays,”",
        ),
    ],
)
def test_quotative_verb_after_a_quotation_reports_it(text, cue, speaker, content):
    row = only_row(text)
    assert (row["kind"], row["cue"], row["speaker_mention"]) == ("direct", cue, speaker)
    assert row["text"] == content


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The mayor shot back: “That is simply false and she knows it.”", "shot back", "The mayor"),
        ("Jane Smith fired back: “We will never give up the fight.”", "fired back", "Jane Smith"),
        ("Her colleague echoed: “We will not back down on this bill.”", "echoed", "Her colleague"),
        (
            "Ruiz charged in a statement, “The council has betrayed every voter here.”",
            "charged",
            "Ruiz",
        ),
    ],
)
def test_quotative_verb_before_a_quotation_reports_it(text, cue, speaker):
    row = only_row(text)
    assert (row["kind"], row["cue"], row["speaker_mention"]) == ("direct", cue, speaker)


def test_interrupted_quotation_with_a_quotative_verb_is_one_row():
    text = "“As far as I can tell,” she elaborated, “nobody wins when the plant closes.”"
    row = only_row(text)
    assert (row["cue"], row["speaker_mention"]) == ("elaborated", "she")
    assert len(row["fragments"]) == 2


# ------------------------------------------------------------------ negatives: other senses


@pytest.mark.parametrize(
    "text",
    [
        "Police charged the driver with reckless endangerment on Friday.",
        "She pressed the button and ordered a pizza for the whole team.",
        "The mayor beamed at the crowd and reacted to the news with a wave.",
        "The suspect shot back at the officers before fleeing the scene.",
        "The hall echoed with applause as the dog barked outside.",
        "He elaborated on the plan at length before the vote.",
    ],
)
def test_quotative_verb_in_its_other_sense_gives_no_row(text):
    assert table_of(text).empty
    assert not any(c.lemma in QUOTATIVE_LEMMAS for c in find_cues(text))


def test_other_sense_does_not_take_a_sentence_from_a_verb_of_saying():
    row = only_row("Prosecutors charged him with fraud last week, the spokesman said.")
    assert (row["cue"], row["speaker_mention"]) == ("said", "the spokesman")
    assert row["text"].startswith("Prosecutors charged him with fraud")


def test_object_before_a_quotation_is_no_quotative_frame():
    """ "emailed a link to reporters: “…”": the noun after the verb is its object, so
    the verb is no quotative cue and "a link" never becomes the speaker."""
    text = "The group emailed a link to reporters with one line: “Read this today.”"
    assert not beside_quotation(text, text.index("emailed"), text.index("emailed") + 7)
    assert "a link" not in set(table_of(text)["speaker_mention"])


def test_sentence_end_between_quotation_and_verb_is_no_frame():
    text = "“We won the vote,” said Ana Ruiz. The crowd roared. Then it went home."
    assert [c.text_form for c in find_cues(text)] == ["said"]


def test_quotative_verb_in_a_title_case_headline_is_no_cue():
    text = "Mayor Charges Ahead With Budget Plan\n\nThe council met on Monday to vote on it."
    assert table_of(text).empty


def test_verb_of_saying_is_unchanged_by_the_quotative_frames():
    row = only_row("Ana Ruiz said that the council will vote on the budget next week.")
    assert (row["kind"], row["cue"]) == ("indirect", "said")


# ------------------------------------------------------------------ the lexicon


def test_every_quotative_lemma_has_forms_and_takes_no_indirect_content():
    classes = {r["lemma"] for r in lexicons.rows("cue_classes") if r["class"] == "quotative"}
    assert classes == QUOTATIVE_LEMMAS
    assert QUOTATIVE_LEMMAS.issubset(QUOTATION_ONLY_LEMMAS)
    lemmas = {lemma for lemma, kind in cue_lexicon().values() if kind == "verb"}
    assert QUOTATIVE_LEMMAS.issubset(lemmas)
    assert {"bark", "shoot back", "charge", "press", "order", "beam", "react"} <= QUOTATIVE_LEMMAS
