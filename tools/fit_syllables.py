"""Fit the syllable estimator's weights on the fitting share (80%) of the CMU dictionary.

    .venv/bin/python tools/fit_syllables.py            # writes analysis/resources/syllable_weights.tsv.gz
    .venv/bin/python tools/fit_syllables.py --epochs 12 --output /tmp/w.tsv.gz

Only the words :func:`analysis.readability.syllable_counts.is_held_out` leaves in are read; the held-out
20% is for ``benchmarks/syllables.py``. Training is a latent-variable averaged
perceptron (Collins 2002; Sun et al. 2009, "Latent variable perceptron algorithm for
structured classification"): each vowel group gets 0-3 syllables, only the word's total
is known, so when the predicted total is wrong the best-scoring split that *does* add up
to the right total (found by dynamic programming) is taken as the target, and the
weights move toward it. Word order is shuffled with a fixed seed, so two runs write
the same file.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
from pathlib import Path

from analysis.readability.syllable_counts import (
    MAX_GROUP_SYLLABLES,
    WEIGHTS_RESOURCE,
    estimate_syllables,
    is_held_out,
    iter_training_words,
    read_weights,
    word_features,
)

CLASSES = MAX_GROUP_SYLLABLES + 1
# Picks the development words out of the fitting share when choosing settings (--dev).
DEV_SEED = "syllables-dev"
DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "analysis" / "resources" / WEIGHTS_RESOURCE


class AveragedWeights:
    """Perceptron weights with lazy averaging (Daumé's trick: keep the sum of step-weighted updates)."""

    def __init__(self) -> None:
        self.weights: dict[str, list[float]] = {}
        self.step_sums: dict[str, list[float]] = {}
        self.step = 1

    def scores(self, features: list[str]) -> list[float]:
        totals = [0.0] * CLASSES
        for feature in features:
            row = self.weights.get(feature)
            if row:
                for k in range(CLASSES):
                    totals[k] += row[k]
        return totals

    def update(self, features: list[str], good: int, bad: int) -> None:
        for feature in features:
            row = self.weights.setdefault(feature, [0.0] * CLASSES)
            sums = self.step_sums.setdefault(feature, [0.0] * CLASSES)
            row[good] += 1
            row[bad] -= 1
            sums[good] += self.step
            sums[bad] -= self.step

    def averaged(self) -> dict[str, list[float]]:
        return {
            f: [w - s / self.step for w, s in zip(row, self.step_sums[f], strict=True)]
            for f, row in self.weights.items()
        }


def best_class(scores: list[float]) -> int:
    """Same rule as the package: highest score, ties to 1 then to the smaller count."""
    return min(range(CLASSES), key=lambda k: (-scores[k], k != 1, k))


def best_split(group_scores: list[list[float]], total: int) -> list[int] | None:
    """The highest-scoring per-group counts that add up to ``total`` (dynamic programming)."""
    # best[s] = (score, choices) over the groups seen so far, reaching sum s.
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for scores in group_scores:
        step: dict[int, tuple[float, list[int]]] = {}
        for reached, (score, choices) in best.items():
            for k in range(CLASSES):
                s = reached + k
                if s > total:
                    break
                candidate = score + scores[k]
                if s not in step or candidate > step[s][0]:
                    step[s] = (candidate, [*choices, k])
        best = step
    return best[total][1] if total in best else None


def fit(words: list[tuple[str, list[list[str]], int]], epochs: int, seed: int) -> AveragedWeights:
    model = AveragedWeights()
    rng = random.Random(seed)
    order = list(range(len(words)))
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = 0
        for i in order:
            _, groups, total = words[i]
            scores = [model.scores(features) for features in groups]
            predicted = [best_class(s) for s in scores]
            if sum(predicted) != total:
                errors += 1
                target = best_split(scores, total)
                if target is not None:
                    for features, good, bad in zip(groups, target, predicted, strict=True):
                        if good != bad:
                            model.update(features, good, bad)
            model.step += 1
        print(f"epoch {epoch + 1}: {errors / len(words):.2%} training words wrong", file=sys.stderr)
    return model


def write_weights(weights: dict[str, list[float]], output: Path, min_weight: float) -> int:
    """Write the weights as gzipped TSV, sorted, rounded, dropping features that barely matter."""
    rows = []
    for feature, row in sorted(weights.items()):
        if max(abs(w) for w in row) < min_weight:
            continue
        rows.append(feature + "\t" + "\t".join(f"{w:.3g}" for w in row))
    output.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# Syllable estimator weights: feature, then one score per syllable count 0..3.\n"
        "# Fitted by tools/fit_syllables.py on the CMU Pronouncing Dictionary's fitting share.\n"
    )
    # No file name and mtime=0 in the header keep the bytes identical between runs.
    with (
        open(output, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz,
    ):
        gz.write((header + "\n".join(rows) + "\n").encode("utf-8"))
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--min-weight", type=float, default=1.0)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--dev",
        action="store_true",
        help="choose settings: fit on 90%% of the fitting share, report accuracy on the other 10%%",
    )
    args = parser.parse_args(argv)

    fitting = list(iter_training_words(held_out=False))
    dev: list[tuple[str, int]] = []
    if args.dev:
        dev = [(w, n) for w, n in fitting if is_held_out(w, seed=DEV_SEED, share=0.1)]
        fitting = [(w, n) for w, n in fitting if not is_held_out(w, seed=DEV_SEED, share=0.1)]
    words = [(word, groups, total) for word, total in fitting if (groups := word_features(word))]
    print(f"fitting on {len(words)} dictionary words", file=sys.stderr)
    model = fit(words, args.epochs, args.seed)
    kept = write_weights(model.averaged(), args.output, args.min_weight)
    print(f"wrote {kept} features to {args.output}")
    if dev:
        weights = read_weights(args.output)
        right = sum(estimate_syllables(w, weights) == n for w, n in dev)
        print(f"dev accuracy: {right / len(dev):.2%} of {len(dev)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
