"""Frames in which a cue word reports nobody's words, read by the screen (issue 10).

Each test names one construction that real pages put in a reporting verb's place, found
in a hand reading of the rows the screen flagged (``check=True``):

* a relative "that"/"which" whose antecedent is a thing ("a device that supports
  streaming", "blood work, which showed …"): the subject of the cue is no source;
* a verb of thought after a modal of prediction or possibility ("leaders may still
  believe …", "they'll assume …", "the label will be left to wonder: “…”"): the
  writer's guess at a thought, not a thought anyone reported (Quirk et al. 1985, 4.49-4.58);
* a cue whose subject is an if-clause's ("if the patient reports no pets"): a condition;
* words sung ("she sings …: “…”"): lyrics, not statements;
* "deny" with an object and a recipient ("denying vaccines to detainees"): withholding;
* "threaten" with a bare noun object ("threatening legal action"): an act threatened;
* a cue noun in a fixed pair of nouns ("let supply and demand dictate …");
* a participial adjective ("a lot that was appealing about …", "a very promising start");
* "know" with a question clause ("before they know if it pays"): an answer known;
* a cue inside a clause of comparison ("as bad as the sceptics thought", "better than
  analysts expected"): no content clause;
* a zero relative clause on "thing" ("the next thing she knew, …");
* "tell the truth", "tell lies": a manner of speaking, no content;
* "show" with a body as subject and a plain object ("the studio shows the way …"):
  a display, not a finding (documents show findings: "a poll shows …").
"""

from __future__ import annotations

import re

from analysis.attribution.cues import cue_lexicon
from analysis.attribution.evidence import clause_without_that, offers_words
from analysis.attribution.screen_frames import rated_frame
from analysis.attribution.shapes import WORD, cue_lemma
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import DETERMINERS, PREPOSITIONS, grammar, source_heads

_RELATIVE_THAT = frozenset({"that", "which"})
_MODALS = frozenset(grammar("prediction_modal"))
_MODAL_GAP = frozenset(grammar("modal_gap_word"))
_THOUGHT_CLASSES = frozenset({"cognition", "volition", "perception"})
# Classes a modal turns into a guess ("may still believe"); a wish polled is reported.
_GUESSED_CLASSES = frozenset({"cognition", "perception"})
_CONCESSIVE = frozenset(grammar("concessive_before_if"))
_CONDITIONS = frozenset(grammar("condition_opener"))
_PERFORMING = frozenset(grammar("performance_verb"))
_DENYING = frozenset(grammar("denying_verb"))
_THREATENING = frozenset(grammar("threatening_verb"))
_BINOMIALS = grammar("fixed_binomial")
_PARTICIPIAL_ADJECTIVES = frozenset(grammar("participial_adjective"))
_DEGREE = frozenset(grammar("degree_adverb"))
_BE = frozenset(grammar("be_form"))
_QUESTION_LINKS = frozenset(grammar("question_link"))
# "know if …", "know whether …": PolNeAR reads "knows how important it is" as a belief.
_YES_NO_LINKS = frozenset({"if", "whether"})
_KNOWING = frozenset(grammar("knowing_verb"))
_ZERO_RELATIVE_HEADS = frozenset(grammar("zero_relative_head"))
_MANNER_OBJECTS = frozenset(grammar("manner_object"))
_EXHIBITING = frozenset(grammar("exhibiting_verb"))
_CLOSERS = "”\"’')]—–-,; \t\n"


def _before(text: str, pos: int, n: int, span: int = 60) -> list[str]:
    """The last ``n`` words before ``pos``, lower-case, apostrophes kept ("they'll")."""
    chunk = text[max(0, pos - span) : pos].lower().replace("’", "'")
    return re.findall(r"[a-z']+", chunk)[-n:]


def _first_words(text: str, a: Attribution, n: int) -> list[str]:
    return [w.group().lower() for w in WORD.finditer(text, a.start, a.end)][:n]


def _cue_first(a: Attribution) -> bool:
    return a.cue_start is not None and a.cue_end is not None and a.cue_end <= a.start + 1


def thing_antecedent(text: str, a: Attribution) -> bool:
    """``the only device that supports 4K``, ``blood work, which showed …``: a relative
    "that"/"which" subject whose antecedent (the word before it, past commas and dashes)
    is a lower-case noun that is no person, body or document noun (``source_heads``):
    the relative clause says what a thing does, nobody reports (Quirk et al. 1985,
    17.9-17.15)."""
    if a.kind != "indirect" or a.speaker_start is None or a.speaker_end is None:
        return False  # "a statement … that recognized “…”": a quotation holds someone's words
    if text[a.speaker_start : a.speaker_end].lower() not in _RELATIVE_THAT:
        return False
    head = text[max(0, a.speaker_start - 60) : a.speaker_start].rstrip(_CLOSERS)
    words = re.findall(r"[\w'’\-]+", head)
    if not words or not words[-1].islower() or words[-1] in DETERMINERS:
        return False  # "the Alliance, which …": a name
    # a source noun among the last words ("a letter from his doctor Friday that says"):
    # the antecedent may stand before a postmodifier or a time adjunct
    heads = source_heads()
    return not any(heads.get(w.lower()) or w.lower() in _WORKS for w in words[-_ANTECEDENT_WORDS:])


