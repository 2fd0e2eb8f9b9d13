"""Is this text English? A light, offline guess from the share of function words.

Function words (articles, pronouns, prepositions, auxiliaries) make up 40-55 % of the
running words of any English prose and almost none of a text in another language
(Grefenstette 1995, "Comparing two language identification schemes": short-word and
function-word counts identify a language from a few dozen words). The same count over
small lists for a few other languages names the most likely one. No model, no network.
"""

from __future__ import annotations

import re

from analysis import lexicons

#: An English text has at least this share of English function words; other languages
#: written in Latin script share a few ("a", "in", "no") and stay far below it.
ENGLISH_SHARE = 0.22
#: Fewer words than this say too little to tell.
MIN_WORDS = 20

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

NOT_ENGLISH_NOTE = (
    "This article looks like it is not in English ({language}); the analyses in these "
    "notebooks are built for English news and their results on it are not meaningful."
)


def _function_words() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in lexicons.rows("function_words"):
        table.setdefault(row["language"], set()).add(row["entry"])
    return {lang: frozenset(words) for lang, words in table.items()}


def function_word_shares(text: str) -> tuple[int, dict[str, float]]:
    """Number of words in ``text`` and, per language listed, the share that are its function words."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[:200_000])]
    if not words:
        return 0, {}
    lists = _function_words()
    return len(words), {
        lang: sum(w in entries for w in words) / len(words) for lang, entries in lists.items()
    }


def detect_language(text: str) -> str | None:
    """``"en"``, another ISO 639-1 code, ``"und"`` (not English, language unknown) or
    ``None`` (too little text to tell).

    English when at least :data:`ENGLISH_SHARE` of the words are English function
    words; otherwise the listed language with the highest share, if that share is
    clear (at least 0.15), else ``"und"``. A text mostly in a script without spaces
    between words (Chinese, Japanese) has few "words" and many letters: it is ``"und"``.
    """
    count, shares = function_word_shares(text)
    letters = sum(ch.isalpha() for ch in text[:200_000])
    if count < MIN_WORDS:
        # Scripts written without spaces: many letters, few space-separated words.
        return "und" if letters >= 200 and not shares.get("en") else None
    if shares.get("en", 0.0) >= ENGLISH_SHARE:
        return "en"
    others = {lang: share for lang, share in shares.items() if lang != "en"}
    best = max(others, key=others.get, default=None)
    return best if best and others[best] >= 0.15 else "und"


def is_english(language: str | None) -> bool:
    """True unless ``language`` says the text is in another language (None: assume English)."""
    return language is None or language.split("-")[0].lower() == "en"


def language_note(language: str | None) -> str | None:
    """One sentence for a notebook when the article is not in English, else None."""
    if is_english(language):
        return None
    return NOT_ENGLISH_NOTE.format(language=language)
