"""The head of a speaker span and its label: which named mention heads the span, when
a capitalised word is only there because a sentence opens, a descriptor trimmed and
normalised into a speaker label, coordinated names read as one joint speaker.

Rules: the head of an English noun phrase is its rightmost noun, a possessor and a
name modifying a noun are not the head; coordinated noun phrases are a plural subject
(Quirk et al. 1985, 13.2); a past form or an -ly adverb ends a noun phrase (3.5).
These helpers are shared by the other resolution modules
(:mod:`~analysis.speakers.descriptions`, :mod:`~analysis.speakers.metonymy`,
:mod:`~analysis.speakers.antecedents`, :mod:`~analysis.speakers.resolve`) and are
private to the package.
"""

from __future__ import annotations

import bisect
import re

from analysis import lexicons as lexicon_files
from analysis.core.schema import UNRESOLVED
from analysis.speakers.detect import Mention
from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import ACRONYM, lexicons, names_a_source, source_noun_kind, word_of
from analysis.speakers.namedata import could_be_given_name, is_given_name


def mention_at(result: Entities, start: int, end: int) -> Mention | None:
    """The named mention heading a speaker span: the person or body ending last inside it
    that is not a possessor ("Ms. Lind's spokesman, Tomas Berg" -> Tomas Berg)."""
    inside = [m for m in result.overlapping(start, end) if m.form != "title"]
    if not inside:
        return None
    text = result.text
    # a name inside a possessor is not the head: "Ms. Lind's spokesman", and also "the
    # U.S. attorney's office", where the possessive ends a phrase the name only opens
    heads = [m for m in inside if not in_possessor(text, m.end, end)]
    # a name modifying a body noun ("Bend council") or after "of" is not the head
    heads = [m for m in heads if m.head or m.form == "descriptor"] or heads
    # an adjective of nationality modifies ("the Danish and Swedish transport ministries")
    demonyms = lexicons().demonyms
    heads = [m for m in heads if not (m.name_words and set(m.name_words) <= demonyms)]
    # an abbreviation of a common noun names nobody ("the firm's PR team", "TV hosts")
    common = lexicon_files.entries("common_acronyms")
    heads = [m for m in heads if text[m.start : m.end] not in common]
    # a name followed by a common noun in the span modifies it ("Bend council", "Ambient
    # lighting"): the noun is the head; pronouns and function words do not count ("himself")
    lex = lexicons()
    unmodified = [m for m in heads if not _modifies_noun(m, text[m.end : end], lex)]
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
    others = (
        [(m.start - start, m.end - start) for m in inside if m.end <= head.start] if head else []
    )
    if head is not None and _role_before_complement(text[start : head.start], others):
        return None  # "A spokesman for Ana Ruiz": the spokesman speaks, not Ruiz
    return head


def _modifies_noun(m: Mention, after: str, lex) -> bool:
    """Whether a mention is a modifier of the lower-case noun after it in the span: a
    name before any common noun ("Bend council", "Ambient lighting"), a body before a
    noun for one person ("the GOP nominee", "the Wells Fargo chief": the nominee speaks,
    not the party; the head of a noun phrase is its last noun, Quirk et al. 1985, 17.2)."""
    nxt = re.match(r"\s+([a-z][\w-]*)", after)
    if nxt is None or nxt.group(1) in lex.not_names or nxt.group(1) in lex.pronouns:
        return False
    if m.form == "name":
        return True
    # one person only: "White House advisers" stay the body's (the group has no name)
    last = re.findall(r"[^\W\d_][\w’'-]*", after)[-1]
    if not last[:1].islower():
        return False
    if last in lex.role_nouns or (last,) in lex.titles:
        return True
    # a singular agent noun ("speechwriter", "interviewer"; Quirk et al. 1985, I.34:
    # agential suffixes), not a collective ("team") or a plural ("leaders")
    agent = last.endswith(("er", "or", "ist", "ian"))
    return agent and lex.source_nouns.get(last) == "person"


def _people_before(prefix: str) -> bool:
    """Whether a plural noun for people with a post-modifier comes before the name
    ("members of", "officials at"): the head of the noun phrase is that noun."""
    words = re.findall(r"[^\W\d_][\w’'-]*", prefix)
    postmodifiers = lexicons().postmodifiers
    return any(
        w[:1].islower() and plural_people(w, None) and after in postmodifiers
        for w, after in zip(words, words[1:], strict=False)
    )