def modal_thought(text: str, a: Attribution, cue_class: str) -> bool:
    """``China's leaders may still believe …``, ``They'll assume …``, ``X will be left to
    wonder: “…”``: a verb of thought, wish or perception after a modal of prediction or
    possibility (``prediction_modal``, past words of ``modal_gap_word``) is the
    writer's guess, not a report (Quirk et al. 1985, 4.49-4.58)."""
    if a.cue_start is None:
        return False
    if cue_class == "colon":
        if a.speaker_end is None or a.speaker_end > a.cue_start:
            return False
        clause = re.findall(r"[a-z']+", text[a.speaker_end : a.cue_start].lower())
        lexicon_thoughts = _THOUGHT_FORMS & set(clause)
        if not lexicon_thoughts:
            return False
        before = clause[: clause.index(sorted(lexicon_thoughts, key=clause.index)[0])]
        return _modal_then_gap(before)
    if cue_class not in _GUESSED_CLASSES:
        return False  # "27 percent would vote for …": a wish polled is reported
    if a.speaker_start is not None and _before(text, a.speaker_start, 1, 16)[-1:] in (
        ["whether"],
        ["if"],
    ):
        return False  # "asking Clinton whether she would consider …": the question asked
    return _modal_then_gap(_before(text, a.cue_start, 6))


def _modal_then_gap(words: list[str]) -> bool:
    """Do the words end in a modal and then only gap words ("may still", "will be left to")?"""
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in _MODALS or any(word.endswith(e) for e in ("'ll", "'d")):
            return True
        if word not in _MODAL_GAP:
            return False
    return False


def if_clause_subject(text: str, a: Attribution) -> bool:
    """``if the person reports no birds``, ``if they really believed …``: the cue's
    subject opens an if- or unless-clause (``condition_opener``, Quirk et al. 1985,
    15.33): a condition, nothing was said."""
    if a.speaker_start is None or a.cue_start is None or a.speaker_start > a.cue_start:
        return False
    # the clause the subject stands in ("Asked by Starnes if he …" from its opener)
    clause = re.split(r"[.;:!?\n]", text[max(0, a.speaker_start - 80) : a.speaker_start])[-1]
    words = re.findall(r"[a-z']+", clause.lower().replace("’", "'"))
    if words[-1:] and words[-1] in _CONDITIONS:
        cut = len(words) - 1  # "if they …"
    elif len(words) >= 2 and words[-2] in _CONDITIONS and words[-1] in DETERMINERS:
        cut = len(words) - 2  # "if the person …"
    else:
        return False
    ahead = words[max(0, cut - 4) : cut]
    if ahead[-1:] and ahead[-1] in _CONCESSIVE:
        return False  # "even if they disagree", "as if the rivals had decided": no condition
    # "Asked if she believed …", "asking if the governor believes": an embedded question
    return not any(w in cue_lexicon() for w in ahead)


def sung(text: str, a: Attribution) -> bool:
    """``She sings …: “…”``, ``“…,” they sang``: words sung (``performance_verb``) are
    lyrics, not statements."""
    if a.cue_start is None:
        return False
    cue = text[a.cue_start : a.cue_end].lower()
    if cue in _PERFORMING:
        return True
    if cue != ":" or a.speaker_end is None or a.speaker_end > a.cue_start:
        return False
    return bool(_PERFORMING & set(re.findall(r"[a-z]+", text[a.speaker_end : a.cue_start].lower())))


def withholds(text: str, a: Attribution) -> bool:
    """``denying flu vaccines to immigrants``: a verb of denial with an object and then
    "to" and a recipient withholds a thing (Quirk et al. 1985, 16.55), it denies no charge."""
    if a.kind != "indirect" or not _cue_first(a) or cue_lemma(text, a) not in _DENYING:
        return False
    words = _first_words(text, a, 7)
    if cue_lemma(text, a) != "deny" or words[:1] in (["that"], ["to"]) or "to" not in words[1:5]:
        return False
    # the recipient after "to": a determiner, a pronoun or a plural ("to immigrants"),
    # not a verb ("rejected the attempt to delay")
    after = words[words.index("to", 1) + 1 : words.index("to", 1) + 2]
    return bool(after) and (after[0] in DETERMINERS | _OBJECT_PRONOUNS or after[0].endswith("s"))


