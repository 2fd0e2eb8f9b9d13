"""Names the speaker table leaves out: capitalised words a name finder took for a person
or body that no reader would list as one ("I’ll", "BIG", "Writing,", "Come November",
"the tech news").

Only people and bodies the text never quotes are judged here (a quoted speaker is listed
whatever its name); the mention table keeps every mention for the stance targets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from analysis import lexicons
from analysis.readability.words import familiar_words, is_familiar
from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import source_noun_kind
from analysis.speakers.name_words import (
    body_nouns,
    calendar_abbreviations,
    calendar_words,
    closing_words,
    common_acronyms,
    designators,
    function_words,
    model_code,
    name_only_heads,
    object_openers,
)
from analysis.speakers.namedata import could_be_given_name

# "I’ll", "Don't", "We’ve": a pronoun or verb with its clitic (Quirk et al. 1985, 3.23)
_CONTRACTION = re.compile(r"^[A-Za-z]+(?:['’](?:m|ll|d|ve|re)|n['’]t)$")
_WORD = re.compile(r"[\w’'.-]+")
_LINE_WORD = re.compile(r"(?<![\w’'])[^\W_][\w’'-]*")
_NEXT = re.compile(r" ([a-z]+)\b")


def _common(word: str, shouted: bool) -> bool:
    """A familiar English word (Dale & Chall 1948, with its regular inflections), its
    "-ly" adverb ("Generally", "Newly"), a function word or a day or month. A word with a
    digit is none ("A380"), nor a body noun ("Police" stands for a body), nor a capital
    word of up to three letters ("LED", "US"), unless the whole name is in capitals and
    the word a function word ("AT")."""
    lower = word.lower()
    if not word.replace("'", "").replace("’", "").isalpha() or lower in body_nouns():
        return False
    if word.isupper() and len(word) <= 3:
        return shouted and lower in function_words()
    if word.isupper() and len(word) <= 5 and lower not in function_words():
        # a short capital word inflected is rather an acronym ("AIDS"): listed forms only
        return lower in familiar_words()
    if lower in function_words() or lower in calendar_words() or is_familiar(lower):
        return True
    stem = lower[:-2] if lower.endswith("ly") and len(lower) > 4 else ""
    stem = stem[:-1] + "y" if stem.endswith("i") else stem  # "happily" -> "happy"
    return bool(stem) and (is_familiar(stem) or is_familiar(stem + "e"))


def _capital_of_position(mention: Mention, text: str, sentence_starts: Sequence[int]) -> bool:
    """Whether a mention's capital is its position's, not a name's: it opens a sentence,
    a line or a quotation, or stands in a heading written in title case ("Teachers
    chanted, “Fund our schools”", "Why The Plan Is Necessary For Now")."""
    if _after_opening_quote(text, mention.start) or _title_case_line(text, mention.start):
        return True
    return _opens_sentence(mention, text, sentence_starts)


def _opens_sentence(mention: Mention, text: str, sentence_starts: Sequence[int]) -> bool:
    """Whether a mention stands where a sentence, a line or a quotation opens, so that
    its capital is the position's and not a name's."""
    index = bisect.bisect_right(sentence_starts, mention.start) - 1
    opening = sentence_starts[index] if index >= 0 else 0
    opening = max(opening, text.rfind("\n", 0, mention.start) + 1)
    return not text[opening : mention.start].strip(" \n\"“‘'(—–-")


def _after_opening_quote(text: str, start: int) -> bool:
    """An opening quotation mark right before ``start``: a quotation opens there, in the
    middle of its sentence ("chanted, “Fund our schools”", 'said: "Keep going"')."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    if before.endswith(("“", "‘")):
        return True
    return before.endswith('"') and (len(before) < 2 or not before[-2].isalnum())


def _title_case_line(text: str, start: int) -> bool:
    """Whether ``start`` lies in a heading written in title case: a line of four
    capitalised words or more where only short closed-class words ("of", "in", "a") are
    lower case (Chicago Manual of Style 17th ed. 8.159); a sentence has other lower-case
    words. Words with a digit ("38mm") are left out."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else None]
    words = [w for w in _LINE_WORD.findall(line) if w.isalpha()]
    capitalised = [w for w in words if w[0].isupper()]
    small = function_words()
    return len(capitalised) >= 4 and all(
        w[0].isupper() or (len(w) <= 4 and w in small) for w in words
    )


def no_alias(alias: str) -> bool:
    """Whether a way of naming someone opens with a preposition or conjunction ("as
    making strides toward …", "of the new rules"): a piece of a clause a descriptor
    finder took, no noun phrase (a determiner or possessive may open one: "the mayor",
    "his wife")."""
    first = alias.split(maxsplit=1)[0] if alias.strip() else ""
    return first in _alias_breakers()


@cache
def _alias_breakers() -> frozenset[str]:
    """Closed-class words that open no noun phrase: the closing words less determiners
    and pronouns ("as", "of", "and"; not "the", "his")."""
    return closing_words() - lexicons.entries("determiners") - lexicons.entries("pronouns")


def _compound_modifier(word: str) -> bool:
    """A hyphenated word whose last part is lower case ("Senate-approved", "Party-led",
    "X-ray"): a compound adjective or common noun (Quirk et al. 1985, I.11); a name's
    parts are capitalised ("Rolls-Royce", "Coca-Cola")."""
    parts = word.split("-")
    return len(parts) > 1 and parts[0][:1].isupper() and parts[-1].isalpha() and parts[-1].islower()


def _cut_from_heading(words: Sequence[str]) -> bool:
    """A capitalised phrase ending in a preposition, conjunction or determiner ("Ready
    For", "Plans And"): a piece of a title-case heading, no name, which never ends in a
    closed-class word (Quirk et al. 1985, 2.35-2.40). An all-capital word ("AT") and a
    letter ("Group A") may be an acronym or a label."""
    last = words[-1]
    return (
        len(words) > 1 and len(last) > 1 and last[1:].islower() and last.lower() in closing_words()
    )


def _free_adjunct(name: str, group: Sequence[Mention], text: str, sentence_starts) -> bool:
    """A past participle opening its sentence before a comma ("Alarmed, her neighbour
    called …"): a supplementive clause (Quirk et al. 1985, 15.58), not a person; a
    given name ending so ("Mohammed") and a mention with a title or role are kept."""
    word = name.strip()
    if " " in word or not word.endswith("ed") or len(word) < 6 or not word[1:].islower():
        return False
    if could_be_given_name(word):
        return False
    named = [m for m in group if m.form in {"name", "body"}]
    return bool(named) and all(
        not m.title
        and m.honorific_gender == "-"
        and text.startswith(",", m.name_end)
        and _opens_sentence(m, text, sentence_starts)
        for m in named
    )


def _imperative(name: str, group: Sequence[Mention], text: str, sentence_starts) -> bool:
    """One capitalised word opening a sentence or quotation right before an object
    ("“Save our parks,” they chanted", "Protect them"): a verb in the imperative
    (Quirk et al. 1985, 11.24), no body, even where it spells a body noun ("Fund")."""
    if " " in name.strip():
        return False
    named = [m for m in group if m.form in {"name", "body"}]
    return bool(named) and all(
        (_opens_sentence(m, text, sentence_starts) or _after_opening_quote(text, m.start))
        and _next_word(text, m.name_end) in object_openers()
        for m in named
    )


def _next_word(text: str, end: int) -> str:
    """The lower-case word right after ``end`` past one space, or ""."""
    found = _NEXT.match(text, end)
    return found.group(1).lower() if found else ""


def bare_noun(name: str, group: Sequence[Mention], text: str, sentence_starts) -> bool:
    """A plural common noun for a source, capitalised only because every mention opens a
    sentence ("Authorities said …", "Analysts say …"): a descriptor, no body's name (an
    affiliation word such as "Democrats" is a name)."""
    words = name.split()
    if len(words) != 1 or not words[0][1:].islower() or not words[0].endswith("s"):
        return False
    lower = words[0].lower()
    if lower in lexicons.entries("affiliations") or source_noun_kind(lower) is None:
        return False
    return bool(group) and all(_opens_sentence(m, text, sentence_starts) for m in group)


@cache
def _adjectives_of_origin() -> frozenset[str]:
    """Adjectives of nationality, region or party ("Syrian", "Western", "Republican",
    "Conservative"; ``demonyms.tsv`` and the adjectival entries of ``affiliations.tsv``):
    alone they modify a body, they name none (Quirk et al. 1985, 7.26)."""
    party = {
        r["entry"]
        for r in lexicons.rows("affiliations")
        if r["entry"].endswith(("an", "ic", "ive", "ist", "al"))
    }
    return lexicons.entries("demonyms") | frozenset(party)


def _role_of_body(words: Sequence[str]) -> bool:
    """A title with the body it is held in ("General Manager of Acme Europe", "Head of
    Sales"): the words before "of" end in a singular noun for a person (``role_nouns``,
    ``source_nouns``) after common words, so the phrase names a post, no body (a body's name has a body noun
    there: "Bank of Tokyo", "University of Leeds"; "Friends of the Earth" is plural)."""
    if "of" not in words[1:]:
        return False
    title = words[: words.index("of", 1)]
    head = title[-1]
    if not head[:1].isupper() or head.lower().endswith("s"):
        return False
    # every word of the title is a role word or a common one ("General", "Senior"); a
    # name of its own before a role noun is a body's ("Argus Leader of Sioux Falls")
    return source_noun_kind(head.lower()) == "person" and all(
        source_noun_kind(w.lower()) == "person" or _common(w, False) for w in title
    )


def _bare_title(words: Sequence[str], group: Sequence[Mention], text: str) -> bool:
    """A title or role with no name ("Senator", "Inspector General", "Senate Leader",
    "Ranking Member"): a post, capitalised as titles are (Chicago Manual of Style 17th ed.
    8.21), no person's name. Its last word is a singular noun for a person; the words
    before it are common words, body nouns or role words, and none can be a given name
    ("Ken Doctor", "Mike Judge" are names). A mention right after a reporting verb or a
    preposition ("told Orbis Insider", "according to Orbis Insider") is a name: a
    singular count noun there takes a determiner (Quirk et al. 1985, 5.26)."""
    head = words[-1]
    if not head[:1].isupper() or head.isupper() or head.lower().endswith("s"):
        return False
    if source_noun_kind(head.lower()) != "person":
        return False
    if any(_before_name(text, m.start) for m in group if m.form in {"name", "body"}):
        return False
    return not any(could_be_given_name(w) for w in words) and all(
        source_noun_kind(w.lower()) is not None or _common(w, False) for w in words[:-1]
    )


_PREVIOUS = re.compile(r"([a-z]+) +$")


def _before_name(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a reporting verb ("told") or a preposition
    ("to", "by"): a function word that is no determiner or pronoun."""
    found = _PREVIOUS.search(text, max(0, start - 20), start)
    if found is None:
        return False
    word = found.group(1)
    if word in lexicons.reporting_forms():
        return True
    return word in function_words() and word not in _determiners_and_pronouns()


@cache
def _determiners_and_pronouns() -> frozenset[str]:
    return lexicons.entries("determiners") | lexicons.entries("pronouns")


def _label_before_noun(group: Sequence[Mention], text: str) -> bool:
    """Every mention by name stands between "the" and a lower-case common noun ("the
    Terror Level 100 list", "the Kind of Scary stuff"): capitalised words used as the label
    of a thing, a premodifier (Quirk et al. 1985, 17.104), no body."""
    named = [m for m in group if m.form in {"name", "body"}]
    if not named:
        return False
    for m in named:
        opened = text.startswith(("the ", "The "), m.start)
        if not opened and not text[max(0, m.start - 4) : m.start].endswith("the "):
            return False
        after = _LABELLED_NOUN.match(text, m.name_end)
        if after is None or not is_familiar(after.group(1)) or after.group(1).endswith("ed"):
            return False
    return True


_LABELLED_NOUN = re.compile(r"(?: \d+)? ([a-z]+)\b")


def no_name(name: str, group: Sequence[Mention], text: str, sentence_starts: Sequence[int]) -> bool:
    """Whether an entity never quoted is no person or body to list, by its name and its
    mentions (``group``):

    * a contraction ("I’ll", "Don't"): a pronoun or verb, never a name;
    * the abbreviation of a common noun ("TV", "GPS", "CEO"): a thing or a title;
    * a firm's designator alone, not in capitals ("Inc", cut from "Orbis, Inc."; "AFC"
      may be a body's acronym);
    * a name with a model's code ("RAV4 Prime", "the A350");
    * an abbreviated month or weekday ("Nov.", "Sun & Mon");
    * a title or role with no name ("Senator", "Inspector General");
    * a phrase cut from a heading, ending in a closed-class word ("Ready For");
    * a hyphenated compound modifier ("Senate-approved");
    * a past participle opening its sentence before a comma ("Alarmed, her doctor …");
    * a verb in the imperative opening a sentence or quotation ("“Save our parks”");
    * capitals for emphasis: an all-capital name of common words mentioned once ("BIG",
      "WINS AGAIN"; an acronym such as "NASA" is no common word);
    * a name of common words only, each mention by name where a sentence, line or
      quotation opens or in a title-case heading ("Writing", "Generally", "Come
      November", "Worried, his doctor …", 'chanted "Fund our schools"');
    * a day or month with common words ("Monday", "Black Friday"): a date, not a source;
    * a lower-case body whose head names a body only in a capitalised name ("the tech
      news", "the dirty air").
    """
    words = _WORD.findall(name)
    if not words:
        return False
    if bare_noun(name, group, text, sentence_starts):
        return True
    if len(words) == 1 and _CONTRACTION.match(name.strip()):
        return True
    if len(words) == 1 and words[0] in common_acronyms():
        return True
    if any(model_code(w) for w in words) or calendar_abbreviations(name, words):
        return True
    if all(w.lower().strip(".") in designators() and not w.isupper() for w in words):
        return True  # "Inc" cut from "Orbis, Inc.": the generic end of a firm's name
    if len(words) == 1 and _compound_modifier(words[0]):
        return True
    if _cut_from_heading(words) or _free_adjunct(name, group, text, sentence_starts):
        return True
    if _imperative(name, group, text, sentence_starts):
        return True
    if len(words) == 1 and words[0][1:].islower() and words[0].lower() in _adjectives_of_origin():
        return True
    if _role_of_body(words) or _bare_title(words, group, text):
        return True
    if name[:1].islower():
        return words[-1].lower() in name_only_heads()
    if not all(_common(w.strip(".-"), name.isupper()) for w in words):
        return False
    if name.isupper() and len(group) <= 1:
        return True
    if len(words) > 1 and not words[-1].endswith("s") and _label_before_noun(group, text):
        return True
    if any(w.lower() in calendar_words() for w in words):
        return True
    # only the mentions by name: "Worried, his doctor …" joins the descriptor to "Worried"
    named = [m for m in group if m.form in {"name", "body"}] or list(group)
    if any(m.honorific_gender != "-" for m in named):
        return False  # "Miss Merry", "Mr. Hardy": an honorific shows a person's name
    return bool(named) and all(_capital_of_position(m, text, sentence_starts) for m in named)
