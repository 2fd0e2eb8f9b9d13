"""Shared fixtures: the seed article, small written articles, and a network blocker."""

from __future__ import annotations

import socket

import pytest

import analysis
from analysis.core.paths import default_article

SEED = default_article()


class NetworkBlocked(RuntimeError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkBlocked("network access attempted during an offline test")


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection in this process raises."""
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(scope="session")
def seed_article():
    return analysis.load_article(SEED)


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text(encoding="utf-8")


def assert_offsets_round_trip(text: str, table, text_column: str = "text") -> None:
    """Every row's text is exactly text[start:end]."""
    for start, end, value in table[["start", "end", text_column]].itertuples(index=False):
        assert text[start:end] == value, (start, end, value)
