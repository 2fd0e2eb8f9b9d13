"""The speaker of every attribution: names joined to their entity, pronouns and
descriptors resolved, continuations carried on."""

from __future__ import annotations

import bisect
import re

import pandas as pd

from analysis.attribution import quotes
from analysis.core.schema import UNRESOLVED
from analysis.speakers.descriptors import descriptor_words, link_cataphoric, named_possessor
from analysis.speakers.detect import Mention
from analysis.speakers.entities import Entities, find_entities
from analysis.speakers.lexicon import ACRONYM, lexicons, names_a_source, source_noun_kind, word_of
from analysis.speakers.namedata import could_be_given_name
from analysis.speakers.places import government_use, source_noun_after
from analysis.speakers.pronouns import resolve_pronoun


def _mention_at(result: Entities, start: int, end: int) -> Mention | None:
    """The named mention heading a speaker span: the person or body ending last inside it
    that is not a possessor ("Ms. Lind's spokesman, Tomas Berg" -> Tomas Berg)."""
    inside = [m for m in result.overlapping(start, end) if m.form != "title"]
    if not inside:
        return None
    text = result.text
    # a name inside a possessor is not the head: "Ms. Lind's spokesman", and also "the
    # U.S. attorney's office", where the possessive ends a phrase the name only opens
    heads = [m for m in inside if not _in_possessor(text, m.end, end)]
    # a name modifying a body noun ("Bend council") or after "of" is not the head
    heads = [m for m in heads if m.head or m.form == "descriptor"] or heads
    # an adjective of nationality modifies ("the Danish and Swedish transport ministries")
    demonyms = lexicons().demonyms
    heads = [m for m in heads if not (m.name_words and set(m.name_words) <= demonyms)]
    # a name followed by a common noun in the span modifies it ("Bend council", "Ambient
    # lighting"): the noun is the head; pronouns and function words do not count ("himself")
    lex = lexicons()
    unmodified = [
        m
        for m in heads
        if m.form != "name"
        or not (nxt := re.match(r"\s+([a-z]+)", text[m.end : end]))
        or nxt.group(1) in lex.not_names
        or nxt.group(1) in lex.pronouns
    ]
    if not unmodified and not names_a_source(text[start:end]):
        # the noun names no source ("the Port Ellis container terminal"): the name stands
        # for it when the text shows the name to be a person or body
        unmodified = [m for m in heads if result.kind_of.get(m.entity) in {"person", "body"}]
    heads = unmodified
    # the head of an English noun phrase is its rightmost noun: the mention ending last,
    # not one nested in a role before the name ("former Labour critic Ana Ruiz")
    head = max(heads, key=lambda m: (m.end, m.start)) if heads else None
    if head is not None and _people_before(text[start : head.start]):
        return None  # "Some members of Congress": the people are the speaker, not Congress
    return head


def _people_before(prefix: str) -> bool:
    """Whether a plural noun for people with a post-modifier comes before the name
    ("members of", "officials at"): the head of the noun phrase is that noun."""
    words = re.findall(r"[^\W\d_][\w’'-]*", prefix)
    postmodifiers = lexicons().postmodifiers
    return any(
        w[:1].islower() and _plural_people(w, None) and after in postmodifiers
        for w, after in zip(words, words[1:], strict=False)
    )


def _in_possessor(text: str, mention_end: int, span_end: int) -> bool:
    """Whether a possessive ending follows the mention inside the span with a noun after
    it: the mention is (part of) a possessor, and the possessed noun heads the span."""
    rest = text[mention_end:span_end]
    found = re.search(r"[’']s\b", rest)
    return found is not None and bool(re.search(r"[^\W\d_]", rest[found.end() :]))


def _plural_people(label: str | None, entity: int | None) -> bool:
    """Whether a speaker label with no entity is a group of people that "they" can
    continue: a joint speaker ("Ana Ruiz and Lee Park") or a plural person noun ("the
    authors", "researchers")."""
    if not label or entity is not None or label == UNRESOLVED:
        return False
    if " and " in label:
        return True
    last = word_of(label.split()[-1])[0].lower()
    return (
        last[:1].isalpha()
        and last not in lexicons().role_nouns
        and (last.endswith("s") or last.endswith("men") or last == "people")
        and source_noun_kind(last) == "person"
    )


def _unless_people_between(result: Entities, entity: int, position: int) -> int | None:
    """The body a "they" was resolved to, unless people written with a plural noun come
    after its last mention ("the University of X … Okafor and her colleagues … They"):
    then the pronoun is rather theirs, and nobody known is named (Quirk et al. 1985, 6.18:
    "they" for a body is a choice of notional number; for people it is the rule)."""
    starts = result.group_starts.get(entity, [])
    last = bisect.bisect_left(starts, position) - 1
    if last < 0:
        return entity
    words = re.findall(r"[^\W\d_][\w’'-]*", result.text[starts[last] : position])
    if any(w[:1].islower() and _plural_people(w, None) for w in words[1:]):
        return None
    return entity


