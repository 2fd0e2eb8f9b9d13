"""Cue verbs in a frame that reports no words, and frames that surely do (issue 10).

A verb of saying or naming may have a sense that reports nothing, told apart by its
frame (Quirk et al. 1985, 16.20-16.48; Levin 1993, verb classes):

* a verb of authoring with a plain object creates a work ("She wrote songs", "firms
  write apps"): no content is reported, unlike "wrote that …" or "wrote: “…”";
* "call" with a short object and no complement telephones or summons ("called an
  ambulance", "called him later"), unlike naming ("called the plan a sham");
* "agree" with a noun object consents to a thing ("agreed a deal", "agreed to an
  interview"), unlike "agreed that …";
* "observe" with a plain object watches ("observed the moon for a week");
* "characterize" without its "as" complement describes or studies a thing;
* "know" with a question clause knows an answer ("knows what he is doing", "before
  they know if it pays"), a fact known, not a belief held;
* a relative "that"/"which" whose antecedent is a thing ("a device that supports
  streaming", "blood work, which showed …") has no source for its subject;
* a cue inside a subordinate clause after its would-be content ("…, when, in truth, she
  answered at once") does not report the main clause;
* an if-clause's subject ("if the person reports no pets") says nothing: a condition;
* the reader's imagined thought ("you will wonder, “…”") is nobody's words;
* a mention that is a lone auxiliary ("Am I right to … consider …") is no source;
* a cue in "-s" before "about … are" is a plural noun ("Current fears about X are …").

Frames that surely report, so a row is not flagged: an accusation ("accused the board
of bias", 16.63, a verb with an "of" complement), a denial or rejection of a charge
("denied the allegations"), a naming with its complement ("called the plan a sham"),
and a reply with a that-clause or a quotation ("responded that …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.attribution.cues import cue_lexicon
from analysis.attribution.shapes import COORDINATORS, FINITE, WORD, cue_lemma
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import (
    DETERMINERS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    grammar,
    source_heads,
)

_AUTHORING = frozenset(grammar("authoring_verb"))
_TOPIC_OPENERS = frozenset(grammar("topic_opener"))
_CONSENTING = frozenset(grammar("consenting_verb"))
_WATCHING = frozenset(grammar("watching_verb"))
_CHARGE_NOUNS = frozenset(grammar("charge_noun"))
_DENYING = frozenset(grammar("denying_verb"))
_ACCUSING = frozenset(grammar("accusing_verb"))
_OBJECT_PRONOUNS = frozenset(grammar("object_pronoun"))
_SPEECH_NOUNS = frozenset(grammar("speech_noun"))
# How many words of an authored object are read for a document noun ("a long, angry op-ed").
_WORK_WORDS = 5
_PHONE_ADVERBS = frozenset(grammar("phone_adverb"))
_FRONTED_OBJECTS = frozenset(grammar("fronted_object"))
# Classes of cue a reader's imagined words come with ("you wonder", "you think").
_IMAGINED = frozenset({"cognition", "volition", "perception"})
# Subordinators that make a clause of time, cause or condition; "as" is left out ("the
# plan, as he said, fails" reports).
_CLAUSE_SUBORDINATORS = SUBORDINATORS - {"as"}
_ARTICLES = frozenset({"a", "an"})
_STANCE = frozenset(grammar("stance_verb"))
_NOUN_PREPOSITIONS = frozenset(grammar("noun_complement_preposition"))
_STOP_RELATIVES = RELATIVE_PRONOUNS | frozenset(grammar("clause_link"))
_AUXILIARIES = FINITE | frozenset(grammar("lone_auxiliary"))
_AS_VERBS = frozenset(grammar("as_complement_verb"))
_NEGATORS = frozenset(grammar("negator"))
_CONDITIONS = frozenset(grammar("condition_opener"))
_ANNOUNCING = frozenset(grammar("announcing_verb"))
_CLAIMING = frozenset(grammar("claiming_verb"))
_CLAIMED = frozenset(grammar("claimed_object"))
# A news object has a few words at least ("its third case of plague", not "the call").
_NEWS_WORDS = 3
# Speaker forms that can take a stance or announce (speaker_forms.speaker_form).
_SOURCE_FORMS = frozenset({"name", "person", "body", "pronoun", "relative", "document"})


def _cue_first(a: Attribution) -> bool:
    """Is the cue written right before the content ("wrote songs", not "songs, she wrote")?"""
    return a.cue_end is not None and a.cue_end <= a.start + 1


def _words(text: str, start: int, end: int, limit: int = 12) -> list[str]:
    return [m.group() for m in WORD.finditer(text, start, end)][:limit]


def _mention(text: str, a: Attribution) -> str:
    if a.speaker_start is None or a.speaker_end is None:
        return ""
    return text[a.speaker_start : a.speaker_end].lower()


def creates_a_work(text: str, a: Attribution, rated: str) -> bool:
    """``She wrote hundreds of songs``: an authoring verb (``authoring_verb``) with a plain
    object creates a work and reports no words ("wrote that …", "wrote about …" do)."""
    if a.kind != "indirect" or rated != "object" or not _cue_first(a):
        return False
    if cue_lemma(text, a) not in _AUTHORING:
        return False
    words = [w.lower() for w in _words(text, a.start, a.end, _WORK_WORDS)]
    if not words or words[0] in _TOPIC_OPENERS:
        return False
    heads, lexicon = source_heads(), cue_lexicon()
    # "wrote an op-ed urging …", "wrote a letter to the board": a document carries words;
    # "wrote the agents knew to …": a clause without "that", its verb a cue of its own
    return not any(heads.get(w) == "document" or w in _SPEECH_NOUNS or w in lexicon for w in words)


def telephones(text: str, a: Attribution) -> bool:
    """``called an ambulance``, ``called him later``: "call" with an object of an article
    and one noun, or of a pronoun alone or before an adverb of time (``phone_adverb``),
    summons or phones; naming needs a complement ("called the plan a sham", "called him
    divisive") and a fronted object ("what the mayor called a disgrace") is named."""
    if a.kind != "indirect" or not _cue_first(a) or cue_lemma(text, a) != "call":
        return False
    before = text[max(0, (a.speaker_start or 0) - 12) : a.speaker_start or 0].split()
    if before and before[-1].lower() in _FRONTED_OBJECTS:
        return False
    # the object before any comma ("him later, but the clerk …": a coordinated clause after)
    words = [w.lower().strip(".;:") for w in text[a.start : a.end].split(",", 1)[0].split()]
    if len(words) == 2 and words[0] in _ARTICLES:
        return True  # "an ambulance", "a taxi"
    if words[:1] and words[0] in _OBJECT_PRONOUNS:
        return len(words) == 1 or (len(words) == 2 and words[1] in _PHONE_ADVERBS)
    return False


def consents(text: str, a: Attribution, rated: str) -> bool:
    """``agreed a deal``, ``agreed to an interview``: a verb of consent with a noun
    object (``consenting_verb``) accepts a thing; "agreed that …" reports."""
    if a.kind != "indirect" or not _cue_first(a) or rated == "clause":
        return False  # "analysts agree the levy would …": a clause without "that"
    if cue_lemma(text, a) not in _CONSENTING:
        return False
    words = [w.lower() for w in _words(text, a.start, a.end, 2)]
    if words[:1] == ["to"]:
        words = words[1:]  # "to an interview", not "to pay" (an infinitive: a commitment)
        return bool(words) and words[0] in DETERMINERS
    return bool(words) and words[0] in DETERMINERS


def watches(text: str, a: Attribution, rated: str) -> bool:
    """``observed the moon for a week``: a verb of remarking that also means watching
    (``watching_verb``) with a plain object watches; "observed that …" remarks."""
    if a.kind != "indirect" or rated != "object" or not _cue_first(a):
        return False
    return cue_lemma(text, a) in _WATCHING


def lacks_its_as_complement(text: str, a: Attribution) -> bool:
    """``orbiting the moon, characterizing its ocean and …``: a verb that reports a view
    only with an "as" complement (``as_complement_verb``: "characterized the plan as
    reckless", Quirk et al. 1985, 16.47) describes or studies a thing without one."""
    if a.kind != "indirect" or not _cue_first(a) or cue_lemma(text, a) not in _AS_VERBS:
        return False
    return "as" not in [w.lower() for w in _words(text, a.start, a.end, 40)]


def inside_a_subordinate_clause(text: str, a: Attribution) -> bool:
    """``The clip was edited to show her hesitating, when, in truth, she answered at once``:
    a cue after its content but inside a clause of time, cause or condition
    (``subordinator``, not "as") is no frame for the main clause (Quirk et al. 1985,
    14.12)."""
    if a.kind == "direct" or a.cue_start is None or a.cue_start < a.end:
        return False
    if a.speaker_start is None or a.speaker_start < a.end:
        return False
    # the subordinator may end the content ("…, when, in fact,") or stand before the subject
    # ("…, when, in fact,": a subordinator set off by a comma, not "since 2004")
    tail = re.findall(r"\b([A-Za-z]+),", text[max(a.start, a.end - 30) : a.end] + ",")
    between = _words(text, a.end, a.speaker_start, 6)
    return any(w.lower() in _CLAUSE_SUBORDINATORS for w in tail[-2:] + between)


def verb_as_mention(text: str, a: Attribution) -> bool:
    """``Am I right to … consider his pride may be …?``: a mention that is one finite verb
    or modal (an inverted question's auxiliary) is no noun phrase, so no source."""
    return _mention(text, a) in _AUXILIARIES


def noun_cue_subject(text: str, a: Attribution) -> bool:
    """``Current fears about an outbreak are being fuelled by …``: a cue in "-s" that a
    preposition of topic follows (``noun_complement_preposition``) and whose content then
    holds a finite verb before any comma or relative word is a plural noun heading the
    sentence's subject (Quirk et al. 1985, 17.38), not a verb of a source."""
    if a.kind != "indirect" or not _cue_first(a) or a.cue_start is None:
        return False
    if not text[a.cue_start : a.cue_end].lower().endswith("s"):
        return False
    words = [w.lower() for w in _words(text, a.start, a.end, 12)]
    if not words or words[0] not in _NOUN_PREPOSITIONS:
        return False
    opening = text[a.start : a.end].split(",", 1)[0]
    for word in [w.lower() for w in _words(text, a.start, a.start + len(opening), 12)][1:]:
        if word in _STOP_RELATIVES:
            return False  # "warns of risks that are rising": the verb is the relative's
        if word in FINITE:
            return True
    return False


def imagined_by_reader(text: str, a: Attribution, cue_class: str) -> bool:
    """``you will always wonder, “What if …?”``: a thought put in the reader's head by
    the writer is nobody's words."""
    return a.kind == "direct" and cue_class in _IMAGINED and _mention(text, a) == "you"


def sure_object(text: str, a: Attribution, cue_class: str, form: str) -> bool:
    """Does a bare object frame surely report? An accusation with its "of" complement
    ("accused the board of bias"; ``accusing_verb``), a denial of a charge ("denied the
    allegations"; ``denying_verb`` and ``charge_noun``), a naming with its complement
    ("called the plan a sham"), a verb of stance whose object is what it judges
    ("criticized the ruling"; ``stance_verb``: an expressive speech act, Searle 1976),
    a claim of responsibility ("claimed responsibility for …"; ``claiming_verb``,
    ``claimed_object``), and news announced ("announced an order of 50 jets", "announced the selection of
    …"; ``announcing_verb``; "reported earnings" is left doubtful: a reporting frame
    about half the time on real pages), each by a person, a body or a document."""
    if a.kind != "indirect" or not _cue_first(a) or form not in _SOURCE_FORMS:
        return False
    if text[a.cue_start : a.cue_end].lower().endswith("ing"):
        return False  # "…, accusing the label of …": a participle's subject is inferred
    if _negated_or_conditional(text, a):
        return False  # "never cite …", "if the person reports no pets": nothing was said
    lemma = cue_lemma(text, a)
    words = [w.lower() for w in _words(text, a.start, a.end, 8)]
    if not words:
        return False
    if lemma in _CLAIMING and words[0] in _CLAIMED:
        return True  # "claimed responsibility for the attack": a claim made in words
    if lemma in _ACCUSING:
        return "of" in words[1:7]
    if lemma in _DENYING:
        return any(w in _CHARGE_NOUNS for w in words[:4])
    if cue_class == "naming" and lemma == "call" and words[:1] != ["for"]:
        # not "called it a sham": a pronoun object is left doubtful, as any bare object
        first_ok = words[0] not in _ARTICLES and words[0] not in _OBJECT_PRONOUNS
        return first_ok and any(w in _ARTICLES for w in words[1:5])
    if lemma in _STANCE:
        # "admitted to the error" stays doubtful (a prepositional object, no words given);
        # "admitted to threatening the girl" reports an admission of an act
        prepositional = words[0] == "to" and words[1:2] and words[1] in DETERMINERS
        return not prepositional and not _runs_on(text, a)
    if lemma in _ANNOUNCING:
        return _news_object(text, a, words)
    return False


def _negated_or_conditional(text: str, a: Attribution) -> bool:
    """Is the cue negated ("never cite", "did not deny"; ``negator``) or is its subject
    an if-clause's ("if the person reports …"; ``condition_opener``, Quirk et al. 1985,
    15.33)? Then no words were surely said."""
    before_cue = text[max(0, a.cue_start - 16) : a.cue_start].lower().replace("’", "'").split()
    if before_cue and (before_cue[-1] in _NEGATORS or before_cue[-1].endswith("n't")):
        return True
    if a.speaker_start is None or a.speaker_start > a.cue_start:
        return False
    before = text[max(0, a.speaker_start - 20) : a.speaker_start].lower().split()[-2:]
    if before and before[-1] in _CONDITIONS:
        return True  # "if they report"
    return len(before) == 2 and before[0] in _CONDITIONS and before[1] in DETERMINERS


def _runs_on(text: str, a: Attribution) -> bool:
    """Does the content run on into a coordinated clause or predicate ("… the theft and
    the court ruled", "… the error and started a review"): a coordinator before a
    determiner or an "-ed" verb (Quirk et al. 1985, 13.5)? Then the row stays doubtful."""
    words = [m.group() for m in WORD.finditer(text, a.start, a.end)]
    for k, word in enumerate(words[:-1]):
        after = words[k + 1]
        if word.lower() in COORDINATORS and (after.lower() in DETERMINERS or after.endswith("ed")):
            return True
    return False


def _news_object(text: str, a: Attribution, words: list[str]) -> bool:
    """Does the object open as a noun phrase of news ("an order of …", "the selection of
    …"), not an adverb of time ("announced late Thursday") or a thing handed to someone
    ("announced the leak to the landlord")?"""
    if words[0] not in DETERMINERS:
        return False
    opening = text[a.start : a.end].split(",", 1)[0].split()
    return len(opening) >= _NEWS_WORDS and "to" not in words[1:4]


def sure_reply(text: str, a: Attribution, cue_class: str) -> bool:
    """``responded that …``, ``“…,” responded the mayor``: a verb of reply with a
    that-clause or a quotation reports words."""
    if cue_class != "reply":
        return False
    if a.kind == "direct":
        return True
    first = _words(text, a.start, a.end, 1)
    return _cue_first(a) and first[:1] == ["that"]


def reports_nothing(text: str, a: Attribution, cue_class: str, rated: Callable[[], str]) -> bool:
    """Is the row's cue in a frame that reports no words (the tests above)? ``rated``
    gives the rated frame; it is asked for only when a cue lemma needs it."""
    if (
        telephones(text, a)
        or lacks_its_as_complement(text, a)
        or inside_a_subordinate_clause(text, a)
        or imagined_by_reader(text, a, cue_class)
        or verb_as_mention(text, a)
        or noun_cue_subject(text, a)
    ):
        return True
    if a.kind != "indirect" or a.cue_start is None:
        return False
    if cue_lemma(text, a) not in _AUTHORING | _CONSENTING | _WATCHING:
        return False  # the tests below read the rated frame: only for their cues
    frame = rated()
    return creates_a_work(text, a, frame) or consents(text, a, frame) or watches(text, a, frame)
