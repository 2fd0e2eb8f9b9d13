"""Check that an article can be read: ``python -m analysis [PATH]`` (else ``$ARTICLE``).

Prints a one-line summary, or the one-sentence reason the file cannot be used
(exit status 1), without a traceback. ``make run`` calls it before executing the
notebooks so that a bad ``ARTICLE`` stops early with a clear message.
"""

from __future__ import annotations

import os
import sys

from analysis.core.article import load_article
from analysis.core.loading import ArticleError
from analysis.takeaways import plural


def export_main(argv: list[str]) -> int:
    """``python -m analysis export [ARTICLE] --out DIR``: every table as CSV, and article.json."""
    import argparse

    from analysis.csv_export import export

    parser = argparse.ArgumentParser(prog="python -m analysis export")
    parser.add_argument("article", nargs="?", help="the article (default: $ARTICLE, else the seed)")
    parser.add_argument("--out", required=True, help="folder for the CSV files")
    args = parser.parse_args(argv)
    try:
        article = load_article(args.article or os.environ.get("ARTICLE") or None)
    except ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    written = export(article, args.out)
    print(f"{plural(len(written), 'file')} written to {args.out}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["export"]:
        return export_main(argv[1:])
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
