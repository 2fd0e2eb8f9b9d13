"""Name runs: capitalised word runs of a sentence, split and classified.

A run of capitalised words (joined by connectors and name particles) is a name, a title
with no name, a body or a place; titles such as "Secretary of State" or "Gen." are split
off the name they stand before (Chicago Manual of Style 8.21-8.32), by
:func:`~analysis.speakers.classify.classify_run`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis import lexicons as lexicon_files
from analysis.speakers.ampersand import split_ampersand
from analysis.speakers.classify import classify_run
from analysis.speakers.lexicon import ACRONYM, Lexicons, is_capitalised, word_of
from analysis.speakers.namedata import is_given_name
from analysis.speakers.of_names import before_the_capital, body_before_of, listed_subjects
from analysis.speakers.places import is_place_name
from analysis.speakers.run_words import glued, initial_adverb, joining_mark


@dataclass
class Tokens:
    """One sentence's tokens as plain lists: indexing a DataFrame per token is too slow."""

    texts: list[str]
    kinds: list[str]
    starts: list[int]
    in_quote: list[bool]


def common_words(texts: list[str], kinds: list[str]) -> frozenset[str]:
    """Words the article itself writes in lower case: a capital there is only position."""
    return frozenset(
        t.lower() for t, k in zip(texts, kinds, strict=True) if k == "word" and t[:1].islower()
    )


def capitalised_midsentence(
    texts: list[str], kinds: list[str], sentences: list[int], body: list[bool]
) -> frozenset[str]:
    """Words of body paragraphs capitalised other than at the start of a sentence or quotation."""
    # one pass over the token pairs (token, the token before it)
    return frozenset(
        word_of(text)[0]
        for text, kind, before, sentence, previous, in_body in zip(
            texts[1:], kinds[1:], kinds, sentences[1:], sentences, body[1:], strict=False
        )
        if kind == "word"
        and in_body
        and sentence == previous
        and before in {"word", "number"}
        and is_capitalised(text)
    )


