"""Descriptor speakers ("the senator", "the Vermont senator") linked to the person the
text set up, and the synthetic benchmark that measures it (benchmarks/speakers.py)."""

from __future__ import annotations

import importlib.util

import pytest

from analysis.core.article import parse_article
from analysis.core.paths import PROJECT_DIR
from analysis.speakers import find_entities
from analysis.speakers.resolve import mention_at


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location(
        "speakers_benchmark", PROJECT_DIR / "benchmarks" / "speakers.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(text: str, speaker: str, said: str) -> dict:
    """An invented record in PolNeAR's shape, with one attribution whose speaker is the
    last ``speaker`` before the last ``said``."""
    content_start = text.rindex("“")
    content_end = text.rindex("”") + 1
    speaker_start = text.rindex(speaker, 0, text.rindex(said))
    return {
        "text": text,
        "quotes": [
            {
                "content_start": content_start,
                "content_end": content_end,
                "speaker": speaker,
                "speaker_start": speaker_start,
                "speaker_end": speaker_start + len(speaker),
            }
        ],
    }


TEXT = (
    "Budget talks stall.\n\n"
    "Ana Ruiz, a Vermont senator, met Tom Hale on Monday. Hale, a farmer, "
    "said little.\n\n"
    "“We will not give way on the schools,” Ruiz said."
)


def test_the_benchmark_writes_the_role_the_text_gave_before(bench):
    result = find_entities(parse_article(TEXT))
    at = TEXT.rindex("Ruiz")
    ruiz = mention_at(result, at, at + 4).entity
    assert bench.role_descriptor(result, ruiz, at) == "the senator"
    assert bench.role_descriptor(result, ruiz, at, modifiers=True) == "the Vermont senator"
    first = TEXT.index("Ana Ruiz")
    assert bench.role_descriptor(result, ruiz, first) is None  # nothing set up before


def test_the_benchmark_case_rewrites_the_text_and_scores_the_person(bench):
    record = _record(TEXT, "Ruiz", "said.")
    article = parse_article(TEXT)
    result = find_entities(article)
    table = bench.gold_table(record)
    at = int(table.loc[0, "speaker_start"])
    found = mention_at(result, at, at + 4)
    starts = set(article.sentences["start"].tolist())
    guess, truth, nearest, named = bench.role_case(record, table, 0, found, result, starts)
    assert truth == "Ana Ruiz" and guess == truth and named
    assert nearest == "Ana Ruiz" or nearest == "Tom Hale"
