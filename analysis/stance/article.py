"""Stance in an article: per attribution, per speaker, the speaker-by-target matrix, markers and framing.

A module per concern, every name importable from here:

* :mod:`~analysis.stance.per_attribution`: :func:`attribution_stance` reads each attribution
  toward the target with :func:`analysis.stance.toward.stance_toward`; :func:`evidence_table`.
* :mod:`~analysis.stance.per_speaker`: :func:`speaker_stance` and :func:`pool_speaker_stance`
  pool each speaker's evidence; :func:`stance_matrix` crosses speakers with the main proposals
  and names (:func:`analysis.stance.targets.discussed_targets`).
* :mod:`~analysis.stance.marker_counts`: :func:`markers` and :func:`marker_rates`, stance
  markers per 100 words for each speaker's quoted words and for the narration (Biber 1988;
  Hyland 2005).
* :mod:`~analysis.stance.framing`: :func:`framing` and :func:`framing_by_speaker`, how each
  reporting verb frames its speaker.
"""

from __future__ import annotations

from analysis.core.schema import NARRATION
from analysis.stance.framing import count_framing, framing, framing_by_speaker
from analysis.stance.inputs import Table
from analysis.stance.marker_counts import marker_rates, markers
from analysis.stance.per_attribution import (
    TOPIC_FLOOR,
    attribution_stance,
    evidence_table,
    no_target_stance,
)
from analysis.stance.per_speaker import pool_speaker_stance, speaker_stance, stance_matrix

__all__ = [
    "NARRATION",
    "TOPIC_FLOOR",
    "Table",
    "attribution_stance",
    "evidence_table",
    "no_target_stance",
    "count_framing",
    "framing",
    "framing_by_speaker",
    "marker_rates",
    "markers",
    "pool_speaker_stance",
    "speaker_stance",
    "stance_matrix",
]
