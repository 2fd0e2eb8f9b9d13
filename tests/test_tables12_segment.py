"""Sentence ends and names spelled with "!" (invented texts)."""

import analysis
from analysis.pipeline import analyse


def _sentences(text: str) -> list[str]:
    return analysis.parse_article(text).sentences["text"].tolist()


def test_an_exclamation_mark_on_a_lone_capital_letter_ends_no_sentence():
    text = "Gossip.\n\nThe story follows a report by Q! Daily about the tour.\n"
    assert "The story follows a report by Q! Daily about the tour." in _sentences(text)
    table = analyse(analysis.parse_article(text + "Ana Ruiz said so.\n")).speakers
    assert "Q! Daily" in table["speaker"].tolist()


def test_an_exclamation_after_a_word_still_ends_its_sentence():
    text = "Gossip.\n\nStop! Police came at noon. They shouted U-S-A! Fans left.\n"
    sentences = _sentences(text)
    assert "Stop!" in sentences and "Police came at noon." in sentences
    assert "Fans left." in sentences
