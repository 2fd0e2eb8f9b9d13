"""A source's noun phrase before its cue, postmodifiers included.

``A person familiar with the talks said …``, ``officials who attended the meeting
said``, ``Canada's ambassador to Mexico said``: the subject of a reporting clause is a
noun phrase whose head is a source noun and which may carry a prepositional phrase, a
participle or a relative clause after the head (Quirk et al. 1985, 17.37 and 17.8).
Read for the sentence-final frames of :mod:`~analysis.attribution.trailing` and the
relayed reports of :mod:`~analysis.attribution.nested`.
"""

from __future__ import annotations

import re

from analysis.attribution.cues import cue_lexicon
from analysis.attribution.phrases import (
    POSTMODIFYING_ADJECTIVES,
    is_adverb,
    speaker_after,
    speaker_before,
    strip_span,
    words,
)
from analysis.attribution.state import State
from analysis.attribution.vocabulary import (
    ADJUNCT_OPENERS,
    DETERMINERS,
    OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_SUBJECTS,
    SKIPPABLE,
    SUBORDINATORS,
    grammar,
    source_heads,
)

# A postmodifier after a source's head is a few words long ("familiar with the talks").
MAX_POSTMODIFIER_WORDS = 12
_NOT_IN_POSTMODIFIER = (
    PRONOUNS
    | SUBORDINATORS
    | ADJUNCT_OPENERS
    | frozenset(grammar("finite_auxiliary"))
    | frozenset(grammar("clause_link"))
)
_OBJECT_PRONOUNS = frozenset(grammar("object_pronoun"))
_EXAMPLE_POSTMODIFIERS = tuple(p.split() for p in grammar("example_postmodifier"))


def example_words(rest: list[str]) -> int:
    """How many words of ``rest`` open a postmodifier that names examples of the head
    ("like", "such as", "including"; Quirk et al. 1985, 17.33): 0 when none does."""
    low = [w.lower() for w in rest[:2]]
    return next((len(p) for p in _EXAMPLE_POSTMODIFIERS if low[: len(p)] == p), 0)


_RELATIVES = RELATIVE_SUBJECTS | {"who"}


