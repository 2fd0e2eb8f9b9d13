"""Sentences of a stretch of text, with character offsets.

Sentence splitting follows the punctuation-plus-context rules of news copy desks
(the same cues Punkt learns, Kiss & Strunk 2006, written out): a full stop, question
or exclamation mark, optionally followed by closing quotation marks or brackets,
ends a sentence when the next word opens one; titles (``Gen.``, ``Mr.``), initials,
months before a day, and acronyms followed by a proper noun (``U.S. Army``) do not.
"""

from __future__ import annotations

import re

from analysis import lexicons
from analysis.core.segmentation_words import (
    MONTHS,
    NUMERO,
    OTHER_ABBREVIATIONS,
    QUOTE_CHARS,
    SENTENCE_STARTERS,
    TITLES,
)

_SENTENCE_END = re.compile(
    r"(?P<stop>\.{3}|…|[.!?]+)(?P<close>[" + re.escape(QUOTE_CHARS) + r")\]’”]*)(?P<space>\s+)"
)
# "“Are you serious?” Cruz asked." is one sentence: a question or exclamation in
# quotation marks followed by its attribution on the same line does not end the sentence,
# nor does an adverb between the speaker and the verb ("“…?” Brooke tearfully asked").
# The verbs are every form of reporting_verbs.tsv (analysis.lexicons), longest first.
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,4}(?:[a-z]+ly\s+)?(?:"
    + "|".join(sorted(map(re.escape, lexicons.reporting_forms()), key=len, reverse=True))
    + r")\b"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"[" + re.escape(QUOTE_CHARS) + r"(\[]*(?P<word>[^\s]+)")
# An agency credit between a dateline and its story: "RENO, Nev. (AP) — The ..." (AP
# Stylebook, "datelines"); the full stop of the state abbreviation ends no sentence.
_CREDIT = re.compile(r"\([^()\n]{1,30}\)\s*(?:[—–]|-{1,2})\s")
# A nickname in quotation marks between initials and a surname: 'C.L. "Bo" Ruiz'.
_NICKNAME = re.compile(
    r"["
    + re.escape(QUOTE_CHARS)
    + r"][A-Z][\w.-]*(?: [A-Z][\w.-]*)?["
    + re.escape(QUOTE_CHARS)
    + r"]\s+[A-Z]"
)
# A name in capitals running on in lower case after a code with a full stop: "the XR.
# NOVA TOURER is ..." (a model styled with its stop); a sentence that opens in
# capitals after an acronym ("in the EU. UK officials said") has one capital word only.
# Words of four capitals or more: an acronym opening a sentence is mostly shorter
# ("in the EU. NATO HQ said").
_CAPITALS_RUN_ON = re.compile(r"(?:[A-Z][A-Z0-9]{3,}\s+){2,}[a-z]")
# What a number abbreviation stands before: a figure ("No. 2", "No. #1").
_FIGURE = re.compile(r"#?\d")


# --------------------------------------------------------------------------- sentences


def _is_boundary(
    text: str, match: re.Match, next_start: int, hi: int, last_alnum: int | None = None
) -> bool:
    """Whether the sentence-end ``match`` ends a sentence whose successor starts at ``next_start``.

    ``last_alnum`` is the offset of the last letter or digit before ``hi`` (computed when
    not given); passing it keeps a paragraph's split linear in its length.
    """
    stop = match["stop"]
    next_word_match = _NEXT_WORD.match(text, next_start, hi)
    if not next_word_match:
        return False
    if last_alnum is None:
        last_alnum = _last_alnum(text, next_start, hi)
    if last_alnum < next_start:
        return False  # only stray marks left: they belong to this sentence (“...dangerous. “)
    next_word = next_word_match["word"]
    first = next_word[0]
    opener = text[next_start]
    if not (first.isupper() or first.isdigit() or opener in QUOTE_CHARS):
        return False  # "… cries of “Out!” (for the mayor) and …": a bracket goes on
    if stop == "!" and not match["close"] and _lettered_name(text, match.start()):
        return False  # "a report by E! News": a name spelled with "!", no exclamation
    if set(stop) <= set("!?"):
        attributed = "\n" not in match["space"] and _ATTRIBUTION_AFTER_QUOTE.match(
            text, next_start, hi
        )
        return not (match["close"] and attributed)
    starter = _is_starter(next_word)
    if stop in ("...", "…"):
        return starter or opener in QUOTE_CHARS
    if match["close"]:
        return True  # a full stop inside closing quotation marks: “...alone.” He
    if stop == "." and _CREDIT.match(text, next_start, hi):
        return False  # "HAYWARD, Calif. (AP) — ...": a dateline and its agency
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if not before:
        return True
    return _ends_after_word(text, before, next_start, next_word, starter)


