"""Verbs of evidence and reply whose content is a clause without "that" (issue 10).

"A survey of donors found the mayor had lost ground", "Hale suggested the board could
wait": a verb of evidence ("show", "find", "suggest") or of reply ("respond", "offer")
reports when its content is a clause (Hunston 2000; Quirk et al. 1985, 16.32, "that"
omitted). Unlike a verb of saying, such a verb far more often takes a plain object ("found
a likely reason for the drought", "offers the phone repaired for $90",
"discovered a kind of moss known as …"), so only a sure clause counts: a subject of a few
words, none a clause word or preposition, then a finite auxiliary or modal.
"""

from __future__ import annotations

import re

from analysis.attribution.plan_words import PLAN_ONLY, plan_after
from analysis.attribution.shapes import CLAUSE_WORDS, COORDINATORS, FINITE, WORD, cue_lemma, depicts
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import (
    DETERMINERS,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    grammar,
    source_heads,
)

# How many words a subject before the auxiliary may have ("the party's two leading
# candidates could"): longer openings are more often an object with its own clause.
_SUBJECT_WORDS = 6
_NEGATED = ("n't", "n’t")


def _auxiliary(word: str) -> bool:
    """A finite auxiliary or modal, negated or not ("had", "hadn't", "couldn’t")."""
    low = word.lower()
    for ending in _NEGATED:
        if low.endswith(ending):
            low = {"wo": "will", "ca": "can"}.get(low[: -len(ending)], low[: -len(ending)])
    return low in FINITE


def clause_without_that(text: str, a: Attribution) -> bool:
    """Does the content after the cue open with a subject and a finite auxiliary before
    any comma ("the mayor had lost ground", "Trump’s refusal could cost him")? Not after
    a clause word, relative pronoun or preposition ("one explanation for what cells do"),
    nor when the content opens with a coordinator ("…, but he appears")."""
    if a.cue_end is None or a.cue_end > a.start + 1:
        return False
    opening = text[a.start : a.end].split(",", 1)[0].split(";", 1)[0]
    words = [m.group() for m in WORD.finditer(opening)][: _SUBJECT_WORDS + 1]
    if not words or words[0].lower() in COORDINATORS:
        return False
    stops = CLAUSE_WORDS | RELATIVE_PRONOUNS | PREPOSITIONS - {"to"}
    for k, word in enumerate(words):
        if word.lower() in stops:
            return False
        if k and _auxiliary(word):
            return True
    return False


_PROPOSING = frozenset(grammar("proposing_verb"))
_GERUND = re.compile(r"[a-z]{3,}ing\b")
# Speaker forms of people: a proposal is made by someone ("data suggests growing demand"
# is a finding with an adjective, not a proposal).
_PEOPLE = frozenset({"name", "person", "pronoun"})


def proposes_an_act(text: str, a: Attribution, form: str) -> bool:
    """``Hale suggests cutting the levy``: a verb of proposal (``proposing_verb``) whose
    content opens with a gerund, said by a person, reports the proposal (Quirk et al.
    1985, 16.39)."""
    if form not in _PEOPLE or a.cue_start is None or a.cue_end is None:
        return False
    if a.cue_end > a.start + 1 or cue_lemma(text, a) not in _PROPOSING:
        return False
    return _GERUND.match(text, a.start) is not None


_SPEECH_NOUNS = frozenset(grammar("speech_noun"))
# How many words of the object may come before its noun of speech ("the crowd an
# emotional, halting apology").
_OBJECT_WORDS = 6


def offers_words(text: str, a: Attribution, form: str) -> bool:
    """``Hale offered the crowd an emotional apology for the delay``: a verb of reply
    whose object is a noun of speech (``speech_noun``: apology, assessment, rebuttal),
    said by a person, reports words given (Quirk et al. 1985, 17.54); "offered a free
    version", "offered an olive branch" name no words."""
    if form not in _PEOPLE or a.cue_end is None or a.cue_end > a.start + 1:
        return False
    opening = text[a.start : a.end].split(",", 1)[0]
    for word in [m.group().lower() for m in WORD.finditer(opening)][:_OBJECT_WORDS]:
        if word in _SPEECH_NOUNS:
            return True
        if word in PREPOSITIONS or word in CLAUSE_WORDS:
            return False  # "responded to the allegations", "offered help with what"
    return False


