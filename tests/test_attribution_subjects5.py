"""The speaker mention is the whole noun phrase of the source, and the cue its verb.

Invented sentences, one construction each (issue 10): postmodifiers of the subject's
head (participles, adjectives, prepositional phrases), "according to" sources,
determiners and appositives. Each positive case has a neighbouring negative one that
must keep working.
"""

from __future__ import annotations

import pytest
from attribution_rows import only_row, table_of

# ------------------------------------------------- participle and adjective postmodifiers


@pytest.mark.parametrize(
    "subject",
    [
        "Two people briefed on the merger",
        "People familiar with the matter",
        "Officials involved in the negotiations",
        "Three sources close to the council",
        "Officials speaking on condition of anonymity",
    ],
)
def test_a_postmodified_subject_is_the_speaker_and_said_the_cue(subject):
    row = only_row(f"{subject} said the mayor has decided that the bridge will close in May.")
    assert row.cue == "said"
    assert row.speaker_mention == subject
    assert row.text.startswith("the mayor has decided")


def test_a_participle_with_its_object_is_still_a_verb():
    # "defended tenants": a verb and its object, not a postmodifier of "lawyer".
    text = "The lawyer defended tenants accused of arson at a long hearing."
    assert "tenants accused" not in set(table_of(text)["speaker_mention"].dropna())


def test_a_participle_before_to_is_a_catenative_verb():
    row = only_row("One trustee threatened to make the treasurer resign at once.")
    assert row.cue == "threatened"
    assert row.speaker_mention == "One trustee"


# ------------------------------------------------------- prepositional postmodifiers


def test_the_object_of_a_preposition_is_never_the_speaker():
    text = (
        "The trial was short, and Ana Ruiz of the Harbourside Clinic in the UK told the "
        "story of a baker who lost his voice."
    )
    row = only_row(text)
    assert row.speaker_mention == "Ana Ruiz"


