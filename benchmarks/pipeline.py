"""Speed of the whole pipeline against an earlier commit's code, measured in the same run.

    python benchmarks/pipeline.py [PATH.jsonl] [--baseline COMMIT] [--limit N]

A full pass over an article is what the notebooks compute: every table of
``analysis.analyse(article).tables()`` today; for the baseline commit (default: the
last commit before the pipeline redesign), the same tables through that code's public
functions, called the way its notebooks called them. Each side runs in its own
interpreter on one core; CPU seconds (``time.process_time``) exclude reading the file
and parsing the article, which are reported apart. As in a corpus run, each article's
analysis is released after its pass (``analysis.pipeline.release``), untimed. The baseline is checked out with
``git worktree`` into a temporary folder and removed afterwards.

Also prints, for today's code, the CPU seconds and words per second of every stage on
its own, and of who-said-what with speaker resolution (``attributions`` + ``entities``
+ ``quotes``), the part of the pipeline a user of notebook 02 waits for.

PATH defaults to ``../shared/benchdata/attribution/polnear_dev.jsonl``; when it is absent
the script prints a "skipped" line and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA = PROJECT_DIR.parent / "shared" / "benchdata" / "attribution" / "polnear_dev.jsonl"
# The last commit before the pipeline redesign (issue 9).
DEFAULT_BASELINE = "01c88e1"

# What the six notebooks of the baseline computed for one article.
BASELINE_PASS = """
def full_pass(analysis, article):
    # that code's package attributes are its functions: reach modules through importlib
    from importlib import import_module
    overview = import_module("analysis.overview")
    overview.paragraph_summary(article); overview.sentence_lengths(article)
    overview.content_words(article); overview.quotation_spans(article)
    table = analysis.quotes(article)
    analysis.speakers(article, table); analysis.mentions(article)
    scored = analysis.sentiment(article)
    quotes = analysis.quote_sentiment(article)
    analysis.speaker_sentiment(quotes)
    st = import_module("analysis.stance")
    st.proposals(article); target = st.propose_target(article)
    st.stance(article, None, table); st.speaker_stance(article, None, table)
    st.marker_rates(article, table); st.framing_by_speaker(article, table)
    st.stance_matrix(article, table=table)
    rd = import_module("analysis.readability")
    rd.readability(article)
    for by in ("paragraph", "sentence", "speaker", "voice"):
        rd.readability_by(article, by)
"""

CURRENT_PASS = """
def full_pass(analysis, article):
    result = analysis.analyse(article)
    result.tables()
    return result
"""

WORKER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import analysis
exec(sys.argv[2])
records = [json.loads(line) for line in open(sys.argv[3], encoding="utf-8")]
records = records[: int(sys.argv[4])] if int(sys.argv[4]) else records
full_pass(analysis, analysis.parse_article(records[0]["text"]))  # warm caches and lexicons
try:  # data loaded once per process (first names), not per article
    from analysis.speakers import namedata
    namedata.classifier()
except ImportError:
    pass
# today's code keeps each analysis on its article; a corpus run releases it after use
release = getattr(sys.modules.get("analysis.pipeline"), "release", None)
out = {"parse": 0.0, "pass": 0.0, "words": 0, "stages": {}, "articles": len(records)}
for record in records:
    t0 = time.process_time()
    article = analysis.parse_article(record["text"])
    t1 = time.process_time()
    result = full_pass(analysis, article)
    t2 = time.process_time()
    out["parse"] += t1 - t0
    out["pass"] += t2 - t1
    out["words"] += len(record["text"].split())
    for name, seconds in getattr(result, "seconds", {}).items():
        out["stages"][name] = out["stages"].get(name, 0.0) + seconds
    if release is not None:
        release(article)
print(json.dumps(out))
"""


def run_side(code_dir: Path, full_pass: str, data: Path, limit: int) -> dict:
    """One side's totals, measured in a fresh interpreter pinned to the first core."""
    command = [sys.executable, "-c", WORKER, str(code_dir), full_pass, str(data), str(limit)]
    if sys.platform.startswith("linux"):
        command = ["taskset", "-c", "0", *command]
    result = subprocess.run(command, capture_output=True, text=True, cwd=code_dir)
    if result.returncode != 0:
        raise SystemExit(f"the run in {code_dir} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def checkout(commit: str, folder: Path) -> Path:
    target = folder / "baseline"
    subprocess.run(
        ["git", "-C", str(PROJECT_DIR), "worktree", "add", "--detach", str(target), commit],
        check=True,
        capture_output=True,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="commit to compare with")
    parser.add_argument("--limit", type=int, default=0, help="articles (0: all)")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0

    started = time.time()
    current = run_side(PROJECT_DIR, CURRENT_PASS, args.data, args.limit)
    with tempfile.TemporaryDirectory() as folder:
        baseline_dir = checkout(args.baseline, Path(folder))
        try:
            baseline = run_side(baseline_dir, BASELINE_PASS, args.data, args.limit)
        finally:
            subprocess.run(
                ["git", "-C", str(PROJECT_DIR), "worktree", "remove", "--force", str(baseline_dir)],
                check=False,
                capture_output=True,
            )

    n, words = current["articles"], current["words"]
    print(f"{args.data.name}: {n} articles, {words:,} words, one core, CPU seconds")
    print("| code | parse s/article | full pass s/article | words/s (pass) |")
    print("|---|---|---|---|")
    for name, side in (("baseline " + args.baseline, baseline), ("today", current)):
        print(
            f"| {name} | {side['parse'] / n:.4f} | {side['pass'] / n:.4f} | "
            f"{words / side['pass']:,.0f} |"
        )
    print(f"speed-up of the full pass: {baseline['pass'] / current['pass']:.1f}x")

    stages = defaultdict(float, current["stages"])
    who = stages["attributions"] + stages["entities"] + stages["quotes"]
    print(f"who-said-what with speaker resolution: {words / who:,.0f} words/s")
    print("| stage | CPU s/article | words/s |")
    print("|---|---|---|")
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        rate = f"{words / seconds:,.0f}" if seconds > 0 else "-"
        print(f"| {name} | {seconds / n:.4f} | {rate} |")
    print(f"(wall time of the benchmark: {time.time() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
