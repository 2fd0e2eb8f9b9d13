"""Plain reporting frames the extractor used to miss (invented sentences).

Each cause has a positive case (the attribution is now found, with its speaker and
content) and a neighbouring negative case (a construction that must stay as it was).
"""

from __future__ import annotations

import pytest
from attribution_rows import rows

# ---- 1. a bare plural verb agrees with a coordinated subject or a postmodified head


@pytest.mark.parametrize(
    "subject",
    [
        "Ms. Okafor and Mr. Lindqvist",
        "Both Ms. Okafor and Mr. Lindqvist",
        "Residents and officials in the valley",
        "Teachers at the school",
    ],
)
def test_bare_verb_agrees_with_coordinated_or_postmodified_subject(subject):
    found = rows(f"{subject} say the new bridge has cut travel times.")
    assert found == [(subject, "say", "the new bridge has cut travel times")]


def test_bare_form_with_a_verb_after_it_is_still_a_noun():
    # "report" is the head noun of the subject; "said" is the reporting verb.
    found = rows("The Senate and House report said the bridge is unsafe.")
    assert [cue for _, cue, _ in found] == ["said"]


# ---- 2. a sentence-final source clause takes the clause before it


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "But the harbour board decided to delay the vote until spring, a source said.",
            "a source",
        ),
        ("The harbour board wants to sell the ferry, two officials said.", "two officials"),
        (
            "The harbour board will sell the ferry, a person familiar with the talks said.",
            "a person familiar with the talks",
        ),
        (
            "The harbour board will sell the ferry, officials who attended the meeting said.",
            "officials who attended the meeting",
        ),
        (
            "The harbour board will sell the ferry, a second official briefed on the board's call said.",
            "a second official briefed on the board's call",
        ),
    ],
)
def test_trailing_source_clause_reports_the_clause_before(sentence, speaker):
    content = sentence.split(",")[0]
    assert rows(sentence) == [(speaker, "said", content)]


def test_a_verb_of_saying_inside_the_content_keeps_its_own_reading():
    found = rows("Ruiz told aides that she would run again, a source said.")
    assert ("Ruiz", "told", "that she would run again") in found


def test_a_clause_after_the_trailing_comma_is_no_source():
    # "the crowd cheered as he apologized": the subject is "he", not a trailing source.
    found = rows("When Ruiz walked in, the crowd turned around as he apologized for the delay.")
    assert all(speaker != "the crowd turned around as he" for speaker, _, _ in found)


def test_a_relative_clause_on_an_object_is_no_trailing_source():
    found = rows("He thanked his mentor, the late Nell Quist, who wrote as Ben Harrow.")
    assert all(speaker != "who" for speaker, _, _ in found)


# ---- 3. a time adjunct and a subordinate clause after a final cue are no content


def test_time_adjunct_after_a_final_cue_is_not_the_content():
    sentence = (
        "The toll rise is a slap in the face for every commuter, county commissioners said"
        " Thursday evening, as they left the chamber."
    )
    found = rows(sentence)
    assert found == [
        ("county commissioners", "said", "The toll rise is a slap in the face for every commuter")
    ]


def test_a_that_clause_after_the_time_adjunct_is_still_the_content():
    found = rows("County commissioners said Thursday that the toll rise is a slap.")
    assert found == [("County commissioners", "said", "that the toll rise is a slap")]


# ---- 4. a cue inside its clause ("In any case, X said, the firm …") is a clause frame


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("In any case, Mr. Varga said, the ferry was never profitable.", "Mr. Varga", "said"),
        (
            "In the end, many planners say, the toll will pay for itself.",
            "many planners",
            "say",
        ),
        ("Money, Ms. Okafor added, was the real problem.", "Ms. Okafor", "added"),
    ],
)
def test_medial_cue_reports_both_sides(sentence, speaker, cue):
    assert rows(sentence) == [(speaker, cue, sentence.rstrip("."))]


def test_contracted_pronoun_opens_a_clause():
    found = rows("But, the retired coach added, it’s no way to build a team.")
    assert found == [("the retired coach", "added", "it’s no way to build a team")]


def test_an_introductory_phrase_without_a_medial_cue_is_still_no_content():
    # "In July" before the cue is no clause of what was said: the content follows it.
    found = rows("In July, Mr. Varga said the ferry was never profitable.")
    assert found == [("Mr. Varga", "said", "the ferry was never profitable")]


# ---- 5. a source head with a postmodifier before the cue is the whole subject


