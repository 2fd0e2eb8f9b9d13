"""Frames that report nobody's words, found in a reading of every flagged row (issue 10).

Each test names one general construction in which a cue word stands but no source said,
wrote or reported anything (Pareti 2015, PARC 3.0: an attribution needs a source whose
words or thoughts the content gives):

* an **imagined utterance**: a quotation introduced by a verb inside a comparative
  correlative ("the more it drags on, the more voters will sigh and mutter, “…”") or
  after a verb of belief and a modal of prediction ("She thinks that voters will simply
  shrug and shout, “…”"): the writer's (or a source's) conjecture of what someone might
  say (Quirk et al. 1985, 15.36 proportional clauses; 4.49-4.58 modals of prediction);
* a **thing as evidence**: "it" before a verb of corroboration in the present tense with a
  bare object ("To begin, it confirms earlier surveys"): a finding or event that agrees
  with others, which reports nobody's words (Hunston 2000, non-human sources of evidence);
* a **product** (a role word inside its name: "the Master Craft Series sets") that
  emphasizes or highlights a bare object: what a thing is like;
* an **agent in a postmodifier**: a mention after "by" that postmodifies a subject noun
  which is no source noun ("That decision by an independent court underlines the stakes"):
  the subject is the thing, the mention is its maker (Quirk et al. 1985, 17.38);
* a **frame before a participle of saying**: a verb of stance with a bare object followed
  by ", saying …" ("The minister defended the plan, saying it would cut costs"): the
  words are in the participle's own row; the object names the thing defended. PolNeAR
  marks such a frame as an attribution of its own, so the screen flags it (the caller
  caps its confidence) rather than dropping it;
* a **generic believer**: "those who believe …" (a set the writer argues with); a thing's
  **capability** ("A phone app will support remote locking"); the idiom "knows what
  she's doing" (competence, no belief);
* a verb of volition as the **second of two infinitives** ("tried to reach the crowd and
  seek a truce"): an aim, no words;
* a **directive done by an act**: "encouraged users to post more, by prompting them to
  …" (a product's nudge, no words);
* a **bare speech event**: a bare object that is only a determiner and a noun of a speech
  event ("the clerk who logged the call", "referred to those remarks at the
  hearing"): it names the event, no content.
"""

from __future__ import annotations

import re

from analysis.attribution.cues import QUOTE_CHARS, cue_lexicon
from analysis.attribution.shapes import WORD, cue_lemma
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import DETERMINERS, grammar, source_heads

_COMPARATIVES = frozenset(grammar("correlative_comparative"))
_BELIEF_FORMS = frozenset(grammar("belief_verb_form"))
_MODALS = frozenset(grammar("prediction_modal"))
_CORROBORATING = frozenset(grammar("corroborating_verb"))
_SAYING_PARTICIPLES = frozenset(grammar("saying_participle"))
_STANCE_VERBS = frozenset(grammar("stance_object_verb"))
# Nouns of a speech event ("the call", "the conversation"); not nouns of an utterance's
# kind ("shouted an insult": a kind of words said) nor of speech that stands for content
# ("attacked the comment", "backed that assessment").
_EVENT_NOUNS = frozenset(grammar("speech_event_noun"))
# Nouns that carry words ("a statement by", "a comment by", "a portrait by"): a subject
# that reports for the mention after "by".
_WORDY_NOUNS = _EVENT_NOUNS | frozenset(
    grammar("speech_noun")
    + grammar("work_noun")
    + grammar("depiction_noun")
    + grammar("utterance_noun")
)
_GENERIC_ANTECEDENTS = frozenset(grammar("generic_antecedent"))
_DEMONSTRATIVES = frozenset(grammar("demonstrative_determiner"))
_GENERIC_BELIEFS = frozenset(grammar("generic_belief_form"))
_CAPABILITY_MODALS = frozenset(grammar("modal"))
_KNOWING = frozenset(grammar("knowing_verb"))
_PARTICLES = frozenset(grammar("particle"))
# ", by prompting …": an adjunct of means set off after a directive's infinitive.
_BY_MEANS = re.compile(r",\s+by\s+([A-Za-z]+ing)\b")
_OBJECT_TO = re.compile(r"(?:[a-z]+\s+){1,3}to\s+[a-z]+")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"‘'])|\n")
_WORDS = re.compile(r"[a-z']+")
# A time or place adjunct that may follow the event noun ("the call at the hearing"); not
# a topic ("questions about the budget" gives the questions' matter).
_ADJUNCT_OPENERS = frozenset(grammar("event_adjunct_preposition"))


