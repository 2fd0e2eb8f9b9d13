"""One mention of a person or body in an article's text: the record that
:func:`analysis.speakers.detect.find_mentions` writes and every later step of the speaker
pipeline reads (rule 4: ``start``/``end`` are offsets into the article text).

Kept apart from the detection so that modules which only read mentions need not import
how they are found.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    """One mention of a person or body found in the text.

    ``start``/``end`` cover the whole mention as written (title included, possessive
    ending excluded); ``name_start``/``name_end`` the name alone.
    """

    start: int
    end: int
    name_start: int
    name_end: int
    sentence: int
    paragraph: int
    in_quote: bool
    form: str  # "name", "title" (a title with no name), "body", "pronoun", "descriptor"
    title: str = ""
    honorific_gender: str = "-"
    role: str = ""
    subject: bool = False
    reports: bool = False  # a reporting verb right before or after it
    head: bool = True  # False inside another noun phrase: "Trump’s mess", "the murder of X"
    role_start: int = -1  # where the appositive role is written, when there is one
    role_end: int = -1
    name_words: tuple[str, ...] = ()
    entity: int = -1
    affiliation: str = ""  # from an AP party-state tag after the name ("D-Ohio")
    apposed: Mention | None = None  # the name a title or descriptor stands in apposition to
