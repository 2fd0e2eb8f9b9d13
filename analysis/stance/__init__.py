"""Stance: where each speaker of an article stands on its issue, and how the reporter frames them.

Modules by concern: :mod:`~analysis.stance.markers` (lexicons, tokens, marker matching,
reporting-verb framing), :mod:`~analysis.stance.toward` (stance of a passage toward a
target: evidence and scoring), :mod:`~analysis.stance.targets` (proposals, the central
issue, discussed names), :mod:`~analysis.stance.article` (per attribution, per speaker,
the matrix, marker rates, framing). Their public functions are exported here.
"""

from analysis.stance.article import (
    NARRATION,
    TOPIC_FLOOR,
    attribution_stance,
    count_framing,
    evidence_table,
    framing,
    framing_by_speaker,
    marker_rates,
    markers,
    no_target_stance,
    pool_speaker_stance,
    speaker_stance,
    stance_matrix,
)
from analysis.stance.inputs import Attributions, BodyWords, attributions, body_words
from analysis.stance.markers import (
    FRAMINGS,
    LABELS,
    MARKER_LEXICONS,
    POLARITY_LEXICONS,
    framing_of,
    load_lexicon,
    match_markers,
    reporting_verbs,
    stance_markers,
    stem_terms,
    words_of,
)
from analysis.stance.targets import discussed_targets, entities, proposals, propose_target
from analysis.stance.toward import (
    label_of,
    score_evidence,
    sentence_cues,
    stance_evidence,
    stance_toward,
    target_is_denial,
)

__all__ = [
    "Attributions",
    "BodyWords",
    "FRAMINGS",
    "LABELS",
    "MARKER_LEXICONS",
    "NO_TARGET",
    "NARRATION",
    "POLARITY_LEXICONS",
    "TOPIC_FLOOR",
    "attribution_stance",
    "attributions",
    "body_words",
    "count_framing",
    "discussed_targets",
    "evidence_table",
    "entities",
    "framing",
    "framing_by_speaker",
    "framing_of",
    "label_of",
    "load_lexicon",
    "marker_rates",
    "markers",
    "no_target_stance",
    "match_markers",
    "pool_speaker_stance",
    "propose_target",
    "proposals",
    "reporting_verbs",
    "score_evidence",
    "sentence_cues",
    "speaker_stance",
    "stance_evidence",
    "stance_markers",
    "stance_matrix",
    "stance_toward",
    "stem_terms",
    "target_is_denial",
    "words_of",
]
