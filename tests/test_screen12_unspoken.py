"""Frames that report nobody's words, from a reading of every flagged row (issue 10, round 12).

Each sentence is invented for one construction found on real pages: a positive case that
must give no row, and a neighbouring construction that must keep its row.
"""

from __future__ import annotations

from attribution_rows import table_of


def _found(sentence: str, cue: str) -> list:
    table = table_of("A headline here.\n\n" + sentence)
    return [r for r in table.itertuples() if r.cue.lower() == cue]


# ------------------------------------------- an imagined utterance
def test_a_quotation_in_a_comparative_correlative_is_imagined():
    sentence = "The longer the strike lasts, the more the riders sigh and mutter, “Just end it.”"
    assert not _found(sentence, "mutter")


def test_a_quotation_after_a_belief_and_a_modal_is_imagined():
    sentence = (
        "Kessler believes that the town will simply shrug, close its doors and shout, “Enough!”"
    )
    assert not _found(sentence, "shout")


def test_a_quotation_said_after_a_question_about_a_belief_is_kept():
    sentence = "Asked if he thought the ad went too far for what the race would be, Brandt replied: “I guess so.”"
    assert _found(sentence, "replied")


def test_a_quotation_said_after_a_belief_in_the_past_is_kept():
    assert _found("She thinks the plan will work and said, “We are ready.”", "said")


def test_a_quotation_said_plainly_is_kept():
    assert _found("Ruiz looked at the crowd and shouted, “Onward!”", "shouted")


# ------------------------------------------- a thing as evidence
def test_it_confirms_a_bare_object_in_the_present_is_no_source():
    text = "The vote was a blow to the mayor. To begin, it confirms earlier surveys on the tax."
    assert not _found(text, "confirms")


def test_a_company_confirming_in_the_past_is_kept():
    text = "Orbis Freight cut its routes. It confirmed the closure of two depots on Monday."
    assert _found(text, "confirmed")


# ------------------------------------------- an agent in a postmodifier
def test_a_mention_after_by_in_a_thing_subject_is_no_source():
    text = "That decision by an independent court underlines the stakes in this long fight."
    assert not _found(text, "underlines")


def test_a_statement_by_a_body_is_kept():
    text = "A statement by the harbour board stressed the need for new cranes."
    assert _found(text, "stressed")


# ------------------------------------------- a frame before a participle of saying
def test_defended_an_object_then_saying_leaves_only_the_saying_row():
    text = "Minister Ada Ruiz defended the board’s decision, saying the new fares were fair."
    assert not _found(text, "defended")
    saying = _found(text, "saying")
    assert saying and not saying[0].check


def test_defended_an_object_alone_is_kept_as_it_was():
    text = "Minister Ada Ruiz defended the board’s decision at a hearing on Monday."
    assert _found(text, "defended")


# ------------------------------------------- a bare speech event
def test_a_bare_speech_event_gives_no_content():
    assert not _found(
        "A clerk, who reported the call, later recalled the man was calm.", "reported"
    )
    assert not _found("The nurse who reported the exchange recalled that he was calm.", "reported")


def test_a_speech_noun_or_a_topic_is_kept():
    assert _found("The dockers’ union attacked the comment.", "attacked")
    assert _found("The clerk reported the theft of two laptops from the office.", "reported")


# ------------------------------------------- generic believers, a thing's capability, an idiom
def test_those_who_believe_is_a_set_the_writer_imagines():
    text = "Yet those who believe the harbour plan is dead are fooling themselves."
    assert not _found(text, "believe")


def test_those_who_said_in_a_poll_is_kept():
    text = "Among voters polled, those who said the harbour plan was dead backed the mayor."
    assert _found(text, "said")


def test_a_thing_that_will_support_a_feature_is_no_source():
    text = "A phone app will support remote locking, trip logs and “valet mode” on the new car."
    assert not _found(text, "support")


def test_a_union_that_will_support_a_bill_is_kept():
    found = _found("The dockers’ union will support the harbour bill.", "support")
    assert found and found[0].check


def test_knows_what_she_is_doing_is_an_idiom():
    text = "Passengers need trust that the pilot knows what she’s doing in a storm."
    assert not _found(text, "knows")


def test_knows_that_is_no_row_but_what_the_council_said_is():
    text = "The mayor knows that the harbour plan will cost more than the council said."
    assert not _found(text, "knows")  # a narrated piece of knowledge (screen_mental.py)


# ------------------------------------------- a directive done by an act
def test_a_nudge_by_a_prompt_is_no_report():
    text = (
        "The app maker has quietly encouraged some users to chase the thrill that public "
        "counts give, by prompting them to switch their accounts to creator pages."
    )
    assert not _found(text, "encouraged")


def test_a_directive_by_saying_or_without_means_is_kept():
    assert _found("The mayor urged residents to save water, by saying the dam was low.", "urged")
    assert _found("The mayor urged residents to save water during the long dry summer.", "urged")


# ------------------------------------------- a directive that runs on into acts
def test_a_directive_never_runs_on_into_a_past_predicate():
    # The content ends before "and returned" (a new predicate of the subject), so the row is
    # the request alone and needs no flag for running on.
    text = "He later asked the board to drop the deal and returned the money after an outcry."
    found = _found(text, "asked")
    assert found and found[0].text == "the board to drop the deal"


def test_a_directive_with_two_infinitives_is_not_flagged():
    found = _found("He asked the board to drop the deal and return the money.", "asked")
    assert found and not found[0].check


# ------------------------------------------- the second of two infinitives
def test_seek_as_a_second_infinitive_is_an_aim():
    text = "Parents and a priest who tried to reach the pupils and seek some kind of truce were stopped."
    assert not _found(text, "seek")


def test_a_thought_after_and_with_a_to_before_is_kept():
    text = "Parents went to the port on Monday and hope the talks will resume soon."
    assert _found(text, "hope")


# ------------------------------------------- a product named with a role word
def test_a_product_with_a_role_word_in_its_name_emphasizes_no_words():
    text = "The main difference is that the Master Craft Series sets emphasize playability over detail."
    assert not _found(text, "emphasize")


def test_a_body_named_with_a_role_word_is_kept():
    assert _found("The Home Builders Association emphasizes the need for new roads.", "emphasizes")
