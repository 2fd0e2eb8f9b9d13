"""How each stage's time grows with the article's length, on real and pathological text.

Usage: python benchmarks/scaling.py [ARTICLE.txt] [--max-repeat 64] [--max-kb 128]
       [--cap 20] [--shapes seed,dots,...] [--stages quotes,...] [--one-mb]

Every stage is timed on real text repeated 1x, 2x, ... up to ``--max-repeat`` times (the
seed article, or ARTICLE.txt) and on pathological shapes from 4 KB doubling up to
``--max-kb`` KB: ``. `` repeated, commas, one run of spaces between two letters, ``“``
repeated, ``“a `` repeated (quotations opened, never closed), short quotations with
their speakers paragraph after paragraph, ``said said said``, a reporting verb before a run of ``, ``, the seed as one huge
paragraph with no breaks, and the seed with one token as long as the size. The growth
exponent is the log-log slope of time against length, fitted over the sizes that took
at least 50 ms (else the three largest).

Times are CPU seconds of the worker process (``time.process_time``: one core, and
steady when other jobs share the machine). Each (shape, stage) series runs in its own
forked worker; a call that takes more than ``--cap`` CPU seconds is killed and shown
as ``>cap``, and larger sizes of that series are skipped (also once a call
takes more than half the cap), so the run always finishes. Stage times are inclusive:
a stage that needs the attributions finds them itself, as a caller would, on a freshly
parsed article (nothing cached). ``parse_article`` is timed on its own. ``--one-mb``
also runs the whole pipeline once per shape at 1 MB (attributions found once).
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

import analysis  # noqa: E402

SEED = sorted((PROJECT / "analysis" / "resources" / "seeds").glob("*.txt"))[0]

STAGES: dict[str, Callable] = {
    "parse_article": None,  # timed on the text itself
    "quotes": analysis.quotes,
    "speaker_table": analysis.speaker_table,
    "mentions": analysis.mentions,
    "sentence_tone": analysis.sentence_tone,
    "attribution_stance": analysis.attribution_stance,
    "speaker_stance": analysis.speaker_stance,
    "stance_matrix": analysis.stance_matrix,
    "readability_report": analysis.readability_report,
    "readability_by_speaker": lambda a: analysis.readability_by(a, by="speaker"),
}


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def make_shapes(seed: str) -> dict[str, Callable[[int], str]]:
    """Shape name -> function of the size in characters (or repeats, for ``seed``)."""
    flat = " ".join(seed.split())
    return {
        "seed": lambda k: "\n\n".join([seed.strip()] * k),
        "dots": lambda n: _repeat_to(". ", n),
        "commas": lambda n: _repeat_to(",", n),
        "spaces": lambda n: "a" + " " * max(0, n - 2) + "b",
        "quote_marks": lambda n: _repeat_to("“", n),
        "open_quotes": lambda n: _repeat_to("“a ", n),
        "dense_quotes": lambda n: _repeat_to("“We will win,” she said. “No,” Mr. Lee said.\n\n", n),
        "said": lambda n: _repeat_to("said ", n),
        "cue_commas": lambda n: "Officials said the plan " + _repeat_to(", ", n) + "works.",
        "one_paragraph": lambda n: _repeat_to(flat + " ", n),
        "long_token": lambda n: seed.strip() + "\n\nHe said " + "x" * n + " today.\n",
    }


def _worker(conn, make: Callable[[int], str], stage: str) -> None:
    fn = STAGES[stage]
    while True:
        size = conn.recv()
        if size is None:
            return
        text = make(size)
        try:
            best, spent, runs = math.inf, 0.0, 0
            # Quick calls are timed up to three times (a fresh article each time), best kept.
            while runs == 0 or (runs < 3 and spent < 0.3):
                started = time.process_time()
                article = analysis.parse_article(text)
                parsed = time.process_time() - started
                if fn is None:
                    elapsed = parsed
                else:
                    if runs == 0:
                        conn.send(("parsed", len(text), parsed))
                    started = time.process_time()
                    fn(article)
                    elapsed = time.process_time() - started
                best, spent, runs = min(best, elapsed), spent + parsed + elapsed, runs + 1
            conn.send(("ok", len(text), best))
        except analysis.ArticleError as error:
            conn.send(("refused", len(text), str(error)))
        except Exception as error:  # reported, not fatal: the table shows it
            conn.send(("error", len(text), f"{type(error).__name__}: {error}"[:120]))


def warm_up(seed: str) -> None:
    """Load every lexicon and model once in this process, so forked workers start warm."""
    article = analysis.parse_article(seed)
    for fn in STAGES.values():
        if fn is not None:
            fn(article)


def _cpu_seconds(pid: int) -> float | None:
    """CPU seconds a process has used so far (Linux /proc), None where unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _wait(conn, pid: int, cap: float) -> bool:
    """Wait for the worker's answer: False once it has spent ``cap`` CPU seconds on the
    call (or four times that in wall time, where CPU time cannot be read)."""
    cpu_start, wall_start = _cpu_seconds(pid), time.monotonic()
    while not conn.poll(0.25):
        cpu = _cpu_seconds(pid)
        if cpu is not None and cpu_start is not None and cpu - cpu_start > cap:
            return False
        if time.monotonic() - wall_start > 4 * cap:
            return False
    return True