@pytest.mark.parametrize(
    "sentence, mention",
    [
        (
            "Alex Moreno of the Daily Ledger reported that the mayor knew about the deal.",
            "Alex Moreno",
        ),
        ("The bridge will close, according to Alex Moreno of the Daily Ledger.", "Alex Moreno"),
        ("“We built a new engine,” comments Ana Ruiz of the BRT.", "Ana Ruiz"),
        ("The river is clean, said Ana Ruiz of the Lakeside Clinic.", "Ana Ruiz"),
    ],
)
def test_a_named_person_ends_at_the_name_not_at_the_body(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


@pytest.mark.parametrize(
    "subject",
    [
        "A spokesperson for the Foreign Office",
        "The Department of Energy",
        "The handbook of the Parks and Recreation Services",
        "Most of the protesters",
    ],
)
def test_a_common_noun_or_body_keeps_its_whole_phrase(subject):
    row = only_row(f"{subject} said that the plant would close next year.")
    assert row.speaker_mention == subject


def test_a_complement_after_be_is_no_subject():
    text = "The pumps are all part of a broad class of machines called rotary lifters."
    assert table_of(text).empty


# ------------------------------------------------------------------- according to


@pytest.mark.parametrize(
    "source, mention",
    [
        ("multiple people familiar with the plans", "multiple people familiar with the plans"),
        ("data from BondWatch", "BondWatch"),
        ("a report by the Daily Ledger", "the Daily Ledger"),
        ("a report in the Daily Ledger", "a report in the Daily Ledger"),
        ("recent polls in Ohio", "recent polls in Ohio"),
        ("a report in the spring", "a report"),
        ("federal prison records", "federal prison records"),
    ],
)
def test_according_to_reads_the_whole_source(source, mention):
    row = only_row(f"The bond fell sharply last week, according to {source}.")
    assert row.speaker_mention == mention
    assert row.text == "The bond fell sharply last week"


# ------------------------------------------------------------------ determiners


def test_a_demonstrative_opening_the_sentence_is_part_of_the_subject():
    row = only_row("That report found that the river was badly polluted.")
    assert row.speaker_mention == "That report"


def test_a_complementizer_that_is_not_a_determiner():
    table = table_of("The mayor said that officials found the river badly polluted.")
    assert "that officials" not in set(table["speaker_mention"].dropna())
    assert "The mayor" in set(table["speaker_mention"])


# ------------------------------------------------------------------ appositives


@pytest.mark.parametrize(
    "sentence, mention",
    [
        (
            "Brill’s parent firm, The Brill Trust, announced that it would sell the plant.",
            "The Brill Trust",
        ),
        ("The company’s chief executive, Ana Ruiz, said that the plant would close.", "Ana Ruiz"),
    ],
)
def test_a_name_in_apposition_to_a_common_noun_is_the_mention(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("Ana Ruiz, the company’s chief executive, said that the plant would close.", "Ana Ruiz"),
        (
            "The company’s chief executive, who joined in May, said that the plant would close.",
            "The company’s chief executive",
        ),
    ],
)
def test_a_name_or_a_relative_clause_keeps_the_subject(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


def test_of_reads_over_a_determiner_and_an_appositive():
    text = (
        "Even the handbook of the Parks and Recreation Services, part of the city "
        "government, notes that dogs must be leashed."
    )
    assert only_row(text).speaker_mention == "the handbook of the Parks and Recreation Services"


# ---------------------------------------------------------- coordinated adjectives


def test_a_comma_between_adjectives_does_not_end_the_subject():
    row = only_row("One short, 8-week study found that the tea eased joint pain.")
    assert row.speaker_mention == "One short, 8-week study"


def test_a_comma_after_an_opening_adjunct_still_ends_the_subject():
    row = only_row("One day, local officials said that the drug was banned.")
    assert row.speaker_mention == "local officials"


def test_a_name_in_apposition_to_a_postmodified_common_noun_is_the_mention():
    text = (
        "His former colleague at Brightwater, Nina R. Castell, called him a genius at "
        "fixing hopeless engines."
    )
    assert only_row(text).speaker_mention == "Nina R. Castell"


# ------------------------------------------------------------- a second source


def test_content_ends_before_a_coordinated_clause_with_its_own_source():
    text = (
        "The council rejected these complaints as baseless, and both outside engineers "
        "and sources in the tower told the newspaper the cracks were old."
    )
    table = table_of(text).set_index("cue")
    assert table.loc["rejected", "text"] == "these complaints as baseless"
    assert table.loc["told", "speaker_mention"] == (
        "both outside engineers and sources in the tower"
    )


def test_two_coordinated_attributions_are_two_rows():
    table = table_of("The mayor said the bridge was safe, and the engineers said it was not.")
    assert list(table["speaker_mention"]) == ["The mayor", "the engineers"]
    assert list(table["text"]) == ["the bridge was safe", "it was not"]


def test_a_coordinated_that_clause_stays_in_the_content():
    row = only_row("The mayor said the bridge was safe and that the engineers agreed with her.")
    assert row.text == "the bridge was safe and that the engineers agreed with her"


def test_a_participle_after_according_to_is_not_the_clause_going_on():
    text = (
        "The regulator is examining the bakery chain, according to two people close to the "
        "inquiry, adding to a run of setbacks for the chain."
    )
    row = only_row(text)
    assert row.text == "The regulator is examining the bakery chain"
    assert len(row.fragments) == 1


def test_according_to_between_subject_and_verb_keeps_two_fragments():
    row = only_row("The report, according to two officials, was a whitewash.")
    assert len(row.fragments) == 2


# ------------------------------------------------------ inverted cue and an adjunct


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("The bridge will close in May, said Ana Ruiz in a statement to staff.", "Ana Ruiz"),
        (
            "The bridge will close in May, said the city’s chair Ana Ruiz in an email.",
            "the city’s chair Ana Ruiz",
        ),
    ],
)
def test_an_adjunct_after_an_inverted_source_is_no_obstacle(sentence, mention):
    row = only_row(sentence)
    assert row.speaker_mention == mention
    assert row.text == "The bridge will close in May"


