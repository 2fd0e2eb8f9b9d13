"""Who is who: people and bodies mentioned in an article, and the speaker of each quotation.

Everything here is read from the article itself. Names are capitalised word runs
(with titles such as "Secretary of State" or "Gen." split off), roles come from
appositives and titles, gender from honorifics and from the pronouns that follow a
person, and pronoun speakers are resolved by salience. No list of particular people
is used; the only word lists are general ones in ``data/lexicons/`` (titles,
honorifics, role nouns, body nouns, place nouns, pronouns, name particles, words that
are never names), each entry with its source.

Public functions:

* :func:`mentions` -- one row per mention of a person or body, with offsets.
* :func:`resolve_speakers` -- the canonical speaker of each row of an attribution
  table (what :func:`analysis.attribution.extract` calls last).
* :func:`speakers` -- one row per person or body: aliases, role, kind, gender,
  attributions, words quoted, share of quoted words, first offsets.
"""

from __future__ import annotations

import bisect
import csv
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np
import pandas as pd

from analysis.attribution import quotes
from analysis.core.paths import LEXICON_DIR
from analysis.core.schema import UNRESOLVED
from analysis.takeaways import plural

MENTION_COLUMNS = [
    "start", "end", "text", "entity", "kind", "form", "sentence", "paragraph", "in_quote",
]  # fmt: skip
SPEAKER_COLUMNS = [
    "speaker", "aliases", "role", "affiliation", "kind", "gender", "attributions", "direct", "indirect",
    "mixed", "words_quoted", "share_of_quoted_words", "mentions", "start", "end", "text",
]  # fmt: skip

# Lappin & Leass (1994) salience weights: recency 100, subject emphasis 80, head noun
# emphasis 80 (not inside another noun phrase); a mention's weight is halved for every
# sentence boundary between it and the pronoun.
RECENCY_WEIGHT = 100.0
SUBJECT_WEIGHT = 80.0
HEAD_WEIGHT = 80.0
# Not in Lappin & Leass either: news keeps returning to its main actor, so each earlier
# mention anywhere in the article adds TOPIC_WEIGHT * log2(1 + mentions).
TOPIC_WEIGHT = 40.0
# A person whose gender the text never shows matches "he" or "she" about half the time.
UNKNOWN_GENDER_FACTOR = 0.5
# Not in Lappin & Leass: in news, a pronoun speaker most often continues the previous
# speaker (Pareti 2015 reports long same-source chains in PARC 3.0).
PREVIOUS_SPEAKER_WEIGHT = 100.0
MAX_PRONOUN_DISTANCE = 8  # sentences searched back for an antecedent

_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$")
_NAME_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
_CLAUSE_OPENERS = {
    "but",
    "and",
    "so",
    "yet",
    "meanwhile",
    "however",
    "then",
    "still",
    "also",
    "now",
}


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Lexicons:
    """The general word lists of ``data/lexicons/`` that mention detection reads."""

    titles: dict[tuple[str, ...], str]  # lowercased word sequence -> gender or "-"
    honorifics: dict[str, str]
    role_nouns: dict[str, str]
    body_nouns: frozenset[str]
    place_nouns: frozenset[str]
    place_prefixes: frozenset[str]
    pronouns: dict[str, tuple[str, str, str]]  # word -> (gender, number, case)
    particles: frozenset[str]
    not_names: frozenset[str]
    reporting_forms: frozenset[str]
    affiliations: frozenset[str]
    expansions: dict[str, str]  # "sen." -> "senator"
    party_tags: dict[str, str]  # "d" -> "Democrat" (the letter of "D-Ohio")
    max_title_words: int = field(default=4)


def _read_tsv(name: str) -> list[dict[str, str]]:
    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@cache
def lexicons() -> Lexicons:
    """Load the word lists once per process."""
    titles_rows = _read_tsv("titles.tsv")
    titles = {tuple(r["entry"].split()): r["gender"] for r in titles_rows}
    reporting = {f for r in _read_tsv("reporting_verbs.tsv") for f in r["forms"].split()}
    return Lexicons(
        titles=titles,
        honorifics={r["entry"]: r["gender"] for r in _read_tsv("honorifics.tsv")},
        role_nouns={r["entry"]: r["gender"] for r in _read_tsv("role_nouns.tsv")},
        body_nouns=frozenset(r["entry"] for r in _read_tsv("body_nouns.tsv")),
        place_nouns=frozenset(
            r["entry"] for r in _read_tsv("place_nouns.tsv") if r["position"] == "last"
        ),
        place_prefixes=frozenset(
            r["entry"] for r in _read_tsv("place_nouns.tsv") if r["position"] == "first"
        ),
        pronouns={
            r["entry"]: (r["gender"], r["number"], r["case"]) for r in _read_tsv("pronouns.tsv")
        },
        particles=frozenset(r["entry"] for r in _read_tsv("name_particles.tsv")),
        not_names=frozenset(r["entry"] for r in _read_tsv("not_names.tsv")),
        reporting_forms=frozenset(reporting),
        affiliations=frozenset(r["entry"] for r in _read_tsv("affiliations.tsv")),
        expansions={r["entry"]: r["expands_to"] for r in titles_rows if r["expands_to"]},
        party_tags={r["entry"]: r["expands_to"] for r in _read_tsv("party_tags.tsv")},
        max_title_words=max(len(t) for t in titles),
    )


# --------------------------------------------------------------------------- name runs


@dataclass
class Mention:
    """One mention of a person or body found in the text.

    ``start``/``end`` cover the whole mention as written (title included, possessive
    ending excluded); ``name_start``/``name_end`` the name alone.
    """

    start: int
    end: int
    name_start: int
    name_end: int
    sentence: int
    paragraph: int
    in_quote: bool
    form: str  # "name", "title" (a title with no name), "body", "pronoun", "descriptor"
    title: str = ""
    honorific_gender: str = "-"
    role: str = ""
    subject: bool = False
    reports: bool = False  # a reporting verb right before or after it
    head: bool = True  # False inside another noun phrase: "Trump’s mess", "the murder of X"
    role_start: int = -1  # where the appositive role is written, when there is one
    role_end: int = -1
    name_words: tuple[str, ...] = ()
    entity: int = -1
    affiliation: str = ""  # from an AP party-state tag after the name ("D-Ohio")
    apposed: Mention | None = None  # the name a title or descriptor stands in apposition to


@dataclass
class _Tokens:
    """One sentence's tokens as plain lists: indexing a DataFrame per token is too slow."""

    texts: list[str]
    kinds: list[str]
    starts: list[int]
    in_quote: list[bool]


def _word(token_text: str) -> tuple[str, bool]:
    """A token without its possessive ending, and whether it had one ("NATO’s")."""
    if len(token_text) > 2 and token_text.endswith(("’s", "'s")):
        return token_text[:-2], True
    return token_text, False


def _is_capitalised(word: str) -> bool:
    if word[:1].isupper():
        return True
    return word[:3].lower() in {"al-", "el-"} and word[3:4].isupper()  # "al-Assad"


def _common_words(texts: list[str], kinds: list[str]) -> frozenset[str]:
    """Words the article itself writes in lower case: a capital there is only position."""
    return frozenset(
        t.lower() for t, k in zip(texts, kinds, strict=True) if k == "word" and t[:1].islower()
    )


def _capitalised_midsentence(
    texts: list[str], kinds: list[str], sentences: list[int], body: list[bool]
) -> frozenset[str]:
    """Words of body paragraphs capitalised other than at the start of a sentence or quotation."""
    known = set()
    for i in range(1, len(texts)):
        if kinds[i] != "word" or not body[i] or sentences[i] != sentences[i - 1]:
            continue
        if kinds[i - 1] in {"word", "number"} and _is_capitalised(texts[i]):
            known.add(_word(texts[i])[0])
    return frozenset(known)


def _title_end(words: list[str], lex: Lexicons) -> int:
    """Index just past the last title in a run of words (0 if none).

    "US Secretary of State Ana Ruiz" -> 4: everything before is the title phrase.
    """
    lowered = [w.lower() for w in words]
    end = 0
    for i in range(len(lowered)):
        for n in range(min(lex.max_title_words, len(lowered) - i), 0, -1):
            if tuple(lowered[i : i + n]) in lex.titles:
                end = max(end, i + n)
                break
    return end


