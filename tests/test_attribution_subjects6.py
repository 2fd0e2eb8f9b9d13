"""Speaker mentions of round 6 (issue 10): numbers with thousands separators, fronted
time adjuncts, quantity and poll subjects, subordinators and other words that open a
clause before its subject. Invented sentences, a positive and a neighbouring negative
case for each construction.
"""

from __future__ import annotations

import pytest
from attribution_rows import only_row, table_of

import analysis
from analysis.attribution.phrases import speaker_before
from analysis.pipeline import analyse


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


# ------------------------------------------------------- shares of the people polled


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("A mere 14 percent say they grow their own herbs.", "A mere 14 percent"),
        ("Just 37% say they grow their own herbs.", "Just 37%"),
        ("Fully 63 per cent said they grow their own herbs.", "Fully 63 per cent"),
        ("Those surveyed said they grow their own herbs.", "Those surveyed"),
        ("By 61%-30%, those polled said they grow their own herbs.", "those polled"),
        (
            "Sixty-two percent of tenants say they grow their own herbs.",
            "Sixty-two percent of tenants",
        ),
    ],
)
def test_a_share_of_people_polled_is_a_group_speaker(sentence, mention):
    row = only_row(f"Survey of tenants.\n\n{sentence}")
    assert row.speaker_mention == mention
    assert row.text == "they grow their own herbs"
    assert not row.check


def test_a_percentage_is_a_person_group_in_the_speakers_table():
    article = analysis.parse_article(
        "Survey of tenants.\n\nJust 37% say they grow their own herbs."
    )
    speakers = analyse(article).tables()["speakers"]
    row = speakers[speakers["text"] == "Just 37%"].iloc[0]
    assert row["kind"] == "person"
    assert row["speaker"] != "(unresolved)"


@pytest.mark.parametrize(
    "sentence",
    [
        "His 32% support gives him a lead over the field.",  # a share of something, owned
        "Lee won with 38 percent while Ruiz receives 11 percent.",  # a preposition's object
        "The index added 3,248 points on Monday.",  # a quantity object
    ],
)
def test_a_percentage_that_is_no_subject_of_people_is_no_speaker(sentence):
    table = table_of(f"Survey of tenants.\n\n{sentence}")
    assert not any(ch.isdigit() for m in table["speaker_mention"].dropna() for ch in m)


def test_a_quantity_object_before_a_reporting_clause_stays_content():
    row = only_row("Survey of tenants.\n\nThe shop sold 2,400 units, the owner said.")
    assert row.speaker_mention == "the owner"
    assert row.text == "The shop sold 2,400 units"


# ------------------------------------ clauses and adjuncts between the subject and its cue


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms. Okafor, who stayed on the council until May, has said she will not run again.",
        "Ms. Okafor, the former head of the port board, has repeatedly said she will not run again.",
        "Ms. Okafor, who stayed on the council despite party calls for her to quit, has said "
        "she will not run again.",
        "Ms. Okafor, who stayed on despite her thin margin and Green calls for her to quit, "
        "has said she will not run again.",
    ],
)
def test_a_relative_clause_or_appositive_then_an_auxiliary_keeps_the_subject(sentence):
    row = only_row(f"Title line.\n\n{sentence}")
    assert row.speaker_mention == "Ms. Okafor"
    assert row.cue == "said"
    assert row.text == "she will not run again"


def test_an_adverb_alone_after_the_comma_is_no_verb_group():
    # "…, then recommended as … by the panel": a passive participle, no subject of speech.
    text = (
        "Title line.\n\nDeep sleep has been the subject of early study at the lab, then "
        "recommended as a key method for long flights by the panel."
    )
    assert "Deep sleep" not in set(table_of(text)["speaker_mention"].dropna())


def test_an_s_form_after_the_object_of_despite_is_a_noun():
    sentence = "The mayor stayed despite party calls for her to quit."
    assert _mention(sentence, "calls") is None


def test_an_s_form_after_a_postmodified_subject_is_still_a_verb():
    assert _mention("A spokesman for the ministry says the plan is bad.", "says") == (
        "A spokesman for the ministry"
    )


