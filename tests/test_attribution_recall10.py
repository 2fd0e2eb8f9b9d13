"""Recall, round 10 (issue 10): constructions of reported speech that were missed.
Every article is invented."""

from __future__ import annotations

from attribution_rows import table_of

HEAD = "The port reopened on Monday.\n\n"


# -------------------- "X told reporters that A. “B.”": the quotation goes on with X


def test_a_quotation_sentence_after_a_reported_statement_continues_its_source():
    table = table_of(
        HEAD + "The union's lawyer, Ann Roe, told reporters that the deal was void. "
        "“We will see them in court.”"
    )
    quoted = table[table["text"] == "“We will see them in court.”"]
    assert len(quoted) == 1
    assert quoted.iloc[0]["speaker"] == "Ann Roe"
    assert quoted.iloc[0]["kind"] == "direct"


def test_a_quotation_sentence_after_a_thought_stays_unattributed():
    table = table_of(HEAD + "The chef thinks the menu is too long. “It has to change.”")
    assert not (table["text"] == "“It has to change.”").any()


def test_a_quotation_with_a_cue_of_its_own_keeps_its_speaker():
    table = table_of(HEAD + "Ann Roe said the deal was void. “It is a sham,” Bob Lee said.")
    quoted = table[table["text"].str.startswith("“It is a sham")]
    assert list(quoted["speaker"]) == ["Bob Lee"]


def test_a_quoted_title_after_a_reported_statement_is_no_continuation():
    table = table_of(HEAD + "Ann Roe said the film was her favourite. “Harbour Lights”")
    assert not table["text"].str.contains("Harbour Lights").any()


# -------------------- "X did A and also said B": adverbs before a coordinated verb of saying


def test_a_verb_of_saying_after_and_and_an_adverb_shares_the_subject():
    table = table_of(
        HEAD + "The mayor praised the nurses for their work and also said the clinic would reopen."
    )
    said = table[table["cue"] == "said"]
    assert list(said["text"]) == ["the clinic would reopen"]
    assert list(said["speaker"]) == ["The mayor"]


def test_a_comma_and_then_a_time_adverb_shares_the_subject_too():
    table = table_of(HEAD + "The mayor rejected the claims, and later said the report was wrong.")
    said = table[table["cue"] == "said"]
    assert list(said["speaker"]) == ["The mayor"]


def test_a_passive_after_and_and_an_adverb_is_no_attribution():
    table = table_of(HEAD + "The plan was drafted in May and later said to be final.")
    assert not (table["cue"] == "said").any()


# -------------------- "X said A and has also said B": a perfect auxiliary opens the second report


def test_a_second_report_with_a_perfect_auxiliary_ends_the_first_content():
    table = table_of(
        HEAD
        + "The mayor said the clinic has no plans to close and has also said it will hire nurses."
    )
    said = table[table["cue"] == "said"]
    assert sorted(said["text"]) == ["it will hire nurses", "the clinic has no plans to close"]
    assert set(said["speaker"]) == {"The mayor"}


def test_a_coordinated_verb_that_is_no_report_stays_in_the_content():
    table = table_of(HEAD + "The mayor said the rules had failed and had cost the town dearly.")
    assert list(table["text"]) == ["the rules had failed and had cost the town dearly"]


def test_the_second_report_takes_the_whole_subject_of_the_first():
    table = table_of(
        HEAD + "Liberal nominee Ann Roe describes herself as a centrist and has said that "
        "she would cut taxes."
    )
    said = table[table["cue"] == "said"]
    assert list(said["speaker_mention"]) == ["Liberal nominee Ann Roe"]


# -------------------- "X began by saying A", "…, with the mayor telling reporters A"


def test_a_participle_of_saying_after_by_takes_the_main_subject():
    table = table_of(HEAD + "Ann Roe opened the meeting by saying she is ready to run the firm.")
    saying = table[table["cue"] == "saying"]
    assert list(saying["text"]) == ["she is ready to run the firm"]
    assert list(saying["speaker"]) == ["Ann Roe"]


def test_the_noun_phrase_of_a_with_absolute_clause_is_the_speaker():
    table = table_of(
        HEAD + "The dispute grew on Friday, with the mayor telling reporters "
        "the cranes were unsafe."
    )
    telling = table[table["cue"] == "telling"]
    assert list(telling["speaker_mention"]) == ["the mayor"]
    assert list(telling["text"]) == ["the cranes were unsafe"]


