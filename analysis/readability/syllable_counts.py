"""Syllables of English words: the CMU Pronouncing Dictionary first, a learned estimator after.

:func:`syllables` is what the readability formulas use. It counts the vowel phones
(those carrying a stress digit) of the word's first pronunciation in the CMU
dictionary, the count textstat uses too. For a word the dictionary lacks (a name such
as a foreign surname, a coinage, a hyphenated compound, a word with accents) it falls
back on :func:`estimate_syllables`, which never looks at the dictionary.

The estimator splits the word into vowel groups (maximal runs of ``a e i o u y``, and a
leading "Mc") and lets each group add 0 to 3 syllables, chosen by a linear classifier
over the letters around the group (windows of up to three letters each side, the
word's edges marked, the group's position in the word). Its weights were learned by a
latent-variable averaged perceptron (Collins 2002, "Discriminative training methods
for hidden Markov models"; the latent form as in Sun et al. 2009) from the syllable
totals of 80% of the dictionary's words. Only a word's total is ever known, so how
the total is shared among its groups is latent: the learned shares need not match a
syllabification ("table" may come out as 0 + 2), only the totals are trained to be right.
``tools/fit_syllables.py`` refits them, seeded and deterministic;
``benchmarks/syllables.py`` scores them on the other 20%.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources

from analysis import lexicons

#: The most syllables a single vowel group can be given.
MAX_GROUP_SYLLABLES = 3
#: Where the learned weights live, inside the package.
WEIGHTS_RESOURCE = "syllable_weights.tsv.gz"
#: Share of the dictionary's words held out from fitting, and the seed that picks them.
HELD_OUT_SHARE = 0.2
SPLIT_SEED = "syllables-v1"

# Letters left and right of a vowel group that make up each of its context features.
_WINDOWS = ((1, 0), (0, 1), (1, 1), (2, 1), (1, 2), (2, 2), (3, 2), (2, 3), (3, 3), (0, 3), (3, 0))
_PAD = "^^^"
_END_PAD = "$$$"
# A word-initial "Mc" is said as a syllable of its own (McConnell = mc-con-nell) though it has
# no vowel letter, so it is a group too.
_VOWEL_GROUP = re.compile(r"^mc|[aeiouy]+")
# Letters NFKD does not decompose into a base letter plus accent.
_LIGATURES = str.maketrans(
    {"æ": "ae", "œ": "oe", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# Syllables of each letter name, for words with no vowel at all, which are read letter by letter.
_LETTER_NAME_SYLLABLES = {letter: 1 for letter in "abcdefghijklmnopqrstuvxyz"} | {"w": 3}
# The last phones after which a possessive or plural "'s" adds a syllable ("Bush's").
_SIBILANT_PHONES = frozenset({"S", "Z", "SH", "ZH", "CH", "JH"})
_WORD_PARTS = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014/_.]+")


# --- the dictionary ------------------------------------------------------------------


#: A pronunciation: its phones, vowels with a stress digit ("AH0").
Phones = tuple[str, ...]


@cache
def cmu_dictionary() -> dict[str, tuple[Phones, ...]]:
    """The CMU Pronouncing Dictionary as NLTK reads it, loaded once: word -> pronunciations.

    ``import analysis`` has already placed the dictionary where NLTK finds it offline.
    Pronunciations are kept as tuples, not NLTK's lists: the same phones, but the
    garbage collector stops tracking tuples of strings, and NLTK's 260,000 lists made
    up most of the objects each of its full collections walked, in every later stage.
    """
    from analysis.core.offline import ensure_nltk_data

    ensure_nltk_data()
    from nltk.corpus import cmudict

    return {word: tuple(map(tuple, prons)) for word, prons in cmudict.dict().items()}


def phones_syllables(phones: Phones) -> int:
    """Syllables of one pronunciation: its vowel phones, the ones with a stress digit 0, 1 or 2."""
    return sum(phone[-1].isdigit() for phone in phones)


def dictionary_syllables(word: str) -> int | None:
    """Syllables of ``word``'s first pronunciation in the CMU dictionary, or None if absent."""
    pronunciations = cmu_dictionary().get(word)
    return phones_syllables(pronunciations[0]) if pronunciations else None