def sentence_runs(toks: Tokens, lex: Lexicons, common, known_caps, heading: bool):
    """Runs of capitalised words in one sentence, as lists of token row positions.

    Connectors ("of", "and", "the", "for", name particles) join capitalised words; a
    possessive ending closes a run. The first word of a sentence or quotation counts
    as capitalised only if the article never writes it in lower case.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    texts, kinds = toks.texts, toks.kinds
    particles = lex.particles
    through = -1  # the last token of a list of subjects a body's name takes in
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        if current and text == "," and i > through:
            listed = listed_subjects(texts, kinds, i, current)
            through = i + listed if listed else through
        if i <= through:
            current.append(i)  # "Ministry of Fisheries, Forests and Mines": one body
            continue
        if not current and kind == "word" and not is_capitalised(text) and text not in particles:
            continue  # the common case, a lower-case word outside any name
        if current and text == "." and len(texts[i - 1]) == 1 and texts[i - 1].isupper():
            continue  # the full stop of an initial: "Nora F. Castell"
        if kind == "word" and i and kinds[i - 1] == "number" and glued(toks, i):
            if current:
                runs.append(current)
            current = []
            continue  # "4K", "5G", "10M": a unit written onto a number, no name or initial
        if kind != "word" and current and joining_mark(toks, i):
            current.append(i)  # "Orbis Gas & Power Co.", "E! News"
            continue
        if kind != "word":
            if current:
                runs.append(current)
            current = []
            continue
        word, possessive = word_of(text)
        lower = word.lower()
        initial = i == 0 or kinds[i - 1] != "word"
        # an all-capital word is an acronym even when it spells a pronoun ("WHO", "IT")
        acronym = len(word) > 1 and word.isupper() and ACRONYM.match(word) is not None
        capital = is_capitalised(word) and (lower not in lex.pronouns or acronym)
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if capital and ACRONYM.match(word) and word != "I":
            pass  # "US", "NATO": capitals that never mean a sentence start
        elif capital and heading:
            # in a title-case headline only words the article never writes in lower case
            capital = word in known_caps or (lower not in common and lower not in lex.not_names)
        elif capital and initial and not current:
            # a sentence-initial common word is a name only before another capital:
            # "Foreign Minister X", not "Cleaning up"
            capital = lower not in lex.not_names and (
                lower not in common or (kinds[i + 1 : i + 2] == ["word"] and is_capitalised(nxt))
            )
            capital = capital and not initial_adverb(lower, nxt)
        elif capital and lower in lex.not_names and not current:
            # "said Will Tjarks": a given name that spells a modal or a month, right after
            # a reporting verb and before a capitalised word, opens the speaker's name
            capital = _given_name_after_verb(texts, kinds, i, lex)
        if capital:
            current.append(i)
            # a possessive closes a name ("Trump's plan") unless a body noun follows:
            # "The King's Fund" is one body
            body_next = is_capitalised(nxt) and word_of(nxt)[0].lower() in lex.body_nouns
            if possessive and not (kinds[i + 1 : i + 2] == ["word"] and body_next):
                runs.append(current)
                current = []
            continue
        joins = lower in lex.particles or lower in lex.connectors
        if current and lower in lex.head_connectors and _subject_follows(texts, kinds, i, lex):
            current.append(i)  # "Institute on Drug Abuse": a body named by its subject
            continue
        body_of = lower == "of" and current and body_before_of([texts[j] for j in current], lex)
        if (
            current
            and (lower in lex.body_connectors or body_of)
            and before_the_capital(texts, kinds, i)
        ):
            current.append(i)  # "Society for the Prevention of", "Office of the …": one body
            continue
        if current and joins and kinds[i + 1 : i + 2] == ["word"] and is_capitalised(nxt):
            current.append(i)
            continue
        if not current and lower in lex.particles and is_capitalised(nxt):
            current.append(i)  # "von Berg" at the start of a run
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [trimmed for r in runs if (trimmed := _trim_run(r, texts, lex))]


def _given_name_after_verb(texts: list[str], kinds: list[str], i: int, lex: Lexicons) -> bool:
    """Whether the word at ``i`` is a given name that is also a function word or a month
    ("Will", "May") standing between a reporting verb and a capitalised word: a modal or
    a date cannot stand there ("said Will Tjarks"; not "said May 5")."""
    if not i or kinds[i - 1] != "word" or texts[i - 1].lower() not in lex.reporting_forms:
        return False
    following = texts[i + 1] if i + 1 < len(texts) else ""
    return (
        kinds[i + 1 : i + 2] == ["word"]
        and is_capitalised(following)
        and following.lower() not in lex.not_names
        and is_given_name(texts[i])
    )


@cache
def _topic_heads() -> frozenset[str]:
    """Heads of organisations' names that may be named by their subject ("Council",
    "Institute", "Commission"): the generic heads of ``short_body_heads.tsv`` that
    ``body_nouns.tsv`` counts as governments or organisations (no newspaper: "the Times
    on Twitter")."""
    organisations = {
        r["entry"]
        for r in lexicon_files.rows("body_nouns")
        if r["category"] == "government_or_organisation"
    }
    return frozenset(organisations) & lexicon_files.entries("short_body_heads")


def _subject_follows(texts: list[str], kinds: list[str], i: int, lex: Lexicons) -> bool:
    """Whether token ``i`` ("on") follows the head of a body's name ("Council",
    "Institute", "Commission") and comes before a capitalised word that is no date
    ("Council on Foreign Relations"; not "the Council on Monday", "the College on Orbis
    Island")."""
    head = word_of(texts[i - 1])[0].lower() if i else ""
    following = texts[i + 1] if i + 1 < len(texts) else ""
    if not (
        head in _topic_heads()
        and kinds[i + 1 : i + 2] == ["word"]
        and is_capitalised(following)
        and following.lower() not in lex.not_names
    ):
        return False
    # a place after "on" says where the body is ("a University on Long Island")
    subject = []
    for j in range(i + 1, min(i + 5, len(texts))):
        if kinds[j] != "word" or not is_capitalised(texts[j]):
            break
        subject.append(word_of(texts[j])[0])
    lowered = [w.lower() for w in subject]
    return not (
        is_place_name(" ".join(subject))
        or lowered[-1] in lex.place_nouns
        or lowered[0] in lex.place_prefixes
    )


def _trim_run(run: list[int], texts: list[str], lex: Lexicons) -> list[int]:
    while run and not is_capitalised(word_of(texts[run[-1]])[0]):
        run = run[:-1]
    while run and texts[run[0]].lower().endswith("-based"):
        run = run[1:]  # "Leeds-based Brightmoor": a modifier saying where, not the name
    while run and texts[run[0]].lower() in lex.connectors:
        run = run[1:]
    return run


def split_lines(run: list[int], toks: Tokens, text: str, lex: Lexicons) -> list[list[int]]:
    """Split a run at a line break: a name is never written across two lines ("FL\nJune"
    of a list of tour dates)."""
    parts = [[run[0]]]
    for prev, i in zip(run, run[1:], strict=False):
        if "\n" in text[toks.starts[prev] + len(toks.texts[prev]) : toks.starts[i]]:
            parts.append([])
        parts[-1].append(i)
    if len(parts) == 1:
        return parts
    parts = [_trim_run(p, toks.texts, lex) for p in parts]
    # a month or weekday opening the next line ("June 9") is no name
    return [p for p in parts if p and any(toks.texts[i].lower() not in lex.not_names for i in p)]


# a quoted passage short enough to be a title: “Rain Is Just Fine With Me”
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{3,80}?)[,.]?[”\"]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_DIGIT = re.compile(r"\d")
_LIST_MARK = re.compile(r",| -+ |[—–]")


def quoted_titles(text: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of quoted titles of songs, books or shows: two or more words in title case
    (every word over three letters capitalised) and at least one of them a word the
    article writes in lower case, so a title rather than a name (Chicago Manual of Style
    8.189: titles of songs and shows are quoted, in headline style)."""
    spans = []
    listed = []  # title-case passages with no word known in lower case: titles if listed
    for match in _QUOTED.finditer(text):
        words = _WORD.findall(match.group(1))
        if len(words) < 2 or not all(is_capitalised(w) for w in words if len(w) > 3):
            continue
        if re.search(r"[.!?]\s", match.group(1)):
            continue
        (spans if any(w.lower() in common for w in words) else listed).append(match.span(1))
    # "“Sail Into The Night,” “Slow River Rising,”": a passage listed next to a title
    for start, end in listed:
        if any(abs(start - e) < 8 or abs(s - end) < 8 for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


def listing_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines in a list of dates, venues or places ("June 9 -- Harbor Lights
    Pavilion, Port Ellis, OR"): three or more lines in a row, each with a comma
    or a dash, a digit, and no lower-case word over three letters (no prose)."""
    spans, streak = [], []
    position = 0
    for line in text.split("\n"):
        # the tests of a whole line first: most lines of prose have no digit
        listing = (
            _DIGIT.search(line) is not None
            and _LIST_MARK.search(line) is not None
            and bool(words := _WORD.findall(line))
            and not any(w[:1].islower() and len(w) > 3 for w in words)
        )
        if listing:
            streak.append((position, position + len(line)))
        else:
            spans += streak if len(streak) >= 3 else []
            streak = []
        position += len(line) + 1
    return spans + (streak if len(streak) >= 3 else [])


def split_and(run: list[int], texts: list[str], lex: Lexicons) -> list[list[int]]:
    """Split "Trump and Clinton" in two; keep "Defense and Security Network" whole."""
    lowered = [word_of(texts[i])[0].lower() for i in run]
    if "and" not in lowered:
        return split_ampersand(run, texts) or [run]
    if any(w in lex.body_nouns for w in lowered):
        return _split_bodies(run, lowered, lex)
    parts, current = [], []
    for i, w in zip(run, lowered, strict=True):
        if w == "and":
            parts.append(current)
            current = []
        else:
            current.append(i)
    parts.append(current)
    return [p for p in parts if p]


def _split_bodies(run: list[int], lowered: list[str], lex: Lexicons) -> list[list[int]]:
    """Split "Leeds Courier and Bristol Evening Star": two names of two words or more, the
    first closed by its own body noun, or a body and a person's name of a common given
    name and a surname ("Department of Health and Alex Azar"); "Defense and Security
    Network" shares its head noun and stays whole."""
    at = lowered.index("and")
    if at >= 2 and lowered[at - 1] in lex.body_nouns and len(run) - at - 1 >= 2:
        return [run[:at], run[at + 1 :]]
    right = lowered[at + 1 :]
    if len(right) == 2 and is_given_name(right[0]) and not any(w in lex.body_nouns for w in right):
        return [run[:at], run[at + 1 :]]  # "the Department of Health and Alex Azar": a person
    return [run]


def split_of(run: list[int], texts: list[str], lex: Lexicons) -> list[list[int]]:
    """Split "Dr Sarah Wood of NHS England" into the person and the body they speak for.

    Only when a name stands before "of" (two words, or one after a title): "Secretary of
    State Ana Ruiz", "Duke of Edinburgh", "Republic of Turkey" and "University of
    Chicago" stay whole.
    """
    lowered = [word_of(texts[i])[0].lower() for i in run]
    if "of" not in lowered:
        return [run]
    at = lowered.index("of")
    words = [word_of(texts[i])[0] for i in run]
    form, title_end, _ = classify_run(words, lex)
    if form != "name" or at <= title_end or at + 1 >= len(run):
        return [run]
    if (at - title_end < 2 and not title_end) or body_before_of(words[title_end:at], lex):
        return [run]  # "Republic of Turkey", "Joint Chiefs of Staff": no person's name
    return [run[:at], run[at + 1 :]]


def split_place(run: list[int], texts: list[str], lex: Lexicons) -> list[list[int]]:
    """Split a place's name off a person's name written right after it ("ambassador to
    Spain Tomas Quilca"): a place of one or two words, then two capitalised words or
    more with no body noun (a body named after a place, "Hong Kong Disneyland" or "New
    York Times", keeps its place)."""
    words = [word_of(texts[i])[0] for i in run]
    for k in (2, 1):
        rest = [w.lower() for w in words[k:]]
        if len(rest) < 2 or any(w in lex.body_nouns or w in lex.connectors for w in rest):
            continue
        if is_place_name(" ".join(words[:k])) and not is_place_name(" ".join(words[: k + 1])):
            return [run[:k], run[k:]]
    return [run]


_PARTY_TAG = re.compile(r"^([A-Z])-([A-Z][A-Za-z.]*)$")


def party_tag(toks: Tokens, last: int, lex: Lexicons) -> tuple[str, int]:
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


def title_case(toks: Tokens, common: frozenset[str]) -> bool:
    """A headline in title case ("Local Chef Just Got Asked About ..."): capitals there
    say nothing about names.

    True when 80% or more of the words longer than three letters are capitalised (at
    least three of them) and two or more of those are words the article also writes
    in lower case ("Just", "Asked"): a sentence full of names is not a headline.
    """
    long_words = [
        t for t, k in zip(toks.texts, toks.kinds, strict=True) if k == "word" and len(t) > 3
    ]
    if len(long_words) < 3:
        return False
    capitals = [t for t in long_words if is_capitalised(t)]
    if len(capitals) < 0.8 * len(long_words):
        return False  # the common case, a sentence of prose
    return sum(word_of(t)[0].lower() in common for t in capitals) >= 2
