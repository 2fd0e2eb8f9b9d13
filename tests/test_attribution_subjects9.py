"""Speaker mentions of round 9 (issue 10): a focusing adverb between a pronoun and its
verb, a pronoun with a contracted auxiliary, a numeral share of "those". Invented
sentences, a positive and a neighbouring negative case for each construction.
"""

from __future__ import annotations

from attribution_rows import only_row, table_of

# --------------------------------------------- a focusing adverb between subject and verb


def test_only_after_a_pronoun_is_no_part_of_the_subject():
    row = only_row("Title line.\n\nHe only found that the bridge plan was weak.")
    assert row.speaker_mention == "He"


def test_too_after_a_pronoun_is_no_part_of_the_subject():
    row = only_row("Title line.\n\nShe too said the harbour would close in May.")
    assert row.speaker_mention == "She"


def test_only_inside_a_noun_phrase_stays_in_it():
    row = only_row("Title line.\n\nThe only witness said the harbour would close in May.")
    assert row.speaker_mention == "The only witness"


# ------------------------------------------------ a pronoun with a contracted auxiliary


def test_a_contracted_auxiliary_is_cut_from_the_pronoun():
    row = only_row("Title line.\n\nThey’ve said the harbour would close in May.")
    assert row.speaker_mention == "They"


def test_a_contracted_would_is_cut_from_the_pronoun():
    row = only_row("Title line.\n\nWhen pressed, he’d respond, “The harbour will close.”")
    assert (row.kind, row.speaker_mention) == ("direct", "he")


def test_a_contracted_is_before_a_participle_is_a_passive_with_no_speaker():
    table = table_of("Title line.\n\nIt’s called the harbour plan, and it starts in May.")
    assert table.empty


def test_a_plain_pronoun_is_left_as_it_is():
    row = only_row("Title line.\n\nThey said the harbour would close in May.")
    assert row.speaker_mention == "They"


# --------------------------------------------------------- a numeral share of "those"


def test_a_share_of_those_with_a_relative_clause_speaks():
    row = only_row(
        "Title line.\n\nAbout 27 percent of those who named a candidate said "
        "they would back the harbour plan."
    )
    assert row.speaker_mention == "About 27 percent of those"


def test_a_share_of_those_with_a_participle_speaks():
    row = only_row(
        "Title line.\n\nNearly 40 percent of those polled said they would back the harbour plan."
    )
    assert row.speaker_mention == "Nearly 40 percent of those polled"


def test_a_share_of_a_plain_noun_is_left_as_it_is():
    row = only_row("Title line.\n\n27 percent of voters said they would back the harbour plan.")
    assert row.speaker_mention == "27 percent of voters"


def test_those_without_a_share_is_no_share():
    row = only_row("Title line.\n\nThe mayor said those who named a candidate would back the plan.")
    assert row.speaker_mention == "The mayor"


# ------------------------------------- an adverb after a closed relative clause aside


def test_an_adverb_after_a_closed_relative_aside_keeps_the_name_as_subject():
    row = only_row(
        "Title line.\n\nDan Okafor, who had served for years on the council, also said "
        "the harbour would close in May."
    )
    assert row.speaker_mention == "Dan Okafor"


def test_an_adverb_after_a_closed_aside_on_a_thing_gives_no_speaker():
    table = table_of(
        "Title line.\n\nThe harbour plan, which had a long history, also said little "
        "about the costs."
    )
    assert table.empty


# ------------------------- a relative clause aside read as the first of two predicates


def test_a_relative_aside_after_a_cleft_leaves_the_name_as_subject():
    row = only_row(
        "Title line.\n\nIt was two years ago that Dan Okafor, who is thinking about "
        "running for mayor, said the harbour would close."
    )
    assert row.speaker_mention == "Dan Okafor"


def test_a_pronoun_before_a_relative_aside_and_a_coordinated_verb_keeps_its_subject():
    row = only_row(
        "Title line.\n\nHe met Okafor, who is thinking about running, and said the "
        "harbour would close."
    )
    assert row.speaker_mention == "He"
