"""The pipeline computes every stage once and every table keeps the offset contract."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import pipeline
from analysis.attribution import extract


def test_every_stage_declares_known_inputs_and_the_order_has_no_cycle():
    for stage in analysis.STAGES.values():
        assert set(stage.requires) <= set(analysis.STAGES), stage.name
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...] = ()) -> None:
        assert name not in path, f"cycle: {path + (name,)}"
        for required in analysis.STAGES[name].requires:
            visit(required, path + (name,))
        done.add(name)

    for name in analysis.STAGES:
        visit(name)
    assert done == set(analysis.STAGES)


def test_a_full_pass_extracts_the_quotations_once(seed_text, monkeypatch):
    calls = []
    original = extract.quotes
    monkeypatch.setattr(
        pipeline.attribution, "quotes", lambda article: calls.append(1) or original(article)
    )
    article = analysis.parse_article(seed_text)
    tables = analysis.analyse(article).tables()
    # the package's functions share the article's one analysis
    analysis.quotes(article)
    analysis.speaker_table(article)
    analysis.sentence_tone(article)
    analysis.stance_matrix(article)
    analysis.readability_by(article, "speaker")
    assert len(calls) == 1
    assert set(analysis.analyse(article).computed.values()) == {1}
    assert all(isinstance(t, pd.DataFrame) for t in tables.values())


def test_options_give_their_own_analysis(seed_article):
    plain = analysis.analyse(seed_article)
    assert analysis.analyse(seed_article) is plain
    targeted = analysis.analyse(seed_article, target="NATO should leave Iraq")
    assert targeted is not plain
    assert targeted.target["text"] == "NATO should leave Iraq"
    assert set(targeted.stance["target"]) == {"NATO should leave Iraq"}


def test_returned_tables_are_copies(seed_text):
    article = analysis.parse_article(seed_text)
    first = analysis.quotes(article)
    first["speaker"] = "someone else"
    assert (analysis.quotes(article)["speaker"] != "someone else").any()


def test_an_unknown_stage_is_named_in_the_error(seed_article):
    with pytest.raises(KeyError, match="no stage named 'quotez'"):
        analysis.analyse(seed_article)["quotez"]
    with pytest.raises(AttributeError):
        getattr(analysis.analyse(seed_article), "quotez")  # noqa: B009


def test_the_collector_is_paused_during_a_pass_and_restored_after(seed_text, monkeypatch):
    import gc

    seen = []
    original = extract.quotes
    monkeypatch.setattr(
        pipeline.attribution,
        "quotes",
        lambda article: seen.append(gc.isenabled()) or original(article),
    )
    assert gc.isenabled()
    analysis.analyse(analysis.parse_article(seed_text)).tables()
    assert seen == [False] and gc.isenabled()

    gc.disable()  # a caller's own choice is left as it was
    try:
        analysis.analyse(analysis.parse_article(seed_text)).tables()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_when_a_stage_fails(seed_text, monkeypatch):
    import gc

    def broken(article):
        raise RuntimeError("a stage that fails")

    monkeypatch.setattr(pipeline.attribution, "quotes", broken)
    with pytest.raises(RuntimeError):
        analysis.analyse(analysis.parse_article(seed_text)).tables()
    assert gc.isenabled()


def test_release_drops_the_kept_analysis_but_not_its_tables(seed_text):
    import gc
    import weakref

    article = analysis.parse_article(seed_text)
    result = analysis.analyse(article)
    quotes = result.quotes
    gone = weakref.ref(result)
    gc.disable()  # freed at once by reference counting: no cycle left for the collector
    try:
        pipeline.release(article)
        del result
        assert gone() is None
    finally:
        gc.enable()
    assert analysis.analyse(article).computed["quotes"] == 0
    assert len(quotes) > 0
