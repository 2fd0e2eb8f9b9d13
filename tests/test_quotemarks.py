"""Quotation-mark pairing: roles read from context, never an exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core.quotemarks import find_quote_spans, paragraph_bounds, quoted_mask


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_curly_straight_single_and_guillemets():
    text = '“One,” he said. "Two," she said. It was ‘odd’. «Trois», dit-il.'
    assert quoted(text) == ["“One,”", '"Two,"', "‘odd’", "«Trois»"]


def test_typewriter_quotes_open_and_close_by_context():
    text = "``We won,'' he said. ''We will win again,'' she added."
    assert quoted(text) == ["``We won,''", "''We will win again,''"]


def test_wrong_way_closing_mark_pairs_up():
    text = "He called for a plan “with which we can share the burden … “"
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end] == "“with which we can share the burden … “"
    assert span.closed


def test_unclosed_quotation_runs_to_the_end_of_its_paragraph_only():
    text = '“We will go on," she said, “and on.\n\nThe next paragraph is narration.'
    spans = find_quote_spans(text)
    assert not spans[-1].closed
    assert text[spans[-1].start : spans[-1].end] == "“and on."
    assert all(s.end <= text.index("\n\n") for s in spans)


def test_apostrophes_are_not_quotations():
    text = "Americans’ willingness and the ’80s, don’t forget Trump’s ‘mess’."
    assert quoted(text) == ["‘mess’"]


def test_nested_quotations():
    text = "“He told me ‘never again’ last year,” she said."
    spans = find_quote_spans(text)
    assert [(text[s.start : s.end], s.depth) for s in spans] == [
        ("“He told me ‘never again’ last year,”", 0),
        ("‘never again’", 1),
    ]


def test_mask_covers_the_inside_only():
    text = "a “bc” d"
    mask = quoted_mask(text, find_quote_spans(text))
    assert [text[i] for i in range(len(text)) if mask[i]] == ["b", "c"]


def test_paragraph_bounds_trim_whitespace():
    text = "  one\n\n \n two  \n\n"
    assert [text[s:e] for s, e in paragraph_bounds(text)] == ["one", "two"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("ab ,.\n“”‘’\"'«»`"), max_size=60))
def test_any_arrangement_of_marks_gives_valid_spans(text):
    for span in find_quote_spans(text):
        assert 0 <= span.start <= span.inner_start <= span.inner_end <= span.end <= len(text)


def test_british_single_quotation_runs_on_into_the_next_paragraph():
    text = (
        "Ms Shaw said: 'We have warned for years. Nobody is listening.\n\n"
        "'Nurses are not asking for miracles,' she said.\n\nIt was 'odd.\n\nThe end."
    )
    spans = find_quote_spans(text)
    first = spans[0]
    assert text[first.start : first.end] == "'We have warned for years. Nobody is listening."
    assert first.family == "single" and not first.closed
    # a single mark left open before a paragraph that does not carry the quotation on is
    # an apostrophe or a slip, not a quotation
    assert not any(text[s.start : s.end].startswith("'odd") for s in spans)
