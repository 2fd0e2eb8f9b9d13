"""Rows that are no attribution on real news, by general cause (issue 10), screen pass.

Every sentence here is invented for one construction: the bad row must be gone (or
flagged), and a neighbouring good construction must still be read.
"""

from __future__ import annotations

import pytest
from attribution_rows import only_row, table_of


# ------------------------------------- content opening with a particle or a preposition
@pytest.mark.parametrize(
    "text",
    [
        # a preposition of another sense of the verb: reporting for duty is no report
        "Four of the seven drivers who reported for duty at the depot, the one where the"
        " brakes failed, were working double shifts, the union said.",
        # an adverb particle: a phrasal verb, or an object moved away
        "The striker needs to get his hips snapped around faster on long balls.",
        "The crew tried to find out about the leak and called the harbor office.",
        "The ferry operator agreed to a takeover by its biggest lender in March.",
        # a preposition whose object is a time
        "Mayor Ana Ruiz said on Tuesday.",
        # the words before the cue are only an adjunct of its clause
        "During the meeting, the treasurer asked about the budget of the harbor.",
    ],
)
def test_a_particle_or_preposition_of_another_sense_is_no_content(text):
    table = table_of(text)
    assert table[
        table["text"]
        .str.split()
        .str[0]
        .str.lower()
        .isin(["for", "around", "out", "to", "on", "during"])
    ].empty, table[["cue", "text"]].to_string()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Senator Ola Penn called for a ban on river dredging.", "ban on river dredging"),
        ("Mayor Ana Ruiz said on Tuesday the plan was dead.", "the plan was dead"),
        ("Mayor Ana Ruiz noted at the time, the plan was dead.", "the plan was dead"),
        ("Mayor Ana Ruiz found out that the plan was dead.", "the plan was dead"),
        ("The union reported at least 4,200 people filled the square.", "4,200 people filled"),
        ("Mayor Ana Ruiz reported up to 30 people were hurt.", "30 people were hurt"),
        ("Mayor Ana Ruiz promised to protect the park.", "to protect the park"),
        ("Officers shouted at him to drop the knife.", "to drop the knife"),
        ("At current rates, Ruiz said, there will be three new ferries by May.", "three new"),
    ],
)
def test_a_prepositional_speech_verb_or_a_clause_keeps_its_content(text, content):
    assert content in only_row(text).text


def test_an_admission_to_a_noun_is_kept_for_checking():
    row = only_row("Mayor Ana Ruiz admitted to the error.")
    assert row.text == "to the error" and row.check


# ----------------------------------------------- a cue word that is a noun in a compound
@pytest.mark.parametrize(
    "text",
    [
        "As council documents leaked to the Daily Post have shown, the levy was planned.",
        "With harbor protests spreading to new towns, the minister is likely to resign.",
        "Reversing years of United States policy on timber, the minister cut the quotas.",
        "Older game consoles can play shows bought from the shop and from rental apps.",
    ],
)
def test_a_cue_word_heading_a_noun_phrase_is_no_cue(text):
    assert table_of(text).empty, table_of(text)[["cue", "text"]].to_string()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The report documents how the levy was planned.", "how the levy was planned"),
        ("Mayor Ana Ruiz says leaked documents show the levy was planned.", "leaked documents"),
        ("The firm recommends wiring the router to a cable.", "wiring the router"),
    ],
)
def test_a_verb_with_its_own_content_is_still_a_cue(text, content):
    assert content in only_row(text).text


# ------------------------------------------------------------- modal perfect cues
def test_a_counterfactual_demonstration_is_no_report():
    assert table_of("Parents could have shown they were fed up with the new timetable.").empty


def test_a_demonstration_that_happened_is_still_read():
    row = only_row("Parents have shown they were fed up with the new timetable.")
    assert row.speaker_mention == "Parents" and "fed up" in row.text


def test_what_a_source_would_have_said_is_flagged():
    row = only_row("The mayor would have said that the plan was dead.")
    assert row.check and 0.3 <= row.confidence < 0.6
    assert not only_row("The mayor has said that the plan was dead.").check


