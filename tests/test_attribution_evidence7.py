"""Verbs of evidence, reply and naming (issue 10): what a source reports, and what no one says.

Every sentence is invented for one construction; each positive has a neighbouring
negative that must stay out.
"""

from __future__ import annotations

import pytest
from attribution_rows import table_of


def _rows(text: str, cue: str):
    table = table_of("A title line.\n\n" + text)
    return table[table["cue"].str.lower() == cue]


# ------------------------------- a verb of evidence or reply with a clause without "that"
@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "A survey of county donors found the mayor had lost ground since spring.",
            "found",
            "A survey of county donors",
            "the mayor had lost ground since spring",
        ),
        (
            "Hale suggested the council couldn’t wait until the autumn vote.",
            "suggested",
            "Hale",
            "the council couldn’t wait until the autumn vote",
        ),
        (
            "The harbor study found that, on most days, the ferries ran late.",
            "found",
            "The harbor study",
            "that, on most days, the ferries ran late",
        ),
    ],
)
def test_an_evidence_verb_with_a_clause_without_that_reports(text, cue, speaker, content):
    rows = _rows(text, cue)
    assert len(rows) == 1, rows.to_string()
    row = rows.iloc[0]
    assert row["speaker_mention"] == speaker
    assert row["text"] == content


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # an object with a participle after it: a thing found, no clause
        (
            "Locksley had discovered a group of cells called lymph cells that grow fast.",
            "discovered",
        ),
        # an object with a clause inside it: "what … do" belongs to the object
        (
            "For the first time, the biologists had found an explanation for what the cells do.",
            "found",
        ),
        # an offer of goods, not of words
        ("Today only, the store offers a laptop in refurbished condition for $700.", "offers"),
        # a coordinated clause after the cue: no content of the cue
        ("It is harder than Hale suggests, but he appears to be close.", "suggests"),
        # a verb of finding that only locates something
        ("The crew found the keys under the seat of the truck.", "found"),
    ],
)
def test_an_evidence_verb_with_an_object_stays_out(text, cue):
    assert _rows(text, cue).empty, _rows(text, cue).to_string()


# ------------------------------------------------- a naming verb with a short quotation
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The price fell to $9 million, which the mayor called “a disgrace,” at the meeting.",
            "the mayor",
            "“a disgrace,”",
        ),
        (
            "The treasurer criticised what she called “experiments” in the harbor budget.",
            "she",
            "“experiments”",
        ),
    ],
)
def test_a_subject_naming_in_its_own_words_is_an_attribution(text, speaker, content):
    rows = _rows(text, "called")
    assert len(rows) == 1, rows.to_string()
    assert rows.iloc[0]["speaker_mention"] == speaker
    assert rows.iloc[0]["text"] == content


@pytest.mark.parametrize(
    "text",
    [
        "The children played a game called ‘Night Harbour’ all afternoon.",
        "The ferry belongs to the group called “Friends of the Bay” this year.",
    ],
)
def test_a_title_after_a_naming_participle_stays_out(text):
    assert _rows(text, "called").empty, _rows(text, "called").to_string()


def test_a_name_given_in_capitals_stays_out():
    # a product named, not words of the speaker's: every quoted word capitalised
    assert _rows("The studio showed a new console, which it called “Harbor Deck.”", "called").empty


# ----------------------------------------------------- a headline "Poll: …", "Study: …"
def test_a_headline_after_a_reporting_document_is_its_finding():
    table = table_of("Poll: Mayor Ruiz Leads Her Rival in the Harbor Race\n\nThe race is close.")
    assert table["speaker_mention"].tolist() == ["Poll"]
    assert table["text"].tolist() == ["Mayor Ruiz Leads Her Rival in the Harbor Race"]


@pytest.mark.parametrize("label", ["Analysis", "Video", "Timeline"])
def test_a_headline_after_another_document_label_stays_out(label):
    assert table_of(f"{label}: Mayor Ruiz Leads Her Rival in the Harbor Race\n\nIt is close.").empty


# --------------------------------------------- a test or experiment reports its result
def test_a_test_reporting_a_result_is_a_document_source():
    rows = _rows("Blood tests revealed that the patient had no trace of the toxin.", "revealed")
    assert rows["speaker_mention"].tolist() == ["Blood tests"]
    assert rows["text"].tolist() == ["that the patient had no trace of the toxin"]


def test_a_common_noun_before_an_evidence_verb_stays_out():
    # the writer's reasoning, no source: "the facts" is a bare common noun
    assert _rows("Those facts suggest that the harbor was once much deeper.", "suggest").empty


# ------------------------------------------------ a proposal: "suggests cutting the levy"
def test_a_person_suggesting_an_act_with_a_gerund_reports_a_proposal():
    rows = _rows("Mayor Ana Ruiz suggested cutting the harbor levy by half next year.", "suggested")
    assert rows["speaker_mention"].tolist() == ["Mayor Ana Ruiz"]
    assert rows["text"].tolist() == ["cutting the harbor levy by half next year"]


def test_a_thing_suggesting_a_trend_with_a_gerund_stays_out():
    # "growing" is an adjective of the object, and a price proposes nothing
    assert _rows("The rising price of berths suggested growing demand.", "suggested").empty


# ------------------------------------- a verb of reply whose object is a noun of speech
def test_offering_an_apology_reports_words_given():
    rows = _rows("Mayor Ana Ruiz offered the crowd an emotional apology for the delay.", "offered")
    assert rows["speaker_mention"].tolist() == ["Mayor Ana Ruiz"]
    assert rows["check"].tolist() == [True]  # a bare object: doubtful, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz offered the crowd a free ride on the new ferry.",
        "The harbor board responded to the complaints with a new timetable.",
    ],
)
def test_offering_goods_or_responding_to_something_stays_out(text):
    table = table_of("A title line.\n\n" + text)
    assert table[table["cue"].isin(["offered", "responded"])].empty, table.to_string()


# ------------------------- a document head before a postmodifier naming people or a group
def test_a_study_by_a_group_is_a_document_reporting():
    text = "A study by the harbor watchdog group found strong support for the levy among sailors."
    rows = _rows(text, "found")
    assert rows["speaker_mention"].tolist() == ["A study by the harbor watchdog group"]
    assert rows["text"].str.startswith("strong support for the levy").tolist() == [True]


def test_a_video_of_people_showing_a_scene_stays_out():
    # a picture depicts, it reports nothing ("a video of the crowd shows them …")
    text = "A video of the sailors shows them cheering the mayor on the pier."
    assert _rows(text, "shows").empty
