"""Objects and mentions that report nobody's words, and the screen's one question (issue 10).

Found, like the frames of :mod:`analysis.attribution.screen_senses`, in a hand reading of
the rows the screen flagged on real pages:

* "tell the truth", "tell lies": a manner of speaking, no content;
* "show" with a body as subject and a plain object ("the studio shows the way …"): a
  display, not a finding (documents show findings: "a poll shows …");
* "offer" with a thing ("is offering members a gift card if …");
* a mention that is a verb ("Take calls, …", "… begins yelling");
* an object of pronouns only ("explained them to me");
* hearsay after a modal ("People will ask you to …"), a nickname ("called him Mike"), a
  thing that "promises to be", authorship ("had written the letter himself").

:func:`stated_belief` lifts the flag from a belief with "that" held by a named source;
:func:`unsaid` asks every test of both modules, for
:func:`~analysis.attribution.screen_reports.reports`.
"""

from __future__ import annotations

import re

from analysis.attribution.evidence import clause_without_that, offers_words
from analysis.attribution.screen_frames import rated_frame
from analysis.attribution.screen_senses import (
    cue_first,
    first_words,
    if_clause_subject,
    in_comparison,
    in_fixed_binomial,
    knows_an_answer,
    modal_then_gap,
    modal_thought,
    participial_adjective,
    threatens_an_act,
    withholds,
    words_before,
    zero_relative,
)
from analysis.attribution.shapes import cue_lemma
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import DETERMINERS, PREPOSITIONS, grammar, source_heads

_MANNER_OBJECTS = frozenset(grammar("manner_object"))
_EXHIBITING = frozenset(grammar("exhibiting_verb"))
_VERB_MENTIONS = frozenset(grammar("verb_mention"))
_HEARSAY = frozenset(grammar("hearsay_subject"))
_NEGATORS = frozenset(grammar("negator"))
_AUTHORING = frozenset(grammar("authoring_verb"))
_REFLEXIVES = frozenset(grammar("reflexive"))
_KNOWING = frozenset(grammar("knowing_verb"))
_OBJECT_PRONOUNS = frozenset(grammar("object_pronoun"))
_QUESTION_LINKS = frozenset(grammar("question_link"))
_MANNER_VERBS = frozenset(grammar("manner_of_speaking_verb"))
_PARTICLES = frozenset(grammar("particle"))
_WORKS = (
    frozenset(grammar("speech_noun"))
    | frozenset(grammar("work_noun"))
    | frozenset(grammar("utterance_noun"))
)
# Openers after which a verb of manner reports: a clause, an addressee, a topic.
_CLAUSE_OPENERS = _QUESTION_LINKS | frozenset(grammar("manner_complement_opener"))


def manner_of_telling(text: str, a: Attribution) -> bool:
    """``as it tells the truth``, ``told lies``: "tell" with an object of manner
    (``manner_object``) says how someone speaks, not what."""
    if a.kind != "indirect" or not cue_first(a) or cue_lemma(text, a) != "tell":
        return False
    words = [w for w in first_words(text, a, 3) if w not in DETERMINERS]
    return bool(words) and words[0] in _MANNER_OBJECTS


def exhibits(text: str, a: Attribution, form: str, frame: str) -> bool:
    """``the studio shows the subjective way …``: "show" (``exhibiting_verb``) with a
    body or name as subject and a plain object displays a thing; a document shows a
    finding ("a poll shows …")."""
    if a.kind != "indirect" or frame != "object" or form not in ("body", "name"):
        return False
    if not cue_first(a) or cue_lemma(text, a) not in _EXHIBITING:
        return False
    # "A poll released Sunday by the Post shows …": the subject's head is the document
    clause = re.split(r"[.;:!?\n]", text[max(0, a.speaker_start - 80) : a.speaker_end])[-1]
    heads = source_heads()
    return not any(heads.get(w) == "document" for w in re.findall(r"[a-z]+", clause.lower()))


def offers_a_thing(text: str, a: Attribution, cue_class: str, form: str) -> bool:
    """``Brightmart is offering members a voucher if you buy one``: a verb of reply read as
    having a clause only by a later subordinate clause ("if you …") offers a thing; a
    reply reports with "that", a clause without it, or a noun of speech ("offered an
    apology")."""
    if cue_class != "reply" or a.kind != "indirect" or not cue_first(a):
        return False
    if cue_lemma(text, a) != "offer":
        return False  # "She answered back in the same way …: …" reports
    words = first_words(text, a, 40)
    if not words or "that" in words or words[0] in _QUESTION_LINKS | {"to", "with", "by"}:
        return False  # "offered no proof that …": the proof's clause is reported
    return not clause_without_that(text, a) and not offers_words(text, a, form)


def no_noun_mention(text: str, a: Attribution) -> bool:
    """``Take calls, control your music``, ``… begins yelling “…”``: a mention that is
    one verb (``verb_mention``: an imperative or an aspectual verb, Quirk et al. 1985,
    16.41) is no noun phrase, so no source."""
    if a.speaker_start is None or a.speaker_end is None:
        return False
    mention = text[a.speaker_start : a.speaker_end].lower()
    return mention in _VERB_MENTIONS


def pronoun_object(text: str, a: Attribution, frame: str) -> bool:
    """``explained them to me``, ``said it to us``: an object of pronouns and
    prepositions only points back to words told elsewhere; the row holds no content."""
    if a.kind != "indirect" or frame != "object" or not cue_first(a):
        return False
    words = first_words(text, a, 6)
    if not words or words[0] not in _OBJECT_PRONOUNS:
        return False
    if rated_frame(text, a, frame) != "object":
        return False  # "told them to leave": a directive
    # "them to me", "it to us": only pronouns and prepositions ("asked them about the
    # delay" has a topic)
    return set(words) <= _OBJECT_PRONOUNS | PREPOSITIONS


