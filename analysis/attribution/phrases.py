"""Speaker noun phrases: the source before or after a cue, and the subject a sentence opens with.

No parser: a noun phrase is read word by word from the cue outwards, and ends at
punctuation or at a word that cannot sit inside a subject noun phrase (a preposition
other than "of", a conjunction, a verb form; Quirk et al. 1985, 17.2). Also the small
span helpers the passes share (word counts, trimming).
"""

from __future__ import annotations

import re

from analysis.attribution.cues import DAY, MONTH, cue_lexicon
from analysis.attribution.vocabulary import (
    DETERMINERS,
    INTRODUCERS,
    NAME_PARTICLES,
    NP_BREAKERS,
    OPENERS,
    PASSIVE_AUX,
    POSTMODIFIER_PREPOSITIONS,
    PRONOUNS,
    RELATIVE_SUBJECTS,
    SKIPPABLE,
    source_heads,
)

# Longest speaker mention accepted, in words ("the former director of the FBI").
MAX_SPEAKER_WORDS = 8

_WORD = re.compile(r"[\w$€£][\w’'.&%$-]*|[^\w\s]")
_WORD_ONLY = re.compile(r"\w[\w’'.&-]*")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$|^(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros|St)\.$")
# Trailing spaces and punctuation that end a content span (matched by a backward scan,
# not a regex: "[…]+$" searched over a long run backtracks quadratically).
_TRAILING = frozenset(".,;:!?…—–-")
_TIME_ADJUNCT = re.compile(
    r",?\s+(?:(?:on\s+)?" + DAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier\s+this|late\s+last|next)\s+(?:week|month|year|spring|summer|fall|winter)"
    r"|in\s+recent\s+(?:days|weeks|months)|today|yesterday|tonight),?\s*$"
)
# "Gale Brennan in October revealed": a month adjunct right before the verb (with no
# comma after it: "…close in March, says X" is the content's own adjunct).
_MONTH_ADJUNCT = re.compile(
    r"\s+(?:in|on|since|during|until|by|last|early|late)\s+"
    + MONTH
    + r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*$"
)


def words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word and punctuation mark in text[lo:hi]."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]


def first_word(text: str, lo: int) -> re.Match[str] | None:
    """The word starting right at ``lo``, if any."""
    return _WORD_ONLY.match(text, lo)


def word_count(text: str, lo: int, hi: int) -> int:
    """Words (no punctuation) in text[lo:hi]."""
    return sum(1 for _ in _WORD_ONLY.finditer(text, lo, hi))


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


def _np_word(word: str) -> bool:
    """Could ``word`` sit inside a speaker noun phrase?"""
    if not word[:1].isalnum() and word[:1] not in "$€£":
        return False
    low = word.lower()
    if is_capitalised(word):
        return low not in NP_BREAKERS or word[:1].isupper() and low in {"us"}
    return low not in NP_BREAKERS and low not in SKIPPABLE and low not in PASSIVE_AUX


