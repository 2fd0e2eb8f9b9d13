"""Names in a speaker span that do not head it.

"Court clerks said …", "Public colleges say …": the first word is capitalised only by
its position, and the head of the noun phrase is its last noun (Quirk et al. 1985, 17.2),
so the speaker is the clerks or the colleges, not a body called "Court" or "Public".
"Industry sources cited by the Vexa Times say …": a name inside a participle clause
postmodifying a plural noun for people is no head either (17.27, reduced relatives).
"""

from __future__ import annotations

import re

from analysis.speakers.detect import Mention
from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import ACRONYM, lexicons
from analysis.speakers.span_heads import plural_people, sentence_of


def _opens_sentence(text: str, start: int, sentence_starts) -> bool:
    """Whether only opening punctuation stands between the sentence (or line) start and
    ``start``."""
    opening = sentence_starts[sentence_of(sentence_starts, start)]
    opening = max(opening, text.rfind("\n", 0, start) + 1)
    return not text[opening:start].strip(" \n\"“‘'(—–-")


def _common_word(result: Entities, found: Mention, word: str) -> bool:
    """A word that is a common word, not a name: read as a body only by its kind noun
    (``form == "body"``: "Court"), or written in lower case elsewhere in the article."""
    if found.form == "body":
        return True
    lower = word.lower()
    return re.search(rf"(?<![\w’'-]){re.escape(lower)}(?![\w’'-])", result.text) is not None


def opening_modifier(
    result: Entities, found: Mention | None, start: int, end: int, sentence_starts
) -> bool:
    """Whether the name found in a speaker span is one common word that every mention of
    its entity writes at a sentence opening, followed in the span by a lower-case noun it
    modifies ("Court clerks", "Public colleges"): then no name heads the span."""
    if found is None or len(found.name_words) != 1 or found.start != start:
        return False
    text = result.text
    word = text[found.name_start : found.name_end]
    if not word[1:].islower() or ACRONYM.match(word):
        return False
    if result.kind_of.get(found.entity) in {"person", "place"}:
        return False
    lex = lexicons()
    after = re.match(r"\s+([a-z][\w-]*)", text[found.end : end])
    if after is None or after.group(1) in lex.not_names or after.group(1) in lex.pronouns:
        return False
    if not _common_word(result, found, word):
        return False
    group = result.groups.get(found.entity, [])
    return all(_opens_sentence(text, m.start, sentence_starts) for m in group)


_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|ing)")


def people_with_participle(result: Entities, found: Mention | None, start: int) -> bool:
    """Whether the name found in a speaker span comes after a lower-case plural noun for
    people and the participle postmodifying it ("sources cited by the Times", "scientists
    using a telescope atop Mount Vexa"): the people speak, the name only locates them."""
    if found is None or found.start <= start:
        return False
    found_words = re.findall(r"[^\W\d_][\w’'-]*", result.text[start : found.start])
    return any(
        noun.islower() and plural_people(noun, None) and _PARTICIPLE.fullmatch(after) is not None
        for noun, after in zip(found_words, found_words[1:], strict=False)
    )