def _clause_before_cue(text: str, a: Attribution, span: int = 320) -> str:
    """The writer's text of the cue's sentence before the cue: from the sentence start,
    or from the last quotation mark (so the words of a quotation are never read)."""
    lo = max(0, a.cue_start - span)
    chunk = text[lo : a.cue_start]
    ends = list(_SENTENCE_END.finditer(chunk))
    if ends:
        chunk = chunk[ends[-1].end() :]
    for k in range(len(chunk) - 1, -1, -1):
        if chunk[k] in QUOTE_CHARS:
            return chunk[k + 1 :]
    return chunk


def imagined_utterance(text: str, a: Attribution) -> bool:
    """``the more it drags on, the more voters will sigh and mutter, “…”``, ``She thinks
    voters will simply shrug and shout, “…”``: a quotation whose cue comes first, in a
    comparative correlative (two "the" + comparative pairs) or after a verb of belief and
    then a modal of prediction, and coordinated with another verb after the trigger
    ("shrug and shout", a base form under the modal), is a conjecture of words, not words
    said. Not when the
    speaker is named after the trigger ("… would be, Ruiz replied: “…”": a new clause)."""
    if a.kind != "direct" or a.cue_start is None or a.cue_start > a.start:
        return False
    if text[a.cue_start : a.cue_end].lower() != cue_lemma(text, a):
        return False  # "She thinks it will work and said, “…”": a past tense, said
    clause = _clause_before_cue(text, a)
    offset = a.cue_start - len(clause)
    tokens = [
        (m.start() + offset, m.group()) for m in _WORDS.finditer(clause.lower().replace("’", "'"))
    ]
    words = [w for _, w in tokens]
    pairs = [
        k + 1 for k in range(len(words) - 1) if words[k] == "the" and words[k + 1] in _COMPARATIVES
    ]
    trigger = pairs[-1] if len(pairs) >= 2 else None
    believed = [k for k, w in enumerate(words) if w in _BELIEF_FORMS]
    if trigger is None and believed:
        modals = [
            k
            for k, w in enumerate(words)
            if k > believed[0] and (w in _MODALS or w.endswith("'ll"))
        ]
        trigger = modals[-1] if modals else None
    if trigger is None:
        return False
    if a.speaker_start is not None and a.speaker_start > tokens[trigger][0]:
        return False
    return "and" in words[trigger + 1 :]


def thing_emphasizes(text: str, a: Attribution, form: str) -> bool:
    """``the Master Craft Series sets emphasize playability``: a thing or product (form
    ``thing``) before a verb of corroboration or emphasis with a bare object tells what
    the thing is like; it reports nobody's words."""
    if form != "thing" or a.kind != "indirect" or a.cue_start is None or a.cue_start > a.start:
        return False
    if cue_lemma(text, a) not in _CORROBORATING:
        return False
    first = [w.group().lower() for w in WORD.finditer(text, a.start, min(a.end, a.start + 40))][:1]
    return first != ["that"]


def thing_as_evidence(text: str, a: Attribution) -> bool:
    """``To begin, it confirms earlier surveys``: "it" before a verb of corroboration in the
    present tense ("confirms", "underscores") with a bare object is a finding or an event
    agreeing with others (a company's confirmation is told in the past: "it confirmed")."""
    if a.kind != "indirect" or a.speaker_start is None or a.cue_start is None:
        return False
    if text[a.speaker_start : a.speaker_end].lower() != "it" or a.speaker_start > a.cue_start:
        return False
    cue = text[a.cue_start : a.cue_end].lower()
    if not cue.endswith("s") or cue_lemma(text, a) not in _CORROBORATING:
        return False
    first = [w.group().lower() for w in WORD.finditer(text, a.start, min(a.end, a.start + 40))][:1]
    return first != ["that"]


