"""Reporting cues: the lexicon of reporting verbs and phrases, finding them, and reading them.

A cue is the *cue* of an attribution in PARC 3.0 terms (Pareti 2015): a reporting verb
(``said``, ``pointed out``) or a phrase that marks a source (``according to``). Verbs come
from ``reporting_verbs.tsv`` (shared with stance) and ``attribution_cues.tsv``; this
module also holds the tests of whether a form found is a verb that reports here (Quirk et
al. 1985 on verb complementation), not a noun or a verb of another sense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis import lexicons
from analysis.attribution.addressee import appositive_addressee_end, common_addressee_end
from analysis.attribution.agreement import subject_agrees
from analysis.attribution.cue_forms import compound_noun, passive_conjunct, pronoun_addressee_end
from analysis.attribution.quotative_frames import beside_quotation
from analysis.attribution.verb_readings import inscription, verb_reading
from analysis.attribution.vocabulary import (
    ADDRESSEE_VERBS,
    DETERMINERS,
    MONTHS,
    PRONOUNS,
    QUOTATIVE_LEMMAS,
    SUBORDINATORS,
    TIME_NOUNS,
    WEAK_BEFORE_TO,
    WEEKDAYS,
    alternation,
    grammar,
)
from analysis.core.quotemarks import DOUBLE_MARKS, SINGLE_MARKS

__all__ = [
    "DAY",
    "MONTH",
    "QUOTE_CHARS",
    "Cue",
    "agrees",
    "beside_quotation",
    "cue_lexicon",
    "cue_pattern",
    "find_cues",
    "inscription",
    "is_weak",
    "past_addressee",
    "states_something",
    "title_cue_pattern",
    "verb_reading",
]

QUOTE_CHARS = DOUBLE_MARKS + SINGLE_MARKS
DAY = alternation(WEEKDAYS, capitalise=True)
MONTH = alternation(MONTHS, capitalise=True)


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase found in the text."""

    start: int
    end: int
    lemma: str
    kind: str  # "verb", "source_phrase" or "circumstance"
    text_form: str = ""  # the matched form in lower case, spaces normalised

    @property
    def participle(self) -> bool:
        """``saying``, ``noting``: a cue that hangs on the clause before it."""
        return self.kind == "verb" and self.text_form.split(" ", 1)[0].endswith("ing")


@cache
def cue_lexicon() -> dict[str, tuple[str, str]]:
    """Every cue form (lower case) mapped to (lemma, kind).

    Verbs come from ``reporting_verbs.tsv`` (shared with stance) and the extra verbs and
    phrases of ``attribution_cues.tsv``; phrasal verbs keep their particle
    (``pointed out``) so the cue span covers it.
    """
    forms: dict[str, tuple[str, str]] = {}
    for row in lexicons.rows("reporting_verbs"):
        lemma = row["lemma"]
        particle = lemma.split(" ", 1)[1] if " " in lemma else ""
        for form in row["forms"].split():
            forms[f"{form} {particle}".strip()] = (lemma, "verb")
    for row in lexicons.rows("attribution_cues"):
        if row["kind"] == "verb":
            particle = row["cue"].split(" ", 1)[1] if " " in row["cue"] else ""
            for form in row["forms"].split():
                forms.setdefault(f"{form} {particle}".strip(), (row["cue"], "verb"))
        else:
            forms[row["forms"].lower()] = (row["cue"], row["kind"])
    return forms


