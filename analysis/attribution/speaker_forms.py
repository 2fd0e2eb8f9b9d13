"""The form of a speaker mention: can it be a source at all (issue 10)?

A name, a pronoun, a person, group, body or document noun can be a source; a dateline
(``WASHINGTON —``), a number or heading label, a month or weekday, an adverb, a lone
letter (``Q:``) or a bare common noun (``the calculations``) cannot (Pareti 2015, PARC
3.0: the source). Moved out of :mod:`analysis.attribution.screen`, which rates rows by it.
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons
from analysis.attribution.phrase_words import past_capitals_heading, share_subject
from analysis.attribution.shapes import all_pronouns, calendar_words
from analysis.attribution.state import State
from analysis.attribution.vocabulary import (
    DETERMINERS,
    NAME_PARTICLES,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    RELATIVE_SUBJECTS,
    SKIPPABLE,
    grammar,
    source_heads,
)

LETTERS = re.compile(r"[^\W\d_]")
# What follows a dateline: "WASHINGTON —", "OTTAWA, Ont. (Reuters) -".
_DATELINE_AFTER = re.compile(r"\s*(?:[,(]|—|–|-)")
_CONTRACTION = re.compile(r"^\w+[’'](?:re|ve|ll|d|m)$", re.I)
_AGE = re.compile(r"^\d+-year-olds?$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$")
_BODY_PARTS = frozenset(grammar("body_part"))
# Agent-noun suffixes (Quirk et al. 1985, I.34-I.35: "commenter", "investor", "activist").
_AGENT_SUFFIXES = grammar("agent_suffix")


def _is_dateline(text: str, lo: int, hi: int, layout) -> bool:
    """``WASHINGTON —`` / ``OTTAWA, Ont. (Reuters) -``: capitals opening a paragraph, or
    the opening words of a heading in capitals before a spaced dash."""
    mention = text[lo:hi]
    if not mention.isupper() or len(LETTERS.findall(mention)) < 3:
        return False
    p_lo = layout.para_bounds[layout.paragraph_at(lo)][0]
    if text[p_lo:lo].strip():
        return False
    # "POLLS STILL TIGHT IN OHIO - …": the mention is the start of a heading in capitals
    return bool(_DATELINE_AFTER.match(text, hi)) or past_capitals_heading(text, lo) > hi


def _source_category(words: list[str]) -> str | None:
    """The category of the rightmost word that can head a source ("a source involved",
    "the first figures of the phone poll conducted"), or None."""
    heads = source_heads()
    for word in reversed(words):
        if word.endswith(("’s", "'s", "s’", "s'")):
            continue  # "the minister's phone": a possessive modifies the head, it is not one
        bare = word.lower().strip('.,;:"”“')
        if bare in heads:
            return heads[bare]
        if _AGE.match(bare):
            return "person"  # "the 46-year-old"
    return None


def _never_a_speaker(state: State, lo: int, hi: int, opens_sentence: bool) -> bool:
    """A number, heading label, month, adverb, lone letter, dateline, a possessed body
    part ("his head"), or a relative pronoun opening its sentence ("That said,"): no
    reading makes these a source."""
    text = state.text
    mention = text[lo:hi]
    words = mention.split()
    low = mention.lower()
    if low in RELATIVE_SUBJECTS:
        return opens_sentence
    if share_subject(text, lo, hi):
        return False  # "41% say": a share of the people polled
    if not words or not LETTERS.search(mention):
        return True  # "4", "2019"
    if mention[0].isdigit() and lo > 0 and (text[lo - 1] in ",." or not text[lo - 1].isspace()):
        return True  # "248 cases" out of "3,248 cases"
    if len(LETTERS.findall(mention)) == 1 and low != "i":
        return True  # "Q:", "A."
    if _CONTRACTION.match(mention):
        return True  # "We’re": a pronoun with its verb belongs to another clause
    head = words[-1].lower().rstrip(".,")
    if head in calendar_words() and _source_category(words[:-1]):
        return False  # "a memo released Friday": a time adjunct after the source's head
    if head in calendar_words() or head in SKIPPABLE:
        return True  # "October", "long", "twice"
    if head in _BODY_PARTS and len(words) > 1 and _possessed(words[:-1]):
        return True  # "his hips snapped around", "the man's knee showed": a body part
    if len(words) == 1 and head.endswith("ly") and (mention.islower() or opens_sentence):
        # "apparently", "Highly recommended": an adverb, not a name ("Kelly said" is
        # one when the word is written capitalised inside a sentence elsewhere)
        return mention.islower() or not _capitalised_inside(text, mention)
    return _is_dateline(text, lo, hi, state.layout)


def _capitalised_inside(text: str, word: str) -> bool:
    """Is ``word`` written somewhere after a word or comma of its sentence ("Megyn
    Kelly", "said Kelly"), where capitals mark a name, not a sentence start?"""
    return re.search(r"[A-Za-z,] " + re.escape(word) + r"\b", text) is not None


def _possessed(words: list[str]) -> bool:
    """Do the words before a head hold a possessive ("his", "the man's")?"""
    owners = _possessive_pronouns()
    return any(w.lower() in owners or w.endswith(("’s", "'s", "s’", "s'")) for w in words)


@cache
def _possessive_pronouns() -> frozenset[str]:
    """Possessive determiners ("his", "her", "their"): the pronoun forms among the
    determiners, and the possessive pronouns."""
    forms = frozenset(r["entry"] for r in lexicons.rows("pronouns"))
    possessive = frozenset(
        r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "possessive"
    )
    return (DETERMINERS & forms) | possessive


def speaker_form(state: State, lo: int | None, hi: int | None) -> str:
    """What the mention text[lo:hi] is: ``name``, ``pronoun``, ``relative``, ``person``
    (or group), ``body``, ``document``, ``common`` (a bare common noun: "the
    calculations"), ``none`` (no mention) or ``not_a_speaker`` (a number, dateline,
    month, adverb or label)."""
    if lo is None or hi is None:
        return "none"
    text, layout = state.text, state.layout
    mention = text[lo:hi]
    low = mention.lower()
    s_lo = layout.sent_bounds[layout.sentence_at(lo)][0]
    opens_sentence = not text[s_lo:lo].strip(" \"“‘'")
    if low in all_pronouns():
        return "pronoun"
    if _never_a_speaker(state, lo, hi, opens_sentence):
        return "not_a_speaker"
    if low in RELATIVE_SUBJECTS:
        return "relative"
    words = mention.split()
    category = "person" if share_subject(text, lo, hi) else _source_category(words)
    if category is None and _those_postmodified(words):
        category = "person"  # "Those in favor of the tax": "those" heads people (Quirk 6.43)
    if category:
        return category
    owners = [k for k, w in enumerate(words[:-1]) if w.endswith(("’s", "'s", "s’", "s'"))]
    if owners and not any(w[:1].isupper() for w in words[owners[-1] + 1 :]):
        return "common"  # "Quorvex's big [promises]": the cue is a noun after a possessive
    if _DOMAIN.match(mention) or any(
        w[:1].isupper() for k, w in enumerate(words) if k or not opens_sentence
    ):
        return "thing" if _common_head_after_name(words) else "name"
    if len(words) == 1 and mention[:1].isupper():
        return "name"  # "Quorvex says": a one-word name opening the sentence
    return "common"


def _those_postmodified(words: list[str]) -> bool:
    """``Those in favor of the tax``, ``those close to her``, ``those who drew it up``: "those" as the head of a
    noun phrase for people, a prepositional phrase (after an adjective or participle,
    maybe) postmodifying it (Quirk et al. 1985, 6.43); not "those facts" (a determiner)."""
    if len(words) < 3 or words[0].lower() != "those":
        return False
    prepositions = PREPOSITIONS | POSTMODIFIER_PREPOSITIONS
    if words[1] in prepositions or words[1] == "who":
        return True  # ("those who drew up the plan": a relative clause postmodifies it)
    return words[1].isalpha() and not words[1].endswith("s") and words[2] in prepositions


def _common_head_after_name(words: list[str]) -> bool:
    """``the Black Friday Apple deals``, ``the Master Builder sets``: a lower-case head
    after capitalised premodifiers that is no person, group, body or document noun (nor an
    agent noun in "-er", "-or", "-ist": "one Weibo commenter") names a product or a thing,
    which never speaks (Quirk et al. 1985, 17.2: the head is the last word of a phrase
    without a postmodifier)."""
    head = words[-1].strip('.,;:"”“')
    if not head.isalpha() or not head.islower() or len(words) < 2:
        return False
    if any(w.lower() in POSTMODIFIER_PREPOSITIONS | PREPOSITIONS for w in words):
        return False  # "three aides close to the talks": the head is further left
    if head in NAME_PARTICLES or head.rstrip("s").endswith(_AGENT_SUFFIXES):
        return False
    return not (head.endswith("ies") and head[:-3] + "y" in source_heads())  # "ministries"