def postmodifier_agent(text: str, a: Attribution) -> bool:
    """``That decision by an independent court underlines the stakes``: a mention right after
    "by" that follows a lower-case noun which is no source noun: the subject is that noun,
    a thing (the mention made it), so the row reports nobody's words. Only with a
    determiner before that noun ("exit polls conducted by a firm show …" is a poll)."""
    if a.kind != "indirect" or a.speaker_start is None or a.cue_start is None:
        return False
    if a.speaker_start > a.cue_start:
        return False
    # "by" before the mention ("That decision by [a court]") or inside it ("[That decision by a court]")
    before = re.findall(r"[\w'’-]+", text[max(0, a.speaker_start - 40) : a.speaker_end])
    inside = len(re.findall(r"[\w'’-]+", text[a.speaker_start : a.speaker_end]))
    bys = [k for k, w in enumerate(before) if w.lower() == "by" and k >= len(before) - inside - 1]
    if not bys or bys[0] < 1:
        return False
    head = before[bys[0] - 1]
    if not head.islower() or head in DETERMINERS or bys[0] < 2:
        return False
    if before[bys[0] - 2].lower() not in DETERMINERS | _DEMONSTRATIVES:
        return False  # "exit polls conducted by a firm": a participle, not a noun, before "by"
    return not source_heads().get(head) and head.lower() not in _WORDY_NOUNS


def frame_before_saying(text: str, a: Attribution) -> bool:
    """``The minister defended the plan, saying it would cut costs``: a verb of stance
    (``stance_object_verb``) with a bare object and then ", saying"/", arguing": the
    words are the participle's, the object names only what was defended."""
    if a.kind != "indirect" or a.cue_start is None or a.cue_start > a.start:
        return False
    if cue_lemma(text, a) not in _STANCE_VERBS:
        return False
    after = re.match(r"\s*,\s*([a-z]+)\b", text[a.end : a.end + 24])
    return after is not None and after.group(1) in _SAYING_PARTICIPLES


def bare_speech_event(text: str, a: Attribution) -> bool:
    """``the clerk who logged the call``, ``referred to those remarks at the hearing``,
    a bare object that is a determiner (or a particle and
    adjectives) and a noun of a speech event, then at most an adjunct, names an event;
    it gives no content."""
    if a.kind != "indirect" or a.cue_start is None or a.cue_start > a.start:
        return False
    words = [w.group() for w in WORD.finditer(text, a.start, a.end)]
    lower = [w.lower() for w in words]
    for k, word in enumerate(lower[:4]):
        if word in _EVENT_NOUNS:
            head = lower[:k]
            rest = lower[k + 1 :]
            break
    else:
        return False
    if any(w[:1].isupper() for w in words[: len(head)]):
        return False  # "reported the Ostmark call": a named thing
    if head and head[0] not in DETERMINERS | _PARTICLES and len(head) > 1:
        return False
    return not rest or rest[0] in _ADJUNCT_OPENERS


def generic_believers(text: str, a: Attribution, cue_class: str) -> bool:
    """``those who believe the plan is dead are fooling themselves``: a relative "who" on
    a bare generic antecedent (``generic_antecedent``: "those", "anyone") before a verb of
    belief names a set the writer imagines and argues with, no source (Quirk et al.
    1985, 17.12 on nominal relative uses; "those who said …" in a poll are reported)."""
    if cue_class != "cognition" or a.speaker_start is None or a.cue_start is None:
        return False
    if text[a.speaker_start : a.speaker_end].lower() != "who" or a.speaker_start > a.cue_start:
        return False
    before = _WORDS.findall(text[max(0, a.speaker_start - 16) : a.speaker_start].lower())
    cue = text[a.cue_start : a.cue_end].lower()
    # the present ("those who believe"): a generic set; "those who thought they were citizens"
    # tells of particular people
    return before[-1:] != [] and before[-1] in _GENERIC_ANTECEDENTS and cue in _GENERIC_BELIEFS


