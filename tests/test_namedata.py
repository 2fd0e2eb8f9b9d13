"""The compact first-name data answer exactly as nomquamgender's own classifier does."""

from __future__ import annotations

import warnings

import pytest

from analysis.speakers import namedata


@pytest.fixture(scope="module")
def reference():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import nomquamgender

    return nomquamgender


def test_every_entry_is_read(reference):
    data = namedata.classifier()
    assert len(data) == len(reference.name_data)
    for name, entry in list(reference.name_data.items())[::50]:  # every 50th: fast enough
        assert data.reference.get(name) == tuple(entry[:3]), name


def test_escaped_and_spaced_names_are_read(reference):
    data = namedata.classifier()
    escaped = [n for n in reference.name_data if '"' in n or "\\" in n]
    spaced = [n for n in reference.name_data if " " in n][::200]
    assert escaped and spaced
    for name in escaped + spaced:
        assert data.get(name) == tuple(reference.name_data[name][:3]), name


def test_classify_agrees_with_nomquamgender(reference):
    names = list(reference.name_data)[::97]
    names += [n.title() for n in names[::13]]
    names += ["José", "Zoë", "Jean-Luc", "mary ann", " Anna ", "Xi", "", "Amazon", "Ken"]
    names += ["qzxv", "Łukasz", "Müller", "Björk", "x y z"]
    ours = namedata.classifier().classify(names)
    theirs = reference.NBGC(threshold=namedata.NAME_UNCERTAINTY).classify(names)
    assert ours == theirs
    assert {"gf", "gm", "-"} <= set(ours)


def test_unknown_and_non_ascii_words_are_not_names():
    data = namedata.classifier()
    assert data.get("qzxvqzxv") is None and data.get("ｊohn") is None
    assert not namedata.is_given_name("defense")
    assert namedata.is_given_name("Ken")


def test_an_unsorted_file_is_sorted_for_bisection():
    raw = b'{"zoe": [12, 500, 1.0, 0], "al\\"x": [1, 2, 0.5, 3], "adam": [20, 9000, 0.0, 0]}'
    data = namedata.read_names(raw)
    assert len(data) == 3
    assert data.get("adam") == (20, 9000, 0.0)
    assert data.get('al"x') == (1, 2, 0.5)
    assert data.get("zoe") == (12, 500, 1.0)
    assert data.classify(["Adam", "Zoe Smith", 'al"x', "nobody"]) == ["gm", "gf", "-", "-"]