def _sentence_runs(toks: _Tokens, lex: Lexicons, common, known_caps, heading: bool):
    """Runs of capitalised words in one sentence, as lists of token row positions.

    Connectors ("of", "and", "the", "for", name particles) join capitalised words; a
    possessive ending closes a run. The first word of a sentence or quotation counts
    as capitalised only if the article never writes it in lower case.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    texts, kinds = toks.texts, toks.kinds
    particles = lex.particles
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        if not current and kind == "word" and not _is_capitalised(text) and text not in particles:
            continue  # the common case, a lower-case word outside any name
        if current and text == "." and len(texts[i - 1]) == 1 and texts[i - 1].isupper():
            continue  # the full stop of an initial: "Michelle F. Tanzer"
        if kind != "word":
            if current:
                runs.append(current)
            current = []
            continue
        word, possessive = _word(text)
        lower = word.lower()
        initial = i == 0 or kinds[i - 1] != "word"
        capital = _is_capitalised(word) and lower not in lex.pronouns
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if capital and _ACRONYM.match(word) and word != "I":
            pass  # "US", "NATO": capitals that never mean a sentence start
        elif capital and heading:
            # in a title-case headline only words the article never writes in lower case
            capital = word in known_caps or (lower not in common and lower not in lex.not_names)
        elif capital and initial and not current:
            # a sentence-initial common word is a name only before another capital:
            # "Foreign Minister X", not "Cleaning up"
            capital = lower not in lex.not_names and (
                lower not in common or (kinds[i + 1 : i + 2] == ["word"] and _is_capitalised(nxt))
            )
        elif capital and lower in lex.not_names and not current:
            capital = False
        if capital:
            current.append(i)
            # a possessive closes a name ("Trump's plan") unless a body noun follows:
            # "The King's Fund" is one body
            body_next = _is_capitalised(nxt) and _word(nxt)[0].lower() in lex.body_nouns
            if possessive and not (kinds[i + 1 : i + 2] == ["word"] and body_next):
                runs.append(current)
                current = []
            continue
        joins = lower in lex.particles or lower in {"of", "and", "the", "for", "&"}
        if current and joins and kinds[i + 1 : i + 2] == ["word"] and _is_capitalised(nxt):
            current.append(i)
            continue
        if not current and lower in lex.particles and _is_capitalised(nxt):
            current.append(i)  # "von Berg" at the start of a run
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [_trim_run(r, texts, lex) for r in runs if _trim_run(r, texts, lex)]


def _trim_run(run: list[int], texts: list[str], lex: Lexicons) -> list[int]:
    while run and not _is_capitalised(_word(texts[run[-1]])[0]):
        run = run[:-1]
    while run and texts[run[0]].lower() in {"of", "and", "the", "for", "&"}:
        run = run[1:]
    return run


def _split_and(run: list[int], texts: list[str], lex: Lexicons) -> list[list[int]]:
    """Split "Trump and Clinton" in two; keep "Defense and Security Network" whole."""
    lowered = [_word(texts[i])[0].lower() for i in run]
    if "and" not in lowered or any(w in lex.body_nouns for w in lowered):
        return [run]
    parts, current = [], []
    for i, w in zip(run, lowered, strict=True):
        if w == "and":
            parts.append(current)
            current = []
        else:
            current.append(i)
    parts.append(current)
    return [p for p in parts if p]


def _split_of(run: list[int], texts: list[str], lex: Lexicons) -> list[list[int]]:
    """Split "Dr Sarah Wood of NHS England" into the person and the body they speak for.

    Only when a name stands before "of" (two words, or one after a title): "Secretary of
    State Ana Ruiz", "Duke of Edinburgh", "Republic of Turkey" and "University of
    Chicago" stay whole.
    """
    lowered = [_word(texts[i])[0].lower() for i in run]
    if "of" not in lowered:
        return [run]
    at = lowered.index("of")
    words = [_word(texts[i])[0] for i in run]
    form, title_end, _ = _classify_run(words, lex)
    if form != "name" or at <= title_end or at + 1 >= len(run):
        return [run]
    if at - title_end < 2 and not title_end:
        return [run]  # "Republic of Turkey": one word is no person's name
    return [run[:at], run[at + 1 :]]


_PARTY_TAG = re.compile(r"^([A-Z])-([A-Z][A-Za-z.]*)$")


def _party_tag(toks: _Tokens, last: int, lex: Lexicons) -> tuple[str, int]:
    """An AP party-state tag after a name ("Sen. Ruth Okafor, D-Ohio, said"), read as an
    affiliation ("Democrat, Ohio") with the index of its last token; ("", last) if none.

    AP Stylebook, "party affiliation": the party's letter, a hyphen and the state's
    abbreviation, set off by commas or parentheses.
    """
    texts = toks.texts
    if last + 2 >= len(texts) or texts[last + 1] not in {",", "("}:
        return "", last
    match = _PARTY_TAG.match(texts[last + 2])
    if not match or match.group(1).lower() not in lex.party_tags:
        return "", last
    end = last + 2
    state = match.group(2)
    if end + 1 < len(texts) and texts[end + 1] == "." and not state.endswith("."):
        end += 1
        state += "."
    if end + 1 < len(texts) and texts[end + 1] == ")":
        end += 1
    return f"{lex.party_tags[match.group(1).lower()]}, {state}", end


# --------------------------------------------------------------------------- detection


@dataclass
class Entities:
    """Everything found about the people and bodies of one article."""

    mentions: list[Mention]
    entities: pd.DataFrame  # one row per entity: name, kind, gender, role, aliases
    text: str

    def __post_init__(self) -> None:
        # plain dicts and lists: pronoun resolution looks these up once per mention
        self.kind_of: dict[int, str] = self.entities["kind"].to_dict()
        self.gender_of: dict[int, str | None] = {
            e: (g if isinstance(g, str) else None) for e, g in self.entities["gender"].items()
        }
        self.starts: list[int] = [m.start for m in self.mentions]
        self.groups: dict[int, list[Mention]] = defaultdict(list)
        for m in self.mentions:
            self.groups[m.entity].append(m)
        self.first_start: dict[int, int] = self.entities["first_start"].to_dict()
        self.role_of: dict[int, str] = self.entities["role"].to_dict()


def _classify_run(words: list[str], lex: Lexicons) -> tuple[str, int, str]:
    """(form, title_end, honorific gender) for one run of words.

    form is "body" (a body noun in the run, or an acronym), "place" (a geographic
    head noun), "title" (a title with no name after it), or "name".
    """
    lowered = [w.lower() for w in words]
    if lowered[0] in lex.honorifics and len(words) > 1:
        return "name", 1, lex.honorifics[lowered[0]]
    title_end = _title_end(words, lex)
    rest = lowered[title_end:]
    if rest and all(w in _NAME_SUFFIXES for w in rest):
        title_end = 0  # "Martin Luther King Jr.": "King" is the name, not a title
    if not title_end and len(words) > 1 and lowered[0] in lex.role_nouns:
        title_end = 1  # "Resident Gary Phelps": a role noun capitalised by position
    if not title_end:
        # "Republican Donald Trump": a party word before a name works like a title
        while title_end < len(words) - 1 and lowered[title_end] in lex.affiliations:
            title_end += 1
    name = lowered[title_end:]
    if name and name[0] in {"of", "and", "the", "for"}:
        return "title", len(words), "-"
    joints = [i for i, w in enumerate(name) if i and w in {"the", "for", "&"}]
    if joints and len(name) - joints[-1] <= 3:
        # "Save the Bend", "Americans for Prosperity": no person's name has these; a
        # longer tail is rather a name after a run-on ("... of the Year Barack Obama")
        return "body", 0, "-"
    if len(name) > 1 and len(words[title_end]) > 2 and _ACRONYM.match(words[title_end]):
        return "body", 0, "-"  # "NHS England", "BBC News": an acronym heads a body's name
    if any(w in lex.body_nouns for w in name if w not in lex.particles):
        return "body", 0, "-"
    if title_end and not name:
        body = any(w in lex.body_nouns for w in lowered)
        return ("body", 0, "-") if body else ("title", title_end, "-")
    if title_end:
        return "name", title_end, "-"
    if any(w in lex.body_nouns for w in lowered):
        return "body", 0, "-"
    if lowered[-1] in lex.affiliations and lowered[-1].endswith("s"):
        return "body", 0, "-"  # "Iowa Democrats", "House Republicans": a group
    if lowered[-1] in lex.place_nouns or (len(words) > 1 and lowered[0] in lex.place_prefixes):
        return "place", 0, "-"
    if len(words) == 1 and _ACRONYM.match(words[0]):
        return "body", 0, "-"
    return "name", 0, "-"


def _title_text(words: list[str], lex: Lexicons) -> str:
    """A title as a role: a role noun capitalised only by its position ("Resident Gary
    Phelps") is written in lower case; titles proper keep their capitals."""
    lowered = tuple(w.lower() for w in words)
    if lowered and lowered not in lex.titles and all(w in lex.role_nouns for w in lowered):
        return " ".join(lowered)
    return " ".join(words)


def _prenominal_role(toks: _Tokens, first: int, lex: Lexicons) -> tuple[str, int]:
    """A lower-case role phrase right before a name: "the Iranian military commander".

    Returns the phrase and its start offset, or ("", -1). The phrase must end in a
    role noun and runs back to a determiner, a possessive or the sentence start.
    """
    texts, kinds = toks.texts, toks.kinds
    j = first - 1
    if j < 0 or kinds[j] != "word" or texts[j].lower() not in lex.role_nouns:
        return "", -1
    k = j
    while k - 1 >= 0 and kinds[k - 1] == "word" and k > first - 6:
        lower = texts[k - 1].lower()
        if lower in {"the", "a", "an"}:
            k -= 1
            break
        if _word(texts[k - 1])[1]:
            k -= 1
            break
        if lower in lex.not_names or lower in lex.reporting_forms:
            break
        k -= 1
    words = [texts[i] for i in range(k, j + 1) if texts[i].lower() not in {"the", "a", "an"}]
    return " ".join(words), toks.starts[k]


def _appositive(text: str, toks: _Tokens, last: int, lex: Lexicons) -> str:
    """The appositive after a name: "Lee Park, director of ..., said" -> "director of ...".

    Quirk et al. (1985, 17.65): a non-restrictive appositive is a noun phrase set off
    by commas. Here it must start (after an optional determiner) with up to three
    modifiers and a role noun, and be closed by a comma or dash before the sentence ends.
    """
    texts, kinds = toks.texts, toks.kinds
    if last + 1 >= len(texts) or texts[last + 1] != ",":
        return ""
    i = last + 2
    stop = None
    for j in range(i, min(len(texts), i + 30)):
        if texts[j] in {",", "—", "–", ";"} or (kinds[j] == "punct" and texts[j] in ".!?"):
            stop = j
            break
    if stop is None or texts[stop] in ".!?" or stop == i:
        return ""
    phrase = [t.lower() for t in texts[i:stop]]
    if phrase[-1] in lex.reporting_forms:
        return ""  # "Trump, officials said, ...": a parenthetical attribution
    head = phrase[1:] if phrase[0] in {"a", "an", "the"} or _word(texts[i])[1] else phrase
    if not any(w in lex.role_nouns for w in head[:5]):
        return ""
    end = toks.starts[stop - 1] + len(texts[stop - 1])
    return text[toks.starts[i] : end]


def _is_subject(text: str, sentence_start: int, mention_start: int, prev_word: str, lex) -> bool:
    """A mention in subject position: first in its clause, or right after a reporting verb.

    "Meanwhile, Park said" and "..., said Von Berg" are subjects; "asked Ruiz"
    is not (unless "asked" reports speech, which the table decides).
    """
    before = text[sentence_start:mention_start]
    clause = re.split(r"[,;:–—]", before)[-1]
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w’'-]*", clause)]
    openers_only = all(w in _CLAUSE_OPENERS or w in {"the", "a", "an"} for w in words)
    if openers_only and not re.search(r"[“”\"]", clause):
        return True
    return prev_word.lower() in lex.reporting_forms


def _find_mentions(article) -> list[Mention]:
    lex = lexicons()
    text = article.text
    tokens = article.tokens
    paragraph_kind = article.paragraphs.set_index("paragraph")["kind"].to_dict()
    sentence_start = article.sentences.set_index("sentence")["start"].to_dict()
    found: list[Mention] = []
    columns = {c: tokens[c].tolist() for c in ("text", "kind", "start", "in_quote", "paragraph")}
    sentence_ids = tokens["sentence"].to_numpy()
    body = [paragraph_kind.get(p) == "body" for p in columns["paragraph"]]
    common = _common_words(columns["text"], columns["kind"])
    known_caps = _capitalised_midsentence(
        columns["text"], columns["kind"], sentence_ids.tolist(), body
    )
    bounds = np.flatnonzero(np.diff(sentence_ids)) + 1
    for lo, hi in zip(np.r_[0, bounds], np.r_[bounds, len(sentence_ids)], strict=True):
        if lo == hi:
            continue
        sid = int(sentence_ids[lo])
        pid = int(columns["paragraph"][lo])
        toks = _Tokens(*(columns[c][lo:hi] for c in ("text", "kind", "start", "in_quote")))
        kind = paragraph_kind.get(pid, "body")
        if kind == "boilerplate":
            continue
        texts, starts, in_quote = toks.texts, toks.starts, toks.in_quote
        heading = kind == "heading" or _title_case(toks, common)
        runs = _sentence_runs(toks, lex, common, known_caps, heading=heading)
        tags: set[int] = set()  # tokens of party-state tags, read with the name before them
        parts = [
            (part, n > 0)
            for r in runs
            for piece in _split_and(r, texts, lex)
            for n, part in enumerate(_split_of(piece, texts, lex))
        ]
        for run, after_of in parts:
            if run[0] in tags:
                continue
            words = [_word(texts[i])[0] for i in run]
            form, title_end, hon_gender = _classify_run(words, lex)
            opener = run[0] == 0 or toks.kinds[run[0] - 1] != "word"
            positional = words[0].lower() in common and not _ACRONYM.match(words[0])
            if opener and positional and len(run) > 1 and title_end == 0 and form == "name":
                # "Does Rubio": a common word capitalised only by its position
                run, words = run[1:], words[1:]
                form, title_end, hon_gender = _classify_run(words, lex)
            if form == "place":
                continue
            first, last = run[0], run[-1]
            after_the = first > 0 and texts[first - 1].lower() == "the"
            if form == "name" and title_end == 0 and len(words) > 1 and after_the:
                form = "body"  # "the Northern Courier": a name after "the" is not a person
            end = starts[last] + len(words[-1])
            name_first = run[title_end] if form == "name" and title_end < len(run) else first
            mention = Mention(
                start=starts[first],
                end=end,
                name_start=starts[name_first],
                name_end=end,
                sentence=int(sid),
                paragraph=pid,
                in_quote=bool(in_quote[first]),
                form=form,
                title=_title_text(words[:title_end], lex) if form == "name" else "",
                honorific_gender=hon_gender,
                name_words=tuple(w.lower() for w in words[title_end:]) if form == "name" else (),
            )
            if form == "body":
                mention.start, mention.name_start = _body_start(toks, first)
                mention.name_words = tuple(
                    w.lower() for w in text[mention.start : end].split() if w.lower() != "the"
                )
            if form == "title":
                mention.name_words = tuple(w.lower() for w in words)
            if after_of and found and found[-1].form == "name" and found[-1].role_start < 0:
                # "Dr Sarah Wood of NHS England": the body names her affiliation
                found[-1].role_start, found[-1].role_end = mention.start, mention.end
            if form == "name":
                # "the chief Democratic negotiator": a party word is no person with a role
                party_word = len(words) == 1 and words[0].lower() in lex.affiliations
                role, role_start = ("", -1) if party_word else _prenominal_role(toks, first, lex)
                if role:
                    mention.role = role
                    mention.start = role_start
                mention.affiliation, tag_end = _party_tag(toks, last, lex)
                tags.update(range(last + 1, tag_end + 1))
                appositive = _appositive(text, toks, tag_end, lex)
                if appositive:
                    mention.role = appositive
                    mention.role_start = text.find(appositive, mention.end)
                    mention.role_end = mention.role_start + len(appositive)
            prev_word = texts[first - 1] if first > 0 and toks.kinds[first - 1] == "word" else ""
            mention.subject = _is_subject(
                text, int(sentence_start[sid]), mention.start, prev_word, lex
            )
            next_word = texts[last + 1].lower() if last + 1 < len(texts) else ""
            after = text[mention.end : mention.end + 2]
            modifier = next_word in lex.body_nouns or next_word in lex.role_nouns
            mention.head = not (after in {"’s", "'s"} or after[:1] in {"’", "'"}) and not (
                prev_word.lower() == "of" or modifier  # "the 2012 Obama campaign"
            )
            mention.reports = (
                prev_word.lower() in lex.reporting_forms or next_word in lex.reporting_forms
            )
            found.append(mention)
        found.extend(_lowercase_bodies(toks, int(sid), pid, lex))
        found.extend(_definite_descriptors(toks, int(sid), pid, lex))
    return sorted(found, key=lambda m: m.start)


_DEFINITE = {"the", "this", "that", "his", "her", "its", "their"}


def _definite_descriptors(toks: _Tokens, sid: int, pid: int, lex: Lexicons) -> list[Mention]:
    """Candidate descriptors such as "Canada’s foreign minister" or "the president".

    A definite determiner or a possessive, up to three lower-case modifiers, and a role
    noun or title, not followed by a name (then it is that name's title). They become
    mentions only when :func:`_link_by_role` ties them to a named person (form
    "candidate" until then).
    """
    texts, kinds, starts = toks.texts, toks.kinds, toks.starts
    found = []
    for i, text in enumerate(texts):
        if kinds[i] != "word" or not text[:1].islower():
            continue
        head, possessive = _word(text)
        lower = head.lower()
        if lower not in lex.role_nouns and (lower,) not in lex.titles:
            continue
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if not possessive and kinds[i + 1 : i + 2] == ["word"] and _is_capitalised(nxt):
            continue  # "commander Gen. Omar Haddad": a title of the name after it
        k = i - 1
        while k >= 0 and i - k <= 4 and kinds[k] == "word":
            word, owner = _word(texts[k])
            if owner or word.lower() in _DEFINITE:
                break
            if not word[:1].islower() or word.lower() in lex.not_names:
                k = -1
                break
            k -= 1
        if k < 0 or kinds[k] != "word":
            continue
        words = tuple(_word(texts[j])[0].lower() for j in range(k, i + 1))
        found.append(
            Mention(
                start=starts[k],
                end=starts[i] + len(head),
                name_start=starts[k],
                name_end=starts[i] + len(head),
                sentence=sid,
                paragraph=pid,
                in_quote=bool(toks.in_quote[i]),
                form="candidate",
                name_words=words,
            )
        )
    return found


def _title_case(toks: _Tokens, common: frozenset[str]) -> bool:
    """A headline in title case ("Tim Allen Just Got Asked About ..."): capitals there
    say nothing about names.

    True when 80% or more of the words longer than three letters are capitalised (at
    least three of them) and two or more of those are words the article also writes
    in lower case ("Just", "Asked"): a sentence full of names is not a headline.
    """
    long_words = [
        t for t, k in zip(toks.texts, toks.kinds, strict=True) if k == "word" and len(t) > 3
    ]
    capitals = [t for t in long_words if _is_capitalised(t)]
    ordinary = sum(_word(t)[0].lower() in common for t in capitals)
    return len(long_words) >= 3 and len(capitals) >= 0.8 * len(long_words) and ordinary >= 2


def _body_start(toks: _Tokens, first: int) -> tuple[int, int]:
    """Include a capitalised adjective or acronym run's leading "the" in a body mention."""
    starts = toks.starts
    if first > 0 and toks.texts[first - 1].lower() == "the":
        return starts[first - 1], starts[first]
    return starts[first], starts[first]


def _lowercase_bodies(toks: _Tokens, sid: int, pid: int, lex: Lexicons) -> list[Mention]:
    """Bodies written with a lower-case head: "the Iraqi parliament", "the Trump government".

    The pattern is "the" + one modifier + a body noun; the modifier keeps two
    governments apart, and a bare "the government" is left to the speaker table.
    """
    texts, kinds = toks.texts, toks.kinds
    starts = toks.starts
    found = []
    for i in range(2, len(texts)):
        head, possessive = _word(texts[i])
        if kinds[i] != "word" or head.lower() not in lex.body_nouns or not head[:1].islower():
            continue
        if texts[i - 2].lower() != "the" or kinds[i - 1] != "word":
            continue
        modifier = texts[i - 1]
        if modifier.lower() in lex.not_names or modifier.lower() in lex.body_nouns:
            continue
        following = texts[i + 1].lower() if i + 1 < len(texts) and not possessive else ""
        if following in lex.role_nouns or following in lex.body_nouns:
            continue  # "the Iranian military commander": a modifier, not the body
        words = (modifier.lower(), head.lower())
        found.append(
            Mention(
                start=starts[i - 2],
                end=starts[i] + len(head),
                name_start=starts[i - 1],
                name_end=starts[i] + len(head),
                sentence=sid,
                paragraph=pid,
                in_quote=bool(toks.in_quote[i]),
                form="body",
                name_words=words,
            )
        )
    return found


# --------------------------------------------------------------------------- entities


def _drop_nested(found: list[Mention]) -> list[Mention]:
    """A name used as a modifier inside a body ("the Trump government") is the body's."""
    bodies = [(m.start, m.end) for m in found if m.form == "body"]
    return [
        m
        for m in found
        if m.form == "body"
        or not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in bodies)
    ]


