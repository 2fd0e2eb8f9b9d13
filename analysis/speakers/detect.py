"""Mentions of people and bodies: names with their titles and roles, bodies written in
lower case, and candidate descriptors ("the president", "Canada’s foreign minister").

This module finds the capitalised runs that name someone and drops the ones that do not
(datelines, shouted subheads, words capitalised by their position); the record itself is
:class:`~analysis.speakers.mention.Mention` (re-exported here for callers), the words
around a name are read by :mod:`~analysis.speakers.mention_context` and lower-case heads by
:mod:`~analysis.speakers.lowercase_mentions`.
"""

from __future__ import annotations

import bisect
import re

import numpy as np

from analysis.readability.words import is_familiar
from analysis.speakers.classify import classify_run, title_text
from analysis.speakers.lexicon import ACRONYM, Lexicons, lexicons, word_of
from analysis.speakers.lowercase_mentions import body_start, definite_descriptors, lowercase_bodies
from analysis.speakers.mention import Mention
from analysis.speakers.mention_context import (
    appositive_role,
    is_subject,
    opening_adverbial,
    prenominal_role,
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

__all__ = ["Mention", "find_mentions"]


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


def _drops_opener(run, words, toks: Tokens, text: str, context, lex: Lexicons) -> bool:
    """Whether a run's first word is capitalised only by its position at a sentence's or
    a quotation's start (after a comma a capital is a name's: "On Tuesday, Blue Lantern
    Music put out"): a common word before a name ("Does Dorsey") or an opening
    participle (:func:`_opening_participle`)."""
    common, known_caps, heading = context
    if len(run) < 2 or not (run[0] == 0 or toks.texts[run[0] - 1] in _OPENING_MARKS):
        return False
    start = toks.starts[run[0]]
    if _opening_participle(words[0], words[1:], text, start, known_caps):
        return True
    form, title_end, _ = classify_run(words, lex)
    positional = _positional_opener(words[0], common, lex) or (heading and _heading_verb(words))
    return positional and title_end == 0 and form == "name"


def _opening_participle(word: str, rest: list[str], text: str, start: int, known_caps) -> bool:
    """Whether a sentence's first word is an "-ing" form of a familiar English verb
    ("Getting", "Joining") before a name the article also writes without it ("Getting
    Orbis to agree", with "Orbis" elsewhere): a participle or gerund opening a clause
    (Quirk et al. 1985, 15.56), capitalised by its position. A word the article also
    capitalises mid-sentence, a name never written without the word ("Rolling Stone" of
    a magazine) and a word that can be a given name are kept."""
    lower = word.lower()
    named = [w for w in rest if w.lower() not in {"the", "of", "and"}][:1]
    if not named or len(lower) <= 5 or not lower.endswith("ing"):
        return False
    if len(rest) == 1 and is_given_name(rest[0]):
        return False  # "Morning Joe": a show named so, not "Joe" after a participle
    # the name stands elsewhere without this word before it ("Orbis" beside "Getting Orbis")
    phrase = text[start : text.find(named[0], start) + len(named[0])]
    return (
        text.count(named[0]) > text.count(phrase)
        and word[1:].islower()
        and word not in known_caps
        and is_familiar(lower)
        and not could_be_given_name(word)
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
            if _drops_opener(run, words, toks, text, (common, known_caps, heading), lex):
                # "Does Dorsey", "Getting Orbis": a common word capitalised by its position
                run, words = run[1:], words[1:]
                while len(run) > 1 and words[0].lower() in lex.connectors:
                    run, words = run[1:], words[1:]  # "Joining the Orbis team"
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
                mention.start, mention.name_start = body_start(toks, first)
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
                role, role_start = ("", -1) if party_word else prenominal_role(toks, first, lex)
                if role:
                    mention.role = role
                    mention.start = role_start
                mention.affiliation, tag_end = party_tag(toks, last, lex)
                tags.update(range(last + 1, tag_end + 1))
                inverted = first > 0 and texts[first - 1].lower() in lex.reporting_forms
                appositive = appositive_role(text, toks, tag_end, lex, final=inverted)
                if appositive and opening_adverbial(toks, first, lex):
                    appositive = ""  # "In Ohio, the Democratic candidate said": the subject
                if appositive:
                    mention.role = appositive
                    mention.role_start = text.find(appositive, mention.end)
                    mention.role_end = mention.role_start + len(appositive)
            prev_word = texts[first - 1] if first > 0 and toks.kinds[first - 1] == "word" else ""
            mention.subject = is_subject(
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
        found.extend(lowercase_bodies(toks, int(sid), pid, lex))
        found.extend(definite_descriptors(toks, int(sid), pid, lex))
    return sorted(found, key=lambda m: m.start)
