"""Sentiment against people: the VADER paper's NYT editorial sentences, 20 raters each.

    python benchmarks/sentiment_nyt.py [DATA_DIR] [--split dev test] [--other-sets]

DATA_DIR holds ``nyt_dev.tsv`` and ``nyt_test.tsv`` (default ``../shared/benchdata/sentiment``
beside the project). For each split and method it prints Pearson r of the score against
the raters' mean, support-weighted F1 and macro-F1 over three classes (raters: +-0.05 on
their -4..4 mean; methods: their own labels), and sentences per second, timed on one core
(best of three runs, since other work on the machine only ever slows a run down).
Develop on dev; the test half gives the reported figures. ``--other-sets`` also scores the
paper's tweets, movie-review and product-review sentences (no timing): the models were
fitted on news, and these show how far they travel.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis.core.paths import PROJECT_DIR
from analysis.sentiment.features import vader
from analysis.sentiment.metrics import evaluate, read_rated_sentences, three_class
from analysis.sentiment.scorers import available_methods, score_sentiment

DEFAULT_DIR = PROJECT_DIR.parent / "shared" / "benchdata" / "sentiment"
TIMING_RUNS = 3
OTHER_SETS = {
    "tweets": "tweets_GroundTruth.txt",
    "movie reviews": "movieReviewSnippets_GroundTruth.txt",
    "product reviews": "amazonReviewSnippets_GroundTruth.txt",
}


def pin_to_one_core() -> str:
    """Run on a single CPU so the speed is per core; say which, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def best_rate(score: Callable[[pd.Series], pd.DataFrame], texts: pd.Series) -> float:
    """Sentences per second of the fastest of :data:`TIMING_RUNS` runs."""
    fastest = float("inf")
    for _ in range(TIMING_RUNS):
        began = time.perf_counter()
        score(texts)
        fastest = min(fastest, time.perf_counter() - began)
    return len(texts) / fastest


def vader_sentiment_package(texts: pd.Series) -> pd.DataFrame:
    """vaderSentiment 3.3.2 itself, the implementation behind the issue's baseline figures."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    compound = [analyser.polarity_scores(text)["compound"] for text in texts]
    return pd.DataFrame({"compound": compound, "label": three_class(compound, 0.05)})


def rows_for(split: pd.DataFrame, methods: list[str]) -> list[dict]:
    scorers: dict[str, Callable[[pd.Series], pd.DataFrame]] = {
        "vaderSentiment 3.3.2": vader_sentiment_package,
        **{m: (lambda texts, m=m: score_sentiment(texts, method=m)) for m in methods},
    }
    rows = []
    for name, score in scorers.items():
        scored = score(split["text"])
        metrics = evaluate(split["rating"], scored["compound"], scored["label"])
        rows.append({"method": name, **metrics, "per_second": best_rate(score, split["text"])})
    return rows


def read_ground_truth(path: Path) -> pd.DataFrame:
    """A ``*_GroundTruth.txt`` file: ``id <TAB> mean rating <TAB> text``, CRLF, no quoting."""
    rows = [line.split("\t", 2) for line in path.read_text(encoding="utf-8").splitlines()]
    table = pd.DataFrame([r for r in rows if len(r) == 3], columns=["id", "rating", "text"])
    table["rating"] = table["rating"].astype(float)
    return table


def other_sets(data_dir: Path, methods: list[str]) -> None:
    """r and F1 of each method on the paper's non-news sets, where present."""
    for name, file_name in OTHER_SETS.items():
        path = data_dir / file_name
        if not path.exists():
            print(f"\n{name}: skipped, no {path}")
            continue
        table = read_ground_truth(path)
        print(f"\n{name}: {len(table):,} texts (not news; no model was fitted on them)")
        print(f"{'method':22s} {'r':>6s} {'weighted F1':>12s} {'macro-F1':>9s}")
        for method in methods:
            scored = score_sentiment(table["text"], method=method)
            metrics = evaluate(table["rating"], scored["compound"], scored["label"])
            print(
                f"{method:22s} {metrics['r']:6.3f} {metrics['weighted_f1']:12.3f} "
                f"{metrics['macro_f1']:9.3f}"
            )


def vader_agreement(texts: pd.Series) -> int:
    """How many texts ``method="vader"`` scores exactly as NLTK's ``polarity_scores``."""
    nltk_vader = vader()
    ours = score_sentiment(texts, method="vader")["compound"]
    theirs = [nltk_vader.polarity_scores(text)["compound"] for text in texts]
    return int(sum(a == b for a, b in zip(ours, theirs, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--split", nargs="+", default=["dev", "test"], choices=["dev", "test"])
    parser.add_argument("--other-sets", action="store_true", help="also tweets and reviews")
    args = parser.parse_args(argv)
    data_dir = Path(args.data_dir)
    paths = {split: data_dir / f"nyt_{split}.tsv" for split in args.split}
    missing = [str(p) for p in paths.values() if not p.exists()]
    if missing:
        print(f"skipped: no NYT sentiment data at {', '.join(missing)}")
        return 0

    print(f"Sentiment on NYT editorial sentences (Hutto & Gilbert 2014); {pin_to_one_core()}")
    methods = available_methods()
    for split, path in paths.items():
        table = read_rated_sentences(path)
        print(f"\n{split}: {len(table):,} sentences from {table['article'].nunique()} editorials")
        print(
            f"{'method':22s} {'r':>6s} {'weighted F1':>12s} {'macro-F1':>9s} {'sentences/s':>12s}"
        )
        for row in rows_for(table, methods):
            print(
                f"{row['method']:22s} {row['r']:6.3f} {row['weighted_f1']:12.3f} "
                f"{row['macro_f1']:9.3f} {row['per_second']:12,.0f}"
            )
        agreeing = vader_agreement(table["text"])
        print(
            f'method="vader" equals NLTK polarity_scores on {agreeing:,}/{len(table):,} sentences'
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
