"""Speaker mentions of round 8 (issue 10): the name label of a digest item after a
heading in capitals, and a participle cue after the object of a recipient preposition.
Invented sentences, a positive and a neighbouring negative case for each construction.
"""

from __future__ import annotations

from attribution_rows import only_row, table_of

# ---------------------------------------------- a digest item: HEADING - Name: “…”


def test_a_digest_item_is_said_by_the_names_after_the_capitals_heading():
    row = only_row(
        "Title line.\n\nPOLLS STILL TIGHT IN OHIO - Ana Ruiz and Dan Kim: “Although the race "
        "is close, the trend favours the incumbent in every region we measured.”"
    )
    assert row.speaker_mention == "Ana Ruiz and Dan Kim"
    assert row.kind == "direct"


def test_a_digest_item_with_one_author():
    row = only_row(
        "Title line.\n\nVOTERS WANT A CHANGE - Ana Ruiz: “We found that most voters care "
        "about the economy more than anything else this year.”"
    )
    assert row.speaker_mention == "Ana Ruiz"


def test_a_verb_after_the_heading_keeps_the_colon_introduction():
    # not a name label: the clause "Ruiz fired back" introduces the quotation
    row = only_row(
        "Title line.\n\nWASHINGTON - Ruiz fired back: “We found that most voters care "
        "about the economy more than anything else this year.”"
    )
    assert row.speaker_mention == "Ruiz"
    assert row.cue == "fired back"


def test_a_heading_without_a_name_gives_no_capitals_speaker():
    table = table_of(
        "Title line.\n\nPOLLS STILL TIGHT IN OHIO - THE FINAL WEEK: “Although the race is "
        "close, the trend favours the incumbent in every region we measured.”"
    )
    assert not any(str(m).isupper() for m in table.speaker_mention)


# ------------------------------------ a participle after the object of "to", "on"


def test_a_participle_after_to_noun_takes_the_clause_subject():
    row = only_row(
        "Title line.\n\nHis campaign sent a text to supporters saying: “We won the state "
        "and we will keep going tomorrow.”"
    )
    assert row.speaker_mention == "His campaign"


def test_a_participle_after_a_memo_to_employees_takes_the_named_subject():
    row = only_row(
        "Title line.\n\nAs the chief executive, Ana Ruiz, put it in her memo to employees "
        "explaining the deal, “We are buying the best team in the business.”"
    )
    assert row.speaker_mention == "Ana Ruiz"


def test_a_participle_after_on_noun_takes_the_subject_of_the_clause():
    row = only_row(
        "Title line.\n\nRuiz responded to Kim’s question on the radio writing, “Yes, I will. "
        "That was a poor choice of words.”"
    )
    assert row.speaker_mention == "Ruiz"


def test_a_participle_after_from_noun_keeps_the_noun_phrase():
    # "a letter from residents saying": the letter says it, not the mayor who read it
    row = only_row(
        "Title line.\n\nThe mayor read out a letter from residents saying, “We cannot "
        "drink the water in this town any more.”"
    )
    assert row.speaker_mention == "a letter from residents"


def test_a_participle_after_a_plain_object_keeps_the_noun_phrase():
    row = only_row(
        "Title line.\n\nThe spot ends with footage of the senator saying, “I will never "
        "vote for this budget as long as I serve.”"
    )
    assert row.speaker_mention != "The spot"


# ---------------- a participle after a main clause with its own subject and verb


def _mention_of(text: str, cue: str) -> str:
    table = table_of("Title line.\n\n" + text)
    return table[table.cue == cue].speaker_mention.tolist()


def test_a_participle_after_an_opening_when_clause_takes_the_main_clause_subject():
    text = (
        "When Kim pointed out that Ruiz calls it a plan for everyone, Lee seized upon the "
        "phrase, repeating her line that the plan would ruin the state budget."
    )
    assert _mention_of(text, "repeating") == ["Lee"]


def test_a_participle_after_an_opening_while_clause_takes_the_main_clause_subject():
    text = (
        "In a debate, while most of his rivals called for a bigger effort against the "
        "cartel, Lee hewed to the governor's approach, noting that the cartel and the "
        "gangs are enemies."
    )
    assert _mention_of(text, "noting") == ["Lee"]


def test_a_participle_after_a_but_clause_takes_its_subject():
    text = (
        "Lee quickly pivoted to talking about trade and how he would fix it, but Kim "
        "brought him back to the attacks, asking Lee to share his views on the strike."
    )
    assert _mention_of(text, "asking") == ["Kim"]


def test_a_participle_after_a_clause_inside_what_was_said_keeps_the_speaker():
    text = (
        "Ana Ruiz said the union had struck, and the company lost money, citing weak "
        "sales in the north."
    )
    assert _mention_of(text, "citing") == ["Ana Ruiz"]


