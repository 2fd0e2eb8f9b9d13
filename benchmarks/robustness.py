"""Run every article-level function over many real articles: no exception, offsets round-trip.

Usage: python benchmarks/robustness.py [ARTICLES.jsonl] [--every N]

ARTICLES.jsonl has one JSON object per line with a "text" field (default: PolNeAR train,
../shared/benchdata/attribution/polnear_train.jsonl). Prints "skipped" when it is absent.
For each article it parses the text and calls quotes, speakers, mentions, sentiment,
readability, readability_by (paragraph, speaker, voice), stance, speaker_stance and
stance_matrix; every table with start/end/text columns must give its text back.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
import traceback
from pathlib import Path

import pandas as pd

import analysis
from analysis.stance import stance_matrix

DEFAULT = Path(__file__).resolve().parents[2] / "shared/benchdata/attribution/polnear_train.jsonl"

CALLS = {
    "quotes": analysis.attribution.extract,
    "speakers": analysis.speaker_table,
    "mentions": analysis.mentions,
    "sentiment": analysis.sentiment.sentence_tone,
    "readability": analysis.readability.readability_report,
    "readability_by paragraph": lambda a: analysis.readability_by(a, "paragraph"),
    "readability_by speaker": lambda a: analysis.readability_by(a, "speaker"),
    "readability_by voice": lambda a: analysis.readability_by(a, "voice"),
    "stance": analysis.stance.attribution_stance,
    "speaker_stance": analysis.speaker_stance,
    "stance_matrix": stance_matrix,
}


def offsets_round_trip(text: str, table) -> bool:
    if not isinstance(table, pd.DataFrame) or not {"start", "end", "text"} <= set(table.columns):
        return True
    for start, end, value in table[["start", "end", "text"]].itertuples(index=False):
        if pd.isna(start) or pd.isna(end):
            continue
        if text[int(start) : int(end)] != value:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--every", type=int, default=1, help="use every Nth article")
    args = parser.parse_args(argv)
    path = Path(args.path)
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    lines = path.read_text(encoding="utf-8").splitlines()[:: args.every]
    failures: collections.Counter[str] = collections.Counter()
    first_failure: dict[str, str] = {}
    started = time.perf_counter()
    for line in lines:
        record = json.loads(line)
        try:
            article = analysis.parse_article(record["text"])
        except Exception:  # noqa: BLE001 - the point is to count every kind of failure
            failures["parse_article"] += 1
            first_failure.setdefault("parse_article", traceback.format_exc(limit=3))
            continue
        for name, call in CALLS.items():
            try:
                if not offsets_round_trip(article.text, call(article)):
                    failures[f"{name}: offsets"] += 1
                    first_failure.setdefault(f"{name}: offsets", record.get("id", "?"))
            except Exception:  # noqa: BLE001
                failures[name] += 1
                first_failure.setdefault(name, traceback.format_exc(limit=3))
    seconds = time.perf_counter() - started
    print(f"{len(lines)} articles from {path.name}, {len(CALLS)} functions each, {seconds:.0f} s")
    print(f"failures: {sum(failures.values())}")
    for name, count in failures.most_common():
        print(f"  {name}: {count}\n    first: {first_failure[name]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
