"""The speaker noun phrase that ends right before a cue: the subject of "X (also) said".

Read backwards, word by word, from the cue: over a time adjunct before the verb ("the
senator on Tuesday dismissed"), adverbs, auxiliaries and a bracketed aside; across
"of" and a determiner ("the manual of the agency", Quirk et al. 1985, 17.38) and
coordinated adjectives (17.124) or sources (13.56); up to the head a relative clause
(17.8), a reduced relative (17.30) or a prepositional postmodifier (17.37, 17.56)
postmodifies. Word helpers are in :mod:`~analysis.attribution.phrase_words`; what the
backward reading takes in and gives back (a fronted time, an occasion before a titled
name, a ratio of people polled) in :mod:`~analysis.attribution.subject_trims`.
"""

from __future__ import annotations

import re

from analysis.attribution.cues import cue_lexicon
from analysis.attribution.participle_heads import people_before_participle
from analysis.attribution.phrase_words import (
    MAX_POSTMODIFIED_WORDS,
    MAX_SPEAKER_WORDS,
    PRONOUN_FORMS,
    can_head,
    finish_np,
    first_word,
    is_adverb,
    is_capitalised,
    np_word,
    postmodifier_word,
    pronoun_in_name,
    ratio_start,
    word_count,
    words,
)
from analysis.attribution.subject_trims import (
    GOVERNING,
    focusing_adverb_after_subject,
    noun_after_object,
    pronoun_and_possessed,
    pronoun_before_clitic,
    share_of_those,
    share_of_those_before,
    share_ratio,
    those_postmodified,
    without_fronted_time,
    without_leading_verb,
    without_place_before_name,
)
from analysis.attribution.time_adjuncts import (
    closing_comma,
    time_adjunct_before,
    whole_adjunct,
)
from analysis.attribution.vocabulary import (
    DETERMINERS,
    MODALS,
    MONTHS,
    PASSIVE_AUX,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_SUBJECTS,
    SKIPPABLE,
    WEEKDAYS,
    grammar,
    source_heads,
)

# "those who drew up the plan": a demonstrative heading a relative clause (Quirk 6.43)
PLURAL_DEMONSTRATIVES = frozenset(grammar("plural_demonstrative"))


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
    if np is None or _noun_before_parenthetical(text, cue_start):
        return None
    head = _relative_clause_head(text, lo, cue_start, np)
    if head is not None:
        return head
    if _verb_after_who(text, lo, np):
        return None  # "those who draft tenancy documents": the relative clause's verb
    share = share_of_those(text, lo, np[0])
    return np if share is None else (share, np[1])


_PARENTHETICAL = re.compile(r",\s+(\w+)\s+(\w+),")


def _noun_before_parenthetical(text: str, cue_start: int) -> bool:
    """``Cost estimates, he added, would rise``: a cue form in "-s" right before a
    parenthetical reporting clause (a pronoun and a cue verb between commas; Quirk et al.
    1985, 15.54) is a plural noun, the head of the content's subject, and no verb."""
    cue_word = first_word(text, cue_start)
    if cue_word is None or not cue_word.group().endswith("s"):
        return False
    aside = _PARENTHETICAL.match(text, cue_word.end())
    return bool(aside) and aside[1].lower() in PRONOUNS and aside[2] in cue_lexicon()


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
    time_adjunct = time_adjunct_before(text, window_lo, cue_start)
    if time_adjunct and whole_adjunct(time_adjunct.group()):
        cue_start = time_adjunct.start()
        if time_adjunct.group().lstrip().startswith(",") and not closing_comma(time_adjunct):
            # "Ruiz, whose views upset her party, last year proposed": the comma before
            # the adjunct closes an aside on the subject; the phrase before it is no subject.
            cue_start = text.index(",", cue_start) + 1
    found = words(text, window_lo, cue_start)
    i = len(found) - 1
    while i >= 0 and (found[i][2].lower() in SKIPPABLE or is_adverb(found[i][2])):
        i -= 1
    if i >= 1 and focusing_adverb_after_subject(found, i):
        i -= 1  # "He only found", "she too said": a focusing adverb after the subject
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
    pronoun = pronoun_before_clitic(text, found[i], cue_start)
    if pronoun is not None:
        return pronoun  # "he’d respond", "they’ve said": the pronoun before its auxiliary
    collected, crossed_of = _collect_before(text, window_lo, found, i)
    collected = _coordinated_adjective(text, window_lo, found, collected)
    collected = without_leading_verb(found, collected)
    collected = without_fronted_time(text, collected)
    collected = without_place_before_name(collected)
    collected = pronoun_and_possessed(found, collected)  # "he and his wife said"
    ratio = share_ratio(found, found.index(collected[-1])) if collected else None
    if ratio is not None:
        return ratio
    np = finish_np(collected, MAX_POSTMODIFIED_WORDS if crossed_of else MAX_SPEAKER_WORDS)
    if np is None or not collected:
        return np
    k = found.index(collected[0]) - 1  # the word before the noun phrase
    if k >= 1 and found[k][2] == "by" and _participle_before(found, k):
        return _agent_of_participle(text, lo, found, k, np)
    people = people_before_participle(text, lo, found, k, np, noun_phrase_before)
    if people is not None:
        return people  # "Scientists using a telescope have confirmed": the scientists
    if k >= 1 and found[k][2].lower() in GOVERNING:
        return None if noun_after_object(text, found, k, cue_start) else np
    if k >= 1 and found[k][2] in POSTMODIFIER_PREPOSITIONS | PREPOSITIONS:
        those = those_postmodified(text, found, k, np)  # "Those in favor of it say"
        if those is not None:
            return those
        head = _postmodified_head(text, lo, found, k, np) or np
        at = next((j for j, w in enumerate(found) if w[0] == head[0]), 0) - 1
        people = people_before_participle(text, lo, found, at, head, noun_phrase_before)
        return people or head  # "scientists using a telescope atop Mount Vexa"
    if k >= 1 and found[k][2] in {"and", "or"} and noun_after_object(text, found, k, cue_start):
        return None
    return np


