"""The word table: one row per body word with what the readability formulas count.

textstat has the formulas but counts its own sentences, and on news copy it splits at
"U.S.", "Gen." and "$1.2"; it also guesses syllables for unknown words from
hyphenation points. Here every count comes from the article's own tables: sentences from
:attr:`Article.body_sentences` (headings and boilerplate left out), words from
:attr:`Article.words`, syllables from :func:`analysis.readability.syllable_counts.syllables`
(the CMU dictionary, then a learned estimator; figures read aloud).

:func:`word_table` builds the table; :func:`article_word_table` returns the one the
article's analysis already built (the pipeline's ``words`` stage), so every readability
table of an article counts the same words, computed once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from analysis.core.article import Article
from analysis.readability.syllable_counts import (
    cmu_dictionary,
    estimator_weights,
    number_syllables,
    phones_syllables,
    syllables_with_source,
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


#: No English word is longer (the longest in general dictionaries have under 30 letters);
#: a longer token is a URL, a code or a scraping accident, and would wreck every formula.
MAX_WORD_CHARS = 40
# A web or e-mail address; "and/or", "24/7" and "he/she" are words a reader reads.
_NOT_A_WORD = re.compile(
    r"^(?:https?:|www\.)|^[\w.+-]+@[\w-]+\.|\.(?:com|org|net|gov|edu|html?)(?:/|$)", re.I
)


def cannot_be_word(text: str) -> str | None:
    """Why a token cannot be a word a reader reads (too long, a web address), or None."""
    if len(text) > MAX_WORD_CHARS:
        return f"over {MAX_WORD_CHARS} characters"
    if _NOT_A_WORD.search(text):
        return "a web address"
    return None


def unreadable_tokens(article: Article) -> pd.DataFrame:
    """Body tokens the formulas leave out because they cannot be words, with the reason.

    One row per token: ``token``, ``start``, ``end``, ``text``, ``reason``.
    """
    words = article.words
    texts = words["text"].tolist()
    rows = np.array([i for i, t in enumerate(texts) if not _written(t)[0]], dtype=np.intp)
    table = {c: words[c].array.take(rows) for c in ("token", "start", "end", "text")}
    reasons = pd.array([cannot_be_word(texts[i]) for i in rows.tolist()], dtype="str")
    return pd.DataFrame(table | {"reason": reasons})


_CONTRACTION = re.compile(r"^(?P<base>[a-z]+)'(?:s|re|ve|ll|d|m|t)$|^(?P<neg>[a-z]+)n't$")


@cache
def familiar_words() -> frozenset[str]:
    """The Dale-Chall list of about 3,000 words familiar to fourth-graders, as textstat ships it."""
    source = resources.files("textstat").joinpath("resources", "en", "easy_words.txt")
    return frozenset(w.strip().lower() for w in source.read_text(encoding="utf-8").splitlines())


def _inflection_bases(word: str) -> Iterator[str]:
    """Candidate base forms of a regularly inflected word: plural, -ed, -ing, -er, -est."""
    for suffix, replacements in (
        ("ies", ("y",)), ("ied", ("y",)), ("ier", ("y",)), ("iest", ("y",)),
        ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")), ("d", ("",)),
        ("ing", ("", "e")), ("er", ("", "e")), ("est", ("", "e")),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            yield from (stem + r for r in replacements)
            if len(stem) > 2 and stem[-1] == stem[-2]:  # stopped -> stop, bigger -> big
                yield stem[:-1]


def is_familiar(lower: str) -> bool:
    """Whether a lower-case word counts as familiar under Dale & Chall's (1948) rules.

    Familiar: on the list; a regular plural, possessive, -ed, -ing, -er or -est form of a
    listed word; a contraction of one ("don't", "it's"); a hyphenated compound whose
    parts all are.
    """
    word = lower.translate(_APOSTROPHES)
    easy = familiar_words()
    if word in easy:
        return True
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(is_familiar(p) for p in parts)
    contraction = _CONTRACTION.match(word)
    if contraction:
        return (contraction["base"] or contraction["neg"]) in easy
    return any(base in easy for base in _inflection_bases(word))


def _stem_syllables(lower: str) -> int | None:
    """Syllables of the stem of a word ending in -es, -ed or -ing, from the dictionary, if found."""
    dictionary = cmu_dictionary()
    for suffix in ("ing", "ed", "es"):
        if lower.endswith(suffix):
            for base in _inflection_bases(lower):
                if base in dictionary:
                    return phones_syllables(dictionary[base][0])
    return None


def is_complex(lower: str, n_syllables: int, proper: bool) -> bool:
    """Gunning's (1952) complex word: three or more syllables, with his three exceptions.

    Not counted: proper nouns, hyphenated compounds, and words whose third syllable
    comes from -es, -ed or -ing ("created", "trespasses"), i.e. whose stem has fewer
    than three.
    """
    if n_syllables < 3 or proper or "-" in lower:
        return False
    stem = _stem_syllables(lower)
    return stem is None or stem >= 3


def word_syllables(text: str, kind: str) -> tuple[int, str]:
    """Syllables of one word token and their source, at least 1.

    Figures are read aloud (source ``number``); words go through
    :func:`analysis.readability.syllable_counts.syllables_with_source` (``dictionary`` or ``estimated``).
    """
    if kind == "number":
        return max(1, number_syllables(text)), "number"
    counted, source = syllables_with_source(text)
    return max(1, counted), source


#: The columns :func:`word_table` adds to the article's word columns, in order.
WORD_COLUMNS = (
    "syllables", "syllable_source", "letters", "characters", "polysyllable", "proper",
    "complex", "difficult",
)  # fmt: skip
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_ALL_CAPITALS = re.compile(r"[A-Z][A-Z.&]+")


@lru_cache(maxsize=1 << 16)
def _written(text: str) -> tuple[bool, int, int, bool, bool]:
    """What one written token shows, cached by its text (a corpus repeats most of its words):
    whether it can be a word (:func:`cannot_be_word`), its letters, its letters and digits,
    whether it starts with a capital letter, and whether it is in capitals ("NATO", "U.S.")."""
    capital = bool(_LETTER.match(text)) and text[:1].isupper()
    return (
        cannot_be_word(text) is None,
        len(_LETTER.findall(text)),
        len(_LETTER_OR_DIGIT.findall(text)),
        capital,
        _ALL_CAPITALS.fullmatch(text) is not None,
    )


@lru_cache(maxsize=1 << 16)
def _form(lower: str, kind: str) -> tuple[int, str, bool, bool]:
    """What the formulas need of one lower-case form, cached: its syllables and their source
    (:func:`word_syllables`), whether it is familiar (Dale-Chall, :func:`is_familiar`) and
    whether it is complex (Gunning, :func:`is_complex`) when it is not a name."""
    n_syllables, source = word_syllables(lower, kind)
    return n_syllables, source, is_familiar(lower), is_complex(lower, n_syllables, False)


def _opens_span(tokens: pd.DataFrame, labels: pd.Index) -> np.ndarray:
    """Per word (by its token label), whether it opens its sentence or follows an opening
    quotation mark: a capital there says nothing about names."""
    sentence = tokens["sentence"].to_numpy()
    kind = tokens["kind"].to_numpy(dtype=object)
    opens = np.ones(len(tokens), dtype=bool)
    if len(tokens) > 1:
        previous = kind[:-1]
        opens[1:] = (sentence[1:] != sentence[:-1]) | pd.isna(previous) | (previous == "quote")
    at = tokens.index.get_indexer(labels)
    return np.where(at >= 0, opens[np.maximum(at, 0)], True)


def _proper(
    texts: list[str], kinds: list[str], lowers: list[str], facts: list[tuple], opens: np.ndarray
) -> list[bool]:
    """Names: a capital mid-sentence, or at a sentence start when the article also capitalises
    the word mid-sentence ("Trump has spent..." after "...said Trump"), or all capitals; a
    word, not a figure, and never "I". ``facts`` are the words' :func:`_written`."""
    mid = [f[3] and not o for f, o in zip(facts, opens.tolist(), strict=True)]
    names = {t for t, m in zip(texts, mid, strict=True) if m}
    return [
        (m or (f[3] and t in names) or f[4]) and k == "word" and lower != "i"
        for t, k, lower, f, m in zip(texts, kinds, lowers, facts, mid, strict=True)
    ]