def _joint_names(result: Entities, start: int, end: int) -> str | None:
    """Two or more people or bodies coordinated as one speaker ("Owen Pratt and Greta Lind",
    "Ruiz, Park and Lee"): the joint label of their names, else None. Only names at the
    top of the span count, joined by "and" or commas and nothing else (Quirk et al. 1985,
    13.2: coordinated noun phrases are a plural subject)."""
    text = result.text
    heads = [
        m
        for m in result.overlapping(start, end)
        if m.form == "name"
        and start <= m.start
        and m.end <= end
        and result.kind_of.get(m.entity) in {"person", "body", "place"}
        and not _in_possessor(text, m.end, end)
    ]
    if len(heads) < 2 or text[heads[-1].end : end].strip(" ,"):
        return None
    gaps = [text[a.end : b.start] for a, b in zip(heads, heads[1:], strict=False)]
    if not all(re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?|\s*,\s*", g) for g in gaps):
        return None
    if "and" not in gaps[-1] or len({m.entity for m in heads}) < 2:
        return None
    names = [result.entities["name"].get(m.entity) for m in heads]
    if any(n is None for n in names):
        return None
    return " and ".join(dict.fromkeys(str(n) for n in names))


def _positional_word(result: Entities, entity: int, sentence_starts: list[int]) -> bool:
    """A one-word "name" the text never shows to be a person or body, capitalised only
    where a sentence or a line opens ("Untreated, the rot spreads", "Answer calls",
    "Current fears"): no name. A reporting verb beside it ("Current fears") is no such
    evidence for a word that is no given name and that the text also writes in lower
    case; a body written as a body ("the Times"), a person, a place or an acronym is."""
    kind = result.kind_of.get(entity)
    group = result.groups.get(entity, [])
    weak_body = kind == "body" and all(
        m.form == "name" and len(m.name_words) == 1 and not could_be_given_name(m.name_words[0])
        and not ACRONYM.match(result.text[m.name_start : m.name_end])
        and m.name_words[0] in _lower_case_words(result)  # also written in lower case
        for m in group
    )  # fmt: skip
    if kind in {"person", "body", "place"} and not weak_body:
        return False
    text = result.text
    for m in group:
        if len(m.name_words) != 1:
            return False
        opening = sentence_starts[_sentence_of(sentence_starts, m.start)]
        opening = max(opening, text.rfind("\n", 0, m.start) + 1)  # a line of a list
        if text[opening : m.start].strip(" \n\"“‘'(—–-"):
            return False
    return True


def _lower_case_words(result: Entities) -> frozenset[str]:
    """The words the article writes in lower case, read once per article."""
    found = result.__dict__.get("_lower_case_words")
    if found is None:
        found = frozenset(re.findall(r"\b[a-z][\w’'-]*", result.text))
        result.__dict__["_lower_case_words"] = found
    return found


def _trim_descriptor(mention: str, start: int, end: int) -> tuple[str, int]:
    """A descriptor cut after its last noun naming a source when only lower-case words
    not opening a post-modifier follow, the first a verb or adverb (:func:`_verb_like`:
    "the company flatly" -> "the company", "the team looked" -> "the team"); "people
    familiar with the matter" and "the chief medical examiner" stay whole."""
    tokens = list(re.finditer(r"[^\W\d_][\w’'-]*", mention))
    lex = lexicons()
    for k in range(len(tokens) - 1, -1, -1):
        if source_noun_kind(word_of(tokens[k].group())[0]) is None:
            continue
        tail = [t.group() for t in tokens[k + 1 :]]
        if not tail or any(not w[:1].islower() or w in lex.postmodifiers for w in tail):
            return mention, end
        if not _verb_like(tail[0], lex):
            return mention, end  # "chief medical examiner", "agency policy": a noun goes on
        cut = tokens[k].end()
        return mention[:cut], start + cut
    return mention, end


def _verb_like(word: str, lex) -> bool:
    """A word that ends a noun phrase rather than goes on with it: a reporting verb, a
    past form or an -ly adverb ("looked", "released", "flatly"; Quirk et al. 1985, 3.5)."""
    return word in lex.reporting_forms or word.endswith(("ed", "ly"))


def _blank(value) -> bool:
    """None, NaN, pd.NA or an empty string: no mention written."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return True
    return not str(value).strip()


def _blank_name(value) -> bool:
    """None, NaN or pd.NA (an empty string is a value)."""
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _position(value, fallback: int) -> int:
    return fallback if _blank(value) else int(value)


def _sentence_of(starts: list[int], position: int) -> int:
    """The id of the sentence holding ``position`` (sentence ids are 0..n-1 in text order)."""
    return max(bisect.bisect_right(starts, position) - 1, 0)


def _earlier_in_sentence(result: Entities, position: int, sentence: int) -> list[Mention]:
    """The mentions of ``sentence`` that end before ``position``, in text order."""
    found = []
    for j in range(bisect.bisect_left(result.starts, position) - 1, -1, -1):
        m = result.mentions[j]
        if m.sentence < sentence:
            break
        if m.sentence == sentence and m.end <= position:
            found.append(m)
    return found[::-1]


def _adjacent_name(result: Entities, start: int, end: int) -> int | None:
    """A person named right beside a descriptor: "the spokesman, John Smith," or
    "John Smith, the spokesman" (apposition, Quirk et al. 1985, 17.65)."""
    text = result.text
    lo = bisect.bisect_left(result.starts, start - 60)
    hi = bisect.bisect_right(result.starts, end + 4)
    for m in result.mentions[lo:hi]:
        if m.form != "name" or result.kind_of.get(m.entity) != "person":
            continue
        if 0 <= m.start - end <= 3 and text[end : m.start].strip() in {",", ""}:
            return m.entity
        if 0 <= start - m.end <= 3 and text[m.end : start].strip() == ",":
            return m.entity
    return None


def _normalise_descriptor(mention: str) -> str:
    """A descriptor as a speaker label: one line, no trailing comma, lower-case article,
    and no article before a capitalised title."""
    label = " ".join(mention.split()).strip(" ,;:")
    if re.match(r"^(?:the|The)\s+[A-Z]", label):
        return label.split(" ", 1)[1]  # "The Prime Minister of Iraq": a title, named without "the"
    first, *rest = label.split(" ")
    lex = lexicons()
    if (
        not rest  # "Prosecutors said": one noun, capitalised by the sentence's start
        and first[1:].islower()
        and first.lower() not in lex.affiliations
        and source_noun_kind(first) is not None
        and (first.lower(),) not in lex.titles
    ):
        return first.lower()
    return re.sub(r"^(A|An|The)\b", lambda m: m.group(1).lower(), label)


def _generic_body(mention: str, describing: bool = False) -> bool:
    """A definite description headed by a body noun, in lower case: "the company"; with
    ``describing``, a modifier may be capitalised when it describes rather than names
    ("the German automaker", "the Facebook-owned company"; :func:`_describing_capital`),
    which only a noun for a body's kind allows ("the Dutch foreign ministry" is the Netherlands')."""
    words = mention.split()
    if len(words) < 2 or words[0].lower() not in lexicons().pointing or words[-1][:1].isupper():
        return False
    modifiers_lower = all(
        w[:1].islower() or (describing and _describing_capital(w)) for w in words[1:]
    )
    return modifiers_lower and source_noun_kind(words[-1]) == "body"


def _describing_capital(word: str) -> bool:
    """A capitalised modifier that describes a body rather than names it: a participle
    compound ("Facebook-owned", "London-based") or a demonym ("German", "Japanese",
    "Iraqi", "British"; Quirk et al. 1985, 7.26: adjectives of nationality)."""
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        return last[:1].islower() and last.endswith(("ed", "owned", "run"))
    lex = lexicons()
    lower = word.lower()
    return word[:1].isupper() and lower in lex.demonyms


def _kind_description(result: Entities, found: Mention | None, mention: str) -> str | None:
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


def _could_name(mention: str) -> bool:
    """False for a mention made only of function words, numbers, months and days
    ("Fifty-one", "Tuesday"): nobody's name, whatever the name detector took it for."""
    lex = lexicons()
    tokens = [word_of(t)[0] for t in re.findall(r"[^\W\d_][\w’'-]*", mention)]
    if any(len(t) > 1 and ACRONYM.match(t) for t in tokens):
        return True  # "WHO", "IT": an acronym names a body, whatever word it spells
    words = [t.lower() for t in tokens]
    return any(
        w not in lex.not_names and not all(p in lex.number_words for p in w.split("-"))
        for w in words
    )