@pytest.mark.parametrize(
    "subject",
    [
        "A person familiar with the harbour talks",
        "Aides to the mayor",
        "Two people briefed on the sale",
        "Officials at the port authority",
    ],
)
def test_postmodified_source_is_the_subject(subject):
    found = rows(f"{subject} said the ferry will be sold in May.")
    assert found == [(subject, "said", "the ferry will be sold in May")]


def test_a_clause_before_the_subject_is_not_its_postmodifier():
    found = rows("The word of the merger came a week after Ruiz announced that she would resign.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("Ruiz", "announced")]


def test_a_predicate_before_a_cue_form_is_not_a_postmodified_source():
    found = rows("The hosts scored nine quick points to trim the gap to one.")
    assert all("hosts" not in speaker for speaker, _, _ in found)


def test_a_main_verb_after_the_head_is_no_participle_postmodifier():
    found = rows(
        "One trustee threatened to make Varga resign, daring him to say that he was wrong."
    )
    assert all(speaker != "One trustee threatened to make Varga" for speaker, _, _ in found)


# ---- 6. a participle after a reporting clause takes that clause's subject


def test_participle_after_reporting_clause_takes_its_subject():
    found = rows(
        'Ruiz and Varga will talk on Monday, Okafor said, adding, "They have a lot to settle."'
    )
    assert ("Okafor", "adding", '"They have a lot to settle."') in found
    assert ("Okafor", "said", "Ruiz and Varga will talk on Monday") in found


def test_participle_after_a_reported_clause_keeps_the_reporting_subject():
    found = rows('Okafor said the bridge will open in May, adding, "They have a lot to settle."')
    assert ("Okafor", "adding", '"They have a lot to settle."') in found


# ---- 7. a quantifier heading the subject ("Many said") is a source


@pytest.mark.parametrize("quantifier", ["Many", "Most", "Some", "Both"])
def test_quantifier_head_is_a_subject(quantifier):
    found = rows(f"The islanders voted on Monday. {quantifier} said the ferry should stay.")
    assert (quantifier, "said", "the ferry should stay") in found


def test_quantifier_before_a_plural_noun_is_a_determiner():
    assert rows("The help desk struggled when some calls to the office went unanswered.") == []


def test_floating_quantifier_is_not_the_subject():
    found = rows("Ruiz, Varga and Okafor all suggested that the ferry should stay.")
    assert all(speaker != "all" for speaker, _, _ in found)


def test_quantifier_with_a_verb_of_opinion_is_no_source():
    assert rows("Some might find the new ferry a bit slow.") == []


# ---- 8. a verb coordinated inside a relative clause takes the relative pronoun


def test_coordinated_verb_in_relative_clause_takes_the_relative():
    found = rows("Tom met Ana Ruiz, who opened her door on Sunday and said she would vote in May.")
    assert found == [("who", "said", "she would vote in May")]


def test_coordinated_verb_after_a_closed_relative_takes_the_sentence_subject():
    found = rows("Tom, who opened his door on Sunday, smiled and said he would vote in May.")
    assert found == [("Tom", "said", "he would vote in May")]


# ---- 9. a time adjunct that closes its clause with a comma is no part of the subject


def test_inverted_cue_after_a_time_adjunct_takes_the_speaker_after_it():
    found = rows("Its first ad will air this week, said Ana Ruiz, an adviser to the campaign.")
    assert found == [("Ana Ruiz", "said", "Its first ad will air this week")]


def test_time_adjunct_set_off_by_two_commas_is_still_stepped_over():
    found = rows("The senator, on Tuesday, said the ferry plan was a stunt.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("The senator", "said")]


# ---- 10. a cue form after a determiner is the head noun of the source


@pytest.mark.parametrize("source", ["a report by the agency", "a new report", "the statements"])
def test_source_phrase_with_a_cue_noun_as_head(source):
    found = rows(f"According to {source}, the ferry will be sold in May.")
    assert [(cue, content) for _, cue, content in found] == [
        ("According to", "the ferry will be sold in May")
    ]
    assert found[0][0] in source


def test_a_verb_after_a_name_still_ends_the_speaker():
    found = rows("The ferry will be sold, said Ana Ruiz.")
    assert found == [("Ana Ruiz", "said", "The ferry will be sold")]


# ---- 11. final source phrases and medial reporting clauses go before inner verbs


def test_final_source_phrase_takes_a_clause_with_a_verb_of_wish():
    found = rows("Ruiz plans to tour the mill on Thursday, according to a party aide.")
    assert found == [("a party aide", "according to", "Ruiz plans to tour the mill on Thursday")]


def test_final_source_phrase_leaves_an_inner_report_its_reading():
    found = rows("Ruiz told aides that she would run, according to a campaign aide.")
    assert ("Ruiz", "told", "that she would run") in found


def test_medial_reporting_clause_takes_a_fragment_with_another_verb():
    sentence = "Even if the truce proves fragile, Ms. Varga said, the streets are calmer now."
    assert rows(sentence) == [("Ms. Varga", "said", sentence.rstrip("."))]


# ---- 12. an inverted cue's source takes a postmodifier that ends the sentence


def test_inverted_source_with_a_postmodifier():
    found = rows("The dinner soured quickly from there, said one source at the table.")
    assert found == [("one source at the table", "said", "The dinner soured quickly from there")]


@pytest.mark.parametrize("adjunct", ["in an email", "on Tuesday", "for the firm in a statement"])
def test_a_medium_or_time_after_an_inverted_source_is_the_cue_adjunct(adjunct):
    # (merge of recall5 and subj5) a document or a time names the medium or time of
    # the cue, not which source spoke: the source stays the noun phrase before it.
    found = rows(f"The dinner soured quickly from there, said a spokesman {adjunct}.")
    assert found == [("a spokesman", "said", "The dinner soured quickly from there")]


def test_an_infinitive_after_an_inverted_object_is_no_postmodifier():
    found = rows("On Sunday, Ana Ruiz, the front-runner, urged tech firms to act faster.")
    assert all(speaker != "tech firms to act faster" for speaker, _, _ in found)


# ---- 13. a dash before a new reporting clause ends the first content


def test_content_ends_before_a_dash_and_a_new_reporting_clause():
    found = rows("Ruiz said the ferry would stay — and she noted that a delay would cost more.")
    assert ("Ruiz", "said", "the ferry would stay") in found


def test_and_between_two_subjects_does_not_split_the_content():
    found = rows("Ruiz said Varga and Okafor agreed to the plan.")
    assert found == [("Ruiz", "said", "Varga and Okafor agreed to the plan")]


# ---- 14. a content ends before the sentence's own verb and before "and NAME said"


def test_content_ends_before_the_main_verb_after_an_appositive():
    sentence = (
        "But Ms. Varga, a nurse who described herself as a cautious voter, said she voted"
        " against the ferry."
    )
    assert ("Ms. Varga", "said", "she voted against the ferry") in rows(sentence)


def test_content_ends_before_and_a_named_new_subject():
    found = rows("Ruiz did not reply to the questions and Okafor said she had called twice.")
    assert ("Okafor", "said", "she had called twice") in found


def test_and_before_a_common_noun_subject_is_a_coordination():
    found = rows(
        "The club rejected the rumours, and both coaches and sources in the squad told reporters the rumours were wrong."
    )
    assert all(speaker != "sources in the squad" for speaker, _, _ in found)


def test_a_medial_cue_before_a_subordinate_clause_keeps_both_sides():
    sentence = "The bakery was a goldmine, Ms. Varga said, until it closed its doors in 2004."
    assert rows(sentence) == [("Ms. Varga", "said", sentence.rstrip("."))]


def test_a_noun_cue_form_is_no_trailing_reporting_verb():
    sentence = (
        "Though he called the landlord greedy, Varga kept comments about the lease to a minimum."
    )
    assert all(speaker != "Varga kept" for speaker, _, _ in rows(sentence))


# ---- 15. a subject pronoun after the addressee opens what was told


def test_told_addressee_then_subject_pronoun_clause():
    found = rows("Sen. Ana Ruiz told host Tom Varga she believed that the ferry would stay.")
    assert found == [("Sen. Ana Ruiz", "told", "she believed that the ferry would stay")]


def test_told_addressee_then_adverbial_clause_keeps_the_that_clause():
    found = rows("Ruiz told the paper before she spoke to the council that the ferry would stay.")
    assert found == [("Ruiz", "told", "that the ferry would stay")]


# ---- 16. a dash typed as two hyphens sets off an appositive like a dash


def test_double_hyphen_appositive_before_the_cue():
    found = rows("Varga -- co-editor of a book on the ferry -- said the vote would be close.")
    assert found == [("Varga", "said", "the vote would be close")]


def test_no_subject_before_a_double_hyphen_gives_no_row():
    assert rows("The vote was close -- said nothing more.") == []