def _role_before_complement(prefix: str, others: list[tuple[int, int]]) -> bool:
    """Whether the name is the complement of a role noun's preposition ("a spokesman for
    Ana Ruiz", "Canada's ambassador to Mexico", "an aide to Senator Ruiz"): the role noun
    heads the noun phrase (Quirk et al. 1985, 17.38), so the name is not the speaker, as
    with a possessor ("Morrison's lawyer"). Only an article or a title may stand between the
    preposition and the name: in "the secretary of state Ana Ruiz" the name is in apposition
    to the role and heads it, and in "China's ambassador to Britain Liu Wei" the complement
    is the other name (``others``: offsets in ``prefix`` of the span's other names)."""
    found = list(re.finditer(r"[^\W\d_][\w’'-]*", prefix))
    lex = lexicons()
    for k in range(len(found) - 2, -1, -1):
        role, link = found[k].group(), found[k + 1].group()
        if link in lex.postmodifiers and role in lex.role_nouns:
            after = found[k + 1].end()
            if any(lo >= after for lo, _ in others):
                return False
            between = [w.group() for w in found[k + 2 :]]
            return all(w[:1].isupper() or w.lower() in lex.articles for w in between)
    return False


def in_possessor(text: str, mention_end: int, span_end: int) -> bool:
    """Whether a possessive ending follows the mention inside the span with a noun after
    it: the mention is (part of) a possessor, and the possessed noun heads the span."""
    rest = text[mention_end:span_end]
    found = re.search(r"[’']s\b", rest)
    return found is not None and bool(re.search(r"[^\W\d_]", rest[found.end() :]))


def plural_people(label: str | None, entity: int | None) -> bool:
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


