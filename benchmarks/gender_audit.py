"""Gender of the people quoted on real news: every quoted person with the gender the
pipeline gives, where it comes from, and the text evidence, for a hand audit.

    python benchmarks/gender_audit.py [PATH/bodies.jsonl]                 # write the audit
    python benchmarks/gender_audit.py --sample 90 --seed 6 --labels L.tsv # a sample to label
    python benchmarks/gender_audit.py --score L.tsv                       # score hand labels

The audit (``build/gender_audit.md``, not committed) lists, per article, each person of the
speakers table with at least one attribution: gender, ``gender_from``, aliases, the first
mention's sentence, and every he/she/his/her/Mr./Ms. within the sentences that mention the
person (and the sentence after each), so a reader can check the gender by eye. It also
lists two kinds of defect: quoted people of one article whose names look like one person
written twice ("Ana Ruiz" and "Ruiz", with different genders or not) and any body or
thing given a gender.

``--sample`` writes a label file (tab-separated: article, speaker, gender, gender_from,
label) with an empty ``label`` column to fill in by reading the article: ``female``,
``male``, ``unknown`` (the text and common knowledge do not tell) or ``x`` (not one
person: a group, a body, a wrong speaker). Keep label files outside the project (the
pages are internal data). ``--score`` re-runs the pipeline on the labelled articles and
compares: coverage (share of the labelled people given a gender), accuracy of the genders
given, and precision/recall/F1 of women and of men, an ``unknown`` answer counting as a
miss (the Gender Gap Tracker's "sources by gender").

PATH defaults to ``../shared/benchdata/realnews/bodies.jsonl``; when absent the script
prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

import pandas as pd

import analysis
from analysis.core.article import parse_article
from analysis.core.paths import PROJECT_DIR

DEFAULT_DATA = PROJECT_DIR.parent / "shared" / "benchdata" / "realnews" / "bodies.jsonl"
AUDIT_FILE = PROJECT_DIR / "build" / "gender_audit.md"
EVIDENCE = re.compile(
    r"\b(?:he|she|his|her|hers|him|himself|herself|Mr|Mrs|Ms|Miss|Sir|Dame)\b\.?", re.I
)
LABELS = ("female", "male")
HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame"}


def _flat(text: str, width: int = 300) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def records_of(path: Path) -> list[dict]:
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return [r for r in records if r.get("english", True) and r["text"].strip()]


def quoted_people(record: dict) -> tuple[object, pd.DataFrame, pd.DataFrame]:
    """(article, speakers table, mentions table) of one body."""
    article = parse_article(record["text"])
    return article, analysis.analyse(article).speakers, analysis.mentions(article)


def evidence_lines(article, speaker: str, mentions: pd.DataFrame) -> list[str]:
    """The sentences that mention ``speaker`` (and the one after each), marked where a
    gendered word stands; at most four."""
    sentences = article.sentences
    ids = sorted(set(mentions.loc[mentions["entity"] == speaker, "sentence"].tolist()))
    lines = []
    for sid in ids[:4]:
        last = min(sid + 1, len(sentences) - 1)
        start, end = int(sentences["start"].iloc[sid]), int(sentences["end"].iloc[last])
        words = [m.group(0) for m in EVIDENCE.finditer(article.text[start:end])]
        marks = " ".join(words) if words else "-"
        lines.append(f"    - [{marks}] {_flat(article.text[start:end], 400)}")
    return lines


def split_people(people: pd.DataFrame) -> list[tuple[str, str]]:
    """Pairs of quoted people whose names look like one person written twice: the
    capitalised words of one name ("Ruiz", "Ms. Ruiz") all within the other's ("Ana Ruiz")."""
    names = people["speaker"].tolist()
    pairs = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            wa, wb = (
                {w.rstrip(".,") for w in n.split() if w[:1].isupper()} - HONORIFICS for n in (a, b)
            )
            if wa and wb and (wa <= wb or wb <= wa):
                pairs.append((a, b))
    return pairs


