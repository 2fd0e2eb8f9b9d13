"""Read an article file into text, refusing bad input with one clear sentence.

Every problem a person can hand the notebooks (a path that is missing, a folder,
unreadable, too long or not a path at all; an empty, binary or oversized file; text in
an unknown encoding) raises :class:`ArticleError`, whose message names the file and
the problem. Files are only ever opened for reading.

Decoding: a byte-order mark decides (UTF-8, UTF-16); UTF-16 without one is recognised
by its zero bytes; an HTML page's declared charset is used when it decodes the page;
then UTF-8; then Windows-1252, but only when the whole file reads as Windows-1252 and
is not mostly valid UTF-8. A UTF-8 file with a few bad bytes stays UTF-8: each bad
sequence becomes U+FFFD and :attr:`RawArticle.decode_errors` counts them.

Line endings: ``\\r\\n`` and a lone ``\\r`` become ``\\n`` in the text (so paragraphs are
found whatever system saved the file); the text offsets point into that text.

HTML or plain text: a file named ``.html``/``.htm``/``.xhtml`` (and other page
extensions) is a page; a ``.txt``/``.text``/``.md`` file is plain text unless it starts
like an HTML document (``<!DOCTYPE html``, ``<html``); a file with another or no
extension is a page when it starts like one or has many block tags in its first 4 KB.
A page is read by :mod:`analysis.core.webpage`.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path

from analysis.core.webpage import Page, read_page

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
    r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html))",
    re.IGNORECASE | re.DOTALL,
)
_HTML_FRAGMENT = re.compile(r"^\s*<(?:head|body)\b", re.IGNORECASE)
_HTML_TAGS = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|article|section|script|style)\b", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
HTML_EXTENSIONS = frozenset(".html .htm .xhtml .shtml .xht .php .asp .aspx .jsp .mhtml".split())
TEXT_EXTENSIONS = frozenset(".txt .text .md .markdown".split())


class ArticleError(ValueError):
    """The input cannot be read as an English news article; the message says why."""


@dataclass(frozen=True)
class RawArticle:
    """Decoded text and how it was obtained."""

    text: str
    encoding: str
    format: str  # "text" or "html"
    source: str | None
    decode_errors: int = 0
    page: Page | None = None


def read_article_file(path: str | os.PathLike) -> RawArticle:
    """Read ``path`` as an article, or raise :class:`ArticleError` naming the problem."""
    if not isinstance(path, str | os.PathLike):
        raise ArticleError(
            f"expected the path of an article file, got {type(path).__name__}: {path!r:.60}."
        )
    try:
        path = Path(path)
        name = str(path)
        if "\x00" in name:
            raise ArticleError(f"{name!r}: a path cannot contain a NUL character.")
        if not path.exists():
            raise ArticleError(f"{name}: no such file.")
        if path.is_dir():
            raise ArticleError(f"{name}: is a folder, not a text file; pass one article file.")
        if not path.is_file():
            raise ArticleError(f"{name}: is not a regular file.")
        size = path.stat().st_size
        if size == 0:
            raise ArticleError(f"{name}: the file is empty.")
        if size > MAX_BYTES:
            raise ArticleError(
                f"{name}: the file is {size / 1e6:.1f} MB, too large for one news article "
                f"(the limit is {MAX_BYTES / 1e6:.0f} MB)."
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except ArticleError:
        raise
    except (OSError, ValueError, TypeError) as error:
        raise ArticleError(_path_problem(path, error)) from None
    return decode_article_bytes(data, source=name, suffix=path.suffix)


def _path_problem(path, error: Exception) -> str:
    """One sentence for an error the operating system (or pathlib) raised on ``path``."""
    shown = str(path)
    if len(shown) > 120:
        shown = shown[:60] + "…" + shown[-40:]
    if isinstance(error, PermissionError):
        return f"{shown}: permission denied; the file (or a folder on its path) cannot be read."
    if isinstance(error, OSError) and error.errno == errno.ENAMETOOLONG:
        return f"{shown}: the file name is too long for this system."
    if isinstance(error, OSError) and error.errno == errno.ENOTDIR:
        return f"{shown}: a part of this path is a file, not a folder."
    if isinstance(error, ValueError) and "null" in str(error):
        return f"{shown!r}: a path cannot contain a NUL character."
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return f"{shown}: cannot be read ({reason})."


def decode_article_bytes(
    data: bytes, source: str | None = None, suffix: str | None = None
) -> RawArticle:
    """Decode raw bytes (see the module docstring) and read a page's article.

    Binary data are recognised first; the encoding used is recorded. ``suffix`` is the
    file's extension, which decides between HTML and plain text (module docstring).
    """
    name = source or "<bytes>"
    if not isinstance(data, bytes | bytearray):
        raise ArticleError(f"{name}: expected bytes, got {type(data).__name__}.")
    if len(data) > MAX_BYTES:
        raise ArticleError(
            f"{name}: the input is {len(data) / 1e6:.1f} MB, too large for one news article "
            f"(the limit is {MAX_BYTES / 1e6:.0f} MB)."
        )
    data = bytes(data)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(f"{name}: is {what}, not plain text; save the article as .txt.")
    text, encoding, errors = _decode(data, name)
    if _looks_binary(text):
        raise ArticleError(f"{name}: looks like a binary file, not plain text.")
    text = normalise_newlines(text)
    if looks_like_html(text, suffix):
        page = read_page(text)
        if page is None:
            raise ArticleError(f"{name}: is an HTML page with no readable text.")
        return RawArticle(
            text=page.text,
            encoding=encoding,
            format="html",
            source=source,
            decode_errors=errors,
            page=page,
        )
    if not text.strip():
        raise ArticleError(f"{name}: contains only whitespace, no text.")
    return RawArticle(
        text=text, encoding=encoding, format="text", source=source, decode_errors=errors
    )


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` as ``\\n``, so that blank lines separate paragraphs."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the zero bytes fall on one side of each pair.

    Text in a Latin script saved as UTF-16 has a zero high byte in most characters:
    every other byte is zero, on the odd positions (little-endian) or the even ones.
    """
    sample = data[:8192]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_zero, odd_zero = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_zero >= 0.3 and even_zero <= 0.05:
        return "utf-16-le"
    if even_zero >= 0.3 and odd_zero <= 0.05:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _decode(data: bytes, name: str) -> tuple[str, str, int]:
    """(text, encoding, number of byte sequences replaced by U+FFFD)."""
    if data.startswith(codecs.BOM_UTF8):
        return _replacing(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _replacing(data, "utf-16", "utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _replacing(data, utf16, utf16)
    declared = _declared_charset(data) if data.lstrip()[:1] == b"<" else None
    if declared and declared not in ("utf-8", "cp1252", "latin-1", "iso8859-1", "ascii"):
        try:
            return data.decode(declared), declared, 0
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", "replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    # Mostly valid UTF-8 (more good non-ASCII characters than bad bytes, or a handful of
    # bad bytes in a long file): UTF-8 with a few bad bytes, not another encoding.
    if bad <= max(valid_multibyte, len(data) // 1000):
        return replaced, "utf-8", bad
    try:
        return data.decode("cp1252"), "cp1252", 0
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise ArticleError(f"{name}: looks like a binary file, not plain text.")
    raise ArticleError(
        f"{name}: is not text in UTF-8, UTF-16 or Windows-1252; re-save it as UTF-8."
    )


def _replacing(data: bytes, codec: str, label: str) -> tuple[str, str, int]:
    text = data.decode(codec, "replace")
    bad = text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")
    return text.lstrip("\ufeff"), label, bad


def _looks_binary(text: str) -> bool:
    """Text with NULs, or with more than 1 in 100 control characters, is not an article."""
    if "\x00" in text:
        return True
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)


def looks_like_html(text: str, suffix: str | None = None) -> bool:
    """Whether to read ``text`` as an HTML page (module docstring: extension, then signature)."""
    head = text[:4096]
    suffix = (suffix or "").lower()
    if suffix in HTML_EXTENSIONS:
        return "<" in head
    if _HTML_SNIFF.match(head):
        return True
    if suffix in TEXT_EXTENSIONS:
        return False
    # No telling extension: a fragment that opens with <head>/<body>, or many block tags.
    return bool(_HTML_FRAGMENT.match(head)) or len(_HTML_TAGS.findall(head)) >= 5
