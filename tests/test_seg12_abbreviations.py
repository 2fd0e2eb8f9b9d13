"""Sentence ends after abbreviation-like words, decided by what follows (invented texts).

Punkt's idea (Kiss & Strunk 2006): a full stop after an abbreviation is followed by more of
the sentence (a lower-case word, a figure, a name); a full stop after an ordinary word,
a code or an address ends the sentence.
"""

import analysis
from analysis.core import segment


def _sentences(body: str) -> list[str]:
    return analysis.parse_article("A title.\n\n" + body + "\n").sentences["text"].tolist()[1:]


def test_no_before_a_figure_is_the_number_abbreviation():
    assert _sentences("The No. 2 seed won. Nos. 3 and 4 lost.") == [
        "The No. 2 seed won.",
        "Nos. 3 and 4 lost.",
    ]
    assert _sentences("She is the party's No. #1 fundraiser now.") == [
        "She is the party's No. #1 fundraiser now."
    ]


def test_no_before_a_capital_is_the_word_no_and_ends_the_sentence():
    assert _sentences(
        "Asked if he would quit, the mayor said no. But he said the budget was late."
    ) == [
        "Asked if he would quit, the mayor said no.",
        "But he said the budget was late.",
    ]
    assert _sentences("“No. You go first,” she said.") == ["“No.", "You go first,” she said."]


def test_the_number_abbreviation_keeps_its_stop_as_a_token_only_before_a_figure():
    text = "He is No. 3. I said no. Then"
    words = [text[s:e] for s, e, _ in segment.tokens(text, 0, len(text))]
    assert "No." in words
    assert words[words.index("said") + 1] == "no"


def test_a_letter_glued_to_a_figure_is_no_initial():
    assert _sentences("The console streams in full 4K. Critics were not told.") == [
        "The console streams in full 4K.",
        "Critics were not told.",
    ]
    assert _sentences("A speech by John F. Kennedy aired.") == [
        "A speech by John F. Kennedy aired."
    ]


def test_a_web_or_mail_address_ends_a_sentence_like_a_word():
    assert _sentences("Write to ana.ruiz@example.org. Signal works too.") == [
        "Write to ana.ruiz@example.org.",
        "Signal works too.",
    ]
    assert _sentences("She heads DemoGroup.org. Jo Lee runs the board.") == [
        "She heads DemoGroup.org.",
        "Jo Lee runs the board.",
    ]
    assert _sentences("The U.S. Navy sailed.") == ["The U.S. Navy sailed."]


def test_a_quotation_opening_after_an_acronym_opens_a_sentence():
    assert _sentences(
        "The mayor spoke at a rally in Portvale, N.J. “Our town is broke,” he said."
    ) == [
        "The mayor spoke at a rally in Portvale, N.J.",
        "“Our town is broke,” he said.",
    ]
    # a nickname in quotation marks between initials and a surname stays in the sentence
    assert _sentences('The bill came from Gov. C.L. "Bo" Ruiz, an ally.') == [
        'The bill came from Gov. C.L. "Bo" Ruiz, an ally.'
    ]
    # and a quoted lower-case phrase after an acronym is more of the sentence
    assert _sentences("He toured the U.S. “war room” at noon.") == [
        "He toured the U.S. “war room” at noon."
    ]


def test_an_agency_credit_after_a_dateline_ends_no_sentence():
    assert _sentences("PORTVALE, Ore. (AP) — A lost dog came home, its owner said.") == [
        "PORTVALE, Ore. (AP) — A lost dog came home, its owner said."
    ]
    assert _sentences("He left Portvale, Ore. (The trip was short.)") == [
        "He left Portvale, Ore.",
        "(The trip was short.)",
    ]


def test_a_contraction_of_a_sentence_starter_starts_a_sentence():
    assert _sentences("They moved to the U.S. It’s colder there, she said.") == [
        "They moved to the U.S.",
        "It’s colder there, she said.",
    ]
    # a possessive name after an acronym stays in the sentence
    assert _sentences("He praised the U.S. Navy’s ships.") == ["He praised the U.S. Navy’s ships."]


def _speakers(body: str) -> list[str]:
    from analysis.attribution.extract import quotes

    return quotes(analysis.parse_article("A title.\n\n" + body + "\n"))["speaker_mention"].tolist()


def test_a_dateline_in_the_sentence_is_no_subject_of_a_later_verb():
    body = "PORTVALE, Ore. (AP) — Mayor Ana Ruiz toured the docks on Friday and said the port must grow."
    assert _speakers(body) == ["Mayor Ana Ruiz"]
    # the same sentence without a dateline keeps its subject
    assert _speakers(body.split("— ", 1)[1]) == ["Mayor Ana Ruiz"]


def test_a_code_with_a_stop_before_a_name_in_capitals_runs_on():
    assert _sentences("The firm says the XR. NOVA TOURER may reach shops in May.") == [
        "The firm says the XR. NOVA TOURER may reach shops in May."
    ]
    # a sentence after an acronym, even one opening with another acronym, still starts
    assert _sentences("He showed a photo ID. The clerk said no.") == [
        "He showed a photo ID.",
        "The clerk said no.",
    ]
    assert _sentences("It went to the EU. NATO HQ said so.") == [
        "It went to the EU.",
        "NATO HQ said so.",
    ]


def test_a_bracket_opening_on_a_lower_case_word_goes_on_with_the_sentence():
    assert _sentences("The crowd chanted “Out!” (at the mayor) and left.") == [
        "The crowd chanted “Out!” (at the mayor) and left."
    ]
    assert _sentences("Banks file with the F.D.I.C. (at least most do). It is slow.") == [
        "Banks file with the F.D.I.C. (at least most do).",
        "It is slow.",
    ]
    # a bracket opening on a capital after a full stop still opens a sentence
    assert _sentences("The mayor left. (She came back later.)") == [
        "The mayor left.",
        "(She came back later.)",
    ]
