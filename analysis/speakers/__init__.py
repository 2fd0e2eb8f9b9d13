"""Who the speakers are: mentions, people and bodies, pronouns and descriptors resolved to names.

Modules, upstream first: :mod:`~analysis.speakers.lexicon` (word lists and word tests),
:mod:`~analysis.speakers.names` (capitalised runs, titles), :mod:`~analysis.speakers.detect`
(names with roles, bodies, descriptors), :mod:`~analysis.speakers.entities` (grouping, kinds,
affiliations), :mod:`~analysis.speakers.descriptors`, :mod:`~analysis.speakers.gender`,
:mod:`~analysis.speakers.pronouns` (salience, Lappin & Leass 1994),
:mod:`~analysis.speakers.span_heads`, :mod:`~analysis.speakers.descriptions`,
:mod:`~analysis.speakers.metonymy`, :mod:`~analysis.speakers.antecedents` (readings of a
speaker span), :mod:`~analysis.speakers.resolve` (the speaker of each attribution) and
:mod:`~analysis.speakers.tables` (mentions, speakers, positions).
"""

from analysis.core.schema import UNRESOLVED
from analysis.speakers.entities import Entities, find_entities
from analysis.speakers.resolve import resolve_speakers, resolved_quotes
from analysis.speakers.tables import (
    attribution_positions,
    gender_shares,
    mentions,
    quoted_words,
    speaker_table,
)

__all__ = [
    "UNRESOLVED",
    "Entities",
    "attribution_positions",
    "find_entities",
    "gender_shares",
    "mentions",
    "quoted_words",
    "resolve_speakers",
    "resolved_quotes",
    "speaker_table",
]
