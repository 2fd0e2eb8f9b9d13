"""The speaker noun phrase right after a cue: "said X", "according to X".

Read forwards, word by word, up to a verb, an adverb after a name or a lower-case word
after a name where a verb is due; a source head keeps an adjective or participle
postmodifier ("people familiar with the matter", Quirk et al. 1985, 17.56, 17.30) and a
document its author ("data from BondWatch", 17.37); a genitive is a determiner (5.115),
so only what follows counts towards the longest mention; coordinated role nouns before
a name are one mention with it (13.66, 17.65). Word helpers are in
:mod:`~analysis.attribution.phrase_words`.
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons
from analysis.attribution.cues import cue_lexicon
from analysis.attribution.phrase_words import (
    ABBREVIATION,
    MAX_POSTMODIFIED_WORDS,
    MAX_SPEAKER_WORDS,
    PRONOUN_FORMS,
    finish_np,
    is_adverb,
    is_capitalised,
    np_word,
    postmodifier_word,
    pronoun_in_name,
    words,
)
from analysis.attribution.vocabulary import (
    DETERMINERS,
    MONTHS,
    NAME_PARTICLES,
    PRONOUNS,
    RELATIVE_SUBJECTS,
    WEEKDAYS,
    source_heads,
)


def speaker_after(
    text: str, cue_end: int, hi: int, *, name_ends: bool = False, source_phrase: bool = False
) -> tuple[int, int] | None:
    """The noun phrase right after a cue: ``said X``, ``according to X``.

    With ``name_ends`` a name followed by a lower-case word ends there ("Ana Ruiz
    spoke"): used where a verb, not the end of the phrase, comes next. A source head
    keeps an adjective or participle postmodifier ("people familiar with the matter")
    and a document its author ("data from BondWatch"). A personal name keeps its
    affiliation here ("Ana Ruiz of the clinic"); :mod:`analysis.attribution.mention_spans` cuts
    it off later. After a ``source_phrase`` ("according to") a noun phrase is due, so a
    cue form opening it is a noun ("according to state records", "reports emerging").
    """
    line_end = text.find("\n", cue_end, min(hi, cue_end + 160))
    found = words(text, cue_end, min(hi, cue_end + 160) if line_end < 0 else line_end)
    if found and found[0][2].lower() in PRONOUNS:
        return found[0][0], found[0][1]
    collected: list[tuple[int, int, str]] = []
    before_postmodifier: list[tuple[int, int, str]] | None = None
    for k, (s, e, word) in enumerate(found):
        low = word.lower()
        opens = before_postmodifier is None and _opens_postmodifier(found, k, collected, name_ends)
        if opens or (
            before_postmodifier is not None
            and collected[-1] == found[k - 1]
            and _complement(found, k)
        ):
            before_postmodifier = before_postmodifier or list(collected)
        elif low in {"of", "and", "&"}:
            if not collected or k + 1 >= len(found) or not np_word(found[k + 1][2]):
                break
            if (
                low == "and"
                and not is_capitalised(found[k + 1][2])
                and not _people_after_and(found, k, collected)
            ):
                break
        elif not np_word(word) or (
            low in PRONOUNS
            and not (
                collected
                and pronoun_in_name(found, k, found[k + 1][2] if k + 1 < len(found) else "")
            )
        ):
            break
        elif (
            word.islower()
            and low in cue_lexicon()
            and not _head_noun_due(collected, low)
            and not (source_phrase and not collected)
        ):
            break  # "Ana Ruiz said": a verb ends the name ("a report", "the claims": nouns)
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
        if _sentence_stop(found, k):
            break  # "said Ana Ruiz. Tom Hale, a welder, …": the stop ends the name
        if _words_after_genitive(collected) > MAX_SPEAKER_WORDS:
            if before_postmodifier is None:
                return None
            if len(collected) > MAX_POSTMODIFIED_WORDS:
                collected = before_postmodifier  # the head alone: its postmodifier runs on
                break
    np = finish_np(collected, MAX_POSTMODIFIED_WORDS)
    return _coordinated_titles(text, np, hi, name_ends) if np is not None else None


def _sentence_stop(found: list[tuple[int, int, str]], k: int) -> bool:
    """Does a full stop glued to ``found[k]`` end the sentence before a capitalised word
    ("said Ana Ruiz. Tom Hale …")? Not after an abbreviation, an initial, a title or an
    honorific ("Sen.", "Dr.", "J.", "U.S.", "Jr."; AP Stylebook, "abbreviations")."""
    word = found[k][2]
    if not word.endswith(".") or k + 1 >= len(found) or not found[k + 1][2][:1].isupper():
        return False
    return not ABBREVIATION.match(word) and word.lower() not in _abbreviated_titles()


@cache
def _abbreviated_titles() -> frozenset[str]:
    """Titles and honorifics written with a stop ("sen.", "gov.", "mrs.")."""
    return frozenset(
        w for w in lexicons.entries("titles") | lexicons.entries("honorifics") if w.endswith(".")
    )


def _people_after_and(
    found: list[tuple[int, int, str]], k: int, collected: list[tuple[int, int, str]]
) -> bool:
    """``said Doyle and others``: a plural noun of people as the last conjunct after a
    name ends the coordinated source (Quirk et al. 1985, 13.66), when nothing but a
    comma or the sentence end follows it."""
    if not collected or not is_capitalised(collected[-1][2]) or k + 1 >= len(found):
        return False
    word = found[k + 1][2]
    noun = word.rstrip(".,;:!?")
    plural_person = noun.endswith("s") and source_heads().get(noun) == "person"
    ends = noun != word or k + 2 >= len(found) or not found[k + 2][2][:1].isalnum()
    return plural_person and ends


_TITLE_LINK = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _coordinated_titles(
    text: str, np: tuple[int, int], hi: int, name_ends: bool
) -> tuple[int, int]:
    """``chairman, CEO and president Ana Ruiz``: coordinated role nouns before a name
    (Quirk et al. 1985, 13.66 and 17.65) are one mention with the name; the phrase read
    up to the first comma ("chairman") names nobody."""
    end = np[1]
    for _ in range(4):
        if not _only_roles(text, np[0], end):
            return np
        link = _TITLE_LINK.match(text, end)
        if link is None:
            return np
        member = speaker_after(text, link.end(), hi, name_ends=name_ends)
        if member is None or member[0] != link.end():
            return np
        if not _only_roles(text, *member):
            # the list ends at a name, with "and" before its last member
            joined = "and" in link.group() or " and " in text[member[0] : member[1]]
            named = text[member[1] - 1 : member[1]].isalpha() and is_capitalised(
                words(text, *member)[-1][2]
            )
            return (np[0], member[1]) if joined and named else np
        if "and" in link.group():
            return np  # "chairman and CEO" but no name after: the list names nobody
        end = member[1]
    return np


def _only_roles(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] role nouns only ("chairman", "CEO", "vice president")?"""
    heads = source_heads()
    found = [w for _, _, w in words(text, lo, hi) if w[:1].isalnum()]
    return bool(found) and all(heads.get(w.lower()) == "person" for w in found)


# "That’s", "it’s", "who’s": a pronoun with "is" glued on, never a genitive.
_NOT_OWNERS = DETERMINERS | PRONOUN_FORMS | RELATIVE_SUBJECTS


def _words_after_genitive(collected: list[tuple[int, int, str]]) -> int:
    """How many words the phrase holds after its last genitive: a genitive is its
    determiner ("The Ruiz Company’s new chair Ana Ruiz"; Quirk et al. 1985, 5.115), so
    only what follows counts towards the longest mention."""
    owners = [
        k
        for k, (_, _, w) in enumerate(collected)
        if w.endswith(("’s", "'s")) and w[:-2].lower() not in _NOT_OWNERS
    ]
    return len(collected) - (owners[-1] + 1 if owners else 0)


def _opens_postmodifier(
    found: list[tuple[int, int, str]], k: int, collected: list, name_ends: bool
) -> bool:
    """Does ``found[k]`` open a postmodifier of the source head collected so far?

    An adjective or participle with a prepositional complement after a source noun
    ("people familiar with", "officials briefed on"; Quirk et al. 1985, 17.56, 17.30),
    or "from"/"by"/"at" and a name after a document noun ("data from BondWatch",
    "a report in the Ledger": the document's author is the source; 17.37)."""
    if not collected or k + 1 >= len(found):
        return False
    word, following = found[k][2], found[k + 1][2]
    heads = source_heads()
    if postmodifier_word(word, following):
        if name_ends and word.endswith("ed"):
            return False  # "the group raised alarm": a verb, where a verb is due
        return any(w.lower() in heads for _, _, w in collected)
    if word in {"from", "by", "at", "in"} and issued_by(collected[-1][2], word):
        if following in MONTHS or following in WEEKDAYS:
            return False  # "a report in March": a time, no author
        if following.lower() in DETERMINERS and k + 2 < len(found):
            following = found[k + 2][2]  # "a report in the Ledger", not "in the spring"
        return following[:1].isupper()
    return False


def issued_by(head: str, preposition: str) -> bool:
    """Can ``head`` + ``preposition`` + a name name the name as its author? A document
    noun before from/by/at/in ("data from", "a report in the Ledger"); any other lower-case
    noun but a person's before "by" or "from" ("calculations by", "a post from")."""
    category = source_heads().get(head.lower())
    if category == "document":
        return True
    return preposition in {"by", "from"} and head.islower() and category != "person"


def _complement(found: list[tuple[int, int, str]], k: int) -> bool:
    """Is ``found[k]`` the preposition of a postmodifier just opened ("familiar with")?"""
    return postmodifier_word(found[k - 1][2], found[k][2])


def _head_noun_due(collected: list[tuple[int, int, str]], low: str) -> bool:
    """Is a cue form after these words the head noun still due, not a verb: right after
    a determiner or a possessive ("a report", "the claims", "the group's statement"), or
    a bare or plural form after a determiner and lower-case premodifiers ("according to
    a new report"; Quirk et al. 1985, 17.2: determiner, premodifiers, head)?"""
    if not collected:
        return False
    last = collected[-1][2]
    if last.lower() in DETERMINERS or last.endswith(("’s", "'s")):
        return True
    if collected[0][2].lower() not in DETERMINERS:
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
