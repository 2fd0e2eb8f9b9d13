"""Target-directed stance on FNC-1: macro-F1 on related pairs, and speed.

Runs :func:`analysis.stance_toward` (body, headline) on every *related* pair of FNC-1
(agree, disagree, discuss), maps the gold labels to favor, against, neutral and prints
per-class F1, macro-F1 (Hanselowski et al. 2018 recommend it over the official FNC score),
the always-"discuss" baseline, the confusion table and pairs per second (one core).

    python benchmarks/stance_fnc1.py [DATA_DIR] [--split train|dev|test] [--limit N]

DATA_DIR defaults to ``../shared/benchdata/stance/fnc1`` relative to the project; when it
is absent the script prints a "skipped" line and exits 0. Splits: ``train`` is the FNC-1
training pairs whose Body ID is not a multiple of 5 (the thresholds are calibrated there),
``dev`` the rest of the training pairs, ``test`` the competition test set (run once, for
the reported number; never tune on it).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

from analysis.core.paths import PROJECT_DIR
from analysis.stance import stance_toward

DEFAULT_DATA = PROJECT_DIR.parent / "shared" / "benchdata" / "stance" / "fnc1"
GOLD_TO_LABEL = {"agree": "favor", "disagree": "against", "discuss": "neutral"}
LABELS = ["favor", "against", "neutral"]
FILES = {
    "train": ("train_stances.csv", "train_bodies.csv"),
    "dev": ("train_stances.csv", "train_bodies.csv"),
    "test": ("competition_test_stances.csv", "competition_test_bodies.csv"),
}


def related_pairs(data_dir: Path, split: str) -> pd.DataFrame:
    """Related pairs of a split: Headline, Body ID, articleBody and gold ``label``."""
    stances_file, bodies_file = FILES[split]
    stances = pd.read_csv(data_dir / stances_file)
    bodies = pd.read_csv(data_dir / bodies_file)
    pairs = stances[stances["Stance"] != "unrelated"].merge(bodies, on="Body ID")
    if split != "test":
        in_dev = pairs["Body ID"] % 5 == 0
        pairs = pairs[in_dev if split == "dev" else ~in_dev]
    return pairs.assign(label=pairs["Stance"].map(GOLD_TO_LABEL)).reset_index(drop=True)


def f1_table(gold: pd.Series, predicted: pd.Series) -> pd.DataFrame:
    """Precision, recall and F1 per label: F1 = 2PR / (P + R) (van Rijsbergen 1979)."""
    rows = []
    for label in LABELS:
        tp = int(((gold == label) & (predicted == label)).sum())
        n_pred = int((predicted == label).sum())
        n_gold = int((gold == label).sum())
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(
            {"label": label, "gold": n_gold, "precision": precision, "recall": recall, "f1": f1}
        )
    return pd.DataFrame(rows).set_index("label")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=str(DEFAULT_DATA), help="FNC-1 folder")
    parser.add_argument("--split", choices=sorted(FILES), default="train")
    parser.add_argument("--limit", type=int, default=None, help="first N related pairs only")
    args = parser.parse_args(argv)

    data_dir = Path(args.data_dir)
    if not all((data_dir / name).exists() for name in FILES[args.split]):
        print(f"skipped: FNC-1 {args.split} files not found in {data_dir}")
        return 0
    pairs = related_pairs(data_dir, args.split)
    if args.limit:
        pairs = pairs.head(args.limit)

    start = time.process_time()
    predicted = pd.Series(
        [
            stance_toward(body, headline)["label"]
            for body, headline in zip(pairs["articleBody"], pairs["Headline"], strict=True)
        ],
        index=pairs.index,
    )
    seconds = time.process_time() - start

    table = f1_table(pairs["label"], predicted)
    baseline = f1_table(pairs["label"], pd.Series("neutral", index=pairs.index))
    print(
        f"FNC-1 {args.split}: {len(pairs)} related pairs (agree=favor, disagree=against, discuss=neutral)"
    )
    print(table.round(3).to_string())
    print(f"macro-F1 {table['f1'].mean():.3f}  (always discuss: {baseline['f1'].mean():.3f})")
    print(f"F1 disagree (against) {table.loc['against', 'f1']:.3f}")
    print("confusion (rows gold, columns predicted):")
    print(
        pd.crosstab(pairs["label"], predicted)
        .reindex(index=LABELS, columns=LABELS, fill_value=0)
        .to_string()
    )
    print(f"speed: {len(pairs) / seconds:.1f} pairs per second (one core, {seconds:.1f} s CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