def _may_be_called(result: Entities, entity: int, head: str) -> bool:
    """Whether a body can be "the <head>": its name has that noun ("the bank" for "First
    Bank"), or it is a plain name with no body noun and no acronym ("the company" for
    "Harbourline Shipping"); "the campaign" is not the FBI (Vieira & Poesio 2000: a
    definite description shares its antecedent's head noun)."""
    name = str(result.entities.at[entity, "name"])
    words = [w.lower() for w in name.split()]
    if head.lower() in words:
        return True
    body_nouns = lexicons().body_nouns
    if any(w in body_nouns for w in words):
        return False
    # "the agency" for NASA: a noun for a body's kind fits any name, an acronym too;
    # another noun must be in the name ("the commission" is no "Black Death")
    return head.lower() in lexicons().body_kinds


def _named_body_before(
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


def _resolve_descriptor(
    result: Entities, mention: str, start: int, end: int, sentence: int, previous=None
) -> int | None:
    """A descriptor's person: the name in apposition beside it, else the person whose title
    or role it repeats, else (indefinite) the next person introduced with that role, else
    the body it names. A descriptor with a named possessor ("Morrison’s lawyer") is its own
    unnamed speaker unless the role found names that possessor too."""
    lex = lexicons()
    words = mention.split()
    if words and _plural_people(words[-1], None):
        return None  # "the two expert witnesses": several people, none of them alone
    entity = _adjacent_name(result, start, end)
    possessor = named_possessor(mention)
    # "the U.S. attorney's office": a body noun after a possessive role heads the phrase;
    # the office is not the attorney (the head of a noun phrase is its last noun)
    body_head = len(words) > 1 and source_noun_kind(words[-1]) == "body" and word_of(words[-2])[1]
    if entity is None and not body_head:
        entity = result.roles.link(mention, start, lex, possessor)
        if entity is None and possessor is not None:
            return None
    if entity is None and re.match(r"^\s*(a|an)\s", mention, re.I):
        entity = link_cataphoric(result, mention, end)
    if entity is None:
        entity = result.body_keys.get(tuple(descriptor_words(mention)))
    kind_noun = bool(words) and words[-1].lower() in lex.body_kinds  # done by _named_body_before
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
    if entity is None and _definite_document(mention):
        entity = _issuer(result, mention.split()[-1], start)
    if entity is None and _generic_person(result.text, mention, start):
        entity = _salient_person(result, start, sentence, mention.split()[-1], previous)
    return entity


def _definite_document(mention: str) -> bool:
    """ "the statement", "the report": a definite description of a document."""
    words = mention.split()
    return (
        len(words) == 2
        and words[0].lower() in lexicons().pointing
        and words[1][:1].islower()
        and source_noun_kind(words[1]) == "document"
    )


def _issuer(result: Entities, head: str, start: int) -> int | None:
    """Who issued the document "the statement" refers to: the subject of the sentence that
    introduced it ("the US navy said in a statement"), within 600 characters before
    (Vieira & Poesio 2000: a definite description refers back to its introduction)."""
    window = result.text[max(0, start - 600) : start]
    intros = list(re.finditer(rf"\b(?:a|an)\s+(?:[a-z]+\s+)?{re.escape(head)}\b", window))
    if not intros:
        return None
    position = max(0, start - 600) + intros[-1].start()
    before = result.mentions[: bisect.bisect_left(result.starts, position)]
    issuers = [
        m
        for m in before[-8:]
        if not m.in_quote
        and (m.subject or _reports_next(result.text, m.end))
        and result.kind_of.get(m.entity) in {"person", "body", "place"}
        and not re.search(r"[.!?]\s", result.text[m.end : position])
    ]
    if not issuers:
        return None
    issuer = max(issuers, key=lambda m: (m.end, -m.start))
    # "the US military": the whole noun phrase, not the "US" inside it
    around = [
        m
        for m in before[-8:]
        if m.start <= issuer.start and issuer.end <= m.end and result.kind_of.get(m.entity)
    ]
    return max(around, key=lambda m: m.end - m.start).entity


def _reports_next(text: str, end: int) -> bool:
    """Whether a reporting verb follows right after ``end`` ("the army said")."""
    following = re.match(r"\s+([a-z]+)", text[end : end + 20])
    return bool(following) and following.group(1) in lexicons().reporting_forms


def _generic_person(text: str, mention: str, start: int) -> bool:
    """A definite description of one person in lower case, headed by a role noun: "the
    actor", "the singer and guitarist" ("the" may stand before the mention's start)."""
    words = mention.split()
    if words and words[0].lower() in lexicons().pointing:
        words = words[1:]
    elif not re.search(
        r"\b(?:the|The)\s+(?:[a-z]+\s+(?:and\s+)?)?$", text[max(0, start - 40) : start]
    ):
        return False
    if words and re.fullmatch(r"\d+-year-old", words[-1]):
        return True  # "The 49-year-old said": an age stands for the person (AP Stylebook)
    if not words or not all(w[:1].islower() or _describing_capital(w) for w in words):
        return False  # "the Portuguese boss": a demonym describes the person
    return all(w.lower() in lexicons().role_nouns or w == "and" for w in words[-1:])


def _salient_person(
    result: Entities, start: int, sentence: int, head: str, previous: int | None
) -> int | None:
    """The person a role-noun description ("the actor") refers back to when no one has
    that role: the previous speaker if a person of agreeing gender, else the most salient
    person, as "he" or "she" would find (the role noun's gender, else both), only when
    both genders agree on one person (Vieira & Poesio
    2000: an anaphoric definite description takes the salient compatible antecedent)."""
    gender = lexicons().role_nouns.get(head.lower(), "-")
    if result.kind_of.get(previous) == "person" and result.gender_of.get(previous) in {
        gender,
        None,
        "unknown",
    } | ({"male", "female"} if gender == "-" else set()):
        return previous  # "…,” said the actor: the speaker of the quotation before
    pronouns = {"male": ["he"], "female": ["she"]}.get(gender, ["he", "she"])
    people = {
        resolve_pronoun(
            result, p, start, sentence, allowed=lambda e: result.kind_of.get(e) == "person"
        )
        for p in pronouns
    }
    people.discard(None)
    return people.pop() if len(people) == 1 else None


def _resolve_written(
    result: Entities, mention: str, start: int, end: int, sentence_starts, previous
) -> tuple[str, int, int | None, str | None]:
    """(mention, end, entity, label) of a speaker written as a name or a description:
    the name heading the span, else the body a description by its kind refers back to,
    else the descriptor's person or body (:func:`_resolve_descriptor`); with no entity,
    the description as its own label, or ``UNRESOLVED`` when it names no source (a
    dateline, a number, an adverb or a bare thing is nobody's name)."""
    found = _mention_at(result, start, end)
    if found is not None and _positional_word(result, found.entity, sentence_starts):
        found = None  # "Untreated, it is fatal": a capital the position explains
    mention, end = _trim_descriptor(mention, start, end)
    sentence = _sentence_of(sentence_starts, start)
    entity = found.entity if found is not None else None
    if _kind_description(result, found, mention) is not None:
        # "the agency", "The German automaker": the named body the text set up
        linked = _named_body_before(result, mention, start, end, sentence, entity)
        entity = linked if linked is not None else entity
        found = found if linked is None else None
    if found is None and entity is None:
        entity = _document_owner(result, mention, start, end)
    if found is None and entity is None:
        entity = _resolve_descriptor(result, mention, start, end, sentence, previous)
    if entity is not None and result.kind_of.get(entity) == "place":
        return _place_speaker(result, mention, start, end, entity)
    name = None
    if entity is None:
        name = _normalise_descriptor(mention) if names_a_source(mention) else UNRESOLVED
    return mention, end, entity, name


def _document_owner(result: Entities, mention: str, start: int, end: int) -> int | None:
    """The named person or body whose document speaks ("The Wrap's report claims",
    "Acme's statement said"): the possessor of a span headed by a document noun
    (Pareti 2015, PARC 3.0: a document stands for its author as the source)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", mention)
    if not words or source_noun_kind(words[-1]) != "document":
        return None
    owners = [
        m
        for m in result.overlapping(start, end)
        if m.form in {"name", "body"}
        and _in_possessor(result.text, m.end, end)
        and result.kind_of.get(m.entity) in {"person", "body"}
    ]
    return owners[-1].entity if owners else None


def _place_speaker(
    result: Entities, mention: str, start: int, end: int, entity: int
) -> tuple[str, int, int | None, str | None]:
    """A speaker span whose name is a place: the place when it stands for its government
    ("Peru said", "The UK has urged"); else the source noun it modifies ("Macau
    police", even when written after the span), the span's own source noun ("health
    officials in Peru's Cusco region"), or nobody known ("nurses ... in the UK told": the
    place only locates the speaker)."""
    text = result.text
    written = [m for m in result.overlapping(start, end) if m.entity == entity]
    place = written[-1] if written else None
    if place is None or government_use(text, place.start, place.end):
        return mention, end, entity, None
    noun_end = source_noun_after(text, place.end)
    if place.end >= end and noun_end is not None:
        extended = text[start:noun_end]
        return extended, noun_end, None, _normalise_descriptor(extended)
    before = text[start : place.start]
    if names_a_source(mention) and (names_a_source(before) or place.end < end):
        return mention, end, None, _normalise_descriptor(mention)
    return mention, end, None, UNRESOLVED


def _recent_group(text: str, group, position: int, sentence_starts, rows: int) -> str | None:
    """The group of people a "they" continues: the latest group that spoke (``group``:
    label, where its mention ends, row number; ``rows``: the rows so far) in this or the
    two sentences before or in one of the last three attributions, when no other plural
    noun for people or body noun is written since ("The authors wrote … they wrote";
    "Owen and Greta disputed … Greta added … They also disputed")."""
    if group is None:
        return None
    sentence = _sentence_of(sentence_starts, position)
    recent = group[1] >= sentence_starts[max(0, sentence - 2)] or rows - group[2] <= 3
    own = {w.lower() for w in group[0].split()}  # "industry analysts … Analysts expect"
    since = {n.split()[-1].lower() for n in _plural_nouns(text, group[1], position)}
    others = (since | _body_nouns(text, group[1], position)) - own
    return group[0] if recent and not others else None


def _resolve_relative(
    result: Entities, start: int, sentence_starts: list[int], previous: int | None
) -> tuple[int | None, str | None]:
    """(entity, label) of a relative "who"/"which"/"that": the noun phrase just before it.

    That is the mention ending last in the sentence, not one nested in its role
    ("Rovers captain Tom Vale, who": Tom Vale) nor an "of" phrase ("Ted Marsh of
    Texas, who"), or the name an appositive describes ("the Alliance, a group that");
    but a common noun written after the last mention is the antecedent (Quirk et al.
    1985, 17.9): "one mother, who" and "among retailers that" are their own label,
    "areas that" (no source noun) nobody known.
    """
    text = result.text
    sentence = _sentence_of(sentence_starts, start)
    before = _earlier_in_sentence(result, start, sentence)
    before.sort(key=lambda m: (m.end, -m.start))
    after_of = len(before) > 1 and re.search(r"\bof\s+$", text[: before[-1].start])
    if after_of and result.kind_of.get(before[-1].entity) != "person":
        before.pop()
    apposed = _apposed_name(result, before, start)
    if apposed is not None:
        return apposed, None  # "Rhea Conti, a campaign volunteer-turned-office manager who"
    gap = text[before[-1].end if before else sentence_starts[sentence] : start]
    phrase, noun = _noun_phrase_before(gap)
    if noun and before and re.match(r"[’']s?\s", gap):
        phrase = text[before[-1].start : before[-1].end] + gap.rstrip(" ,—–")  # "Ada's nephews"
    if noun and before and _predicative(gap):
        noun = ""  # "Okon is a … gossip who": the noun says what the name before is
    if noun:
        person = source_noun_kind(noun) == "person"
        relative = text[start : start + 5].lower()
        if (relative.startswith("who") and not person) or (relative.startswith("which") and person):
            return None, UNRESOLVED  # "his weekly program who said": no agreeing noun
        return None, _normalise_descriptor(phrase) if names_a_source(phrase) else UNRESOLVED
    entity = before[-1].entity if before else previous
    return entity, (UNRESOLVED if entity is None else None)


def _apposed_name(result: Entities, before: list[Mention], position: int) -> int | None:
    """The person or body whose appositive ends right before a relative: "Brandt,
    now the House minority whip, who" or "Rhea Conti, a Dunmore campaign volunteer
    who" (Quirk et al. 1985, 17.65: the relative then describes the name)."""
    text = result.text
    for m in reversed(before):
        kind = result.kind_of.get(m.entity)
        if m.form == "title" or (isinstance(kind, str) and kind not in {"person", "body"}):
            continue  # a name of unknown kind (NaN): the appositive's noun shows a person
        gap = text[m.end : position]
        if re.fullmatch(r"\s*,\s*(?:[a-z]+\s+)?(?:an?|the)\s+[^,;.]*?,?\s*", gap):
            words = re.findall(r"[^\W\d_][\w’'-]*", gap)
            kinds = {source_noun_kind(w) for w in words if w[:1].islower()}
            if kinds & {"person", "body"}:
                return m.entity
    return None


def _predicative(gap: str) -> bool:
    """Whether the text after a name has a copula whose complement runs to the
    relative ("Okon is a habitual fibber … and gossip who"), with no verb between ("Okon
    was curt when pressed about not paying a builder who": the builder)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", gap)
    copulas = [i for i, w in enumerate(words) if w.lower() in {"is", "was", "are", "were"}]
    if not copulas:
        return False
    lex = lexicons()
    complement = words[copulas[-1] + 1 :]
    first = complement[0].lower() if complement else ""
    if first in lex.postmodifiers or (first in lex.not_names and first not in lex.determiners):
        return False  # "Lomax are among firms that": a group the name is in
    return not any(
        w.endswith(("ed", "ing")) or w in lex.reporting_forms or w == "to" for w in complement
    )


def _noun_phrase_before(gap: str) -> tuple[str, str]:
    """(phrase, noun) closing ``gap`` before a relative: a lower-case noun, up to two
    modifiers that are no function words, and a determiner before them ("one mother",
    "firms" of "are among firms", "Both seasoned songwriters"); ("", "")
    when the gap ends in no such noun (", " after a name)."""
    lex = lexicons()
    words = re.findall(r"[^\W\d_][\w’'-]*", gap)
    if not re.search(r"[^\W\d_][\w’'-]*[\s,—–]*$", gap) or not words:
        return "", ""
    noun = words[-1]
    if not noun[:1].islower() or noun in lex.not_names or noun in lex.reporting_forms:
        return "", ""
    # modifiers only after a determiner ("a young woman"): without one, a word before the
    # noun may be a verb ("to bolster militaries that"), so the noun stands alone
    modifiers: list[str] = []
    for w in reversed(words[:-1]):
        if w.lower() in lex.determiners or w.lower() in lex.number_words:
            return " ".join([w, *modifiers, noun]), noun
        if not w[:1].islower() or w in lex.not_names or w in lex.reporting_forms:
            break
        if len(modifiers) == 2:
            break
        modifiers.insert(0, w)
    return noun, noun


def _unnamed_antecedent(text: str, pronoun: str, position: int, sentence_starts: list[int]) -> str:
    """The label of an unnamed source a pronoun no named entity fits refers to, else
    ``UNRESOLVED``: for "he"/"she", a person introduced by an indefinite role noun of
    that gender in this or the two sentences before ("The newsletter reached one mother, who …,
    she said"); for "they", the one plural noun for people written there ("let
    biologists track … They discovered"; two, "Police met protesters", leave it
    open). Quoted text is skipped (Vieira & Poesio 2000: an indefinite introduces a
    discourse referent)."""
    lex = lexicons()
    gender, number, _ = lex.pronouns[pronoun]
    sentence = _sentence_of(sentence_starts, position)
    window_start = sentence_starts[max(0, sentence - 2)]
    if gender in {"male", "female"}:
        found = [
            m.group(0)
            for m in _INDEFINITE.finditer(_unquoted(text[window_start:position]))
            if lex.role_nouns.get(m.group(1), "") == gender  # "one mother": a gendered noun
        ]
        return _normalise_descriptor(found[-1]) if found else UNRESOLVED
    if number != "plural":
        return UNRESOLVED
    nouns = _plural_nouns(text, window_start, position)
    if len({n.split()[-1].lower() for n in nouns}) != 1 or _body_nouns(
        text, window_start, position
    ):
        return UNRESOLVED  # "Police met protesters …": two groups, "they" is either
    return _normalise_descriptor(max(nouns, key=len))


def _unquoted(passage: str) -> str:
    """The passage with its quoted stretches blanked (the same length)."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", lambda m: " " * len(m.group()), passage)


def _plural_nouns(text: str, start: int, end: int) -> set[str]:
    """Plural nouns for people written outside quotation marks in ``start``..``end``
    ("researchers", "Police" opening a sentence, "Okafor and her colleagues"); "others"
    and "many", pronouns and quantifiers, set up no group."""
    lex = lexicons()
    return {
        m.group(0)
        for m in _PLURAL_NOUN.finditer(_unquoted(text[start:end]))
        if m.group(1).lower() not in lex.not_names
        and m.group(1)[1:].islower()
        and _plural_people(m.group(1).lower(), None)
    }


def _body_nouns(text: str, start: int, end: int) -> set[str]:
    """Lower-case body nouns outside quotation marks in ``start``..``end`` ("police",
    "the company"): a body "they" may refer to as well."""
    words = re.findall(r"\b[A-Za-z][a-z-]+\b", _unquoted(text[start:end]))
    return {w.lower() for w in words if source_noun_kind(w.lower()) == "body"}


_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\b")
# a plural noun, with a name and "and his/her/their" before it when written so
# ("Okafor and her colleagues": the group, not the colleagues alone)
_PLURAL_NOUN = re.compile(
    r"(?:\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+and\s+(?:his|her|their)\s+)?\b([A-Za-z][a-z-]+)\b"
)


def resolve_speakers(article, table: pd.DataFrame, entities: Entities | None = None) -> pd.Series:
    """The canonical speaker of every row of an attribution table, aligned to its index.

    ``table`` has ``speaker_mention``, ``speaker_start``, ``speaker_end``, ``start``,
    ``end`` and optionally ``continuation``. Rows are read in text order:

    * a name joins its entity: "Park", "Mr. Park" -> the fullest name written;
    * a pronoun goes to the most salient agreeing antecedent (:func:`resolve_pronoun`),
      the previous speaker weighing in;
    * "who" goes to the mention just before it;
    * a descriptor goes to the person it stands beside, or whose title or role it
      repeats, or (indefinite) the next person introduced with a matching role; else
      it is its own speaker ("a defense expert");
    * a row without a mention (a continuation paragraph) keeps the speaker of the
      latest direct or mixed quotation (``kind``), else of the previous row.

    ``entities`` is :func:`find_entities` of the article, computed when not given.
    """
    result = entities if entities is not None else find_entities(article)
    text = result.text
    names = result.entities["name"].to_dict()
    sentence_starts = article.sentences["start"].tolist()
    lex = lexicons()
    columns = ["start", "end", "speaker_mention", "speaker_start", "speaker_end", "kind"]
    rows = table.reindex(columns=columns)
    records = [
        dict(zip(columns, values, strict=True))
        for values in zip(*(rows[c].tolist() for c in columns), strict=True)
    ]
    # text order: by content start, then by where the speaker is written (stable)
    order = sorted(
        zip(rows.index, records, strict=True),
        key=lambda pair: (pair[1]["start"], _position(pair[1]["speaker_start"], pair[1]["start"])),
    )
    speakers: dict = {}
    previous_name: str | None = None
    previous_entity: int | None = None
    previous_end = -1
    quoted_name: str | None = None  # the speaker of the latest quotation
    group: tuple[str, int] | None = None  # the latest group of people speaking, and where
    for index, row in order:
        mention = row.get("speaker_mention")
        if _blank(mention):
            # a paragraph in quotation marks carries on the latest quotation's speaker
            speakers[index] = quoted_name or previous_name
            previous_end = max(previous_end, int(row["end"]))
            continue
        mention = str(mention)
        start = _position(row.get("speaker_start"), int(row["start"]))
        end = _position(row.get("speaker_end"), start + len(mention))
        lower = mention.strip().lower()
        entity: int | None = None
        name: str | None = None
        if ACRONYM.match(mention.strip()) and len(mention.strip()) > 1:
            lower = mention.strip()  # "WHO said": the World Health Organization, no "who"
        if lower in lex.pronouns:
            case = lex.pronouns[lower][2]
            if case == "relative":
                entity, name = _resolve_relative(result, start, sentence_starts, previous_entity)
            elif case == "first_person":
                # "I" speaks for the previous speaker; with none before, nobody known
                entity, name = previous_entity, previous_name if previous_name else UNRESOLVED
            elif lex.pronouns[lower][1] == "plural" and (
                recent := _recent_group(text, group, start, sentence_starts, len(speakers))
            ):
                name = recent  # "The authors wrote … they wrote": the same people
            else:
                entity = resolve_pronoun(
                    result,
                    lower,
                    start,
                    _sentence_of(sentence_starts, start),
                    exclude=(int(row["start"]), int(row["end"])),
                    previous_speaker=previous_entity,
                    previous_end=previous_end,
                )
                if entity is not None and lex.pronouns[lower][1] == "plural":
                    entity = _unless_people_between(result, entity, start)
                if entity is None:
                    # a bare "she" is nobody's name (None would be refilled with the mention
                    # by analysis.attribution.extract), unless an unnamed source was set up
                    name = _unnamed_antecedent(text, lower, start, sentence_starts)
        elif (joint := _joint_names(result, start, end)) is not None:
            name = joint  # "Owen Pratt and Greta Lind said": both speak, neither alone
        else:
            mention, end, entity, name = _resolve_written(
                result, mention, start, end, sentence_starts, previous_entity
            )
        if entity is not None and lower not in lex.pronouns and not _could_name(mention):
            entity, name = None, UNRESOLVED
        if entity is not None:
            name = names.get(entity, name)
        speakers[index] = name
        previous_name, previous_entity = name, entity
        if _plural_people(name, entity):
            group = (name, end, len(speakers))  # "Owen and Greta disputed …": "they" next
        if row.get("kind") in {"direct", "mixed"}:
            quoted_name = name
        previous_end = max(int(row["end"]), end)
    return pd.Series(
        [speakers[i] for i in table.index], index=table.index, dtype=object, name="speaker"
    )


def resolved_quotes(
    article, attributions: pd.DataFrame | None = None, entities: Entities | None = None
) -> pd.DataFrame:
    """The attribution table with ``speaker`` holding each row's resolved name.

    ``attributions`` is :func:`analysis.attribution.quotes` of the article and ``entities``
    :func:`find_entities`, each computed when not given. A continuation gets exactly the
    resolved name of the attribution it carries on (``continues``).
    """
    table = quotes(article) if attributions is None else attributions.copy()
    if table.empty:
        return table
    resolved = resolve_speakers(article, table, entities).reindex(table.index).tolist()
    speakers = [
        name if not _blank_name(name) else written
        for name, written in zip(resolved, table["speaker"].tolist(), strict=True)
    ]
    by_id = dict(zip(table["attribution"].tolist(), speakers, strict=True))
    for i, carried in enumerate(table["continues"].tolist()):
        if not _blank_name(carried):
            speakers[i] = by_id[int(carried)]
    table["speaker"] = pd.Series(speakers, index=table.index, dtype=object)
    return table