def _counted_columns(words: pd.DataFrame, opens: np.ndarray) -> dict[str, object]:
    """The :data:`WORD_COLUMNS` of the readable words, one plain-Python pass over them."""
    texts, lowers, kinds = (words[c].tolist() for c in ("text", "lower", "kind"))
    forms = [_form(lower, kind) for lower, kind in zip(lowers, kinds, strict=True)]
    facts = [_written(t) for t in texts]
    proper = _proper(texts, kinds, lowers, facts, opens)
    syllables = np.array([f[0] for f in forms], dtype="int64")
    is_word = [k == "word" for k in kinds]
    # A figure is neither a hard word nor an easy one: Gunning and Dale-Chall count vocabulary.
    return {
        "syllables": syllables,
        "syllable_source": pd.array([f[1] for f in forms], dtype="str"),
        "letters": np.array([f[1] for f in facts], dtype="int64"),
        "characters": np.array([f[2] for f in facts], dtype="int64"),
        "polysyllable": syllables >= 3,
        "proper": np.array(proper, dtype=bool),
        "complex": np.array(
            [w and not p and f[3] for w, p, f in zip(is_word, proper, forms, strict=True)],
            dtype=bool,
        ),
        "difficult": np.array(
            [w and not p and not f[2] for w, p, f in zip(is_word, proper, forms, strict=True)],
            dtype=bool,
        ),
    }


