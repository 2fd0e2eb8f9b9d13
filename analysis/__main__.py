"""The command line: ``python -m analysis [PATH]`` checks one article; sub-commands do more.

``python -m analysis [PATH]`` (else ``$ARTICLE``) prints a one-line summary of the
article, or the one-sentence reason the file cannot be used (exit status 1), without
a traceback. ``make check`` calls it before the notebooks run, so that a bad
``ARTICLE`` stops early with a clear message.

Sub-commands (``python -m analysis COMMAND --help``): ``check [PATH]`` (the same check),
``export [ARTICLE] --out DIR`` (one article's tables as CSV), ``corpus INPUT... --out DIR``
(every table over a whole coverage). A sub-command is one entry of :data:`COMMANDS`: a
function filling its argparse parser and one running it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from analysis.core.article import load_article
from analysis.core.loading import ArticleError
from analysis.takeaways import plural


def check(argv: list[str]) -> int:
    """The one-line check of one article (the command without a sub-command)."""
    if len(argv) > 1:
        print("usage: python -m analysis [PATH]  (one article at a time)", file=sys.stderr)
        return 2
    # make passes the path in the environment, never on a command line it would parse.
    path = (argv[0] if argv else os.environ.get("ARTICLE")) or None
    try:
        article = load_article(path)
    except ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if article.words.empty:
        # Caught here, before any notebook runs, not as empty charts later.
        print(
            f"error: {article.source or 'input'}: has no words to analyse "
            "(only punctuation, quotation marks or symbols).",
            file=sys.stderr,
        )
        return 1
    kinds = article.paragraphs["kind"].value_counts().to_dict()
    fallback = "" if path else " (no path given: the default article)"
    notes = ""
    if article.decode_errors:
        notes += f" ({plural(article.decode_errors, 'bad byte sequence')} replaced by �)"
    if article.format == "html":
        notes += f", HTML page read by {article.extractor}"
    if not article.is_english:
        notes += f", not English ({article.language})"
    print(
        f"{article.source}{fallback}: {article.encoding}{notes}, "
        f"{plural(len(article.text), 'character')}, "
        f"{plural(kinds.get('body', 0), 'body paragraph')}, "
        f"{plural(len(article.body_sentences), 'body sentence')}, "
        f"title {article.title!r}, date {article.date}"
    )
    return 0


def check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path", nargs="*", metavar="PATH", help="the article (default: $ARTICLE, else the seed)"
    )


def check_command(args: argparse.Namespace) -> int:
    return check(args.path)


def export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", nargs="?", help="the article (default: $ARTICLE, else the seed)")
    parser.add_argument("--out", required=True, help="folder for the CSV files")


def export_command(args: argparse.Namespace) -> int:
    """``python -m analysis export [ARTICLE] --out DIR``: every table as CSV, and article.json."""
    from analysis.csv_export import export

    try:
        article = load_article(args.article or os.environ.get("ARTICLE") or None)
    except ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    written = export(article, args.out)
    print(f"{plural(len(written), 'file')} written to {args.out}")
    return 0


def _lazy(module: str, name: str):
    """``module.name``, imported when the sub-command is used (corpus runs import Dask, Arrow)."""
    return lambda *args: getattr(importlib.import_module(module), name)(*args)


#: Sub-command -> (fill its parser, run it, one-line help).
COMMANDS = {
    "check": (check_arguments, check_command, "check that one article can be read (the default)"),
    "export": (export_arguments, export_command, "write one article's tables as CSV"),
    "corpus": (
        _lazy("analysis.corpus.cli", "add_arguments"),
        _lazy("analysis.corpus.cli", "main"),
        "analyse a whole coverage into Parquet and CSV tables",
    ),
}


def parser() -> argparse.ArgumentParser:
    """The parser of every sub-command, each filled by its own function."""
    top = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Check one article (python -m analysis [PATH]) or run a sub-command.",
    )
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    for name, (add_arguments, _, summary) in COMMANDS.items():
        sub = commands.add_parser(
            name, help=summary, description=summary, fromfile_prefix_chars="@"
        )
        add_arguments(sub)
    return top


def main(argv: list[str]) -> int:
    """Dispatch: a sub-command by name, else the one-line check of ``argv`` (kept as it was)."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        return check(argv)
    args = parser().parse_args(argv)
    return COMMANDS[args.command][1](args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
