"""Source frames read again when an inner cue's row was screened out (invented sentences).

Each cause has a positive case (the attribution is now found, with its speaker and
content) and a neighbouring negative case (a construction that must stay as it was).
"""

from __future__ import annotations

import pytest
from attribution_rows import rows

import analysis
from analysis.attribution.extract import quotes

# ---- 1. an inner cue screened out hands its sentence back to the trailing frame


@pytest.mark.parametrize(
    "content, frame, speaker, cue",
    [
        ("The mayor may add new staff or change people's duties", "she said", "she", "said"),
        ("The new tariff has added another cost to the supply chain", "he noted", "he", "noted"),
        ("If towns received block grants, they might neglect the roads", "he said", "he", "said"),
        (
            "The ferry may add a second crossing next summer",
            "according to the harbour board",
            "the harbour board",
            "according to",
        ),
    ],
)
def test_screened_inner_cue_hands_sentence_to_frame(content, frame, speaker, cue):
    found = rows(f"{content}, {frame}.")
    assert found == [(speaker, cue, content)]


def test_inner_report_that_is_kept_keeps_its_sentence():
    # "told the council that …" reports on its own and keeps its speaker; the trailing
    # frame is the outer source of the whole report (a nested attribution), never the
    # source of the inner content.
    found = rows("The mayor told the council that the bridge will close, an aide said.")
    assert sorted((s, c) for s, c, _ in found) == [("The mayor", "told"), ("an aide", "said")]
    inner = [content for s, _, content in found if s == "The mayor"]
    assert inner == ["that the bridge will close"]


def test_frame_without_a_clause_is_not_reclaimed():
    # An inner noun cue screened out does not turn a bare phrase into content.
    found = rows("More grants, she said.")
    assert found == []


# ---- 2. an inverted cue after a comma inside the closing quotation mark


@pytest.mark.parametrize(
    "content",
    ['The council\'s budget may be "reckless,"', 'They "actually got along,"'],
)
def test_inverted_cue_after_comma_inside_quotation(content):
    found = rows(f"{content} said Joan Alder, a professor at the state university.")
    assert found == [("Joan Alder", "said", content)]


def test_quotation_closing_with_a_full_stop_is_no_inverted_lead():
    # A full stop inside the marks ends the sentence: no inverted frame follows it.
    found = rows('The council\'s budget may be "reckless." said Joan Alder.')
    assert [c for _, c, _ in found] != ["said"]


# ---- 3. a relative clause after an inverted source postmodifies it


def test_relative_clause_after_inverted_source():
    found = rows("The bridge will close in May, said the engineers who inspected it last week.")
    assert found == [("the engineers", "said", "The bridge will close in May")]


def test_clause_after_inverted_source_still_blocks():
    # "…, said X, and they …": a new clause after the source is no postmodifier.
    found = rows("The bridge will close in May, said the engineers and they left the town.")
    assert ("the engineers", "said", "The bridge will close in May") not in found


# ---- 4. a bare verb agrees with a head postmodified by an adjective phrase


@pytest.mark.parametrize(
    "sentence, speaker, content",
    [
        (
            "The plan is reckless, people close to the club say.",
            "people close to the club",
            "The plan is reckless",
        ),
        (
            "People close to the club say the plan is reckless.",
            "People close to the club",
            "the plan is reckless",
        ),
    ],
)
def test_bare_verb_after_adjective_postmodifier(sentence, speaker, content):
    assert rows(sentence) == [(speaker, "say", content)]


def test_singular_head_with_adjective_postmodifier_keeps_noun_reading():
    # "a man close to the club" is singular: bare "say" after it is no verb.
    assert rows("The plan is reckless, a man close to the club say.") == []


# ---- 5. a plain verb of saying swallowed by a screened-out row is read again


@pytest.mark.parametrize(
    "sentence, speaker, content",
    [
        (
            "The spokesman refused to answer questions on the visit but said there was no"
            " call planned.",
            "The spokesman",
            "there was no call planned",
        ),
        (
            "Gov. Ann Rusk of Ohio, a Republican who has refused to endorse the nominee, said"
            " the family deserved better.",
            "Gov. Ann Rusk",
            "the family deserved better",
        ),
    ],
)
def test_saying_verb_inside_screened_row_is_read_again(sentence, speaker, content):
    assert (speaker, "said", content) in rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The firm declined to comment on the report.", "She declined to say when the bridge opens."],
)
def test_refusal_with_its_infinitive_stays_out(sentence):
    # "declined to comment/say": the infinitive cue is not read again after screening.
    assert rows(sentence) == []


# ---- 6. "That said," links clauses; it reports nothing and claims no sentence


@pytest.mark.parametrize("marker", ["That said,", "That being said,", "Having said that,"])
def test_discourse_marker_is_no_cue(marker):
    found = rows(f"{marker} the agency says that the border stays open.")
    assert found == [("the agency", "says", "that the border stays open")]