def test_an_object_after_an_inverted_verb_is_no_source():
    text = "His old colleague, Nina Castell, called her a genius at fixing hopeless engines."
    assert "her a genius" not in set(table_of(text)["speaker_mention"].dropna())


def test_a_capitalised_pronoun_inside_a_name_is_part_of_it():
    row = only_row("The We Bakery said it would cut jobs.")
    assert row.speaker_mention == "The We Bakery"


# ---------------------------------------------------------------- relative clauses


@pytest.mark.parametrize(
    "sentence, mention",
    [
        (
            "A spokeswoman who would not be identified because of company rules said the plan was under review.",
            "A spokeswoman",
        ),
        (
            "One of the doctors who signed the letter called the mayor a fraud.",
            "One of the doctors",
        ),
        ("Officials who met Ana Ruiz said the talks had failed.", "Officials"),
    ],
)
def test_a_relative_clause_on_the_subject_is_stepped_over(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


def test_the_subject_inside_an_object_relative_clause_still_speaks():
    # "who" is the subject of "said": the relative pronoun is the mention, as before.
    assert only_row("He met people who said the plan had failed.").speaker_mention == "who"


def test_a_noun_after_an_indefinite_article_is_no_cue_behind_a_relative_clause():
    text = "The council lowered the count of tenants who could be moved from an initial estimate of 300."
    assert "estimate" not in set(table_of(text)["cue"].dropna())


def test_the_object_before_a_comma_after_a_time_adjunct_is_no_subject():
    row = only_row("Ana Ruiz, who met the mayor on Monday, said the talks had failed.")
    assert row.speaker_mention == "Ana Ruiz"


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator, on Tuesday, said the talks had failed.",
        "The senator on Tuesday said the talks had failed.",
    ],
)
def test_a_time_adjunct_before_the_cue_is_still_stepped_over(sentence):
    assert only_row(sentence).speaker_mention == "The senator"


# ------------------------------------------------------------ determiners in a row


@pytest.mark.parametrize(
    "subject", ["Several other studies", "All the protesters", "The other two officials"]
)
def test_determiners_in_a_row_stay_in_the_subject(subject):
    assert only_row(f"{subject} said the mayor must resign.").speaker_mention == subject


def test_an_agent_with_a_name_keeps_the_head_and_its_participle():
    text = (
        "In 2009, a survey team led by his mentor Ilse Varga at the Institute of "
        "Marshfield found that the wells fed those marshes."
    )
    assert only_row(text).speaker_mention == "a survey team led by his mentor Ilse Varga"


# ------------------------------------------------ openers, participle clauses, authors


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking at a county fair in Dover, Delaware, Ana Ruiz went after Pratt, calling him a bully.",
        "Rattled by the reviews, as well as grumbles over its length, Ana Ruiz trimmed her novel, promising to focus on the heroine.",
    ],
)
def test_an_opening_participle_clause_is_no_subject(sentence):
    assert only_row(sentence).speaker_mention == "Ana Ruiz"


def test_a_linking_adverbial_before_a_name_and_appositive_is_no_subject():
    text = (
        "However, Jill A. Moreno, vice president of the firm, said in a written statement "
        "that the plan was legal."
    )
    assert only_row(text).speaker_mention == "Jill A. Moreno"


def test_a_predicate_is_no_subject_before_a_colon():
    text = (
        "Council Chair Dana Pell, R-Ore., issued a stern warning to Ruiz: "
        "“It's time to stop insulting the rivals you ran against.”"
    )
    assert "issued a stern warning" not in set(table_of(text)["speaker_mention"].dropna())