def threatens_an_act(text: str, a: Attribution, frame: str) -> bool:
    """``threatening legal action``: "threaten" (``threatening_verb``) with a plain noun
    object threatens an act; "threatened to sue" and "threatened that …" report."""
    if a.kind != "indirect" or frame != "object" or not _cue_first(a):
        return False
    if cue_lemma(text, a) not in _THREATENING:
        return False
    words = _first_words(text, a, 3)
    return bool(words) and not {"to", "that"} & set(words)  # "threatened not to show up"


def in_fixed_binomial(text: str, a: Attribution) -> bool:
    """``let supply and demand dictate deals``: the cue word closes a fixed pair of
    nouns (``fixed_binomial``), so it is a noun, no verb of saying."""
    if a.cue_start is None:
        return False
    before = " ".join(_before(text, a.cue_start, 2))
    cue = text[a.cue_start : a.cue_end].lower()
    return f"{before} {cue}" in _BINOMIALS


def participial_adjective(text: str, a: Attribution) -> bool:
    """``a lot that was appealing about …``, ``a very promising start``: a participle
    used as an adjective (``participial_adjective``) after a degree adverb, or after "be"
    before "about", describes a thing (Quirk et al. 1985, 7.15)."""
    if a.cue_start is None or not _cue_first(a):
        return False
    if text[a.cue_start : a.cue_end].lower() not in _PARTICIPIAL_ADJECTIVES:
        return False
    before = _before(text, a.cue_start, 1)
    if before and before[-1] in _DEGREE:
        return True
    return bool(before) and before[-1] in _BE and _first_words(text, a, 1) == ["about"]


def knows_an_answer(text: str, a: Attribution) -> bool:
    """``before they know if it will make money``, ``knows what he's doing``: "know"
    with a question clause (``question_link``) knows an answer, a fact known, not a
    belief held or stated."""
    if a.kind != "indirect" or not _cue_first(a) or cue_lemma(text, a) not in _KNOWING:
        return False
    first = _first_words(text, a, 1)
    return bool(first) and first[0] in _YES_NO_LINKS


def in_comparison(text: str, a: Attribution, cue_class: str) -> bool:
    """``as bad as the sceptics thought it would be``, ``better than analysts expected``:
    a verb of thought in a clause of comparison after "than" or "as ADJ as" (Quirk et al.
    1985, 15.63-15.70) compares, it reports no content."""
    if cue_class not in _THOUGHT_CLASSES or a.speaker_start is None or a.cue_start is None:
        return False
    if a.speaker_start > a.cue_start:
        return False
    before = _before(text, a.speaker_start, 4, 40)
    if before and before[-1] == "than":
        return True
    return len(before) >= 3 and before[-1] == "as" and "as" in before[:-1]


def zero_relative(text: str, a: Attribution, cue_class: str) -> bool:
    """``The next thing she knew, …``: a subject right after "thing" (``zero_relative_head``)
    opens a relative clause without a relative word modifying it (Quirk et al. 1985,
    17.16); its verb reports nothing."""
    if cue_class != "cognition" or a.speaker_start is None or a.cue_start is None:
        return False  # "things the senator has said about …" names statements
    if a.speaker_start > a.cue_start:
        return False
    # only a space between ("these things,” Hale said" is a quotation's end, no relative)
    head = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, a.speaker_start - 16) : a.speaker_start])
    return head is not None and head.group(1).lower() in _ZERO_RELATIVE_HEADS


def manner_of_telling(text: str, a: Attribution) -> bool:
    """``as it tells the truth``, ``told lies``: "tell" with an object of manner
    (``manner_object``) says how someone speaks, not what."""
    if a.kind != "indirect" or not _cue_first(a) or cue_lemma(text, a) != "tell":
        return False
    words = [w for w in _first_words(text, a, 3) if w not in DETERMINERS]
    return bool(words) and words[0] in _MANNER_OBJECTS


def exhibits(text: str, a: Attribution, form: str, frame: str) -> bool:
    """``the studio shows the subjective way …``: "show" (``exhibiting_verb``) with a
    body or name as subject and a plain object displays a thing; a document shows a
    finding ("a poll shows …")."""
    if a.kind != "indirect" or frame != "object" or form not in ("body", "name"):
        return False
    if not _cue_first(a) or cue_lemma(text, a) not in _EXHIBITING:
        return False
    # "A poll released Sunday by the Post shows …": the subject's head is the document
    clause = re.split(r"[.;:!?\n]", text[max(0, a.speaker_start - 80) : a.speaker_end])[-1]
    heads = source_heads()
    return not any(heads.get(w) == "document" for w in re.findall(r"[a-z]+", clause.lower()))