def test_without_saying_and_an_addressee_alone_are_no_attribution():
    assert table_of(HEAD + "Ann Roe left the room without saying whether the plan was dead.").empty
    table = table_of(HEAD + "“Can I borrow it?” Ann Roe asked before apologizing to the baker.")
    assert not (table["cue"] == "apologizing").any()


def test_a_fronted_participle_adjunct_without_a_clause_before_it_is_left_alone():
    assert table_of(HEAD + "One month after announcing his run, Bob Lee quit.").empty


# -------------------- "If A, the thinking goes, B": the argument of the source just named


def test_the_thinking_goes_carries_on_the_source_of_the_sentence_before():
    table = table_of(
        HEAD + "Backers of the levy say it protects local mills. "
        "If imports fall, the thinking goes, prices will rise and jobs will return."
    )
    aside = table[table["cue"] == "the thinking goes"]
    assert len(aside) == 1
    assert aside.iloc[0]["speaker"] == "Backers of the levy"
    row = aside.iloc[0]
    assert [row["text"][a - row["start"] : b - row["start"]] for a, b in row["fragments"]] == [
        "If imports fall",
        "prices will rise and jobs will return",
    ]


def test_the_thinking_goes_with_no_source_before_gives_no_row():
    table = table_of(
        HEAD + "The depot shut in June. As the theory goes, tenants wind up spending more on rent."
    )
    assert table.empty


# -------------------- passives with their agent: "X was told by Y that A", "accused of A by Y"


def test_a_passive_report_takes_the_agent_as_its_source():
    table = table_of(HEAD + "He was told by the agency that the permit had lapsed.")
    assert list(zip(table["speaker"], table["text"], strict=True)) == [
        ("the agency", "that the permit had lapsed")
    ]


def test_a_passive_charge_takes_the_agent_and_keeps_the_subject_in_the_content():
    table = table_of(HEAD + "The singer was accused of assault by a woman in 2010.")
    assert list(zip(table["speaker"], table["text"], strict=True)) == [
        ("a woman", "The singer was accused of assault")
    ]


def test_a_passive_without_a_report_or_agent_gives_no_row():
    assert table_of(HEAD + "The town was hit by a storm.").empty
    assert table_of(HEAD + "The plan is said to be final.").empty


# -------------------- "X said A, but ultimately Y thinks B": a sentence adverb before Y


def test_a_second_source_after_but_and_a_sentence_adverb_ends_the_first_content():
    table = table_of(
        HEAD + "The mayor said the nurses are good people, but ultimately the board "
        "thinks their logic is flawed."
    )
    said = table[table["cue"] == "said"]
    assert list(said["text"]) == ["the nurses are good people"]


def test_a_focusing_adverb_after_but_keeps_the_content_whole():
    table = table_of(
        HEAD + "The mayor said the nurses are good people, but only the board says so."
    )
    said = table[table["cue"] == "said"]
    assert list(said["text"]) == ["the nurses are good people, but only the board says so"]


# -------------------- "The board - which has rejected A - called for B": the aside's dash ends A


def test_a_report_inside_a_dash_aside_ends_at_the_closing_dash():
    table = table_of(
        HEAD + "The board - which has rejected the mayor as a mediator - called for a new vote."
    )
    rejected = table[table["cue"] == "rejected"]
    assert list(rejected["text"]) == ["the mayor as a mediator"]


def test_a_dash_aside_inside_the_content_stays_in_it():
    table = table_of(HEAD + "Ann Roe said the plan - a bold one - would fail.")
    assert list(table["text"]) == ["the plan - a bold one - would fail"]


# -------------------- 'X said the plan "may fail. We cannot fund it."': to the quotation's close


def test_a_mixed_content_runs_to_the_close_of_its_quotation_across_sentences():
    table = table_of(
        HEAD + 'Ann Roe said the plan "may fail. We cannot fund it, and we will not try."'
    )
    assert list(table["text"]) == ['the plan "may fail. We cannot fund it, and we will not try."']
    assert list(table["kind"]) == ["mixed"]


def test_a_mixed_content_whose_quotation_closes_in_the_sentence_stays_there():
    table = table_of(HEAD + 'Ann Roe said the plan "may fail." Bob Lee left the room.')
    assert list(table["text"]) == ['the plan "may fail."']