def audit_article(record: dict) -> tuple[list[str], list[dict], list[str]]:
    """Markdown lines, one dict per quoted person, and defects of one body."""
    article, table, mentions = quoted_people(record)
    people = table[(table["kind"] == "person") & (table["attributions"] > 0)]
    lines = ["", f"## {record['id']} ({len(people)} quoted people)", ""]
    rows, defects = [], []
    for row in people.itertuples(index=False):
        gender = row.gender if isinstance(row.gender, str) else "unknown"
        rows.append(
            {
                "article": record["id"],
                "speaker": row.speaker,
                "gender": gender,
                "gender_from": row.gender_from,
            }
        )
        aliases = "; ".join(row.aliases) if isinstance(row.aliases, list) else ""
        lines.append(f"- **{row.speaker}**: {gender} ({row.gender_from}); aliases: {aliases}")
        lines += evidence_lines(article, row.speaker, mentions)
    for a, b in split_people(people):
        genders = {str(people.loc[people["speaker"] == n, "gender"].iloc[0]) for n in (a, b)}
        defects.append(f"{record['id']}: split? {a!r} / {b!r} genders {sorted(genders)}")
    gendered_bodies = table[(table["kind"] != "person") & table["gender"].notna()]
    for row in gendered_bodies.itertuples(index=False):
        defects.append(f"{record['id']}: {row.kind} {row.speaker!r} has gender {row.gender}")
    return lines, rows, defects


def write_audit(records: list[dict]) -> list[dict]:
    lines, everyone, defects = ["# Gender of the people quoted: audit", ""], [], []
    body = []
    for record in records:
        article_lines, rows, found = audit_article(record)
        body += article_lines
        everyone += rows
        defects += found
    given = sum(r["gender"] in LABELS for r in everyone)
    by_source = pd.Series([r["gender_from"] for r in everyone]).value_counts().to_dict()
    lines.append(f"{len(records)} articles, {len(everyone)} quoted people, {given} given a gender")
    lines.append(f"gender_from: {by_source}")
    lines += ["", "## Defects", ""] + [f"- {d}" for d in defects] + body
    AUDIT_FILE.parent.mkdir(exist_ok=True)
    AUDIT_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(lines[2])
    print(lines[3])
    print(f"defects: {len(defects)}")
    for d in defects:
        print("  " + d)
    return everyone


def write_sample(everyone: list[dict], n: int, seed: int, out: Path) -> None:
    """``n`` random quoted people to label, sorted by article."""
    chosen = random.Random(seed).sample(everyone, min(n, len(everyone)))
    chosen.sort(key=lambda r: (r["article"], r["speaker"]))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(["article", "speaker", "gender", "gender_from", "label"])
        for r in chosen:
            writer.writerow([r["article"], r["speaker"], r["gender"], r["gender_from"], ""])
    print(f"{len(chosen)} people from {len({r['article'] for r in chosen})} articles: {out}")


def score(labels: Path, records: list[dict]) -> None:
    """Coverage, accuracy and per-gender P/R/F1 of the current pipeline on hand labels."""
    gold = list(csv.DictReader(labels.open(encoding="utf-8"), delimiter="\t"))
    wanted = {g["article"] for g in gold}
    now: dict[tuple[str, str], tuple[str, str]] = {}
    for record in records:
        if record["id"] in wanted:
            for r in audit_article(record)[1]:
                now[(r["article"], r["speaker"])] = (r["gender"], r["gender_from"])
    people = [g for g in gold if g["label"] in LABELS + ("unknown",)]
    answers = [now.get((g["article"], g["speaker"]), ("unknown", "gone")) for g in people]
    gone = sum(a[1] == "gone" for a in answers)
    given = [(g, a) for g, a in zip(people, answers, strict=True) if a[0] in LABELS]
    right = sum(g["label"] == a[0] for g, a in given)
    print(f"labelled people: {len(people)} (not one person: {len(gold) - len(people)}; ", end="")
    print(f"no longer a quoted person: {gone})")
    print(f"coverage: {len(given)}/{len(people)} = {len(given) / max(len(people), 1):.3f}")
    print(f"accuracy of genders given: {right}/{len(given)} = {right / max(len(given), 1):.3f}")
    for label in LABELS:
        tp = sum(
            g["label"] == label and a[0] == label for g, a in zip(people, answers, strict=True)
        )
        predicted = sum(a[0] == label for a in answers)
        actual = sum(g["label"] == label for g in people)
        p, r = tp / max(predicted, 1), tp / max(actual, 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label}: n={actual} P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    sources = pd.Series([a[1] for _, a in given]).value_counts().to_dict()
    print(f"gender_from of the genders given: {sources}")
    for g, a in zip(people, answers, strict=True):
        if a[0] != g["label"]:
            print(f"  miss: {g['article']} {g['speaker']!r} gold {g['label']} got {a[0]} ({a[1]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_DATA), help="bodies.jsonl")
    parser.add_argument("--sample", type=int, default=0, help="write N people to label")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--labels", type=Path, help="label file to write (with --sample)")
    parser.add_argument("--score", type=Path, help="label file to score")
    args = parser.parse_args(argv)
    path = Path(args.path)
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    records = records_of(path)
    if args.score:
        score(args.score, records)
        return 0
    everyone = write_audit(records)
    if args.sample and args.labels:
        write_sample(everyone, args.sample, args.seed, args.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