# ------------------------------------------------ an act or a finding with a noun object
@pytest.mark.parametrize(
    "text",
    [
        "A judge rejected the firm's attempt to delay the hearing, which is set for May.",
        "The port authority mentioned the rule, which visitors are told at the gate.",
    ],
)
def test_an_act_with_a_noun_object_is_flagged(text):
    # ("snapped a losing streak" now leaves: a verb of manner of speaking with a plain
    # object names no words; tests/test_attribution_screen10.py)
    row = only_row(text)
    assert row.check, row[["cue", "text", "confidence"]].to_string()


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz urged the council to approve the levy.",
        "Mayor Ana Ruiz promised to protect the park.",
        "According to the agency, its new chief, who took office in May, is a chemist.",
        "The station reports the man who stole the van, a local driver, was arrested.",
    ],
)
def test_a_directive_a_promise_or_a_clause_is_not_flagged(text):
    assert not only_row(text).check


# ------------------------------------------- content that is only a reporting clause
def test_a_second_reporting_clause_is_no_content():
    assert table_of("He said, she said").empty


def test_a_noun_phrase_object_ending_in_a_cue_word_is_not_a_reporting_clause():
    table = table_of("The label denied Ruiz's claims in a statement.")
    assert table.empty or "claims" in table.iloc[0].text


# ------------------------------------------------------------ narrated research
def test_a_researcher_finding_is_flagged_and_a_study_finding_is_not():
    # without "that" a researcher's finding may be the writer's narration: flagged; with
    # "that" it is a finding stated as a proposition (round 10: not flagged)
    narrated = only_row("Ana Ruiz found the moss could grow in winter.")
    assert narrated.check and narrated.confidence >= 0.3
    stated = only_row("Ana Ruiz discovered that the moss grows in winter.")
    assert not stated.check
    study = only_row("A study of the valley found that the moss grows in winter.")
    assert not study.check
    statement = only_row("Ana Ruiz said that the moss grows in winter.")
    assert not statement.check


# ------------------------------------ adverbial clauses, listeners, bare participles
@pytest.mark.parametrize(
    "text",
    [
        "The chief executive said while visiting the trade fair in Lyon.",
        "The bank chief told me, and calming the nerves of savers is the hard part.",
        "While the post shown below claimed that the ferry loses money, others disagree.",
        "Ana Ruiz is one of the loudest critics of the firm's broad land claims along the"
        " coast and has accused it of fraud.",
    ],
)
def test_an_adverbial_a_listener_or_a_modifier_is_no_attribution(text):
    table = table_of(text)
    assert table[table["cue"].isin(["said", "told", "shown", "claims"])].empty, table[
        ["cue", "speaker_mention", "text"]
    ].to_string()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The chief executive said while visiting Lyon that sales rose.", "said"),
        ("The bank chief told me that savers are worried.", "told"),
        ("The post has shown that the mayor owns four boats.", "shown"),
        ("Ana Ruiz claims the firm owes her money.", "claims"),
    ],
)
def test_the_same_cues_with_content_are_read(text, cue):
    assert only_row(text).cue == cue


# --------------------------------------------- right frames that need no flag
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The farmer told nurses he picked mushrooms in the woods.", "he picked mushrooms"),
        ("The council reiterated it still finds the levy unfair.", "still finds"),
    ],
)
def test_a_listener_then_a_pronoun_clause_is_a_clause_frame(text, content):
    row = only_row(text)
    assert content in row.text and not row.check


def test_a_pronoun_object_is_still_an_object():
    row = only_row("The White House called it a sham in a statement on Monday.")
    assert row.check


# ------------------------------------------------------------ a body part as speaker
@pytest.mark.parametrize(
    "text",
    [
        "The scan showed that her heart was fine, and her head told her that the worst was over.",
        "His knee showed a thin crack along the lower bone.",
    ],
)
def test_a_possessed_body_part_is_no_speaker(text):
    table = table_of(text)
    assert not table["speaker_mention"].isin(["her head", "His knee"]).any()


def test_a_head_of_a_body_is_still_a_speaker():
    row = only_row("The head of the port authority said the pier will reopen in May.")
    assert "head" in row.speaker_mention


