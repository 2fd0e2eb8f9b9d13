"""Who the speakers are: mentions, people and bodies, pronouns and descriptors resolved to names."""

from analysis.core.schema import UNRESOLVED
from analysis.speakers.resolution import mentions, resolve_speakers, speaker_table

__all__ = ["UNRESOLVED", "mentions", "resolve_speakers", "speaker_table"]