def _trie_pattern(forms: list[str]) -> str:
    """One regex alternation for ``forms`` shaped as a trie: shared prefixes are written
    once, so the engine tries a handful of branches at each position instead of every
    form. At a node a longer continuation is tried before the form ending there, so of
    the forms matching at one position the longest is tried first, as in a flat
    alternation sorted longest first. A space in a form matches any run of white space."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + render(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return render(trie)


@cache
def cue_pattern() -> re.Pattern[str]:
    """One regex for every cue form (a trie of the forms, longest match first)."""
    body = _trie_pattern(list(cue_lexicon()))
    # Verbs are matched in lower case only: a capitalised "Call" or "Report" is a name
    # or starts a headline far more often than it reports speech.
    # "Said Ellis: “…”" opens a sentence with the verb.
    # Source phrases open a sentence capitalised ("According to X", "As reported by X").
    phrases = sorted(f for f, (_, kind) in cue_lexicon().items() if kind == "source_phrase")
    extra = "".join("|" + re.escape(f.capitalize()).replace(r"\ ", r"\s+") for f in phrases)
    extra += r"|Said(?=\s+[A-Z])"
    # "Tweeted Ruiz: “…”": other fronted verbs only before a short subject and a quotation.
    fronted = "|".join(re.escape(f.capitalize()) for f in grammar("fronted_quotative"))
    name = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}"  # a run of capitalised words
    extra += r"|(?:" + fronted + r")(?=\s+" + name + r'(?:,[^\n“”"]{1,60}?)?[:,]\s*[“"])'
    # "Recalling “…,” the mayor said": a participle opening the sentence before a quotation.
    participles = sorted(
        (
            f.capitalize()
            for f, (_, kind) in cue_lexicon().items()
            if kind == "verb" and " " not in f and f.endswith("ing")
        ),
        key=len,
        reverse=True,
    )
    extra += r"|(?:" + "|".join(map(re.escape, participles)) + r')(?=\s+[“"])'
    return re.compile(r"(?<![\w’'-])(?:" + body + extra + r")(?![\w’'-])")


@cache
def title_cue_pattern() -> re.Pattern[str]:
    """Capitalised one-word verb cues, for title-case headlines ("Mayor Praises …");
    not the quotative verbs, which report only beside a quotation ("Mayor Charges …")."""
    verbs = [
        f
        for f, (lemma, kind) in cue_lexicon().items()
        if kind == "verb" and " " not in f and lemma not in QUOTATIVE_LEMMAS
    ]
    body = "|".join(re.escape(f.capitalize()) for f in sorted(verbs, key=len, reverse=True))
    return re.compile(r"(?<![\w’'-])(?:" + body + r")(?![\w’'-])")


def find_cues(text: str) -> list[Cue]:
    """Every reporting verb or cue phrase of the lexicons in ``text``, in order; a
    quotative verb only beside a quotation (:func:`beside_quotation`)."""
    lexicon = cue_lexicon()
    found = []
    for match in cue_pattern().finditer(text):
        surface = " ".join(match.group().lower().split())
        lemma, kind = lexicon[surface]
        if lemma in QUOTATIVE_LEMMAS and not beside_quotation(text, match.start(), match.end()):
            continue  # "charged with murder", "pressed the button": another sense
        if surface == "said" and _discourse_marker(text, match.start(), match.end()):
            continue  # "That said, the firm …": a conjunct, no report
        if compound_noun(text, surface, match.end()):
            continue  # "a fellow at the Lakeside think tank told …": a noun, no cue
        if passive_conjunct(text, match.start(), match.end()):
            continue  # "claims must be checked and verified,": a passive participle
        found.append(Cue(match.start(), match.end(), lemma, kind, surface))
    return found


@cache
def _discourse_markers() -> re.Pattern[str]:
    """``That said,``, ``Having said that,`` (``discourse_marker`` of the grammar): the
    phrase, ending in or followed by a comma, after the start of a clause."""
    phrases = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(grammar("discourse_marker"))
    )
    return re.compile(r"(?:^|(?<=[\s(“\"‘']))(?i:" + phrases + r")\s*,")


def _discourse_marker(text: str, start: int, end: int) -> bool:
    """Is the "said" at text[start:end] part of a linking phrase ("That said,")?"""
    window_start = max(0, start - 16)
    for match in _discourse_markers().finditer(text, window_start, min(len(text), end + 8)):
        if match.start() <= start and end <= match.end():
            opener = text[max(0, match.start() - 6) : match.start()].rstrip()
            return not opener or opener[-1] in ".!?;:,\n(\"“‘'" or opener.endswith(("But", "And"))
    return False


# ------------------------------------------------------------------ reading a cue in context

_TO_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
_COMPLEMENT = re.compile(r"\b(?:that|to|whether|if|how|why|what|when|where|who|about|of)\b", re.I)
_ADDRESSEE_THEN_CLAUSE = re.compile(r"[^,;:“”\"]{1,60}?\b(?=(?:that|whether|if)\b)", re.I)
# A span of time after "for" ("argued for decades that"): a plural period noun.
_PERIOD = r"(?:" + alternation(tuple(f"{n}s" for n in TIME_NOUNS)) + r")\b"
# A circumstance between a cue and its that-clause: "said in an email that", "said on
# Tuesday that", "said at a briefing in Leeds that".
_CIRCUMSTANCE_THEN_CLAUSE = re.compile(
    r"(?:(?:in|on|at|during|after|before|by|via|through|with|from|over|of|earlier|later|late)\s"
    # "said last week that", "this spring": "last" and "this" only before a time noun
    # ("believes this finding is evidence that …": the object, then a noun's clause)
    r"|(?:last|this)\s+(?:"
    + alternation(TIME_NOUNS | frozenset(grammar("period_after_last")))
    + r"|"
    + DAY
    + r"|"
    + MONTH
    + r"|May)\b"  # (the month list leaves out "May", a modal elsewhere)
    r"|(?:" + DAY + r"|today|yesterday|tonight)\b"
    r"|for\s+(?:(?:the\s+)?(?:past|last|several|many|two|three|a\s+few)\s+)?" + _PERIOD + r")"
    r"[^,;:“”\"]{0,60}?\b(?=that\b)",
    re.I,
)

# "confirmed to the outlet that", "said to reporters that": the addressee of a verb of
# saying in a "to" phrase (a name, a noun phrase or an object pronoun, not an infinitive).
_TO_ADDRESSEE_THEN_CLAUSE = re.compile(
    r"to\s+(?=[A-Z]|(?:the|a|an|his|her|their|its|our|him|them|us|me)\b)"
    r"[^,;:“”\"]{0,60}?\b(?=that\s+(?!(?:" + "|".join(grammar("finite_auxiliary")) + r")\b))"
)  # ("… of problems that have turned …": "that" before a finite verb is a relative)
_TO_OBJECT_LEMMAS = frozenset(grammar("to_object_lemma"))


def is_weak(text: str, cue: Cue) -> bool:
    """``threatened to stall``: a cue that is speech only when nothing else reports.

    Followed by an infinitive, these verbs report a stance of people and a risk
    posed by things ("the dispute threatened to stall talks") about equally often,
    so they yield the sentence to any other reporting cue in it.
    """
    return cue.lemma in WEAK_BEFORE_TO and bool(_TO_INFINITIVE.match(text, cue.end))


def states_something(text: str, lo: int, hi: int, lemma: str) -> bool:
    """Whether the words after a cue carry content, not only the addressee of a verb of
    telling ("CBC tells The House today"; Quirk et al. 1985, 16.59-16.64)."""
    if lemma not in ADDRESSEE_VERBS:
        return True
    stretch = text[lo:hi]
    return (
        bool(_COMPLEMENT.search(stretch))
        or any(ch in QUOTE_CHARS for ch in stretch)
        or (len(stretch.split()) >= 6)
    )


def past_addressee(text: str, lo: int, hi: int, lemma: str) -> tuple[int, int]:
    """``told reporters that X``: what was said starts at ``that``, after the addressee;
    ``said in an email that X`` and ``confirmed to the outlet that X`` likewise start
    after the circumstance or the addressee; ``told Riverbeat
    the band has …`` starts after the named addressee (:func:`_named_addressee_end`)."""
    match = _CIRCUMSTANCE_THEN_CLAUSE.match(text, lo, hi)
    if match is None and lemma not in _TO_OBJECT_LEMMAS | ADDRESSEE_VERBS:
        match = _TO_ADDRESSEE_THEN_CLAUSE.match(text, lo, hi)  # "confirmed to X that"
    if match is None and lemma in ADDRESSEE_VERBS:
        match = _ADDRESSEE_THEN_CLAUSE.match(text, lo, hi)
        if match is None:
            pronoun = pronoun_addressee_end(text, lo, hi)
            if pronoun is not None:
                return pronoun, hi  # "tells us you should …": the clause after "us"
            clause = appositive_addressee_end(text, lo, hi)
            if clause is not None:
                return clause, hi  # "told investors of the firm, its parent, that …"
            named = _named_addressee_end(text, lo, hi)
            return (named if named > lo else common_addressee_end(text, lo, hi)), hi
    if match:
        return _subject_in_addressee(text, lo, match.end()), hi
    return lo, hi


def _subject_in_addressee(text: str, lo: int, clause: int) -> int:
    """``told host Ana Ruiz she believed that …``: a subject pronoun between the
    addressee and "that" opens the clause that was told (the "that"-clause belongs to
    its verb), so the content starts there; else at ``clause``."""
    found = list(re.finditer(r"[^\W\d_][\w’'-]*", text[lo:clause]))
    for k, match in enumerate(found):
        if not k or match.group().lower() not in PRONOUNS - {"you", "who", "it"}:
            continue
        if found[k - 1].group().lower() in SUBORDINATORS:
            return clause  # "told X before he spoke …": the pronoun opens an adverbial clause
        return lo + match.start()
    return clause


# A run of capitalised words, then a lower-case word that opens a clause's subject.
_NAMED_RUN = re.compile(r"(?:[A-Z][\w.&’'-]*\s+){1,4}(?=(?P<opener>[a-z]+)\b)")
_FINITE_AUX = frozenset(grammar("finite_auxiliary"))


def _named_addressee_end(text: str, lo: int, hi: int) -> int:
    """``told Riverbeat the Larks have been …``: a name right after a verb of telling,
    followed by a determiner or subject pronoun and a finite verb, is the addressee
    (the first object; Quirk et al. 1985, 16.59): the clause after it is what was said.
    Returns where the content starts (``lo`` when there is no such addressee)."""
    match = _NAMED_RUN.match(text, lo, hi)
    if match is None or match.group("opener") not in DETERMINERS | PRONOUNS:
        return lo
    rest = text[match.end() : hi].split()[:8]
    if any(w.lower().strip(",") in _FINITE_AUX or w.endswith("ed") for w in rest[1:]):
        return match.end()
    return lo


def agrees(text: str, cue: Cue, speaker: tuple[int, int]) -> bool:
    """A bare verb form ("say", "call") needs a plural subject or a modal before it
    (:func:`analysis.attribution.agreement.subject_agrees`)."""
    return subject_agrees(text, cue, speaker, cue_lexicon())
