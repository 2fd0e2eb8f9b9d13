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
from functools import cache
from importlib import resources

import pandas as pd

from analysis.core.article import Article
from analysis.readability.syllable_counts import (
    cmu_dictionary,
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
    reasons = [cannot_be_word(t) for t in words["text"]]
    keep = pd.Series([r is not None for r in reasons], index=words.index, dtype=bool)
    table = words.loc[keep, ["token", "start", "end", "text"]].reset_index(drop=True)
    return table.assign(reason=pd.Series([r for r in reasons if r is not None], dtype="str"))


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


def word_table(article: Article) -> pd.DataFrame:
    """One row per body word (word and number tokens), with what the formulas count.

    Columns: the token's ``token``, ``sentence``, ``paragraph``, ``start``, ``end``,
    ``text``, ``lower``, ``kind``, ``in_quote``, and ``syllables`` (with
    ``syllable_source``: dictionary, estimated or number), ``letters``,
    ``characters`` (letters and digits), ``polysyllable`` (3+ syllables), ``proper``
    (capitalised and not the first word of its sentence or quotation, or first but
    capitalised mid-sentence elsewhere in the article, or all capitals),
    ``complex`` (Gunning) and ``difficult`` (Dale-Chall: unfamiliar, not a figure or a name).
    """
    tokens = article.tokens
    words = article.words
    # Tokens that cannot be words (:func:`unreadable_tokens`) are left out of every count.
    readable = pd.Series([cannot_be_word(t) is None for t in words["text"]], index=words.index)
    words = words[readable.astype(bool)].copy()
    # A capital after a sentence start or an opening quotation mark says nothing about names.
    previous_kind = (
        tokens["kind"].shift(1).where(tokens["sentence"].eq(tokens["sentence"].shift(1)))
    )
    opens_span = previous_kind.isna() | previous_kind.eq("quote")
    words["opens"] = opens_span.reindex(words.index).fillna(True).astype(bool)

    forms = words[["lower", "kind"]].drop_duplicates()
    counted = [word_syllables(t, k) for t, k in zip(forms["lower"], forms["kind"], strict=True)]
    forms["syllables"] = [n for n, _ in counted]
    forms["syllable_source"] = [source for _, source in counted]
    words = words.merge(forms, on=["lower", "kind"], how="left").set_index(words.index)

    text = words["text"]
    words["letters"] = text.str.count(r"[^\W\d_]")
    words["characters"] = text.str.count(r"[^\W_]")
    words["polysyllable"] = words["syllables"] >= 3
    capital = text.str.match(r"[^\W\d_]").astype(bool) & text.str[:1].str.isupper().astype(bool)
    all_caps = text.str.fullmatch(r"[A-Z][A-Z.&]+").astype(bool)
    named_mid_sentence = capital & ~words["opens"]
    # A capital at a sentence start is a name when the article also capitalises the word
    # mid-sentence ("Trump has spent..." after "...said Trump").
    names = set(text[named_mid_sentence])
    known_name = capital & words["opens"] & text.isin(names)
    words["proper"] = (named_mid_sentence | known_name | all_caps) & words["kind"].eq("word")
    words["proper"] &= words["lower"].ne("i")
    # A figure is neither a hard word nor an easy one: Gunning and Dale-Chall count vocabulary.
    words["complex"] = [
        kind == "word" and is_complex(w, n, p)
        for w, n, p, kind in zip(
            words["lower"], words["syllables"], words["proper"], words["kind"], strict=True
        )
    ]
    words["difficult"] = (
        words["kind"].eq("word") & ~words["proper"] & ~words["lower"].map(is_familiar).astype(bool)
    )
    return words.drop(columns=["opens"]).reset_index(drop=True)


def article_word_table(article: Article) -> pd.DataFrame:
    """The :func:`word_table` of ``article``, built once per article and kept on it.

    The pipeline's ``words`` stage and the functions of :mod:`analysis.readability.report`
    called on their own share this one table: callers must not change it in place.
    """
    kept = article.__dict__.get("_readability_words")
    if kept is None:
        kept = article.__dict__["_readability_words"] = word_table(article)
    return kept
