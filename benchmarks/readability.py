"""Readability on real news: the project's counts and grades next to textstat's, and the speed.

    .venv/bin/python benchmarks/readability.py [path/to/articles.jsonl] [--limit N]

The articles are PolNeAR's news texts (JSON Lines, one article per line with a "text"
field; default ``../shared/benchdata/attribution/polnear_dev.jsonl``, the dev split).
There is no gold sentence count in that data, so this is a comparison, not a score:
how many more sentences textstat's own counter finds in the same body text (it splits
at "U.S.", "Sen." and "p.m."), how far that moves Flesch-Kincaid, how many words the CMU
dictionary lacks (their syllables are estimated), and how long :func:`readability` takes.
Prints "skipped: ..." and exits 0 when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import textstat

import analysis
from analysis.readability import readability_of_words, word_table

DEFAULT_DATA = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "benchdata"
    / "attribution"
    / "polnear_dev.jsonl"
)


def read_texts(path: Path, limit: int | None) -> list[str]:
    """The article texts of a JSON Lines file, in file order."""
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: no article data at {args.data}")
        return 0

    # Load the CMU dictionary and the estimator's weights once, outside the timings.
    word_table(analysis.parse_article("The dictionary is loaded once."))
    rows = []
    seconds = []
    for text in read_texts(args.data, args.limit):
        began = time.perf_counter()
        article = analysis.parse_article(text)
        words = word_table(article)
        report = readability_of_words(words)
        seconds.append(time.perf_counter() - began)
        if report["words"] == 0:
            continue
        # textstat on exactly the body text the project scored, sentence by sentence.
        body = " ".join(article.body_sentences["text"])
        rows.append(
            {
                "sentences": report["sentences"],
                "textstat_sentences": textstat.sentence_count(body),
                "fk": report["flesch_kincaid_grade"],
                "textstat_fk": textstat.flesch_kincaid_grade(body),
                "estimated": int((words["syllable_source"] == "estimated").sum()),
                "words": report["words"],
            }
        )

    n = len(rows)
    print(f"articles: {n} ({args.data.name})")
    more = [r["textstat_sentences"] - r["sentences"] for r in rows]
    print(
        f"  sentences per article, median: project {statistics.median(r['sentences'] for r in rows):.0f}, "
        f"textstat {statistics.median(r['textstat_sentences'] for r in rows):.0f}"
    )
    print(
        f"  textstat counts more sentences in {sum(m > 0 for m in more)} of {n} articles, "
        f"fewer in {sum(m < 0 for m in more)}; "
        f"total {sum(r['textstat_sentences'] for r in rows)} vs {sum(r['sentences'] for r in rows)}"
    )
    gaps = [r["fk"] - r["textstat_fk"] for r in rows]
    print(
        f"  Flesch-Kincaid, mean: project {statistics.fmean(r['fk'] for r in rows):.2f}, "
        f"textstat {statistics.fmean(r['textstat_fk'] for r in rows):.2f}; "
        f"mean |difference| {statistics.fmean(abs(g) for g in gaps):.2f} grades"
    )
    estimated = sum(r["estimated"] for r in rows) / sum(r["words"] for r in rows)
    print(f"  body words not in the CMU dictionary (syllables estimated): {estimated:.2%}")
    print(
        f"  time per article (parse + word table + formulas): median "
        f"{statistics.median(seconds) * 1000:.0f} ms, max {max(seconds) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
