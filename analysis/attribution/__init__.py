"""Who said what: reporting cues and the passes that find direct, indirect and mixed quotations."""

from analysis.attribution.extract import (
    QUOTE_COLUMNS,
    cue_lexicon,
    find_attributions,
    find_cues,
    quotes,
)

__all__ = ["QUOTE_COLUMNS", "cue_lexicon", "find_attributions", "find_cues", "quotes"]