def postmodified_subject(
    state: State, s_lo: int, cue_start: int, found: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``A person familiar with the talks said …``, ``Aides to Ruiz say …``: when the
    clause before the cue is one source head with a postmodifier, that whole noun
    phrase is the subject, not the object of its last preposition (``found``, what
    :func:`speaker_before` read back from the cue)."""
    if found is None:
        return None
    text = state.text
    lo = max(s_lo, max(text.rfind(ch, s_lo, found[0]) for ch in ",;:—–") + 1)
    for _, end, word in words(text, lo, found[0]):
        if word.lower() not in OPENERS:
            break
        lo = end
    lo = strip_span(text, lo, found[0])[0]
    if lo >= found[0]:
        return found
    wider = source_before(state, lo, cue_start)
    return wider if wider is not None and wider[0] < found[0] < wider[1] else found


def source_before(state: State, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The source filling text[lo:cue_start]: a noun phrase, optionally postmodified
    ("a person familiar with the talks", "officials who attended", Quirk et al. 1985,
    17.37 and 17.8)."""
    text = state.text
    lo, hi = strip_span(text, lo, cue_start)
    if hi <= lo or any(ch in text[lo:hi] for ch in ",;:()") or state.has_quotation(lo, hi):
        return None
    plain = speaker_before(text, lo, cue_start)
    if plain is not None and text[plain[0] : plain[1]].lower() in _RELATIVES:
        return None  # "…, the late X, who wrote as Y": a relative clause, not a source
    last_end = _last_word_end(text, lo, cue_start)
    if plain is not None and plain[0] == lo and plain[1] >= last_end:
        return plain  # (not "officials" of "officials who attended the meeting")
    head = speaker_after(text, lo, hi, name_ends=True) or _possessed_head(text, lo, hi)
    if head is not None:
        head = _before_ing_participle(text, head)
    if head is None or head[0] != lo or head[1] >= hi:
        return None
    head_words = [w.lower() for w in text[head[0] : head[1]].split()]
    if len(head_words) > 1 and head_words[-1] in POSTMODIFYING_ADJECTIVES:
        head_words.pop()  # "a person familiar": the adjective opens the postmodifier
    if head_words[-1] not in source_heads():
        return None  # "the hosts scored nine quick", "The word … came a week"
    rest = [w for _, _, w in words(text, head[1], cue_start)]
    if not postmodifier(rest):
        return None
    return lo, last_end


# A possessor opening a noun phrase: "Canada's", "the mayor's", "Ana Ruiz's".
_POSSESSOR = re.compile(r"(?:(?:the|The|a|A)\s+)?(?:[\w.-]+\s+){0,2}[\w.-]+(?:’s|'s|s’|s')\s+")


def _possessed_head(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``Canada's ambassador to Mexico said``: a head after a possessor (a determiner
    genitive, Quirk et al. 1985, 5.115) is read after it, and the possessor belongs to
    the noun phrase; without this the subject shrank to the object of "to"."""
    found = _POSSESSOR.match(text, lo, hi)
    if found is None:
        return None
    head = speaker_after(text, found.end(), hi, name_ends=True)
    return (lo, head[1]) if head is not None and head[0] == found.end() else None


def _before_ing_participle(text: str, head: tuple[int, int]) -> tuple[int, int]:
    """The head noun phrase up to an "-ing" participle right after a person or body noun
    ("the doctors offering to run …" → "the doctors"): with no auxiliary before it, the
    participle opens a reduced relative clause on that head (Quirk et al. 1985, 17.30),
    never the verb of the clause; read only before an infinitive ("offering to")."""
    found = words(text, *head)
    heads = source_heads()
    for k in range(1, len(found)):
        word = found[k][2]
        category = heads.get(found[k - 1][2].lower())
        infinitive = text[found[k][1] : found[k][1] + 4] == " to "
        if (
            word.islower()
            and word.endswith("ing")
            and category in ("person", "body")
            and infinitive
        ):
            return head[0], found[k - 1][1]
    return head


def postmodifier(rest: list[str]) -> bool:
    """Are these words a postmodifier of a source's head: a prepositional phrase
    ("with knowledge of the talks"), a participle ("briefed on the call") or a relative
    clause ("who attended the meeting"), with no clause of its own after it ("turned
    around as he …")?"""
    first = rest[0] if rest else ""
    if len(rest) > MAX_POSTMODIFIER_WORDS or not first.islower():
        return False
    example = example_words(rest)
    if example and len(rest) > example:  # "experts like Ana Ruiz", "critics such as the mayor"
        return not any(
            w.lower() in _NOT_IN_POSTMODIFIER or inflected_cue(w) for w in rest[example:]
        )
    verb_at = 1 if first in _RELATIVES else 0
    participle = first.endswith(("ed", "en", "ing"))
    if not (verb_at or first in PREPOSITIONS or participle):
        return False
    catenative_ing = first.endswith("ing") and rest[1:2] == ["to"]  # "offering to run"
    if participle and not verb_at and not catenative_ing and not agent_or_place(rest[1:3]):
        return False  # "One trustee threatened to make …": a main verb, not a participle
    later = [w.lower() for w in rest[verb_at + 1 :]]
    return not any(w in _NOT_IN_POSTMODIFIER or w.endswith("ed") or inflected_cue(w) for w in later)


def agent_or_place(after: list[str]) -> bool:
    """Does a prepositional phrase follow a participle ("briefed on the talks", "led by
    X", "opposed to the plan"), not an infinitive ("threatened to make")?"""
    if not after or after[0].lower() not in PREPOSITIONS:
        return False
    if after[0].lower() != "to":
        return True
    following = after[1] if len(after) > 1 else ""
    return following[:1].isupper() or following.lower() in DETERMINERS | _OBJECT_PRONOUNS


def inflected_cue(word: str) -> bool:
    """An inflected reporting-verb form ("found", "says"), not a bare one that is also a
    noun ("call"): a verb of its own, so no part of a postmodifier."""
    entry = cue_lexicon().get(word)
    return entry is not None and entry[1] == "verb" and word != entry[0].split()[0]


def _last_word_end(text: str, lo: int, cue_start: int) -> int:
    """The end of the last word before the cue, the adverbs and auxiliaries that
    :func:`speaker_before` skips left out ("… familiar with the talks also said")."""
    found = words(text, lo, cue_start)
    while found and (found[-1][2].lower() in SKIPPABLE or is_adverb(found[-1][2])):
        found.pop()
    return found[-1][1] if found else strip_span(text, lo, cue_start)[1]
