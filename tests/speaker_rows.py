"""Helpers for speaker tests: the resolved rows of an invented article."""

import analysis
from analysis.core.article import parse_article


def speaker_rows(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker mention, resolved speaker) of every attribution of ``text``."""
    article = parse_article(text)
    quotes = analysis.analyse(article).quotes
    spans = [article.text[s:e] for s, e in zip(quotes["start"], quotes["end"], strict=True)]
    return list(zip(spans, quotes["speaker_mention"], quotes["speaker"], strict=True))


def speaker_of(text: str, content: str) -> str:
    """The resolved speaker of the first row whose content holds ``content``."""
    found = [speaker for span, _, speaker in speaker_rows(text) if content in span]
    assert found, f"no row for {content!r}"
    return found[0]