def ratio_subject(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of ``One in three said``: a ratio of people polled right before the
    cue (its last word, a numeral, is no determiner here), or None."""
    found = speaker_before(text, lo, cue_start)
    if found is None or ratio_start(text[found[0] : found[1]].split()) is None:
        return None
    return found


def _verb_after_relative(word: str) -> bool:
    """Is the lower-case ``word`` right after "who" a verb, not the subject of the
    relative clause ("who officials said", "who the panel found")? ("which state media
    claimed" is left alone: after "which" a noun is as likely.)"""
    return word not in DETERMINERS and word not in source_heads() and word not in PRONOUNS


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
        if word.lower() not in {"who", "whose"}:  # "officials whose offices were raided said"
            continue
        if word_count(text, stretch[k][1], cue_start) > 15:
            return None
        first = text[np[0] : np[1]].split()[0]
        if k == len(stretch) - 1 and (
            first[:1].isupper() or first.lower() in DETERMINERS | PRONOUNS | source_heads().keys()
        ):
            return None  # "the woman who Ruiz said …": the clause's own subject speaks
        those = share_of_those_before(text, lo, stretch, k)
        if those is not None:
            return those  # "31 percent of those who picked a party said"
        if (
            0 < k < len(stretch) - 1  # ("those who draft tenancy documents": np after "who")
            and word == "who"
            and stretch[k - 1][2].lower() in PLURAL_DEMONSTRATIVES
        ):
            return stretch[k - 1][0], np[1]  # "those who drew up the plan": all of it speaks
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
            if not collected or i == 0 or not np_word(found[i - 1][2]):
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
        elif low == "per" and collected and collected[0][2].lower() == "cent":
            pass  # "63 per cent": one word written as two
        elif not np_word(word) or (
            collected and low in PRONOUNS and not pronoun_in_name(found, i, collected[0][2])
        ):
            break
        collected.insert(0, found[i])
        if low in DETERMINERS:
            if i >= 2 and found[i - 1][2] == "of" and np_word(found[i - 2][2]):
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


def _joint_sources(found: list[tuple[int, int, str]], i: int, collected: list) -> bool:
    """``engineers and sources in the tower told``: "and" between two source nouns joins
    them into one speaker (a coordinated subject, Quirk et al. 1985, 13.56)."""
    heads = source_heads()
    return found[i - 1][2].lower() in heads and collected[0][2].lower() in heads


def _opens_sentence(text: str, window_lo: int, found: list[tuple[int, int, str]], i: int) -> bool:
    """Is ``found[i]`` the first word of its stretch (only quotation marks before it)?"""
    return i == 0 and not text[window_lo : found[0][0]].strip(" \"“‘'(")


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
    if text[head[0] : head[1]] in MONTHS + WEEKDAYS:
        return None  # "Saturday at the convention": a day, no head of a source
    before = words(text, max(lo, head[0] - 20), head[0])
    if before and (before[-1][2].lower() in _VERB_BEFORE_COMPLEMENT | PREPOSITIONS):
        return None  # "are all part of a family of …", "with the board of …": no subject
    last = words(text, head[0], head[1])[-1][2]
    if postmodifier_word(last, found[k][2]) and head[1] - len(last) > head[0]:
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