def run_series(make, stage: str, sizes: list[int], cap: float) -> list[tuple]:
    """[(size, chars, seconds or None, note)] for one stage over ascending sizes."""
    context = mp.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_worker, args=(child, make, stage), daemon=True)
    process.start()
    out = []
    try:
        for size in sizes:
            parent.send(size)
            result = None
            while True:
                if not _wait(parent, process.pid, cap):
                    result = (
                        size,
                        None,
                        None,
                        f">{cap:g}s" + (" (parse)" if result is None else ""),
                    )
                    break
                status, chars, value = parent.recv()
                if status == "parsed":
                    result = "parsed"
                    continue
                if status == "ok":
                    result = (size, chars, value, "")
                else:
                    result = (size, chars, None, f"{status}: {value}")
                break
            out.append(result)
            if result[2] is None or result[2] > cap / 2:
                break
    finally:
        if process.is_alive():
            process.kill()
        process.join()
    return out


def exponent(points: list[tuple]) -> float | None:
    """Log-log slope of time against characters: the growth at the largest sizes.

    Fitted over the sizes that took at least 50 ms (fixed costs hide the growth below
    that), or over the three largest when fewer did.
    """
    timed = [(c, t) for _, c, t, _ in points if t is not None and c]
    if len(timed) < 2:
        return None
    usable = [p for p in timed if p[1] >= 0.05]
    if len(usable) < 3:
        usable = timed[-3:]
    if len(usable) < 2:
        return None
    xs = [math.log(c) for c, _ in usable]
    ys = [math.log(max(t, 1e-6)) for _, t in usable]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else None


def one_mb(make, shape: str, cap: float) -> tuple[str, float | None, str]:
    """Whole pipeline (every stage, attributions computed once) on a 1 MB text of ``shape``."""

    def worker(conn, text):
        started = time.process_time()
        try:
            article = analysis.parse_article(text)
            analysis.analyse(article).tables()  # every stage, each once
            conn.send((time.process_time() - started, ""))
        except analysis.ArticleError as error:
            conn.send((time.process_time() - started, f"refused: {error}"))
        except Exception as error:
            conn.send((None, f"{type(error).__name__}: {error}"[:120]))

    if shape == "seed":
        k = 1
        while len(make(k)) < 1_000_000:
            k *= 2
        lo, hi = k // 2, k
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if len(make(mid)) < 1_000_000 else (lo, mid)
        text = make(hi)
    else:
        text = make(1_000_000)
    context = mp.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=worker, args=(child, text), daemon=True)
    process.start()
    try:
        if _wait(parent, process.pid, cap):
            seconds, note = parent.recv()
        else:
            seconds, note = None, f">{cap:g}s"
    finally:
        if process.is_alive():
            process.kill()
        process.join()
    return shape, seconds, note


def _format_time(point) -> str:
    _, _, seconds, note = point
    if seconds is None:
        return note.split(":")[0]
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", help="a real article to repeat (default: the seed)")
    parser.add_argument("--max-repeat", type=int, default=64, help="largest repeat of the article")
    parser.add_argument("--max-kb", type=int, default=128, help="largest pathological shape (KB)")
    parser.add_argument("--cap", type=float, default=20.0, help="seconds allowed per call")
    parser.add_argument("--shapes", help="comma-separated subset of shapes")
    parser.add_argument("--stages", help="comma-separated subset of stages")
    parser.add_argument("--one-mb", action="store_true", help="whole pipeline on 1 MB per shape")
    parser.add_argument("--one-mb-cap", type=float, default=120.0, help="seconds allowed (1 MB)")
    args = parser.parse_args(argv)

    seed = Path(args.article).read_text(encoding="utf-8") if args.article else SEED.read_text()
    shapes = make_shapes(seed)
    chosen_shapes = args.shapes.split(",") if args.shapes else list(shapes)
    chosen_stages = args.stages.split(",") if args.stages else list(STAGES)
    for name in chosen_shapes + chosen_stages:
        if name not in shapes and name not in STAGES:
            parser.error(f"unknown shape or stage {name!r}")

    warm_up(seed)
    repeats = [2**i for i in range(int(math.log2(args.max_repeat)) + 1)]
    kbs = [4 * 2**i for i in range(max(1, int(math.log2(args.max_kb / 4)) + 1))]
    worst: dict[str, float] = {}
    for shape in chosen_shapes:
        sizes = repeats if shape == "seed" else [kb * 1024 for kb in kbs]
        labels = [f"{s}x" for s in repeats] if shape == "seed" else [f"{kb}K" for kb in kbs]
        print(f"\n## {shape}  (seconds per call; slope = log-log growth exponent)")
        print(f"{'stage':24} " + " ".join(f"{label:>8}" for label in labels) + f" {'slope':>6}")
        for stage in chosen_stages:
            points = run_series(shapes[shape], stage, sizes, args.cap)
            slope = exponent(points)
            cells = [_format_time(p) for p in points] + ["-"] * (len(sizes) - len(points))
            notes = {p[3] for p in points if p[3] and not p[3].startswith(">")}
            if any(p[3].startswith(">") for p in points):
                slope_text = "cap"
            else:
                slope_text = f"{slope:.2f}" if slope is not None else "-"
            print(
                f"{stage:24} "
                + " ".join(f"{c:>8}" for c in cells)
                + f" {slope_text:>6}"
                + (f"  {'; '.join(sorted(notes))}" if notes else ""),
                flush=True,
            )
            if slope is not None:
                worst[stage] = max(worst.get(stage, -math.inf), slope)

    if worst:
        print("\n## worst exponent per stage (target <= 1.2; 'cap' series excluded)")
        for stage, slope in worst.items():
            print(f"{stage:24} {slope:6.2f}")
    if args.one_mb:
        print("\n## whole pipeline on 1 MB (target <= 30 s)")
        for shape in chosen_shapes:
            name, seconds, note = one_mb(shapes[shape], shape, args.one_mb_cap)
            shown = f"{seconds:.1f}" if seconds is not None else "-"
            print(f"{name:24} {shown:>8} {note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
