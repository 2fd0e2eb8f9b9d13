"""Reading saved news pages: body, title, date and quotations, three readers side by side.

    .venv/bin/python benchmarks/extraction.py [../shared/benchdata/realnews] [--english-only]

For each saved page (``pages/<id>.html.gz``, with the human-extracted body in
``bodies.jsonl``) it compares

- **project**: ``analysis`` as a user gets it (``decode_article_bytes`` then
  ``parse_article``: pruned page, trafilatura, the project's reader as fallback);
- **trafilatura defaults**: ``trafilatura.extract(page)`` for the body and
  ``bare_extraction(page, with_metadata=True)`` for title and date;
- **old reader**: the project's own block-by-block reader (``webpage.visible_text``, the
  fallback), with the old rules: the title is the first heading-like line and the date
  the first date of the opening lines.

Scores:

- **body**: the benchmark's metric (``score_extraction.py`` in the data folder: 4-token
  shingles, precision and recall averaged over pages, F1). The project's headline line
  is not part of its body (the human bodies have no headline).
- **title**: right when, compared as lower-case words, it equals one of the headlines the
  page declares for itself: ``og:title``, ``twitter:title``, JSON-LD or microdata
  ``headline``, an ``<h1>``, or one of those without a ``| Site``/``- Site`` part.
  Pages declaring none are not scored.
- **date**: right when it is a publication date the page states: in its URL
  (``/2019/11/19/``) or as ``article:published_time``, ``datePublished``,
  ``pubdate``/``date``-like ``<meta>`` (a timestamp also accepts the day either side:
  ``2019-11-19T01:19Z`` is the 18th in New York). Pages stating none are not scored.
- **plain text**: the human bodies have no headline and no date line: how many of them
  still get a title or a date from the plain-text rules (should be none), and, with the
  page's headline put on the first line, how many get it as their title.
- **quotations**: ``analysis.quotes`` on the text each reader gives (English pages): the
  share of quotations whose words are not in the human body, against the same count on
  the human body itself.
- **refused**: pages that raise ``ArticleError`` (every page here holds an article).

Prints "skipped: ..." and exits 0 when the data is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib.util
import json
import re
import statistics
import sys
import time
import warnings
from datetime import date, timedelta
from pathlib import Path

import lxml.html

import analysis
from analysis.core import segment
from analysis.core.loading import ArticleError, decode_article_bytes
from analysis.core.webpage import json_ld, parse_html, visible_text

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchdata" / "realnews"

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(\d\d)[/-]?(\d\d)(?:/|[^\d])")
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_DATE_META = {
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "originalpublicationdate",
}  # fmt: skip
_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def words(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def title_references(tree) -> set[str]:
    """The headlines the page declares, as lower-case words (module docstring)."""
    found = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:title", "twitter:title"):
            found.append(meta.get("content"))
    for element in tree.iter():
        if isinstance(element.tag, str) and element.get("itemprop") == "headline":
            found.append(element.get("content") or element.text_content())
    for obj in json_ld(tree):
        for item in [obj, *(obj.get("@graph") or [])] if isinstance(obj, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("headline"), str):
                found.append(item["headline"])
    found.extend(h1.text_content() for h1 in list(tree.iter("h1"))[:3])
    refs = set()
    for value in filter(None, found):
        refs.add(words(value))
        parts = _SEPARATORS.split(value)
        if len(parts) > 1:
            refs.update(words(p) for p in parts if len(p.split()) >= 3)
    return {r for r in refs if r}


def date_references(tree, url: str) -> set[date]:
    """The publication dates the page states (module docstring)."""
    values = []
    match = _URL_DATE.search(url)
    if match:
        values.append("-".join(match.groups()))
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META:
            values.append(meta.get("content"))
    for element in tree.iter():
        if isinstance(element.tag, str) and element.get("itemprop") == "datePublished":
            values.append(element.get("content") or element.get("datetime") or element.text)
    for obj in json_ld(tree):
        for item in [obj, *(obj.get("@graph") or [])] if isinstance(obj, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                values.append(item["datePublished"])
    out = set()
    for value in filter(None, values):
        iso = _ISO.search(value)
        if iso:
            with contextlib.suppress(ValueError):
                day = date(*map(int, iso.groups()))
                out.add(day)
                if "T" in value[iso.end() : iso.end() + 1]:
                    # A timestamp: in the reader's time zone it may fall a day either side.
                    out.update({day - timedelta(days=1), day + timedelta(days=1)})
    return out


def body_of(article) -> str:
    """The article's text without its headline line."""
    text = article.text
    if article.title and text.startswith(article.title + "\n\n"):
        text = text[len(article.title) + 2 :]
    return text