def thing_capability(text: str, a: Attribution, cue_class: str, form: str) -> bool:
    """``A phone app will support remote locking``: a verb of an act (``support``) after a
    modal, whose subject is a common noun that is no source (form ``common`` or
    ``thing``), says what a thing can do; nobody's words."""
    if cue_class != "act" or form not in ("common", "thing") or a.cue_start is None:
        return False
    before = _WORDS.findall(text[max(0, a.cue_start - 24) : a.cue_start].lower().replace("’", "'"))
    return any(w in _CAPABILITY_MODALS or w.endswith("'ll") for w in before[-2:])


def competence_idiom(text: str, a: Attribution) -> bool:
    """``trust that the pilot knows what she's doing``: "know what" + subject + "doing"
    is an idiom of competence (knowing one's craft), no belief held or stated."""
    if a.kind != "indirect" or a.cue_start is None or a.cue_start > a.start:
        return False
    if cue_lemma(text, a) not in _KNOWING:
        return False
    words = _WORDS.findall(text[a.start : min(a.end, a.start + 40)].lower().replace("’", "'"))
    return words[:1] == ["what"] and "doing" in words[2:5]


def directive_by_an_act(text: str, a: Attribution, rated: str) -> bool:
    """``the app maker encouraged users to post more, by prompting them to switch …``: a
    directive whose content holds a comma and "by" + an "-ing" form that is no verb of
    saying tells how the nudge was made, by an act (a product's prompt), not by words
    (Quirk et al. 1985, 8.79 on adjuncts of means; "by saying …" stays a report)."""
    if a.kind != "indirect" or a.cue_start is None or a.cue_start > a.start:
        return False
    # an object and a to-infinitive ("users to post"), read as a directive or, when the
    # infinitive's object holds a relative clause, as a clause
    if rated != "directive" and not (rated == "clause" and _OBJECT_TO.match(text, a.start, a.end)):
        return False
    for match in _BY_MEANS.finditer(text, a.start, a.end):
        if match.group(1).lower() not in cue_lexicon():
            return True
    return False


def directive_runs_on(text: str, a: Attribution, rated: str) -> bool:
    """``later asked the board to drop the deal and returned the money``: a directive whose
    content runs on past its infinitive into a coordinated past-tense predicate of the
    subject ("and returned"): an account of acts, a request at most, which a reader
    should check."""
    if rated != "directive" or a.kind != "indirect":
        return False
    words = [m.group() for m in WORD.finditer(text, a.start, a.end)]
    return any(
        w.lower() == "and" and after.lower().endswith("ed") and after.islower()
        for w, after in zip(words, words[1:], strict=False)
    )


def coordinated_infinitive(text: str, a: Attribution, cue_class: str) -> bool:
    """``who tried to reach the crowd and seek a truce``: a verb of volition in its base
    form right after "and", with "to" + a verb before it in the clause, is the second of
    two infinitives: an aim or attempt, which reports no words (Quirk et al. 1985, 16.38;
    "Ruiz seeks a truce" is a finite verb, left as it is)."""
    if cue_class != "volition" or a.cue_start is None or a.cue_start > a.start:
        return False
    if text[a.cue_start : a.cue_end].lower() != cue_lemma(text, a):
        return False
    clause = re.split(r"[.;:!?,]", text[max(0, a.cue_start - 80) : a.cue_start])[-1]
    words = _WORDS.findall(clause.lower())
    return words[-1:] == ["and"] and "to" in words[:-2]


def unspoken(text: str, a: Attribution, cue_class: str, form: str) -> bool:
    """Is a doubtful row one of the frames above, which report nobody's words?"""
    return (
        coordinated_infinitive(text, a, cue_class)
        or generic_believers(text, a, cue_class)
        or thing_capability(text, a, cue_class, form)
        or competence_idiom(text, a)
        or thing_as_evidence(text, a)
        or thing_emphasizes(text, a, form)
        or postmodifier_agent(text, a)
        or bare_speech_event(text, a)
    )
