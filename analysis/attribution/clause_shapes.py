"""Whether content read as an object holds a clause: where the stretch ends in which its
verb is looked for (:func:`object_end`), whether it is a proposition or the matter of a
speech act rather than a place or time adjunct (:func:`holds_clause`; PARC 3.0, Pareti
2015; Quirk et al. 1985, 16.5 and 14.2-14.6), and whether "to" opens an infinitive
(:func:`infinitive_after`). Moved out of :mod:`analysis.attribution.shapes`, which
re-exports them.
"""

from __future__ import annotations

import re

from analysis.attribution.shape_words import (
    CLAUSE_WORDS,
    FINITE,
    NOMINATIVE,
    PHRASE_END,
    REFLEXIVES,
    RELATIVE_PRONOUNS,
    WORD,
    all_pronouns,
    all_subject_pronouns,
    approximated_quantity,
    speech_prepositions,
    time_words,
)
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import (
    ADJUNCT_OPENERS,
    DETERMINERS,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    grammar,
)

_RELATIVE_AFTER_COMMA = re.compile(
    r",\s+(?:" + "|".join(sorted(RELATIVE_PRONOUNS - {"that"})) + r")\b", re.I
)


_NEW_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?:" + "|".join(sorted(frozenset(grammar("finite_auxiliary")) | NOMINATIVE)) + r")\b",
    re.I,
)


_NUMBER_OPENERS = frozenset("0123456789$€£")


_RELATIVE_LINKS = frozenset(grammar("clause_link"))


_TOPIC_PREPOSITIONS = frozenset(grammar("topic_preposition"))


def object_end(text: str, a: Attribution, saying: bool) -> int:
    """Where the stretch ends in which the verb of a clause content is looked for. After
    a verb of saying, at a comma before a relative pronoun ("rejected the bid, which is
    due": the relative clause is the object's), a subject pronoun or a finite verb
    ("had written the review, he was …", "denying heaters to schools, is urging": the
    sentence's own clause goes on); after other verbs (acts, findings,
    names), at any comma, semicolon, colon or dash: what follows is an apposition, a
    relative or a new clause, not the object's verb (Quirk et al. 1985, 17.3-17.22)."""
    if not saying:
        match = PHRASE_END.search(text, a.start, a.end)
        return match.start() if match else a.end
    relative = _RELATIVE_AFTER_COMMA.search(text, a.start, a.end)
    end = relative.start() if relative else a.end
    first_comma = text.find(",", a.start, end)
    new_clause = _NEW_CLAUSE_AFTER_COMMA.match(text, first_comma) if first_comma >= 0 else None
    # Only at the first comma: "the man who stole it, a driver, was arrested" closes an
    # apposition, and its verb is the content's.
    return first_comma if new_clause else end


def holds_clause(text: str, lo: int, hi: int, lemma: str, strict: bool = False) -> bool:
    """Is content read as an object frame a proposition or the matter of a speech act
    (PARC 3.0, Pareti 2015)? A place or time adjunct is neither: content opening with
    a preposition of place or time ("before the House committee", "in a blog post") or
    a time expression ("Wednesday at the air show"), or a reflexive ("themselves in a
    vise"), with no finite auxiliary, subject pronoun or clause link after its first
    word. The prepositions of a prepositional speech verb ("warned against", "commented
    on": ``topic_preposition``; "called for", "admitted to": that verb's own, in
    ``attribution_prepositions.tsv``) and an infinitive keep their content, unless the
    preposition's object is a time ("said on Tuesday") or the verb has another sense
    ("reported for duty") (Quirk et al. 1985, 16.5; 14.2-14.6). ``strict`` (a relative
    pronoun as the speaker: "staffers who reported for duty, …, were") reads the adjunct
    only up to its comma, since the main clause goes on after it."""
    tokens = [w.group().lower() for w in WORD.finditer(text, lo, hi)]
    if not tokens:
        return False
    first = tokens[0]
    if approximated_quantity(text, lo, hi) or text[lo : lo + 1] in _NUMBER_OPENERS:
        return True  # "at least 4,200 people filled", "70% of adults need": a counted subject
    prepositions = PREPOSITIONS | POSTMODIFIER_PREPOSITIONS  # with "of"
    adjunct = first in prepositions or first in time_words() or first in REFLEXIVES
    adjunct = adjunct or first in ADJUNCT_OPENERS  # "wrote as Ellis Marrow"
    links = FINITE | all_subject_pronouns() | CLAUSE_WORDS
    if adjunct:
        # "before the council in Leeds, where members …": a relative clause
        # after the comma belongs to the adjunct; only its own stretch counts, unless a
        # clause of its own follows the comma ("noted at the time, the risk was …").
        end = PHRASE_END.search(text, lo, hi)  # a comma, or a dash: "– on the same day"
        comma = end.start() if end else -1
        if comma >= 0 and not strict and first in prepositions:
            after = [w.group().lower() for w in WORD.finditer(text, comma, hi)][:10]
            opener = after[0] if after else ""
            # a relative closes the adjunct; "that" after a comma opens content ("said,
            # for example, that she …"): a restrictive relative takes no comma.
            closing = (_RELATIVE_LINKS - {"that"}) | ADJUNCT_OPENERS | PREPOSITIONS
            if text[comma] == "," and opener not in closing and any(w in links for w in after):
                return True
        tokens = [w.group().lower() for w in WORD.finditer(text, lo, hi if comma < 0 else comma)]
    if first in CLAUSE_WORDS or any(w in links for w in tokens[1:]):
        return True
    if first in prepositions:
        if len(tokens) > 1 and tokens[1] in time_words():
            # "said on Tuesday": a time, not the matter of the saying; what follows it
            # may be ("announced on Monday the lawsuit against …").
            rest = list(WORD.finditer(text, lo, hi))[2:3]
            if not rest or "," in text[lo : rest[0].start()]:
                return False
            return holds_clause(text, rest[0].start(), hi, lemma, strict)
        if first == "to" and len(tokens) > 1 and infinitive_after(text, lo, hi):
            return True  # "promised to protect": an infinitive, not a preposition
        return first in _TOPIC_PREPOSITIONS or (lemma, first) in speech_prepositions()
    return first not in time_words() | REFLEXIVES | ADJUNCT_OPENERS


def infinitive_after(text: str, lo: int, hi: int) -> bool:
    """Does "to" at ``lo`` open an infinitive ("to protect the park"), not a noun phrase
    ("to her family", "to the council's demands", "to an interview", "to 2021")?"""
    second = list(WORD.finditer(text, lo, hi))[1:2]
    if not second:
        return False
    word = second[0].group()
    if text[lo] == "T" and word[:1].isupper():
        return True  # "Proposes To Eliminate Tax Breaks": a title-case headline
    if word[:1].isupper() or word[:1].isdigit() or word.lower() in DETERMINERS | all_pronouns():
        return False  # "to her family", "to him every morning": an addressee, no infinitive
    if word.endswith("ing") and len(word) > 5:
        return False  # "admitted to threatening": a gerund (not "to bring")
    return not word.lower().endswith(("’s", "'s"))
