"""Cue forms that, in their sentence, frame no source's words but the author's own.

- A hypothetical source: "Others might argue that …", "Some could say …": an indefinite
  subject with a modal of possibility voices an argument the author imagines (Quirk et
  al. 1985, 4.49-4.58 on tentative possibility), no one's statement.
- A verb of knowing or recording before an interrogative "if"/"whether" clause: "until
  they learn if it will sell", "the team noted if and how often …" is a state of
  knowledge or a record kept, not a report (Quirk et al. 1985, 16.35 on dependent
  yes-no interrogatives).
- A verb of telling with an object and "of": "which reminds us of the old days" evokes,
  it reports nothing (Quirk et al. 1985, 16.58).
- A noun-like cue form that heads a compound subject followed by its own verb and the
  verb's object: "Enemy attacks track you", "Border states fund the scheme" (the "-s"
  form is a plural noun; Quirk et al. 1985, 17.108 on noun premodifiers).
"""

from __future__ import annotations

import re

from analysis.attribution.phrase_words import words
from analysis.attribution.vocabulary import (
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SKIPPABLE,
    grammar,
)

_HYPOTHETICAL_SUBJECTS = frozenset(grammar("hypothetical_subject"))
_TENTATIVE_MODALS = frozenset(grammar("tentative_modal"))
_INTERROGATIVE_ONLY = frozenset(grammar("interrogative_state_lemma"))
_YES_NO = frozenset(grammar("yes_no_interrogative"))
_OBJECT_PRONOUNS = frozenset(grammar("object_pronoun"))
_OBJECT_OPENERS = DETERMINERS | _OBJECT_PRONOUNS
_MAX_BETWEEN = 4
_OF_SENSE = frozenset(grammar("of_object_sense_lemma"))
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def hypothetical_source(text: str, speaker: tuple[int, int], cue_start: int) -> bool:
    """``Others, though, might argue that …``: an indefinite subject and a tentative modal
    between it and the cue (:data:`_TENTATIVE_MODALS`)."""
    if text[speaker[0] : speaker[1]].lower() not in _HYPOTHETICAL_SUBJECTS:
        return False
    between = [w.lower() for w in _WORD.findall(text, speaker[1], cue_start)]
    # ("Others, though, might argue": a linking adverb may stand between)
    return len(between) <= _MAX_BETWEEN and any(w in _TENTATIVE_MODALS for w in between)


def interrogative_state(text: str, lemma: str, cue_end: int) -> bool:
    """``they know if it will pay``, ``noted whether …``: a verb of knowing or recording
    right before "if" or "whether"."""
    if lemma not in _INTERROGATIVE_ONLY:
        return False
    after = _WORD.match(text, cue_end + 1) if text[cue_end : cue_end + 1] == " " else None
    return after is not None and after.group().lower() in _YES_NO


def noun_before_own_verb(text: str, cue_end: int, noun_like: bool) -> bool:
    """``Enemy attacks track you``: a noun-like cue form followed by a lower-case word
    that is no function word, then an object pronoun or determiner: that word is the
    verb of the subject the cue form heads, and the cue is a plural noun."""
    if not noun_like:
        return False
    after = words(text, cue_end, min(len(text), cue_end + 40))[:2]
    if len(after) < 2 or not all(_WORD.fullmatch(w) for _, _, w in after):
        return False
    verb, obj = after[0][2], after[1][2]
    if not verb.islower() or verb in _FUNCTION_WORDS or verb.endswith(("ly", "ing", "ed")):
        return False
    return obj.lower() in _OBJECT_OPENERS


_FUNCTION_WORDS = (
    PREPOSITIONS
    | DETERMINERS
    | PRONOUNS
    | SKIPPABLE
    | frozenset(grammar("finite_auxiliary"))
    | frozenset(grammar("clause_link"))
    | frozenset(grammar("coordinator"))
    | frozenset(grammar("np_breaker"))
)


def evocation(text: str, lemma: str, cue_end: int) -> bool:
    """``which reminds us of the old harbour``, ``reminded him of his father``: a verb
    of telling with an object pronoun and "of" + a noun phrase evokes a likeness or a memory; it
    reports something only with a clause ("reminded us that …"; Quirk et al. 1985,
    16.58 on prepositional complements)."""
    if lemma not in _OF_SENSE:
        return False
    after = [w.lower() for w in _WORD.findall(text, cue_end, min(len(text), cue_end + 40))[:3]]
    # an object pronoun: "reminded voters of the rules" may still tell them something
    return len(after) >= 2 and after[0] in _OBJECT_PRONOUNS and after[1] == "of"
