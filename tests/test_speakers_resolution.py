"""The right speaker: bodies referred back to, possessive descriptors, roles kept apart
from names, and mentions that name nobody. Every article here is invented; the
attribution rows are written by hand so that only speaker resolution is tested."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.core.schema import UNRESOLVED
from analysis.speakers import find_entities, resolve_speakers
from analysis.speakers.lexicon import names_a_source


def row(text: str, content: str, mention: str, near: str | None = None) -> dict:
    start = text.index(content)
    position = text.index(mention, text.index(near) if near else 0)
    return {
        "start": start,
        "end": start + len(content),
        "kind": "indirect",
        "speaker_mention": mention,
        "speaker_start": position,
        "speaker_end": position + len(mention),
    }


def resolve(text: str, rows: list[dict]) -> list:
    article = analysis.parse_article(text)
    return resolve_speakers(article, pd.DataFrame(rows)).tolist()


def test_the_company_and_it_refer_back_to_the_named_body():
    text = (
        "Harbourline Shipping Corporation cut 400 jobs on Monday. "
        "The company said demand had fallen. "
        "It said more cuts were possible."
    )
    rows = [
        row(text, "demand had fallen", "The company"),
        row(text, "more cuts were possible", "It", near="It said"),
    ]
    assert resolve(text, rows) == ["Harbourline Shipping Corporation"] * 2


def test_a_possessive_descriptor_is_its_own_speaker_not_the_nearest_lawyer():
    text = (
        "Rudy Vance, the governor's personal lawyer, spoke on Monday. "
        "Morrison's lawyer said the claim was false."
    )
    rows = [row(text, "the claim was false", "Morrison's lawyer")]
    assert resolve(text, rows) == ["Morrison's lawyer"]


def test_a_possessive_descriptor_links_when_the_role_names_that_possessor():
    text = (
        "Rudy Vance, Morrison's lawyer, spoke on Monday. "
        "Morrison's lawyer said the claim was false."
    )
    rows = [row(text, "the claim was false", "Morrison's lawyer", near="Monday")]
    assert resolve(text, rows) == ["Rudy Vance"]


def test_a_name_keeps_its_role_apart_from_a_party_word_inside_it():
    text = (
        "Former Conservative infrastructure critic Michael Chong said the bridge was late. "
        "Chong said the cost had doubled."
    )
    mention = "Former Conservative infrastructure critic Michael Chong"
    rows = [row(text, "the bridge was late", mention), row(text, "the cost had doubled", "Chong")]
    assert resolve(text, rows) == ["Michael Chong", "Michael Chong"]
    people = find_entities(analysis.parse_article(text)).entities.set_index("name")
    assert "critic" in people.loc["Michael Chong", "role"]


def test_mentions_that_name_nobody_are_unresolved():
    text = (
        "Fifty-one said yes. You said it was fine. Ambient lighting said everything. "
        "Two people familiar with the talks said a deal was near."
    )
    rows = [
        row(text, "yes", "Fifty-one"),
        row(text, "it was fine", "You"),
        row(text, "everything", "Ambient lighting"),
        row(text, "a deal was near", "Two people familiar with the talks"),
    ]
    resolved = resolve(text, rows)
    assert resolved[:3] == [UNRESOLVED] * 3
    assert resolved[3] == "Two people familiar with the talks"


def test_what_can_name_a_source():
    assert names_a_source("the report")
    assert names_a_source("critics")
    assert names_a_source("a spokeswoman for the ministry")
    assert not names_a_source("Tuesday")
    assert not names_a_source("However")
    assert not names_a_source("Twenty-three")
