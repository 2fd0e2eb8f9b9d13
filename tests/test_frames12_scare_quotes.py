"""Frames, round 12: a scare-quoted subject after a verb of saying, with an irregular
past tense after it ("said “reforms” drove prices up"), is the start of the clause that
was said, one mixed attribution; not a quotation of speech. Invented sentences."""

import analysis
from analysis.core.article import parse_article


def _rows(body: str) -> list[tuple[str, str, str]]:
    text = f"Title line.\n\n{body}\n"
    quotes = analysis.analyse(parse_article(text)).quotes
    return [(r.kind, r.speaker_mention, text[r.start : r.end]) for r in quotes.itertuples()]


def test_an_irregular_past_after_a_scare_quoted_subject():
    rows = _rows("The mayor said “reforms” drove prices up across the town.")
    assert rows == [("mixed", "The mayor", "“reforms” drove prices up across the town")]


def test_a_past_form_that_is_also_a_participle_leaves_a_scare_quote_alone():
    # "made" may be a participle ("claims made in a post"): the scare quote stays no report
    assert _rows("The board denied “sensational” claims made in a viral post.") == []