def dictionary_words() -> dict[str, int]:
    """Every plain dictionary word (letters and apostrophes) with its first pronunciation's syllables.

    Entries with dots or hyphens ("a.m.", "al-qaeda") are left out: they are not single
    spellings the estimator would ever be asked about whole.
    """
    plain = re.compile(r"^[a-z][a-z']*$")
    return {
        word: phones_syllables(prons[0])
        for word, prons in cmu_dictionary().items()
        if plain.match(word)
    }


def is_held_out(word: str, seed: str = SPLIT_SEED, share: float = HELD_OUT_SHARE) -> bool:
    """Whether ``word`` is in the held-out share of the dictionary.

    The split hashes the word with the seed (SHA-256), so it is random with respect to
    spelling, the same on every machine and in every Python, and needs no stored list.
    """
    digest = hashlib.sha256(f"{seed}:{word}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


# --- the estimator -------------------------------------------------------------------


def normalize_word(word: str) -> str:
    """Lower case, accents removed (François -> francois), curly apostrophes made straight.

    Anything but letters and apostrophes is dropped, so the result is what the
    estimator's features are built from.
    """
    word = word.translate(_APOSTROPHES).lower().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if ("a" <= ch <= "z") or ch == "'")


def vowel_groups(word: str) -> list[tuple[int, int]]:
    """Start and end offsets of the maximal runs of ``a e i o u y`` in a normalized word
    (and of a leading "mc")."""
    return [match.span() for match in _VOWEL_GROUP.finditer(word)]


def group_features(word: str, start: int, end: int, index: int, count: int) -> list[str]:
    """The features of one vowel group: the group with growing windows of letters around it.

    ``^`` marks the word's start and ``$`` its end, so ``"e|$"`` is a final e. The
    group's position (first, last, only) is a feature too, because a final group
    behaves differently (silent e, "-ed", "-es").
    """
    padded = _PAD + word + _END_PAD
    start, end = start + len(_PAD), end + len(_PAD)
    group = padded[start:end]
    left = padded[:start]
    right = padded[end:]
    position = (
        "only" if count == 1 else "first" if index == 0 else "last" if index == count - 1 else "mid"
    )
    features = [f"v={group}", f"pos={position}|{group}"]
    for n_left, n_right in _WINDOWS:
        features.append(f"{left[len(left) - n_left :] if n_left else ''}|{group}|{right[:n_right]}")
    # The rest of the word after a final group ("-ble", "-sm"): syllabic consonants live there.
    features.append(f"tail={position}|{group}|{right.rstrip('$')[:4]}")
    return features


def word_features(word: str) -> list[list[str]]:
    """Features of each vowel group of a normalized word, in order."""
    groups = vowel_groups(word)
    return [group_features(word, s, e, i, len(groups)) for i, (s, e) in enumerate(groups)]


Weights = dict[str, tuple[float, ...]]


def read_weights(source) -> Weights:
    """Weights from a gzipped TSV (feature, then one score per syllable count 0..3)."""
    weights: Weights = {}
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            feature, *scores = line.rstrip("\n").split("\t")
            weights[feature] = tuple(float(s) for s in scores)
    return weights


@cache
def estimator_weights() -> Weights:
    """The learned weights shipped in the package, read once."""
    return read_weights(resources.files("analysis").joinpath("resources", WEIGHTS_RESOURCE))


def group_scores(features: list[str], weights: Weights) -> list[float]:
    """Score of each syllable count 0..3 for one vowel group: the sum of its features' weights."""
    totals = [0.0] * (MAX_GROUP_SYLLABLES + 1)
    for feature in features:
        for k, w in enumerate(weights.get(feature, ())):
            totals[k] += w
    return totals


