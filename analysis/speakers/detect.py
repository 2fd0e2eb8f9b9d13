"""Mentions of people and bodies: names with their titles and roles, bodies written in
lower case, and candidate descriptors ("the president", "Canada’s foreign minister").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy as np

from analysis.speakers.classify import classify_run, title_text
from analysis.speakers.lexicon import (
    ACRONYM,
    Lexicons,
    compound_head,
    is_capitalised,
    lexicons,
    word_of,
)
from analysis.speakers.namedata import could_be_given_name, is_given_name
from analysis.speakers.names import (
    Tokens,
    capitalised_midsentence,
    common_words,
    listing_lines,
    party_tag,
    quoted_titles,
    sentence_runs,
    split_and,
    split_lines,
    split_of,
    split_place,
    title_case,
)


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


def _prenominal_role(toks: Tokens, first: int, lex: Lexicons) -> tuple[str, int]:
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
        if lower in lex.articles:
            k -= 1
            break
        if word_of(texts[k - 1])[1]:
            k -= 1
            break
        if lower in lex.not_names or lower in lex.reporting_forms:
            break
        k -= 1
    words = [texts[i] for i in range(k, j + 1) if texts[i].lower() not in lex.articles]
    return " ".join(words), toks.starts[k]


def _appositive(text: str, toks: Tokens, last: int, lex: Lexicons, final: bool = False) -> str:
    """The appositive after a name: "Lee Park, director of ..., said" -> "director of ...".

    Quirk et al. (1985, 17.65): a non-restrictive appositive is a noun phrase set off
    by commas. Here it must start (after an optional determiner) with up to three
    modifiers and a role noun, and be closed by a comma or dash before the sentence ends;
    with ``final`` (the name is the subject of an inverted reporting clause: "…,” said
    Ana Ruiz, CEO of Acme.") the sentence's end closes it too.
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
    if stop is None or stop == i or (texts[stop] in ".!?" and not final):
        return ""
    if any(toks.in_quote[j] != toks.in_quote[last] for j in range(i, stop)):
        return ""  # "… of the Grey Republic,” Culture Minister X said": a quotation closes
    if any(t in {"“", "”", '"', "‘", "’"} for t in texts[i:stop]):
        return ""
    phrase = [t.lower() for t in texts[i:stop]]
    if phrase[-1] in lex.reporting_forms:
        return ""  # "Trump, officials said, ...": a parenthetical attribution
    head = phrase[1:] if phrase[0] in lex.articles or word_of(texts[i])[1] else phrase
    if not any(compound_head(w, lex) in lex.role_nouns for w in head[:5]):
        return ""  # a role noun, also as a compound's head ("an ex-wife", "a mother-of-two")
    end = toks.starts[stop - 1] + len(texts[stop - 1])
    return text[toks.starts[i] : end]


# what follows a dateline: an optional ", State", an optional "(AP)", then a dash or the
# end of the line ("WASHINGTON (AP) —", "CLEVELAND, Ohio —", "BAAR, SWITZERLAND\n")
_DATELINE_TAIL = re.compile(r"(?:,[^—–\n]{0,40}?)?\s*(?:\([^)\n]{0,30}\))?\s*(?:[—–:-]|\n|$)")


def _shouted(text: str, toks: Tokens, run: list[int], words: list[str], common) -> bool:
    """A run in capitals that is a dateline or a shouted subhead, not a name: it opens a
    paragraph and a dateline's dash or colon (or the line's end) follows (AP Stylebook,
    "datelines"), or it opens a line written all in capitals, or it has several words
    one of which the article writes in lower case ("HARBOR CREWS REST", "STAY HOME")."""
    if not all(w.isupper() for w in words):
        return False
    if len(words) == 1 and len(words[0]) > 3 and words[0].lower() in common:
        return True  # "SERIES", "POUNDS": a teaser word the article writes in lower case
    if len(words) > 1 and any(w.lower() in common for w in words):
        return True
    start = toks.starts[run[0]]
    end = toks.starts[run[-1]] + len(words[-1])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line.split()) >= 4 and not re.search(r"[a-z]", line):
        return True  # inside a line all in capitals: a subhead or teaser, no name
    opens = run[0] == 0 and text[:start].rstrip(" ")[-1:] in {"\n", ""}
    if not opens or len(words[0]) < 3:
        return False
    line_end = text.find("\n", end)
    line = text[start : line_end if line_end >= 0 else len(text)]
    if len(words) > 1 and not re.search(r"[a-z]", line):
        return True  # a whole line in capitals: a subhead ("QUORVEX LIGHTDOCK CHARGER")
    return _DATELINE_TAIL.match(text, end) is not None


