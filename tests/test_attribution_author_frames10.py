"""Cue forms that frame the author's own words, not a source's (round 10).

Every sentence here is invented; each construction has a positive case and a negative
neighbour that must stay as it was.
"""

from __future__ import annotations

from attribution_rows import rows


def test_an_indefinite_subject_with_a_tentative_modal_is_the_authors_hypothesis():
    assert rows("Some, of course, could argue that the new levy hurts small farms.") == []
    assert rows("One might say the festival has outgrown its square.") == []


def test_an_indefinite_subject_stating_something_still_reports():
    assert rows("Others argue that the new levy hurts small farms.") == [
        ("Others", "argue", "that the new levy hurts small farms")
    ]


def test_a_named_subject_with_a_modal_still_reports():
    assert rows("Growers might argue that the new levy hurts small farms.") == [
        ("Growers", "argue", "that the new levy hurts small farms")
    ]


def test_knowing_if_or_whether_is_no_report():
    assert rows("Nobody lends to a bakery before they know whether it can pay.") == []


def test_knowing_a_clause_is_a_mental_state_not_a_report():
    # issue 10: a thought or a piece of knowledge narrated by the writer is no attribution
    # (analysis/attribution/screen_mental.py); saying it is one
    assert rows("The bakers know the oven is too small.") == []
    assert rows("The bakers say the oven is too small.") == [
        ("The bakers", "say", "the oven is too small")
    ]


def test_noting_if_is_a_record_kept_not_a_report():
    assert rows("The nurses noted if and when each patient slept through the night.") == []


def test_noting_that_still_reports():
    assert rows("The nurses noted that each patient slept through the night.") == [
        ("The nurses", "noted", "that each patient slept through the night")
    ]


def test_a_plural_noun_cue_before_its_own_verb_and_object_is_no_cue():
    assert rows("Rival attacks hit them hard in the second half.") == []


def test_a_name_before_the_same_form_as_a_verb_still_reports():
    assert rows("Ruiz attacks the budget as a gift to landlords.") == [
        ("Ruiz", "attacks", "the budget as a gift to landlords")
    ]


def test_a_past_predicate_after_an_infinitive_content_is_the_subjects_own():
    assert rows("The candidate promised to protect the parks and hammered her rival on taxes.") == [
        ("The candidate", "promised", "to protect the parks")
    ]


def test_a_to_phrase_content_ends_before_a_coordinated_past_predicate():
    assert rows("The firm admitted to the flawed hinge and launched a repair program.") == [
        ("The firm", "admitted", "to the flawed hinge")
    ]


def test_a_coordinated_infinitive_stays_in_the_content():
    assert rows("The mayor promised to keep fares low and make buses cleaner.") == [
        ("The mayor", "promised", "to keep fares low and make buses cleaner")
    ]


def test_a_past_form_after_and_inside_a_finite_clause_stays():
    assert rows("The mayor said the fares dropped and boosted the city.") == [
        ("The mayor", "said", "the fares dropped and boosted the city")
    ]


def test_a_wire_dateline_is_no_part_of_the_content_before_a_source():
    assert rows("(Wire) — The state is auditing the mill, according to two officials.") == [
        ("two officials", "according to", "The state is auditing the mill")
    ]


def test_a_bracket_inside_the_content_stays():
    assert rows("The state (the auditor) is reviewing the mill, two people said.") == [
        ("two people", "said", "The state (the auditor) is reviewing the mill")
    ]


def test_reminding_us_of_something_evokes_and_reports_nothing():
    assert rows("The pier has its lamps again, which reminds us of how the harbour looked.") == []


def test_reminding_someone_that_still_reports():
    assert rows("The mayor reminded the council that the budget was tight.") == [
        ("The mayor", "reminded", "that the budget was tight")
    ]


def test_the_addressee_in_a_to_phrase_is_no_part_of_the_content():
    assert rows("A spokeswoman confirmed to the paper that the store would close.") == [
        ("A spokeswoman", "confirmed", "that the store would close")
    ]