def group_syllables(features: list[str], weights: Weights) -> int:
    """The syllable count 0..3 a vowel group gets: the best-scoring one (ties go to 1)."""
    scores = group_scores(features, weights)
    # Prefer 1 on ties, the usual value, so a group with no known feature counts once.
    order = sorted(range(len(scores)), key=lambda k: (-scores[k], k != 1))
    return order[0]


def _estimate_simple(written: str, weights: Weights) -> int:
    """Syllables of one word with no separators, by the learned vowel-group model."""
    word = normalize_word(written)
    if not word.strip("'"):
        return 0
    groups = word_features(word)
    if not groups:
        # No vowel: an initialism in capitals is read letter by letter ("NBC"), anything
        # else is an interjection said as one syllable ("hmm", "shh").
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) > 1 and written.isupper():
            return sum(_LETTER_NAME_SYLLABLES[ch] for ch in letters)
        return 1
    return max(1, sum(group_syllables(features, weights) for features in groups))


def split_parts(word: str) -> list[str]:
    """The parts of a compound written with hyphens, dashes, slashes or dots ("François-Philippe")."""
    return [part for part in _WORD_PARTS.split(word) if part.strip("'")]


def estimate_syllables(word: str, weights: Weights | None = None) -> int:
    """Syllables of ``word`` estimated from its spelling alone, never consulting the dictionary.

    Accents are removed first (François -> francois); a compound is the sum of its
    parts ("François-Philippe" = francois + philippe). A word with letters always has
    at least one syllable; a string with none has zero. ``weights`` replaces the
    shipped ones (for refitting and benchmarking).
    """
    weights = estimator_weights() if weights is None else weights
    return sum(_estimate_simple(part, weights) for part in split_parts(word))


# --- dictionary first ------------------------------------------------------------------


def _possessive_syllables(word: str) -> int | None:
    """Syllables of ``x's`` from the dictionary's ``x``: one more after a sibilant ("Bush's")."""
    if not word.endswith("'s") or len(word) < 3:
        return None
    pronunciations = cmu_dictionary().get(word[:-2])
    if not pronunciations:
        return None
    phones = pronunciations[0]
    return phones_syllables(phones) + (phones[-1].rstrip("012") in _SIBILANT_PHONES)


def syllables_with_source(word: str) -> tuple[int, str]:
    """Syllables of ``word`` and where they came from: ``dictionary``, ``estimated``, ``number`` or ``none``.

    A figure is read aloud (:func:`number_syllables`). A compound whose parts come from
    different places is ``estimated`` if any part is, else ``dictionary``.
    See :func:`syllables` for the order of the lookups.
    """
    with_dots = word.translate(_APOSTROPHES).strip("'\"()[]{},;:!?")
    written = with_dots.strip(".")
    if number_words(written):
        return number_syllables(written), "number"
    word = written.lower()
    normalized = normalize_word(word)
    if not normalized.strip("'"):
        return 0, "none"
    # "U.S." is in the dictionary with its dots (two syllables); "us" without them is one.
    for form in (with_dots.lower(), word, normalized):
        found = dictionary_syllables(form)
        if found is None:
            found = _possessive_syllables(form)
        if found is not None:
            # The dictionary writes "hmm" and "shh" with no vowel phone; said, they are one syllable.
            return max(1, found), "dictionary"
    parts = split_parts(written)
    if len(parts) > 1:
        counted = [syllables_with_source(part) for part in parts]
        sources = {source for _, source in counted}
        source = "estimated" if "estimated" in sources else "dictionary"
        return sum(n for n, _ in counted), source
    return estimate_syllables(written), "estimated"


