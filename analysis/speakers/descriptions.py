"""Speakers written as a description, resolved to the person or body described: a
definite description by a body's kind ("the agency", "The German automaker") to the
named body set up before, a body noun ("the company") to the salient body, a role noun
("the actor") to the salient person (:mod:`~analysis.speakers.person_descriptions`), a
descriptor to the name in apposition beside it
or whose title or role it repeats (:mod:`~analysis.speakers.descriptors` ties those
while entities are grouped).

Rules: a definite description refers back to an antecedent sharing its head noun, most
often within a few sentences (Vieira & Poesio 2000); apposition (Quirk et al. 1985,
17.65); adjectives of nationality describe rather than name (7.26); an age stands for
the person (AP Stylebook). Documents (:func:`definite_document`) are read by
:mod:`~analysis.speakers.metonymy`.
"""

from __future__ import annotations

import bisect
import re

from analysis import lexicons as lexicon_files
from analysis.speakers.descriptors import descriptor_words, link_cataphoric, named_possessor
from analysis.speakers.detect import Mention
from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import lexicons, source_noun_kind, word_of
from analysis.speakers.metonymy import definite_document, document_issuer
from analysis.speakers.name_words import model_code
from analysis.speakers.person_descriptions import describing_capital, person_description
from analysis.speakers.pronouns import resolve_pronoun
from analysis.speakers.span_heads import plural_people


def _adjacent_name(result: Entities, start: int, end: int) -> int | None:
    """A person named right beside a descriptor: "the spokesman, John Smith," or
    "John Smith, the spokesman" (apposition, Quirk et al. 1985, 17.65)."""
    text = result.text
    lo = bisect.bisect_left(result.starts, start - 60)
    hi = bisect.bisect_right(result.starts, end + 4)
    for m in result.mentions[lo:hi]:
        if m.form != "name" or result.kind_of.get(m.entity) != "person":
            continue
        # the appositive is closed: "the spokesman, John Smith, said", "John Smith, the
        # spokesman, said"; not "According to a report, Gov. Ana Ruiz launched …" nor
        # "… a win for Ruiz, one aide who heard the call told us"
        before = 0 <= m.start - end <= 3 and text[end : m.start].strip() in {",", ""}
        if before and _closed(text, m.end):
            return m.entity
        after = 0 <= start - m.end <= 3 and text[m.end : start].strip() == ","
        if after and _closed(text, end):
            return m.entity
    return None


def _closed(text: str, position: int) -> bool:
    """Whether a phrase ending at ``position`` is closed like an appositive: by a comma,
    a stop, a dash, a bracket or the end of the text (Quirk et al. 1985, 17.65)."""
    return text[position : position + 2].lstrip()[:1] in {"", ",", ".", ";", ")", "—", "–"}


def _generic_body(mention: str, describing: bool = False) -> bool:
    """A definite description headed by a body noun, in lower case: "the company"; with
    ``describing``, a modifier may be capitalised when it describes rather than names
    ("the German automaker", "the Facebook-owned company"; :func:`~analysis.speakers.person_descriptions.describing_capital`),
    which only a noun for a body's kind allows ("the Dutch foreign ministry" is the Netherlands')."""
    words = mention.split()
    if len(words) < 2 or words[0].lower() not in lexicons().pointing or words[-1][:1].isupper():
        return False
    modifiers_lower = all(
        w[:1].islower() or (describing and describing_capital(w)) for w in words[1:]
    )
    return modifiers_lower and source_noun_kind(words[-1]) == "body"


def kind_description(result: Entities, found: Mention | None, mention: str) -> str | None:
    """The head noun of a definite description by a body's kind ("the agency", "The
    German automaker", a noun of ``body_kinds.tsv`` in the singular), when the mention is
    no named body itself (nothing found, or only "the <modifier> <noun>" written in lower
    case); else None. Such a description refers back to a named body."""
    if not _generic_body(mention, describing=True):
        return None
    head = mention.split()[-1]
    if head.lower() not in lexicons().body_kinds:
        return None
    if found is None:
        return head
    written = [result.text[m.start : m.end].split()[-1] for m in result.groups[found.entity]]
    named = any(m.form == "name" for m in result.groups[found.entity])
    return head if not named and all(w[:1].islower() for w in written) else None


