"""The words of a speaker noun phrase: word and punctuation tokens with their offsets,
the span helpers the attribution passes share (word counts, trimming, capitals,
adverbs), which words may sit inside a subject noun phrase and how a phrase read is
trimmed at its ends, and the length limits on a speaker mention.

No parser: a noun phrase ends at punctuation or at a word that cannot sit inside a
subject noun phrase (a preposition other than "of", a conjunction, a verb form; Quirk
et al. 1985, 17.2); adjectives that postmodify a source head with a prepositional
complement ("people familiar with the matter"; 17.56). Read by
:mod:`~analysis.attribution.before_cue`, :mod:`~analysis.attribution.after_cue` and
:mod:`~analysis.attribution.phrases`, which re-exports the public names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis import lexicons
from analysis.attribution.vocabulary import (
    DETERMINERS,
    NP_BREAKERS,
    NUMBER_WORDS,
    PASSIVE_AUX,
    PREPOSITIONS,
    RESPONDENT_PARTICIPLES,
    SKIPPABLE,
    grammar,
    source_heads,
)

# Possessive determiners ("his", "their") end a run of determiners: "all their" but
# not "told his" (a determiner never follows a pronoun form inside one phrase).
PRONOUN_FORMS = frozenset(r["entry"] for r in lexicons.rows("pronouns"))


# Longest speaker mention accepted, in words ("the former head of the water board").
MAX_SPEAKER_WORDS = 8


# Longest mention whose head carries postmodifiers ("two people briefed on the merger
# between the two banks"); longer, the head alone is the mention.
MAX_POSTMODIFIED_WORDS = 12


# Adjectives that postmodify a source head with a prepositional complement ("people
# familiar with the matter", "sources close to the council"; Quirk et al. 1985, 17.56).
POSTMODIFYING_ADJECTIVES = lexicons.entries("subject_postmodifiers")


# A number with thousands separators ("2,310") is one word: its comma splits no phrase.
# A genitive typed with a stray space ("the Herald ’s Okafor") is one word with its
# name, as "the Herald’s Okafor" is (only after a capitalised name: "he ’s" is no genitive).
_WORD = re.compile(
    r"[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?(?![\w,])"
    r"|[A-Z][\w’'.&%$-]*(?: [’']s\b(?![’'\w]))?|[\w$€£][\w’'.&%$-]*|[^\w\s]"
)


_WORD_ONLY = re.compile(r"\w[\w’'.&-]*")


ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$|^(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros|St)\.$")


# Trailing spaces and punctuation that end a content span (matched by a backward scan,
# not a regex: "[…]+$" searched over a long run backtracks quadratically).
_TRAILING = frozenset(".,;:!?…—–-")


def words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word and punctuation mark in text[lo:hi]."""
    # a fresh list each call: callers may extend or slice what they get
    return list(_words_of_stretch(text, lo, hi))


@lru_cache(maxsize=1024)
def _words_of_stretch(text: str, lo: int, hi: int) -> tuple[tuple[int, int, str], ...]:
    # the passes ask for the same stretch again and again (two in five calls on PolNeAR
    # dev repeat one); a small cache holds the stretches of the article being read
    return tuple([(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)])


def first_word(text: str, lo: int) -> re.Match[str] | None:
    """The word starting right at ``lo``, if any."""
    return _WORD_ONLY.match(text, lo)


def word_count(text: str, lo: int, hi: int) -> int:
    """Words (no punctuation) in text[lo:hi]."""
    return len(_WORD_ONLY.findall(text, lo, hi))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def is_adverb(word: str) -> bool:
    return word.islower() and len(word) > 4 and word.endswith("ly")


def bare(stretch: str) -> str:
    """``stretch`` without whitespace (no-break spaces included), commas and dashes."""
    return stretch.strip().strip(",—–-―").strip()


