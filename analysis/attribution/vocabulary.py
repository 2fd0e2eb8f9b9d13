"""The word lists of the attribution rules, read from :mod:`analysis.lexicons`.

Grammatical word classes come from ``attribution_grammar.tsv`` (one row per word and
category, each with the grammar section it follows), pronouns from ``pronouns.tsv``, name
particles from ``name_particles.tsv`` and weekdays from the calendar words of
``not_names.tsv``. Nothing here is written out in code.
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons


@cache
def grammar(category: str) -> tuple[str, ...]:
    """The entries of one category of ``attribution_grammar.tsv``, in file order."""
    found = tuple(
        r["entry"] for r in lexicons.rows("attribution_grammar") if r["category"] == category
    )
    if not found:
        raise KeyError(f"attribution_grammar.tsv has no category {category!r}")
    return found


def _set(category: str) -> frozenset[str]:
    return frozenset(grammar(category))


def _pronouns(*cases: str) -> frozenset[str]:
    return frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["case"] in cases)


# A pronoun is a whole speaker mention: the subject pronouns, "you" and "who".
PRONOUNS = _pronouns("subject", "first_person") | _set("speaker_pronoun")
# Subject pronouns a bare verb form agrees with ("they say"): all but "he", "she", "it".
BARE_FORM_SUBJECTS = PRONOUNS - frozenset(
    r["entry"]
    for r in lexicons.rows("pronouns")
    if r["case"] == "subject" and r["number"] == "singular"
)
# Relative pronouns that can be the subject right before a cue ("a message that said").
RELATIVE_SUBJECTS = _pronouns("relative") - PRONOUNS
# All relative pronouns, "who" too.
RELATIVE_PRONOUNS = _pronouns("relative")
PREPOSITIONS = _set("preposition")
# Words that may sit between a subject and its cue verb: "he also said", "she has said".
SKIPPABLE = _set("skippable")
PASSIVE_AUX = _set("passive_aux")
DETERMINERS = _set("determiner")
# Object pronouns that are no determiner ("him", "them"): never a subject, never a source.
OBJECT_ONLY_PRONOUNS = _pronouns("object") - DETERMINERS - PRONOUNS
# Words that end a noun phrase when met: prepositions (but "of"), conjunctions,
# complementizers, auxiliaries and other verbs that cannot head a subject.
NP_BREAKERS = _set("np_breaker")
# Words that cannot open the rest of a clause after "…, according to X,": the
# connectives and relatives of a new clause ("and", "who"), or a new subject.
NOT_A_PREDICATE = (NP_BREAKERS - PASSIVE_AUX - {"has", "have", "had"}) | PRONOUNS
# Words that open an introductory phrase or clause before the subject.
INTRODUCERS = _set("introducer")
OPENERS = _set("opener")
# Lower-case words inside personal names ("Anna von Berg").
NAME_PARTICLES = frozenset(lexicons.entries("name_particles"))
# Plural nouns that do not end in "s".
IRREGULAR_PLURALS = _set("irregular_plural")
# Skippable adverbs that, right before a bare form, are adjectives: "further comment".
PRENOMINAL = _set("prenominal")
MODALS = _set("modal")
# Verbs that, before "to" and a verb, are speech only when nothing else in the sentence
# reports: "Union leaders threatened to strike, a spokeswoman said".
WEAK_BEFORE_TO = _set("weak_before_to")
# Verbs whose first object is the addressee ("told reporters"): Quirk et al. 1985, 16.59.
ADDRESSEE_VERBS = _set("addressee_verb")
# Cue forms that are more often plural nouns ("terrorist attacks", "in 11 states").
NOUN_LIKE_FORMS = _set("noun_like_form")
# Quotative verbs (``cue_classes.tsv`` class ``quotative``): verbs of manner of speaking
# and of reaction ("barked", "shot back", "beamed", "charged", "pressed") that report
# speech only beside a quotation; elsewhere they have another sense ("charged with
# murder", "pressed the button"). Levin 1993, 37.3, 37.7, 37.8 and 40.2.
QUOTATIVE_LEMMAS = frozenset(
    r["lemma"] for r in lexicons.rows("cue_classes") if r["class"] == "quotative"
)
# Verbs that introduce a quotation ("he continued: …") but take no that-clause.
QUOTATION_ONLY_LEMMAS = _set("quotation_only_lemma") | QUOTATIVE_LEMMAS
# "X, speaking to reporters on Monday, said …": a participle naming the occasion only.
OCCASION_PARTICIPLE_LEMMAS = _set("occasion_participle_lemma")
SUBJECT_MATTER_PREPOSITIONS = _set("subject_matter_preposition")
MONTHS = tuple(
    r["entry"]
    for r in lexicons.rows("not_names")
    if r["category"] == "calendar" and not r["entry"].endswith("day")
)
WEEKDAYS = tuple(
    r["entry"]
    for r in lexicons.rows("not_names")
    if r["category"] == "calendar" and r["entry"].endswith("day")
)


def alternation(words: tuple[str, ...] | frozenset[str], *, capitalise: bool = False) -> str:
    """A regex alternation of ``words``; spaces match any whitespace."""
    forms = [w.capitalize() if capitalise else w for w in words]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


# Prepositions that open a postmodifier inside a subject ("a spokesman for the ministry").
POSTMODIFIER_PREPOSITIONS = _set("postmodifier_preposition")
# Words that open a role adjunct after a verb ("wrote as Ellis Marrow"): no content.
ADJUNCT_OPENERS = _set("adjunct_opener")
# Subordinators of a fronted adverbial clause ("While X said …, he …").
SUBORDINATORS = _set("subordinator")
# Nouns of a period of time ("last spring", "over the winter"): heads of time adjuncts.
TIME_NOUNS = _set("time_noun")
# Participles that postmodify the people asked in a poll ("those polled", "voters surveyed").
RESPONDENT_PARTICIPLES = _set("respondent_participle")
# Cardinal numerals written as words ("two reports").
NUMBER_WORDS = frozenset(lexicons.entries("number_words"))


@cache
def source_heads() -> dict[str, str]:
    """Common nouns that can head a source mention, singular and plural, → category
    (``person``, ``body``, ``document``): role nouns, body nouns and source nouns."""
    heads: dict[str, str] = {}
    for noun in lexicons.entries("role_nouns"):
        heads.setdefault(noun, "person")
        heads.setdefault(noun + "s", "person")
    for noun in IRREGULAR_PLURALS:
        heads.setdefault(noun, "person")
    for row in lexicons.rows("body_nouns"):
        heads.setdefault(row["entry"], "body")
        heads.setdefault(row["entry"] + "s", "body")
    for row in lexicons.rows("source_nouns"):
        category = "person" if row["category"] == "group" else row["category"]
        heads.setdefault(row["entry"], category)
        heads.setdefault(row["entry"] + "s", category)
    for noun, category in list(heads.items()):
        if len(noun) > 2 and noun.endswith("y") and noun[-2] not in "aeiou":
            heads.setdefault(noun[:-1] + "ies", category)  # "ally" → "allies" (Quirk 5.79)
    return heads