_OPENING_MARKS = frozenset({"“", '"', "‘", "'", "(", "[", "—", "–", "-", ":", ";"})


def _positional_opener(word: str, common, lex: Lexicons) -> bool:
    """Whether the first word of a run may be capitalised only by its position: a word
    the article writes in lower case ("Does Dorsey") or a function word ("Within Delhi");
    never an acronym or an honorific."""
    lower = word.lower()
    function_word = lower in lex.not_names or lower in lex.function_words
    return (
        (lower in common or function_word)
        and lower not in lex.honorifics
        and not ACRONYM.match(word)
    )


def _heading_verb(words: list[str]) -> bool:
    """A headline's opening participle before a given name ("Introducing Ana Ruiz",
    "Remembering Tom Hale"): a verb form, capitalised by the headline's title case, that
    can be no given name itself (Chicago Manual of Style 8.159, headline capitals)."""
    first = words[0]
    return (
        len(words) > 2
        and first.lower().endswith("ing")
        and not could_be_given_name(first)
        and is_given_name(words[1])
    )


def _opening_adverbial(toks: Tokens, first: int, lex: Lexicons) -> bool:
    """A name that is the object of a preposition opening the sentence ("In Kentucky,"):
    the noun phrase after its comma is the sentence's subject, not an appositive
    (Quirk et al. 1985, 8.14: an initial adverbial is set off by a comma)."""
    return first == 1 and toks.texts[0].lower() in lex.postmodifiers


_CLAUSE_MARKS = ",;:–—"
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_QUOTE_MARK = re.compile(r"[“”\"]")


def _is_subject(text: str, sentence_start: int, mention_start: int, prev_word: str, lex) -> bool:
    """A mention in subject position: first in its clause, or right after a reporting verb.

    "Meanwhile, Park said" and "..., said Von Berg" are subjects; "asked Ruiz"
    is not (unless "asked" reports speech, which the table decides), nor is the object
    of a reporting verb that has its own subject ("he told Ruiz").
    """
    before = text[sentence_start:mention_start]
    # what follows the last clause break (as the last piece of a split, without the list)
    clause = before[max(before.rfind(mark) for mark in _CLAUSE_MARKS) + 1 :]
    words = [w.lower() for w in _WORD.findall(clause)]
    openers_only = all(w in lex.clause_openers or w in lex.articles for w in words)
    if openers_only and not _QUOTE_MARK.search(clause):
        return True
    # subject-verb inversion ("…,” said Park) puts the verb first in its clause; after
    # other words the verb has its own subject and the name is its object ("A man
    # admitted threatening Mayor Ruiz")
    verb_first = all(w in lex.clause_openers for w in words[:-1])
    return verb_first and prev_word.lower() in lex.reporting_forms


def _skipped_spans(text: str, common: frozenset[str]):
    """A test of whether an offset lies in a quoted title or a line of a list of dates or
    venues: those passages name no speaker (:func:`quoted_titles`, :func:`listing_lines`)."""
    skipped = sorted(quoted_titles(text, common) + listing_lines(text))
    skipped_starts = [s for s, _ in skipped]

    def in_skipped(offset: int) -> bool:
        k = bisect.bisect_right(skipped_starts, offset) - 1
        return k >= 0 and offset < skipped[k][1]

    return in_skipped


def _name_parts(runs, toks: Tokens, text: str, lex: Lexicons, in_skipped):
    """Each run split at line breaks, at "and" and at "of", with whether the part comes
    after an "of" (the body a person speaks for); runs in skipped passages dropped."""
    return [
        (part, n > 0)
        for line_run in runs
        if not in_skipped(toks.starts[line_run[0]])
        for r in split_lines(line_run, toks, text, lex)
        for joined in split_and(r, toks.texts, lex)
        for piece in split_place(joined, toks.texts, lex)
        for n, part in enumerate(split_of(piece, toks.texts, lex))
    ]


