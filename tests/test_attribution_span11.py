"""One content per report: a span that ran on into a second report (round 11).

Every sentence here is invented; each construction has a positive case and a negative
neighbour that must stay as it was.
"""

from __future__ import annotations

from attribution_rows import rows, table_of


def test_coordinated_participles_each_report_with_the_shared_speaker():
    assert rows(
        "Okafor went after the mayor, calling the plan a disaster and accusing him of lying."
    ) == [
        ("Okafor", "calling", "the plan a disaster"),
        ("Okafor", "accusing", "him of lying"),
    ]


def test_a_coordinated_participle_after_a_fronted_adjunct_keeps_the_subject():
    assert rows(
        "On Monday, the mayor issued a statement, describing the bridge as a danger but "
        "insisting that the council had no right to close it."
    ) == [
        ("the mayor", "describing", "the bridge as a danger"),
        ("the mayor", "insisting", "that the council had no right to close it"),
    ]


def test_coordinated_gerunds_inside_the_content_stay_whole():
    assert rows("Ruiz said she was tired of hoping and praying for a new school.") == [
        ("Ruiz", "said", "she was tired of hoping and praying for a new school")
    ]


def test_a_participle_after_a_comma_closing_a_quotation_reports_on_its_own():
    assert rows('Ruiz has called the levy "unfair and cruel," accusing the council of greed.') == [
        ("Ruiz", "called", 'the levy "unfair and cruel,"'),
        ("Ruiz", "accusing", "the council of greed"),
    ]


def test_a_finite_verb_and_a_clause_with_and_stay_one_content():
    assert rows("Ruiz said the plan was bold and warning signs were ignored.") == [
        ("Ruiz", "said", "the plan was bold and warning signs were ignored")
    ]


def test_a_second_predicate_after_but_with_an_auxiliary_reports_on_its_own():
    assert rows("Ruiz has supported the tax but has since said she now wants it cut.") == [
        ("Ruiz", "supported", "the tax"),
        ("Ruiz", "said", "she now wants it cut"),
    ]


def test_a_second_predicate_after_a_fronted_adjunct_shares_the_subject():
    assert rows(
        "After the storm on Tuesday, the regional office said 30 people had been hurt, "
        "but added the causes remained unclear."
    ) == [
        ("the regional office", "said", "30 people had been hurt"),
        ("the regional office", "added", "the causes remained unclear"),
    ]


def test_but_before_a_clause_of_the_content_stays_in_it():
    assert rows("Ruiz said the plan was late but the bridge would open in May.") == [
        ("Ruiz", "said", "the plan was late but the bridge would open in May")
    ]


def test_a_noun_object_before_a_second_predicate_ends_there_and_stays_flagged():
    # (was one flagged row running on into "but feel …", tests/test_attribution_screen5.py)
    table = table_of("Critics rarely cite evidence of fraud but feel that the mayor is careless.")
    assert list(zip(table.cue, table.text, strict=True)) == [
        ("cite", "evidence of fraud"),
        ("feel", "that the mayor is careless"),
    ]
    assert table.check.iloc[0]


def test_a_belief_inside_a_report_has_the_reporter_as_its_source():
    assert rows('Okafor said he believes "the bridge will open in May and the city will pay."') == [
        ("Okafor", "believes", '"the bridge will open in May and the city will pay."')
    ]
    assert rows(
        'The mayor told the radio host that she thinks "the levy is fair to every family."'
    ) == [("The mayor", "thinks", '"the levy is fair to every family."')]


def test_a_belief_of_a_named_person_inside_a_report_keeps_its_subject():
    assert rows(
        'Okafor said Ruiz believes "the bridge will open in May and the city will pay."'
    ) == [("Ruiz", "believes", '"the bridge will open in May and the city will pay."')]


def test_a_relative_clause_with_its_own_source_ends_the_content_before_it():
    assert rows("Ruiz criticized the budget, which an audit said was careless but lawful.") == [
        ("Ruiz", "criticized", "the budget"),
        ("an audit", "said", "which an audit said was careless but lawful"),
    ]


def test_a_relative_clause_whose_cue_goes_on_with_an_adverb_stays_in_the_content():
    assert rows("Ruiz said she admired the mayor, whom she praised warmly at the fair.") == [
        ("Ruiz", "said", "she admired the mayor, whom she praised warmly at the fair")
    ]


def test_a_compared_share_with_its_own_report_ends_the_first_content():
    assert rows(
        "Nearly half said they wanted a coach from abroad, compared with three in 10 who "
        "said they favoured a local hire."
    ) == [
        ("Nearly half", "said", "they wanted a coach from abroad"),
        ("who", "said", "they favoured a local hire"),
    ]


def test_a_compared_figure_without_a_report_stays_in_the_content():
    assert rows("Ruiz said prices rose 4 percent, compared with 3 percent a year ago.") == [
        ("Ruiz", "said", "prices rose 4 percent, compared with 3 percent a year ago")
    ]


def test_although_with_a_source_of_its_own_ends_the_first_content_without_a_comma():
    assert rows("Ruiz said the levy was a mistake although she supports keeping it now.") == [
        ("Ruiz", "said", "the levy was a mistake"),
        ("she", "supports", "keeping it now"),
    ]
