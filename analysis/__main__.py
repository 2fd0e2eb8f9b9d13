"""The command line: ``python -m analysis [PATH]`` checks one article; sub-commands do more.

``python -m analysis [PATH]`` (else ``$ARTICLE``) prints a one-line summary of the
article, or the one-sentence reason the file cannot be used (exit status 1), without
a traceback. ``make check`` calls it before the notebooks run, so that a bad
``ARTICLE`` stops early with a clear message.

Sub-commands (``python -m analysis COMMAND --help``): ``check [PATH]`` (the same
check), ``corpus INPUT... --out DIR`` (every table over a whole coverage). A new one
is a module with ``add_arguments(parser)`` and ``main(args)``, named in :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from analysis.core.article import load_article
from analysis.core.loading import ArticleError
from analysis.takeaways import plural

#: Sub-command name -> (module with add_arguments/main, one-line help).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("analysis.__main__", "check that one article can be read (the default)"),
    "corpus": ("analysis.corpus.cli", "analyse a whole coverage into Parquet and CSV tables"),
}


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
    kinds = article.paragraphs["kind"].value_counts().to_dict()
    fallback = "" if path else " (no path given: the default article)"
    print(
        f"{article.source}{fallback}: {article.encoding}, "
        f"{plural(len(article.text), 'character')}, "
        f"{plural(kinds.get('body', 0), 'body paragraph')}, "
        f"{plural(len(article.body_sentences), 'body sentence')}, "
        f"title {article.title!r}, date {article.date}"
    )
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``check``'s arguments: at most one path."""
    parser.add_argument(
        "path", nargs="*", metavar="PATH", help="the article (default: $ARTICLE, else the seed)"
    )


def main(args: argparse.Namespace) -> int:
    """``check`` as a sub-command."""
    return check(args.path)


def parser() -> argparse.ArgumentParser:
    """The parser of every sub-command, each filled by its module's ``add_arguments``."""
    top = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Check one article (python -m analysis [PATH]) or run a sub-command.",
        fromfile_prefix_chars="@",
    )
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, summary) in COMMANDS.items():
        sub = commands.add_parser(
            name, help=summary, description=summary, fromfile_prefix_chars="@"
        )
        importlib.import_module(module).add_arguments(sub)
    return top


def run(argv: list[str]) -> int:
    """Dispatch: a sub-command by name, else the one-line check of ``argv`` (kept as it was)."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        return check(argv)
    args = parser().parse_args(argv)
    return importlib.import_module(COMMANDS[args.command][0]).main(args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