def _finish_np(found: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Trim function words at either end; None when nothing that can speak is left."""
    while found and found[0][2].lower() in {"of", "and", "&"}:
        found = found[1:]
    while found and found[-1][2].lower() in {"of", "and", "&"} | DETERMINERS:
        found = found[:-1]
    if not found or len(found) > MAX_SPEAKER_WORDS:
        return None
    if found[-1][2].endswith(("’s", "'s")):
        return None  # "The President’s remarks": a possessive is not a subject
    last = found[-1][2]
    # A full stop glued to the last word ends the sentence unless it abbreviates.
    end = found[-1][1] - (last.endswith(".") and not _ABBREVIATION.match(last))
    return found[0][0], end


def speaker_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before a cue: the subject of ``X (also) said``.

    Reads words backwards from the cue, skipping adverbs and auxiliaries ("also",
    "has"), and stops at punctuation or a word that cannot be inside a noun phrase
    (a preposition other than "of", a conjunction, a verb form). A lone pronoun is
    a whole mention. "of" and "and" are kept only between two noun-phrase words.
    """
    # A speaker mention never runs over a line break (a paragraph or heading before it).
    window_lo = max(lo, cue_start - 160, text.rfind("\n", lo, cue_start) + 1)
    # "the senator on Tuesday dismissed …": step over a time adjunct before the verb.
    time_adjunct = _TIME_ADJUNCT.search(text, window_lo, cue_start) or _MONTH_ADJUNCT.search(
        text, window_lo, cue_start
    )
    if time_adjunct and not _unbalanced_comma(time_adjunct.group()):
        cue_start = time_adjunct.start()
    found = words(text, window_lo, cue_start)
    i = len(found) - 1
    while i >= 0 and (found[i][2].lower() in SKIPPABLE or is_adverb(found[i][2])):
        i -= 1
    if i >= 0 and found[i][2] == ")":
        # "Sen. Bernie Sanders (I-Vt.) said": step over the bracketed aside.
        while i >= 0 and found[i][2] != "(":
            i -= 1
        i -= 1
    if i < 0:
        return None
    if found[i][2].lower() in PRONOUNS | RELATIVE_SUBJECTS:
        # "a message that said, “…”": the relative pronoun is the written subject.
        return found[i][0], found[i][1]
    collected: list[tuple[int, int, str]] = []
    while i >= 0:
        word = found[i][2]
        low = word.lower()
        if low in {"of", "and", "&"}:
            if not collected or i == 0 or not _np_word(found[i - 1][2]):
                break
            if low == "and" and not (is_capitalised(found[i - 1][2]) and collected):
                break
        elif not _np_word(word) or (collected and low in PRONOUNS):
            break
        collected.insert(0, found[i])
        if low in DETERMINERS:
            break
        i -= 1
    np = _finish_np(collected)
    if np is None or not collected:
        return np
    k = found.index(collected[0]) - 1  # the word before the noun phrase
    if k >= 1 and found[k][2] == "by" and _participle_before(found, k):
        return _agent_of_participle(text, lo, found, k, np)
    if k >= 1 and found[k][2] in POSTMODIFIER_PREPOSITIONS:
        return _postmodified_head(text, lo, found[k][0], np) or np
    return np


def _unbalanced_comma(adjunct: str) -> bool:
    """``… could start this week, said X``: a time adjunct that closes with a comma but
    does not open with one ends its clause; it is not set off inside the subject's
    clause ("the senator, on Tuesday, dismissed …"), so no subject stands before it."""
    stripped = adjunct.strip()
    return stripped.endswith(",") and not stripped.startswith(",")


def _participle_before(found: list[tuple[int, int, str]], by: int) -> int | None:
    """The index of an "-ed" participle right before "by" (an adverb may sit between:
    "previously collected by"), or None."""
    j = by - 1
    if j >= 1 and is_adverb(found[j][2]):
        j -= 1
    word = found[j][2]
    return j if j >= 1 and word.islower() and word.endswith(("ed", "en")) else None


def _agent_of_participle(
    text: str, lo: int, found: list[tuple[int, int, str]], by: int, np: tuple[int, int]
) -> tuple[int, int] | None:
    """``Data collected by the telescope supported …``: the noun phrase before the cue
    is the agent of a participle that postmodifies the subject (a reduced relative,
    Quirk et al. 1985, 17.30), so the subject runs from the head before the participle
    (the head alone when the whole is too long). None when there is no such head."""
    j = _participle_before(found, by)
    head = speaker_before(text, lo, found[j][0])  # steps over an adverb before the participle
    if head is None or not set(text[head[1] : found[j][0]].split()) <= {
        w for _, _, w in found[j - 1 : j] if is_adverb(w)
    }:
        return None
    if word_count(text, head[0], np[1]) > MAX_SPEAKER_WORDS:
        return head  # "a 46-page analysis released by the Department of …": the head speaks
    return head[0], np[1]


def _postmodified_head(
    text: str, lo: int, preposition: int, np: tuple[int, int]
) -> tuple[int, int] | None:
    """``a spokesman for the ministry said``, ``one study in 146 people found``: the noun
    phrase before the cue is the object of a preposition that postmodifies the subject's
    head (Quirk et al. 1985, 17.37), so the subject runs from that head: a noun that can
    be a source (a role, body or document noun) right before the preposition."""
    head = speaker_before(text, lo, preposition)
    if head is None or text[head[1] : preposition].strip():
        return None
    last = text[head[0] : head[1]].split()[-1].lower()
    if last not in source_heads() or word_count(text, head[0], np[1]) > MAX_SPEAKER_WORDS:
        return None
    return head[0], np[1]


def speaker_after(
    text: str, cue_end: int, hi: int, *, name_ends: bool = False
) -> tuple[int, int] | None:
    """The noun phrase right after a cue: ``said X``, ``according to X``.

    With ``name_ends`` a name followed by a lower-case word ends there ("Ana Ruiz
    spoke"): used where a verb, not the end of the phrase, comes next.
    """
    line_end = text.find("\n", cue_end, min(hi, cue_end + 160))
    found = words(text, cue_end, min(hi, cue_end + 160) if line_end < 0 else line_end)
    if found and found[0][2].lower() in PRONOUNS:
        return found[0][0], found[0][1]
    collected: list[tuple[int, int, str]] = []
    for k, (s, e, word) in enumerate(found):
        low = word.lower()
        if low in {"of", "and", "&"}:
            if not collected or k + 1 >= len(found) or not _np_word(found[k + 1][2]):
                break
            if low == "and" and not is_capitalised(found[k + 1][2]):
                break
        elif not _np_word(word) or low in PRONOUNS or _verb_cue(word, collected):
            break
        elif collected and is_adverb(word) and collected[-1][2][:1].isupper():
            break  # "Thomas allegedly told": a name ends before an adverb
        elif name_ends and collected and _predicate_participle(word, collected[-1][2]):
            break  # "the group raised alarm": an "-ed" verb after the head noun
        elif (
            name_ends
            and word[:1].islower()
            and low not in NAME_PARTICLES
            and collected
            and is_capitalised(collected[-1][2])
            and collected[0][2].lower() not in DETERMINERS
        ):
            break  # "Ana Ruiz spoke": a name is not followed by a lower-case noun
        collected.append((s, e, word))
        if len(collected) > MAX_SPEAKER_WORDS:
            return None
    return _finish_np(collected)


def _verb_cue(word: str, collected: list[tuple[int, int, str]]) -> bool:
    """A lower-case cue form that ends the noun phrase as its verb (not its head noun)."""
    low = word.lower()
    return word.islower() and low in cue_lexicon() and not _head_noun_due(collected, low)


def _head_noun_due(collected: list[tuple[int, int, str]], low: str) -> bool:
    """``according to a new report``: after a determiner and lower-case premodifiers, a
    bare or plural cue form ("report", "statements") is the head noun still due, not a
    verb (Quirk et al. 1985, 17.2: determiner, premodifiers, head)."""
    if not collected or collected[0][2].lower() not in DETERMINERS:
        return False
    if not all(w.islower() for _, _, w in collected):
        return False
    lemma = cue_lexicon()[low][0].split()[0]
    return low in (lemma, lemma + "s")


def _predicate_participle(word: str, previous: str) -> bool:
    """Is ``word`` an "-ed" verb right after a head noun ("the group raised"), not an
    adjective after a determiner, adverb or possessive ("a retired general")?"""
    if not (word.islower() and word.endswith("ed")) or not previous[:1].isalpha():
        return False
    low = previous.lower()
    return not (low in DETERMINERS or is_adverb(previous) or low.endswith(("’s", "'s")))


def leading_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject a sentence opens with, after openers like "But" or "Meanwhile,"."""
    found = words(text, lo, min(hi, lo + 200))
    k = 0
    while k < len(found) and (found[k][2].lower() in OPENERS or found[k][2] in ",;"):
        k += 1
    if k < len(found) and found[k][2].lower() in INTRODUCERS:
        # "In an interview last year, Lazar said …": skip the introductory phrase.
        comma = next((j for j in range(k, len(found)) if found[j][2] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    if k >= len(found):
        return None
    return speaker_after(text, found[k][0], hi, name_ends=True)