def test_a_participle_after_a_plain_reporting_clause_keeps_its_subject():
    text = "Ana Ruiz said the company lost money last year, citing weak sales in the north."
    assert _mention_of(text, "citing") == ["Ana Ruiz"]


def test_a_participle_after_a_second_coordinated_clause_takes_its_subject():
    text = (
        "Over the past two weeks, prosecutors charged the officer with murder and Ruiz "
        "fired her police chief, Dan F. Kim, acknowledging that large parts of the city "
        "have lost trust in the force."
    )
    assert _mention_of(text, "acknowledging") == ["Ruiz"]


def test_a_coordinated_subject_is_not_split_at_its_and():
    assert _mention_of(
        "Ana Ruiz and Kim Lee visited the plant, saying the plan would fail.", "saying"
    ) == ["Ana Ruiz and Kim Lee"]


def test_a_coordinated_predicate_without_a_subject_keeps_the_sentence_subject():
    text = (
        "The probe will orbit Jupiter but study Europa up close on dozens of flybys, "
        "characterizing the moon and its ocean."
    )
    assert _mention_of(text, "characterizing") == ["The probe"]


def test_an_and_inside_a_that_clause_is_no_second_clause():
    text = (
        "She was adamant that she and the company keep the upper hand, telling Kim that "
        "they would not move first."
    )
    assert _mention_of(text, "telling") == ["She"]


# ------------------------- an opening adverbial closed by a comma before the subject


def test_back_in_a_year_opens_an_adverbial_before_the_subject():
    text = (
        "Back in 1999, Ana Ruiz expressed admiration for the mayor's skills, telling a "
        "radio station: “I wish I could be like that.”"
    )
    assert _mention_of(text, "telling") == ["Ana Ruiz"]


def test_more_recently_opens_an_adverbial_before_the_subject():
    text = (
        "More recently, Kim has spoken out against the bathroom law, citing the rights of "
        "the people in the state."
    )
    assert _mention_of(text, "citing") == ["Kim"]


def test_an_opening_participle_phrase_before_the_subject():
    text = (
        "Facing mounting criticism from both parties, Lee released a statement on "
        "Saturday, describing the soldier as a hero of the nation."
    )
    assert _mention_of(text, "describing") == ["Lee"]


def test_a_source_noun_after_a_demonym_stays_in_the_subject():
    text = "Under mounting domestic pressure, Mexican officials now say they have a new plan."
    assert _mention_of(text, "say") == ["Mexican officials"]


def test_more_as_a_determiner_stays_in_the_subject():
    assert _mention_of("More voters, however, said they would back the plan.", "said") == [
        "More voters"
    ]


# --------------------- a participle after a document the subject issued


def test_a_participle_after_an_issued_statement_takes_the_issuer():
    row = only_row(
        "Title line.\n\nMr. Lee issued a statement Tuesday saying, “I do not think the judge "
        "can be fair to me.”"
    )
    assert row.speaker_mention == "Mr. Lee"


def test_a_participle_after_a_sent_email_takes_the_sender():
    row = only_row(
        "Title line.\n\nMinutes later, she sent an email saying, “Done with all of it now.”"
    )
    assert row.speaker_mention == "she"


def test_the_issuer_behind_a_relative_clause():
    row = only_row(
        "Title line.\n\nThe commission, which regulates campaign finances, issued a "
        "statement warning that “voters are entitled to a fair and open campaign.”"
    )
    assert row.speaker_mention == "The commission"


def test_a_document_with_its_own_source_keeps_it():
    row = only_row(
        "Title line.\n\nThe mayor released a letter from residents saying, “We cannot "
        "drink the water in this town.”"
    )
    assert row.speaker_mention == "a letter from residents"


def test_a_document_the_subject_only_read_keeps_the_document():
    row = only_row(
        "Title line.\n\nThe mayor read a letter saying, “We cannot drink the water in this town.”"
    )
    assert row.speaker_mention == "a letter"


# ------------------------- the poll a fronted "In a … poll," names for a share


def test_a_share_after_a_fronted_poll_is_said_by_the_poll():
    text = (
        "In a national Gazette poll released Sunday, just 8 percent of Democrats said they "
        "would vote for the senator."
    )
    assert _mention_of(text, "said") == ["a national Gazette poll released Sunday"]


def test_a_survey_conducted_by_papers_is_the_source_of_its_share():
    text = (
        "In a survey conducted by the Gazette and the Herald, just 28 percent of voters "
        "said they had a positive view of the mayor."
    )
    assert _mention_of(text, "said") == ["a survey conducted by the Gazette and the Herald"]


def test_a_share_after_a_fronted_place_keeps_the_share():
    assert _mention_of("In Ohio, 42% of voters say they do not know the senator.", "say") == [
        "42% of voters"
    ]


def test_a_share_after_a_fronted_event_keeps_the_share():
    assert _mention_of(
        "In the debate, 40 percent of the audience said the mayor had won.", "said"
    ) == ["40 percent of the audience"]
