"""Frames that report no words, and frames that surely do (issue 10, round 8).

Every sentence is invented for one construction; each positive has a neighbour that must
stay as it is.
"""

from __future__ import annotations

import pytest
from attribution_rows import table_of


def _rows(text: str, cue: str):
    table = table_of("A title line.\n\n" + text)
    return table[table["cue"].str.lower() == cue]


# ------------------------------------------------------------------ no words reported
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("She wrote hundreds of songs that summer.", "wrote"),  # authoring a work
        ("Half of the firms are writing custom phone apps, the report said.", "writing"),
        ("Although she had written a will, it was never signed.", "written"),  # "a will": a noun
        ("The officers called an ambulance.", "called"),  # phoning
        ("My brother called him later, but the clerk kept quiet.", "called"),
        ("The coach agreed a deal to lead the club until 2030.", "agreed"),  # consent
        ("The coach has agreed a deal to lead the club until the end of the season.", "agreed"),
        ("The twins agreed to an interview, but only by email.", "agreed"),
        ("The astronomers observed the comet for nine nights.", "observed"),  # watching
        (
            "The probe will circle the planet, characterizing its rings and hunting for ice.",
            "characterizing",
        ),
        (
            "The clip was cut to show her stalling, when, in fact, she answered quickly.",
            "answered",
        ),  # a cue in a clause of time after the would-be content
        ("But you will always wonder, “What if I had stayed?”", "wonder"),  # the reader
        ("Am I wrong to feel hurt and consider his pride may be stronger?", "consider"),
        ("Current fears about a flood are being fuelled by the rain.", "fears"),  # a noun
    ],
)
def test_frame_reports_nothing(text: str, cue: str) -> None:
    assert _rows(text, cue).empty, _rows(text, cue)[["speaker_mention", "text"]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("She wrote that the songs were lost.", "wrote", "that the songs were lost"),
        ("She wrote the plan would fail.", "wrote", "the plan would fail"),
        (
            "The signals from the mast were weak, Hale said.",
            "said",
            "The signals from the mast were weak",
        ),
        ("He wrote an angry op-ed against the levy.", "wrote", "an angry op-ed against the levy"),
        ("The mayor called the plan a sham.", "called", "the plan a sham"),
        ("The senator called him reckless.", "called", "him reckless"),
        ("Analysts agree the levy would hurt farmers.", "agreed", None),
        ("The clerk agreed that the fee was too high.", "agreed", "that the fee was too high"),
        ("The nurse observed that the ward was full.", "observed", "that the ward was full"),
        (
            "The mayor characterized the levy as a tax on renters.",
            "characterized",
            "the levy as a tax on renters",
        ),
        ("The ward was full, the nurse said, when the flu came.", "said", "The ward was full"),
    ],
)
def test_neighbour_still_reports(text: str, cue: str, content: str | None) -> None:
    table = table_of("A title line.\n\n" + text)
    if content is None:  # the row may carry another cue form ("agree"): any row will do
        assert not table.empty
        return
    rows = table[table["cue"].str.lower() == cue]
    assert list(rows["text"]) == [content], table[["cue", "text"]]


# ---------------------------------------------------- sure frames are not flagged
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Vietnam accused the envoy of meddling in its affairs.", "accused"),
        ("Hale has always denied the allegations.", "denied"),
        ("The council called the merger a disaster.", "called"),
        ("Hale responded that the fund was empty.", "responded"),
    ],
)
def test_sure_frame_not_flagged(text: str, cue: str) -> None:
    rows = _rows(text, cue)
    assert len(rows) == 1 and not rows["check"].iloc[0], rows[["text", "confidence"]]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Hale has always denied the request.", "denied"),  # no charge denied: a refusal
        ("The mayor rejected the offer, accusing the board of bias.", "accusing"),
    ],
)
def test_doubtful_neighbour_stays_flagged(text: str, cue: str) -> None:
    rows = _rows(text, cue)
    assert rows.empty or bool(rows["check"].iloc[0]), rows[["text", "confidence"]]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister denounced a court ruling on the curfew.", "denounced"),  # stance
        ("Warden Ola Hale acknowledged severe staffing shortages on Tuesday.", "acknowledged"),
        ("The port authority announced an order of twelve new ferries.", "announced"),
    ],
)
def test_stance_and_news_objects_not_flagged(text: str, cue: str) -> None:
    rows = _rows(text, cue)
    assert len(rows) == 1 and not rows["check"].iloc[0], rows[["text", "confidence"]]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The rash is missed if the patient reports no pets in the home.", "reports"),
        ("The critics never cite evidence of any fraud in the count.", "cite"),
        ("The firm admitted to the faulty hinge and launched a repair scheme.", "admitted"),
        ("The county health office reported its second case of measles.", "reported"),
        ("The caretaker announced the leak to the landlord.", "announced"),  # handed on
    ],
)
def test_negated_conditional_or_handed_on_stays_flagged(text: str, cue: str) -> None:
    rows = _rows(text, cue)
    assert rows.empty or bool(rows["check"].iloc[0]), rows[["text", "confidence"]]