# The dtypes an empty word table has always had (what a merge of no rows gives).
_EMPTY_DTYPES = {"syllables": "float64", "syllable_source": "float64", "complex": "float64"}


def word_table(article: Article) -> pd.DataFrame:
    """One row per body word (word and number tokens), with what the formulas count.

    Columns: the token's ``token``, ``sentence``, ``paragraph``, ``start``, ``end``,
    ``text``, ``lower``, ``kind``, ``in_quote``, and ``syllables`` (with
    ``syllable_source``: dictionary, estimated or number), ``letters``,
    ``characters`` (letters and digits), ``polysyllable`` (3+ syllables), ``proper``
    (capitalised and not the first word of its sentence or quotation, or first but
    capitalised mid-sentence elsewhere in the article, or all capitals),
    ``complex`` (Gunning) and ``difficult`` (Dale-Chall: unfamiliar, not a figure or a name).
    Built once as plain columns: per-word facts are cached by spelling across articles.
    """
    # The syllable estimator's weights are read with the dictionary, once per process, so
    # the first article with a word the dictionary lacks does not pay for them alone.
    estimator_weights()
    words = article.words
    # Tokens that cannot be words (:func:`unreadable_tokens`) are left out of every count.
    readable = np.array([_written(t)[0] for t in words["text"].tolist()], dtype=bool)
    if not readable.all():
        words = words[readable]
    opens = _opens_span(article.tokens, words.index)
    columns = {c: words[c].array for c in words.columns}
    table = pd.DataFrame(columns | _counted_columns(words, opens))
    return table.astype(_EMPTY_DTYPES) if table.empty else table


def article_word_table(article: Article) -> pd.DataFrame:
    """The :func:`word_table` of ``article``, built once per article and kept on it.

    The pipeline's ``words`` stage and the functions of :mod:`analysis.readability.report`
    called on their own share this one table: callers must not change it in place.
    """
    kept = article.__dict__.get("_readability_words")
    if kept is None:
        kept = article.__dict__["_readability_words"] = word_table(article)
    return kept
