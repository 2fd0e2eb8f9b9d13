"""Speaker resolution, round 10: the singular "they" tagging a quotation after a person
of unknown gender (analysis.speakers.antecedents.singular_they). Invented articles."""

import analysis
from analysis.core.article import parse_article


def _rows(text: str) -> list[tuple[str, str]]:
    quotes = analysis.analyse(parse_article(text)).quotes
    return list(zip(quotes["speaker_mention"], quotes["speaker"], strict=True))


def test_they_tagging_a_quotation_after_a_named_spokesperson_is_that_person():
    text = (
        "Talks.\n\nDana Holt, a spokesperson for the union, confirmed that the talks were "
        'over. "We will not return to the table," they said in an email.\n'
    )
    assert _rows(text)[-1] == ("they", "Dana Holt")


def test_they_in_a_new_paragraph_after_the_person_is_not_read_as_singular():
    text = (
        "Talks.\n\nDana Holt, a spokesperson for the union, confirmed that the talks were "
        'over.\n\n"We will not return to the table," they said in an email.\n'
    )
    assert _rows(text)[-1][1] != "Dana Holt"


def test_they_after_people_written_since_the_person_is_not_the_person():
    text = (
        "Talks.\n\nDana Holt, a spokesperson for the union, confirmed that the talks were "
        'over. The nurses walked out. "We will not return to the table," they said.\n'
    )
    assert _rows(text)[-1][1] != "Dana Holt"


def test_agency_officials_speak_for_the_named_agency():
    text = "Moon.\n\nNASA plans to spend $2 billion on landers, agency officials said.\n"
    assert _rows(text) == [("agency officials", "NASA")]


def test_company_management_speaks_for_the_named_company():
    text = (
        "Shares.\n\nHome Depot reported a loss on Tuesday. "
        "Company management said the plant would close.\n"
    )
    assert _rows(text)[-1] == ("Company management", "Home Depot")


def test_members_of_a_kind_of_body_are_not_tied_to_a_body_named_two_sentences_back():
    text = (
        "Shares.\n\nHome Depot reported a loss on Tuesday. The plant will close. "
        "Union officials said talks had failed.\n"
    )
    mention, speaker = _rows(text)[-1]
    assert mention == "Union officials" and speaker != "Home Depot"


def test_company_management_further_on_speaks_for_the_company_the_text_described():
    text = (
        "Shares.\n\nHome Depot reported a loss after the company cut its forecast. "
        "The results look fine. The stock was down. "
        "Company management said sales would grow.\n"
    )
    assert _rows(text)[-1] == ("Company management", "Home Depot")


_INTERVIEW = (
    "\n\nQ: What do you cook at home?\n\nA: Mostly soup, because it is cheap and warm."
    "\n\nQ: Why did you open the shop?\n\nA: I wanted a place of my own.\n"
)


def test_a_question_label_is_the_interviewer_named_with_an_appositive_in_the_lead():
    lead = "Shop talk.\n\nTom Hale, a reporter for the Ledger, spoke with Ana Ruiz about her shop."
    questions = [s for m, s in _rows(lead + _INTERVIEW) if m == "Q"]
    assert questions == ["Tom Hale", "Tom Hale"]


def test_a_question_label_after_a_lead_where_we_ask_stays_unresolved():
    lead = "Shop talk.\n\nWe spoke with Ana Ruiz, a reporter for the Ledger, about her shop."
    questions = [s for m, s in _rows(lead + _INTERVIEW) if m == "Q"]
    assert questions and "Ana Ruiz" not in questions
