"""Kinds of entities: person, body, place or unknown, from what the text shows of them
(titles, roles, honorifics, reporting verbs, the pronouns bound to their names).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from analysis import lexicons as lexicon_files
from analysis.readability.words import is_familiar
from analysis.speakers.canonical import canonical_name
from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import Lexicons, lexicons, source_noun_kind
from analysis.speakers.namedata import could_be_given_name, is_given_name
from analysis.speakers.places import is_place_name


def entity_kind(group: list[Mention], cues: Counter | None = None) -> str | None:
    """ "person", "body" or None (not enough evidence: likely a place or a thing).

    A name is a person when the text treats it as one: a title, an honorific, a role
    (prenominal or appositive), or, for a name of two words or more, its surname reused
    alone (or its given name: "Bernie"), a generational suffix ("Jr."), a common given
    name opening a subject, or a reporting verb next to it. A single word
    with only a reporting verb ("Moscow said") is a body. Where only that weak evidence
    speaks, the pronoun bound to the name decides (``cues``, :func:`pronoun_cues`):
    "Vogel said he …" is a person, "Blue Lantern said it …" a body.
    """
    forms = {m.form for m in group}
    if "body" in forms:
        return "body"
    if "title" in forms:
        return "person"
    if any(m.title or m.role or m.honorific_gender != "-" for m in group):
        return "person"
    cues = Counter(cues or {})
    named = [m.name_words for m in group if m.name_words]
    longest = max(named, key=len, default=())
    if len(longest) > 1 and is_given_name(longest[0]):
        cues["body"] = 0  # "Lena Park said it was not": "it" is the deal, not Park
    if cues["person"] != cues["body"]:
        return "person" if cues["person"] > cues["body"] else "body"
    reports = any(m.reports for m in group)
    if len(longest) > 1 and any(_short_form(n, longest) for n in named):
        return "person"
    if len(longest) > 1 and longest[-1] in lexicons().name_suffixes:
        return "person"  # "Patrick Mallory Jr.": a generational suffix is a person's
    if len(longest) > 1 and is_given_name(longest[0]) and any(m.subject for m in group):
        return "person"  # "Patrick Mallory was arrested": a common given name, a subject
    if len(longest) > 1 and reports:
        # only a reporting verb: a person if the name opens with a given name, else a
        # body speaking through its name ("Hong Kong said" is rather its government,
        # "Goldman Sachs said", "North Korea said")
        return "person" if could_be_given_name(longest[0]) else "body"
    if reports:
        return "body"
    return None


def mark_places(groups: dict[int, list[Mention]], kinds: dict, cues: dict, text: str) -> None:
    """Kind "place" for a name of a place (:func:`~analysis.speakers.places.is_place_name`)
    unless the text shows a person: a title, an honorific, a role, or "he"/"she"/"who"
    bound to it ("Georgia Lee, who ...", "Mr. Jordan"); a reporting verb alone is no such
    evidence ("Hong Kong said" is its government)."""
    for e, group in groups.items():
        if kinds.get(e) not in {None, "body", "person"}:
            continue
        if any(m.form != "name" and m.form != "body" for m in group):
            continue  # a title or descriptor joined it: a person or a named body
        if any(m.title or m.role or m.honorific_gender != "-" for m in group):
            continue
        if cues.get(e, Counter())["person"]:
            continue
        if is_place_name(canonical_name(group, text)):
            kinds[e] = "place"


def unmark_products(groups: dict[int, list[Mention]], kinds: dict, cues: dict) -> None:
    """No kind for a "person" whose name opens with the one-word name of a body the text
    names alone ("Orbis" ... "Orbis EarPods"): a product of that body, whose short form
    the person rule read as a surname; a title, an honorific, a role or a "he"/"she" bound
    to it keeps the person."""
    bodies = {
        g[0].name_words[0]
        for e, g in groups.items()
        if kinds.get(e) == "body"
        and all(len(m.name_words) == 1 for m in g if m.name_words)
        and any(m.name_words and not m.in_quote for m in g)  # the narration names it
    }
    for e, group in groups.items():
        if kinds.get(e) != "person" or cues.get(e, Counter())["person"]:
            continue
        if any(m.form != "name" or m.title or m.role or m.honorific_gender != "-" for m in group):
            continue
        longest = max((m.name_words for m in group), key=len, default=())
        if len(longest) > 1 and longest[0] in bodies:
            kinds[e] = None


def unmark_determined(groups: dict[int, list[Mention]], kinds: dict, cues: dict, text: str):
    """No kind for a "person" named after a determiner in half its mentions or more, or,
    when it opens with a given name, in more than half and twice at least ("the 16-inch Orbis Pro", "a Zentro Switch
    deal", "your Vela Buds"): a personal name takes no determiner unless an adjective
    comes between (Quirk et al. 1985, 5.60), a product's or a thing's does. A title, an
    honorific, a role or a "he"/"she" bound to the name keeps the person."""
    for e, group in groups.items():
        if kinds.get(e) != "person" or cues.get(e, Counter())["person"]:
            continue
        if any(m.form != "name" or m.title or m.role or m.honorific_gender != "-" for m in group):
            continue
        count = sum(_after_determiner(text, m.start) for m in group)
        longest = max((m.name_words for m in group), key=len, default=())
        if longest and is_given_name(longest[0]):
            # a given name first: twice at least and in most mentions ("the 14th-ranked
            # Ana Ruiz said", "the John Hale Center" name a person)
            unmarked = count >= 2 and 2 * count > len(group)
        else:
            unmarked = count > 0 and 2 * count >= len(group)
        if unmarked:
            kinds[e] = None


# the words right before a name on its line, with no punctuation between
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z0-9][\w-]* +){1,3}$")


def _after_determiner(text: str, start: int) -> bool:
    """Whether an article or a possessive determiner (:func:`_name_determiners`) stands
    before ``start``, at most two modifiers written in lower case or with a digit
    between ("the new 16-inch"), none of them a noun for a person ("the founders")."""
    found = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    words = found.group(0).split()
    determiners = _name_determiners()
    for word in reversed(words):
        if word.lower() in determiners:
            return True
        if not _modifier(word):
            return False
    return False


@cache
def _name_determiners() -> frozenset[str]:
    """Articles and possessive determiners (``determiners.tsv``); a demonstrative is left
    out: "that" also opens a clause ("claimed that Ana Ruiz has")."""
    return frozenset(
        r["entry"]
        for r in lexicon_files.rows("determiners")
        if r["kind"] in {"article", "possessive"}
    )


def _modifier(word: str) -> bool:
    """A premodifier written in lower case or with a digit ("new", "16-inch", "2019"): no
    function word, reporting verb or noun for a person ("his postdoc Tom Hale", "the founders Ana Ruiz")."""
    lex = lexicons()
    if word in lex.not_names or word in lex.function_words or word in lex.reporting_forms:
        return False  # "the role of Ana Ruiz", "the claim that": no premodifier
    return (word[0].islower() or word[0].isdigit()) and source_noun_kind(word) is None


def mark_named_bodies(groups: dict[int, list[Mention]], kinds: dict, text: str) -> None:
    """Kind "body" for a name the text introduces with the noun of a kind of body right
    before it ("the journal Orbis Astronomy", "the newspaper Le Soir", "the firm Acme"): a
    close appositive names its head's kind (Quirk et al. 1985, 17.90), unless a title, an
    honorific or a role shows a person."""
    nouns = lexicons().body_nouns
    for e, group in groups.items():
        if kinds.get(e) == "body" or not any(m.form == "name" for m in group):
            continue
        if any(m.title or m.role or m.honorific_gender != "-" for m in group):
            continue
        for m in group:
            before = _KIND_BEFORE.search(text[max(0, m.name_start - 30) : m.name_start])
            if m.form == "name" and before and before.group(1) in nouns:
                kinds[e] = "body"
                break


_KIND_BEFORE = re.compile(r"\b(?:the|a|an)\s+([a-z]+)\s+$")


def _short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A shorter name reusing a person's surname ("Park" of "Lee Park") or given name
    ("Bernie"); "Tottenham" of "Tottenham Hotspur" is neither (not a given name), nor a
    name after a designator, a body noun or a place noun ("FC", "Republic of")."""
    if not short or len(short) >= len(full):
        return False
    lex = lexicons()
    head = full[0] in lex.body_nouns or full[0] in lex.place_nouns
    if full[0] in lex.company_suffixes or (head and len(full) > 2 and full[1] == "of"):
        return False  # "Porto" of "FC Porto", "Ireland" of "Republic of Ireland": no surname
    if full[-len(short) :] == short:
        return not _common_word_reused(short, full)
    return len(short) == 1 and short[0] == full[0] and could_be_given_name(short[0])


def _common_word_reused(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether the reused last words are a product's or a thing's, not a surname: the full
    name opens with no given name or initial and the reused words are common English
    words ("Zentro Switch" / "Switch", "Vela Move" / "Move"). A surname of common words
    follows a given name ("Ann Baker"); an unusual given name before an unusual surname
    stays ("Zoran Patrick"), and so does one that spells a common word ("Hope")."""
    first = full[0].split("-")[0]
    if first.endswith(".") or len(first) == 1 or could_be_given_name(first):
        return False
    return all(is_familiar(w.lower()) for w in short)


# "Vogel said he", "Blue Lantern said that it", "Ruiz, who", "Acme, which": a pronoun
# bound to the name by the syntax (a reporting clause's subject, a relative clause)
_BOUND_PRONOUN = re.compile(
    r"(?:\s*[,—–]\s*(?P<relative>who|which)\b|\s+(?P<verb>[a-z]+)\s+(?:that\s+)?(?P<subject>he|she|it)\b)"
)


# a name as the object of a locative preposition ("born in Cyprus, who ...")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|across|throughout|inside|outside|within)\s+$")


def _after_locative(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the object of a locative preposition ("born in
    Cyprus"): a "who" after it is bound to the noun the phrase modifies (Quirk et al.
    1985, 17.8: a relative clause follows the head of its noun phrase)."""
    return _LOCATIVE_BEFORE.search(text[max(0, start - 12) : start]) is not None


def pronoun_cues(found: list[Mention], text: str, lex: Lexicons) -> dict[int, Counter]:
    """Per entity, how often a pronoun bound to one of its names says person or body:
    "who", "he", "she" a person; "which", "it" a body (Quirk et al. 1985, 6.3-6.10)."""
    cues: dict[int, Counter] = defaultdict(Counter)
    for m in found:
        if m.form != "name" or m.in_quote or not m.head:
            continue  # "Ted Marsh of Texas, who": the relative is the head's
        bound = _BOUND_PRONOUN.match(text, m.end)
        if bound is None:
            continue
        if bound.group("relative") == "who" and _after_locative(text, m.start):
            continue  # "a designer born in Cyprus, who": the relative is the head noun's
        if bound.group("relative"):
            word = bound.group("relative")
        elif bound.group("verb") in lex.reporting_forms:  # the name right before: its subject
            word = bound.group("subject")
        else:
            continue
        cues[m.entity]["body" if word in {"it", "which"} else "person"] += 1
    return cues