def _may_be_called(result: Entities, entity: int, head: str) -> bool:
    """Whether a body can be "the <head>": its name has that noun ("the bank" for "First
    Bank"), or it is a plain name with no body noun and no acronym ("the company" for
    "Harbourline Shipping"); "the campaign" is not the FBI nor "the union" Acme Corp (Vieira & Poesio 2000: a
    definite description shares its antecedent's head noun)."""
    name = str(result.entities.at[entity, "name"])
    words = [w.lower() for w in name.split()]
    if head.lower() in words:
        return True
    if words and all(model_code(w) for w in name.split()):
        return False  # "the manufacturer" is not "A350": a model's code names a product
    agrees = _kind_agreement(result, entity, head)
    if agrees is not None:
        return agrees  # "the carrier" is "Harbor Airline", "the manufacturer" is not
    lex = lexicons()
    if words and _legal_form(words[-1]) and head.lower() in _noncommercial_kinds():
        return False  # "the union" is not "Acme Corp": a company is no union (kind agreement)
    if words and _legal_form(words[-1]):
        # the designator is a body noun too, but it names the kind: a company, a firm
        return head.lower() in lex.body_kinds
    # a plural head that ends a name only when capitalised ("Harbourline Records",
    # "Sewer Services") names no kind of body: "the company" may still be it
    if any(w in lex.body_nouns and w not in lex.name_heads for w in words):
        return False
    # "the agency" for NASA: a noun for a body's kind fits any name, an acronym too;
    # another noun must be in the name ("the commission" is no "Black Death")
    return head.lower() in lexicons().body_kinds


def _kind_class(word: str) -> str | None:
    """The class of a body-kind noun, singular or plural ("airlines" and "carrier" are
    airlines, "automaker" a maker), from ``body_kind_classes.tsv``; else None."""
    classes = {r["entry"]: r["class"] for r in lexicon_files.rows("body_kind_classes")}
    word = word.lower()
    return classes.get(word) or (classes.get(word[:-1]) if word.endswith("s") else None)


def _kind_agreement(result: Entities, entity: int, head: str) -> bool | None:
    """Whether a body written with a kind noun of some class ("Harbor Airline") agrees
    with the description's head: True for the same class ("the carrier"), False for
    another ("the manufacturer"), None when either has no class. A description agrees
    with its antecedent in kind (Vieira & Poesio 2000)."""
    wanted = _kind_class(head)
    if wanted is None:
        return None
    text = result.text
    written = {
        _kind_class(text[m.start : m.end].split()[-1])
        for m in result.groups.get(entity, [])
        if m.end > m.start
    } - {None}
    return (wanted in written) if written else None


def _legal_form(word: str) -> bool:
    """Whether a name's last word marks a company's legal form ("Inc.", "Corp", "Ltd";
    not "International", "Group", which any body's name may end with)."""
    return word in lexicon_files.entries("company_legal_forms")


def _noncommercial_kinds() -> frozenset[str]:
    """Kinds of body that are no company ("union", "agency"), from the word list."""
    return lexicon_files.entries("noncommercial_body_kinds")