def headed_by_document(mention: str) -> bool:
    """``A study by the watchdog group``, ``a survey on Tuesday of party operatives``: a
    mention whose head before its first postmodifying preposition is a document noun
    (Quirk et al. 1985, 17.2: the head precedes its postmodifier), though a person or
    group noun ends it; not a picture ("a video of the crowd" depicts)."""
    words = [w.lower().strip(".,;:’'") for w in mention.split()]
    cut = next((k for k, w in enumerate(words) if w in _POSTMODIFIERS), None)
    if not cut:
        return False
    head = words[cut - 1]
    return source_heads().get(head) == "document" and not depicts(head)


_POSTMODIFIERS = POSTMODIFIER_PREPOSITIONS | PREPOSITIONS


# Words before a late finite verb that make it no content clause's: a comparison.
_NOT_A_THOUGHT_CLAUSE = frozenset(grammar("comparison_word"))
# Determiners only a noun follows ("a will", "the may").
_NOUN_DETERMINERS = frozenset(grammar("noun_determiner"))


def thought_clause(text: str, a: Attribution) -> bool:
    """A clause without "that" after a verb of thought whose verb comes late: a
    determiner opens its subject and a finite auxiliary or modal follows inside the
    content, not as its last word nor after a comparison ("hoped the meeting, called by the mayor, would calm
    the party"; not "feel the pinch worse than others do", "felt like fate was", "expect
    to pick up"): the subject and verb of a content clause (Quirk et al. 1985, 15.3)."""
    words = [w.group() for w in WORD.finditer(text, a.start, a.end)]
    if len(words) < 3 or words[0].lower() not in DETERMINERS:
        return False
    for k, word in enumerate(words[1:-1], 1):
        if word.lower() in _NOT_A_THOUGHT_CLAUSE:
            return False  # "feels rather like an old film": a likeness, no clause
        if word in FINITE and words[k - 1].lower() not in _NOUN_DETERMINERS:
            return True
    return False


_PLAN_ANNOUNCING = frozenset(grammar("plan_announcing_verb"))
_NEGATORS = frozenset(grammar("negator"))
_PLAN_SOURCES = frozenset({"name", "person", "body", "pronoun", "relative"})


def announces_a_plan(text: str, a: Attribution, form: str) -> bool:
    """``The airline announced plans to expand its fleet``, ``revealed its plan for …``:
    a verb of making known (``plan_announcing_verb``) whose object is a plan
    (:func:`~analysis.attribution.plan_words.plan_after`) reports what the source said
    it will do: an announcement is a speech act (Searle 1976, commissives reported;
    Pareti 2015, PARC 3.0 annotates it), unlike "plans to fly" (a plan, no words)."""
    if a.kind not in ("indirect", "mixed") or form not in _PLAN_SOURCES:
        return False
    if a.cue_end is None or a.cue_end > a.start + 1 or cue_lemma(text, a) not in _PLAN_ANNOUNCING:
        return False
    if text[a.cue_start : a.cue_end].lower().endswith("ing"):
        return False  # "…, announcing plans to …": a participle's subject is inferred
    before = text[max(0, a.cue_start - 12) : a.cue_start].lower().replace("’", "'").split()
    if before and (before[-1] in _NEGATORS or before[-1].endswith("n't")):
        return False  # "did not unveil plans to fund the road": nothing was announced
    return plan_after(text, a.start)


def shows_no_plan(text: str, a: Attribution, form: str) -> bool:
    """``Orbis unveiled a new car``, ``laid out the problem``: a verb that reports only
    when it makes a plan known (``plan_only_cue``: "outlined a plan to …") shows a thing
    or sets out a matter with any other content, or in a quotation beside it."""
    if a.cue_start is None or cue_lemma(text, a) not in PLAN_ONLY:
        return False
    return not announces_a_plan(text, a, form)