def joint_names(result: Entities, start: int, end: int) -> str | None:
    """Two or more people or bodies coordinated as one speaker ("Owen Pratt and Greta Lind",
    "Ruiz, Park and Lee"): the joint label of their names, else None. Only names at the
    top of the span count, joined by "and" or commas and nothing else (Quirk et al. 1985,
    13.2: coordinated noun phrases are a plural subject)."""
    text = result.text
    names_in = [
        m
        for m in result.overlapping(start, end)
        if m.form == "name"
        and start <= m.start
        and m.end <= end
        and not in_possessor(text, m.end, end)
    ]
    heads, ends = _without_affiliations(result, names_in)
    kinds = [result.kind_of.get(m.entity) for m in heads]
    # "Ana Ruiz, Tove Brask and Dan Kim": a name of two words or more of no known kind
    # between people is one too (coordination joins like with like, Quirk et al. 13.2)
    between_people = bool(kinds) and kinds[0] == kinds[-1] == "person"
    kept = [
        (m, e)
        for m, e, kind in zip(heads, ends, kinds, strict=True)
        if kind in {"person", "body", "place"}
        or _given_and_surname(m)  # "said Ana Ruiz and Dan Kim": Kim has no other cue
        or (between_people and len(m.name_words) > 1 and not isinstance(kind, str))
    ]
    heads, ends = [m for m, _ in kept], [e for _, e in kept]
    if len(heads) < 2 or text[ends[-1] : end].strip(" ,"):
        return None
    gaps = [text[e : b.start] for e, b in zip(ends, heads[1:], strict=False)]
    if not all(re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?|\s*,\s*", g) for g in gaps):
        return None
    if "and" not in gaps[-1] or len({m.entity for m in heads}) < 2:
        return None
    names = [result.entities["name"].get(m.entity) for m in heads]
    if any(n is None for n in names):
        return None
    return " and ".join(dict.fromkeys(str(n) for n in names))


def _without_affiliations(
    result: Entities, heads: list[Mention]
) -> tuple[list[Mention], list[int]]:
    """The people of a coordinated list with each one's affiliation folded into them
    ("Ana Ruiz of Elm Hospital and Dan Kim": Elm Hospital is where Ruiz works, not a
    third speaker): a name not known as a person right after a person name and "of" is
    dropped and that person's end moves past it. Returns the heads kept and where each ends."""
    kept: list[Mention] = []
    ends: list[int] = []
    for m in heads:
        if (
            kept
            and result.kind_of.get(m.entity) != "person"
            and result.kind_of.get(kept[-1].entity) == "person"
            and re.fullmatch(r"\s+of\s+(?:the\s+)?", result.text[ends[-1] : m.start])
        ):
            ends[-1] = m.end
            continue
        kept.append(m)
        ends.append(m.end)
    return kept, ends


def _given_and_surname(m) -> bool:
    """A name of two or more words opening with a common given name ("Dan Kim")."""
    return len(m.name_words) > 1 and is_given_name(m.name_words[0])


def positional_word(result: Entities, entity: int, sentence_starts: list[int]) -> bool:
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
        opening = sentence_starts[sentence_of(sentence_starts, m.start)]
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


def trim_descriptor(mention: str, start: int, end: int) -> tuple[str, int]:
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
    past form, an -ly adverb or an adverb compound of "out" ("looked", "released",
    "flatly", "flat-out"; Quirk et al. 1985, 3.5 and 7.46)."""
    return (
        word in lex.reporting_forms
        or word.endswith(("ed", "ly"))
        or re.fullmatch(r"[a-z]+-out", word) is not None
    )


def sentence_of(starts: list[int], position: int) -> int:
    """The id of the sentence holding ``position`` (sentence ids are 0..n-1 in text order)."""
    return max(bisect.bisect_right(starts, position) - 1, 0)


def earlier_in_sentence(result: Entities, position: int, sentence: int) -> list[Mention]:
    """The mentions of ``sentence`` that end before ``position``, in text order."""
    found = []
    for j in range(bisect.bisect_left(result.starts, position) - 1, -1, -1):
        m = result.mentions[j]
        if m.sentence < sentence:
            break
        if m.sentence == sentence and m.end <= position:
            found.append(m)
    return found[::-1]


def normalise_descriptor(mention: str) -> str:
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


def could_name(mention: str) -> bool:
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


def capitals_label(result: Entities, mention: str, start: int) -> int | None:
    """The person a label written in capitals names ("TAPPER:", "MR. HALE:", "JAKE
    TAPPER:" in a transcript): the person of the text whose name ends with the label's
    words, the one named last before the label when several do (a transcript writes its
    speakers' surnames in capitals, AP Stylebook "Q-and-A format"). Capitals read as a
    dateline or subhead make no mention of their own (:func:`detect._shouted`), so the
    label is matched here by its words. None for a label no person's name ends with."""
    if re.search(r"[a-z]", mention) or not re.search(r"[A-Z]{2}", mention):
        return None
    lex = lexicons()
    words = tuple(
        w
        for w in mention.lower().split()
        if w not in lex.honorifics and w.strip(".") not in lex.honorifics
    )
    if not words or any(not w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    last_before: dict[int, int] = {}
    for entity, group in result.groups.items():
        if result.kind_of.get(entity) in {"body", "place"}:
            continue
        named = [
            m.start
            for m in group
            if m.form == "name"
            and len(m.name_words) >= len(words)
            and m.name_words[-len(words) :] == words
        ]
        if named:
            last_before[entity] = max((s for s in named if s < start), default=-1)
    if not last_before:
        return None
    return max(last_before, key=lambda e: (last_before[e], -result.first_start.get(e, 0)))


_SPACED_POSSESSIVE = re.compile(r"\s+[’']s\s+")


def spaced_possessive(result: Entities, mention: str, start: int, end: int) -> tuple[str, int]:
    """A speaker span cut at a possessive written with a stray space ("the Herald ’s
    Okafor", a typesetting slip for "the Herald’s Okafor"): the span goes on to the name
    after the possessive, which heads it (Quirk et al. 1985, 5.112: a possessor is a
    determiner, not the head). Unchanged when no name follows."""
    tail = _SPACED_POSSESSIVE.match(result.text, end)
    if tail is None:
        return mention, end
    after = [m for m in result.overlapping(tail.end(), tail.end() + 1) if m.start == tail.end()]
    if not after or after[0].form != "name":
        return mention, end
    stop = after[0].end
    return result.text[start:stop], stop


def turn_label_name(text: str, mention: str, start: int, end: int) -> str | None:
    """The name a transcript turn's label in capitals gives when no person of the text
    has it ("CARTER:" -> "Carter", "MR. HALE:" -> "Mr. Hale"): the label opens its
    paragraph and a colon follows, so it names the turn's speaker (AP Stylebook,
    "Q-and-A format"); a role noun ("ANCHOR:") or an acronym of one word stays as it is."""
    if re.search(r"[a-z]", mention) or text[end : end + 1] != ":":
        return None
    if text[:start].rstrip(" ")[-1:] not in {"\n", ""}:
        return None
    words = mention.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][A-Z.'’-]*", w) for w in words):
        return None
    lex = lexicons()
    last = words[-1].lower()
    if last in lex.role_nouns or (last,) in lex.titles or (len(words) == 1 and len(last) < 3):
        return None
    return " ".join(w.capitalize() if w.lower() not in lex.honorifics else w.title() for w in words)