def quote_counts(text: str, gold: str) -> tuple[int, int]:
    """(quotations found in ``text``, those whose words are not in ``gold``)."""
    try:
        table = analysis.quotes(analysis.parse_article(text))
    except ArticleError:
        return 0, 0
    gold_words = words(gold)
    outside = sum(words(q) not in gold_words for q in table["text"])
    return len(table), outside


def old_title_and_date(text: str) -> tuple[str | None, date | None]:
    """The old rules: the first heading-like line; the first date in the opening lines."""
    article = analysis.parse_article(text)
    paragraphs = article.paragraphs
    headings = paragraphs.loc[paragraphs["kind"] == "heading", "text"]
    body_rows = paragraphs.index[paragraphs["kind"] == "body"]
    first_body = int(body_rows[0]) if len(body_rows) else len(paragraphs) - 1
    head = text[: paragraphs["end"].iloc[max(first_body, min(2, len(paragraphs) - 1))]]
    return (headings.iloc[0] if len(headings) else None), segment.find_date(head)


def old_body(text: str) -> str:
    """The old reader's article body: its paragraphs of kind ``body`` (no boilerplate, no headings)."""
    if not text.strip():
        return ""
    paragraphs = analysis.parse_article(text).paragraphs
    return "\n\n".join(paragraphs.loc[paragraphs["kind"] == "body", "text"])


