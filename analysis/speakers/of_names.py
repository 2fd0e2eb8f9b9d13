"""Names with "of" that name one body, not a person and the body they speak for:
"Diplomatic Academy of Orbis", "Joint Chiefs of Staff", "Monthly Notes of the Orbis
Society" (the split itself is :func:`analysis.speakers.names.split_of`)."""

from __future__ import annotations

from functools import cache

from analysis import lexicons as lexicon_files
from analysis.readability.words import is_familiar
from analysis.speakers.lexicon import Lexicons, is_capitalised
from analysis.speakers.namedata import is_given_name


def body_before_of(words: list[str], lex: Lexicons) -> bool:
    """Whether the capitalised words before "of" (``words``, no title among them) are no
    person's name but the head of a body's or a place's name: they open with no given
    name and end in a body noun, a body's head or a place noun ("Academy", "Office",
    "Republic"; ``body_nouns``, ``short_body_heads``, ``place_nouns``) or in a
    familiar plural ("Chiefs", "Notes"). A person's name ends in a surname, and an
    of-phrase after a body's head is its post-modifier (Quirk et al. 1985, 17.37)."""
    if not words or is_given_name(words[0]):
        return False
    last = words[-1].lower()
    if last in lex.body_nouns or last in lex.place_nouns or last in _short_heads():
        return True
    return len(last) > 3 and last.endswith("s") and not last.endswith("ss") and is_familiar(last)


@cache
def _short_heads() -> frozenset[str]:
    return lexicon_files.entries("short_body_heads")


def before_the_capital(texts: list[str], kinds: list[str], i: int) -> bool:
    """Whether "the" and a capitalised word follow token ``i`` ("for the Prevention")."""
    return (
        kinds[i + 1 : i + 3] == ["word", "word"]
        and texts[i + 1].lower() == "the"
        and is_capitalised(texts[i + 2])
    )
