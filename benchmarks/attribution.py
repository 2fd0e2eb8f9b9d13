"""Who said what on PolNeAR: accuracy with the corpus's own scorer, and speed.

Runs :func:`analysis.attribution.extract` over every article of a PolNeAR JSON Lines file, writes
the predictions in the scorer's format (content span, speaker mention span, kind) to
``build/attribution_<name>.jsonl``, runs ``score.py`` (found beside the data file) on
them and prints its table, then the words per second on one core.

    python benchmarks/attribution.py [PATH.jsonl]
    python benchmarks/attribution.py --scaling   # growth of quotes() with article length

PATH defaults to ``../shared/benchdata/attribution/polnear_dev.jsonl`` relative to the
project. When it is absent the script prints a "skipped" line and exits 0. Develop on
train and dev; the test split is for the reported number only.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from analysis.attribution.extract import quotes
from analysis.core.article import parse_article
from analysis.core.paths import PROJECT_DIR, default_article

DEFAULT_DATA = PROJECT_DIR.parent / "shared" / "benchdata" / "attribution" / "polnear_dev.jsonl"
BUILD_DIR = PROJECT_DIR / "build"


def _optional_int(value) -> int | None:
    return None if pd.isna(value) else int(value)


def predict(record: dict) -> tuple[dict, float, float]:
    """Predictions for one article in the scorer's format, with parse and quote seconds."""
    t0 = time.process_time()
    article = parse_article(record["text"])
    t1 = time.process_time()
    # The scorer reads mention spans only, so canonical names are not computed here.
    table = quotes(article)
    t2 = time.process_time()
    # A continuation (a quotation paragraph with no cue) has no mention of its own: its
    # speaker is its source's mention, which is what PolNeAR marks as its speaker.
    sources = {row.attribution: row for row in table.itertuples(index=False)}
    rows = []
    for row in table.itertuples(index=False):
        speaker = row
        if row.continuation and pd.notna(row.continues) and int(row.continues) in sources:
            speaker = sources[int(row.continues)]
        rows.append(
            {
                "start": int(row.start),
                "end": int(row.end),
                "speaker_start": _optional_int(speaker.speaker_start),
                "speaker_end": _optional_int(speaker.speaker_end),
                "kind": row.kind,
            }
        )
    return {"id": record["id"], "quotes": rows}, t1 - t0, t2 - t1


# Texts of growing length, each a shape that once made a pass rescan its sentence: the
# seed repeated, long runs of commas or spaces inside a clause, cues back to back.
SCALING_SHAPES = {
    "seed repeated": lambda seed, k: "\n\n".join([seed] * k),
    "100 KB of ', '": lambda seed, k: ", " * (3000 * k),
    "'a' + spaces + 'b'": lambda seed, k: "a" + " " * (2500 * k) + "b",
    "said said said": lambda seed, k: "said " * (1250 * k),
    "He said the plan, , , … b.": lambda seed, k: "He said the plan" + ", " * (2000 * k) + "b.",
    "He said a      b.": lambda seed, k: "He said a" + " " * (4000 * k) + "b.",
    "Ruiz said, Ruiz said, …": lambda seed, k: "Ruiz said, " * (500 * k) + "it is over.",
    "“Go now,” he said. …": lambda seed, k: "“Go now,” he said. " * (300 * k),
}


def scaling(factors: tuple[int, ...] = (1, 16, 64)) -> None:
    """CPU seconds of quotes() on a parsed article per shape and size, and the growth
    exponent (slope of log seconds over log characters, 1 = linear)."""
    seed = default_article().read_text(encoding="utf-8")
    quotes(parse_article(seed))  # compile the cue patterns before timing
    for name, make in SCALING_SHAPES.items():
        points = []
        for k in factors:
            text = make(seed, k)
            article = parse_article(text)
            t0 = time.process_time()
            rows = len(quotes(article))
            points.append((len(text), time.process_time() - t0, rows))
        (n0, s0, _), (n1, s1, _) = points[0], points[-1]
        exponent = math.log(max(s1, 1e-4) / max(s0, 1e-4)) / math.log(n1 / n0)
        sizes = ", ".join(f"{n:,} chars {s:.3f} s ({r} rows)" for n, s, r in points)
        print(f"{name:<28} {sizes}; exponent {exponent:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_DATA), help="PolNeAR .jsonl file")
    parser.add_argument("--scaling", action="store_true", help="time quotes() on growing texts")
    args = parser.parse_args(argv)
    if args.scaling:
        scaling()
        return 0
    path = Path(args.path)
    scorer = path.parent / "score.py"
    if not path.exists() or not scorer.exists():
        print(f"skipped: {path} or its score.py not found")
        return 0

    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    BUILD_DIR.mkdir(exist_ok=True)
    out = BUILD_DIR / f"attribution_{path.stem}.jsonl"
    parse_seconds = quote_seconds = 0.0
    words = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            prediction, parse_s, quote_s = predict(record)
            parse_seconds += parse_s
            quote_seconds += quote_s
            words += len(record["text"].split())
            handle.write(json.dumps(prediction) + "\n")

    result = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(path), "--pred", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    print(f"PolNeAR {path.name}: {len(records)} articles, {words:,} words")
    print(result.stdout.rstrip())
    if result.returncode:
        print(result.stderr.rstrip(), file=sys.stderr)
        return result.returncode
    # process_time counts this process's CPU only, so the figures are for one core.
    print(f"words per second, quotes() on a parsed article: {words / quote_seconds:,.0f}")
    print(
        "words per second, parse_article() + quotes(): "
        f"{words / (parse_seconds + quote_seconds):,.0f}"
    )
    print(f"predictions: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
