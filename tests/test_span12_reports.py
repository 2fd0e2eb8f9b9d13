"""One content per report: a span that ran on into a second report (round 12).

Every sentence here is invented; each construction has a positive case and a negative
neighbour that must stay as it was.
"""

from __future__ import annotations

from attribution_rows import rows, table_of


def test_a_phrasal_participle_after_a_comma_reports_on_its_own():
    assert rows(
        "The mayor said the town is safer now, pointing to a drop in burglaries last year."
    ) == [
        ("The mayor", "said", "the town is safer now"),
        ("The mayor", "pointing to", "a drop in burglaries last year"),
    ]


def test_a_phrasal_participle_inside_the_content_without_a_comma_stays_in_it():
    assert rows("The mayor said guards pointing to the fence had seen nothing.") == [
        ("The mayor", "said", "guards pointing to the fence had seen nothing")
    ]


def test_a_summing_up_apposition_with_its_own_source_reports_on_its_own():
    assert rows("The mayor accused the council of sabotage, a charge the clerk has denied.") == [
        ("The mayor", "accused", "the council of sabotage"),
        ("the clerk", "denied", "a charge"),
    ]


def test_a_summing_up_apposition_before_a_verb_stays_in_the_content():
    assert rows("The mayor said the deal was void, a move that surprised the council.") == [
        ("The mayor", "said", "the deal was void, a move that surprised the council")
    ]


def test_a_summing_up_apposition_whose_cue_has_a_clause_takes_the_noun_as_head():
    table = table_of(
        "A headline here.\n\nThe union said the plan would save jobs, a step its members "
        "believe could help the town."
    )
    assert list(zip(table.speaker_mention, table.cue, table.text, strict=True)) == [
        ("The union", "said", "the plan would save jobs"),
        ("its members", "believe", "a step its members believe could help the town"),
    ]


def test_as_before_a_speaker_with_a_verb_of_saying_starts_a_report_of_its_own():
    assert rows("The senator praised the plan as she urged voters to back the bill.") == [
        ("The senator", "praised", "the plan"),
        ("she", "urged", "voters to back the bill"),
    ]


def test_the_second_as_of_a_comparison_stays_in_the_content():
    assert rows("The senator said the bill was as strong as she claimed it would be.") == [
        ("The senator", "said", "the bill was as strong as she claimed it would be")
    ]


def test_as_before_a_verb_of_wanting_stays_in_the_content():
    assert rows("The paper reported that the firm broke no rules as it sought a listing.") == [
        ("The paper", "reported", "that the firm broke no rules as it sought a listing")
    ]


def test_a_negated_perfect_auxiliary_is_no_part_of_the_speaker():
    assert rows("Two council members haven't said whether the vote will go ahead.") == [
        ("Two council members", "said", "whether the vote will go ahead")
    ]


def test_a_negated_auxiliary_inside_the_content_stays_in_it():
    assert rows("Two council members said they haven't decided on the vote.") == [
        ("Two council members", "said", "they haven't decided on the vote")
    ]


def test_a_negated_second_predicate_ends_the_first_content():
    assert rows("Many tenants said the rent was too high, but didn't say where they would go.")[
        0
    ] == ("Many tenants", "said", "the rent was too high")


def test_but_before_a_subject_and_a_negated_do_ends_the_content():
    assert rows(
        "The maker says the van is a preview of a new model, but it didn’t say when it ships."
    ) == [("The maker", "says", "the van is a preview of a new model")]


def test_a_negated_do_after_a_fronted_adjunct_stays_in_the_content():
    assert rows("The maker said that despite the delay, it didn't think sales would fall.") == [
        ("The maker", "said", "that despite the delay, it didn't think sales would fall")
    ]


def test_a_phrasal_participle_coordinated_with_a_second_participle_each_report():
    assert rows(
        "The senator spoke for an hour, pointing to the budget he passed and saying "
        "that idle senators are overrated."
    ) == [
        ("The senator", "pointing to", "the budget he passed"),
        ("The senator", "saying", "that idle senators are overrated"),
    ]


def test_a_second_participle_after_a_manner_adverb_reports_on_its_own():
    assert rows(
        "The senator spoke for an hour, mocking the mayor's speech and pointedly saying "
        "the town was not safe."
    ) == [
        ("The senator", "mocking", "the mayor's speech"),
        ("The senator", "saying", "the town was not safe"),
    ]


def test_a_coordinated_clause_opening_with_a_time_adjunct_reports_on_its_own():
    assert rows("The mayor defended the plan, but on Monday she said she would drop it.") == [
        ("The mayor", "defended", "the plan"),
        ("she", "said", "she would drop it"),
    ]


def test_a_time_adjunct_inside_the_content_stays_in_it():
    assert rows("The mayor said the vote was held on Monday and the count was fair.") == [
        ("The mayor", "said", "the vote was held on Monday and the count was fair")
    ]
