"""A quoted question or exclamation followed by its attribution is one sentence.

The sentence splitter keeps ``“…?” Mayor Ana Ruiz complained.`` together for every
reporting verb of ``reporting_verbs.tsv``; before, only 33 verbs were written out in code
and "complained" or "scoffed" split the attribution from its quotation.
"""

from __future__ import annotations

import pytest

import analysis
from analysis import lexicons
from analysis.attribution.extract import quotes

VERBS = ["complained", "scoffed", "protested", "retorted", "lamented", "pleaded"]
QUOTATIONS = ["Why should the town pay for this bridge twice?", "We will never sell the harbour!"]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("quotation", QUOTATIONS)
def test_quoted_question_or_exclamation_keeps_its_attribution(verb, quotation):
    assert verb in lexicons.reporting_forms()
    text = f"The council met on Monday.\n\n“{quotation}” Mayor Ana Ruiz {verb}. The vote is in May."
    article = analysis.parse_article(text)
    sentence = article.sentences.iloc[1]
    assert text[sentence.start : sentence.end] == f"“{quotation}” Mayor Ana Ruiz {verb}."
    table = quotes(article)
    assert len(table) == 1
    row = table.iloc[0]
    assert row.text == f"“{quotation}”"
    assert (row.speaker_mention, row.cue, row.kind) == ("Mayor Ana Ruiz", verb, "direct")


def test_a_question_before_a_new_sentence_still_ends_it():
    text = "“Is the bridge safe?” Engineers inspected it on Friday. Nobody was hurt."
    article = analysis.parse_article(text)
    assert len(article.sentences) == 3


def test_a_quoted_question_ending_a_paragraph_ends_its_sentence():
    # "note" is a reporting verb, but across a paragraph break "Editor’s note" is a heading.
    text = "“What would the town lose?”\n\nEditor’s note: the council meets in May."
    article = analysis.parse_article(text)
    first = article.sentences.iloc[0]
    assert text[first.start : first.end] == "“What would the town lose?”"
