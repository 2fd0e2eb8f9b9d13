"""Read an article file into text, refusing bad input with one clear sentence.

Every problem a person can hand the notebooks (a missing path, a folder, an empty,
binary or oversized file, text in an unknown encoding) raises :class:`ArticleError`,
whose message names the file and the problem. An HTML page is turned into its
visible text. Files are only ever opened for reading.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

#: Larger files are not news articles; refusing them keeps a typo'd path from
#: loading a data dump into a notebook.
MAX_BYTES = 10 * 1024 * 1024

# Signatures of common binary formats people mistake for articles.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (perhaps a .docx or .epub)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)

_HTML_SNIFF = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*<html)", re.IGNORECASE
)
_HTML_TAGS = re.compile(rb"</?(?:p|div|span|a|br|h[1-6]|article|section|script|style)\b", re.I)


class ArticleError(ValueError):
    """The input cannot be read as an English news article; the message says why."""


@dataclass(frozen=True)
class RawArticle:
    """Decoded text and how it was obtained."""

    text: str
    encoding: str
    format: str  # "text" or "html"
    source: str | None


def read_article_file(path: str | os.PathLike) -> RawArticle:
    """Read ``path`` as an article, or raise :class:`ArticleError` naming the problem."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"{path}: no such file.")
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder, not a text file; pass one article file.")
    if not path.is_file():
        raise ArticleError(f"{path}: is not a regular file.")
    size = path.stat().st_size
    if size == 0:
        raise ArticleError(f"{path}: the file is empty.")
    if size > MAX_BYTES:
        raise ArticleError(
            f"{path}: the file is {size / 1e6:.1f} MB, too large for one news article "
            f"(the limit is {MAX_BYTES / 1e6:.0f} MB)."
        )
    try:
        data = path.read_bytes()
    except PermissionError:
        raise ArticleError(f"{path}: permission denied; the file cannot be read.") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror}).") from None
    return decode_article_bytes(data, source=str(path))


def decode_article_bytes(data: bytes, source: str | None = None) -> RawArticle:
    """Decode raw bytes: UTF-8, UTF-8 with BOM, UTF-16 with BOM, then cp1252.

    Binary data and HTML are recognised first; the encoding used is recorded.
    """
    name = source or "<bytes>"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(f"{name}: is {what}, not plain text; save the article as .txt.")
    text, encoding = _decode(data, name)
    if _looks_binary(text):
        raise ArticleError(f"{name}: looks like a binary file, not plain text.")
    if _looks_like_html(data):
        text = html_to_text(text)
        if not text.strip():
            raise ArticleError(f"{name}: is an HTML page with no readable text.")
        return RawArticle(text=text, encoding=encoding, format="html", source=source)
    if not text.strip():
        raise ArticleError(f"{name}: contains only whitespace, no text.")
    return RawArticle(text=text, encoding=encoding, format="text", source=source)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    if b"\x00" in data:
        raise ArticleError(f"{name}: looks like a binary file, not plain text.")
    raise ArticleError(
        f"{name}: is not text in UTF-8, UTF-16 or Windows-1252; re-save it as UTF-8."
    )


def _looks_binary(text: str) -> bool:
    """Text with NULs, or with more than 1 in 100 control characters, is not an article."""
    if "\x00" in text:
        return True
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)


def _looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    if _HTML_SNIFF.match(head):
        return True
    # Fragments without <html>: many block tags in the first few kilobytes.
    return len(_HTML_TAGS.findall(head)) >= 5


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one paragraph per block element."""

    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form"}
    BLOCK = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article",
        "section", "header", "blockquote", "tr", "table", "figcaption", "main",
    }  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.saw_h1 = False
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCK:
            self.saw_h1 = self.saw_h1 or tag == "h1"
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, blocks separated by blank lines."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    # The page's <title> usually carries the site's name ("Mayor quits | Daily Planet"):
    # it stands in for the headline only when the page has no <h1>.
    parts = parser.parts if parser.saw_h1 else [*parser.title_parts, "\n\n", *parser.parts]
    blocks = (" ".join(block.split()) for block in "".join(parts).split("\n\n"))
    return "\n\n".join(block for block in blocks if block) + "\n"
