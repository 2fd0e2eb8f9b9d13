"""Frames in which a cue word reports nobody's words, read by the screen (issue 10).

Each test names one construction that real pages put in a reporting verb's place, found
in a hand reading of the rows the screen flagged (``check=True``):

* a relative "that"/"which" whose antecedent is a thing ("a device that supports
  streaming", "blood work, which showed …"): the subject of the cue is no source;
* a verb of thought after a modal of prediction or possibility ("leaders may still
  believe …", "they'll assume …", "the label will be left to wonder: “…”"): the
  writer's guess at a thought, not a thought anyone reported (Quirk et al. 1985, 4.49-4.58);
* a cue whose subject is an if-clause's ("if the patient reports no pets"): a condition;
* words sung ("she sings …: “…”"): lyrics, which the screen flags;
* "deny" with an object and a recipient ("denying vaccines to detainees"): withholding;
* "threaten" with a bare noun object ("threatening legal action"): an act threatened;
* a cue noun in a fixed pair of nouns ("let supply and demand dictate …");
* a participial adjective ("much that was charming about …", "a very promising start");
* "know" with a question clause ("before they know if it pays"): an answer known;
* a cue inside a clause of comparison ("as dull as the critics feared", "better than
  analysts expected"): no content clause;
* a zero relative clause on "thing" ("the next thing she knew, …").

Frames of objects and mentions, and :func:`unsaid` which asks all of them, are in
:mod:`analysis.attribution.screen_objects`.
"""

from __future__ import annotations

import re

from analysis.attribution.cues import cue_lexicon
from analysis.attribution.shapes import WORD, cue_lemma
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import DETERMINERS, grammar, source_heads

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
_CLOSERS = "”\"’')]—–-,; \t\n"


def words_before(text: str, pos: int, n: int, span: int = 60) -> list[str]:
    """The last ``n`` words before ``pos``, lower-case, apostrophes kept ("they'll")."""
    chunk = text[max(0, pos - span) : pos].lower().replace("’", "'")
    return re.findall(r"[a-z']+", chunk)[-n:]


def first_words(text: str, a: Attribution, n: int) -> list[str]:
    return [w.group().lower() for w in WORD.finditer(text, a.start, a.end)][:n]


def cue_first(a: Attribution) -> bool:
    return a.cue_start is not None and a.cue_end is not None and a.cue_end <= a.start + 1


def thing_antecedent(text: str, a: Attribution) -> bool:
    """``the only camera that supports night mode``, ``blood work, which showed …``: a relative
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
    # a source noun among the last words ("a note from her lawyer Monday that says"):
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
        return modal_then_gap(before)
    if cue_class not in _GUESSED_CLASSES:
        return False  # "27 percent would vote for …": a wish polled is reported
    if a.speaker_start is not None and words_before(text, a.speaker_start, 1, 16)[-1:] in (
        ["whether"],
        ["if"],
    ):
        return False  # "asking Clinton whether she would consider …": the question asked
    return modal_then_gap(words_before(text, a.cue_start, 6))


def modal_then_gap(words: list[str]) -> bool:
    """Do the words end in a modal and then only gap words ("may still", "will be left to")?"""
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in _MODALS or any(word.endswith(e) for e in ("'ll", "'d")):
            return True
        if word not in _MODAL_GAP:
            return False
    return False


def if_clause_subject(text: str, a: Attribution) -> bool:
    """``if the farmer reports no frost``, ``if they really believed …``: the cue's
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
    if a.kind != "indirect" or not cue_first(a) or cue_lemma(text, a) not in _DENYING:
        return False
    words = first_words(text, a, 7)
    if cue_lemma(text, a) != "deny" or words[:1] in (["that"], ["to"]) or "to" not in words[1:5]:
        return False
    # the recipient after "to": a determiner, a pronoun or a plural ("to immigrants"),
    # not a verb ("rejected the attempt to delay")
    after = words[words.index("to", 1) + 1 : words.index("to", 1) + 2]
    return bool(after) and (after[0] in DETERMINERS | _OBJECT_PRONOUNS or after[0].endswith("s"))


def threatens_an_act(text: str, a: Attribution, frame: str) -> bool:
    """``threatening legal action``: "threaten" (``threatening_verb``) with a plain noun
    object threatens an act; "threatened to sue" and "threatened that …" report."""
    if a.kind != "indirect" or frame != "object" or not cue_first(a):
        return False
    if cue_lemma(text, a) not in _THREATENING:
        return False
    words = first_words(text, a, 3)
    return bool(words) and not {"to", "that"} & set(words)  # "threatened not to show up"


def in_fixed_binomial(text: str, a: Attribution) -> bool:
    """``let supply and demand set prices``: the cue word closes a fixed pair of
    nouns (``fixed_binomial``), so it is a noun, no verb of saying."""
    if a.cue_start is None:
        return False
    before = " ".join(words_before(text, a.cue_start, 2))
    cue = text[a.cue_start : a.cue_end].lower()
    return f"{before} {cue}" in _BINOMIALS


def participial_adjective(text: str, a: Attribution) -> bool:
    """``much that was charming about …``, ``a very promising start``: a participle
    used as an adjective (``participial_adjective``) after a degree adverb, or after "be"
    before "about", describes a thing (Quirk et al. 1985, 7.15)."""
    if a.cue_start is None or not cue_first(a):
        return False
    if text[a.cue_start : a.cue_end].lower() not in _PARTICIPIAL_ADJECTIVES:
        return False
    before = words_before(text, a.cue_start, 1)
    if before and before[-1] in _DEGREE:
        return True
    return bool(before) and before[-1] in _BE and first_words(text, a, 1) == ["about"]


def knows_an_answer(text: str, a: Attribution) -> bool:
    """``until they learn if it will sell``, ``knows what he's doing``: "know"
    with a question clause (``question_link``) knows an answer, a fact known, not a
    belief held or stated."""
    if a.kind != "indirect" or not cue_first(a) or cue_lemma(text, a) not in _KNOWING:
        return False
    first = first_words(text, a, 1)
    return bool(first) and first[0] in _YES_NO_LINKS


def in_comparison(text: str, a: Attribution, cue_class: str) -> bool:
    """``as dull as the critics feared it would be``, ``better than analysts expected``:
    a verb of thought in a clause of comparison after "than" or "as ADJ as" (Quirk et al.
    1985, 15.63-15.70) compares, it reports no content."""
    if cue_class not in _THOUGHT_CLASSES or a.speaker_start is None or a.cue_start is None:
        return False
    if a.speaker_start > a.cue_start:
        return False
    before = words_before(text, a.speaker_start, 4, 40)
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


_THOUGHT_FORMS = frozenset(grammar("thought_form"))
_OBJECT_PRONOUNS = frozenset(grammar("object_pronoun"))
# Nouns of speech and of works that carry words ("a voice that said", "a page which
# recounts"): an antecedent a relative clause may report for.
_WORKS = frozenset(grammar("speech_noun")) | frozenset(grammar("work_noun"))
# How many words before a relative "that"/"which" are read for its antecedent.
_ANTECEDENT_WORDS = 5
