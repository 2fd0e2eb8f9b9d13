"""Speaker mentions of round 7 (issue 10): an adverb between subject and verb, a
genitive typed with a stray space, a plural noun before a parenthetical reporting
clause, "All told" as a sentence adverbial. Invented sentences, a positive and a
neighbouring negative case for each construction.
"""

from __future__ import annotations

from attribution_rows import only_row, table_of

import analysis
from analysis.pipeline import analyse

# ------------------------------------------------- adverbs between the subject and its verb


def test_a_hyphenated_adverb_before_the_verb_is_not_part_of_the_subject():
    table = table_of(
        "Title line.\n\nThe singer accused the label of copying her song. "
        "The company flat-out denied the claims in a statement."
    )
    assert table[table.cue == "denied"].speaker_mention.tolist() == ["The company"]


def test_outright_before_the_verb_is_not_part_of_the_subject():
    row = only_row("Title line.\n\nThe union outright rejected the claim that it had lied.")
    assert row.speaker_mention == "The union"


def test_a_hyphenated_premodifier_stays_in_the_subject():
    row = only_row("Title line.\n\nThe long-serving mayor denied the claims in a statement.")
    assert row.speaker_mention == "The long-serving mayor"


# ---------------------------------------------------- a genitive typed with a stray space


def test_a_genitive_with_a_space_before_the_apostrophe_keeps_the_name_after_it():
    text = "Title line.\n\nAccording to the Gazette ’s Mbeki, the leak began in June."
    row = only_row(text)
    assert row.speaker_mention == "the Gazette ’s Mbeki"
    speakers = analyse(analysis.parse_article(text)).quotes
    assert speakers.iloc[0].speaker.endswith("Mbeki")


def test_a_genitive_without_the_space_reads_the_same():
    row = only_row("Title line.\n\nAccording to the Gazette’s Mbeki, the leak began in June.")
    assert row.speaker_mention == "the Gazette’s Mbeki"


def test_a_lower_case_word_before_a_spaced_apostrophe_is_not_a_genitive():
    # a closing single quotation mark after a lower-case word stays punctuation
    row = only_row(
        "Title line.\n\nThe plan was called ‘ruinous ’ by Ana Ruiz, who said it would fail."
    )
    assert "’" not in row.speaker_mention


# ------------------------------------------- a plural noun before a parenthetical reporting clause


def test_a_plural_noun_before_a_parenthetical_reporting_clause_is_no_subject():
    row = only_row("Title line.\n\nRepair estimates, she added, would double by June.")
    assert row.speaker_mention == "she"
    assert row.cue == "added"


def test_a_verb_in_s_followed_by_its_content_keeps_its_subject():
    row = only_row("Title line.\n\nRuiz estimates the repairs would double by June.")
    assert row.speaker_mention == "Ruiz"


# -------------------------------------------------------------------- "All told" is an adverbial


def test_all_told_is_a_sentence_adverbial_and_no_attribution():
    assert table_of(
        "Title line.\n\nAll told, the club spent six million dollars on the pitch."
    ).empty


def test_a_quantifier_telling_an_addressee_is_still_a_speaker():
    row = only_row("Title line.\n\nMany told reporters the plan was a mistake.")
    assert row.speaker_mention == "Many"


# ------------------------------------------- an aside on the subject, then a time adjunct


def test_a_time_adjunct_after_an_aside_does_not_make_the_aside_the_subject():
    table = table_of(
        "Title line.\n\nIrma Dorn, whose views on trade have upset even members of her "
        "own party, last year proposed a levy, saying it would help farmers."
    )
    assert not table.empty
    assert set(table.speaker_mention) == {"Irma Dorn"}


def test_a_time_adjunct_between_commas_is_still_stepped_over():
    row = only_row("Title line.\n\nThe senator, on Tuesday, said the levy would help farmers.")
    assert row.speaker_mention == "The senator"


# --------------------------------------------- "told" + addressee before a quotation


def test_the_addressee_of_told_before_a_quotation_is_not_the_speaker():
    row = only_row(
        "Title line.\n\nIrma Dorn, who phoned Lee shortly after the count, told her "
        'supporters, "We will be back next year."'
    )
    assert row.kind == "direct"
    assert row.speaker_mention == "Irma Dorn"


def test_an_inverted_said_before_a_quotation_still_names_its_speaker():
    row = only_row('Title line.\n\nSaid Irma Dorn, "We will be back next year."')
    assert row.speaker_mention == "Irma Dorn"


def test_a_subject_before_an_aside_in_double_hyphens_speaks():
    row = only_row(
        "Title line.\n\nIrma Dorn -- who runs the seed company, which also sells tools -- "
        'told me, "We sell to anyone who pays."'
    )
    assert row.kind == "direct"
    assert row.speaker_mention == "Irma Dorn"


def test_a_time_adjunct_after_a_relative_clause_keeps_the_named_subject():
    table = table_of(
        "Title line.\n\nIrma Dorn, who backed the levy, last week said the mayor was a risk."
    )
    assert table[table.cue == "said"].speaker_mention.tolist() == ["Irma Dorn"]


def test_a_time_adjunct_after_an_appositive_keeps_the_named_subject():
    row = only_row(
        "Title line.\n\nIrma Dorn, the party's longest-serving senator, on Tuesday "
        "said the levy would help farmers."
    )
    assert row.speaker_mention == "Irma Dorn"