def _ends_after_word(
    text: str, before: re.Match, next_start: int, next_word: str, starter: bool
) -> bool:
    """Whether a full stop after the word ``before`` ends its sentence, given the word
    that follows (capitalised or a figure): Punkt's evidence (Kiss & Strunk 2006) written
    out: a title never ends one, a number abbreviation does not before a figure, an
    initial or abbreviation does only before a common sentence starter or a quotation."""
    word = before.group(1)
    bare = word.rstrip(".").lower()
    if bare in TITLES:
        return False
    if bare in NUMERO:
        return not _FIGURE.match(next_word)  # "the No. 2 official" / "He said no. Then"
    if bare in MONTHS:
        return not next_word[0].isdigit() and starter
    glued = before.start(1) > 0 and text[before.start(1) - 1].isalnum()
    if len(word) == 1 and word.isupper() and not glued:
        return starter  # an initial: John F. Kennedy (but "in full 4K. Then" ends)
    code = word.isupper() and len(word) <= 4 and not glued and not starter
    if code and _CAPITALS_RUN_ON.match(text, next_start):
        return False  # "the XR. NOVA TOURER is": a model name styled with a stop
    if "." in word and max(map(len, word.split("."))) >= 3:
        return True  # a web or e-mail address, not an acronym: "at Example.org. Then"
    if "." in word or bare in OTHER_ABBREVIATIONS:
        # U.S. Army / ... in the U.S. The / ... in Portvale, N.J. “We ...": a quotation
        # opening with a capital after an abbreviation opens a sentence.
        quotation = text[next_start] in QUOTE_CHARS and next_word[:1].isupper()
        return starter or (quotation and not _NICKNAME.match(text, next_start))
    return True


def _is_starter(next_word: str) -> bool:
    """Whether ``next_word`` is a common sentence starter, contractions read by their
    first part ("It’s", "We're" as "it", "we")."""
    bare = next_word.strip(".,;:!?" + QUOTE_CHARS).lower()
    return bare in SENTENCE_STARTERS or re.split(r"['’]", bare)[0] in SENTENCE_STARTERS


def _lettered_name(text: str, at: int) -> bool:
    """Whether a single capital letter standing alone comes right before ``at`` ("E!"): a
    name written with an exclamation mark, as some outlets and firms style theirs; an
    exclamation follows a word (Chicago Manual of Style 17th ed. 6.74)."""
    return at >= 1 and text[at - 1].isupper() and (at == 1 or text[at - 2].isspace())


def _last_alnum(text: str, lo: int, hi: int) -> int:
    """Offset of the last letter or digit in text[lo:hi], ``lo - 1`` when there is none."""
    position = min(hi, len(text)) - 1
    while position >= lo and not text[position].isalnum():
        position -= 1
    return position


# Where a sentence end may start: a run of full stops, question and exclamation marks
# (taken whole), or an ellipsis character.
_STOP_RUN = re.compile(r"[.!?]++|…")


def _sentence_ends(text: str, lo: int, hi: int):
    """The matches of :data:`_SENTENCE_END` in text[lo:hi], as ``finditer`` finds them.

    ``finditer`` would retry the pattern at every mark of a run such as ``!!!!``; when
    it fails at the run's first mark it fails at all of them (the run is taken whole
    before the closing marks and space), so each run is tried once, at its start.
    """
    position = lo
    while True:
        candidate = _STOP_RUN.search(text, position, hi)
        if candidate is None:
            return
        match = _SENTENCE_END.match(text, candidate.start(), hi)
        if match is not None:
            yield match
            position = match.end()
        else:
            position = candidate.end()


def sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the paragraph text[lo:hi]."""
    out: list[tuple[int, int]] = []
    start = lo
    last_alnum = _last_alnum(text, lo, hi)
    for match in _sentence_ends(text, lo, hi):
        next_start = match.end()
        if next_start >= hi:
            break
        if _is_boundary(text, match, next_start, hi, last_alnum):
            out.append((start, match.start("space")))
            start = next_start
    if start < hi:
        out.append((start, hi))
    return [piece for s, e in out for piece in _split_glued_stops(text, s, e)]


# "…on Wednesday.The stabbing …": a full stop with no space after it between a word of
# two letters or more and a capitalised word.
_GLUED_STOP = re.compile(r"(?<=[A-Za-z]{2})\.(?=[A-Z][a-z])")


def _split_glued_stops(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """text[lo:hi] cut after each full stop that lost its space ("…on Wednesday.The
    stabbing …"): one a scraper glued, not an abbreviation ("Gov.Ruiz" stays), nor a
    dot inside a web address, e-mail address or file name ("Amazon.com", "a.b@c.org")."""
    pieces, start = [], lo
    for match in _GLUED_STOP.finditer(text, lo, hi):
        token_lo = max(text.rfind(ch, lo, match.start()) for ch in " \t\n") + 1
        token_hi = next((k for k in range(match.end(), hi) if text[k].isspace()), hi)
        token = text[max(lo, token_lo) : token_hi]
        if any(mark in token for mark in "/@") or token.count(".") > 1:
            continue  # a web or e-mail address: "www.Example.com", "Ana.Ruiz@mail.org"
        word = _WORD_BEFORE.search(text, max(lo, match.start() - 40), match.start())
        bare = word.group(1).lower() if word else ""
        if bare in TITLES or bare in MONTHS or bare in OTHER_ABBREVIATIONS:
            continue
        pieces.append((start, match.end()))
        start = match.end()
    return [*pieces, (start, hi)] if pieces else [(lo, hi)]