def score_bodies(scorer, gold: dict, predicted: dict) -> tuple[float, float, float]:
    counts = [scorer.page_counts(gold[k]["text"], predicted.get(k, "")) for k in gold]
    p = statistics.mean(scorer.precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(scorer.recall(*c) for c in counts if c[0] + c[2] > 0)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--english-only", action="store_true")
    parser.add_argument("--dump", type=Path, help="write per-page results (JSON Lines) here")
    args = parser.parse_args(argv)
    bodies = args.data / "bodies.jsonl"
    if not bodies.exists():
        print(f"skipped: no realnews data at {args.data}")
        return 0
    warnings.filterwarnings("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    import trafilatura

    spec = importlib.util.spec_from_file_location(
        "score_extraction", args.data / "score_extraction.py"
    )
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    gold = {r["id"]: r for r in map(json.loads, bodies.open(encoding="utf-8"))}
    if args.english_only:
        gold = {k: r for k, r in gold.items() if r["english"]}
    readers = ("project", "trafilatura defaults", "old reader")
    texts = {name: {} for name in readers}
    titles = {name: 0 for name in readers}
    dates = {name: 0 for name in readers}
    quotes = {name: [0, 0] for name in (*readers, "human body")}
    language_right = 0
    plain = {"title given": 0, "date given": 0, "headlined": 0, "headline is title": 0}
    scored_titles = scored_dates = 0
    refused, seconds, rows = [], [], []
    for key, row in gold.items():
        data = gzip.decompress((args.data / "pages" / f"{key}.html.gz").read_bytes())
        tree = parse_html(data.decode("utf-8", "replace"))
        title_refs, date_refs = title_references(tree), date_references(tree, row["url"])
        scored_titles += bool(title_refs)
        scored_dates += bool(date_refs)
        result = {"id": key}

        started = time.perf_counter()
        try:
            raw = decode_article_bytes(data, source=key, suffix=".html")
            page = raw.page
            article = analysis.parse_article(
                raw.text,
                source=key,
                format=raw.format,
                metadata={**page.metadata, "title": page.title, "date": page.date},
                metadata_source=page.metadata_source,
                extractor=page.extractor,
            )
        except ArticleError as error:
            refused.append(f"{key}: {error}")
            article = None
        seconds.append(time.perf_counter() - started)
        if article is not None:
            texts["project"][key] = body_of(article)
            guesses = {"project": (article.title, article.date)}
            language_right += article.is_english == row["english"]
            result.update(extractor=article.extractor, language=article.language)
        else:
            guesses = {"project": (None, None)}

        default_text = trafilatura.extract(data) or ""
        texts["trafilatura defaults"][key] = default_text
        document = trafilatura.bare_extraction(data, with_metadata=True)
        guesses["trafilatura defaults"] = (
            document.title if document else None,
            date.fromisoformat(document.date) if document and document.date else None,
        )

        old_blocks, old_headline = visible_text(lxml.html.document_fromstring(data))
        old_text = "\n\n".join(old_blocks)
        texts["old reader"][key] = old_body(old_text)
        guesses["old reader"] = old_title_and_date(old_text) if old_text.strip() else (None, None)

        for name, (title, found) in guesses.items():
            title_ok = bool(title_refs) and words(title) in title_refs
            date_ok = bool(date_refs) and found in date_refs
            titles[name] += title_ok
            dates[name] += date_ok
            result[name] = {
                "title": title,
                "title_ok": title_ok,
                "date": str(found),
                "date_ok": date_ok,
            }
        result["title_refs"], result["date_refs"] = sorted(title_refs), sorted(map(str, date_refs))
        if row["english"]:
            for name, text in (
                ("project", texts["project"].get(key, "")),
                ("trafilatura defaults", default_text.replace("\n", "\n\n")),
                ("old reader", texts["old reader"][key]),
                ("human body", row["text"]),
            ):
                if text.strip():
                    found_quotes, outside = quote_counts(text, row["text"])
                    quotes[name][0] += found_quotes
                    quotes[name][1] += outside
        body_only = analysis.parse_article(row["text"])
        plain["title given"] += body_only.title is not None
        plain["date given"] += body_only.date is not None
        headline = document.title if document and document.title else None
        if headline:
            plain["headlined"] += 1
            with_headline = analysis.parse_article(headline + "\n\n" + row["text"])
            plain["headline is title"] += with_headline.title == headline
        rows.append(result)

    english = sum(r["english"] for r in gold.values())
    print(
        f"{len(gold)} pages ({english} English); titles scored on {scored_titles}, dates on {scored_dates}"
    )
    print(
        f"{'reader':22} {'precision':>9} {'recall':>7} {'F1':>6} {'titles':>9} {'dates':>9} {'quotes not in body':>19}"
    )
    for name in (*readers, "human body"):
        found_quotes, outside = quotes[name]
        share = f"{outside / found_quotes:.1%} of {found_quotes}" if found_quotes else "-"
        if name == "human body":
            print(f"{name:22} {'':>9} {'':>7} {'':>6} {'':>9} {'':>9} {share:>19}")
            continue
        p, r, f = score_bodies(scorer, gold, texts[name])
        print(
            f"{name:22} {p:9.3f} {r:7.3f} {f:6.3f} {titles[name]:>4}/{scored_titles:<4}"
            f" {dates[name]:>4}/{scored_dates:<4} {share:>19}"
        )
    print(
        f"project: refused {len(refused)} pages; English/not-English right on {language_right} of {len(gold)};"
        f" {statistics.mean(seconds) * 1000:.0f} ms per page (median {statistics.median(seconds) * 1000:.0f})"
    )
    print(
        f"plain text (human bodies): a title given to {plain['title given']} and a date to "
        f"{plain['date given']} of {len(gold)} texts without headline or date line; with the "
        f"headline on the first line, it is the title on {plain['headline is title']} of "
        f"{plain['headlined']}"
    )
    for line in refused:
        print(f"  refused {line}")
    if args.dump:
        with args.dump.with_suffix(".texts.jsonl").open("w", encoding="utf-8") as out:
            for key, text in texts["project"].items():
                out.write(json.dumps({"id": key, "text": text}, ensure_ascii=False) + "\n")
        with args.dump.open("w", encoding="utf-8") as out:
            for result in rows:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
