"""Who said what: reporting cues and the passes that find direct, indirect and mixed quotations."""

from analysis.attribution.cues import cue_lexicon, find_cues
from analysis.attribution.extract import QUOTE_COLUMNS, find_attributions, quotes

__all__ = ["QUOTE_COLUMNS", "cue_lexicon", "find_attributions", "find_cues", "quotes"]