def strip_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``lo``..``hi`` without surrounding spaces and punctuation, the clause link "that" kept."""
    while lo < hi and (text[lo].isspace() or text[lo] in ",:;—–-"):
        lo += 1
    end = hi
    while end > lo and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return lo, end


_PERCENTAGE = re.compile(r"(?:\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?-\d+(?:\.\d+)?)%")
_SHARE_PREMODIFIERS = frozenset(grammar("share_premodifier")) | frozenset(DETERMINERS)
_APPROXIMATOR = re.compile(
    r"(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in grammar("approximator"))
    + r")\s+",
    re.IGNORECASE,
)


_APPROXIMATOR_WORDS = frozenset(w for entry in grammar("approximator") for w in entry.split())
_CLAUSE_OPENERS = frozenset(grammar("coordinator")) | frozenset(grammar("subordinator"))


_SHARE_HINT = re.compile(r"\d|cent\b| in | of ", re.IGNORECASE)


def share_of_people(mention: str) -> bool:
    """Is ``mention`` a share of the people asked in a poll, a group speaker: a
    percentage ("41%", "a mere 12 percent", "12 per cent of voters") or a respondent
    participle after its head ("those polled", "voters surveyed")? (Quirk et al. 1985,
    5.108 and 10.39: a quantity of people takes a plural verb, "12 percent say".)"""
    found = mention.split()
    if len(found) >= 2 and found[-1].lower() in RESPONDENT_PARTICIPLES:
        return True
    if not _SHARE_HINT.search(mention):
        return False  # no figure, "percent", "cent" or ratio "in"/"of": no share (fast path)
    ratio = ratio_start(found)
    share = ratio if ratio is not None else None
    if share is None:
        share = next((k for k, w in enumerate(found) if _share_word(found, k)), None)
    if share is None:
        return False
    before = " ".join(found[:share]) + " "
    approximator = _APPROXIMATOR.match(before)
    premodifiers = before[approximator.end() if approximator else 0 :].lower().split()
    # "His 32% support": a possessive makes the share a quantity of something, not people
    return all(w in _SHARE_PREMODIFIERS and w not in PRONOUN_FORMS for w in premodifiers)


def share_premodifier(word: str) -> bool:
    """A word that may premodify a share of people: "just", "nearly", "more", "than"."""
    low = word.lower()
    return low in _SHARE_PREMODIFIERS or low in _APPROXIMATOR_WORDS


def _numeral(word: str) -> bool:
    """A cardinal in figures or words ("10", "six", "twenty-one")."""
    low = word.lower()
    return low.isdigit() or low in NUMBER_WORDS or low.split("-")[-1] in NUMBER_WORDS


def ratio_start(found: list[str]) -> int | None:
    """Where a share written as a ratio ends ``found``: "six in 10", "one out of five"
    (Quirk et al. 1985, 6.63: a fraction of people polled); the index of its first
    numeral, or None."""
    if len(found) >= 3 and found[-2].lower() == "in" and _numeral(found[-1]):
        return len(found) - 3 if _numeral(found[-3]) else None
    if len(found) >= 4 and [w.lower() for w in found[-3:-1]] == ["out", "of"]:
        return len(found) - 4 if _numeral(found[-1]) and _numeral(found[-4]) else None
    return None


def _share_word(found: list[str], k: int) -> bool:
    """Is ``found[k]`` a percentage ("41%") or the number before "percent"/"per cent"?"""
    word = found[k].lower()
    if _PERCENTAGE.fullmatch(word):
        return True
    after = found[k + 1].lower() if k + 1 < len(found) else ""
    return after in {"percent", "per"} and (
        word[:1].isdigit() or word.split("-")[-1] in NUMBER_WORDS
    )


def share_subject(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a share of people (:func:`share_of_people`) that opens its clause:
    at the start of the sentence, after punctuation, a coordinator or a subordinator
    ("…; 42% say", "while 61 percent say")? Not the object of a verb or a preposition
    ("has just 5 percent support", "with 38 percent", "1% to 3% support")."""
    if not share_of_people(text[lo:hi]):
        return False
    line_start = text.rfind("\n", 0, lo) + 1
    for _, _, word in reversed(words(text, max(line_start, lo - 40), lo)):
        low = word.lower()
        if low in _SHARE_PREMODIFIERS or low in SKIPPABLE or low in _APPROXIMATOR_WORDS:
            continue  # "just", "more than": the share's own premodifiers
        ends_sentence = word.endswith(".") and not ABBREVIATION.match(word)
        return ends_sentence or not word[:1].isalnum() or low in _CLAUSE_OPENERS
    return True


