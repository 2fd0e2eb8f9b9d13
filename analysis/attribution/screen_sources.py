"""Speaker forms the screen reads beyond :func:`~analysis.attribution.speaker_forms.speaker_form`
(issue 10, recall of true attributions).

A common noun after "according to" that is a whole noun phrase is a document or record
("according to state law", "the plea agreement"; Pareti 2015, PARC 3.0: a source may be a
text); people at large with a clause ("almost everyone agrees …") are a source a reader
should check; a headline source in sentence case ("Kim aides: …") names a group.
"""

from __future__ import annotations

from analysis.attribution.senses import past_approximator
from analysis.attribution.shapes import WORD, cue_lemma
from analysis.attribution.speaker_forms import _common_head_after_name, speaker_form
from analysis.attribution.state import Attribution, State
from analysis.attribution.vocabulary import PREPOSITIONS, grammar, source_heads

_PEOPLE_AT_LARGE = frozenset(grammar("people_at_large"))
_REFLEXIVES = frozenset(grammar("reflexive"))
_HEARERS = frozenset(grammar("hearer_addressee"))
# The addressee of "tell" is a short noun phrase ("reporters", "the local paper").
_HEARER_WORDS = 3


def screened_form(state: State, a: Attribution, cue_class: str, rated: str) -> str:
    """The speaker mention's form, read past an approximator ("almost everyone" is
    "everyone") and before an emphatic reflexive ("Ford itself" is "Ford"); a common noun after "according to" ("state law", "the plea
    agreement", "her tax plan") is the document or record a writer attributes to
    (Pareti 2015, PARC 3.0: a source may be a text), when the mention is a whole noun
    phrase: it ends the clause or a preposition follows ("interviews with aides"), not
    "complete [but unofficial returns]". A generic subject ("people", "almost
    everyone") with a clause is people at large, kept as hearsay (not "if anyone asked
    her about it")."""
    form = speaker_form(state, a.speaker_start, a.speaker_end)
    if form in ("person", "body") and _product_of_a_name(state.text, a):
        return "thing"  # "the Master Craft Series sets": a role word inside a product's name
    if form != "common" or a.speaker_start is None or a.speaker_end is None:
        return form
    lo = past_approximator(state.text, a.speaker_start, a.speaker_end)
    hi = before_intensifier(state.text, lo, a.speaker_end)
    if (lo, hi) != (a.speaker_start, a.speaker_end):
        form = speaker_form(state, lo, hi)
    if form == "common" and cue_class == "source_phrase" and whole_phrase(state.text, a):
        return "document"
    if form == "common" and rated == "clause" and people_at_large(state.text, a):
        return "person"  # "almost everyone agrees …": people at large, flagged as hearsay
    if form == "common" and rated == "clause" and tells_a_hearer(state.text, a):
        return "person"  # "the lock keeper told reporters that …": only people tell the press
    return form


def _product_of_a_name(text: str, a: Attribution) -> bool:
    """``the Master Craft Series sets``: the words that make the mention a person or body
    are capitalised, inside a name, and a lower-case head that is no source noun follows
    them (``speaker_forms._common_head_after_name``): the head names a product or a
    thing (Quirk et al. 1985, 17.2: the head is the last word of the phrase)."""
    words = text[a.speaker_start : a.speaker_end].split()
    heads = source_heads()
    if not _common_head_after_name(words) or words[-1].strip('.,;:"”“') in heads:
        return False
    category = [k for k, w in enumerate(words[:-1]) if w.lower().strip('.,;:"”“') in heads]
    if not category or not all(words[k][:1].isupper() for k in category):
        return False
    # only the name's words between it and the head ("… Journal released last week" is a
    # clause run into the mention, no product)
    return all(w[:1].isupper() for w in words[category[-1] : -1])


def tells_a_hearer(text: str, a: Attribution) -> bool:
    """``with the lock keeper telling reporters that …``: a bare common noun that tells
    the press, a court or the police (``hearer_addressee``) something in a clause is a
    person or a body speaking (Quirk et al. 1985, 16.59: "tell" takes a human indirect
    object and a that-clause), whatever the lexicon knows of its head."""
    if a.cue_end is None or a.cue_end > a.start or cue_lemma(text, a) != "tell":
        return False
    if a.speaker_start is None or a.speaker_start > a.cue_start:
        return False
    hearer = [m.group().lower() for m in WORD.finditer(text, a.cue_end, a.start)]
    if not hearer or len(hearer) > _HEARER_WORDS or hearer[-1] not in _HEARERS:
        return False
    return text[a.start : a.start + 5].lower() == "that "


def before_intensifier(text: str, lo: int, hi: int) -> int:
    """Where a mention ends before an emphatic reflexive that closes it ("Ford
    [itself]", "Clinton [herself]": Quirk et al. 1985, 6.24, the reflexive only stresses
    its head); ``hi`` when there is none or nothing would be left."""
    head, _, last = text[lo:hi].rpartition(" ")
    return lo + len(head.rstrip()) if head.strip() and last.lower() in _REFLEXIVES else hi


def people_at_large(text: str, a: Attribution) -> bool:
    """Is the mention "people", "everyone" or "everybody", maybe after an approximator
    ("almost everyone")?"""
    lo = past_approximator(text, a.speaker_start, a.speaker_end)
    return text[lo : a.speaker_end].lower() in _PEOPLE_AT_LARGE


def whole_phrase(text: str, a: Attribution) -> bool:
    """Does nothing of the noun phrase follow the mention: punctuation, the end, or a
    preposition that opens a postmodifier?"""
    rest = text[a.speaker_end : a.speaker_end + 40].lstrip(" ")
    follower = WORD.match(rest)
    return follower is None or follower.group().lower() in PREPOSITIONS


def named_group(words: list[str], form: str) -> bool:
    """``Kim aides``, ``Sanchez campaign``, ``Harbor Party leaders``: a headline source in
    sentence case, capitalised names before a lower-case head that is a person or body
    noun (AP Stylebook, "headlines": only the first word and proper nouns capitalised)."""
    if form not in ("person", "body") or not words[0][:1].isupper():
        return False
    lower = [k for k, w in enumerate(words) if not w[:1].isupper()]
    return lower == list(range(lower[0], len(words))) and len(words) - lower[0] <= 2
