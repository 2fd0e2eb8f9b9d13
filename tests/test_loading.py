"""Reading files: encodings, and one clear ArticleError for every kind of bad input."""

from __future__ import annotations

import hashlib

import pytest

import analysis
from analysis import ArticleError, load_article

BODY = "Officials said on Monday that the plan would go ahead.\n\n“It is done,” she said.\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_missing_file_names_the_path(tmp_path):
    path = tmp_path / "nope.txt"
    with pytest.raises(ArticleError, match="nope.txt: no such file"):
        load_article(path)


def test_folder_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="is a folder"):
        load_article(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \r\n"])
def test_empty_or_whitespace_file(tmp_path, data):
    path = write(tmp_path, "blank.txt", data)
    with pytest.raises(
        ArticleError, match=r"blank.txt: (the file is empty|contains only whitespace)"
    ):
        load_article(path)


@pytest.mark.parametrize(
    "data, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_files_are_refused(tmp_path, data, what):
    path = write(tmp_path, "thing.txt", data)
    with pytest.raises(ArticleError, match=what):
        load_article(path)


def test_undecodable_bytes_get_a_message(tmp_path):
    # 0x81 and 0x8d are undefined in cp1252 and invalid in UTF-8.
    path = write(tmp_path, "odd.txt", b"Hello \x81\x8d world, she said.")
    with pytest.raises(ArticleError, match="odd.txt: is not text in UTF-8, UTF-16 or Windows-1252"):
        load_article(path)


@pytest.mark.parametrize(
    "encoded, encoding",
    [
        (BODY.encode("utf-8"), "utf-8"),
        (BODY.encode("utf-8-sig"), "utf-8-sig"),
        (BODY.encode("utf-16"), "utf-16"),
        (
            BODY.replace("“", '"').replace("”", '"').encode("cp1252") + "é".encode("cp1252"),
            "cp1252",
        ),
    ],
)
def test_encodings_are_detected_and_recorded(tmp_path, encoded, encoding):
    article = load_article(write(tmp_path, "a.txt", encoded))
    assert article.encoding == encoding
    assert "Officials said on Monday" in article.text
    assert not article.text.startswith("\ufeff")


def test_html_page_becomes_its_visible_text(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Plan goes ahead</title>"
        "<script>var x = 'not text';</script><style>p {color: red}</style></head>"
        "<body><nav>Home | World</nav><h1>Plan goes ahead</h1>"
        "<p>Officials said on Monday that the plan would go ahead.</p>"
        "<p>&ldquo;It is done,&rdquo; she said.</p></body></html>"
    )
    article = load_article(write(tmp_path, "page.html", page.encode("utf-8")))
    assert article.format == "html"
    assert "var x" not in article.text and "color: red" not in article.text
    assert "Home | World" not in article.text
    assert "“It is done,” she said." in article.sentences["text"].tolist()
    assert article.title == "Plan goes ahead"


def test_html_title_yields_to_the_headline(tmp_path):
    page = (
        "<html><head><title>Mayor quits | Daily Planet</title></head><body>"
        "<h1>Mayor quits after audit</h1><p>The mayor resigned on Monday after an audit.</p>"
        "</body></html>"
    )
    article = load_article(write(tmp_path, "page.html", page.encode("utf-8")))
    assert article.title == "Mayor quits after audit"
    assert "Daily Planet" not in article.text
    page = "<html><head><title>Mayor quits</title></head><body><p>The mayor resigned.</p></body></html>"
    assert load_article(write(tmp_path, "bare.html", page.encode("utf-8"))).title == "Mayor quits"


def test_html_without_text_is_refused(tmp_path):
    path = write(tmp_path, "empty.html", b"<html><body><script>x()</script></body></html>")
    with pytest.raises(ArticleError, match="HTML page with no readable text"):
        load_article(path)


def test_boilerplate_only_is_refused(tmp_path):
    path = write(tmp_path, "scrape.txt", b"Loading...\n\nAdvertisement\n")
    with pytest.raises(ArticleError, match="scrape.txt: contains only site boilerplate"):
        load_article(path)


def test_input_files_are_never_modified(tmp_path):
    path = write(tmp_path, "a.txt", BODY.encode("utf-8"))
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    load_article(path)
    after = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    assert before == after


def test_parse_article_refuses_non_text():
    with pytest.raises(ArticleError, match="expected text"):
        analysis.parse_article(b"bytes")
    with pytest.raises(ArticleError, match="contains no text"):
        analysis.parse_article("  \n ")


def test_error_messages_are_one_line(tmp_path):
    for path in [tmp_path / "missing.txt", tmp_path, write(tmp_path, "e.txt", b"")]:
        with pytest.raises(ArticleError) as info:
            load_article(path)
        assert "\n" not in str(info.value)
        assert str(path.name) in str(info.value)


def test_default_article_comes_from_environment(monkeypatch, tmp_path):
    path = write(tmp_path, "env.txt", BODY.encode("utf-8"))
    monkeypatch.setenv("ARTICLE", str(path))
    assert analysis.load_article().source == str(path)
    monkeypatch.delenv("ARTICLE")
    assert analysis.load_article().source.endswith(".txt")


def test_command_line_check_prints_one_line(tmp_path):
    import subprocess
    import sys

    good = write(tmp_path, "a.txt", BODY.encode("utf-8"))
    result = subprocess.run(
        [sys.executable, "-m", "analysis", str(good)], capture_output=True, text=True
    )
    assert result.returncode == 0 and "2 body paragraphs" in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "analysis", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'missing.txt'}: no such file."


# --------------------------------------------------------------------------- decoding


def test_utf8_with_a_few_bad_bytes_stays_utf8_and_counts_them(tmp_path):
    data = ("Café owners said on Monday that the plan would go ahead. " * 20).encode("utf-8")
    data = data[:100] + b"\xff" + data[100:200] + b"\xc3\x28" + data[200:]
    article = load_article(write(tmp_path, "bad.txt", data))
    assert article.encoding == "utf-8"
    assert article.decode_errors == 2
    assert article.text.count("\ufffd") == 2
    assert "Café" in article.text


def test_summary_line_mentions_replaced_bytes(tmp_path):
    import subprocess
    import sys

    data = BODY.encode("utf-8").replace(b"Monday", b"Mon\xffday")
    result = subprocess.run(
        [sys.executable, "-m", "analysis", str(write(tmp_path, "b.txt", data))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0
    assert "1 bad byte sequence replaced" in result.stdout


def test_cp1252_only_when_the_whole_file_reads_so():
    from analysis.core.loading import decode_article_bytes

    text = "The café’s owner said “no”. " * 5
    assert decode_article_bytes(text.encode("cp1252")).encoding == "cp1252"
    # Mostly valid UTF-8 with one stray byte: UTF-8, not mojibake from cp1252.
    raw = decode_article_bytes(text.encode("utf-8") + b"\x92")
    assert raw.encoding == "utf-8" and raw.decode_errors == 1 and "café’s" in raw.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path, codec):
    article = load_article(write(tmp_path, "u16.txt", BODY.encode(codec)))
    assert article.encoding == codec
    assert "Officials said on Monday" in article.text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings_still_give_paragraphs(tmp_path, newline):
    text = "Plan goes ahead\n\n" + BODY
    article = load_article(write(tmp_path, "crlf.txt", text.replace("\n", newline).encode()))
    assert article.paragraphs["text"].tolist() == [
        "Plan goes ahead",
        "Officials said on Monday that the plan would go ahead.",
        "“It is done,” she said.",
    ]
    assert "\r" not in article.text
    for row in article.sentences.itertuples():
        assert article.text[row.start : row.end] == row.text


# --------------------------------------------------------------------------- paths


def test_permission_denied_is_one_sentence(tmp_path, monkeypatch):
    from pathlib import Path

    path = write(tmp_path, "locked.txt", BODY.encode())

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "stat", denied)
    with pytest.raises(ArticleError, match="locked.txt: permission denied") as info:
        load_article(path)
    assert "\n" not in str(info.value)


def test_name_too_long_is_one_sentence(tmp_path):
    with pytest.raises(ArticleError, match="file name is too long"):
        load_article(tmp_path / ("a" * 300 + ".txt"))


def test_unknown_user_in_home_folder_is_one_sentence():
    with pytest.raises(ArticleError, match="cannot be used"):
        load_article("~no_such_user_for_this_test_42/article.txt")


@pytest.mark.parametrize("value", [42, 3.5, ["a.txt"], b"a.txt", object()])
def test_a_non_path_argument_is_one_sentence(value):
    with pytest.raises(ArticleError, match="expected the path of an article file") as info:
        load_article(value)
    assert "\n" not in str(info.value)


def test_a_nul_in_the_path_is_one_sentence(tmp_path):
    with pytest.raises(ArticleError, match="NUL"):
        load_article(str(tmp_path / "a\x00b.txt"))


def test_too_large_is_refused_before_any_work(tmp_path, monkeypatch):
    from analysis.core import loading

    path = write(tmp_path, "big.html", b"<html><body>" + b"<p>word</p>" * 2000 + b"</body></html>")
    monkeypatch.setattr(loading, "MAX_BYTES", 1000)

    def no_work(*args, **kwargs):
        raise AssertionError("the page was read although it is over the limit")

    monkeypatch.setattr(loading, "read_page", no_work)
    monkeypatch.setattr(loading, "_decode", no_work)
    with pytest.raises(ArticleError, match="too large for one news article"):
        load_article(path)


def test_parse_article_refuses_an_oversized_text(monkeypatch):
    from analysis.core import article as article_module

    monkeypatch.setattr(article_module, "MAX_BYTES", 100)
    with pytest.raises(ArticleError, match="too long for one news article"):
        analysis.parse_article("word " * 100)