def find_mentions(article) -> list[Mention]:
    lex = lexicons()
    text = article.text
    tokens = article.tokens
    paragraph_kind = dict(
        zip(
            article.paragraphs["paragraph"].tolist(),
            article.paragraphs["kind"].tolist(),
            strict=True,
        )
    )
    sentence_start = dict(
        zip(
            article.sentences["sentence"].tolist(), article.sentences["start"].tolist(), strict=True
        )
    )
    found: list[Mention] = []
    columns = {c: tokens[c].tolist() for c in ("text", "kind", "start", "in_quote", "paragraph")}
    sentence_ids = tokens["sentence"].to_numpy()
    body = [paragraph_kind.get(p) == "body" for p in columns["paragraph"]]
    common = common_words(columns["text"], columns["kind"])
    known_caps = capitalised_midsentence(
        columns["text"], columns["kind"], sentence_ids.tolist(), body
    )
    in_skipped = _skipped_spans(text, common)
    bounds = np.flatnonzero(np.diff(sentence_ids)) + 1
    for lo, hi in zip(np.r_[0, bounds], np.r_[bounds, len(sentence_ids)], strict=True):
        if lo == hi:
            continue
        sid = int(sentence_ids[lo])
        pid = int(columns["paragraph"][lo])
        toks = Tokens(*(columns[c][lo:hi] for c in ("text", "kind", "start", "in_quote")))
        kind = paragraph_kind.get(pid, "body")
        if kind == "boilerplate":
            continue
        texts, starts, in_quote = toks.texts, toks.starts, toks.in_quote
        heading = kind == "heading" or title_case(toks, common)
        runs = sentence_runs(toks, lex, common, known_caps, heading=heading)
        tags: set[int] = set()  # tokens of party-state tags, read with the name before them
        for run, after_of in _name_parts(runs, toks, text, lex, in_skipped):
            if run[0] in tags:
                continue
            words = [word_of(texts[i])[0] for i in run]
            form, title_end, hon_gender = classify_run(words, lex)
            # a sentence's or a quotation's first word; after a comma a capital is a name's
            # ("On Tuesday, Blue Lantern Music put out")
            opener = run[0] == 0 or texts[run[0] - 1] in _OPENING_MARKS
            positional = _positional_opener(words[0], common, lex) or (
                heading and _heading_verb(words)
            )
            if opener and positional and len(run) > 1 and title_end == 0 and form == "name":
                # "Does Dorsey": a common word capitalised only by its position
                run, words = run[1:], words[1:]
                form, title_end, hon_gender = classify_run(words, lex)
            if form == "place" or _shouted(text, toks, run, words, common):
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
                title=title_text(words[:title_end], lex) if form == "name" else "",
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
                mention.affiliation, tag_end = party_tag(toks, last, lex)
                tags.update(range(last + 1, tag_end + 1))
                inverted = first > 0 and texts[first - 1].lower() in lex.reporting_forms
                appositive = _appositive(text, toks, tag_end, lex, final=inverted)
                if appositive and _opening_adverbial(toks, first, lex):
                    appositive = ""  # "In Ohio, the Democratic candidate said": the subject
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
            counted = first > 0 and toks.kinds[first - 1] == "number"  # "30 Boeing jets"
            mention.head = not (after in {"’s", "'s"} or after[:1] in {"’", "'"}) and not (
                prev_word.lower() == "of" or modifier or counted  # "the 2012 Obama campaign"
            )
            mention.reports = (
                prev_word.lower() in lex.reporting_forms or next_word in lex.reporting_forms
            )
            found.append(mention)
        found.extend(_lowercase_bodies(toks, int(sid), pid, lex))
        found.extend(_definite_descriptors(toks, int(sid), pid, lex))
    return sorted(found, key=lambda m: m.start)


_HEAD_FORMS: dict[int, tuple[Lexicons, frozenset[str]]] = {}


