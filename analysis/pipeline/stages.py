"""Every stage of an article's analysis, registered in the order :meth:`Analysis.tables` lists them.

Each stage is a thin call into its subpackage (overview, attribution, speakers, sentiment,
stance, readability): the pipeline only says what each stage reads.
"""

from __future__ import annotations

from analysis import attribution, readability, sentiment, speakers, stance
from analysis.core import overview
from analysis.pipeline.registry import stage

# Article overview (notebooks 00 and 01)


@stage("paragraph_summary")
def _paragraph_summary(article, options):
    """Paragraphs with their kind and length."""
    return overview.paragraph_summary(article)


@stage("sentence_lengths")
def _sentence_lengths(article, options):
    """Words per body sentence."""
    return overview.sentence_lengths(article)


@stage("content_words")
def _content_words(article, options):
    """The most frequent content words."""
    return overview.content_words(article)


@stage("quotation_spans")
def _quotation_spans(article, options):
    """Every stretch inside quotation marks."""
    return overview.quotation_spans(article)


# Who said what


@stage("attributions")
def _attributions(article, options):
    """Attributions as written: content, cue and speaker mention (speakers unresolved)."""
    return attribution.quotes(article)


@stage("entities", table=False)
def _entities(article, options):
    """People and bodies of the article: mentions grouped into entities, with kinds and genders."""
    return speakers.find_entities(article)


@stage("quotes", "attributions", "entities")
def _quotes(article, options, attributions, entities):
    """Who said what: every attribution with its resolved speaker."""
    return speakers.resolved_quotes(article, attributions, entities)


@stage("mentions", "entities")
def _mentions(article, options, entities):
    """Every mention of a person or body."""
    return speakers.mentions(article, entities)


@stage("speakers", "quotes", "entities", "mentions")
def _speakers(article, options, quotes, entities, mentions):
    """One row per person or body: attributions, words quoted, share of voice."""
    return speakers.speaker_table(article, quotes, entities, mentions)


@stage("gender_shares", "speakers")
def _gender_shares(article, options, speakers_table):
    """Women, men and unknown among the people quoted and those only mentioned."""
    return speakers.gender_shares(speakers_table)


# Sentiment


@stage("sentence_tone", "quotes")
def _sentence_tone(article, options, quotes):
    """Tone of every sentence, with its voice and speaker."""
    return sentiment.sentence_tone(article, options.sentiment_method, quotes)


@stage("quote_tone", "quotes")
def _quote_tone(article, options, quotes):
    """Tone of every attribution's own words."""
    return sentiment.quote_sentiment(article, options.sentiment_method, quotes)


@stage("speaker_tone", "quote_tone")
def _speaker_tone(article, options, quote_tone):
    """Tone per speaker over their attributions."""
    return sentiment.speaker_sentiment(quote_tone)


# Stance


@stage("stance_words", table=False)
def _stance_words(article, options):
    """The body's words as lists, read once for the stance stages (:func:`stance.body_words`)."""
    return stance.body_words(article)


@stage("stance_attributions", "quotes", table=False)
def _stance_attributions(article, options, quotes):
    """The attributions stance reads, read once (:func:`analysis.stance.attributions`)."""
    return stance.attributions(article, quotes)


@stage("proposals", "stance_words")
def _proposals(article, options, words):
    """Proposals ("X to <verb> ...") with how often the article comes back to them."""
    return stance.proposals(article, words)


@stage("central_proposal", "proposals", table=False)
def _central_proposal(article, options, proposals):
    """The article's central issue: its most discussed proposal, else method "none" (no target)."""
    return stance.propose_target(article, proposals)


@stage("target", "central_proposal", table=False)
def _target(article, options, central):
    """The issue stances are read on: the ``target`` option, else the central proposal."""
    return {"text": options.target, "method": "given"} if options.target else central


@stage("stance", "quotes", "stance_attributions", "target")
def _stance(article, options, quotes, rows, target):
    """Stance of every attribution toward the target (no rows when there is none)."""
    if target["text"] is None:
        return stance.no_target_stance(quotes)
    return stance.attribution_stance(article, target["text"], rows)


@stage("stance_evidence", "stance")
def _stance_evidence(article, options, rows):
    """Every cue behind the stance of each attribution, one row per cue."""
    return stance.evidence_table(rows)


@stage("speaker_stance", "stance")
def _speaker_stance(article, options, rows):
    """Stance of every speaker, pooling their attributions' evidence."""
    return stance.pool_speaker_stance(rows)


@stage("stance_targets", "proposals", "central_proposal", "mentions")
def _stance_targets(article, options, proposals, central, mentions):
    """The targets of the stance matrix: main proposals and most mentioned people and bodies."""
    return stance.discussed_targets(article, found=proposals, central=central, mentions=mentions)


@stage("stance_matrix", "stance_attributions", "stance_targets")
def _stance_matrix(article, options, rows, targets):
    """Speakers against the main proposals and names."""
    return stance.stance_matrix(article, targets, rows)


@stage("markers", "stance_attributions", "stance_words")
def _markers(article, options, rows, words):
    """Every hedge, booster, attitude marker, modal, negation and conditional."""
    return stance.markers(article, rows, words)


@stage("marker_rates", "stance_attributions", "markers", "stance_words")
def _marker_rates(article, options, rows, markers, words):
    """Stance markers per 100 words, for each speaker and the narration."""
    return stance.marker_rates(article, rows, markers, words)


@stage("framing", "stance_attributions")
def _framing(article, options, rows):
    """How each reporting verb frames its speaker."""
    return stance.framing(article, rows)


@stage("framing_by_speaker", "framing")
def _framing_by_speaker(article, options, framing):
    """Framing counts per speaker."""
    return stance.count_framing(framing)


# Readability


@stage("words")
def _words(article, options):
    """The body's words with syllables, familiarity and complexity (readability's counts)."""
    return readability.article_word_table(article)


@stage("unreadable_tokens")
def _unreadable_tokens(article, options):
    """Body tokens the formulas leave out because they cannot be words (URLs, over 40 characters)."""
    return readability.unreadable_tokens(article)


@stage("readability_report", "words", table=False)
def _readability_report(article, options, words):
    """Counts and every formula on the whole body, as a :class:`Readability` mapping."""
    return readability.readability_of_words(words)


@stage("readability", "readability_report")
def _readability(article, options, report):
    """The standard formulas on the whole body, one row each."""
    return report.located_table(article.text)


for _by in readability.GROUPINGS:

    def _readability_by(article, options, quotes, words, by=_by):
        return readability.readability_by(article, by, quotes, words, stretches=True)

    _readability_by.__doc__ = f"Counts and formulas per {_by}."
    stage(f"readability_by_{_by}", "quotes", "words")(_readability_by)


@stage(
    "readability_scores",
    "readability_report",
    *(f"readability_by_{b}" for b in readability.GROUPINGS),
)
def _readability_scores(article, options, report, *by_tables):
    """Every readability value, one row per scope (article, paragraph, ...) and measure."""
    return readability.readability_scores(
        article, report, dict(zip(readability.GROUPINGS, by_tables, strict=True))
    )
