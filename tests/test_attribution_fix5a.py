"""Attribution rows on real news that went wrong by a general cause (issue 10, round 5).

Every sentence here is invented for one construction: the bad row must be gone, flagged
or corrected, and a neighbouring good construction must still be read.
"""

from __future__ import annotations

from attribution_rows import only_row, table_of

import analysis


# ------------------------------- an inverted cue of saying wins over a verb in its content
def test_an_inverted_final_cue_wins_over_a_verb_inside_a_relative_clause():
    row = only_row(
        "Ferry routes will be cut in towns that do not support the line’s main goals,"
        " said the line’s new chair Ana Ruiz in an email to staff that was seen by a reporter."
    )
    assert row.cue == "said" and "Ana Ruiz" in row.speaker_mention
    assert row.text.startswith("Ferry routes will be cut") and not row.check


def test_a_genitive_counts_as_the_determiner_of_a_long_inverted_source():
    row = only_row(
        "The ferry will stop running in May, said The Harbor Line’s new executive chair"
        " Ana Maria Ruiz in a statement."
    )
    assert row.speaker_mention.endswith("Ana Maria Ruiz")


def test_a_verb_of_saying_inside_the_content_keeps_its_own_reading():
    table = table_of("Ana Ruiz told the council the ferry would stop, said a clerk.")
    assert "told" in set(table["cue"])


# --------------------------------------- a thing named by capitalised premodifiers speaks
def test_a_lower_case_head_after_a_name_is_a_thing_and_is_flagged():
    row = only_row("This spring the Harbor Line ferry passes promise that the trip will be cheap.")
    assert row.speaker_mention.endswith("passes") and row.check


def test_an_agent_noun_or_a_source_noun_after_a_name_still_speaks():
    for text, speaker in [
        ("One Harbor forum commenter said the ferry was always late.", "commenter"),
        ("The Harbor Line spokesman said the ferry was always late.", "spokesman"),
        ("The Ruritanian and Freedonian defense ministries said the ferry was late.", "ministries"),
    ]:
        row = only_row(text)
        assert row.speaker_mention.endswith(speaker) and not row.check, text


# ----------------------------------------------------- a verb in another sense than saying
def test_reckon_with_is_grappling_and_reports_nothing():
    assert table_of(
        "The two captains finally reckoned with the part that the river plays in their trade."
    ).empty


def test_reckon_that_still_reports_a_thought():
    row = only_row("The two captains reckoned that the river plays a part in their trade.")
    assert row.cue == "reckoned" and row.text.startswith("that the river")


def test_finding_an_object_pronoun_in_a_place_locates_it_and_reports_nothing():
    assert table_of("In the 1960s, early scans found them in the walls of every vessel.").empty


def test_finding_that_a_clause_holds_is_still_a_finding():
    row = only_row("In the 1960s, a study found that they lined the walls of every vessel.")
    assert row.cue == "found" and "they lined" in row.text


# ------------------------------------------------------------- a speaker mention cut wrongly
def test_coordinated_titles_before_a_name_are_one_mention():
    row = only_row("“Our ferries ran on time,” said chairman, CEO and president Tom Hale.")
    assert row.speaker_mention == "chairman, CEO and president Tom Hale"


def test_a_role_noun_then_an_apposition_keeps_the_role_noun():
    row = only_row("“Our ferries ran on time,” said the chairman, a former captain.")
    assert row.speaker_mention == "the chairman"


def test_an_ing_participle_with_an_infinitive_postmodifies_the_subject():
    row = only_row("The nurses offering to staff the night ferry clinic said the wait was long.")
    assert row.speaker_mention.startswith("The nurses") and row.text == "the wait was long"


def test_a_subject_without_a_participle_is_read_as_before():
    row = only_row("The nurses at the night ferry clinic said the wait was long.")
    assert row.speaker_mention == "The nurses at the night ferry clinic"


def test_a_participle_after_the_clause_is_no_inverted_cue():
    table = table_of(
        "Ana Ruiz hopes that the visit could help the town, pointing to the sale of some"
        " town-owned plots of land at an auction in June."
    )
    assert "the sale" not in " ".join(table["speaker_mention"].dropna())


# ------------------------------------------------------ a full stop that lost its space
def test_a_glued_full_stop_between_words_ends_the_sentence():
    text = "The ferry sank on Monday, the harbor office said.The crew was saved."
    article = analysis.parse_article(text)
    assert len(article.sentences) == 2
    row = only_row(text)
    assert row.text.endswith("sank on Monday") and "crew" not in row.text


def test_web_addresses_numbers_and_abbreviations_keep_their_full_stop():
    for text in [
        "Tickets are sold at Example.com and at www.Harbor.Example.org now.",
        "Write to Ana.Ruiz@example.org now.",
        "The fare rose to $3.50 on Monday.",
        "Gov.Ruiz said the fare was fair.",
    ]:
        assert len(analysis.parse_article(text).sentences) == 1, text


# ------------------------------------------- a participle after a dash aside on an object
def test_a_participle_after_a_dash_aside_takes_the_noun_before_the_aside():
    row = only_row(
        "One ferry advert showed a crowd of sailors — young and old alike — declaring,"
        " “We sail at dawn.”"
    )
    assert row.speaker_mention == "a crowd of sailors"


def test_a_participle_after_a_comma_still_takes_the_subject():
    row = only_row("Ana Ruiz opened the harbor on Monday, declaring, “We sail at dawn.”")
    assert row.speaker_mention == "Ana Ruiz"


# ------------------------------ a noun after a quotation, then a new clause, is no speaker
def test_a_noun_after_a_quotation_before_a_coordinated_clause_is_no_speaker():
    table = table_of(
        "When critics are reduced to telling voters that “ rumour can be better proof than"
        " plain ” records, and when Tom Hale stares at the jury and swears he knows"
        " nothing, it is time to go home."
    )
    assert "records" not in set(table["speaker_mention"].dropna())


def test_a_name_with_an_appositive_after_a_quotation_still_speaks():
    row = only_row("“We sail at dawn,” Ana Ruiz, a captain, said.")
    assert row.speaker_mention == "Ana Ruiz"


# ------------------------------- an "-ed" form after the object of a verb of perception
def test_a_participle_after_a_perceived_document_is_no_cue():
    text = (
        "It is sad to visit the harbor fair each year and hear the same, grim message"
        " repeated at every stall: The ferries will never return."
    )
    assert table_of(text).empty


def test_a_document_or_a_person_that_repeats_still_reports():
    assert only_row("The message repeated that the ferry was late.").cue == "repeated"
    assert only_row("Residents heard the mayor repeated her claim that the ferry was late.").cue


# ------------------------------- an "-ed" word after a determiner is an adjective, no verb
def test_an_ed_adjective_after_a_determiner_does_not_make_a_noun_object_a_clause():
    row = only_row("Kestrel admitted to the flawed hinge and launched a repair program.")
    assert row.cue == "admitted" and row.check  # a noun object, flagged for review


def test_an_ed_verb_after_a_noun_still_makes_the_object_a_clause():
    row = only_row("Kestrel admitted more than 900 laptops failed in the first year.")
    assert row.cue == "admitted" and not row.check


# ------------------------------------------ occupational nouns are people who can be a source
def test_an_occupational_noun_heads_a_source():
    row = only_row("Head line.\n\nThe bakers said that the river plays a part in their trade.")
    assert row.cue == "said" and row.speaker_mention == "The bakers" and not row.check


def test_a_noun_of_no_person_still_heads_no_source():
    assert table_of(
        "Head line.\n\nThe ovens said that the river plays a part in their trade."
    ).empty