def guessed_hearsay(text: str, a: Attribution) -> bool:
    """``People will ask you to cook for them``: hearsay of nobody in particular
    (``hearsay_subject``) after a modal is a prediction, nobody's words."""
    if a.cue_start is None or a.speaker_start is None or a.speaker_end is None:
        return False
    if text[a.speaker_start : a.speaker_end].lower() not in _HEARSAY:
        return False
    return modal_then_gap(words_before(text, a.cue_start, 6))


def nickname(text: str, a: Attribution, cue_class: str) -> bool:
    """``Everyone called him Mike``: naming with a pronoun object and one capitalised
    word gives a name by which someone is known, no words reported."""
    if cue_class != "naming" or a.kind != "indirect" or not cue_first(a):
        return False
    words = text[a.start : a.end].split()
    if len(words) != 2 or words[0].lower() not in _OBJECT_PRONOUNS:
        return False
    name = words[1].strip(".,;:!?")
    return name[:1].isupper() and name[1:].islower()


def thing_with_infinitive(text: str, a: Attribution, form: str) -> bool:
    """``the spring sales promise to be bigger still``: a thing named by its
    premodifiers (speaker form ``thing``) before "to be" is a verb of likelihood
    (Quirk et al. 1985, 16.49, raising), not a promise made."""
    if form != "thing" or a.kind != "indirect" or not cue_first(a):
        return False
    return first_words(text, a, 2) == ["to", "be"]


_PRESENT_BELIEFS = frozenset(grammar("present_belief_form"))


def stated_belief(text: str, a: Attribution, cue_class: str, form: str) -> bool:
    """``The agency believes that the toll is higher``: a verb of thought (not "know",
    which asserts the fact: ``knowing_verb``) with "that" right after it, held by a
    name, a body or a person noun, is a belief attribution (Pareti 2015, PARC 3.0): a
    reader need not check it as doubtful. No modal, no hearsay (those are tested first).
    Without "that" only in the present of "believe"/"think" and with a person or body
    noun ("Protesters believe the bill is …"; a past "thought" tells a story)."""
    if cue_class != "cognition" or a.kind != "indirect" or not cue_first(a):
        return False
    if form not in ("name", "body", "person") or cue_lemma(text, a) in _KNOWING:
        return False
    if _negated(text, a):
        return False  # "never expected that …": nothing held
    if first_words(text, a, 1) == ["that"]:
        return True
    # "Protesters believe the bill is …", "The researchers think the source is …": a belief
    # held now (the simple present of "believe"/"think") with a clause and no "that" is
    # the same attribution (PolNeAR train: nearly nine in ten such flagged rows are gold)
    cue = text[a.cue_start : a.cue_end].lower()
    return cue in _PRESENT_BELIEFS and form in ("body", "person")


def _negated(text: str, a: Attribution) -> bool:
    before = words_before(text, a.cue_start, 2)
    return any(w in _NEGATORS or w.endswith("n't") for w in before)


def authored_oneself(text: str, a: Attribution, frame: str) -> bool:
    """``had written the letter himself``: an authoring verb (``authoring_verb``) with an
    object and an emphatic reflexive says who wrote a text, not what it says."""
    if a.kind != "indirect" or frame != "object" or not cue_first(a):
        return False
    if cue_lemma(text, a) not in _AUTHORING:
        return False
    words = first_words(text, a, 6)
    return 1 < len(words) <= 4 and words[-1] in _REFLEXIVES


def manner_with_a_thing(text: str, a: Attribution, frame: str) -> bool:
    """``The Eagles snapped a losing streak``, ``members shouted out absurd questions``: a
    verb of manner of speaking (``manner_of_speaking_verb``, Levin 1993, 37.3) reports
    only a quotation or a clause; with a plain object that is no noun of speech or of a
    work or an utterance ("shouted slogans", "shouted an insult" stay doubtful) it breaks
    a thing or names no words."""
    if a.kind != "indirect" or frame != "object" or not cue_first(a):
        return False
    if cue_lemma(text, a) not in _MANNER_VERBS:
        return False
    words = [w for w in first_words(text, a, 6) if w not in _PARTICLES]
    if not words or words[0] in _CLAUSE_OPENERS:
        return False  # "snapped that …", "yelled at the crowd to …"
    return not any(w in _WORKS for w in words[:5])


def unsaid(text: str, a: Attribution, cue_class: str, frame: str, form: str) -> bool:
    """Is the row's cue in one of the frames above, which report nobody's words?"""
    return (
        modal_thought(text, a, cue_class)
        or (a.kind != "direct" and if_clause_subject(text, a))
        or withholds(text, a)
        or threatens_an_act(text, a, frame)
        or in_fixed_binomial(text, a)
        or participial_adjective(text, a)
        or knows_an_answer(text, a)
        or in_comparison(text, a, cue_class)
        or zero_relative(text, a, cue_class)
        or manner_of_telling(text, a)
        or exhibits(text, a, form, frame)
        or offers_a_thing(text, a, cue_class, form)
        or no_noun_mention(text, a)
        or pronoun_object(text, a, frame)
        or guessed_hearsay(text, a)
        or nickname(text, a, cue_class)
        or thing_with_infinitive(text, a, form)
        or authored_oneself(text, a, frame)
        or manner_with_a_thing(text, a, frame)
    )
