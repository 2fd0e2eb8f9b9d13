"""Stance markers: the stance lexicons, word tokens, lexicon matching and reporting-verb framing.

* **Stance markers** (Biber 1988; Hyland 2005): hedges, boosters, attitude markers,
  self-mention, modality, negation, conditionals (:data:`MARKER_LEXICONS`), found by
  :func:`match_markers` (longest entry first, multi-word entries on consecutive words,
  clitic entries such as ``n't`` on the end of a word).
* **Framing by reporting verb** (Martin & White 2005, "attribute"; WP:SAY): the verb
  that introduces each attribution is neutral (*say*), endorsing (*point out*),
  distancing (*claim*), conceding (*admit*) or a speech act / affect (*warn*)
  (:func:`framing_of`).
* **Topic stems** (:func:`stem_terms`): Porter stems of content words, how the stance
  readings tell what a sentence is about; each word is stemmed once per process.

Every word list comes from :mod:`analysis.lexicons` (TSV files with their sources).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import pandas as pd
from nltk.stem.porter import PorterStemmer

from analysis import lexicons
from analysis.core import segment

#: Stance-marker lexicons counted per 100 words (Hyland 2005 plus Biber 1988's modals,
#: negation and conditionals).
MARKER_LEXICONS: tuple[str, ...] = (
    "hedges",
    "boosters",
    "attitude_markers",
    "self_mention",
    "modality",
    "negation",
    "conditionals",
)


#: Lexicons that carry polarity toward a target (see :func:`stance_toward`).
POLARITY_LEXICONS: tuple[str, ...] = ("support", "refutation", "doubt")


FRAMINGS: tuple[str, ...] = ("neutral", "endorsing", "distancing", "conceding", "speech_act_affect")


LABELS: tuple[str, ...] = ("favor", "against", "neutral")

#: Function words carry no topic: they are left out when measuring how much a sentence is
#: about the target (``topic_function_words.tsv``: closed classes after Biber et al. 1999,
#: ch. 2, plus the reporting words every story is full of).
STOPWORDS: frozenset[str] = lexicons.entries("topic_function_words")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_stemmer = PorterStemmer()


# --------------------------------------------------------------------------- lexicons


@cache
def load_lexicon(name: str) -> pd.DataFrame:
    """The lexicon ``<name>.tsv`` (:func:`analysis.lexicons.rows`) with a ``words`` column
    (entry split into words) and a ``lexicon`` column.

    Entries are lowercase; ``n't``, ``'ll`` and ``'d`` are clitics and match the end of a
    token (``don't``, ``we'll``).
    """
    table = pd.DataFrame(list(lexicons.rows(name)), dtype=str)
    table["entry"] = table["entry"].str.lower().map(_normalize)
    table["words"] = table["entry"].str.split().map(tuple)
    table["lexicon"] = name
    return table


@cache
def reporting_verbs() -> pd.DataFrame:
    """``reporting_verbs.tsv`` exploded to one row per inflected form: form, lemma, framing, source."""
    table = pd.DataFrame(list(lexicons.rows("reporting_verbs")), dtype=str)
    table["form"] = table["forms"].str.split()
    return table.explode("form")[["form", "lemma", "framing", "source"]].reset_index(drop=True)


@cache
def _form_to_verb() -> dict[str, tuple[str, str]]:
    rows = reporting_verbs()
    return dict(zip(rows["form"], zip(rows["lemma"], rows["framing"], strict=True), strict=True))


def framing_of(cue: str | None) -> tuple[str | None, str]:
    """(lemma, framing) of a reporting cue such as ``"pointed out"`` or ``"said"``.

    The first word of the cue that is an inflection in ``reporting_verbs.tsv`` decides
    (Martin & White 2005 attribute categories). A cue with no known verb (``according
    to``, a colon) is ``neutral`` only when it is the news convention ``according to``;
    anything else is ``other``.
    """
    words = _normalize(cue if isinstance(cue, str) else "").lower().split()
    table = _form_to_verb()
    for word in words:
        if word in table:
            return table[word]
    if " ".join(words[:2]) == "according to":
        return None, "neutral"
    return None, "other"


# --------------------------------------------------------------------------- tokens and markers


def _normalize(text: str) -> str:
    return text.translate(_APOSTROPHES)


class Word(NamedTuple):
    """A word token of a text: offsets into that text and its normalised lowercase form.

    A named tuple: one is made for every word stance reads, and tuples are the cheapest
    immutable records to make."""

    start: int
    end: int
    lower: str


def words_of(text: str, lo: int = 0, hi: int | None = None) -> list[Word]:
    """Word and number tokens of ``text[lo:hi]`` from :func:`analysis.core.segment.tokens`."""
    hi = len(text) if hi is None else hi
    return [
        Word(start, end, _normalize(text[start:end]).lower())
        for start, end, kind in segment.tokens(text, lo, hi)
        if kind in ("word", "number")
    ]


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, paragraph by paragraph (analysis.core.segment's rules)."""
    return [
        bounds for lo, hi in segment.paragraphs(text) for bounds in segment.sentences(text, lo, hi)
    ]


