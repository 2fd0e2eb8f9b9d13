"""The whole pipeline runs without network, with NLTK data built from PyPI wheels."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import nltk
import pytest

from analysis.core.offline import convert_cmudict_line, ensure_nltk_data

# Runs in a fresh interpreter so that the NLTK data is built from scratch, with every
# socket refused and nltk.download made to fail loudly.
OFFLINE_SCRIPT = textwrap.dedent(
    """
    import socket, sys
    def refuse(*a, **k):
        raise RuntimeError("network access attempted")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    import nltk
    def no_download(*a, **k):
        raise RuntimeError("nltk.download was called")
    nltk.download = no_download

    import os
    import textstat
    import analysis

    # Importing writes nothing: the data is built on first use.
    assert not os.path.exists(os.environ["ANALYSIS_NLTK_DATA"])
    article = analysis.load_article(sys.argv[1])
    for name in ("quotes", "speaker_table", "sentence_tone", "readability_report",
                 "attribution_stance"):
        getattr(analysis, name)(article)
    from analysis.readability import compare_with_textstat
    compare_with_textstat(article)

    from nltk.sentiment.vader import SentimentIntensityAnalyzer
    body = " ".join(article.body_sentences["text"])
    assert SentimentIntensityAnalyzer().polarity_scores("a good day")["compound"] > 0
    assert textstat.syllable_count("consensus") == 3
    formulas = [
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
        "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
        "linsear_write_formula", "text_standard", "difficult_words", "syllable_count",
        "lexicon_count", "sentence_count", "polysyllabcount", "char_count", "letter_count",
        "spache_readability", "mcalpine_eflaw", "reading_time",
    ]
    for name in formulas:
        getattr(textstat, name)(body)
    print("offline ok")
    """
)


def test_pipeline_and_textstat_run_offline_from_scratch(tmp_path, seed_article):
    env = {"ANALYSIS_NLTK_DATA": str(tmp_path / "nltk_data"), "NLTK_DATA": str(tmp_path / "none")}
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, seed_article.source],
        capture_output=True,
        text=True,
        env={**_clean_env(), **env},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "offline ok" in result.stdout
    assert (tmp_path / "nltk_data" / "corpora" / "cmudict" / "cmudict").exists()
    assert (tmp_path / "nltk_data" / "sentiment" / "vader_lexicon.zip").exists()


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in {"NLTK_DATA", "ANALYSIS_NLTK_DATA"}}


def test_nltk_data_is_on_the_path_and_idempotent():
    root = ensure_nltk_data()
    assert str(root) == nltk.data.path[0]
    assert ensure_nltk_data() == root
    assert nltk.data.find("corpora/cmudict")
    assert nltk.data.find("sentiment/vader_lexicon.zip")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("abbe AE1 B IY0", "ABBE 1 AE1 B IY0"),
        ("abbe(2) AE1 B", "ABBE 2 AE1 B"),
        ("aalen AE1 L AH0 N # place, german", "AALEN 1 AE1 L AH0 N"),
        ("   \n", None),
    ],
)
def test_cmudict_conversion(line, expected):
    assert convert_cmudict_line(line) == expected


def test_cmudict_reads_through_nltk(no_network):
    pronunciations = nltk.corpus.cmudict.dict()
    assert len(pronunciations) > 100_000
    assert ["K", "AH0", "N", "S", "EH1", "N", "S", "AH0", "S"] in pronunciations["consensus"]


def test_nothing_in_the_package_or_notebooks_calls_nltk_download():
    from analysis.core.paths import PACKAGE_DIR, PROJECT_DIR

    files = [*PACKAGE_DIR.rglob("*.py"), *(PROJECT_DIR / "notebooks").glob("*.ipynb")]
    assert len(files) > 5
    offenders = [p.name for p in files if "nltk.download" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_no_public_function_shares_a_module_name():
    import importlib
    import pkgutil

    import analysis

    modules = {
        m.name.rsplit(".", 1)[-1] for m in pkgutil.walk_packages(analysis.__path__, "analysis.")
    }
    assert {"attribution", "speakers", "sentiment", "stance", "readability"} <= modules
    assert set(analysis.__all__) & modules == set()
    for name in analysis.__all__:
        assert not isinstance(getattr(analysis, name), type(analysis)), name
    importlib.import_module("analysis.attribution.extract")
    assert callable(analysis.quotes)