def _same_person(short: tuple[str, ...], full: tuple[str, ...], particles) -> bool:
    """Whether a shorter name refers to a fuller one: its surname, or its first name.

    "Park" and "von berg" end "lee park" and "anna von berg";
    particles may be dropped ("Berg"). A lone first name matches too ("Bernie").
    """
    if not short or len(short) >= len(full):
        return short == full
    if full[-len(short) :] == short:
        return True
    core = tuple(w for w in full if w not in particles)
    if core[-len(short) :] == short:
        return True
    return len(short) == 1 and full[0] == short[0]


def _group_names(found: list[Mention], lex: Lexicons) -> None:
    """Give every name, title, and body mention an entity id; fuller names come first.

    A short name joins the fuller name it matches; when several match, the one
    introduced first.
    """
    names = [m for m in found if m.form == "name" and m.name_words]
    by_length = sorted(names, key=lambda m: (-len(m.name_words), m.start))
    entities: list[tuple[str, ...]] = []
    firsts: list[list[Mention]] = []
    by_word: dict[str, set[int]] = defaultdict(set)  # only entities sharing a word can match
    honorific: dict[int, str] = {}  # the gender of the first "Mr."/"Mrs." given to an entity
    for m in by_length:
        near = by_word[m.name_words[-1]] | by_word[m.name_words[0]]
        matches = sorted(e for e in near if _same_person(m.name_words, entities[e], lex.particles))
        if not matches:
            for w in m.name_words:
                by_word[w].add(len(entities))
            entities.append(m.name_words)
            firsts.append([m])
            m.entity = len(entities) - 1
            continue
        # several people share the surname: the one introduced first, as news names
        # its main actor early and uses the bare surname for them; but "Mr. Clinton"
        # after "Mrs. Clinton" is the other Clinton
        gender = m.honorific_gender if m.honorific_gender in {"male", "female"} else None
        fitting = [e for e in matches if honorific.get(e) in {gender, None}] if gender else []
        m.entity = min(fitting or matches, key=lambda e: min(f.start for f in firsts[e]))
        if gender:
            honorific.setdefault(m.entity, gender)
        firsts[m.entity].append(m)
    offset = len(entities)
    keys: dict[tuple[str, ...], int] = {}
    for m in found:
        if m.form in {"body", "title"}:
            key = tuple(w for w in m.name_words if w != "the")
            if key not in keys:
                keys[key] = offset + len(keys)
            m.entity = keys[key]


def _entity_kind(group: list[Mention]) -> str | None:
    """ "person", "body" or None (not enough evidence: likely a place or a thing).

    A name is a person when the text treats it as one: a title, an honorific, a role
    (prenominal or appositive), or, for a name of two words or more, a surname reused
    alone or a reporting verb next to it. A single word with only a reporting verb
    ("Moscow said") is a body.
    """
    forms = {m.form for m in group}
    if "body" in forms:
        return "body"
    if "title" in forms:
        return "person"
    if any(m.title or m.role or m.honorific_gender != "-" for m in group):
        return "person"
    lengths = {len(m.name_words) for m in group}
    multiword = max(lengths) > 1
    reports = any(m.reports for m in group)
    if multiword and (len(lengths) > 1 or reports):
        return "person"
    if reports:
        return "body"
    return None


@dataclass(frozen=True)
class _Pronoun:
    start: int
    end: int
    sentence: int
    paragraph: int
    lower: str
    gender: str
    case: str


def _pronoun_tokens(article, lex: Lexicons) -> list[_Pronoun]:
    """Third-person pronouns of the narration (outside quotation marks), with their case."""
    tokens = article.tokens
    keep = (
        tokens["lower"].isin(list(lex.pronouns)) & ~tokens["in_quote"] & tokens["kind"].eq("word")
    )
    found = []
    columns = ["start", "end", "sentence", "paragraph", "lower"]
    for start, end, sentence, paragraph, lower in tokens.loc[keep, columns].itertuples(index=False):
        gender, _, case = lex.pronouns[lower]
        if case in {"subject", "object", "possessive", "reflexive"}:
            found.append(_Pronoun(start, end, sentence, paragraph, lower, gender, case))
    return found


def _clause_initial(text: str, sentence_start: int, position: int) -> bool:
    """Nothing but clause openers ("But", "Meanwhile,") before ``position`` in its clause."""
    clause = re.split(r"[,;:–—]", text[sentence_start:position])[-1]
    words = re.findall(r"[^\W\d_][\w’'-]*", clause)
    return all(w.lower() in _CLAUSE_OPENERS for w in words)


def _gender_votes(
    article, found: list[Mention], person_ids: set[int], lex, sources=("words", "pronouns")
) -> dict[int, Counter]:
    """Votes for each person's gender, read from the text.

    ``sources`` picks the evidence (both by default; the benchmark compares them):

    * "words": an honorific (Mr., Mrs., Ms.) or a gendered title or role noun
      ("spokeswoman", "Queen"), two votes each;
    * "pronouns", one vote each: Centering (Grosz, Joshi & Weinstein 1995): a sentence that opens with "he"/"she"
      continues the subject of the sentence right before it;
    * a pronoun after the subject of its own sentence with no other person between
      ("Trump has spent most of his presidency").
    """
    votes: dict[int, Counter] = defaultdict(Counter)
    for m in found if "words" in sources else []:
        if m.entity not in person_ids:
            continue
        if m.honorific_gender in {"male", "female"}:
            votes[m.entity][m.honorific_gender] += 2
        for phrase in (m.title, m.role):
            for word in _role_head(phrase):
                gender = lex.titles.get((word,), "-")
                gender = gender if gender != "-" else lex.role_nouns.get(word, "-")
                if gender in {"male", "female"}:
                    votes[m.entity][gender] += 2
                    break
    if "pronouns" not in sources:
        return votes
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    anything: dict[int, list[Mention]] = defaultdict(list)
    for m in found:
        if not m.in_quote:
            anything[m.sentence].append(m)
            if m.entity in person_ids:
                by_sentence[m.sentence].append(m)
    starts = article.sentences.set_index("sentence")["start"].to_dict()
    pronouns = [p for p in _pronoun_tokens(article, lex) if p.gender in {"male", "female"}]
    for row in pronouns:
        sid = int(row.sentence)
        before = [m for m in by_sentence.get(sid, []) if m.end <= row.start]
        if before:
            closest = [m for m in anything[sid] if m.end <= row.start][-1]
            alone = len({m.entity for m in before}) == 1 and closest.entity == before[0].entity
            if alone and before[0].subject:
                votes[before[0].entity][row.gender] += 1
            continue
        if row.case != "subject" or not _clause_initial(article.text, int(starts[sid]), row.start):
            continue
        # Centering relates adjacent utterances only: the sentence right before
        previous = by_sentence.get(sid - 1, [])
        if not previous:
            continue
        subjects = [m for m in previous if m.subject] or (
            previous if len({m.entity for m in previous}) == 1 else []
        )
        if subjects:
            votes[subjects[0].entity][row.gender] += 1
    return votes


def _gender(counter: Counter) -> str | None:
    male, female = counter.get("male", 0), counter.get("female", 0)
    if male > female:
        return "male"
    if female > male:
        return "female"
    return None


def _affiliations(group: list[Mention], found: list[Mention], kinds, text: str) -> list[str]:
    """The bodies a person's titles and roles name: "NATO Secretary General" -> NATO,
    "professor at Carleton University" -> Carleton University.

    Bodies mentioned inside an appositive role, or acronyms and body names written in a
    title before the name.
    """
    windows = [(m.role_start, m.role_end) for m in group if m.role_start >= 0]
    inside = [
        b
        for b in found
        if kinds.get(b.entity) == "body" and any(s <= b.start and b.end <= e for s, e in windows)
    ]
    names = [m.affiliation for m in group if m.affiliation]
    names += [_canonical([b], text) for b in inside]
    for m in group:
        title = text[m.start : m.name_start]
        names += [w for w in re.findall(r"[\w.&]+", title) if _ACRONYM.match(w)]
    return list(dict.fromkeys(names))


def _canonical(group: list[Mention], text: str) -> str:
    """The fullest name written (most words, then first written); bodies without "the"."""
    named = [m for m in group if m.form == "name"] or group
    best = max(named, key=lambda m: (len(m.name_words), -m.start))
    if best.form in {"body", "title"}:
        written = text[best.start : best.end]
        return re.sub(r"^(?:the|The)\s+", "", written)
    return text[best.name_start : best.name_end]


def _apposed_roles(found: list[Mention], text: str, lex: Lexicons) -> list[Mention]:
    """Titles and descriptors set off before a name: "The Health Secretary, Mr David Kemp,"
    or "Her spokesman, Tim Reed," (apposition, Quirk et al. 1985, 17.65).

    The name takes the phrase as its role (without determiner or possessor) unless it
    has one; the phrase becomes a mention of the name's person (form "apposed" until
    the names are grouped). The name must be closed by a comma or the sentence end.
    """
    linked = []
    names = [m for m in found if m.form == "name"]
    starts = [m.start for m in names]
    for m in found:
        if m.form not in {"title", "candidate"} or m.in_quote:
            continue
        i = bisect.bisect_left(starts, m.end)
        if i == len(names) or names[i].sentence != m.sentence:
            continue
        name = names[i]
        if text[m.end : name.start].strip() != "," or name.role:
            continue
        if not re.match(r"\s*(?:[,.;:]|$)", text[name.end : name.end + 2]):
            continue
        phrase = text[m.start : m.end]
        if m.form == "title":
            name.role = re.sub(r"^(?:the|The)\s+", "", phrase)
        else:
            name.role = " ".join(descriptor_words(phrase))
        name.role_start, name.role_end = m.start, m.end
        m.apposed, m.form = name, "apposed"
        linked.append(m)
    return linked


# --------------------------------------------------------------------------- analysis


@lru_cache(maxsize=16)
def find_entities(article) -> Entities:
    """Find, group, classify and gender every person and body of ``article``.

    Cached per article object (an :class:`~analysis.core.article.Article` is immutable).
    """
    lex = lexicons()
    found = _drop_nested(_find_mentions(article))
    apposed = _apposed_roles(found, article.text, lex)
    candidates = [m for m in found if m.form == "candidate" and m.apposed is None]
    found = [m for m in found if m.form not in {"candidate", "apposed"}]
    _group_names(found, lex)
    for m in apposed:
        m.entity, m.form = m.apposed.entity, "descriptor"
    found = sorted(found + apposed, key=lambda m: m.start)
    groups: dict[int, list[Mention]] = defaultdict(list)
    for m in found:
        groups[m.entity].append(m)
    kinds = {e: _entity_kind(g) for e, g in groups.items()}
    _link_title_mentions(found, groups, kinds, lex)
    found = sorted(
        found + _link_descriptors(candidates, found, groups, kinds, lex), key=lambda m: m.start
    )
    people = {e for e, k in kinds.items() if k == "person"}
    votes = _gender_votes(article, found, people, lex)
    genders = {e: _gender(votes.get(e, Counter())) for e in groups}
    # names without evidence (kind None: often places or things) stay, so that a
    # speaker table can still merge "Huckabee" with "Mike Huckabee"; mentions() and
    # pronoun resolution leave them out
    rows = []
    for e, group in groups.items():
        group.sort(key=lambda m: m.start)
        # an honorific (Mr, Ms, Dr) is no role: it gives gender only
        roles = list(
            dict.fromkeys(
                r for m in group for r in (m.role, m.title) if r and r.lower() not in lex.honorifics
            )
        )
        if not roles and all(m.form == "title" for m in group):
            roles = [_canonical(group, article.text)]  # "the Prime Minister of Iraq"
        rows.append(
            {
                "entity": e,
                "name": _canonical(group, article.text),
                "affiliation": "; ".join(_affiliations(group, found, kinds, article.text))
                if kinds[e] == "person"
                else "",
                "kind": kinds[e],
                "gender": genders[e] if kinds[e] == "person" else None,
                "role": "; ".join(roles),
                "aliases": list(dict.fromkeys(article.text[m.start : m.end] for m in group)),
                "first_start": group[0].start,
                "first_end": group[0].end,
            }
        )
    entities = pd.DataFrame(rows, columns=[
        "entity", "name", "kind", "gender", "role", "affiliation", "aliases", "first_start",
        "first_end",
    ]).set_index("entity", drop=False)  # fmt: skip
    return Entities(mentions=found, entities=entities, text=article.text)


# --------------------------------------------------------------------------- descriptors

_PREPOSITIONS = {"of", "at", "for", "in", "with", "to", "on", "from", "who", "which", "that"}
_DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"}


def descriptor_words(phrase: str) -> list[str]:
    """The lower-case words of a descriptor without determiners or possessor nouns.

    "Canada’s foreign minister" -> ["foreign", "minister"]: the possessor names the
    affiliation, the rest is the role that a title can repeat.
    """
    lex = lexicons()
    words = [_word(w) for w in re.findall(r"[^\W\d_][\w.’'-]*", phrase)]
    is_role = [w.lower() in lex.role_nouns or (w.lower(),) in lex.titles for w, _ in words]
    if any(is_role):
        # the role noun heads the phrase: "the president’s enigmatic" -> "president"
        words = words[: len(is_role) - is_role[::-1].index(True)]
    return [
        w.lower()
        for w, possessive in words
        if w.lower() not in _DETERMINERS
        and not (possessive and w.lower() not in lex.role_nouns and (w.lower(),) not in lex.titles)
    ]


@lru_cache(maxsize=4096)
def _role_head(phrase: str) -> tuple[str, ...]:
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
        if w in _PREPOSITIONS and i > 0:
            return words[:i]
    return words


def _role_overlap(descriptor: list[str], phrases: list[str], lex: Lexicons) -> int:
    """How many final words of ``descriptor`` end one of a person's titles or roles.

    Only counts when the last word is a title or role noun: "Canada's foreign minister"
    matches "Foreign Minister" with 2, "the president" matches "US President" with 1.
    """
    if not descriptor:
        return 0
    last = descriptor[-1]
    if (last,) not in lex.titles and last not in lex.role_nouns:
        return 0
    # a compound title must match whole: "prime minister" is not "foreign minister"
    needed = max(
        (n for n in range(1, len(descriptor) + 1) if tuple(descriptor[-n:]) in lex.titles),
        default=1,
    )
    best = 0
    for phrase in phrases:
        head = _role_head(phrase)
        k = 0
        while k < min(len(head), len(descriptor)) and head[-k - 1] == descriptor[-k - 1]:
            k += 1
        best = max(best, k)
    return best if best >= needed else 0


def _link_by_role(
    descriptor: str, position: int, groups: dict[int, list[Mention]], kinds, lex: Lexicons
) -> int | None:
    """The person whose title or role the descriptor repeats (Vieira & Poesio 2000,
    "definite descriptions": a role noun resolves to the entity it has been used for).

    Ties go to the person mentioned last before ``position``, else the first after.
    """
    words = descriptor_words(descriptor)
    scored = {}
    for e, group in groups.items():
        if kinds.get(e) != "person" or not any(m.form == "name" for m in group):
            continue
        phrases = [p for m in group for p in (m.title, m.role) if p]
        k = _role_overlap(words, phrases, lex)
        if k:
            scored[e] = k
    if not scored:
        return None
    top = max(scored.values())
    tied = [e for e, k in scored.items() if k == top]

    def recency(e: int) -> tuple[int, int]:
        before = [m.start for m in groups[e] if m.start < position]
        return (1, max(before)) if before else (0, -min(m.start for m in groups[e]))

    return max(tied, key=recency)


def _link_title_mentions(found, groups, kinds, lex: Lexicons) -> None:
    """Move "the President" (a title with no name) to the named person with that title."""
    for m in [m for m in found if m.form == "title"]:
        target = _link_by_role(" ".join(m.name_words), m.start, groups, kinds, lex)
        if target is None:
            continue
        groups[m.entity].remove(m)
        if not groups[m.entity]:
            del groups[m.entity]
            kinds.pop(m.entity, None)
        m.entity = target
        m.form = "descriptor"
        groups[target].append(m)
    for e, group in groups.items():
        if all(m.form == "title" for m in group):
            kinds[e] = "person"


def _link_descriptors(candidates, found, groups, kinds, lex: Lexicons) -> list[Mention]:
    """The candidate descriptors that repeat a named person's title or role, linked."""
    taken = [(m.start, m.end) for m in found]
    linked = []
    for m in candidates:
        if any(s < m.end and m.start < e and s != m.start for s, e in taken):
            continue  # part of a name's title already read (a possessor may open it)
        target = _link_by_role(" ".join(m.name_words), m.start, groups, kinds, lex)
        if target is None:
            continue
        m.entity, m.form = target, "descriptor"
        groups[target].append(m)
        linked.append(m)
    return linked


def _link_cataphoric(result: Entities, descriptor: str, end: int) -> int | None:
    """An indefinite descriptor ("a defense expert") introducing the next new person.

    News often announces a source before naming them; the link is taken only when the
    next person introduced (first mention within the next three paragraphs) has a role
    sharing a content word with the descriptor ("defense" ~ "Canadian Defense ... Network").
    """
    words = descriptor_words(descriptor)
    lex = lexicons()
    content = {w for w in words if len(w) > 3 and w not in lex.role_nouns}
    if not content:
        return None
    paragraph = next((m.paragraph for m in result.mentions if m.start >= end), None)
    if paragraph is None:
        return None
    for m in result.mentions:
        if m.start < end or m.form != "name" or m.paragraph > paragraph + 3:
            continue
        if result.kind_of.get(m.entity) != "person" or result.first_start[m.entity] < end:
            continue
        role_words = set(descriptor_words(result.role_of[m.entity]))
        return m.entity if content & role_words else None
    return None


# --------------------------------------------------------------------------- pronouns


def _compatible(pronoun: str, kind: str | None, gender: str | None, lex: Lexicons) -> bool:
    """Agreement: he/she need a person of that gender or of unknown gender; it/they a body."""
    wanted, number, _ = lex.pronouns[pronoun]
    if wanted in {"male", "female"}:
        return kind == "person" and gender in {wanted, None}
    if wanted == "neuter" or number == "plural":
        return kind == "body"
    return True


def resolve_pronoun(
    result: Entities,
    pronoun: str,
    position: int,
    sentence: int,
    exclude: tuple[int, int] | None = None,
    previous_speaker: int | None = None,
    previous_end: int = -1,
) -> int | None:
    """The entity a narration pronoun refers to, by salience (Lappin & Leass 1994).

    salience(e) = sum over e's earlier mentions of (100 + 80 * subject + 80 * head) * 0.5 ** d,
    with d the sentences between mention and pronoun (at most 4), plus 60 when e spoke
    the previous attribution (ending at ``previous_end``) unless another agreeing person
    has been the subject of a sentence since, plus 40 * log2(1 + e's earlier mentions),
    halved for "he"/"she" when e's gender is unknown. Mentions inside quotation marks and inside ``exclude`` (the
    quotation the pronoun introduces) are not antecedents; gender and number must agree.
    """
    lex = lexicons()
    pronoun = pronoun.lower()
    if pronoun not in lex.pronouns:
        return None
    scores: dict[int, float] = defaultdict(float)
    kind_of, gender_of = result.kind_of, result.gender_of
    before = result.mentions[: bisect.bisect_left(result.starts, position)]
    for m in reversed(before):
        if sentence - m.sentence > MAX_PRONOUN_DISTANCE:
            break
        if m.in_quote or (exclude and exclude[0] <= m.start < exclude[1]):
            continue
        if m.apposed is not None:
            continue  # "Her spokesman, Tim Reed": one noun phrase with its name (L&L)
        if not _compatible(pronoun, kind_of.get(m.entity), gender_of.get(m.entity), lex):
            continue
        weight = RECENCY_WEIGHT + SUBJECT_WEIGHT * m.subject + HEAD_WEIGHT * m.head
        scores[m.entity] += weight * 0.5 ** (sentence - m.sentence)
    if previous_speaker in kind_of and _compatible(
        pronoun, kind_of[previous_speaker], gender_of.get(previous_speaker), lex
    ):
        # Centering: a new subject since the last attribution takes over the floor
        shifted = any(
            m.subject and not m.in_quote and m.entity != previous_speaker and m.entity in scores
            for m in before
            if m.start >= previous_end
        )
        if not shifted:
            scores[previous_speaker] += PREVIOUS_SPEAKER_WEIGHT
    if not scores:
        return None
    for e in scores:
        earlier = bisect.bisect_left([m.start for m in result.groups[e]], position)
        scores[e] += TOPIC_WEIGHT * math.log2(1 + earlier)
    if lex.pronouns[pronoun][0] in {"male", "female"}:
        for e in scores:
            scores[e] *= UNKNOWN_GENDER_FACTOR if gender_of.get(e) is None else 1.0
    return max(scores, key=scores.get)


def _mention_at(result: Entities, start: int, end: int) -> Mention | None:
    """The named mention heading a speaker span: the last person or body inside it that
    is not a possessor ("Ms. Merkel's spokesman, Steffen Seibert" -> Steffen Seibert)."""
    inside = [m for m in result.mentions if m.start < end and start < m.end and m.form != "title"]
    if not inside:
        return None
    text = result.text
    heads = [m for m in inside if not text.startswith(("’s", "'s"), m.end) or m.end + 2 >= end]
    # a name modifying a body noun ("Bend council") or after "of" is not the head
    heads = [m for m in heads if m.head or m.form == "descriptor"] or heads
    body_nouns = lexicons().body_nouns
    heads = [
        m
        for m in heads
        if m.form != "name"
        or not (nxt := re.match(r"\s+([a-z]+)", text[m.end : end]))
        or nxt.group(1) not in body_nouns
    ]
    return heads[-1] if heads else None


# --------------------------------------------------------------------------- speakers


def _blank(value) -> bool:
    """None, NaN, pd.NA or an empty string: no mention written."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return True
    return not str(value).strip()


def _position(value, fallback: int) -> int:
    return fallback if _blank(value) else int(value)


def _sentence_of(starts: list[int], position: int) -> int:
    """The id of the sentence holding ``position`` (sentence ids are 0..n-1 in text order)."""
    return max(bisect.bisect_right(starts, position) - 1, 0)


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
    return re.sub(r"^(A|An|The)\b", lambda m: m.group(1).lower(), label)


def _resolve_descriptor(result: Entities, mention: str, start: int, end: int) -> int | None:
    lex = lexicons()
    entity = _adjacent_name(result, start, end)
    if entity is None:
        entity = _link_by_role(mention, start, result.groups, result.kind_of, lex)
    if entity is None and re.match(r"^\s*(a|an)\s", mention, re.I):
        entity = _link_cataphoric(result, mention, end)
    if entity is None:
        key = tuple(descriptor_words(mention))
        same = [
            m.entity
            for m in result.mentions
            if m.form == "body" and tuple(w for w in m.name_words if w != "the") == key
        ]
        entity = same[0] if same else None
    return entity


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
    rows = table.reindex(columns=columns).astype(object)
    rows = rows.assign(
        _pos=[_position(s, c) for s, c in zip(rows["speaker_start"], rows["start"], strict=True)]
    )
    rows = rows.sort_values(["start", "_pos"], kind="stable")
    speakers: dict = {}
    previous_name: str | None = None
    previous_entity: int | None = None
    previous_end = -1
    quoted_name: str | None = None  # the speaker of the latest quotation
    for index, row in zip(rows.index, rows.to_dict("records"), strict=True):
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
        if lower in lex.pronouns:
            case = lex.pronouns[lower][2]
            if case == "relative":
                before = [
                    m
                    for m in result.mentions
                    if m.end <= start and m.sentence == _sentence_of(sentence_starts, start)
                ]
                after_of = len(before) > 1 and re.search(r"\bof\s+$", text[: before[-1].start])
                if after_of and result.kind_of.get(before[-1].entity) != "person":
                    before.pop()  # "Ted Cruz of Texas, who": the head, not its "of" phrase
                entity = before[-1].entity if before else previous_entity
            elif case == "first_person":
                entity, name = previous_entity, previous_name if previous_name else mention
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
                if entity is None:
                    # a bare "she" is nobody's name; None would be refilled with the
                    # mention by analysis.attribution.extract, so the label says what is known
                    name = UNRESOLVED
        else:
            found = _mention_at(result, start, end)
            entity = (
                found.entity
                if found is not None
                else _resolve_descriptor(result, mention, start, end)
            )
            if entity is None:
                name = _normalise_descriptor(mention)
        if entity is not None:
            name = names.get(entity, name)
        speakers[index] = name
        previous_name, previous_entity = name, entity
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
    resolved = resolve_speakers(article, table, entities).reindex(table.index)
    table["speaker"] = resolved.where(resolved.notna(), table["speaker"])
    by_id = table.set_index("attribution")["speaker"]
    carried = table["continues"].notna()
    table.loc[carried, "speaker"] = by_id.loc[
        table.loc[carried, "continues"].astype(int)
    ].to_numpy()
    return table


def mentions(article, entities: Entities | None = None) -> pd.DataFrame:
    """One row per mention of a person or body, in text order.

    Columns: ``start``, ``end``, ``text`` (``article.text[start:end]``), ``entity``
    (canonical name), ``kind`` (person/body), ``form`` (name, title, descriptor, body,
    pronoun), ``sentence``, ``paragraph``, ``in_quote``. Third-person pronouns of the
    narration are included when they resolve to someone.
    """
    result = entities if entities is not None else find_entities(article)
    entities = result.entities
    rows = [
        (m.start, m.end, m.entity, m.form, m.sentence, m.paragraph, m.in_quote)
        for m in result.mentions
    ]
    lex = lexicons()
    for p in _pronoun_tokens(article, lex):
        if p.gender not in {"male", "female"}:
            continue
        entity = resolve_pronoun(result, p.lower, int(p.start), int(p.sentence))
        if entity is not None:
            rows.append(
                (
                    int(p.start),
                    int(p.end),
                    entity,
                    "pronoun",
                    int(p.sentence),
                    int(p.paragraph),
                    False,
                )
            )
    table = pd.DataFrame(
        rows, columns=["start", "end", "entity_id", "form", "sentence", "paragraph", "in_quote"]
    )
    table["text"] = [article.text[s:e] for s, e in zip(table["start"], table["end"], strict=True)]
    table["entity"] = table["entity_id"].map(entities["name"])
    table["kind"] = table["entity_id"].map(entities["kind"])
    table = table[table["kind"].notna()]
    table = table.sort_values("start", kind="stable").reset_index(drop=True)
    return table[MENTION_COLUMNS]


def quoted_words(article, table: pd.DataFrame) -> pd.Series:
    """Words (word and number tokens) inside each row's content, aligned to ``table.index``.

    The content is the row's ``fragments`` when given (an interrupted quotation without
    its "he said"), else ``start``..``end``; a token counts when it starts inside.
    """
    if table.empty:
        return pd.Series(0, index=table.index, dtype=int, name="words_quoted")
    spans = pd.DataFrame(
        {
            "row": table.index,
            "span": [
                list(f) if isinstance(f, list | tuple) and len(f) else [(s, e)]
                for f, s, e in zip(
                    table.get("fragments", pd.Series(None, index=table.index)),
                    table["start"],
                    table["end"],
                    strict=True,
                )
            ],
        }
    ).explode("span")
    words = article.tokens.loc[article.tokens["kind"].isin(["word", "number"]), "start"]
    starts = np.sort(words.to_numpy())
    lo = np.searchsorted(starts, [int(s) for s, _ in spans["span"]], side="left")
    hi = np.searchsorted(starts, [int(e) for _, e in spans["span"]], side="left")
    counts = pd.Series(hi - lo, index=spans["row"].to_numpy()).groupby(level=0).sum()
    return counts.reindex(table.index, fill_value=0).rename("words_quoted")


def _descriptor_kind(label: str) -> str:
    """person (a role noun or a name), body (a body noun) or other ("the report", "a poll")."""
    lex = lexicons()
    words = descriptor_words(label)
    if words and words[-1] in lex.body_nouns:
        return "body"
    if words and (words[-1] in lex.role_nouns or (words[-1],) in lex.titles):
        return "person"
    return "person" if any(w[:1].isupper() for w in label.split()[1:] or label.split()) else "other"


def speaker_table(
    article,
    table: pd.DataFrame | None = None,
    entities: Entities | None = None,
    mention_table: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per person or body: who is quoted, how much, and who is only mentioned.

    Columns: ``speaker`` (canonical name), ``aliases`` (every way the text names them,
    speaker descriptors included), ``role`` (appositives and titles), ``affiliation``
    (the bodies those roles name), ``kind``
    (person, body, or other for a source that is neither, such as "the report"), ``gender`` (when the text shows it), ``attributions``, ``direct``,
    ``indirect``, ``mixed`` (counts by kind), ``words_quoted``,
    ``share_of_quoted_words`` (words_quoted / all quoted words), ``mentions`` (times
    named or referred to in the text), ``start``, ``end`` and ``text`` (the first
    mention, as written). People and bodies never quoted have 0
    attributions. ``table`` defaults to :func:`analysis.attribution.extract` of the article.
    """
    model = entities if entities is not None else find_entities(article)
    if table is None:
        table = resolved_quotes(article, entities=model)
    if mention_table is None:
        mention_table = mentions(article, model)
    entities = model.entities.drop_duplicates("name").set_index("name")
    quoted = table.assign(
        words_quoted=quoted_words(article, table), speaker=table["speaker"].astype(object)
    )
    quoted = quoted[quoted["speaker"].notna()]
    per = quoted.groupby("speaker").agg(
        attributions=("start", "size"), words_quoted=("words_quoted", "sum")
    )
    kinds = pd.crosstab(quoted["speaker"], quoted["kind"]).reindex(
        columns=["direct", "indirect", "mixed"], fill_value=0
    )
    first = quoted.sort_values("start").groupby("speaker").first()
    written = (
        quoted.loc[
            ~quoted["speaker_mention"].fillna("").str.lower().isin(lexicons().pronouns),
            ["speaker", "speaker_mention"],
        ]
        .dropna()
        .groupby("speaker")["speaker_mention"]
        .agg(lambda s: list(dict.fromkeys(" ".join(m.split()) for m in s)))
    )
    known = entities["kind"].notna() | entities.index.isin(per.index)
    out = entities[known].join(per.join(kinds), how="outer")
    unknown = out["kind"].isna()
    out.loc[unknown, "kind"] = [_descriptor_kind(n) for n in out.index[unknown]]
    out.loc[unknown, "role"] = ""
    out.loc[unknown, "affiliation"] = ""
    # a descriptor speaker ("Canada's foreign minister") can come before the name
    spoken = (
        first.reindex(columns=["speaker_start", "speaker_end"]).reindex(out.index).astype("Float64")
    )
    out[["first_start", "first_end"]] = out[["first_start", "first_end"]].astype("Float64")
    earlier = (
        spoken["speaker_start"].lt(out["first_start"]).fillna(False) | out["first_start"].isna()
    )
    out.loc[earlier, "first_start"] = spoken.loc[earlier, "speaker_start"]
    out.loc[earlier, "first_end"] = spoken.loc[earlier, "speaker_end"]
    out[["first_start", "first_end"]] = out[["first_start", "first_end"]].round().astype("Int64")
    out["aliases"] = [
        list(dict.fromkeys((a if isinstance(a, list) else []) + written.get(name, [])))
        for name, a in zip(out.index, out["aliases"], strict=True)
    ]
    counts = mention_table.groupby("entity").size().rename("mentions")
    out["mentions"] = counts.reindex(out.index).fillna(0)
    counts = ["attributions", "direct", "indirect", "mixed", "words_quoted", "mentions"]
    out[counts] = out[counts].fillna(0).astype(int)
    total = out["words_quoted"].sum()
    out["share_of_quoted_words"] = out["words_quoted"] / total if total else 0.0
    out = out.rename_axis("speaker").reset_index()
    out["gender"] = out["gender"].astype(object).where(out["gender"].notna(), None)
    out = out.sort_values(
        ["attributions", "words_quoted", "first_start"], ascending=[False, False, True]
    )
    # Provenance: each speaker's row points at their first mention, as written.
    out = out.rename(columns={"first_start": "start", "first_end": "end"})
    out["text"] = [
        article.text[int(s) : int(e)] if pd.notna(s) else None
        for s, e in zip(out["start"], out["end"], strict=True)
    ]
    return out.reset_index(drop=True)[SPEAKER_COLUMNS]


