"""Frames, round 12: a plural head with examples after it ("experts like Ana Ruiz",
"critics such as the mayor") is the subject, with its examples, and takes a bare
reporting form. Invented sentences."""

import analysis
from analysis.core.article import parse_article


def _rows(body: str) -> list[tuple[str, str]]:
    text = f"Title line.\n\n{body}\n"
    quotes = analysis.analyse(parse_article(text)).quotes
    return [(r.speaker_mention, text[r.start : r.end]) for r in quotes.itertuples()]


def test_experts_like_a_name_say():
    rows = _rows("Experts like Dana Ruiz say the bridge will not last another decade.")
    assert rows == [("Experts like Dana Ruiz", "the bridge will not last another decade")]


def test_critics_such_as_a_role_argue():
    rows = _rows("Critics such as the mayor argue that the fee is unfair.")
    assert rows == [("Critics such as the mayor", "that the fee is unfair")]


def test_a_singular_head_with_an_example_takes_no_bare_form():
    assert _rows("A region like the north demands more troops.") == []