def test_said_after_a_subject_that_is_still_a_cue():
    # "that" as a relative subject before "said" is no discourse marker.
    found = rows("The report that said the bridge was safe was wrong, the engineers said.")
    assert all(cue == "said" for _, cue, _ in found) and found


# ---- 7. nouns of people tied to a source, documents, and "-ies" plurals head a source


@pytest.mark.parametrize(
    "sentence, speaker, content",
    [
        (
            "The mayor's associates said she will not run again.",
            "The mayor's associates",
            "she will not run again",
        ),
        (
            "The senator's allies say he will vote against the bill.",
            "The senator's allies",
            "he will vote against the bill",
        ),
        (
            "The ferry lost money last year, according to the summary.",
            "the summary",
            "The ferry lost money last year",
        ),
    ],
)
def test_source_nouns_head_a_source(sentence, speaker, content):
    assert rows(sentence) == [(speaker, _cue(sentence), content)]


def _cue(sentence: str) -> str:
    return next(c for c in ("according to", "said", "say") if f" {c} " in f" {sentence} ")


def test_bare_common_noun_is_still_no_source():
    # "the calculations" names no person, body or document: no attribution.
    assert rows("The mayor's calculations said the bridge is safe.") == []


# ---- 8. speaker forms: a time adjunct after a source's head; a name ending in "-ly"


def test_time_adjunct_after_source_head():
    found = rows("The ferry lost money last year, according to a memo released Friday.")
    assert found == [("a memo released Friday", "according to", "The ferry lost money last year")]


def test_time_phrase_alone_is_no_source():
    assert rows("The ferry lost money, according to last Friday.") == []


def test_name_ending_in_ly_opening_a_sentence():
    text = (
        "A headline here.\n\nThe host Dana Kelly spoke first. Kelly said the show will end in May."
    )
    table = quotes(analysis.parse_article(text))
    assert list(zip(table.speaker_mention, table.text, strict=True)) == [
        ("Kelly", "the show will end in May")
    ]


def test_adverb_ending_in_ly_opening_a_sentence_is_no_source():
    assert rows("Reportedly said the show will end in May.") == []


# ---- 9. a quotation inside an indirect report is part of one mixed attribution


def test_quoted_fragment_inside_that_clause_is_mixed():
    found = rows("The mayor said that “we need more time” to finish the bridge.")
    assert found == [("The mayor", "said", "that “we need more time” to finish the bridge")]


@pytest.mark.parametrize(
    "sentence, content",
    [
        ("The mayor said “we need more time.” She left.", "“we need more time.”"),
        ("The mayor said, “we need more time,” and left.", "“we need more time,”"),
    ],
)
def test_quotation_ending_its_clause_stays_direct(sentence, content):
    assert ("The mayor", "said", content) in rows(sentence)


# ---- 10. a second predicate with a cue of its own reports on its own


def test_second_predicate_with_its_own_cue():
    found = rows(
        "She describes the plan as “bold,” but cautions that “it will take years” to build."
    )
    assert found == [
        ("She", "describes", "the plan as “bold,”"),
        ("She", "cautions", "that “it will take years” to build"),
    ]


def test_coordinated_clause_without_a_cue_stays_in_the_content():
    found = rows("She said the plan is bold and the town will pay for it.")
    assert found == [("She", "said", "the plan is bold and the town will pay for it")]


# ---- 11. "added" with a clause whose verb comes late


def test_added_with_a_late_verb_clause():
    found = rows("The office later added the exact causes of the two fires remained unclear.")
    assert found == [("The office", "added", "the exact causes of the two fires remained unclear")]


def test_added_with_a_quantity_is_no_report():
    assert rows("The index added 20 points on the day of the vote.") == []


# ---- 12. a relative pronoun is the subject of the reported clause ("which X said was")


@pytest.mark.parametrize(
    "sentence, speaker, content",
    [
        (
            "The council passed a bill, which critics said was unfair to tenants.",
            "critics",
            "which critics said was unfair to tenants",
        ),
        (
            "He spoke about what he said were the failures of the council.",
            "he",
            "what he said were the failures of the council",
        ),
    ],
)
def test_relative_gap_report(sentence, speaker, content):
    assert rows(sentence) == [(speaker, "said", content)]


def test_relative_object_clause_keeps_plain_reading():
    # "which critics said they liked": the clause has its own subject; no gap to fill.
    found = rows("The council passed a bill, which critics said they liked.")
    assert found == [("critics", "said", "they liked")]


# ---- 13. after "according to" a noun phrase is due: a cue form opening it is a noun