def test_an_object_pronoun_after_the_cue_is_no_inverted_source():
    row = only_row(
        "Title line.\n\nMs. Okafor, in reply to the mayor's remarks, accused him of lying."
    )
    assert row.speaker_mention == "Ms. Okafor"
    assert row.text == "him of lying"


def test_a_source_after_an_inverted_cue_still_speaks():
    row = only_row("Title line.\n\nThe levy is unfair to tenants, said her lawyer.")
    assert row.speaker_mention == "her lawyer"


def test_the_state_after_a_place_is_no_subject():
    text = (
        "Title line.\n\nA team led by staff of the Hale Centre in Port Ellis, Oregon, has "
        "confirmed traces of ice on the moon."
    )
    mentions = set(table_of(text)["speaker_mention"].dropna())
    assert "Oregon" not in mentions
    assert "A team led by staff of the Hale Centre in Port Ellis" in mentions


def test_a_name_after_a_fronted_place_adjunct_still_speaks():
    row = only_row("Title line.\n\nIn Ames, Iowa, Ana Ruiz said the levy was unfair.")
    assert row.speaker_mention == "Ana Ruiz"


def test_an_including_phrase_is_no_subject():
    text = "Title line.\n\nAs many tax experts, including Mr. Vale, have pointed out, the mayor may act."
    mentions = set(table_of(text)["speaker_mention"].dropna())
    assert "including Mr. Vale" not in mentions
    assert "Mr. Vale" not in mentions
    assert "many tax experts" in mentions  # the head before the examples


def test_the_head_before_an_including_phrase_is_the_subject():
    row = only_row(
        "Title line.\n\nOther big unions, including the dock union, have said the levy is unfair."
    )
    assert row.speaker_mention == "Other big unions"


def test_a_share_after_a_verb_is_its_object():
    # "has just 5 percent support": the share is the object, "support" a noun.
    text = "Title line.\n\nBy contrast, Lee has just 5 percent support of the vote in Ohio."
    assert table_of(text).empty


def test_a_share_after_a_subordinator_is_a_subject():
    row = only_row("Title line.\n\nLee trails badly, while 61 percent say the same of Ruiz.")
    assert row.speaker_mention == "61 percent"


def test_a_name_after_a_day_adjunct_is_no_state_of_a_place():
    text = (
        'Title line.\n\nLate on Sunday, Lee, who has nine million followers, tweeted, "The '
        'crowd at the pier was far too big for the old boards."'
    )
    assert only_row(text).speaker_mention == "Lee"


def test_an_auxiliary_after_but_does_not_open_a_coordinated_cue():
    text = (
        "Title line.\n\nAna Ruiz (R-Kan.), who has seen the notes but would say nothing about "
        "the senders, agreed with that point."
    )
    row = only_row(text)
    assert row.speaker_mention == "Ana Ruiz"
    assert row.cue == "agreed"


# ------------------------------------------------------------- named appositives


def test_a_name_with_a_premodified_title_in_apposition_is_the_mention():
    row = only_row(
        "Title line.\n\nThe other candidate, former Governor Ana Ruiz, said that the levy would hurt tenants."
    )
    assert row.speaker_mention == "former Governor Ana Ruiz"


@pytest.mark.parametrize(
    "appositive",
    ["a protégé of Ana Ruiz and Tom Vale", "part of the Harbour Board", "provided by Quorvex"],
)
def test_a_lower_case_appositive_before_a_name_is_not_the_name(appositive):
    text = (
        f"Title line.\n\nThe old pier office, {appositive}, said that the levy would hurt tenants."
    )
    mentions = set(table_of(text)["speaker_mention"].dropna())
    assert appositive not in mentions


@pytest.mark.parametrize(
    "share",
    [
        "Six in 10",
        "About one in five",
        "Nearly nine out of 10",
        "One in three",
        "More than four in 10",
    ],
)
def test_a_ratio_of_people_polled_is_a_group_speaker(share):
    row = only_row(f"Survey of tenants.\n\n{share} say they grow their own herbs.")
    assert row.speaker_mention == share
    assert row.text == "they grow their own herbs"


