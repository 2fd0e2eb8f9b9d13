"""Every sentence the notebooks print: takeaways under charts and notes, no matplotlib.

Takeaways quote the article, and article text is data, never markup: :class:`Takeaway`
escapes every character on its way to HTML.
"""

from __future__ import annotations

import html


class Takeaway:
    """A sentence shown under a chart, rendered as escaped HTML.

    Takeaways quote the article, and article text is data, never markup: every
    character is HTML-escaped, and the paragraph is marked so MathJax leaves ``$…$``
    alone. No Markdown is produced, so ``[x](javascript:…)`` and backticks stay text.
    """

    def __init__(self, sentence: str, label: str | None = "Takeaway") -> None:
        self.sentence = str(sentence)
        self.label = label

    def _repr_html_(self) -> str:
        lead = f"<strong>{html.escape(self.label)}:</strong> " if self.label else ""
        return (
            '<p class="takeaway tex2jax_ignore mathjax_ignore">'
            f"{lead}{html.escape(self.sentence)}</p>"
        )

    def __repr__(self) -> str:
        return f"{self.label}: {self.sentence}" if self.label else self.sentence


def takeaway(sentence: str) -> Takeaway:
    """A chart's one-sentence takeaway, shown under the chart with every character escaped."""
    return Takeaway(sentence)


def note(sentence: str) -> Takeaway:
    """A plain, escaped line of text for a notebook (no label)."""
    return Takeaway(sentence, label=None)


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 attribution``, ``3 attributions``: a count with its noun in the right number."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def shorten(text: str, max_chars: int) -> str:
    """Article text on one line, cut to ``max_chars`` with an ellipsis (escaping is the renderer's job)."""
    text = " ".join(str(text).split())
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text
