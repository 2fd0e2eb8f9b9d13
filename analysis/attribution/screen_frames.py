"""The frame of a row's content and the class of its cue, as the screen rates them.

A cue's class comes from ``cue_classes.tsv`` (saying, thought, evidence, naming, acts, …);
the frame is what follows it: a quotation, a clause (a that- or wh-clause, or a subject
and a finite verb without "that"), a directive (an object then an infinitive, Quirk et al.
1985, 16.63) or a bare object (Pareti 2015, PARC 3.0: the content of an attribution).
Moved out of :mod:`analysis.attribution.screen`, which weighs rows by both.
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons
from analysis.attribution.content import adjunct_only
from analysis.attribution.cues import cue_lexicon
from analysis.attribution.shapes import (
    CLAUSE_VERBS,
    CLAUSE_WORDS,
    COORDINATORS,
    FINITE,
    NOMINATIVE,
    RELATIVE_PRONOUNS,
    WORD,
    all_pronouns,
    cue_lemma,
    infinitive_after,
    object_end,
)
from analysis.attribution.state import Attribution, State
from analysis.attribution.vocabulary import (
    ADJUNCT_OPENERS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SKIPPABLE,
    SUBORDINATORS,
    WEAK_BEFORE_TO,
    grammar,
)

_CLAUSE_LINK = re.compile(r"(?:that|whether|if|how|why|what|when|where|who)\b", re.I)
# An object then an infinitive: "Chile and its neighbours to hold talks".
_DIRECTIVE = re.compile(r"[^,;:]{1,60}?\s(?:not\s+)?to\s+(?P<verb>[a-z]+)\b")
_CONTRACTED = re.compile(r"[’'](?:ll|s|d|re|ve|m)$")
_DIRECTIVE_VERBS = frozenset(grammar("directive_verb"))
_GERUND = re.compile(r"[a-z]{3,}ing")
_NOT_A_VERB = DETERMINERS | PRONOUNS | frozenset(grammar("clause_link")) | PREPOSITIONS
# Determiners only a noun follows ("a will", "the may"; not "this is", "all this was").
_NOUN_DETERMINERS = frozenset(grammar("noun_determiner"))


@cache
def cue_classes() -> dict[str, str]:
    """Lemma → class for the cues that are not plain verbs of saying (``cue_classes.tsv``)."""
    return {r["lemma"]: r["class"] for r in lexicons.rows("cue_classes")}


def content_frame(state: State, a: Attribution) -> str:
    """``quotation`` (content holds one), ``clause`` (a that/wh-clause, a subject and
    verb, or the clause before ``…, X said``) or ``object`` (a noun phrase, infinitive)."""
    text = state.text
    if a.kind in ("direct", "mixed"):
        return "quotation"
    if a.cue_start is not None and a.cue_start >= a.end:
        return "clause"  # "clause, X said": the content is the clause before
    if a.cue_start is not None and a.start < a.cue_start < a.end:
        return "clause"  # "At current rates, X said, there will be …": a parenthetical cue
    words = text[a.start : a.end].split()
    first = words[0].lower().strip("“\"‘'(").rstrip(",;") if words else ""  # "that, on average"
    contracted, first = first, _CONTRACTED.sub("", first)  # "she’ll"
    if _CLAUSE_LINK.fullmatch(first) or first in all_pronouns() - {"him", "them", "her", "it"}:
        return "clause"
    if contracted != first and first in all_pronouns():
        return "clause"  # "it’s not the way": a pronoun with a verb glued on is a subject
    # A subject and a finite verb within the first words, before any comma: "the main fear
    # is rising rent" (not "a woman shouting, who was …": a relative clause inside an object).
    clause = text[a.start : a.end]
    set_off = (
        text[max(0, a.start - 8) : a.start].rstrip().endswith(",")
    )  # "According to X, as of 2016, …"
    if set_off and "," in clause and adjunct_only(text, a.start, a.start + clause.index(",")):
        clause = clause.split(",", 1)[1]  # "as of 2016, the town had …": a fronted adjunct
        words = clause.split()
    opening = clause.split(",", 1)[0].split()[:8]
    if opening == words[: len(opening)] and len(opening) == len(words):
        opening = opening[:-1]  # "the pinch worse than others do": an ending "do" is elliptic
    mention = text[a.speaker_start : a.speaker_end] if a.speaker_start is not None else ""
    if mention.lower() in RELATIVE_PRONOUNS:
        # "the clerk who reported the leak recalled that …": a reporting verb after the
        # relative clause's object is the main clause's verb, not the content's.
        lexicon = cue_lexicon()
        cut = [k for k, w in enumerate(opening) if w.endswith("ed") and w.lower() in lexicon]
        opening = opening[: cut[0]] if cut else opening
    opening = opening[: _second_predicate(opening, subordinate=False)]
    if first != "to" and any(_finite_after(opening, k) for k in range(1, len(opening))):
        return "clause"
    second = words[1] if len(words) >= 3 else ""
    if words[0][:1].isupper() and second.endswith(("ed", "s")) and second[:1].islower():
        return "clause"  # "… believes Trump lost", "said Ruiz wins" (not "Bernie Sanders")
    if _title_case(words) and any(w.lower() in FINITE for w in words[1:8]):
        return "clause"  # a headline "Mayor Says Bridge Will Close": capitals hide the verb
    return "object"


def _finite_after(words: list[str], k: int) -> bool:
    """Is ``words[k]`` a finite verb or modal, not a noun after a determiner ("had
    written a will", "the may of spring": Quirk et al. 1985, 5.10)?"""
    return words[k].strip(",;:") in FINITE and words[k - 1].lower() not in _NOUN_DETERMINERS


def _title_case(words: list[str]) -> bool:
    """Are three words or more all capitalised, as in a headline (AP Stylebook,
    "headlines")?"""
    letters = [w for w in words if w[:1].isalpha()]
    return len(letters) >= 3 and all(w[:1].isupper() for w in letters)


def _second_predicate(words: list[str], subordinate: bool = True) -> int:
    """Where a coordinated or subordinate predicate starts in the words after a cue: a
    coordinator before an "-ed" verb ("the design and launched a program"), "but" before
    a word that is no determiner, pronoun or clause link ("knowledge of crimes but feel
    that …"), or a subordinator
    after the first word ("victory as the council concluded"; only with ``subordinate``:
    whether a verb of thought reports at all is left to its own words, "felt comfortable
    because they could"). Its verb is not the content's (Quirk et al. 1985, 13.5 and
    15.17); len(words) when there is none."""
    for k, word in enumerate(words[1:], 1):
        low = word.lower().strip(",;:")
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        verb_next = after.endswith("ed") or (low == "but" and after not in _NOT_A_VERB)
        if (
            low in COORDINATORS
            and words[k + 1 : k + 2]
            and words[k + 1][:1].islower()
            and verb_next
        ):
            return k
        if subordinate and low in SUBORDINATORS and low not in CLAUSE_WORDS:
            return k
        if subordinate and low in ADJUNCT_OPENERS and after in DETERMINERS | NOMINATIVE:
            return k  # "victory as the council concluded", not "the vote as proof that"
    return len(words)


def rated_frame(text: str, a: Attribution, frame: str) -> str:
    """The frame a row's confidence is rated by: an ``object`` read by :func:`content_frame`
    that holds a verb further on ("a fire that destroyed a barn may have …",
    "more than 9,000 people signed up") is a clause without "that"; one with an
    infinitive after its object is a ``directive``; the rest stays a bare object."""
    if frame != "object":
        return frame
    if a.cue_start is not None and cue_lemma(text, a) in CLAUSE_VERBS:
        return "clause"  # "said the campaign made a mistake": "say" takes a clause, not a noun
    cue_class = _cue_class_of(text, a)
    if cue_class == "source_phrase":
        return "clause"  # "according to X, her label, which …, is": a source's claim
    saying = cue_class == "speech"
    first = WORD.match(text, a.start)
    if (
        saying
        and first
        and first.group().lower() == "to"
        and infinitive_after(text, a.start, a.end)
        and cue_lemma(text, a) not in WEAK_BEFORE_TO  # "the dispute threatened to stall"
    ):
        return "directive"  # "promised to protect the park": a commitment reported
    tokens = [w.group() for w in WORD.finditer(text, a.start, object_end(text, a, saying))]
    if saying and tokens and _GERUND.fullmatch(tokens[0]):
        return "clause"  # "reported hearing sirens", "denied having lied": a gerund clause
    if _pronoun_subject_follows(tokens):
        return "clause"  # "told nurses he picked mushrooms", "reiterated it still finds"
    tokens = tokens[: _second_predicate(tokens)]
    relatives = all_pronouns() | CLAUSE_WORDS
    mention = text[a.speaker_start : a.speaker_end] if a.speaker_start is not None else ""
    relative_speaker = mention.lower() in RELATIVE_PRONOUNS
    in_relative = False
    for k, (before, word) in enumerate(zip(tokens, tokens[1:], strict=False)):
        in_relative = in_relative or before.lower() in RELATIVE_PRONOUNS | {"whose"}
        if k and not saying and before.lower() in RELATIVE_PRONOUNS:
            break  # "notes the rule that crews carry radios": a clause inside the object
        if word in FINITE and before.lower() not in _NOUN_DETERMINERS:
            return "clause"  # lower case: "in May" is a month; "a will" is a noun
        # after a relative pronoun an "-ed" verb is the relative clause's ("refunds from
        # firms whose brakes failed"); a finite verb may still be the content's.
        ed_verb = word.islower() and word.endswith("ed") and not in_relative
        if ed_verb and relative_speaker and word.lower() in cue_lexicon():
            break  # "the clerk who reported the leak recalled that …": the main clause's verb
        if ed_verb and before.lower() not in relatives | COORDINATORS | DETERMINERS:
            # not "earnings that topped estimates", "a streak … and ended", nor "the
            # flawed hinge": after a determiner an "-ed" word is an adjective
            return "clause"
    return "directive" if _directive(text, a) else "object"


def _pronoun_subject_follows(tokens: list[str]) -> bool:
    """Does a clause with a pronoun subject open the content, or follow a listener
    ("nurses he picked mushrooms", "police she was home")? A nominative pronoun is a
    subject (Quirk et al. 1985, 6.3); "it" only before a verb ("it still finds", not
    "called it a sham"); after a verb of telling the noun before it is the listener
    (16.59)."""
    low = [w.lower() for w in tokens[:6]]
    if any(w in NOMINATIVE for w in low[:4]):
        k = next(k for k, w in enumerate(low) if w in NOMINATIVE)
        return k == 0 or all(w not in CLAUSE_WORDS for w in low[:k])
    if len(low) >= 2 and low[0] == "it":
        verb = low[2] if low[1] in SKIPPABLE and len(low) > 2 else low[1]
        return verb in FINITE or (verb.endswith("s") and verb not in DETERMINERS)
    return False


def _cue_class_of(text: str, a: Attribution) -> str:
    """The class of a row's cue word (``speech`` for a plain verb of saying), as
    :func:`screened_cue_class` without the punctuation cues."""
    cue = " ".join(text[a.cue_start : a.cue_end].lower().split())
    lemma, kind = cue_lexicon().get(cue, (cue, "verb"))
    return "source_phrase" if kind == "source_phrase" else cue_classes().get(lemma, "speech")


def _directive(text: str, a: Attribution) -> bool:
    """An object then an infinitive after a verb of directing ("urged Chile to hold
    talks", "told managers to wait"; ``directive_verb``): a directive reported, surer
    than a bare object (Quirk et al. 1985, 16.63)."""
    first = WORD.match(text, a.start)
    if first is None or first.group().lower() == "to" or cue_lemma(text, a) not in _DIRECTIVE_VERBS:
        return False  # "agreed a deal to lead the club": a noun's infinitive, no directive
    match = _DIRECTIVE.match(text, a.start, a.end)
    return match is not None and match.group("verb") not in DETERMINERS | PREPOSITIONS


def screened_cue_class(state: State, a: Attribution) -> str:
    """The cue's class: a ``cue_classes.tsv`` class, ``speech``, ``source_phrase``,
    ``colon`` (a headline or a clause ending in a colon) or ``signature`` (a dash)."""
    if a.cue_start is None:
        return "speech"
    cue = " ".join(state.text[a.cue_start : a.cue_end].lower().split())
    if cue == ":":
        return "colon"
    if not any(ch.isalpha() for ch in cue):
        return "signature"
    lemma, kind = cue_lexicon().get(cue, (cue, "verb"))
    if kind == "source_phrase":
        return "source_phrase"
    return cue_classes().get(lemma, "speech")