# --------------------------------------------------------------------------- summaries


def attribution_positions(article, table: pd.DataFrame) -> pd.DataFrame:
    """One row per attribution with where it sits: ``position`` = start / len(text).

    Columns: ``speaker``, ``kind``, ``start``, ``end``, ``paragraph``, ``position``,
    ``words`` (words quoted), ``text``; rows without a speaker are left out.
    """
    rows = table.assign(words=quoted_words(article, table))
    rows = rows[rows["speaker"].notna()]
    rows = rows.assign(position=rows["start"] / max(len(article.text), 1))
    columns = ["speaker", "kind", "start", "end", "paragraph", "position", "words", "text"]
    present = [c for c in columns if c in rows]
    return rows[present].sort_values("start").reset_index(drop=True)


def _percent(value: float) -> str:
    return f"{100 * value:.0f}%"


def _enumerate(names: list[str], limit: int = 3) -> str:
    """ "A", "A and B", "A, B and C", "A, B, C and 2 others"."""
    if len(names) > limit:
        rest = len(names) - limit
        return ", ".join(names[:limit]) + f" and {rest} other{'s' if rest > 1 else ''}"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def share_of_voice_takeaway(who: pd.DataFrame) -> str:
    """One sentence on who holds the most quoted words and how concentrated voice is."""
    quoted = who[(who["attributions"] > 0) & (who["speaker"] != UNRESOLVED)]
    quoted = quoted.sort_values("words_quoted", ascending=False)
    if quoted.empty:
        return "No one is quoted in this article."
    top = quoted.iloc[0]
    sentence = (
        f"{top['speaker']} has the most words quoted ({_percent(top['share_of_quoted_words'])} "
        f"of all quoted words, in {plural(int(top['attributions']), 'attribution')})"
    )
    if len(quoted) > 1:
        two = quoted["share_of_quoted_words"].iloc[:2].sum()
        sentence += f"; the top two of {len(quoted)} speakers hold {_percent(two)}"
    return sentence + "."


def position_takeaway(positions: pd.DataFrame) -> str:
    """Who opens and who closes the article's attributions, and how speakers take turns."""
    if positions.empty:
        return "No attribution was found, so no speaker has a place in the article."
    first, last = positions.iloc[0], positions.iloc[-1]
    turns = int((positions["speaker"] != positions["speaker"].shift()).sum())
    spread = positions.groupby("speaker")["position"].agg(lambda p: p.max() - p.min())
    sentence = (
        f"{first['speaker']} speaks first (at {_percent(first['position'])} of the text) and "
        f"{last['speaker']} last; the floor changes hands {turns - 1} times"
    )
    if len(spread) > 1:
        sentence += f", and {spread.idxmax()} is quoted across the widest stretch"
    return sentence + "."


def kind_takeaway(who: pd.DataFrame) -> str:
    """How much is quoted word for word, and who is only paraphrased."""
    quoted = who[who["attributions"] > 0]
    total = int(quoted["attributions"].sum())
    if not total:
        return "No one is quoted in this article."
    direct = int(quoted["direct"].sum())
    sentence = f"{direct} of {total} attributions are direct quotations"
    named = quoted[quoted["speaker"] != UNRESOLVED]
    most = (
        (named if len(named) else quoted)
        .sort_values(["direct", "attributions"], ascending=False)
        .iloc[0]
    )
    if most["direct"] and most["speaker"] != UNRESOLVED:
        sentence += f"; {most['speaker']} is quoted word for word most often ({most['direct']})"
    paraphrased = named.loc[named["direct"] == 0, "speaker"].tolist()
    if paraphrased:
        verb = "is" if len(paraphrased) == 1 else "are"
        sentence += f", while {_enumerate(paraphrased)} {verb} never quoted directly"
    return sentence + "."


def unquoted_takeaway(who: pd.DataFrame) -> str:
    """Who is talked about without being heard."""
    silent = who[who["attributions"] == 0]
    people = silent[silent["kind"] == "person"]
    bodies = silent[silent["kind"] == "body"]
    if who.empty:
        return "The article names no person or body."
    if silent.empty:
        return "Everyone the article mentions is also quoted."
    counted = [
        f"{len(people)} {'person' if len(people) == 1 else 'people'}" if len(people) else "",
        f"{len(bodies)} {'body' if len(bodies) == 1 else 'bodies'}" if len(bodies) else "",
    ]
    verb = "is" if len(silent) == 1 else "are"
    sentence = f"{' and '.join(c for c in counted if c)} {verb} mentioned but never quoted"
    if "mentions" in silent and silent["mentions"].max() > 0:
        loudest = silent.sort_values("mentions", ascending=False).iloc[0]
        sentence += f"; the most mentioned is {loudest['speaker']} ({loudest['mentions']} mentions)"
    return sentence + "."
