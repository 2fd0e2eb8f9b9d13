"""Interviews and transcripts (analysis.attribution.interview), on invented articles.

Each layout has a positive case (every labelled turn is a direct row of its speaker) and a
neighbouring negative case (labels that are no speakers, or no dialogue, give no turns).
"""

from __future__ import annotations

from attribution_rows import table_of

import analysis
from analysis.speakers import resolved_quotes

MAYOR_QA = (
    "A new mayor for Riverton.\n\n"
    "We spoke with Ana Ruiz, the city's new mayor, about her first week in office.\n\n"
    "Q: How did it feel to walk into city hall?\n\n"
    'A: Exhilarating. My father always said, "Never stop asking questions," and I asked a lot.\n\n'
    "Q: What comes first?\n\n"
    "A: The buses. We will fix the routes this spring."
)


def turns(text: str):
    """The rows with no cue (the turns): (speaker mention, content)."""
    table = table_of(text)
    rows = table[table.cue.isna() & ~table.continuation]
    return list(zip(rows.speaker_mention, rows.text, strict=True))


def test_answers_go_to_the_interviewee_the_lead_introduces():
    assert turns(MAYOR_QA) == [
        ("Q", "How did it feel to walk into city hall?"),
        ("Ana Ruiz", MAYOR_QA.split("A: ")[1].split("\n")[0]),
        ("Q", "What comes first?"),
        ("Ana Ruiz", "The buses. We will fix the routes this spring."),
    ]


def test_turns_are_direct_with_provenance_and_questions_are_flagged():
    article = analysis.parse_article(MAYOR_QA)
    table = resolved_quotes(article)
    turn_rows = table[table.cue.isna()]
    assert set(turn_rows.kind) == {"direct"}
    for row in turn_rows.itertuples():
        assert article.text[row.start : row.end] == row.text
    questions = turn_rows[turn_rows.speaker_mention == "Q"]
    answers = turn_rows[turn_rows.speaker_mention != "Q"]
    assert questions.check.all() and not answers.check.any()
    assert set(answers.speaker) == {"Ana Ruiz"}


def test_a_quotation_inside_an_answer_keeps_its_own_speaker():
    table = table_of(MAYOR_QA)
    inner = table[table.cue == "said"]
    assert list(inner.speaker_mention) == ["My father"]
    assert list(inner.text) == ['"Never stop asking questions,"']


def test_an_interview_phrase_in_the_title_names_the_interviewee():
    text = (
        "Q&A with Senator Lena Okafor.\n\n"
        "The senator met two reporters on Tuesday, among them the paper's writer Tom Bell.\n\n"
        "Q: Will you run again?\n\nA: I have not decided. My family comes first.\n\n"
        "Q: When will you know?\n\nA: By the spring, I hope."
    )
    answers = [s for s, _ in turns(text) if s != "Q"]
    assert answers == ["Senator Lena Okafor"] * 2 or answers == ["Lena Okafor"] * 2


def test_an_unclear_lead_leaves_the_answer_label_as_written():
    text = (
        "Two voices on the harbour plan.\n\n"
        "Tom Bell and Mia Lund both sit on the harbour board.\n\n"
        "Q: Is the plan too costly?\n\nA: I think it is worth every cent.\n\n"
        "Q: And the timing?\n\nA: We should start now."
    )
    assert [s for s, _ in turns(text)] == ["Q", "A", "Q", "A"]


def test_a_named_transcript_repeats_surnames_of_full_labels():
    text = (
        "Transcript of the evening debate.\n\n"
        "The two candidates met at the library.\n\n"
        "JANE MORROW: Good evening. Do you stand by your budget?\n\n"
        "PETER HALE: I do. We balanced it twice.\n\n"
        "MORROW: Your opponent says you cut the libraries.\n\n"
        "HALE: That is not true, and you know it."
    )
    assert [s for s, _ in turns(text)] == ["JANE MORROW", "PETER HALE", "MORROW", "HALE"]


def test_period_labels_make_turns_when_both_roles_appear():
    text = (
        "Notes from a chat with Ana Ruiz.\n\n"
        "We talked to Ana Ruiz about the river.\n\n"
        "Q. Why the river?\n\nA. I grew up on it.\n\nQ. And now?\n\nA. I swim in it every day."
    )
    assert [s for s, _ in turns(text)] == ["Q", "Ana Ruiz", "Q", "Ana Ruiz"]


def test_an_initial_is_not_an_answer_label():
    text = (
        "Club news.\n\n"
        "A. Ruiz won the club's spring race on Sunday.\n\n"
        "A. Lund came second, three seconds behind."
    )
    assert turns(text) == []


def test_notices_and_fields_are_no_speakers():
    text = (
        "Harbour opens new pier.\n\n"
        "The pier opened on Sunday after two years of work.\n\n"
        "Note: This story has been updated to correct the pier's length.\n\n"
        "Update: The pier will close on Monday for repairs.\n\n"
        "Pro tip: Arrive early; you will want the shade.\n\n"
        "Pro tip: Bring your own water."
    )
    assert turns(text) == []


