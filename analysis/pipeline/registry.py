"""The stage registry: what a stage is, the options of an analysis, and ``@stage``.

Like a spaCy pipeline's component factories, each stage is registered under its name with
the stages it reads (``requires``); :mod:`analysis.pipeline.stages` registers every stage of
the package, :mod:`analysis.pipeline.results` computes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Stage:
    """One step of the analysis: its name, the stages it reads, and how it is computed.

    ``compute(article, options, *required)`` receives the article, the analysis options
    and the results of ``requires`` in that order. ``table`` says whether the result is
    a table :meth:`Analysis.tables` returns.
    """

    name: str
    requires: tuple[str, ...]
    compute: Callable[..., Any]
    description: str
    table: bool = True


STAGES: dict[str, Stage] = {}


def stage(name: str, *requires: str, table: bool = True):
    """Register the decorated function as the stage ``name`` reading ``requires``."""

    def register(compute: Callable[..., Any]) -> Callable[..., Any]:
        doc = (compute.__doc__ or "").strip().splitlines()
        STAGES[name] = Stage(name, requires, compute, doc[0] if doc else "", table)
        return compute

    return register


@dataclass(frozen=True)
class Options:
    """Choices that change results: the stance target and the sentiment method."""

    target: str | None = None
    sentiment_method: str = "news"
