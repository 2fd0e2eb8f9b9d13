"""Speaker noun phrases: the source before or after a cue, and the subject a sentence opens with.

No parser: a noun phrase is read word by word from the cue outwards, and ends at
punctuation or at a word that cannot sit inside a subject noun phrase (a preposition
other than "of", a conjunction, a verb form; Quirk et al. 1985, 17.2). Also the small
span helpers the passes share (word counts, trimming).
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.attribution.cues import DAY, MONTH, cue_lexicon
from analysis.attribution.vocabulary import (
    DETERMINERS,
    INTRODUCERS,
    MODALS,
    MONTHS,
    NAME_PARTICLES,
    NP_BREAKERS,
    NUMBER_WORDS,
    OPENERS,
    PASSIVE_AUX,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_SUBJECTS,
    SKIPPABLE,
    WEEKDAYS,
    alternation,
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
# "The Port Authority less than three days ago said": a span of time before "ago"
# (or "later") right before the verb.
_AGO_ADJUNCT = re.compile(
    r"\s+(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|just\s+)?(?:a\s+few|"
    + alternation(NUMBER_WORDS)
    + r"|a|an|\d+)\s+(?:minute|hour|day|week|month|year|decade)s?\s+(?:ago|later)\s*$",
    re.IGNORECASE,
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


def _finish_np(
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
    end = found[-1][1] - (last.endswith(".") and not _ABBREVIATION.match(last))
    return found[0][0], end


def speaker_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before a cue: the subject of ``X (also) said``.

    Reads words backwards from the cue, skipping adverbs and auxiliaries ("also",
    "has"), and stops at punctuation or a word that cannot be inside a noun phrase
    (a preposition other than "of", a conjunction, a verb form). A lone pronoun is
    a whole mention. "of" and "and" are kept only between two noun-phrase words.
    The subject is the head with its postmodifiers ("two people briefed on the merger",
    "the manual of the agency"), never the object of their preposition (a personal
    name's affiliation is cut off later, by
    :func:`analysis.attribution.mention_spans.name_head`), nor a noun phrase inside a
    relative clause on the subject ("a spokeswoman who would not be identified
    because of company rules said" gives "a spokeswoman").
    """
    np = noun_phrase_before(text, lo, cue_start)
    if np is None:
        return None
    head = _relative_clause_head(text, lo, cue_start, np)
    if head is not None:
        return head
    if _verb_after_who(text, lo, np):
        return None  # "those who draft tenancy documents": the relative clause's verb
    return np


def _verb_after_who(text: str, lo: int, np: tuple[int, int]) -> bool:
    """Does the noun phrase open right after "who" with a verb ("who prepare …")?"""
    before = words(text, max(lo, np[0] - 8), np[0])
    first = text[np[0] : np[1]].split()[0]
    return bool(before) and before[-1][2].lower() == "who" and _verb_after_relative(first)