def _head_forms(lex: Lexicons) -> frozenset[str]:
    """Every role noun and one-word title, also with a possessive ending, in lower case
    (computed once per word lists)."""
    cached = _HEAD_FORMS.get(id(lex))
    if cached is None or cached[0] is not lex:
        heads = set(lex.role_nouns) | {t[0] for t in lex.titles if len(t) == 1}
        forms = frozenset(heads | {h + s for h in heads for s in ("’s", "'s")})
        cached = _HEAD_FORMS[id(lex)] = (lex, forms)
    return cached[1]


def _definite_descriptors(toks: Tokens, sid: int, pid: int, lex: Lexicons) -> list[Mention]:
    """Candidate descriptors such as "Canada’s foreign minister" or "the president".

    A definite determiner or a possessive, up to three lower-case modifiers, and a role
    noun or title, not followed by a name (then it is that name's title). They become
    mentions only when :func:`link_by_role` ties them to a named person (form
    "candidate" until then).
    """
    texts, kinds, starts = toks.texts, toks.kinds, toks.starts
    found = []
    forms = _head_forms(lex)
    # the cheapest test first: the lower-case form of a role noun or title, possessive or
    # not (a superset of the heads the tests below keep)
    heads = [i for i, text in enumerate(texts) if text.lower() in forms]
    for i in heads:
        text = texts[i]
        if kinds[i] != "word" or not text[:1].islower():
            continue
        head, possessive = word_of(text)
        lower = head.lower()
        if lower not in lex.role_nouns and (lower,) not in lex.titles:
            continue
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if not possessive and kinds[i + 1 : i + 2] == ["word"] and is_capitalised(nxt):
            continue  # "commander Gen. Omar Haddad": a title of the name after it
        k = i - 1
        while k >= 0 and i - k <= 4 and kinds[k] == "word":
            word, owner = word_of(texts[k])
            if owner or word.lower() in lex.definite:
                break
            if not word[:1].islower() or word.lower() in lex.not_names:
                k = -1
                break
            k -= 1
        if k < 0 or kinds[k] != "word":
            continue
        words = tuple(word_of(texts[j])[0].lower() for j in range(k, i + 1))
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


def _body_start(toks: Tokens, first: int) -> tuple[int, int]:
    """Include a capitalised adjective or acronym run's leading "the" in a body mention."""
    starts = toks.starts
    if first > 0 and toks.texts[first - 1].lower() == "the":
        return starts[first - 1], starts[first]
    return starts[first], starts[first]


def _describing(modifier: str) -> bool:
    """A lower-case modifier that describes rather than names a body: a superlative ("the
    largest newspaper", "the lowest-paid bank") or a participle ("the merged company");
    "the Iraqi parliament" and "the federal government" keep theirs (Quirk et al. 1985,
    7.2-7.4: a classifying adjective identifies a kind, a gradable one describes)."""
    parts = modifier.split("-")
    if not modifier[:1].islower():
        return False
    superlative = len(parts[0]) > 4 and parts[0].endswith("est")
    return superlative or (len(parts[-1]) > 5 and parts[-1].endswith("ed"))  # not "armed"


def _lowercase_bodies(toks: Tokens, sid: int, pid: int, lex: Lexicons) -> list[Mention]:
    """Bodies written with a lower-case head: "the Iraqi parliament", "the Trump government".

    The pattern is "the" + one modifier + a body noun; the modifier keeps two
    governments apart, and a bare "the government" is left to the speaker table.
    """
    texts, kinds = toks.texts, toks.kinds
    starts = toks.starts
    found = []
    # the cheapest test first: the pattern needs "the" two tokens before the head
    after_the = [i + 2 for i, t in enumerate(texts[: len(texts) - 2]) if t.lower() == "the"]
    for i in after_the:
        head, possessive = word_of(texts[i])
        if kinds[i] != "word" or head.lower() not in lex.body_nouns or not head[:1].islower():
            continue
        if head.lower() in lex.name_heads:  # "the country's affairs": a body only by name
            continue
        if kinds[i - 1] != "word":
            continue
        modifier = texts[i - 1]
        if modifier.lower() in lex.not_names or word_of(modifier)[0].lower() in lex.body_nouns:
            continue  # "the company’s news": a body's possession, not another body
        if _describing(modifier) or head.lower() in lex.body_kinds:
            # "the German automaker", "the federal agency": a body's kind describes a body
            # named elsewhere (resolved as a description), it names no body of its own
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
