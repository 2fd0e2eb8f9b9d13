"""Word-level sentiment evidence for a piece of text, each word kept with its character offsets.

:func:`gather_evidence` collects VADER's traced valences (:mod:`analysis.sentiment.tracing_vader`),
Pattern's polarities (a negation in the three words before flips and halves them, Pattern's
rule) and the news vocabulary for words VADER does not know
(:mod:`analysis.sentiment.word_lexicons`), on text normalised so quotation marks glued to a
word do not hide it (:func:`normalise_for_lexicons`), names masked (:func:`mask_names`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from vaderSentiment import vaderSentiment as vader_reference

from analysis.sentiment.tracing_vader import reference_vader, reference_word_offsets
from analysis.sentiment.word_lexicons import news_lexicon, pattern_lexicon, shifters

# Quotation marks and dash runs glued to a word hide it from VADER, which strips only one
# punctuation character ("results.''" is not "results"). Blanking them keeps every offset.
_BLANKED = str.maketrans(
    {"\u2018": " ", "\u201c": " ", "\u201d": " ", '"': " ", "`": " ", "\u2014": " ", "\u2013": " "}
)
_CURLY_APOSTROPHE = str.maketrans({"\u2019": "'"})
# Matched case-blind on the text itself: lower-casing first could change its length
# ("İ" becomes two characters) and shift every offset after it.
_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*", re.IGNORECASE)


# Pattern looks this many words back for a negation (Pattern's ``negation`` window).
_NEGATION_WINDOW = 3
_PATTERN_NEGATION_FACTOR = -0.5


_NAME_LIKE = re.compile(r"(?<=[\w,;]\s)[A-Z][a-z]+(?:[-'][A-Za-z]+)*")
# A lower-case word of four letters or more: title-case headlines have none.
_LONG_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]{3,}")


def mask_names(text: str) -> str:
    """``text`` with capitalised words inside a sentence blanked to ``x``s, length kept.

    "Ford", "Hope" or "Justice" in mid-sentence name a person, place or body, not a
    feeling; a lexicon would read them as one. Title-case text (a headline with no
    lower-case word longer than three letters) is left alone.
    """
    if not _LONG_LOWER_WORD.search(text):
        return text
    return _NAME_LIKE.sub(lambda m: "x" * len(m.group()), text)


def normalise_for_lexicons(text: str) -> str:
    """``text`` with names masked (:func:`mask_names`), quotation marks and dashes blanked
    and curly apostrophes made straight.

    Every replacement is one character for one character (``''`` and ``--`` become two
    spaces), so offsets into the result are offsets into ``text``.
    """
    return (
        mask_names(text)
        .translate(_CURLY_APOSTROPHE)
        .translate(_BLANKED)
        .replace("''", "  ")
        .replace("--", "  ")
    )


@dataclass(frozen=True)
class WordEvidence:
    """One word that carries valence: where it is and what each lexicon gives it."""

    start: int
    end: int
    word: str
    lexicon: str  # "vader", "pattern" or "news_<category>"
    valence: float


@dataclass(frozen=True)
class Evidence:
    """All valence-bearing words of one text, plus VADER's own compound score."""

    vader_compound: float
    words: tuple[WordEvidence, ...]
    n_words: int
    negations: int
    question: bool
    contrast: bool


def _is_shifted(window: list[str]) -> bool:
    """Whether a shifter word or phrase ends within ``window`` (the words just before)."""
    words, phrases = shifters()
    if any(w in words for w in window):
        return True
    return any(tuple(window[i : i + len(p)]) == p for p in phrases for i in range(len(window)))


_NEGATIONS = frozenset(vader_reference.NEGATE)


def _is_negation(word: str) -> bool:
    return word in _NEGATIONS or "n't" in word


def _shift_if_preceded(item: WordEvidence, lowered: list[str], starts: list[int]) -> WordEvidence:
    """A VADER word after a shifter ("reduce *fatalities*") moves to lexicon ``vader_shifted``.

    The model weighs shifted valences on their own (Wilson, Wiebe & Hoffmann 2005: a
    negative word under a negator or diminisher reads as relief, not harm).
    """
    index = bisect.bisect_left(starts, item.start)
    window = lowered[max(0, index - _NEGATION_WINDOW) : index]
    if window and _is_shifted(window):
        return WordEvidence(item.start, item.end, item.word, "vader_shifted", item.valence)
    return item


def gather_evidence(text: str) -> Evidence:
    """Every valence-bearing word of ``text`` from the three lexicons, with offsets."""
    analyser = reference_vader()
    clean = normalise_for_lexicons(text)
    words, valences, compound = analyser.trace(clean)
    evidence = [
        WordEvidence(start, end, text[start:end], "vader", float(valence))
        for (start, end), valence in zip(
            reference_word_offsets(clean, words), valences, strict=True
        )
        if valence != 0
    ]
    pattern, news, vader_lexicon = pattern_lexicon(), news_lexicon(), analyser.lexicon
    matches = list(_WORD.finditer(clean))
    lowered = [m.group().lower() for m in matches]
    starts = [m.start() for m in matches]
    evidence = [_shift_if_preceded(item, lowered, starts) for item in evidence]
    negation_flags = [_is_negation(word) for word in lowered]
    for i, match in enumerate(matches):
        word = lowered[i]
        in_pattern, in_news = word in pattern, word in news and word not in vader_lexicon
        if not (in_pattern or in_news):
            continue
        window = lowered[max(0, i - _NEGATION_WINDOW) : i]
        negated = any(negation_flags[max(0, i - _NEGATION_WINDOW) : i])
        shifted = in_news and _is_shifted(window)
        start, end = match.span()
        if in_pattern:
            polarity = pattern[word] * (_PATTERN_NEGATION_FACTOR if negated else 1.0)
            evidence.append(WordEvidence(start, end, text[start:end], "pattern", polarity))
        if in_news:
            category, polarity = news[word]
            signed = -polarity if negated != shifted else polarity
            evidence.append(WordEvidence(start, end, text[start:end], f"news_{category}", signed))
    return Evidence(
        vader_compound=compound,
        words=tuple(evidence),
        n_words=len(matches),
        negations=sum(negation_flags),
        question="?" in text,
        contrast="but" in lowered,
    )
