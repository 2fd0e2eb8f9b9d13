"""Who said what on real news: attribution rows of human-extracted article bodies, for a hand audit.

Runs :func:`analysis.attribution.quotes` on every English body of the real-news set and
writes, per article, its rows in a form quick to read by eye (speaker | cue | kind |
confidence | check | text) to ``build/realnews_audit.md``, with summary counts. There is
no gold standard: the point is to read the rows as a journalist would and count those that
are not attributions, or whose speaker is no speaker.

    python benchmarks/realnews.py [PATH/bodies.jsonl]
    python benchmarks/realnews.py --sample 40 --seed 1     # 40 random rows, with their sentence

PATH defaults to ``../shared/benchdata/realnews/bodies.jsonl`` relative to the project.
When it is absent the script prints a "skipped" line and exits 0. The bodies are never
copied into the project; the audit file is written under ``build/`` (not committed).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from analysis.attribution.extract import quotes
from analysis.core.article import parse_article
from analysis.core.paths import PROJECT_DIR

DEFAULT_DATA = PROJECT_DIR.parent / "shared" / "benchdata" / "realnews" / "bodies.jsonl"
BUILD_DIR = PROJECT_DIR / "build"
AUDIT_FILE = BUILD_DIR / "realnews_audit.md"


def _cell(value: object, width: int | None = None) -> str:
    """A table cell: one line, pipes escaped, optionally shortened."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = " ".join(text.split()).replace("|", "\\|")
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def article_rows(record: dict) -> pd.DataFrame:
    """The attribution table of one body, with the article id and its sentence text."""
    article = parse_article(record["text"])
    table = quotes(article)
    sentences = article.sentences
    table = table.assign(
        article=record["id"],
        sentence_text=[
            article.text[sentences["start"].iloc[s] : sentences["end"].iloc[s]]
            for s in table["sentence"]
        ],
    )
    return table


def audit_markdown(records: list[dict], tables: list[pd.DataFrame]) -> str:
    """Every article's rows as a Markdown table, after the summary counts."""
    everything = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame()
    lines = ["# Who said what on real news: rows to audit", ""]
    lines += summary_lines(everything, len(records))
    for record, table in zip(records, tables, strict=True):
        lines += ["", f"## {record['id']} ({len(table)} rows)", "", record.get("url", ""), ""]
        lines += [
            "| speaker | cue | kind | confidence | check | text |",
            "|---|---|---|---|---|---|",
        ]
        for row in table.itertuples(index=False):
            speaker = row.speaker_mention if row.speaker_mention is not None else f"→ {row.speaker}"
            confidence = f"{row.confidence:.2f}" if "confidence" in table else ""
            check = "check" if getattr(row, "check", False) else ""
            cells = [speaker, row.cue, row.kind, confidence, check, _cell(row.text, 240)]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def summary_lines(everything: pd.DataFrame, articles: int) -> list[str]:
    """Counts over all rows: by kind, flagged for checking, mean confidence."""
    if everything.empty:
        return [f"{articles} articles, no rows."]
    kinds = Counter(everything["kind"])
    lines = [
        f"{articles} articles, {len(everything)} rows: "
        + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
        f"continuations: {int(everything['continuation'].sum())}",
    ]
    if "check" in everything:
        flagged = int(everything["check"].sum())
        lines.append(f"flagged for checking: {flagged} ({flagged / len(everything):.0%})")
        lines.append(f"mean confidence: {everything['confidence'].mean():.2f}")
    return lines


def print_sample(everything: pd.DataFrame, n: int, seed: int) -> None:
    """``n`` random rows, each with its sentence, numbered for a hand audit."""
    rows = everything.sample(n=min(n, len(everything)), random_state=seed)
    for k, row in enumerate(rows.itertuples(index=False), 1):
        confidence = f" conf={row.confidence:.2f}" if "confidence" in everything else ""
        check = " CHECK" if getattr(row, "check", False) else ""
        print(
            f"[{k}] {row.kind}{confidence}{check}  speaker={row.speaker_mention!r}  cue={row.cue!r}"
        )
        print(f"    text: {_cell(row.text, 300)}")
        print(f"    sentence: {_cell(row.sentence_text, 400)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_DATA), help="bodies.jsonl")
    parser.add_argument("--sample", type=int, default=0, help="print N random rows to audit")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the sample")
    args = parser.parse_args(argv)
    path = Path(args.path)
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    records = [r for r in records if r.get("english", True) and r["text"].strip()]
    t0 = time.process_time()
    tables = [article_rows(r) for r in records]
    seconds = time.process_time() - t0
    everything = pd.concat(tables, ignore_index=True)
    if args.sample:
        random.seed(args.seed)
        print_sample(everything, args.sample, args.seed)
        return 0
    BUILD_DIR.mkdir(exist_ok=True)
    AUDIT_FILE.write_text(audit_markdown(records, tables), encoding="utf-8")
    for line in summary_lines(everything, len(records)):
        print(line)
    print(f"CPU seconds, parse + quotes on {len(records)} bodies: {seconds:.1f}")
    print(f"audit: {AUDIT_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
