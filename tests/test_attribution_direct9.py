"""Direct quotations, round 9 (issue 10): a quotation whose cue is followed by a source
phrase, a quantifier as the whole subject, a fronted capitalised verb. Every article is
invented."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.attribution.extract import quotes


def table_of(text: str) -> pd.DataFrame:
    return quotes(analysis.parse_article("The town met on Monday.\n\n" + text))


def rows_with(table: pd.DataFrame, fragment: str) -> pd.DataFrame:
    return table[table["text"].str.contains(fragment, regex=False)]


# ------------------------------ "“…,” X said, according to Y. “…”": Y's report ends it


def test_source_phrase_after_the_cue_ends_the_quotation():
    table = table_of(
        "“We are done with the ferry plan,” Ana Ruiz said, according to Ivo Brandt. "
        "“The whole plan failed.”"
    )
    inner = table[table["speaker"] == "Ana Ruiz"]
    assert len(inner) == 1
    assert "according to" not in inner.iloc[0]["text"]
    assert "The whole plan failed" not in inner.iloc[0]["text"]
    outer = table[table["speaker"] == "Ivo Brandt"]
    assert len(outer) == 1 and outer.iloc[0]["text"].startswith("“We are done")


def test_a_circumstance_after_the_cue_still_joins_the_quotations():
    table = table_of(
        "“We are done with the ferry plan,” Ana Ruiz said in a speech on Friday. "
        "“The whole plan failed.”"
    )
    found = rows_with(table, "The whole plan failed")
    assert len(found) == 1 and found.iloc[0]["speaker"] == "Ana Ruiz"
    assert found.iloc[0]["text"].startswith("“We are done")


# ------------------------------------------- "Another tweeted, “…”": a quantifier subject


def test_another_as_the_whole_subject_speaks():
    table = table_of("Another tweeted, “We are done with the ferry plan.”")
    assert list(table["speaker"]) == ["Another"]


def test_another_before_a_noun_is_a_determiner():
    table = table_of("Another study found that the ferry plan was over budget.")
    assert list(table["speaker"]) == ["Another study"]


# ------------------------------------------------- "Tweeted Ruiz: “…”": a fronted verb


def test_fronted_capitalised_verb_before_a_name_and_a_quotation():
    table = table_of("Tweeted Ana Ruiz: “We are done with the ferry plan.”")
    assert list(table["speaker"]) == ["Ana Ruiz"]
    assert list(table["kind"]) == ["direct"]


def test_capitalised_verb_before_a_clause_is_no_cue():
    table = table_of("Added Security Fees at the port were costly, “a waste of money,” they said.")
    assert "Added" not in set(table["cue"])


# ------------------------------- "“…,” he said, that …": the that-clause goes on with it


def test_that_clause_after_a_parenthetical_cue_joins_the_quotation():
    table = table_of("“It is our bad luck,” he said, that both men had ties to this small chapel.")
    assert len(table) == 1
    row = table.iloc[0]
    assert row["kind"] == "mixed" and row["speaker"] == "he"
    assert row["text"].startswith("“It is our bad luck,”")
    assert row["text"].endswith("ties to this small chapel")


def test_short_quotation_inside_a_clause_with_a_that_clause_after_its_cue():
    table = table_of(
        "The mayor was chosen because of the “impact,” Ana Ruiz said, that she has had on "
        "the town this year."
    )
    assert len(table) == 1
    row = table.iloc[0]
    assert row["kind"] == "mixed" and row["speaker"] == "Ana Ruiz"
    assert row["text"].startswith("The mayor was chosen") and "this year" in row["text"]


def test_a_cue_of_its_own_after_the_comma_keeps_its_content():
    table = table_of(
        "“It is our bad luck,” he said, adding that both men had ties to this small chapel."
    )
    assert len(table) == 2
    assert set(table["kind"]) == {"direct", "indirect"}


# -------------------- "X, citing “…,” said …": the participle aside leaves X the subject


def test_subject_before_a_quoting_participle_aside_speaks_for_the_verb_after_it():
    table = table_of("Ana Ruiz, citing “a broken system,” said the ferry plan would fail.")
    said = table[table["cue"] == "said"]
    assert len(said) == 1
    assert said.iloc[0]["speaker"] == "Ana Ruiz"
    assert said.iloc[0]["text"] == "the ferry plan would fail"
    assert set(table["speaker"]) == {"Ana Ruiz"}


def test_a_participle_aside_with_no_subject_before_it_gives_no_speaker():
    table = table_of("After the vote, citing “a broken system,” said the ferry plan would fail.")
    assert "said" not in set(table["cue"])


# ------------------ "Recalling “…,” the mayor told …": the opening participle reports it


def test_opening_participle_reports_the_quotation_and_the_verb_keeps_its_content():
    table = table_of(
        "Recalling “the long winter of hunger in this valley,” the mayor told residents "
        "to stay calm."
    )
    assert set(table["speaker"]) == {"the mayor"}
    recalled = table[table["cue"] == "Recalling"]
    assert len(recalled) == 1 and recalled.iloc[0]["text"].startswith("“the long winter")
    told = table[table["cue"] == "told"]
    assert len(told) == 1 and "Recalling" not in told.iloc[0]["text"]
    assert "to stay calm" in told.iloc[0]["text"]


def test_a_capitalised_participle_inside_the_quotation_is_no_opening_cue():
    table = table_of("“Recalling the long winter is hard for all of us,” the mayor said.")
    assert list(table["cue"]) == ["said"]
    assert list(table["kind"]) == ["direct"]