@pytest.mark.parametrize(
    "source, mention",
    [
        ("calculations by Rosa Whitcombe of the Lakeside Institute", "Rosa Whitcombe"),
        ("a post from Delphine Moreno", "Delphine Moreno"),
        ("a spokesman from the ministry", "a spokesman"),
    ],
)
def test_the_author_after_by_or_from_is_the_source(source, mention):
    row = only_row(f"The repair costs about $40 a day, according to {source}.")
    assert row.speaker_mention == mention


# ----------------------------------------------------- verbs and times read as subjects


def test_a_bare_verb_after_to_is_not_part_of_the_subject():
    row = only_row("The union was happy to hear Ruiz pledged her backing to the strike.")
    assert row.speaker_mention == "Ruiz"


def test_a_verb_and_its_object_are_no_subject():
    text = "Osei, who is a dentist, also decried Pratt's repeated calls to shut all clinics."
    assert "decried Pratt's repeated" not in set(table_of(text)["speaker_mention"].dropna())


def test_an_adjective_in_ed_before_a_title_stays():
    row = only_row("Retired Gen. Ana Ruiz said the base would close.")
    assert row.speaker_mention == "Retired Gen. Ana Ruiz"


@pytest.mark.parametrize(
    "sentence, mention",
    [
        (
            "The Port Authority less than three days ago said the cranes were unsafe.",
            "The Port Authority",
        ),
        (
            "A few hours later they changed course, let the crowd through and said the gate was open.",
            "they",
        ),
    ],
)
def test_a_span_of_time_before_ago_or_later_is_no_subject(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("One of the anglers, Morris Tabb, 64, said the storm had scared him.", "Morris Tabb"),
        (
            "One farmer supporting Ms. Lee, Hollis Brandt of Cedar Grange in Pikeville, said he had knocked on 90 doors.",
            "Hollis Brandt",
        ),
    ],
)
def test_a_named_appositive_after_a_determiner_or_participle_head(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


def test_an_of_phrase_after_a_preposition_is_an_object_not_a_subject():
    from analysis.attribution.phrases import speaker_before

    text = "In the wake of the Daily Ledger report, Ana Ruiz has portrayed herself as shrewd."
    span = speaker_before(text, 0, text.index(" report"))
    assert text[span[0] : span[1]] == "the Daily Ledger"
    text = "In a meeting with the board of the Daily Ledger Ruiz said the plan was dead."
    span = speaker_before(text, 0, text.index(" said"))
    assert "board" not in text[span[0] : span[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lee, one of the coach's oldest friends, recalled Mr. Ruiz talking about a novel on sailing.",
        "Mr. Ruiz examined reports like the 2011 harbour survey, which linked silt to dredging.",
    ],
)
def test_a_verb_next_to_a_name_is_not_read_into_the_subject(text):
    mentions = set(table_of(text)["speaker_mention"].dropna())
    assert not {"recalled Mr. Ruiz", "Mr. Ruiz examined"} & mentions


def test_a_verb_right_after_who_is_no_subject():
    from analysis.attribution.phrases import speaker_before

    text = "They worry that those who draft tenancy documents may cheat."
    assert speaker_before(text, 0, text.index(" documents") + 1) is None
    text = "The contracts did not allow that, sources who read them told the newsletter."
    span = speaker_before(text, 0, text.index(" told"))
    assert text[span[0] : span[1]] == "sources"


# ------------------------------------------------- conjuncts and introductory phrases


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("Likewise, Ana Ruiz went after Pratt, calling him a bully.", "Ana Ruiz"),
        (
            "Earlier this week, Mabry pressed the treasurer, saying the club had lost its way.",
            "Mabry",
        ),
        (
            "At a festival in Taos, N.M., the Oberlin graduate closed her talk, saying music mattered.",
            "the Oberlin graduate",
        ),
    ],
)
def test_the_subject_after_a_conjunct_a_time_or_a_place_with_its_state(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


@pytest.mark.parametrize(
    "sentence, mention",
    [
        (
            "In fighting the subpoena, his lawyer, Miriam T. Osgood, wrote that such a demand was unfair.",
            "Miriam T. Osgood",
        ),
        (
            "At an event in Ames, Iowa, Ana Ruiz, the candidate, said the plan would work.",
            "Ana Ruiz",
        ),
        ("In Ames, Ana Ruiz, the candidate, said the plan would work.", "Ana Ruiz"),
        (
            "In March, Rep. Ana Ruiz, R-Ohio, toured the harbour and argued that the dredging was needed.",
            "Rep. Ana Ruiz",
        ),
        ("Likewise, Ana Lee, the mayor, said the plan would work.", "Ana Lee"),
        ("As part of his plea, Dorin Vasko, 51, said he had forged the invoices.", "Dorin Vasko"),
    ],
)
def test_an_introductory_phrase_before_a_named_subject_is_passed_over(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


def test_a_bare_verb_before_it_is_no_subject():
    text = 'As Ruth Amsel, the No. 2 on the board, put it: "This plan will not be approved."'
    assert "put" not in set(table_of(text)["speaker_mention"].dropna())


# ---------------------------------------------------------------- joint speakers


@pytest.mark.parametrize(
    "sentence, mention",
    [
        (
            "For the clinic bulletin, Ana Ruiz of Lakeside Hospital and Tomas Reyes, Hana Voss, and "
            "Milo Grant of the Dunmore Clinic in the UK told the story of a woman who lost her sight.",
            "Ana Ruiz of Lakeside Hospital and Tomas Reyes, Hana Voss, and Milo Grant",
        ),
        (
            "Ana Ruiz, Paul Lee and Milo Grant said the plan would work.",
            "Ana Ruiz, Paul Lee and Milo Grant",
        ),
        ("Doctors, nurses and patients said the plan would work.", "Doctors, nurses and patients"),
        (
            "Paula Okafor and her team reported that the water was clean.",
            "Paula Okafor and her team",
        ),
    ],
)
def test_a_coordinated_list_of_sources_is_one_joint_speaker(sentence, mention):
    assert only_row(sentence).speaker_mention == mention


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("In Ohio, Lee and Kim said the plan would work.", "Lee and Kim"),
        (
            "Marsh had agreed to play Ivy Tolland, and Corbin said that she was right for the part.",
            "Corbin",
        ),
        (
            "Card balances in this region total $4.2 billion, and economists believe they strain households.",
            "economists",
        ),
        (
            "However, both Okafor and Lindqvist told auditors that the transfer was improper.",
            "both Okafor and Lindqvist",
        ),
        (
            "Dr. Ana Petrossian of the Department of Lakes and Rivers says the algae risk persists.",
            "Dr. Ana Petrossian",
        ),
    ],
)
def test_a_list_stops_at_an_adjunct_an_object_or_a_clause(sentence, mention):
    table = table_of(sentence)
    assert mention in set(table["speaker_mention"])
    assert all(len(m) <= len(mention) for m in table["speaker_mention"].dropna() if mention in m)


def test_content_ends_at_a_quotation_closing_before_a_second_source():
    text = (
        "The council rejected these complaints as “plainly untrue,” and both engineers and "
        "sources in the tower told the newspaper the cracks were old."
    )
    table = table_of(text).set_index("cue")
    assert table.loc["rejected", "text"] == "these complaints as “plainly untrue,”"
    assert table.loc["told", "speaker_mention"] == "both engineers and sources in the tower"


def test_a_comma_and_a_cue_inside_a_quotation_do_not_cut_the_content():
    text = "The ministry called the plan “a fair deal, and officials said it would pass” on Monday."
    row = table_of(text).set_index("cue").loc["called"]
    assert "officials said it would pass”" in row.text
