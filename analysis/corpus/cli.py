"""``python -m analysis corpus INPUT... --out DIR``: the corpus run from the command line.

:func:`add_arguments` fills the ``corpus`` sub-command's parser and :func:`main` runs
it; bad input (a missing folder, an unreadable archive) is one sentence on stderr and
exit status 1, and one bad article is a row of ``errors``, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from analysis.core.loading import ArticleError
from analysis.corpus.sources import Columns


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``corpus`` sub-command's arguments."""
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT",
        help="a folder of .txt/.html/.htm files (searched recursively), a .zip of them, "
        "a .jsonl or .csv table with a text column, or article files; @FILE reads one "
        "INPUT per line from FILE",
    )  # fmt: skip
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the tables")
    parser.add_argument(
        "--jobs", type=_positive, default=None, metavar="N",
        help="worker processes (default: every core; 1 runs in this process)",
    )  # fmt: skip
    parser.add_argument(
        "--dask", metavar="ADDRESS",
        help="run on the Dask scheduler at ADDRESS (tcp://host:8786), or 'local' for a "
        "loopback cluster of --jobs workers",
    )  # fmt: skip
    columns = parser.add_argument_group("table columns (default: guessed from common names)")
    for role, example in (
        ("text", "text, body, content"), ("id", "id, article_id"), ("title", "title, headline"),
        ("date", "date, published"), ("outlet", "outlet, source, publisher"), ("url", "url, link"),
    ):  # fmt: skip
        columns.add_argument(
            f"--{role}-column", metavar="NAME", help=f"the {role} column ({example})"
        )
    parser.add_argument(
        "--keep-parts", action="store_true", help="keep the per-chunk Parquet parts"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def main(args: argparse.Namespace) -> int:
    """Run the corpus, print the summary; 1 with one sentence when the input is unusable."""
    columns = Columns(
        text=args.text_column, id=args.id_column, title=args.title_column,
        date=args.date_column, outlet=args.outlet_column, url=args.url_column,
    )  # fmt: skip
    options = {"columns": columns, "progress": not args.no_progress, "keep_parts": args.keep_parts}
    try:
        if args.dask:
            run = _on_dask(args, options)
        else:
            from analysis.corpus.run import run_corpus

            run = run_corpus(args.inputs, args.out, jobs=args.jobs, **options)
    except ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    from analysis.corpus.cached import save_record

    save_record(run, args.inputs, columns)  # a notebook reading --out knows what it holds
    print(run.summary())
    return 0


def _on_dask(args: argparse.Namespace, options: dict):
    from analysis.corpus.cluster import connect, run_on_dask
    from analysis.corpus.run import default_jobs

    try:
        with connect(args.dask, args.jobs or default_jobs()) as client:
            return run_on_dask(client, args.inputs, args.out, **options)
    except OSError as error:  # no scheduler there, or it went away
        raise ArticleError(f"cannot reach the Dask scheduler at {args.dask} ({error}).") from None
