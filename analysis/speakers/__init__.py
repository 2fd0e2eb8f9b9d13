"""Who the speakers are: mentions, people and bodies, pronouns and descriptors resolved to names.

Modules, upstream first: :mod:`~analysis.speakers.lexicon` (word lists and word tests),
:mod:`~analysis.speakers.classify` and :mod:`~analysis.speakers.names` (capitalised runs,
titles), :mod:`~analysis.speakers.detect` (names with roles, bodies, descriptors; the record in
:mod:`~analysis.speakers.mention`, with :mod:`~analysis.speakers.mention_context` and
:mod:`~analysis.speakers.lowercase_mentions`),
:mod:`~analysis.speakers.entities` (the entity table) built from
:mod:`~analysis.speakers.grouping` (mentions of one entity), :mod:`~analysis.speakers.kinds`
(person, body, place; :mod:`~analysis.speakers.places`), :mod:`~analysis.speakers.bodies` and
:mod:`~analysis.speakers.body_prefixes` (short forms of bodies) and
:mod:`~analysis.speakers.canonical` (names, affiliations); then
:mod:`~analysis.speakers.descriptors`, :mod:`~analysis.speakers.gender` (with
:mod:`~analysis.speakers.namedata`), :mod:`~analysis.speakers.pronouns` (salience, Lappin &
Leass 1994), :mod:`~analysis.speakers.span_heads`, :mod:`~analysis.speakers.descriptions`,
:mod:`~analysis.speakers.metonymy`, :mod:`~analysis.speakers.antecedents`,
:mod:`~analysis.speakers.namesakes`, :mod:`~analysis.speakers.surnames`,
:mod:`~analysis.speakers.couples` and
:mod:`~analysis.speakers.interviewer` (readings of a speaker span),
:mod:`~analysis.speakers.resolve` (the speaker of each attribution) and
:mod:`~analysis.speakers.tables` with :mod:`~analysis.speakers.table_names` (speakers),
:mod:`~analysis.speakers.mention_table` (mentions) and :mod:`~analysis.speakers.summaries`
(positions, gender shares).
"""

from analysis.core.schema import UNRESOLVED
from analysis.speakers.entities import Entities, find_entities
from analysis.speakers.mention_table import mentions
from analysis.speakers.resolve import resolve_speakers, resolved_quotes
from analysis.speakers.summaries import attribution_positions, gender_shares
from analysis.speakers.tables import quoted_words, speaker_table

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