def syllables(word: str) -> int:
    """Syllables of ``word``: the CMU dictionary when it has the word, else :func:`estimate_syllables`.

    In order: the word itself, lower-cased with straight apostrophes, first with its
    dots ("U.S.") then without; its possessive base ("Trump's" from "trump", one more
    after a sibilant); the word with accents removed ("café"); each part of a
    hyphenated compound, by this same rule ("20-year-old" = 2 + 1 + 1); and last the
    estimator. A figure is read aloud ("2003" = two thousand three = 4). A word with
    letters has at least one syllable; a string with neither letters nor digits has zero.
    """
    return syllables_with_source(word)[0]


# --- numbers, as they are read aloud -------------------------------------------------

# Number words and their values from the one number-word lexicon.
_VALUES = {r["entry"]: int(r["value"]) for r in lexicons.rows("number_words") if r["value"]}
_WORD_OF = {value: word for word, value in _VALUES.items() if word != "dozen"}
_ONES = [_WORD_OF[n] for n in range(20)]
_TENS = ["_", "_"] + [_WORD_OF[n] for n in range(20, 100, 10)]
_SCALES = tuple((10**k, _WORD_OF[10**k]) for k in (12, 9, 6, 3))
_NUMBER = re.compile(
    r"^(?P<currency>[$€£¥])?(?P<digits>\d[\d,]*)(?:\.(?P<decimals>\d+))?(?P<suffix>%|st|nd|rd|th|s|m|bn|k)?$"
)
_CURRENCY_WORDS = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
_SUFFIX_WORDS = {"%": "percent", "m": "million", "bn": "billion", "k": "thousand"}


def cardinal_words(n: int) -> list[str]:
    """English words of a whole number, the way it is said ("one hundred twenty three")."""
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        return [_TENS[n // 10]] + (cardinal_words(n % 10) if n % 10 else [])
    if n < 1000:
        rest = cardinal_words(n % 100) if n % 100 else []
        return [_ONES[n // 100], "hundred", *rest]
    for size, name in _SCALES:
        if n >= size:
            rest = cardinal_words(n % size) if n % size else []
            return [*cardinal_words(n // size), name, *rest]
    raise ValueError(n)  # unreachable: every n >= 1000 has a scale


def number_words(token: str) -> list[str]:
    """The words a number token is read as, or [] if ``token`` is not a number.

    Years from 1100 to 1999 and from 2010 to 2099 are read in pairs ("nineteen
    ninety", "twenty twenty"), as newsreaders say them; decimals digit by digit after
    "point"; a currency sign, a per cent sign or a scale suffix adds its word. Parts
    joined by ``:`` or ``/`` (times, dates) are read one after the other.
    """
    if re.fullmatch(r"\d+(?:[:/]\d+)+", token):
        return [w for part in re.split(r"[:/]", token) for w in number_words(part)]
    match = _NUMBER.match(token)
    if not match:
        return []
    digits = match["digits"].replace(",", "")
    value = int(digits)
    is_year = len(digits) == 4 and not match["decimals"] and "," not in match["digits"]
    if is_year and (1100 <= value <= 1999 or 2010 <= value <= 2099):
        high, low = divmod(value, 100)
        words = cardinal_words(high) + (["hundred"] if low == 0 else cardinal_words(low))
    else:
        words = cardinal_words(value)
    if match["decimals"]:
        words += ["point", *(_ONES[int(d)] for d in match["decimals"])]
    words += [_SUFFIX_WORDS[match["suffix"]]] if match["suffix"] in _SUFFIX_WORDS else []
    words += [_CURRENCY_WORDS[match["currency"]]] if match["currency"] else []
    return words


def number_syllables(token: str) -> int:
    """Syllables of a number token read aloud ("2003" = two thousand three = 4); 0 if not a number.

    Flesch (1948) counts figures as words and their syllables as they are pronounced.
    """
    return sum(syllables(word) for word in number_words(token))


def iter_training_words(held_out: bool = False) -> Iterator[tuple[str, int]]:
    """Dictionary words with their syllables, in sorted order: the fitting share, or the held-out one."""
    for word, count in sorted(dictionary_words().items()):
        if is_held_out(word) == held_out:
            yield word, count
