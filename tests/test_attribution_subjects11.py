"""Subjects, round 11: "those" and plural heads with a postmodifier before a bare
reporting form ("Those close to the mayor say", "Nurses trying to win the vote say",
"those who drew up the plan acknowledge"). Invented sentences."""

import analysis
from analysis.core.article import parse_article


def _rows(body: str) -> list[tuple[str, str, str]]:
    text = f"Title line.\n\n{body}\n"
    quotes = analysis.analyse(parse_article(text)).quotes
    return [(r.speaker_mention, r.speaker, text[r.start : r.end]) for r in quotes.itertuples()]


def test_those_with_an_adjective_and_its_complement_say():
    rows = _rows("Those close to the mayor say she will run again next spring.")
    assert rows == [
        ("Those close to the mayor", "Those close to the mayor", "she will run again next spring")
    ]


def test_those_with_a_prepositional_phrase_say():
    rows = _rows("Those at the plant say the line will close in June.")
    assert [r[0] for r in rows] == ["Those at the plant"]


def test_those_of_a_partitive_stays_as_before():
    rows = _rows("Those of us in the hall say the speech ran long.")
    assert [r[0] for r in rows] == ["Those of us in the hall"]


def test_a_plural_head_with_an_ing_participle_before_a_to_infinitive_says():
    rows = _rows("Nurses trying to win the vote say the wards are understaffed.")
    assert [r[0] for r in rows] == ["Nurses trying to win the vote"]


def test_a_singular_noun_with_a_to_infinitive_before_a_bare_form_is_no_cue():
    assert _rows("The plans to win the vote say little about costs.") == []


def test_those_who_with_a_relative_clause_acknowledge():
    rows = _rows("But those who have drawn up the plan acknowledge that it will cost more.")
    assert rows == [
        (
            "those who have drawn up the plan",
            "those who have drawn up the plan",
            "that it will cost more",
        )
    ]


def test_those_as_a_determiner_before_a_singular_bare_form_is_no_cue():
    assert _rows("Those facts say little about costs.") == []


def test_plural_people_with_an_ing_participle_head_the_subject_not_its_object():
    rows = _rows("Scientists using a telescope atop Mount Vexa have confirmed that ice is there.")
    assert [r[0] for r in rows] == ["Scientists using a telescope atop Mount Vexa"]
    assert rows[0][1] != "Mount Vexa"


def test_a_thing_with_a_prepositional_phrase_keeps_its_own_subject():
    rows = _rows("A telescope atop Mount Vexa has confirmed that ice is there.")
    assert [r[0] for r in rows] == ["A telescope atop Mount Vexa"]


def test_a_relative_clause_on_an_appositive_closes_with_the_appositive():
    rows = _rows(
        "A source inside the Vexa camp, a refugee who feared reprisals, said that the "
        "claim was false."
    )
    assert [(r[0], r[2]) for r in rows] == [
        ("A source inside the Vexa camp", "that the claim was false")
    ]


def test_a_relative_clause_on_an_object_still_reports_to_the_sentence_end():
    rows = _rows("Tom met Ana Ruiz, a farmer who said the plan would fail.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("who", "Ana Ruiz", "the plan would fail")]


def test_plural_people_with_an_ing_participle_before_a_bare_form_say():
    rows = _rows("Officials using the new system say the queues are shorter.")
    assert [r[0] for r in rows] == ["Officials using the new system"]


def test_a_singular_noun_with_an_ing_phrase_before_a_bare_form_is_no_cue():
    assert _rows("The cost of making the parts say little.") == []


def test_those_around_a_person_acknowledge():
    rows = _rows("Those around him acknowledge that the bid is unlikely to succeed.")
    assert [(r[0], r[2]) for r in rows] == [
        ("Those around him", "that the bid is unlikely to succeed")
    ]


def test_around_before_a_number_is_no_subject():
    rows = _rows("Around 40 said the bid was unlikely to succeed.")
    assert all(r[0] != "40" for r in rows)
