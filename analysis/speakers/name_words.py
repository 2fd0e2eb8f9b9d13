"""Words and word shapes that tell a capitalised run from a name in the speakers table:
the calendar, function words, body nouns, common acronyms, firms' designators, model codes
(each from its word list in ``analysis/lexicons``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis import lexicons


@cache
def calendar_words() -> frozenset[str]:
    """Days of the week and months (``not_names.tsv``, category calendar)."""
    return frozenset(r["entry"] for r in lexicons.rows("not_names") if r["category"] == "calendar")


@cache
def function_words() -> frozenset[str]:
    return frozenset(r["entry"] for r in lexicons.rows("not_names"))


@cache
def body_nouns() -> frozenset[str]:
    return lexicons.entries("body_nouns")


@cache
def common_acronyms() -> frozenset[str]:
    """Capital abbreviations of common nouns ("TV", "GPS", "CEO"; ``common_acronyms.tsv``):
    a thing or a title, no person's or body's name."""
    return lexicons.entries("common_acronyms")


def calendar_abbreviations(name: str, words: Sequence[str]) -> bool:
    """A month or weekday abbreviated ("Nov.", "Sept.", "Sun & Mon"): a date, no source.
    One word counts only with its full stop ("the Sun" is a newspaper); each word is the
    first three letters or more of a day or month (``not_names.tsv``, calendar)."""
    if len(words) == 1 and not name.strip().endswith("."):
        return False
    return all(
        len(w.strip(".")) >= 3
        and any(day.startswith(w.strip(".").lower()) for day in calendar_words())
        for w in words
    )


def model_code(word: str) -> bool:
    """A word of three characters or more mixing letters and digits ("A350", "RAV4",
    "PS4", "AC1900"): the code of a model, a product, an index or a road, which names
    no source; a short one may be a firm's or a group's name ("3M", "G7")."""
    return len(word) >= 3 and _LETTER.search(word) is not None and _DIGIT.search(word) is not None


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


@cache
def designators() -> frozenset[str]:
    """Generic ends of firms' names ("Inc", "Corp", "Group"; ``company_suffixes.tsv``)."""
    return frozenset(w.strip(".") for w in lexicons.entries("company_suffixes"))


@cache
def closing_words() -> frozenset[str]:
    """Closed-class words that end no name ("of", "for", "and"; ``name_closing_words.tsv``)."""
    return lexicons.entries("name_closing_words")


@cache
def object_openers() -> frozenset[str]:
    """Words that open a verb's object but never follow a subject: "the", a possessive
    determiner, an object pronoun (``determiners.tsv``, ``pronouns.tsv``; Quirk et al.
    1985, 5.26 and 6.3-6.10). A demonstrative is left out ("Acme this week said")."""
    determiners = {
        r["entry"]
        for r in lexicons.rows("determiners")
        if r["kind"] == "possessive" or (r["kind"] == "article" and r["definite"] == "yes")
    }
    return frozenset(determiners) | object_pronouns()


@cache
def object_pronouns() -> frozenset[str]:
    return frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "object")


@cache
def name_only_heads() -> frozenset[str]:
    """Body nouns that name a body only inside a capitalised name ("Fox News", "Air
    Astana"): "the tech news", "the dirty air" name none (``name_only_body_heads.tsv``)."""
    return lexicons.entries("name_only_body_heads")
