"""Direct quotations: the second quotation after the cue, quotations across a cue-less
break, and the boundaries of what is quoted (issue 10). Every article is invented."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.attribution.extract import quotes


def table_of(text: str) -> pd.DataFrame:
    return quotes(analysis.parse_article("The town met on Monday.\n\n" + text))


def direct_rows(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["kind"] == "direct"]


# ------------------------------------------- the rest of the cue's sentence, then "…"


@pytest.mark.parametrize(
    "bridge",
    [
        # a long appositive with a relative clause ends the cue's sentence
        "said Ana Ruiz, a planner who spent the winter drawing the new routes for the "
        "eastern districts and the river crossings.",
        # a cue word that is a noun there ("a blog post", "a question")
        "Ana Ruiz wrote in a blog post.",
        "Ana Ruiz said in reply to a question put by a student after the meeting.",
        # a title in quotation marks inside the bridge
        "Ana Ruiz said on “Morning Desk.”",
        # a clause set off by commas inside the sentence
        "Ana Ruiz said, referring to the old depot by the river and the yards behind it,",
    ],
)
def test_second_quotation_after_a_long_bridge_is_the_same_attribution(bridge):
    second = "“the buses will run every ten minutes from June.”"
    if not bridge.endswith(","):
        second = "“The buses will run every ten minutes from June.”"
    text = f"“We have waited long enough for this plan,” {bridge} {second}"
    rows = direct_rows(table_of(text))
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row.speaker_mention.endswith("Ana Ruiz")
    assert len(row.fragments) == 2
    assert row.text.endswith("from June.”")


def test_second_quotation_with_a_cue_of_its_own_stays_apart():
    text = (
        "“We have waited long enough for this plan,” said Ana Ruiz, 54, from the east "
        "side. “The buses will run every ten minutes from June,” she said."
    )
    rows = direct_rows(table_of(text))
    assert len(rows) == 2
    assert list(rows["speaker_mention"]) == ["Ana Ruiz", "she"]
    assert all(len(f) == 1 for f in rows["fragments"])


def test_a_quotation_after_another_sentence_with_its_own_source_is_not_joined():
    text = (
        "“We have waited long enough for this plan,” Ana Ruiz said. Her rival Tom Hale "
        "disagreed. “The buses will never run on time in this town.”"
    )
    rows = direct_rows(table_of(text))
    first = rows[rows["text"].str.startswith("“We have")].iloc[0]
    assert len(first.fragments) == 1
    assert "never run" not in first.text


def test_a_second_quotation_inside_the_bridge_stops_the_join():
    text = (
        "“We have waited long enough for this plan,” Ana Ruiz said, after Tom Hale called "
        "it “a waste of money and of everybody's time.” “The buses will run from June.”"
    )
    rows = direct_rows(table_of(text))
    first = rows[rows["text"].str.startswith("“We have")].iloc[0]
    assert len(first.fragments) == 1


# --------------------------------------- a long circumstance between cue and quotation


def test_a_long_circumstance_after_the_cue_introduces_a_direct_quotation():
    text = (
        "Councillor Ana Ruiz said in a guest column after the 2019 inquiry into the fall of "
        "the footbridge, “The city ignored every warning from its own engineers.”"
    )
    rows = table_of(text)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row.kind == "direct"
    assert row.text.startswith("“The city") and row.text.endswith("engineers.”")
    assert row.speaker_mention.endswith("Ana Ruiz")


def test_a_that_clause_before_the_quotation_keeps_the_row_mixed():
    text = (
        "Ana Ruiz said in a statement on Friday that the plan, after months of delays "
        "and two failed votes, “will finally go ahead this summer.”"
    )
    rows = table_of(text)
    assert len(rows) == 1
    assert rows.iloc[0].kind == "mixed"
    assert "the plan" in rows.iloc[0].text.split("“")[0]


# ------------------------------------------------ a participle cue after the clause


@pytest.mark.parametrize(
    "clause",
    [
        "Ana Ruiz shared the news on her blog last week, writing",
        "Ana Ruiz met the drivers in the depot on Monday, telling them,",
        "The new routes will open in June, Ana Ruiz said, adding,",
    ],
)
def test_a_participle_after_a_comma_takes_the_clause_subject(clause):
    rows = direct_rows(table_of(f"{clause} “The buses will run every ten minutes from June.”"))
    assert len(rows) == 1
    assert rows.iloc[0].speaker_mention == "Ana Ruiz"
    assert rows.iloc[0].cue in ("writing", "telling", "adding")


def test_a_participle_right_after_its_noun_keeps_that_noun():
    # "a message … saying": no comma, so the participle modifies the noun before it.
    text = "The council posted a message on its website saying “The buses will run from June.”"
    rows = direct_rows(table_of(text))
    assert len(rows) == 1
    assert rows.iloc[0].speaker_mention.startswith("a message")


# ------------------------------------------------------ doubled curly single marks


def _quoted(text: str) -> list[str]:
    from analysis.core.quotemarks import find_quote_spans

    return [text[s.start : s.end] for s in find_quote_spans(text) if s.depth == 0]


def test_doubled_curly_singles_close_a_double_quotation():
    text = "“It was a plan to fool the jury,’’ Ana Ruiz told the radio. “We objected.”"
    assert _quoted(text) == ["“It was a plan to fool the jury,’’", "“We objected.”"]
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["Ana Ruiz"]


def test_doubled_curly_singles_as_both_marks():
    assert _quoted("‘‘We won,’’ he said.") == ["‘‘We won,’’"]


def test_a_single_quotation_closing_before_a_doubled_mark_stays_single():
    from analysis.core.quotemarks import find_quote_spans

    text = "He called it ‘a joke’’ and left."
    spans = find_quote_spans(text)
    assert [(text[s.start : s.end], s.family) for s in spans] == [("‘a joke’", "single")]


# --------------------------------------------- a long phrase after the cue, with "of"


def test_a_long_source_phrase_after_the_cue_still_names_the_speaker():
    text = (
        "“The river is cleaner than it has been in decades,” said marine biologist Ana "
        "Ruiz of the Northern Coastal Water Research Institute in Porto."
    )
    rows = direct_rows(table_of(text))
    assert len(rows) == 1
    assert rows.iloc[0].speaker_mention == "marine biologist Ana Ruiz"


def test_a_lower_case_phrase_before_of_is_no_speaker():
    text = (
        "“The river is cleaner than it has been in decades,” said most of the people who "
        "came to the long meeting at the town hall by the river on Monday."
    )
    rows = direct_rows(table_of(text))
    assert not (rows["speaker_mention"] == "most").any()


# ------------------------------------- single marks left open inside a double quotation


def test_an_elided_word_inside_a_quotation_does_not_nest_it():
    from analysis.core.quotemarks import find_quote_spans

    text = "Tom Hale continued: “They blame him ’cause he saw what went on.” He left."
    spans = find_quote_spans(text)
    assert [(s.depth, text[s.start : s.end]) for s in spans] == [
        (0, "“They blame him ’cause he saw what went on.”")
    ]
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["Tom Hale"]


def test_an_unclosed_single_quotation_inside_does_not_hide_the_quotation():
    text = '“Plainly, the witness stated under oath that ‘there was no deal of any kind," she said.'
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["she"]


def test_a_closed_single_quotation_inside_is_still_nested():
    from analysis.core.quotemarks import find_quote_spans

    text = "“It was the ’90s and we ‘ran’ the place,” he said."
    assert [(s.depth, text[s.start : s.end]) for s in find_quote_spans(text)] == [
        (0, "“It was the ’90s and we ‘ran’ the place,”"),
        (1, "‘ran’"),
    ]


@pytest.mark.parametrize(
    "text, outer, inner",
    [
        ("''I said, 'No way,''' Tom Hale said.", "''I said, 'No way,'''", "'No way,'"),
        ("'''Quiz Night,''' he replied.", "'''Quiz Night,'''", "'Quiz Night,'"),
    ],
)
def test_three_typewriter_marks_close_or_open_both_quotations(text, outer, inner):
    from analysis.core.quotemarks import find_quote_spans

    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [outer, inner]


# ------------------------------------ a colon clause ending the paragraph before


def test_a_colon_clause_ending_the_paragraph_before_introduces_the_quotation():
    text = (
        "Mayor Ana Ruiz issued the following statement:\n\n"
        "“Our thoughts are with everyone affected by the flood in the valley.”"
    )
    rows = direct_rows(table_of(text))
    assert len(rows) == 1
    assert rows.iloc[0].speaker_mention == "Mayor Ana Ruiz"
    assert not rows.iloc[0].continuation


def test_a_paragraph_ending_without_a_colon_introduces_nothing():
    text = (
        "Mayor Ana Ruiz issued a statement on Monday.\n\n"
        "“Our thoughts are with everyone affected by the flood in the valley.”"
    )
    rows = direct_rows(table_of(text))
    assert not (rows["speaker_mention"] == "Mayor Ana Ruiz").any()


# ----------------------------------------- a continuation after a paraphrase paragraph


def test_a_quotation_paragraph_continues_the_speaker_the_paragraph_before_names():
    text = (
        "“We will hold the vote on Friday,” Tom Hale said.\n\n"
        "Ana Ruiz said the vote was one more attempt to sideline the union.\n\n"
        "“They tried to shut us out, and we will not let them do it again.”"
    )
    rows = table_of(text)
    last = rows[rows["text"].str.startswith("“They tried")].iloc[0]
    assert last.continuation
    assert last.speaker == "Ana Ruiz"


def test_a_quotation_paragraph_after_narration_continues_the_last_quoted_speaker():
    text = (
        "“We will hold the vote on Friday,” Tom Hale said.\n\n"
        "The hall was full by nine, and the doors were shut at ten.\n\n"
        "“They tried to shut us out, and we will not let them do it again.”"
    )
    rows = table_of(text)
    last = rows[rows["text"].str.startswith("“They tried")].iloc[0]
    assert last.continuation
    assert last.speaker == "Tom Hale"


# ------------------------------------------------ a title after a noun-like cue word


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, star of the cooking show “Kitchen Rescue,” visited the school on Monday.",
        "Tom Hale, who hosts the nightly quiz show “Late Desk Tonight,” was not there.",
    ],
)
def test_a_title_after_the_bare_form_of_a_cue_word_is_no_quotation(text):
    rows = direct_rows(table_of(text))
    assert rows.empty


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Outside, the protesters chanted “Save Our Park!”", "the protesters"),
        ("Ana Ruiz said “This Is Not Over.”", "Ana Ruiz"),
    ],
)
def test_a_chant_or_a_quotation_after_a_verb_form_is_still_direct(text, speaker):
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == [speaker]


@pytest.mark.parametrize(
    "bridge",
    ["Ana Ruiz said, adding,", "Ana Ruiz said, noting that", "Ana Ruiz said, adding that the"],
)
def test_a_participle_with_its_own_content_starts_a_second_attribution(bridge):
    text = f"“We have waited long enough,” {bridge} “buses will run every ten minutes.”"
    rows = table_of(text)
    first = rows[rows["text"].str.startswith("“We have")].iloc[0]
    assert len(first.fragments) == 1
    assert first.text == "“We have waited long enough,”"


def test_a_title_inside_a_sentence_is_not_what_the_cue_after_it_reports():
    text = (
        "In his 2009 book, “Teach Your Dog to Read,” Tom Hale suggested reading every label twice."
    )
    rows = direct_rows(table_of(text))
    assert rows.empty


def test_a_quotation_opening_its_sentence_in_title_case_is_still_quoted():
    text = "“Teach Your Dog to Read,” Tom Hale told the students on Monday."
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["Tom Hale"]


# ----------------------------------- a reporting sentence with no content of its own


@pytest.mark.parametrize("clause", ["Ana Ruiz agreed.", "Ana Ruiz said in a statement."])
def test_a_contentless_reporting_sentence_introduces_the_quotation_after_it(clause):
    text = f"{clause} “The council has very little time left to pick a new route.”"
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["Ana Ruiz"]


def test_a_reporting_sentence_with_its_content_before_introduces_nothing_after():
    # Not an introduction with its own cue: the quotation goes on with the source of the
    # trailing frame, as a continuation (sentence_continuation.py, round 12).
    text = "The plan is late, Ana Ruiz said. “The council has very little time left to pick a new route.”"
    rows = table_of(text)
    quoted = rows[rows["text"].str.startswith("“The council")]
    assert len(quoted) == 1
    assert quoted.iloc[0]["cue"] is None and quoted.iloc[0]["speaker_mention"] is None
    assert bool(quoted.iloc[0]["continuation"]) and quoted.iloc[0]["speaker"] == "Ana Ruiz"


def test_an_infinitive_after_the_verb_is_a_content_not_a_circumstance():
    text = "Ana Ruiz expects to build three bridges by 2024. “Adding a fourth is not likely.”"
    rows = direct_rows(table_of(text))
    assert not (rows["cue"] == "expects").any()


# --------------------------- "said of Mr. X:" and "said in a statement:" before a quotation


@pytest.mark.parametrize(
    "intro, speaker",
    [
        ("Ana Ruiz said of Mr. Hale:", "Ana Ruiz"),
        ("The mayor's spokeswoman, Ana Ruiz, said in a statement:", "Ana Ruiz"),  # the apposed name
    ],
)
def test_an_abbreviation_or_a_circumstance_before_the_colon_keeps_the_quotation_direct(
    intro, speaker
):
    rows = table_of(f"{intro} “He is a fine man and a good friend of the town.”")
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row.kind == "direct"
    assert row.text.startswith("“He is")
    assert speaker in row.speaker_mention
    assert row.cue == "said"


# ------------------------------- whom a participle addresses, a predicate before a colon


def test_the_noun_phrase_a_participle_addresses_is_never_the_speaker():
    text = (
        "“We all think of her every day,” Tom Hale weighed in, telling Ana Ruiz, “you never quit.”"
    )
    rows = table_of(text)
    assert not (rows["speaker_mention"] == "Ana Ruiz").any()


def test_a_predicate_after_a_comma_before_a_colon_takes_the_sentence_subject():
    text = "Tom Hale nodded to the band, then stepped up and boomed: “Let’s finish this in May.”"
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["Tom Hale"]


def test_a_subject_after_a_comma_before_a_colon_stays_the_speaker():
    text = "After the vote in the hall, Ana Ruiz fired back: “Let’s win this in May.”"
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["Ana Ruiz"]


# ------------------------------------- a bracketed tag after the name, an adverb after a cue


def test_a_bracketed_tag_and_an_appositive_between_name_and_cue():
    text = (
        "“If they needed the emails, they could simply ask for them,” Rep. Tom Hale "
        "(R-Utah), a member of the panel, said in a phone interview."
    )
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["Rep. Tom Hale"]


def test_a_participle_with_an_adverb_still_opens_its_own_content():
    text = "“We cannot pay for this,” Tom Hale said, adding later, “the fund is empty.”"
    rows = table_of(text)
    first = rows[rows["text"].str.startswith("“We cannot")].iloc[0]
    assert len(first.fragments) == 1


# ------------------------------- a lower-case noun finishing the quoted clause before the cue


def test_a_noun_finishing_the_quoted_clause_is_not_the_speaker():
    text = "“The people of this town aren’t buying” reform, Ana Ruiz said on Monday."
    rows = table_of(text)
    assert list(rows["speaker_mention"]) == ["Ana Ruiz"]


def test_a_name_after_a_quotation_closed_with_a_comma_is_still_the_speaker():
    text = "“The people of this town are not buying it,” Ana Ruiz said on Monday."
    rows = direct_rows(table_of(text))
    assert list(rows["speaker_mention"]) == ["Ana Ruiz"]


def test_a_four_word_title_in_the_cue_sentence_is_skipped_not_joined():
    text = (
        "“We will publish the accounts in full,” Ana Ruiz said during an interview on "
        "Harbour FM’s “Week in the Valley” on Sunday. “Frankly, we have nothing to hide.”"
    )
    rows = direct_rows(table_of(text))
    assert len(rows) == 1
    assert len(rows.iloc[0].fragments) == 2
    assert rows.iloc[0].text.endswith("nothing to hide.”")