def test_a_ratio_as_an_object_is_no_speaker():
    row = only_row("Survey of tenants.\n\nThe rate rose to one in five, officials said.")
    assert row.speaker_mention == "officials"


def test_a_ratio_is_a_person_group_in_the_speakers_table():
    article = analysis.parse_article(
        "Survey of tenants.\n\nSix in 10 say they grow their own herbs."
    )
    speakers = analyse(article).tables()["speakers"]
    row = speakers[speakers["text"] == "Six in 10"].iloc[0]
    assert row["kind"] == "person"


# --------------------------------------------- bare "say" after a postmodified subject


@pytest.mark.parametrize(
    "subject",
    ["People close to the mayor", "People briefed on the talks", "Women involved in the talks"],
)
def test_a_postmodified_irregular_plural_agrees_with_say(subject):
    row = only_row(f"Title line.\n\n{subject} say the bridge will close in May.")
    assert row.speaker_mention == subject
    assert row.text == "the bridge will close in May"


def test_a_postmodified_singular_does_not_agree_with_say():
    table = table_of("Title line.\n\nA man close to the mayor say the bridge will close in May.")
    assert table.empty


# ------------------------------------------- names ending in "-ly"; occasions before names


def test_a_name_ending_in_ly_written_mid_sentence_earlier_is_a_speaker():
    text = "Title line.\n\nRep. Dana Kelly spoke on Monday. Kelly said the levy would pass."
    row = table_of(text).iloc[-1]
    assert row.speaker_mention == "Kelly"
    assert row.text == "the levy would pass"


def test_a_capitalised_adverb_opening_a_sentence_is_still_no_speaker():
    text = "Title line.\n\nThe rally was apparently loud. Apparently said nothing about it."
    assert "Apparently" not in set(table_of(text)["speaker_mention"].dropna())


def test_an_occasion_before_a_titled_name_is_no_part_of_the_mention():
    text = "Title line.\n\nSaturday at the state party convention Sen. Ana Ruiz (D-Ore.) said the levy had failed."
    row = only_row(text)
    assert row.speaker_mention == "Sen. Ana Ruiz"


@pytest.mark.parametrize("subject", ["The team coach Tom Vale", "The company Quorvex"])
def test_a_role_or_a_body_before_a_name_stays_in_the_mention(subject):
    assert (
        only_row(f"Title line.\n\n{subject} said the levy had failed.").speaker_mention == subject
    )


# ------------------------------------------- restrictive relative clauses in the subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("A neighbour who asked not to be named said the family had left.", "A neighbour"),
        ("Officials who asked not to be identified said the family had left.", "Officials"),
    ],
)
def test_a_relative_clause_in_the_subject_ends_before_the_main_verb(sentence, subject):
    table = table_of(f"Title line.\n\n{sentence}")
    main = table[table["cue"] == "said"].iloc[0]
    assert main.speaker_mention == subject
    assert main.text == "the family had left"
    assert not any("said" in t for t in table["text"])  # no content runs over the main verb


def test_a_relative_clause_verb_with_its_own_subject_keeps_its_content():
    table = table_of(
        "Title line.\n\nThe woman who said she saw the crash told police the car was red."
    )
    said = table[table["cue"] == "said"].iloc[0]
    assert said.text == "she saw the crash"


def test_a_bare_form_after_a_relative_clause_object_is_no_main_verb():
    text = 'Title line.\n\nTwo singers who had written songs for the radio show "Harbour Lights" came in May.'
    assert "show" not in set(table_of(text)["cue"].dropna())


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Officials whose offices were raided said the search was illegal.", "Officials"),
        ("Parents whose children attend the school say the fee is unfair.", "Parents"),
    ],
)
def test_the_head_of_a_whose_clause_is_the_subject(sentence, subject):
    row = only_row(f"Title line.\n\n{sentence}")
    assert row.speaker_mention == subject


def test_a_whose_clause_set_off_by_commas_keeps_its_head():
    row = only_row(
        "Title line.\n\nThe mayor, whose office was raided, said the search was illegal."
    )
    assert row.speaker_mention == "The mayor"
