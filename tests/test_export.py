"""Export: every table as CSV with offsets, list cells as JSON, metadata without paths."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import analysis
from analysis.core.paths import PROJECT_DIR, default_article

SEED = default_article()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    article = analysis.load_article(SEED)
    folder = tmp_path_factory.mktemp("tables")
    return article, folder, analysis.export(analysis.analyse(article), folder)


def test_every_table_is_written_with_its_rows(exported):
    article, folder, written = exported
    tables = analysis.analyse(article).tables()
    assert {p.stem for p in written if p.suffix == ".csv"} == set(tables)
    for name, table in tables.items():
        back = pd.read_csv(folder / f"{name}.csv", encoding="utf-8")
        assert len(back) == len(table), name
        assert list(back.columns) == list(table.columns), name


def test_offsets_give_the_rows_back_and_lists_are_json(exported):
    article, folder, _ = exported
    quotes = pd.read_csv(folder / "quotes.csv", encoding="utf-8", keep_default_na=False)
    for start, end, text in quotes[["start", "end", "text"]].itertuples(index=False):
        assert article.text[start:end] == text
    for cell in quotes["fragments"]:
        pieces = json.loads(cell)
        assert all(article.text[s:e] for s, e in pieces)
    speakers = pd.read_csv(folder / "speakers.csv", encoding="utf-8")
    assert all(isinstance(json.loads(cell), list) for cell in speakers["aliases"])


def test_metadata_names_the_file_only(exported):
    article, folder, _ = exported
    info = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    assert info["source"] == SEED.name
    assert info["title"] == article.title and info["tables"]["quotes"] == len(
        analysis.analyse(article).quotes
    )
    everything = "".join(p.read_text(encoding="utf-8") for p in folder.iterdir())
    assert str(SEED.parent) not in everything


def test_two_exports_are_byte_identical(exported, tmp_path):
    article, folder, written = exported
    again = analysis.export(analysis.load_article(SEED), tmp_path)
    assert [p.name for p in again] == [p.name for p in written]
    for first, second in zip(written, again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name


def test_export_from_the_command_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "export", str(SEED), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "quotes.csv").exists() and (
        tmp_path / "out" / "article.json"
    ).exists()
    missing = subprocess.run(
        [sys.executable, "-m", "analysis", "export", str(tmp_path / "nope.txt"), "--out", "x"],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 1 and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr
