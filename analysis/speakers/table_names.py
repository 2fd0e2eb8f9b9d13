"""Names the speaker table leaves out: capitalised words a name finder took for a person
or body that no reader would list as one ("I’ll", "BIG", "Writing,", "Come November",
"the tech news").

Only people and bodies the text never quotes are judged here (a quoted speaker is listed
whatever its name); the mention table keeps every mention for the stance targets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from analysis import lexicons
from analysis.readability.words import familiar_words, is_familiar
from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import source_noun_kind

# "I’ll", "Don't", "We’ve": a pronoun or verb with its clitic (Quirk et al. 1985, 3.23)
_CONTRACTION = re.compile(r"^[A-Za-z]+(?:['’](?:m|ll|d|ve|re)|n['’]t)$")
_WORD = re.compile(r"[\w’'.-]+")


@cache
def _calendar_words() -> frozenset[str]:
    """Days of the week and months (``not_names.tsv``, category calendar)."""
    return frozenset(r["entry"] for r in lexicons.rows("not_names") if r["category"] == "calendar")


@cache
def _function_words() -> frozenset[str]:
    return frozenset(r["entry"] for r in lexicons.rows("not_names"))


@cache
def _body_nouns() -> frozenset[str]:
    return lexicons.entries("body_nouns")


@cache
def _name_only_heads() -> frozenset[str]:
    """Body nouns that name a body only inside a capitalised name ("Fox News", "Air
    Astana"): "the tech news", "the dirty air" name none (``name_only_body_heads.tsv``)."""
    return lexicons.entries("name_only_body_heads")


def _common(word: str, shouted: bool) -> bool:
    """A familiar English word (Dale & Chall 1948, with its regular inflections), its
    "-ly" adverb ("Generally", "Newly"), a function word or a day or month. A word with a
    digit is none ("A380"), nor a body noun ("Police" stands for a body), nor a capital
    word of up to three letters ("LED", "US"), unless the whole name is in capitals and
    the word a function word ("AT")."""
    lower = word.lower()
    if not word.replace("'", "").replace("’", "").isalpha() or lower in _body_nouns():
        return False
    if word.isupper() and len(word) <= 3:
        return shouted and lower in _function_words()
    if word.isupper() and len(word) <= 5 and lower not in _function_words():
        # a short capital word inflected is rather an acronym ("AIDS"): listed forms only
        return lower in familiar_words()
    if lower in _function_words() or lower in _calendar_words() or is_familiar(lower):
        return True
    stem = lower[:-2] if lower.endswith("ly") and len(lower) > 4 else ""
    stem = stem[:-1] + "y" if stem.endswith("i") else stem  # "happily" -> "happy"
    return bool(stem) and (is_familiar(stem) or is_familiar(stem + "e"))


def _opens_sentence(mention: Mention, text: str, sentence_starts: Sequence[int]) -> bool:
    """Whether a mention stands where a sentence, a line or a quotation opens, so that
    its capital is the position's and not a name's."""
    index = bisect.bisect_right(sentence_starts, mention.start) - 1
    opening = sentence_starts[index] if index >= 0 else 0
    opening = max(opening, text.rfind("\n", 0, mention.start) + 1)
    return not text[opening : mention.start].strip(" \n\"“‘'(—–-")


def bare_noun(name: str, group: Sequence[Mention], text: str, sentence_starts) -> bool:
    """A plural common noun for a source, capitalised only because every mention opens a
    sentence ("Authorities said …", "Analysts say …"): a descriptor, no body's name (an
    affiliation word such as "Democrats" is a name)."""
    words = name.split()
    if len(words) != 1 or not words[0][1:].islower() or not words[0].endswith("s"):
        return False
    lower = words[0].lower()
    if lower in lexicons.entries("affiliations") or source_noun_kind(lower) is None:
        return False
    return bool(group) and all(_opens_sentence(m, text, sentence_starts) for m in group)


def no_name(name: str, group: Sequence[Mention], text: str, sentence_starts: Sequence[int]) -> bool:
    """Whether an entity never quoted is no person or body to list, by its name and its
    mentions (``group``):

    * a contraction ("I’ll", "Don't"): a pronoun or verb, never a name;
    * capitals for emphasis: an all-capital name of common words mentioned once ("BIG",
      "WINS AGAIN"; an acronym such as "NASA" is no common word);
    * a name of common words only, each mention where a sentence or line opens
      ("Writing", "Generally", "Come November");
    * a day or month with common words ("Monday", "Black Friday"): a date, not a source;
    * a lower-case body whose head names a body only in a capitalised name ("the tech
      news", "the dirty air").
    """
    words = _WORD.findall(name)
    if not words:
        return False
    if bare_noun(name, group, text, sentence_starts):
        return True
    if len(words) == 1 and _CONTRACTION.match(name.strip()):
        return True
    if name[:1].islower():
        return words[-1].lower() in _name_only_heads()
    if not all(_common(w.strip(".-"), name.isupper()) for w in words):
        return False
    if name.isupper() and len(group) <= 1:
        return True
    if any(w.lower() in _calendar_words() for w in words):
        return True
    return bool(group) and all(_opens_sentence(m, text, sentence_starts) for m in group)
