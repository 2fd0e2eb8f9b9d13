"""VADER (Hutto & Gilbert 2014) with the per-word valences ``polarity_scores`` throws away.

:class:`TracingVader` runs NLTK's code path unchanged and keeps each word's valence after
VADER's own rules (negation x -0.74, boosters, ALL-CAPS, "but"); :class:`ReferenceVader`
does the same on the reference ``vaderSentiment`` package. Both are built once
(:func:`vader`, :func:`reference_vader`); the ``*_word_offsets`` functions give each word
back its character offsets.
"""

from __future__ import annotations

import re
import string
from functools import cache

from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText
from vaderSentiment import vaderSentiment as vader_reference

from analysis.core.offline import ensure_nltk_data

_NON_SPACE = re.compile(r"\S+")


class FastSentiText(SentiText):
    """NLTK's ``SentiText`` with the same words, found without building NLTK's big table.

    NLTK maps a token to its word by listing every ``punctuation + word`` and
    ``word + punctuation`` pair of the text (``_words_plus_punc``), most of VADER's time.
    The same rule, checked per token: a token whose leading (or trailing) run of ASCII
    punctuation is one of ``PUNC_LIST`` and whose rest is a punctuation-free word of the
    text longer than one character becomes that word. A test and the benchmark check
    the words against NLTK's.
    """

    def _words_and_emoticons(self) -> list[str]:
        no_punctuation = self.REGEX_REMOVE_PUNCTUATION.sub("", self.text).split()
        words_only = {w for w in no_punctuation if len(w) > 1}
        punctuation = set(self.PUNC_LIST)
        found = []
        for token in self.text.split():
            if len(token) <= 1:
                continue
            lead = len(token) - len(token.lstrip(string.punctuation))
            trail = len(token) - len(token.rstrip(string.punctuation))
            if 0 < lead < len(token) and token[:lead] in punctuation and token[lead:] in words_only:
                token = token[lead:]
            elif (
                0 < trail < len(token)
                and token[-trail:] in punctuation
                and token[:-trail] in words_only
            ):
                token = token[:-trail]
            found.append(token)
        return found


class TracingVader(SentimentIntensityAnalyzer):
    """NLTK's VADER, also returning each word's valence after VADER's rules.

    ``trace(text)`` follows ``SentimentIntensityAnalyzer.polarity_scores`` step for step
    (same tokens through :class:`FastSentiText`, same per-word rules, same "but" check,
    same ``score_valence``), so its compound equals ``polarity_scores(text)["compound"]``;
    a test and the benchmark hold it to that.
    """

    def trace(self, text: str) -> tuple[list[str], list[float], float]:
        """VADER's words, their final valences and the compound score of ``text``."""
        sentitext = FastSentiText(
            text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION
        )
        words = sentitext.words_and_emoticons
        # NLTK looks each word up at its first occurrence; keep that quirk to stay identical.
        first_index: dict[str, int] = {}
        for index, word in enumerate(words):
            first_index.setdefault(word, index)
        valences: list[float] = []
        for word in words:
            i = first_index[word]
            lower = word.lower()
            is_kind_of = i < len(words) - 1 and lower == "kind" and words[i + 1].lower() == "of"
            if is_kind_of or lower in self.constants.BOOSTER_DICT:
                valences.append(0)
                continue
            valences = self.sentiment_valence(0, sentitext, word, i, valences)
        valences = self._but_check(words, valences)
        compound = self.score_valence(valences, text)["compound"]
        return words, valences, compound


class ReferenceVader(vader_reference.SentimentIntensityAnalyzer):
    """The VADER authors' own implementation (``vaderSentiment``), keeping per-word valences.

    It differs from NLTK's port in ways that matter on news: it strips all punctuation
    around a word (so ``results.''`` is ``results``) and scores a repeated word in its own
    context rather than at its first occurrence. On the NYT dev sentences its compound
    correlates better with the raters (r 0.526 against NLTK's 0.509), so the news model
    builds on it. Emoji are not spelled out (news copy has none), which keeps every word
    at its place in the text.
    """

    def trace(self, text: str) -> tuple[list[str], list[float], float]:
        """The whitespace tokens of ``text``, their final valences and the compound score."""
        sentitext = vader_reference.SentiText(text)
        words = sentitext.words_and_emoticons
        valences: list[float] = []
        lexicon = self.lexicon
        for i, word in enumerate(words):
            lower = word.lower()
            is_kind_of = i < len(words) - 1 and lower == "kind" and words[i + 1].lower() == "of"
            # sentiment_valence appends the 0 it is given for a word not in the lexicon
            if lower in vader_reference.BOOSTER_DICT or is_kind_of or lower not in lexicon:
                valences.append(0)
                continue
            valences = self.sentiment_valence(0, sentitext, word, i, valences)
        valences = self._but_check(words, valences)
        compound = self.score_valence(valences, text)["compound"]
        return words, valences, compound


@cache
def reference_vader() -> ReferenceVader:
    """The one ``vaderSentiment`` analyser (its lexicon ships inside the wheel)."""
    return ReferenceVader()


def reference_word_offsets(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Offsets of ``vaderSentiment``'s words: each is its whitespace token, maybe stripped."""
    offsets = []
    for token, word in zip(_NON_SPACE.finditer(text), words, strict=True):
        start = token.start() + token.group().find(word)
        offsets.append((start, start + len(word)))
    return offsets


@cache
def vader() -> TracingVader:
    """The one VADER analyser, built once from the offline lexicon."""
    ensure_nltk_data()
    return TracingVader()


def vader_word_offsets(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Offsets of VADER's words in ``text``.

    VADER splits on whitespace, drops one-character tokens and strips at most one
    punctuation character from either end, so its k-th word lies inside the k-th
    whitespace token longer than one character.
    """
    tokens = [m for m in _NON_SPACE.finditer(text) if len(m.group()) > 1]
    offsets = []
    for token, word in zip(tokens, words, strict=True):
        start = token.start() + token.group().find(word)
        offsets.append((start, start + len(word)))
    return offsets
