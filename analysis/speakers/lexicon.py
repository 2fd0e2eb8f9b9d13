"""The general word lists speaker analysis reads, and the word-level tests built on them.

Every list comes from :mod:`analysis.lexicons` (one TSV file per list, each entry with its
source); nothing here writes a word list again. :func:`is_capitalised` is the one test of
whether a word is written as a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from analysis import lexicons as lexicon_files
from analysis.attribution.phrase_words import share_of_people

ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$")


@dataclass(frozen=True)
class Lexicons:
    """The general word lists of :mod:`analysis.lexicons` that speaker analysis reads."""

    titles: dict[tuple[str, ...], str]  # lowercased word sequence -> gender or "-"
    honorifics: dict[str, str]
    role_nouns: dict[str, str]
    body_nouns: frozenset[str]
    firm_designators: frozenset[str]  # "Co.", "Inc.", "Capital": the generic end of a firm's name
    company_suffixes: frozenset[str]  # "inc", "group", "international": droppable from a name
    body_kinds: frozenset[str]  # "agency", "company": a body's kind, whatever its name
    demonyms: frozenset[str]  # "german", "iraqi": adjectives of nationality
    name_heads: frozenset[str]  # "services", "affairs": body nouns only when capitalised
    short_heads: frozenset[str]  # "chronicle", "institute": a body's head used alone
    function_words: frozenset[str]  # English closed-class words: "within", "about"
    place_nouns: frozenset[str]
    place_prefixes: frozenset[str]
    pronouns: dict[str, tuple[str, str, str]]  # word -> (gender, number, case)
    particles: frozenset[str]
    not_names: frozenset[str]
    reporting_forms: frozenset[str]
    affiliations: frozenset[str]
    expansions: dict[str, str]  # "sen." -> "senator"
    party_tags: dict[str, str]  # "d" -> "Democrat" (the letter of "D-Ohio")
    name_suffixes: frozenset[str]  # "jr.", "iii"
    clause_openers: frozenset[str]  # "but", "meanwhile"
    connectors: frozenset[str]  # words joining the capitalised words of a name: "of", "&"
    body_connectors: frozenset[str]  # connectors no person's name has: "the", "for", "&"
    head_connectors: frozenset[str]  # "on" only after a body's head: "Council on Aging"
    articles: frozenset[str]  # "the", "a", "an"
    determiners: frozenset[str]  # articles, demonstratives, possessive determiners
    definite: frozenset[str]  # determiners of a definite third-party description
    pointing: frozenset[str]  # definite article and demonstratives: "the", "this"
    postmodifiers: frozenset[str]  # prepositions and relatives that end a role's head
    name_prefixes: tuple[str, ...]  # hyphenated particles written before a name: "al-"
    source_nouns: dict[str, str]  # common nouns naming a source: "people" -> person
    number_words: frozenset[str]  # "fifty", "thousand"
    max_title_words: int = field(default=4)


@cache
def lexicons() -> Lexicons:
    """Load the word lists once per process."""
    rows = lexicon_files.rows
    titles = {tuple(r["entry"].split()): r["gender"] for r in rows("titles")}
    places = rows("place_nouns")
    determiners = rows("determiners")
    pronouns = {r["entry"]: (r["gender"], r["number"], r["case"]) for r in rows("pronouns")}
    relatives = {w for w, (_, _, case) in pronouns.items() if case == "relative"}
    particles = lexicon_files.entries("name_particles")
    return Lexicons(
        titles=titles,
        honorifics={r["entry"]: r["gender"] for r in rows("honorifics")},
        role_nouns={r["entry"]: r["gender"] for r in rows("role_nouns")},
        # and the plural heads that end a body's name ("Sewer Services"), read by
        # speaker analysis only
        body_nouns=lexicon_files.entries("body_nouns") | lexicon_files.entries("body_name_heads"),
        firm_designators=frozenset(
            r["entry"] for r in rows("body_nouns") if r["category"] == "firm_designator"
        ),
        company_suffixes=lexicon_files.entries("company_suffixes")
        | frozenset(r["entry"] for r in rows("body_nouns") if r["category"] == "firm_designator"),
        body_kinds=lexicon_files.entries("body_kinds"),
        demonyms=lexicon_files.entries("demonyms"),
        name_heads=lexicon_files.entries("body_name_heads"),
        short_heads=lexicon_files.entries("short_body_heads"),
        function_words=frozenset(
            r["entry"] for r in rows("function_words") if r["language"] == "en"
        ),
        place_nouns=frozenset(r["entry"] for r in places if r["position"] == "last"),
        place_prefixes=frozenset(r["entry"] for r in places if r["position"] == "first"),
        pronouns=pronouns,
        particles=particles,
        not_names=lexicon_files.entries("not_names"),
        reporting_forms=lexicon_files.reporting_forms(),
        affiliations=lexicon_files.entries("affiliations"),
        expansions={r["entry"]: r["expands_to"] for r in rows("titles") if r["expands_to"]},
        party_tags={r["entry"]: r["expands_to"] for r in rows("party_tags")},
        name_suffixes=lexicon_files.entries("name_suffixes"),
        clause_openers=lexicon_files.entries("clause_openers"),
        connectors=frozenset(
            r["entry"] for r in rows("name_connectors") if r["body_only"] != "after_head"
        ),
        body_connectors=frozenset(
            r["entry"] for r in rows("name_connectors") if r["body_only"] == "yes"
        ),
        head_connectors=frozenset(
            r["entry"] for r in rows("name_connectors") if r["body_only"] == "after_head"
        ),
        articles=frozenset(r["entry"] for r in determiners if r["kind"] == "article"),
        determiners=frozenset(r["entry"] for r in determiners),
        definite=frozenset(
            r["entry"] for r in determiners if r["definite"] == "yes" and r["person"] != "first"
        ),
        pointing=frozenset(
            r["entry"]
            for r in determiners
            if r["definite"] == "yes" and r["kind"] in {"article", "demonstrative"}
        ),
        postmodifiers=lexicon_files.entries("postmodifiers") | relatives,
        name_prefixes=tuple(sorted(p for p in particles if p.endswith("-"))),
        source_nouns={r["entry"]: r["category"] for r in rows("source_nouns")},
        number_words=lexicon_files.entries("number_words"),
        max_title_words=max(len(t) for t in titles),
    )


@lru_cache(maxsize=1 << 16)  # called for every token of every run: a pure function of str
def word_of(token_text: str) -> tuple[str, bool]:
    """A token without its possessive ending, and whether it had one ("NATO’s")."""
    if len(token_text) > 2 and token_text.endswith(("’s", "'s")):
        return token_text[:-2], True
    return token_text, False


@lru_cache(maxsize=1 << 16)
def is_capitalised(word: str) -> bool:
    """Whether a word is written as a name is: an upper-case initial, also after a
    hyphenated particle ("al-Assad"). The one test of capitals in speaker analysis."""
    if word[:1].isupper():
        return True
    prefixed = _prefixed().match(word)
    return prefixed is not None and word[prefixed.end() : prefixed.end() + 1].isupper()


@cache
def _prefixed() -> re.Pattern[str]:
    """A hyphenated name particle opening a word ("al-"), from ``name_particles``."""
    prefixes = "|".join(re.escape(p) for p in lexicons().name_prefixes) or "(?!)"
    return re.compile(rf"(?i:{prefixes})")


def descriptor_words(phrase: str) -> list[str]:
    """The lower-case words of a descriptor without determiners or possessor nouns.

    "Canada’s foreign minister" -> ["foreign", "minister"]: the possessor names the
    affiliation, the rest is the role that a title can repeat.
    """
    lex = lexicons()
    words = [word_of(w) for w in re.findall(r"[^\W\d_][\w.’'-]*", phrase)]
    is_role = [w.lower() in lex.role_nouns or (w.lower(),) in lex.titles for w, _ in words]
    for i, (_, possessive) in enumerate(words):
        if possessive and any(source_noun_kind(w) for w, _ in words[i + 1 :]):
            is_role[i] = False  # "the attorney's office": a possessor, the office heads it
    if any(is_role):
        # the role noun heads the phrase: "the president’s enigmatic" -> "president"
        words = words[: len(is_role) - is_role[::-1].index(True)]
    return [
        w.lower()
        for w, possessive in words
        if w.lower() not in lex.determiners
        and not (possessive and w.lower() not in lex.role_nouns and (w.lower(),) not in lex.titles)
    ]


def compound_head(word: str, lex) -> str:
    """The head of a hyphenated noun the lists lack: the last part ("ex-wife" -> "wife",
    "great-grandmother", "co-chairwoman"), or the part before "of"/"in"
    ("mother-of-two", "sister-in-law"): English compounds are right-headed, except
    those with a prepositional phrase (Quirk et al. 1985, App. I.57)."""
    if "-" not in word or word in lex.role_nouns or (word,) in lex.titles:
        return word
    parts = word.split("-")
    for i, part in enumerate(parts[1:], 1):
        if part in {"of", "in"}:
            return parts[i - 1]
    return parts[-1]


@lru_cache(maxsize=4096)
def role_head(phrase: str) -> tuple[str, ...]:
    """A title or role up to its first preposition: "associate professor of X" -> 2 words.

    Abbreviated titles are spelt out ("Sen." -> "senator") so that "the senator" finds them.
    Cached: the same titles are read for every descriptor of an article.
    """
    expansions = lexicons().expansions
    lowered = phrase.lower()
    for short in sorted(expansions, key=len, reverse=True):
        lowered = re.sub(rf"(?<![\w.]){re.escape(short)}(?!\w)", expansions[short], lowered)
    words = tuple(descriptor_words(lowered))
    for i, w in enumerate(words):
        if w in lexicons().postmodifiers and i > 0:
            return words[:i]
    return words


def _singular(word: str) -> tuple[str, ...]:
    """A word and its plausible singulars ("officials" -> "official", "spokesmen" -> "spokesman")."""
    forms = [word]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


def source_noun_kind(word: str) -> str | None:
    """What a common noun names as a source: "person" (a role noun or a person noun such
    as "people", "critics"), "body" (a body noun), "document" ("report") or None."""
    lex = lexicons()
    for form in _singular(word.lower()):
        if form in lex.role_nouns or (form,) in lex.titles:
            return "person"
        if form in lex.body_nouns and form not in lex.name_heads:
            return "body"  # "services" in lower case names no body ("Sewer Services" does)
        if form in lex.source_nouns:
            return lex.source_nouns[form]
    return None


def names_a_source(label: str) -> bool:
    """Whether an unresolved speaker mention can name a source: it has a noun for a person,
    a group, a body or a document ("two people familiar", "the report"). A dateline, a
    number, a month, an adverb, a second-person "you" or a bare thing ("Ambient lighting")
    cannot, nor can a word capitalised only as the first of the mention ("Ambient
    lighting"); a capitalised word after the first is a name the mention is about."""
    if share_of_people(label):
        return True  # "41%", "those polled": a share of the people asked in a poll
    lex = lexicons()
    tokens = re.findall(r"[^\W\d_][\w’'-]*", label)
    for i, token in enumerate(tokens):
        word = word_of(token)[0].lower()
        if i and is_capitalised(token) and word not in lex.not_names:
            return True  # a proper name inside: "the Port Ellis container terminal"
        parts = word.split("-")
        if word in lex.not_names or all(p in lex.number_words for p in parts):
            continue
        if source_noun_kind(word) is not None:
            return True
    return False