def test_a_list_of_names_with_details_is_no_transcript():
    text = (
        "Police arrest three.\n\n"
        "Officers arrested three people on Friday.\n\n"
        "Ana Ruiz: 32, of Riverton, charged with theft.\n\n"
        "Tom Bell: 41, of Lakeside, charged with fraud.\n\n"
        "Mia Lund: 28, of Riverton, charged with trespass."
    )
    assert turns(text) == []


def test_team_notes_in_third_person_are_no_dialogue():
    text = (
        "Otters edge Herons.\n\n"
        "The Otters won 3-2 on Saturday.\n\n"
        "Otters: Forward Ana Ruiz missed her second game with a sore ankle.\n\n"
        "Herons: Goalkeeper Tom Bell left in the second half.\n\n"
        "Otters: Host the Herons on Friday.\n\n"
        "Herons: Visit the Otters on Friday."
    )
    assert turns(text) == []


def test_an_advice_column_salutation_names_the_addressee():
    text = (
        "Advice for the week.\n\n"
        "DEAR MAVIS: My brother never calls me. Should I call him?\n\n"
        "DEAR WAITING: Yes. Call him today, and tell him you miss him.\n\n"
        "DEAR MAVIS: My neighbour plays loud music. What can I do?"
    )
    assert turns(text) == []


def test_a_reporting_clause_before_a_colon_stays_with_the_other_passes():
    text = (
        "Mayor answers critics.\n\n"
        "The mayor spoke at length on Monday.\n\n"
        "Ruiz Said: We will fix the buses this year, I promise you.\n\n"
        "Ruiz Added: You will see new routes by May."
    )
    assert all(s != "Ruiz Said" for s, _ in turns(text))


def test_a_single_labelled_paragraph_is_no_transcript():
    text = (
        "Ruiz wins the vote.\n\n"
        "The council voted 5-2 on Monday.\n\n"
        "Ana Ruiz: I am grateful, and we start tomorrow.\n\n"
        "The vote ends a long fight over the buses."
    )
    assert turns(text) == []


def test_a_content_speaker_headline_is_left_to_the_headline_pass():
    table = table_of("Harbour plan is reckless: Ana Ruiz\n\nThe board meets on Monday.")
    assert list(table.speaker_mention) == ["Ana Ruiz"]
    assert list(table.cue) == [":"]


def test_a_short_answer_set_apart_like_a_heading_joins_the_dialogue():
    text = (
        "Ten questions for Ana Ruiz.\n\n"
        "We asked the new mayor, Ana Ruiz, about her tastes.\n\n"
        "Q: What do you read at night?\n\nA: Mostly history, and you?\n\n"
        "Q: Favorite film?\n\nA: Night Harbour\n\n"
        "Q: Where did you grow up?\n\nA: On the coast, near my aunt."
    )
    answers = [c for s, c in turns(text) if s != "Q"]
    assert answers == ["Mostly history, and you?", "Night Harbour", "On the coast, near my aunt."]


def test_field_names_with_function_words_are_no_speakers():
    text = (
        "Five kettles for winter.\n\n"
        "We tested kettles for a month.\n\n"
        "Why We Love It: You get a full pot in two minutes, and you will want one.\n\n"
        "Best For: Anyone who drinks tea all day, as we do.\n\n"
        "Why We Love It: Your kitchen stays quiet.\n\n"
        "Best For: You, if you like a small kettle."
    )
    assert turns(text) == []


def test_a_court_transcript_keeps_its_labels():
    text = (
        "From the hearing record.\n\n"
        "The hearing resumed after lunch.\n\n"
        "THE COURT: Are you ready to proceed?\n\n"
        "MR. LUND: We are, your honor.\n\n"
        "THE COURT: Then call your witness.\n\n"
        "MR. LUND: I call Ana Ruiz."
    )
    assert [s for s, _ in turns(text)] == ["THE COURT", "MR. LUND", "THE COURT", "MR. LUND"]


def test_a_dialogue_may_open_the_text():
    text = (
        "Q: Why did you leave the council?\n\n"
        "A: I wanted more time with my children.\n\n"
        "Q: Will you come back?\n\n"
        "A: Maybe, if you ask me nicely."
    )
    assert [s for s, _ in turns(text)] == ["Q", "A", "Q", "A"]


def test_a_name_in_passing_is_not_the_interviewee():
    text = (
        "A new chair for the council.\n\n"
        "After Tom Bell resigned in May, the council chose a new chair.\n\n"
        "Q: What will you change?\n\nA: The meeting times, first of all.\n\n"
        "Q: And the budget?\n\nA: We will publish it online."
    )
    assert [s for s, _ in turns(text)] == ["Q", "A", "Q", "A"]


def test_a_question_calling_the_lone_named_person_makes_them_the_interviewee():
    text = (
        "A new chair for the council.\n\n"
        "The council is happy to welcome Mia Lund as its new chair.\n\n"
        "Q: Mia, what will you change?\n\nA: The meeting times, first of all.\n\n"
        "Q: And the budget?\n\nA: We will publish it online."
    )
    assert [s for s, _ in turns(text)] == ["Q", "Mia Lund", "Q", "Mia Lund"]
