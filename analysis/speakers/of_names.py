"""Names with "of" that name one body, not a person and the body they speak for:
"Diplomatic Academy of Orbis", "Joint Chiefs of Staff", "Monthly Notes of the Orbis
Society" (the split itself is :func:`analysis.speakers.names.split_of`)."""

from __future__ import annotations

from functools import cache

from analysis import lexicons as lexicon_files
from analysis.readability.words import is_familiar
from analysis.speakers.lexicon import Lexicons, is_capitalised, lexicons, source_noun_kind
from analysis.speakers.namedata import could_be_given_name, is_given_name
from analysis.speakers.places import is_place_name


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
    if len(words) == 1 and source_noun_kind(last) == "person":
        return False  # "Members of the Orbis Union": people of the body, not its name
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


def listed_subjects(texts: list[str], kinds: list[str], i: int, current: list[int]) -> int:
    """The number of tokens after the comma at ``i`` that go on a body's name listing its
    subjects ("Ministry of Fisheries, Forests and Mines", "Council on Soil, Rivers
    and Coasts"), else 0: the run so far is a body's head with "of" or "on" and one
    subject, and after the comma come single capitalised words that can be no given
    name, the last after "and" (a coordination of the of-phrase's nouns, Quirk et al.
    1985, 13.60; Chicago Manual of Style 17th ed. 8.62)."""
    words = [texts[j] for j in current]
    lowered = [w.lower() for w in words]
    joint = next((k for k, w in enumerate(lowered) if w in {"of", "on"}), None)
    if joint is None or joint == 0 or len(words) - joint != 2:
        return 0
    if not body_before_of(words[:joint], lexicons()):
        return 0
    j = i + 1
    while j + 1 < len(texts) and _subject_word(texts[j], kinds[j]):
        if texts[j + 1] == "and" or (texts[j + 1] == "," and texts[j + 2 : j + 3] == ["and"]):
            last = j + (2 if texts[j + 1] == "and" else 3)
            if last < len(texts) and _subject_word(texts[last], kinds[last]):
                after = texts[last + 1] if last + 1 < len(texts) else ""
                return 0 if is_capitalised(after) else last - i
            return 0
        if texts[j + 1] != ",":
            return 0
        j += 2
    return 0


def _subject_word(text: str, kind: str) -> bool:
    """A capitalised word that can be no given name nor a place ("Industry", "Energy")."""
    return (
        kind == "word"
        and is_capitalised(text)
        and not text.isupper()
        and not could_be_given_name(text)
        and not is_place_name(text)
    )