@pytest.mark.parametrize(
    "sentence, speaker, content",
    [
        (
            "The firm was registered in 2010, according to state corporate records.",
            "state corporate records",
            "The firm was registered in 2010",
        ),
        (
            "According to reports in the local press, the bar sells fresh air.",
            "reports",
            "the bar sells fresh air",
        ),
    ],
)
def test_cue_form_opening_a_source_phrase_object(sentence, speaker, content):
    assert rows(sentence) == [(speaker, _cue_of(sentence), content)]


def _cue_of(sentence: str) -> str:
    start = sentence.lower().index("according to")
    return sentence[start : start + len("according to")]


def test_cue_form_after_a_verb_cue_is_still_a_verb():
    # "…, said reports" is no inverted source: after a verb cue the form stays a verb.
    assert not any(s == "reports" for s, _, _ in rows("The bar sells air, said reports today."))


# ---- 14. a fronted adjunct before "according to X," is no content


def test_fronted_adjunct_before_source_phrase():
    found = rows("About 10 p.m., according to a police timeline, the guards left the gate.")
    assert found == [("a police timeline", "according to", "the guards left the gate")]


def test_subject_before_parenthetical_source_phrase_stays_content():
    found = rows("The plan, according to the mayor, was a failure.")
    assert found == [
        ("the mayor", "according to", "The plan, according to the mayor, was a failure")
    ]


# ---- 15. a subject before an aside ending in a quotation's comma; no inverted source
# before a finite verb


def test_subject_before_relative_aside_ending_in_quotation():
    found = rows('Ms. Hale, who calls the plan a "gamble," said she will vote against it.')
    assert ("Ms. Hale", "said", "she will vote against it") in found


def test_noun_phrase_before_a_finite_verb_is_no_inverted_source():
    # "…,” said the council could …": "the council" is the subject of the reported clause.
    found = rows('Citing "the costs of the new bridge," said the council could not pay.')
    assert all(speaker != "the council" for speaker, _, _ in found)


# ---- 16. a headline in title case reports its clause


def test_title_case_headline_reports():
    text = "Mayor Says Bridge Will Close For Repairs\n\nThe mayor spoke on Tuesday.\n"
    table = quotes(analysis.parse_article(text))
    found = list(zip(table.speaker_mention, table.text, strict=True))
    assert found == [("Mayor", "Bridge Will Close For Repairs")]


def test_title_case_headline_with_a_bare_object_stays_out():
    text = "Mayor Says No To Bridge Plan\n\nThe mayor spoke on Tuesday.\n"
    assert quotes(analysis.parse_article(text)).empty


# ---- 17. a participle cue after a quotation closing on its comma


def test_participle_after_quotation_comma():
    found = rows('The mayor defended "city values," saying the town embodied its best traditions.')
    assert ("The mayor", "saying", "the town embodied its best traditions") in found


def test_participle_after_quotation_without_a_comma_is_no_frame():
    # no comma closes the quotation: "saying" is not a participle hanging on the clause
    found = rows('The mayor defended "city values" saying the town embodied its traditions.')
    assert [cue for _, cue, _ in found if cue == "saying"] == []


# ---- 18. "said X and others": a plural noun of people closes a coordinated source


def test_name_and_others_after_inverted_cue():
    found = rows("The bridge is safe, said Doyle and others.")
    assert found == [("Doyle and others", "said", "The bridge is safe")]


def test_name_and_lower_case_clause_is_no_coordinated_source():
    # "said Doyle and left": a verb after "and" is a second predicate, not a source.
    found = rows("The bridge is safe, said Doyle and left the hall.")
    assert all(speaker != "Doyle and left" for speaker, _, _ in found)


# ---- 19. a trailing frame after a short quotation closing on its comma; an approximated
# quantity opening the content


def test_trailing_frame_after_short_quotation_comma():
    found = rows('Skipping the tolls "makes me smart," Ana Ruiz said last week.')
    assert found == [("Ana Ruiz", "said", 'Skipping the tolls "makes me smart,"')]


def test_approximated_quantity_before_source_phrase():
    found = rows("About 9,000 families live in the valley, according to the census.")
    assert found == [("the census", "according to", "About 9,000 families live in the valley")]


def test_prepositional_adjunct_before_cue_is_still_no_content():
    assert rows("About the plan, the mayor said nothing.") == []


# ---- 20. a trailing frame followed by a clause of time, or by a quoted programme title


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge will close, the mayor said as she left the hall.",
        "The bridge will close, the mayor said while visiting the site.",
        'The bridge will close, the mayor said on Tuesday on WXYZ\'s "Morning Desk."',
    ],
)
def test_trailing_frame_before_time_clause_or_title(sentence):
    assert rows(sentence)[:1] == [("the mayor", "said", "The bridge will close")]


def test_fronted_adverbial_clause_is_no_trailing_content():
    found = rows("As the charges were read in court, the warden testified before the panel.")
    assert all(cue != "testified" for _, cue, _ in found)
