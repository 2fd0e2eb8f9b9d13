"""What a backward reading of a subject noun phrase takes in and must give back.

:mod:`~analysis.attribution.before_cue` reads words back from a cue; some runs of words
it meets are no part of the subject: the noun after the object of "despite" ("despite
party calls"), a fronted time adjunct ("Last spring 2,310 nurses"), an occasion before a
titled name ("at the convention Sen. Ana Ruiz"); and a ratio of people polled ("Six in
10") is one subject across its "in". Each helper reads the words
:func:`~analysis.attribution.phrase_words.words` gives, no more.
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.cues import DAY, cue_lexicon
from analysis.attribution.phrase_words import (
    MAX_POSTMODIFIED_WORDS,
    first_word,
    is_capitalised,
    np_word,
    ratio_start,
    share_premodifier,
    word_count,
)
from analysis.attribution.vocabulary import (
    DETERMINERS,
    MODALS,
    PASSIVE_AUX,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SKIPPABLE,
    TIME_NOUNS,
    alternation,
    grammar,
    source_heads,
)

GOVERNING = frozenset(grammar("governing_preposition"))


def noun_after_object(text: str, found: list[tuple[int, int, str]], k: int, cue_start: int) -> bool:
    """``despite her lead and Green calls for her to quit``, ``amid party claims``: an
    "-s" cue form after the object of a preposition (no head the preposition
    postmodifies) or after a second conjunct of one is that object's head noun, not a
    verb (Quirk et al. 1985, 9.1: a preposition governs a noun phrase)."""
    cue_word = first_word(text, cue_start)
    if cue_word is None or not cue_word.group().endswith("s") or not cue_word.group().islower():
        return False
    if cue_word.group() in SKIPPABLE:
        return False  # "… to Britain Ana Ruiz has said": an auxiliary, a verb group
    if found[k][2].lower() in GOVERNING:
        return True
    for j in range(k - 1, max(-1, k - 8), -1):  # the first conjunct, back to its preposition
        word = found[j][2]
        if word.lower() in GOVERNING:
            return True
        if not np_word(word):
            return False
    return False


def share_ratio(found: list[tuple[int, int, str]], first: int) -> tuple[int, int] | None:
    """``Six in 10 say``, ``About one out of five said``: a numeral read as the noun phrase
    ends a ratio of people polled; the whole ratio with its approximators ("about",
    "nearly", "more than") is the subject (Quirk et al. 1985, 6.63)."""
    if first < 2:
        return None
    k = first - 1
    if found[k][2] == "of" and k >= 2 and found[k - 1][2] == "out":
        k -= 1
    elif found[k][2] != "in":
        return None
    start = k - 1
    if start < 0 or ratio_start([w for _, _, w in found[start : first + 1]]) != 0:
        return None
    while start >= 1 and share_premodifier(found[start - 1][2]):
        start -= 1
    return found[start][0], found[first][1]


# "Last spring 2,310 nurses said", "Yesterday officials said": a time adjunct that opens
# the clause without a comma is no part of the subject after it (Quirk et al. 1985, 8.55).
_FRONTED_TIME = re.compile(
    r"(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\s+this|[Ll]ate\s+last)\s+"
    + alternation(TIME_NOUNS)
    + r"|[Yy]esterday|[Tt]oday|[Tt]onight|"
    + DAY
    + r"(?:\s+(?:morning|afternoon|evening|night))?)\s+"
)


def without_fronted_time(
    text: str, collected: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The noun phrase without a time adjunct read into its front ("This week 40 nurses"
    → "40 nurses", "the winter 4,120 teachers" → "4,120 teachers": a numeral follows a
    determiner, never a noun of time, inside one phrase); a phrase that is the time alone
    is left as it is."""
    if len(collected) < 2:
        return collected
    for k in range(len(collected) - 1, 0, -1):
        if collected[k][2][:1].isdigit() and collected[k - 1][2] in TIME_NOUNS:
            return collected[k:]
    match = _FRONTED_TIME.match(text, collected[0][0], collected[-1][0])
    if match is None:
        return collected
    rest = [w for w in collected if w[0] >= match.end()]
    if rest[0][2].endswith(("’s", "'s")):
        return collected  # "Monday night’s results": the time is a possessive's part
    return rest


_TITLES = frozenset(e for e in lexicons.entries("titles") if " " not in e)


def without_place_before_name(
    collected: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """``at the state party convention Sen. Ana Ruiz said``: a determiner and common nouns
    before a title and a name ("Sen. Ana Ruiz") that no person noun ends ("convention",
    not "coach" or "governor") are a place or occasion adjunct read into the noun phrase;
    the titled name alone speaks."""
    if len(collected) < 3 or collected[0][2].lower() not in DETERMINERS:
        return collected
    capital = next((k for k, w in enumerate(collected) if w[2][:1].isupper()), None)
    if capital is None or capital < 2:
        return collected
    before = collected[capital - 1][2]
    if not before.isalpha() or not before.islower() or source_heads().get(before) == "person":
        return collected
    if collected[capital][2].lower() not in _TITLES:
        return collected  # "the company Quorvex": a body and its name
    if not all(w[2][:1].isupper() for w in collected[capital:]):
        return collected
    return collected[capital:]


# "27 percent of", "About 40% of", "12 of": a numeral share and its "of" right before
# "those", the partitive whose head is the share (Quirk et al. 1985, 5.25, 6.63).
_SHARE_OF = re.compile(
    r"\b\d[\d,]*(?:\.\d+)?(?:\s*%|\s+percent|\s+per\s+cent)?\s+of\s+$", re.IGNORECASE
)


def share_of_those(text: str, lo: int, those_start: int) -> int | None:
    """``31 percent of those who picked a party said``, ``40% of those surveyed
    said``: when "those" opens the subject after a numeral share and "of", the share is
    the head and speaks; the start of the share (its approximators: "about", "nearly"),
    else None."""
    if text[those_start : those_start + 5].lower() != "those":
        return None
    window = max(lo, those_start - 40)
    share = _SHARE_OF.search(text, window, those_start)
    if share is None:
        return None
    start = share.start()
    before = text[window:start].split()
    while before and share_premodifier(before[-1]):
        start = text.rindex(before.pop(), window, start)
    return start


def share_of_those_before(
    text: str, lo: int, stretch: list[tuple[int, int, str]], k: int
) -> tuple[int, int] | None:
    """The share before "those" and the relative "who" at ``stretch[k]`` ("27 percent
    of those who …"): its span up to "those", else None."""
    if k < 1 or stretch[k - 1][2].lower() != "those":
        return None
    start = share_of_those(text, lo, stretch[k - 1][0])
    return None if start is None else (start, stretch[k - 1][1])


# Focusing adverbs between a subject and its verb; inside a noun phrase they stay in it
# ("the only witness said").
_PRE_VERB_ADVERBS = frozenset(grammar("pre_verb_adverb"))


def focusing_adverb_after_subject(found: list[tuple[int, int, str]], i: int) -> bool:
    """``He only found``, ``Ms. Lee too said``: is ``found[i]`` a focusing adverb right
    after a pronoun or a name, between the subject and its verb (Quirk et al. 1985,
    8.116-8.122)?"""
    if i < 1 or found[i][2] not in _PRE_VERB_ADVERBS:
        return False
    word = found[i - 1][2]
    return word.lower() in PRONOUNS or (is_capitalised(word) and word.lower() not in DETERMINERS)


# A pronoun with a contracted auxiliary written as one word ("he’d", "they've"; Quirk
# et al. 1985, 3.23); group 2 holds "would"/"had", "have", "will".
_CLITIC = re.compile(r"(\w+)[’'](?:(d|ve|ll)|re|s|m)", re.IGNORECASE)


def pronoun_before_clitic(
    text: str, word: tuple[int, int, str], cue_start: int
) -> tuple[int, int] | None:
    """``he’d respond``, ``they’ve said``: the span of the pronoun before a contracted
    auxiliary of an active verb group. "’d", "’ve", "’ll" always; "’s", "’re", "’m" (a
    form of "be", or "has") only before an "-ing" form: "it’s called …" is a passive,
    no speaker (Quirk et al. 1985, 3.63)."""
    clitic = _CLITIC.fullmatch(word[2])
    if clitic is None or clitic[1].lower() not in PRONOUNS:
        return None
    if clitic[2] is None:
        cue_word = first_word(text, cue_start)
        if cue_word is None or not cue_word.group().endswith("ing"):
            return None
    return word[0], word[0] + len(clitic[1])


# "his", "her", "their": the possessive determiners (Quirk et al. 1985, 6.26).
_POSSESSIVE_DETERMINERS = frozenset(
    r["entry"] for r in lexicons.rows("determiners") if r["kind"] == "possessive"
)
_SUBJECT_PRONOUNS = frozenset(
    r["entry"] for r in lexicons.rows("pronouns") if r["case"] in {"subject", "first_person"}
)


def pronoun_and_possessed(
    found: list[tuple[int, int, str]], collected: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``…, he and his wife explained``: a subject pronoun coordinated with a noun phrase
    its possessive determiner opens is one plural subject (Quirk et al. 1985, 13.2), not
    the second conjunct alone; the backward reading stops at the determiner, so the
    pronoun and "and" are taken in here. Other phrases come back as they are."""
    if len(collected) < 2 or collected[0][2].lower() not in _POSSESSIVE_DETERMINERS:
        return collected
    k = found.index(collected[0])
    if k < 2 or found[k - 1][2].lower() != "and":
        return collected
    if found[k - 2][2].lower() not in _SUBJECT_PRONOUNS - {"it", "they"}:
        return collected  # ("it and its staff": no person; "they and their" is rare)
    return [found[k - 2], found[k - 1], *collected]


def without_leading_verb(
    found: list[tuple[int, int, str]], collected: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The noun phrase without a verb read into its front: "to hear Ruiz pledged" →
    "Ruiz" (a bare verb after the infinitive "to"); "also decried Lee's repeated calls"
    → nothing (an "-ed" verb before a possessive or determiner is a predicate with its
    object, not a subject: "retired Gen. Ana Ruiz" keeps its adjective)."""
    if len(collected) < 2:
        return collected
    last, before_last = collected[-1][2], collected[-2][2]
    if (
        last.islower()
        and last.endswith("ed")
        and before_last[:1].isupper()
        and before_last.lower() not in source_heads()
        and before_last.lower() not in DETERMINERS
    ):
        return []  # "Mr. Ruiz examined reports": a name and its verb before a noun
    if not collected[0][2].islower():
        return collected
    first, second = collected[0][2], collected[1][2]
    k = found.index(collected[0])
    if k >= 1 and found[k - 1][2] == "to" and first not in DETERMINERS:
        return collected[1:]
    if first.endswith("ed") and (second.lower() in DETERMINERS or second.endswith(("’s", "'s"))):
        return []
    if first.endswith("ed") and first in cue_lexicon() and second[:1].isupper():
        return []  # "recalled Mr. Ruiz talking": a reporting verb and its object
    return collected


# Words that end a backward reading from a postmodifier to "those": a clause starts there.
_CLAUSE_WORDS = (
    RELATIVE_PRONOUNS | PASSIVE_AUX | MODALS | PRONOUNS | frozenset(grammar("finite_auxiliary"))
)
# How many words may stand between "those" and the preposition ("in favor of", "close to").
_THOSE_REACH = 3


def those_postmodified(
    text: str, found: list[tuple[int, int, str]], k: int, np: tuple[int, int]
) -> tuple[int, int] | None:
    """``Those in favor of the tax say``, ``those opposed to it argue``: "those" heads a
    noun phrase for people postmodified by a prepositional, adjective or participle phrase
    (Quirk et al. 1985, 6.43, 17.37), whose preposition ``found[k]`` stands before the
    noun phrase ``np`` read back from the cue: the subject runs from "those", not from the
    object of the preposition. None when no "those" opens such a phrase."""
    for j in range(k - 1, max(-1, k - 1 - _THOSE_REACH), -1):
        word = found[j][2]
        if word.lower() == "those":
            partitive = j + 1 == k and found[k][2].lower() == "of"
            if partitive or word_count(text, found[j][0], np[1]) > MAX_POSTMODIFIED_WORDS:
                return None  # ("those of us": a partitive, read elsewhere)
            return found[j][0], np[1]
        if not (word.isalpha() and word.islower()) or word in _CLAUSE_WORDS:
            return None
    return None