def named_body_before(
    result: Entities, mention: str, start: int, end: int, sentence: int, itself: int | None
) -> int | None:
    """The earlier body, written with a name, that a definite description by its kind
    ("the agency", "the production company") refers back to (Vieira & Poesio 2000).

    The name set beside the same description ("The group, Brightmoor Staff," ...) wins; an
    indefinite introduction with the same noun since ("a group of drivers") is an
    unnamed body, so None; otherwise the most salient body, as "it" would find it,
    among those whose name shares a modifier of the description ("production" for "Wren
    Tolley Productions"), else among those that speak in the text, else any that fits.
    Never ``itself`` (the description's own entity) nor a person.
    """
    words = mention.split()
    head = words[-1]
    text = result.text
    window = max(0, start - 1500)
    noun = re.escape(head.lower())
    apposed = list(re.finditer(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{noun},\s+", text[window:start]))
    if apposed:
        at = window + apposed[-1].end()
        named = [m for m in result.overlapping(at, at + 1) if m.start == at]
        if named and result.kind_of.get(named[0].entity) != "person":
            return named[0].entity
    intros = list(re.finditer(rf"\b(?:[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b", text[window:start]))
    stems = {w.lower()[:5] for w in words[1:-1] if len(w) > 4}

    def named_body(e: int) -> bool:
        group = result.groups.get(e, [])
        named = any(
            m.form == "name" or text[m.start : m.end].split()[-1][:1].isupper() for m in group
        )
        return e != itself and named

    def shares_modifier(e: int) -> bool:
        name = str(result.entities.at[e, "name"]).lower().split()
        return named_body(e) and bool(stems & {w[:5] for w in name})

    def speaks(e: int) -> bool:
        group = result.groups.get(e, [])
        return named_body(e) and _may_be_called(result, e, head) and any(m.reports for m in group)

    def fits(e: int) -> bool:
        # an acronym that never acts (a subject or a speaker) may be a shouted word
        # ("The answer is YES!"), no outlet
        group = result.groups.get(e, [])
        acts = any(m.subject or m.reports for m in group)
        shouted = str(result.entities.at[e, "name"]).isupper() and not acts
        return not shouted and named_body(e) and _may_be_called(result, e, head)

    def in_name(e: int) -> bool:  # "the news agency" for "Xinhua News Agency"
        name = str(result.entities.at[e, "name"]).lower().split()
        return named_body(e) and head.lower() in name

    for allowed in [in_name] + ([shares_modifier] if stems else []) + [speaks, fits]:
        found = resolve_pronoun(
            result, "it", start, sentence, exclude=(start, end), allowed=allowed
        )
        if found is None:
            continue
        last = result.group_starts[found][bisect.bisect_left(result.group_starts[found], start) - 1]
        if intros and last < window + intros[-1].start():
            return None  # "a group of drivers … The group said": no name given
        far = sentence - _sentence_of_mention(result, last) > KIND_DESCRIPTION_SENTENCES
        if far and allowed is not in_name:
            return None  # named too long ago: the description may be of something unnamed
        return found
    return None


# how many sentences back the named body of "the agency" may last be mentioned: news
# repeats the name or the description close together (Vieira & Poesio 2000 find most
# anaphoric definite descriptions within a few sentences of their antecedent)
KIND_DESCRIPTION_SENTENCES = 4


def _sentence_of_mention(result: Entities, start: int) -> int:
    """The sentence of the mention starting at ``start``."""
    return result.mentions[bisect.bisect_left(result.starts, start)].sentence


def title_holder(result: Entities, found: Mention, mention: str, start: int) -> int | None:
    """The named person a capitalised title read as a body stands for: "the House
    Speaker", "the Senate Majority Leader" (a body's name ending in a title or role noun,
    with no name of its own), when a named person holds that title (Vieira & Poesio
    2000: the description repeats the antecedent's head)."""
    if found.form != "body" or result.kind_of.get(found.entity) == "person":
        return None
    written = result.text[found.start : found.end]
    last = written.split()[-1].lower() if written.split() else ""
    if not (last in lexicons().role_nouns or (last,) in lexicons().titles):
        return None
    if not mention.strip().endswith(written):
        return None  # the body only modifies the head written after it
    return result.roles.link(mention, start, lexicons(), written=mention, text=result.text)


def resolve_descriptor(
    result: Entities, mention: str, start: int, end: int, sentence: int, previous=None
) -> int | None:
    """A descriptor's person: the name in apposition beside it, else the person whose title
    or role it repeats, else (indefinite) the next person introduced with that role, else
    the body it names. A descriptor with a named possessor ("Morrison’s lawyer") is its own
    unnamed speaker unless the role found names that possessor too."""
    lex = lexicons()
    words = mention.split()
    if words and plural_people(words[-1], None):
        # "the two expert witnesses": several people, none of them alone; but "the nurses"
        # after "Riverside Nurses Union" are the members the named group speaks for
        return _group_named_by_noun(result, words, start)
    entity = _adjacent_name(result, start, end)
    possessor = named_possessor(mention)
    # "the U.S. attorney's office": a body noun after a possessive role heads the phrase;
    # the office is not the attorney (the head of a noun phrase is its last noun)
    body_head = len(words) > 1 and source_noun_kind(words[-1]) == "body" and word_of(words[-2])[1]
    if entity is None and not body_head:
        entity = result.roles.link(mention, start, lex, possessor, mention, result.text)
        if entity is None and possessor is not None:
            return None
    if entity is None and re.match(r"^\s*(a|an)\s", mention, re.I):
        entity = link_cataphoric(result, mention, end)
    if entity is None:
        entity = result.body_keys.get(tuple(descriptor_words(mention)))
    kind_noun = bool(words) and words[-1].lower() in lex.body_kinds  # done by named_body_before
    if entity is None and _generic_body(mention) and not kind_noun:
        # "the company", "the agency": a definite body noun refers back like "it" does
        # (Vieira & Poesio 2000, anaphoric definite descriptions), to the salient body
        head = mention.split()[-1]
        entity = resolve_pronoun(
            result,
            "it",
            start,
            sentence,
            exclude=(start, end),
            allowed=lambda e: _may_be_called(result, e, head),
        )
    if entity is None and definite_document(mention):
        entity = document_issuer(result, mention.split()[-1], start)
    if entity is None:
        entity = person_description(result, mention, start, end, sentence, previous)
    return entity


# how far back (characters) the group named by a plural noun may last be mentioned
GROUP_NAME_WINDOW = 1500


def _group_named_by_noun(result: Entities, words: list[str], start: int) -> int | None:
    """The body whose name holds the plural noun of "the nurses", "the doctors" (Riverside
    Nurses Union, Doctors for Fair Care), mentioned last within ``GROUP_NAME_WINDOW``
    characters before: a definite description shares its antecedent's head noun (Vieira &
    Poesio 2000). Only the bare "the <noun>": "the two nurses", "the nurses at the clinic"
    are people of their own."""
    if len(words) != 2 or words[0].lower() != "the":
        return None
    noun = words[1].lower()
    best: tuple[int, int] | None = None
    for entity, group in result.groups.items():
        if result.kind_of.get(entity) != "body":
            continue
        if noun not in str(result.entities.at[entity, "name"]).lower().split():
            continue
        before = [m.start for m in group if 0 < start - m.start < GROUP_NAME_WINDOW]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), entity)
    return best[1] if best else None