def offers_a_thing(text: str, a: Attribution, cue_class: str, form: str) -> bool:
    """``Amazon is offering members a gift card if you buy one``: a verb of reply read as
    having a clause only by a later subordinate clause ("if you …") offers a thing; a
    reply reports with "that", a clause without it, or a noun of speech ("offered an
    apology")."""
    if cue_class != "reply" or a.kind != "indirect" or not _cue_first(a):
        return False
    if cue_lemma(text, a) != "offer":
        return False  # "He responded then the same way …: …" reports
    words = _first_words(text, a, 40)
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
    if a.kind != "indirect" or frame != "object" or not _cue_first(a):
        return False
    words = _first_words(text, a, 6)
    if not words or words[0] not in _OBJECT_PRONOUNS:
        return False
    if rated_frame(text, a, frame) != "object":
        return False  # "told them to leave": a directive
    # "them to me", "it to us": only pronouns and prepositions ("asked them about the
    # delay" has a topic)
    return set(words) <= _OBJECT_PRONOUNS | PREPOSITIONS


def guessed_hearsay(text: str, a: Attribution) -> bool:
    """``People will ask you to write for them``: hearsay of nobody in particular
    (``hearsay_subject``) after a modal is a prediction, nobody's words."""
    if a.cue_start is None or a.speaker_start is None or a.speaker_end is None:
        return False
    if text[a.speaker_start : a.speaker_end].lower() not in _HEARSAY:
        return False
    return _modal_then_gap(_before(text, a.cue_start, 6))


def nickname(text: str, a: Attribution, cue_class: str) -> bool:
    """``Everyone called him Mike``: naming with a pronoun object and one capitalised
    word gives a name by which someone is known, no words reported."""
    if cue_class != "naming" or a.kind != "indirect" or not _cue_first(a):
        return False
    words = text[a.start : a.end].split()
    if len(words) != 2 or words[0].lower() not in _OBJECT_PRONOUNS:
        return False
    name = words[1].strip(".,;:!?")
    return name[:1].isupper() and name[1:].islower()


def thing_with_infinitive(text: str, a: Attribution, form: str) -> bool:
    """``the holiday deals promise to be even better``: a thing named by its
    premodifiers (speaker form ``thing``) before "to be" is a verb of likelihood
    (Quirk et al. 1985, 16.49, raising), not a promise made."""
    if form != "thing" or a.kind != "indirect" or not _cue_first(a):
        return False
    return _first_words(text, a, 2) == ["to", "be"]


def stated_belief(text: str, a: Attribution, cue_class: str, form: str) -> bool:
    """``The agency believes that the toll is higher``: a verb of thought (not "know",
    which asserts the fact: ``knowing_verb``) with "that" right after it, held by a
    name, a body or a person noun, is a belief attribution (Pareti 2015, PARC 3.0): a
    reader need not check it as doubtful. No modal, no hearsay (those are tested first)."""
    if cue_class != "cognition" or a.kind != "indirect" or not _cue_first(a):
        return False
    if form not in ("name", "body", "person") or cue_lemma(text, a) in _KNOWING:
        return False
    if _negated(text, a):
        return False  # "never expected that …": nothing held
    return _first_words(text, a, 1) == ["that"]


def _negated(text: str, a: Attribution) -> bool:
    before = _before(text, a.cue_start, 2)
    return any(w in _NEGATORS or w.endswith("n't") for w in before)


def authored_oneself(text: str, a: Attribution, frame: str) -> bool:
    """``had written the letter himself``: an authoring verb (``authoring_verb``) with an
    object and an emphatic reflexive says who wrote a text, not what it says."""
    if a.kind != "indirect" or frame != "object" or not _cue_first(a):
        return False
    if cue_lemma(text, a) not in _AUTHORING:
        return False
    words = _first_words(text, a, 6)
    return 1 < len(words) <= 4 and words[-1] in _REFLEXIVES


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
    )


_THOUGHT_FORMS = frozenset(grammar("thought_form"))
_OBJECT_PRONOUNS = frozenset(grammar("object_pronoun"))
# Nouns of speech and of works that carry words ("a voice that said", "a page which
# recounts"): an antecedent a relative clause may report for.
_WORKS = frozenset(grammar("speech_noun")) | frozenset(grammar("work_noun"))
# How many words before a relative "that"/"which" are read for its antecedent.
_ANTECEDENT_WORDS = 5
_VERB_MENTIONS = frozenset(grammar("verb_mention"))
_HEARSAY = frozenset(grammar("hearsay_subject"))
_NEGATORS = frozenset(grammar("negator"))
_AUTHORING = frozenset(grammar("authoring_verb"))
_REFLEXIVES = frozenset(grammar("reflexive"))
