"""A speaker written as the surname of a person the text has named, where the name
finder passed the word over: a surname that is also a common word and stands after a
comma ("…, Early says there is a chance"), read as a clause-opening adverb.

Chicago Manual of Style 17th ed. 8.7: after a first full mention a person is named by
surname alone; such a surname is the person's whatever word it also spells.
"""

from __future__ import annotations

from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import is_capitalised, word_of


def surname_holder(result: Entities, mention: str, start: int) -> int | None:
    """The one person named before ``start`` whose full name (two words or more) ends
    with the capitalised one-word ``mention``; None when no person or several fit."""
    words = mention.split()
    if len(words) != 1 or not is_capitalised(words[0]):
        return None
    surname = word_of(words[0])[0].lower()
    found = {
        e
        for e, kind in result.kind_of.items()
        if kind == "person"
        and result.first_start.get(e, start) < start
        and _surname_of(result, e) == surname
    }
    return found.pop() if len(found) == 1 else None


def _surname_of(result: Entities, entity: int) -> str | None:
    """The last word of a person's fullest written name, lower case; None for one word."""
    words = [m.name_words for m in result.groups.get(entity, []) if m.name_words]
    longest = max(words, key=len, default=())
    return longest[-1] if len(longest) > 1 else None