def test_a_to_phrase_object_keeps_its_relative_clause_out_of_any_content():
    assert rows("The board agreed to the plan that the mayor wrote.") == []
    assert rows("The new fees added to a list of woes that have hurt the firm.") == []


def test_a_participle_phrase_after_the_source_is_no_part_of_the_content():
    assert rows(
        "According to the survey, published in a farming weekly, the harvest fell by a third."
    ) == [("the survey", "According to", "the harvest fell by a third")]


def test_a_participle_opening_a_clause_after_the_source_stays_in_the_content():
    assert rows("According to the survey, harvested fields were left bare for a year.") == [
        ("the survey", "According to", "harvested fields were left bare for a year")
    ]


def test_a_cue_in_a_relative_clause_of_a_fronted_adjunct_ends_at_the_main_clause():
    assert rows("On the day that the firm announced its new kettles were shipping, I ran out.") == [
        ("the firm", "announced", "its new kettles were shipping")
    ]


def test_a_fronted_adjunct_with_a_relative_and_no_comma_keeps_its_content():
    assert rows("In the letter that the firm sent, it said the kettles were shipping.") == [
        ("it", "said", "the kettles were shipping")
    ]


def test_an_unquoted_first_person_aside_after_a_link_is_the_authors():
    assert rows(
        "The report claims the kettle will cost 40 euros, although given its source, we would not bet on it."
    ) == [("The report", "claims", "the kettle will cost 40 euros")]


def test_a_first_person_source_content_keeps_its_second_clause():
    assert rows("The firm said we would all see lower bills, but we should wait.") == [
        ("The firm", "said", "we would all see lower bills, but we should wait")
    ]


def test_a_span_of_time_after_the_cue_is_no_part_of_the_content():
    assert rows("Moravel argued for years that it was the lone loser of the treaty.") == [
        ("Moravel", "argued", "that it was the lone loser of the treaty")
    ]


def test_a_for_phrase_object_keeps_its_words():
    assert rows("The union called for a law that bans night shifts.") == [
        ("The union", "called", "for a law that bans night shifts")
    ]


def test_an_unclosed_dash_after_the_cue_ends_its_clause():
    assert (
        rows("Few kettles reach the speed the firm promised – it is clear the app is slow.") == []
    )


def test_a_dashed_aside_after_the_cue_is_skipped():
    assert rows(
        "His chairman said — on the radio, as it happens — that the fund raised four million dollars."
    ) == [("His chairman", "said", "that the fund raised four million dollars")]


def test_a_one_word_agency_tag_without_a_dash_is_no_part_of_the_content():
    assert rows("(Wire) The mayor, according to the city hall, made a trip to the port.") == [
        (
            "the city hall",
            "according to",
            "The mayor, according to the city hall, made a trip to the port",
        )
    ]


def test_a_coordinator_before_a_fronted_subordinator_still_ends_the_content():
    assert rows("And once the patient mentioned that he had a new duvet, the doctor knew.") == [
        ("the patient", "mentioned", "that he had a new duvet")
    ]


def test_a_modifier_before_a_fronted_subordinator_still_ends_the_content():
    assert rows(
        "Years before the novelist wrote that his saga was done, the poet began her own."
    ) == [("the novelist", "wrote", "that his saga was done")]


def test_a_city_and_state_code_dateline_is_no_part_of_the_content():
    assert rows(
        "Springfield, ST – Native ads passed all other ads this year, according to analysts."
    ) == [("analysts", "according to", "Native ads passed all other ads this year")]


def test_a_dashed_aside_on_a_list_of_names_stays_in_the_content():
    assert rows(
        "Ruiz, Kim and Lee – all of them doctors – left the clinic, the hospital said."
    ) == [("the hospital", "said", "Ruiz, Kim and Lee – all of them doctors – left the clinic")]
