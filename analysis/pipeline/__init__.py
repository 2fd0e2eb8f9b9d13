"""The pipeline: every stage of an article's analysis, computed once, on first use.

Like a spaCy pipeline, each :class:`Stage` declares the stages it reads (``requires``)
and produces one result under its name; :class:`Analysis` holds the results of one
article and computes a stage only when it is first asked for, handing it the results
it requires. Nothing recomputes an upstream stage behind the caller's back::

    result = analyse(article)
    result.quotes          # attributions with resolved speakers
    result.speakers        # computed from result.quotes and result.entities
    result.tables()        # every table the notebooks show: name -> DataFrame

The data flow, upstream first: article → ``attributions`` and ``entities`` →
``quotes`` (speakers resolved) → sentiment, stance and readability stages.

:func:`analyse` keeps the :class:`Analysis` of an article on the article, so the
package-level functions (``analysis.quotes(article)``, ``analysis.speaker_table(article)``,
...) share one set of results: a notebook that calls several of them extracts the
quotations once.

The package, a module per concern: :mod:`~analysis.pipeline.registry` (``Stage``,
``STAGES``, ``@stage``, ``Options``), :mod:`~analysis.pipeline.stages` (every stage),
:mod:`~analysis.pipeline.results` (``Analysis``, ``analyse``, ``release``,
``with_provenance``) and :mod:`~analysis.pipeline.access` (the one-call functions).
"""

from __future__ import annotations

# the subpackages the stages call, reachable here as before (tests patch
# ``pipeline.attribution.quotes``)
from analysis import attribution, readability, sentiment, speakers, stance
from analysis.pipeline import stages  # registers every stage, in order
from analysis.pipeline.access import (
    attribution_stance,
    framing_by_speaker,
    marker_rates,
    mentions,
    propose_target,
    quote_tone,
    quotes,
    readability_by,
    readability_report,
    sentence_tone,
    speaker_stance,
    speaker_table,
    stance_matrix,
)
from analysis.pipeline.registry import STAGES, Options, Stage, stage
from analysis.pipeline.results import Analysis, analyse, collector_paused, release, with_provenance

__all__ = [
    "STAGES",
    "Analysis",
    "Options",
    "Stage",
    "analyse",
    "attribution",
    "attribution_stance",
    "collector_paused",
    "framing_by_speaker",
    "marker_rates",
    "mentions",
    "propose_target",
    "quote_tone",
    "quotes",
    "readability",
    "readability_by",
    "readability_report",
    "release",
    "sentence_tone",
    "sentiment",
    "speaker_stance",
    "speaker_table",
    "speakers",
    "stance",
    "stance_matrix",
    "stage",
    "stages",
    "with_provenance",
]