# ------------------------------------- the sentence's own clause after the object
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("By the time the poet heard who had written the review, he was calm.", "written"),
        (
            "A group of teachers, alarmed that the board is denying heaters to schools, is"
            " urging the minister to act.",
            "denying",
        ),
        ("The clerk who reported the leak recalled that the pipe was rusty.", "reported"),
    ],
)
def test_a_noun_object_before_the_main_clause_is_flagged(text, cue):
    table = table_of(text)
    rows = table[table["cue"] == cue]
    assert rows.empty or rows["check"].all(), rows[["cue", "text", "confidence"]].to_string()


# ------------------------------------------- an inverted source after the cue
def test_an_inverted_source_after_the_cue_is_no_content():
    table = table_of(
        "Photos and accounts from residents reveal that at least 30 homes burned, said"
        " Harbor Watch on Friday, June 12."
    )
    bad = table[table["text"].str.startswith("Harbor Watch")]
    assert bad.empty, bad[["cue", "speaker_mention", "text"]].to_string()


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz said – in a statement – that the pier will reopen.",
        "Mayor Ana Ruiz said the pier – closed since May – will reopen.",
    ],
)
def test_a_clause_around_a_dashed_aside_is_content(text):
    assert "will reopen" in only_row(text).text


# ----------------------------------------------------- "of" only after its own verbs
def test_of_after_a_verb_that_takes_no_of_is_no_content():
    table = table_of(
        "The excuse she cited of being at a gym in Bristol six years ago – on the night it"
        " is alleged she broke the window – was thin."
    )
    assert table[table["cue"] == "cited"].empty


def test_a_warning_of_something_keeps_its_matter():
    row = only_row("Mayor Ana Ruiz warned of floods along the river this spring.")
    assert "floods" in row.text


# ------------------------------------ neighbours of the rules that must still be read
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Senator Ola Penn called out her rival for ignoring the farmers.", "her rival"),
        ("Mayor Ana Ruiz apologized to her staff for the delay.", "her staff"),
        ("The mayor announced on Monday the lawsuit against the ferry firm.", "lawsuit"),
        ("Ana Ruiz says going back to college has made her bolder.", "back to college"),
        (
            "As a newcomer, Ana Ruiz likely faced fewer questions, Ivo Brandt said.",
            "fewer questions",
        ),
        ("Senator Ola Penn said if elected she would cut the levy.", "cut the levy"),
        ("Senator Ola Penn denounced Mr. Brandt's remarks.", "remarks"),
        ("Ana Ruiz is vowing to bring back jobs to the valley.", "bring back jobs"),
    ],
)
def test_neighbouring_attributions_are_kept(text, content):
    assert content in only_row(text).text


# --------------------------- a second predicate or an adverbial clause after the object
@pytest.mark.parametrize(
    "text",
    [
        "Senator Ola Penn claimed victory as the council concluded its third hearing.",
        "The inspectors are demanding refunds from bus firms whose brakes failed in May.",
    ],
)
def test_a_noun_object_before_another_predicate_is_flagged(text):
    assert only_row(text).check


def test_an_adjunct_of_two_words_before_the_cue_is_no_content():
    table = table_of("After that, the novelist wrote, and wrote, and wrote.")
    assert table.empty


# ---------------------------------------------- titles and scare quotes as "quotations"
@pytest.mark.parametrize(
    "text",
    [
        "Older smart TVs can stream shows like “Harbor Nights,” and films from the store.",
        "The harbor board has denied ‘sensational’ claims made in a viral post.",
        "What the coach considers ''brave'' may look to fans like plain reckless.",
    ],
)
def test_a_title_or_a_scare_quote_is_no_quotation(text):
    table = table_of(text)
    assert table[table["kind"] == "direct"].empty, table[["cue", "text"]].to_string()


def test_a_short_quoted_phrase_before_a_function_word_is_kept():
    table = table_of("The harbor board claimed “Ruiz exaggerates” the cost of the pier.")
    assert (table["text"].str.contains("Ruiz exaggerates")).any()


def test_a_threat_before_an_infinitive_stays_flagged():
    # "threaten to" reports people's stance and things' risks about equally often
    row = only_row("Harbor police threatened to use force on the crowd.")
    assert row.check and row.confidence >= 0.3


def test_a_gerund_clause_after_a_verb_of_saying_is_not_flagged():
    row = only_row("A reporter in the harbor reported hearing sirens close to the depot.")
    assert "hearing sirens" in row.text and not row.check
    assert only_row("The Rovers reported a loss of ten million euros.").check