def noun_phrase_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase right before ``cue_start``, postmodifiers read (see
    :func:`speaker_before`; no relative clause or list is looked for)."""
    # A speaker mention never runs over a line break (a paragraph or heading before it).
    window_lo = max(lo, cue_start - 160, text.rfind("\n", lo, cue_start) + 1)
    # "the senator on Tuesday dismissed …": step over a time adjunct before the verb.
    time_adjunct = (
        _TIME_ADJUNCT.search(text, window_lo, cue_start)
        or _MONTH_ADJUNCT.search(text, window_lo, cue_start)
        or _AGO_ADJUNCT.search(text, window_lo, cue_start)
    )
    if time_adjunct and _whole_adjunct(time_adjunct.group()):
        cue_start = time_adjunct.start()
    found = words(text, window_lo, cue_start)
    i = len(found) - 1
    while i >= 0 and (found[i][2].lower() in SKIPPABLE or is_adverb(found[i][2])):
        i -= 1
    if i >= 0 and found[i][2] == ")":
        # "Sen. Ana Ruiz (D-Ore.) said": step over the bracketed aside.
        while i >= 0 and found[i][2] != "(":
            i -= 1
        i -= 1
    if i < 0:
        return None
    if found[i][2].lower() in PRONOUNS | RELATIVE_SUBJECTS:
        # "a message that said, “…”": the relative pronoun is the written subject.
        return found[i][0], found[i][1]
    collected, crossed_of = _collect_before(text, window_lo, found, i)
    collected = _coordinated_adjective(text, window_lo, found, collected)
    collected = _without_leading_verb(found, collected)
    np = _finish_np(collected, MAX_POSTMODIFIED_WORDS if crossed_of else MAX_SPEAKER_WORDS)
    if np is None or not collected:
        return np
    k = found.index(collected[0]) - 1  # the word before the noun phrase
    if k >= 1 and found[k][2] == "by" and _participle_before(found, k):
        return _agent_of_participle(text, lo, found, k, np)
    if k >= 1 and found[k][2] in POSTMODIFIER_PREPOSITIONS | PREPOSITIONS:
        return _postmodified_head(text, lo, found, k, np) or np
    return np


def _without_leading_verb(
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


def _verb_after_relative(word: str) -> bool:
    """Is the lower-case ``word`` right after "who" a verb, not the subject of the
    relative clause ("who officials said", "who the panel found")? ("which state media
    claimed" is left alone: after "which" a noun is as likely.)"""
    return word not in DETERMINERS and word not in source_heads() and word not in PRONOUNS


def _whole_adjunct(adjunct: str) -> bool:
    """Is a time adjunct before the cue whole: no comma after it, or commas on both
    sides ("the senator, on Tuesday, said")? "Ana Ruiz, who met the mayor on Monday,
    said" ends a relative clause there, whose object is no subject."""
    stripped = adjunct.strip()
    return not stripped.endswith(",") or stripped.startswith(",")


def _relative_clause_head(
    text: str, lo: int, cue_start: int, np: tuple[int, int]
) -> tuple[int, int] | None:
    """``One of the doctors who signed the letter called …``: when the noun phrase
    before the cue lies inside a relative clause on the subject ("who" and a verb before
    it, no comma), the subject is the head the clause postmodifies (Quirk et al. 1985,
    17.8). "The woman who Ruiz said …" (the noun phrase right after "who") is the
    relative clause's own subject and is kept."""
    cue_word = first_word(text, cue_start)
    inside = text[np[0] : np[1]].split()
    if inside[0].lower() in {"a", "an"} and not (
        cue_word and cue_word.group().endswith(("d", "s"))
    ):
        return None  # "from an original estimate": a bare form after "a …" is a noun
    stretch = words(text, max(lo, np[0] - 120), np[0])
    for k in range(len(stretch) - 1, -1, -1):
        word = stretch[k][2]
        if not word[:1].isalnum() and word[:1] not in "$€£":
            return None  # a comma, bracket or quotation mark: no restrictive clause
        if word.lower() != "who":
            continue
        if word_count(text, stretch[k][1], cue_start) > 15:
            return None
        first = text[np[0] : np[1]].split()[0]
        if k == len(stretch) - 1 and (
            first[:1].isupper() or first.lower() in DETERMINERS | PRONOUNS | source_heads().keys()
        ):
            return None  # "the woman who Ruiz said …": the clause's own subject speaks
        head = noun_phrase_before(text, lo, stretch[k][0])
        if head is None or text[head[1] : stretch[k][0]].strip():
            return None
        mention = text[head[0] : head[1]]
        if mention.lower() in PRONOUNS or not can_head(text, *head):
            return None
        return head
    return None


def _collect_before(
    text: str, window_lo: int, found: list[tuple[int, int, str]], i: int
) -> tuple[list[tuple[int, int, str]], bool]:
    """The words of the noun phrase ending at ``found[i]``, read backwards, and whether
    they run over an "of" and a determiner.

    A determiner ends the phrase unless "of" stands before it: "the manual of the
    agency" is one phrase, its head "manual" (Quirk et al. 1985, 17.38). When the whole
    runs too long, the phrase after the last "of" is the mention, as before.
    """
    collected: list[tuple[int, int, str]] = []
    after_of: list[tuple[int, int, str]] | None = None
    while i >= 0:
        word = found[i][2]
        low = word.lower()
        if low in {"of", "and", "&"}:
            if not collected or i == 0 or not _np_word(found[i - 1][2]):
                break
            if low == "and" and not (
                collected
                and (is_capitalised(found[i - 1][2]) or _joint_sources(found, i, collected))
            ):
                break
        elif word == "That" and collected and _opens_sentence(text, window_lo, found, i):
            # "That report found …": a demonstrative opening the sentence, no complementizer.
            collected.insert(0, found[i])
            break
        elif not _np_word(word) or (
            collected and low in PRONOUNS and not _pronoun_in_name(found, i, collected[0][2])
        ):
            break
        collected.insert(0, found[i])
        if low in DETERMINERS:
            if i >= 2 and found[i - 1][2] == "of" and _np_word(found[i - 2][2]):
                after_of = after_of or list(collected)
                i -= 1
                continue
            if i >= 1 and found[i - 1][2].lower() in DETERMINERS and low not in PRONOUN_FORMS:
                i -= 1  # "Several other studies", "all the protesters": determiners in a row
                continue
            break
        i -= 1
    if after_of is not None and (
        word_count(text, collected[0][0], collected[-1][1]) > MAX_POSTMODIFIED_WORDS
        or _after_a_verb(found, found.index(collected[0]))
    ):
        # Too long, or the whole is a complement ("are all part of a family of …").
        return after_of, False
    # A name with its affiliation and a second name ("A of Victoria Hospital and B C")
    # may run longer too: "of" and "and" join its parts.
    joins = sum(w.lower() in {"of", "and"} for _, _, w in collected)
    return collected, after_of is not None or joins >= 2


_TIME_AFTER = frozenset({"ago", "later"})
# Words that open a sentence before its subject and are never one: the attribution
# grammar's openers and the conjuncts of ``subject_conjuncts.tsv``.
_OPENERS = OPENERS | lexicons.entries("subject_conjuncts")
_OBJECT_PRONOUNS = frozenset(
    r["entry"] for r in lexicons.rows("attribution_grammar") if r["category"] == "object_pronoun"
)
# "Earlier this week," "Last month,": a span of time opening the sentence.
_LEADING_TIME = re.compile(
    r"(?:earlier\s+|later\s+)?(?:this|last|next)\s+(?:week|weekend|month|year|spring|summer|fall|autumn|winter)\s*,\s*",
    re.IGNORECASE,
)
_VERB_BEFORE_COMPLEMENT = PASSIVE_AUX | MODALS | {"has", "have", "had"}


def _after_a_verb(found: list[tuple[int, int, str]], first: int) -> bool:
    """Does an auxiliary, "be" or a preposition stand right before ``found[first]``? Then
    the phrase is a complement or an object ("are all part of a family of …", "In the
    wake of the …"), and only its part after "of" may be a subject."""
    before = found[first - 1][2].lower() if first >= 1 else ""
    return before in _VERB_BEFORE_COMPLEMENT or before in PREPOSITIONS


def _coordinated_adjective(
    text: str, window_lo: int, found: list[tuple[int, int, str]], collected: list
) -> list[tuple[int, int, str]]:
    """``One short, 8-week study found``: coordinated adjectives split by a comma
    (Quirk et al. 1985, 17.124) before a document noun keep the determiner that opens the
    sentence; the comma does not end this noun phrase."""
    if not collected or source_heads().get(collected[-1][2].lower()) != "document":
        return collected
    k = found.index(collected[0])
    if k != 3 or found[2][2] != "," or not _opens_sentence(text, window_lo, found, 0):
        return collected
    determiner, adjective = found[0][2], found[1][2]
    if determiner.lower() not in DETERMINERS or not adjective.isalpha() or not adjective.islower():
        return collected
    return found[:3] + collected


def _pronoun_in_name(found: list[tuple[int, int, str]], i: int, following: str) -> bool:
    """Is the capitalised pronoun ``found[i]`` part of a name ("The We Company"): after
    "The" and before a capitalised word?"""
    return (
        found[i][2][:1].isupper()
        and i >= 1
        and found[i - 1][2] == "The"
        and following[:1].isupper()
    )


def _joint_sources(found: list[tuple[int, int, str]], i: int, collected: list) -> bool:
    """``engineers and sources in the tower told``: "and" between two source nouns joins
    them into one speaker (a coordinated subject, Quirk et al. 1985, 13.56)."""
    heads = source_heads()
    return found[i - 1][2].lower() in heads and collected[0][2].lower() in heads


def _opens_sentence(text: str, window_lo: int, found: list[tuple[int, int, str]], i: int) -> bool:
    """Is ``found[i]`` the first word of its stretch (only quotation marks before it)?"""
    return i == 0 and not text[window_lo : found[0][0]].strip(" \"“‘'(")


_PARTICIPLE_ENDINGS = ("ed", "ing")


def _postmodifier_word(word: str, preposition: str) -> bool:
    """A lower-case adjective or participle that takes a prepositional complement
    inside a subject: "familiar (with)", "briefed (on)", "marching (through)". A
    participle before "to" is a catenative verb ("threatened to make"), not one."""
    if not word.islower():
        return False
    if word in POSTMODIFYING_ADJECTIVES:
        return preposition in PREPOSITIONS
    return word.endswith(_PARTICIPLE_ENDINGS) and preposition in PREPOSITIONS - {"to"}


def can_head(text: str, lo: int, hi: int) -> bool:
    """Can text[lo:hi] head a source: a source noun ("officials", "a study") or a name?"""
    found = [w for _, _, w in words(text, lo, hi)]
    return any(w.lower() in source_heads() for w in found) or is_capitalised(found[-1])


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
    head = noun_phrase_before(text, lo, found[j][0])  # steps over an adverb before the participle
    if head is None or not set(text[head[1] : found[j][0]].split()) <= {
        w for _, _, w in found[j - 1 : j] if is_adverb(w)
    }:
        return None
    if word_count(text, head[0], np[1]) > MAX_POSTMODIFIED_WORDS:
        return head  # "a 30-page analysis released by the Ministry of …": the head speaks
    return head[0], np[1]


def _postmodified_head(
    text: str, lo: int, found: list[tuple[int, int, str]], k: int, np: tuple[int, int]
) -> tuple[int, int] | None:
    """``a spokesman for the ministry said``, ``Ana Ruiz of the clinic in the UK told``,
    ``two people briefed on the merger said``: the noun phrase before the cue is the
    object of a preposition that postmodifies the subject's head (Quirk et al. 1985,
    17.37), or that completes an adjective or participle postmodifying it (17.56,
    17.30), so the subject runs from that head: a source noun (role, body, document)
    or a name. None when there is no such head right before the preposition."""
    preposition = found[k][0]
    head = noun_phrase_before(text, lo, preposition)
    if head is None or text[head[1] : preposition].strip():
        return None
    before = words(text, max(lo, head[0] - 20), head[0])
    if before and (before[-1][2].lower() in _VERB_BEFORE_COMPLEMENT | PREPOSITIONS):
        return None  # "are all part of a family of …", "with the board of …": no subject
    last = words(text, head[0], head[1])[-1][2]
    if _postmodifier_word(last, found[k][2]) and head[1] - len(last) > head[0]:
        # "people familiar with": the head is the noun before the adjective.
        if not can_head(text, head[0], head[1] - len(last)):
            return None
        if word_count(text, head[0], np[1]) > MAX_POSTMODIFIED_WORDS:
            return None
        return head[0], np[1]
    if found[k][2] not in POSTMODIFIER_PREPOSITIONS or not can_head(text, *head):
        return None
    if word_count(text, head[0], np[1]) > MAX_POSTMODIFIED_WORDS:
        return head  # the head speaks; its postmodifiers run too long to be the mention
    return head[0], np[1]


def speaker_after(
    text: str, cue_end: int, hi: int, *, name_ends: bool = False
) -> tuple[int, int] | None:
    """The noun phrase right after a cue: ``said X``, ``according to X``.

    With ``name_ends`` a name followed by a lower-case word ends there ("Ana Ruiz
    spoke"): used where a verb, not the end of the phrase, comes next. A source head
    keeps an adjective or participle postmodifier ("people familiar with the matter")
    and a document its author ("data from BondWatch"). A personal name keeps its
    affiliation here ("Ana Ruiz of the clinic"); :mod:`analysis.attribution.mention_spans` cuts
    it off later.
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
            if not collected or k + 1 >= len(found) or not _np_word(found[k + 1][2]):
                break
            if low == "and" and not is_capitalised(found[k + 1][2]):
                break
        elif not _np_word(word) or (
            low in PRONOUNS
            and not (
                collected
                and _pronoun_in_name(found, k, found[k + 1][2] if k + 1 < len(found) else "")
            )
        ):
            break
        elif word.islower() and low in cue_lexicon() and not _head_noun_due(collected, low):
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
        if _words_after_genitive(collected) > MAX_SPEAKER_WORDS:
            if before_postmodifier is None:
                return None
            if len(collected) > MAX_POSTMODIFIED_WORDS:
                collected = before_postmodifier  # the head alone: its postmodifier runs on
                break
    np = _finish_np(collected, MAX_POSTMODIFIED_WORDS)
    return _coordinated_titles(text, np, hi, name_ends) if np is not None else None


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
    if _postmodifier_word(word, following):
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
    return _postmodifier_word(found[k - 1][2], found[k][2])


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


def leading_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject a sentence opens with, after openers like "But" or "Meanwhile,", an
    introductory phrase ("In Aspen, Colo.,"), a span of time ("Earlier this week,", "A
    month later,") or a participle clause ("Speaking at a rally in Salem, …")."""
    found = words(text, lo, min(hi, lo + 200))
    k = _past_openers(text, found)
    if k is None or k >= len(found):
        return None
    if _opens_participle_clause(found, k):
        return _subject_after_participle_clause(text, found, k, hi)
    if _predicate_first(found, k):
        return None
    return speaker_after(text, found[k][0], hi, name_ends=True)


def _past_openers(text: str, found: list[tuple[int, int, str]]) -> int | None:
    """The index of the first word after a sentence's openers, introductory phrase and
    span of time; None when an introductory phrase has no comma to end it."""
    k = 0
    while k < len(found) and (found[k][2].lower() in _OPENERS or found[k][2] in ",;"):
        k += 1
    time = _LEADING_TIME.match(text, found[k][0]) if k < len(found) else None
    if time is not None:
        # "Earlier this week, Mabry pressed …": the span of time is no subject.
        k = next((j for j in range(k, len(found)) if found[j][0] >= time.end()), len(found))
    if k < len(found) and found[k][2].lower() in INTRODUCERS:
        # "In an interview last year, Lazar said …": skip the introductory phrase.
        comma = next((j for j in range(k, len(found)) if found[j][2] == ","), None)
        if comma is None:
            return None
        k = _past_place(found, comma) + 1
    later = next(
        (j for j in range(k, min(k + 5, len(found))) if found[j][2].lower() in _TIME_AFTER), None
    )
    if later is not None and _AGO_ADJUNCT.search(" " + text[found[k][0] : found[later][1]]):
        # "A few hours later they changed course": the span of time is no subject.
        k = later + 1 + (later + 1 < len(found) and found[later + 1][2] == ",")
    return k


def _past_place(found: list[tuple[int, int, str]], comma: int) -> int:
    """``At a conference in Aspen, Colo., the …``: a place name ending an introductory
    phrase may carry its state or country after a comma ("City, State,"); the index of
    the comma that ends it."""
    if comma < 1 or not found[comma - 1][2][:1].isupper():
        return comma
    nxt = next(
        (j for j in range(comma + 1, min(comma + 5, len(found))) if found[j][2] == ","), None
    )
    if nxt is None or nxt == comma + 1:
        return comma
    place = [w for _, _, w in found[comma + 1 : nxt]]
    if len(place) == 1 and place[0][:1].isupper() and found[comma - 1][2] not in MONTHS:
        return nxt  # one word ("Iowa", "Colo."): "In Ames, Ana Ruiz, …" keeps its subject
    return comma


def _predicate_first(found: list[tuple[int, int, str]], k: int) -> bool:
    """Does the stretch open with a predicate, no subject? A lower-case "-ed"/"-ing"
    word without a source noun after it ("delivered a blunt message"; "elected
    officials" is a subject), or a bare word before an object pronoun ("put it")."""
    first = found[k][2]
    if not first.islower():
        return False
    following = found[k + 1][2].lower() if k + 1 < len(found) else ""
    if first.endswith(_PARTICIPLE_ENDINGS) and following not in source_heads():
        return True
    if first in DETERMINERS or first in source_heads() or first in PRONOUNS:
        return False
    return following in _OBJECT_PRONOUNS


def _opens_participle_clause(found: list[tuple[int, int, str]], k: int) -> bool:
    """``Speaking at a town hall, …``, ``Chastened by the analyses, …``: a sentence
    opening with a participle clause (Quirk et al. 1985, 15.58) before its subject."""
    word = found[k][2]
    if not word[:1].isupper() or not word[1:].islower() or k + 1 >= len(found):
        return False
    following = found[k + 1][2].lower()
    return word.lower().endswith(_PARTICIPLE_ENDINGS) and (
        following in PREPOSITIONS or following in DETERMINERS
    )


def _subject_after_participle_clause(
    text: str, found: list[tuple[int, int, str]], k: int, hi: int
) -> tuple[int, int] | None:
    """The subject after an opening participle clause: the first noun phrase after one
    of its commas that a lower-case word (the verb) follows ("…, in Salem, New
    Hampshire, Ana Ruiz went": not "New Hampshire," which a comma follows)."""
    commas = [j for j in range(k, len(found)) if found[j][2] == ","][:5]
    for j in commas:
        if j + 1 >= len(found):
            return None
        subject = speaker_after(text, found[j + 1][0], hi, name_ends=True)
        if subject is None:
            continue
        after = first_word(text, subject[1] + 1)
        if after is not None and after.start() == subject[1] + 1 and after.group().islower():
            return subject
    return None
