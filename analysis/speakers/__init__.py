"""Who the speakers are: mentions, people and bodies, pronouns and descriptors resolved to names."""

from analysis.core.schema import UNRESOLVED
from analysis.speakers.resolution import (
    Entities,
    find_entities,
    mentions,
    resolve_speakers,
    resolved_quotes,
    speaker_table,
)

__all__ = [
    "UNRESOLVED",
    "Entities",
    "find_entities",
    "mentions",
    "resolve_speakers",
    "resolved_quotes",
    "speaker_table",
]
