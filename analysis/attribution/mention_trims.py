"""Speaker mentions cut to the subject noun phrase: no opening adverb, no predicate.

The passes read a source's noun phrase back from the cue; two readings let words of
the clause into it. A sentence adverb that opens the sentence before a name ("Then Ana
Ruiz said", "Still Ruiz said") is an adjunct of the clause, not a premodifier of the
name (Quirk et al. 1985, 8.87: disjuncts and conjuncts stand outside the noun phrase).
And a verb with its object ("The senator emailed donors saying …", "Ruiz phoned
reporters saying …") is a predicate: a participle that postmodifies a noun takes no
bare object in the passive (Quirk et al. 1985, 17.30), so a verb form followed by a
noun phrase object ends the subject. A participle before a time or an agent ("data
released Friday", "analysts polled by the paper") stays a postmodifier.
"""

from __future__ import annotations

from analysis import lexicons
from analysis.attribution.participle_subjects import verb_like
from analysis.attribution.phrase_words import can_head, words
from analysis.attribution.vocabulary import (
    DETERMINERS,
    MONTHS,
    OPENERS,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SKIPPABLE,
    TIME_NOUNS,
    WEEKDAYS,
    grammar,
    source_heads,
)

# "the retired judge", "who emailed donors", "percent of registered voters"
_NO_HEAD = DETERMINERS | RELATIVE_PRONOUNS | PREPOSITIONS | POSTMODIFIER_PREPOSITIONS
_NAMING = frozenset(grammar("naming_participle"))  # "a staffer named Ana Ruiz"
_ADJECTIVES = lexicons.entries("demonyms") | lexicons.entries("affiliations")


def subject_only(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The mention ``text[lo:hi]`` without an opening sentence adverb and without a
    verb and its object after the subject; the span unchanged when neither is there."""
    lo = _without_opening_adverb(text, lo, hi)
    return lo, _without_predicate(text, lo, hi)


def _without_opening_adverb(text: str, lo: int, hi: int) -> int:
    """``Then Ana Ruiz`` → ``Ana Ruiz``: a capitalised opener ("Then", "Still", "Now")
    before another capitalised word; "Then-Governor Ruiz" is one word and stays."""
    found = words(text, lo, hi)
    if len(found) < 2 or not found[0][2][:1].isupper() or not found[1][2][:1].isupper():
        return lo
    first = found[0][2].lower()
    if first not in OPENERS or first not in SKIPPABLE:
        return lo
    return found[1][0]


def _without_predicate(text: str, lo: int, hi: int) -> int:
    """``The senator emailed donors`` → ``The senator``: a verb form after a noun that
    can head a source, followed by the start of a noun phrase object (a determiner, a
    noun for people, a capitalised word that is no date); else ``hi``."""
    found = words(text, lo, hi)
    for k in range(1, len(found) - 1):
        before, word, after = (w for _, _, w in found[k - 1 : k + 2])
        if not _ends_head(before) or not _verb_form(word, after):
            continue
        if _opens_object(after) and can_head(text, lo, found[k - 1][1]):
            return found[k - 1][1]
    return hi


def _ends_head(word: str) -> bool:
    """Whether ``word`` can end a subject's head: a word in letters that is no
    determiner, relative pronoun, preposition nor adjective of nationality or party
    ("the retired judge", "of registered voters", "Democratic registered voters")."""
    lower = word.lower()
    return word[:1].isalpha() and lower not in _NO_HEAD and lower not in _ADJECTIVES


def _verb_form(word: str, after: str) -> bool:
    """A lower-case word in letters that heads a predicate: a past form ("emailed"), a
    reporting form in "-s" ("touts"), or any "-s" form before a determiner ("runs a
    plant"); not a bare form that is a noun too ("state", "show") nor "now-deceased"."""
    if not word.isalpha() or not word.islower() or word in PREPOSITIONS | _NAMING:
        return False
    if len(word) > 4 and word.endswith("ed"):
        return True
    third_person = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
    return third_person and (verb_like(word) or after.lower() in DETERMINERS)


def _opens_object(word: str) -> bool:
    """Whether ``word`` can open a noun phrase object rather than an adjunct: a
    determiner ("the", "his"), a noun for people ("donors"), or a capitalised word that
    is no weekday, month or time noun ("Mr.", "Ana")."""
    lower = word.lower()
    if lower in PREPOSITIONS or lower in TIME_NOUNS:
        return False
    if lower in DETERMINERS or source_heads().get(lower) == "person":
        return True
    dates = {w.lower() for w in MONTHS + WEEKDAYS}
    return word[:1].isupper() and lower.strip(".") not in dates