@cache
def _matcher(lexicons: tuple[str, ...]) -> dict[str, list[tuple[tuple[str, ...], str, str, str]]]:
    """First word -> [(words, entry, lexicon, category)], longest entries first."""
    index: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
    for name in lexicons:
        for row in load_lexicon(name).itertuples():
            index.setdefault(row.words[0], []).append((row.words, row.entry, name, row.category))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_CLITICS = ("n't", "'ll", "'d")


def _first_word_keys(word: str) -> tuple[str, ...]:
    """The word, then each clitic it ends with (``don't``: ``don't``, ``n't``)."""
    if not word.endswith(_CLITICS):  # most words: one test instead of three
        return (word,)
    return (word, *(clitic for clitic in _CLITICS if word.endswith(clitic) and word != clitic))


def match_markers(text: str, words: list[Word], lexicons: tuple[str, ...]) -> list[dict]:
    """Lexicon entries found in a run of words, longest match first, no overlaps.

    Each hit: start, end (offsets into ``text``), text, entry, lexicon, category.
    A multi-word entry matches consecutive words; a clitic entry (``n't``) matches the
    end of a word. One span may count in several lexicons (``doubt`` is a hedge and a
    doubt cue), but within a lexicon the longest entry wins.
    """
    index = _matcher(lexicons)
    hits: list[dict] = []
    taken: dict[str, int] = {}  # lexicon -> first word index still free
    for i, word in enumerate(words):
        for key in _first_word_keys(word.lower):
            for entry_words, entry, lexicon, category in index.get(key, ()):
                if taken.get(lexicon, 0) > i:
                    continue
                n = len(entry_words)
                span = [w.lower for w in words[i : i + n]]
                if key != word.lower:  # clitic: the entry is one suffix
                    span = [key]
                if tuple(span) != entry_words:
                    continue
                end = words[i + n - 1].end
                hits.append(
                    {
                        "start": word.start,
                        "end": end,
                        "text": text[word.start : end],
                        "entry": entry,
                        "lexicon": lexicon,
                        "category": category,
                    }
                )
                taken[lexicon] = i + n
                break
    return hits


def stance_markers(text: str, lo: int = 0, hi: int | None = None) -> pd.DataFrame:
    """One row per stance marker in ``text[lo:hi]``: start, end, text, entry, lexicon, category."""
    hits = match_markers(text, words_of(text, lo, hi), MARKER_LEXICONS)
    return pd.DataFrame(hits, columns=["start", "end", "text", "entry", "lexicon", "category"])


# --------------------------------------------------------------------------- topic stems


@cache
def stem(word: str) -> str:
    """The Porter stem of a lowercase word, computed once per word and process (stemming
    was a sixth of the stance stages' time when recomputed at every call)."""
    return _stemmer.stem(word)


def stem_terms(words: Iterable[str]) -> set[str]:
    """Porter stems of the content words (not in :data:`STOPWORDS`, longer than one letter)."""
    out = set()
    for word in words:
        word = word.removesuffix("'s")
        if word in STOPWORDS or len(word) < 2 or not any(c.isalpha() for c in word):
            continue
        out.add(stem(word))
    return out