def np_word(word: str) -> bool:
    """Could ``word`` sit inside a speaker noun phrase?"""
    if not word[:1].isalnum() and word[:1] not in "$€£":
        return False
    low = word.lower()
    if is_capitalised(word):
        return low not in NP_BREAKERS or word[:1].isupper() and low in {"us"}
    return low not in NP_BREAKERS and low not in SKIPPABLE and low not in PASSIVE_AUX


def finish_np(
    found: list[tuple[int, int, str]], longest: int = MAX_SPEAKER_WORDS
) -> tuple[int, int] | None:
    """Trim function words at either end; None when nothing that can speak is left."""
    while found and found[0][2].lower() in {"of", "and", "&"}:
        found = found[1:]
    while found and found[-1][2].lower() in {"of", "and", "&"} | DETERMINERS:
        found = found[:-1]
    if not found or len(found) > longest:
        return None
    if found[-1][2].endswith(("’s", "'s")):
        return None  # "The President’s remarks": a possessive is not a subject
    last = found[-1][2]
    # A full stop glued to the last word ends the sentence unless it abbreviates.
    end = found[-1][1] - (last.endswith(".") and not ABBREVIATION.match(last))
    return found[0][0], end


def pronoun_in_name(found: list[tuple[int, int, str]], i: int, following: str) -> bool:
    """Is the capitalised pronoun ``found[i]`` part of a name ("The We Company"): after
    "The" and before a capitalised word?"""
    return (
        found[i][2][:1].isupper()
        and i >= 1
        and found[i - 1][2] == "The"
        and following[:1].isupper()
    )


PARTICIPLE_ENDINGS = ("ed", "ing")


def postmodifier_word(word: str, preposition: str) -> bool:
    """A lower-case adjective or participle that takes a prepositional complement
    inside a subject: "familiar (with)", "briefed (on)", "marching (through)". A
    participle before "to" is a catenative verb ("threatened to make"), not one."""
    if not word.islower():
        return False
    if word in POSTMODIFYING_ADJECTIVES:
        return preposition in PREPOSITIONS
    return word.endswith(PARTICIPLE_ENDINGS) and preposition in PREPOSITIONS - {"to"}


def can_head(text: str, lo: int, hi: int) -> bool:
    """Can text[lo:hi] head a source: a source noun ("officials", "a study") or a name?"""
    found = [w for _, _, w in words(text, lo, hi)]
    return any(w.lower() in source_heads() for w in found) or is_capitalised(found[-1])


# "POLLS STILL TIGHT IN OHIO - Ana Ruiz:": a heading in capitals, then a spaced dash.
_CAPITALS_HEADING = re.compile(
    r"(?:[A-Z0-9][A-Z0-9’'.,&%$/-]*\s+)*[A-Z][A-Z’'.,&%$/-]+\s+[-–—]+\s+"
)


def past_capitals_heading(text: str, lo: int) -> int:
    """Where the stretch at ``lo`` goes on after a heading in capitals and a spaced dash
    ("POLLS STILL TIGHT IN OHIO - Ana Ruiz and Dan Kim: …", the digest layout of a
    newsletter); ``lo`` when it opens with none. The heading is the writer's label of
    the item, never its subject; at least two capitals make it a heading, not a word."""
    match = _CAPITALS_HEADING.match(text, lo)
    if match is None or sum(ch.isupper() for ch in match.group()) < 2:
        return lo
    rest = text[match.end() : match.end() + 1]
    return match.end() if rest.isupper() else lo
