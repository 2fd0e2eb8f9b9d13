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
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from analysis import attribution, readability, sentiment, speakers, stance
from analysis.core import overview
from analysis.core.article import Article


@dataclass(frozen=True)
class Stage:
    """One step of the analysis: its name, the stages it reads, and how it is computed.

    ``compute(article, options, *required)`` receives the article, the analysis options
    and the results of ``requires`` in that order. ``table`` says whether the result is
    a table :meth:`Analysis.tables` returns.
    """

    name: str
    requires: tuple[str, ...]
    compute: Callable[..., Any]
    description: str
    table: bool = True


STAGES: dict[str, Stage] = {}


def stage(name: str, *requires: str, table: bool = True):
    """Register the decorated function as the stage ``name`` reading ``requires``."""

    def register(compute: Callable[..., Any]) -> Callable[..., Any]:
        doc = (compute.__doc__ or "").strip().splitlines()
        STAGES[name] = Stage(name, requires, compute, doc[0] if doc else "", table)
        return compute

    return register


@dataclass(frozen=True)
class Options:
    """Choices that change results: the stance target and the sentiment method."""

    target: str | None = None
    sentiment_method: str = "news"


# ----------------------------------------------------------------------------- stages
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


# ----------------------------------------------------------------------------- the analysis


def _never_missing(dtype: Any) -> bool:
    return isinstance(dtype, np.dtype) and dtype.kind in "iu"


def with_provenance(table: pd.DataFrame, text: str) -> pd.DataFrame:
    """``table`` with the offset contract on every row: ``start``, ``end`` and ``text``.

    A summary table that points at a stretch by ``start``/``end`` only gets the stretch's
    ``text``; a row that points at nothing (a group with no member, the scores of an
    article with no words) gets the empty stretch 0:0, so ``text[start:end] == row.text``
    holds for every row of every table.
    """
    columns = table.columns
    # a set of the labels: an Index's own ``in`` builds its hash engine on first use,
    # which costs more than the set for the few columns of a table
    names = columns if isinstance(columns, pd.MultiIndex) else set(columns.tolist())
    if "start" not in names or "end" not in names:
        return table
    starts, ends = table["start"], table["end"]
    # numpy integer columns cannot hold a missing offset (nullable Int64 can): skip the
    # check on the common path
    if not (_never_missing(starts.dtype) and _never_missing(ends.dtype)):
        missing = starts.isna() | ends.isna()
        if missing.any():
            table = table.copy()
            table.loc[missing, ["start", "end"]] = 0
            table = table.astype({"start": "int64", "end": "int64"})
            if "text" in names:
                table.loc[missing, "text"] = ""
    if "text" not in names:
        starts = table["start"].to_numpy().tolist()
        ends = table["end"].to_numpy().tolist()
        stretches = [text[int(s) : int(e)] for s, e in zip(starts, ends, strict=True)]
        table = table.copy(deep=False)
        # typed as text even when empty, so tables of many articles concatenate cleanly
        table["text"] = pd.array(stretches, dtype="str")
    return table


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a stage runs, as it was afterwards.

    A stage allocates many short-lived containers (pandas objects, token lists), and each
    few hundred of them start a collection that walks every young object, and now and then
    every object in the process, word lists included: about a fifth of a full pass's CPU on
    PolNeAR dev (0.074 s against 0.051 per article, ``benchmarks/pipeline.py``). Reference
    counting still frees almost everything at once; what only the collector frees (cycles)
    waits until the next collection after the stage, so memory stays bounded by one stage.
    Nested stages leave the collector as the outermost one found it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Analysis:
    """The results of every stage for one article, each computed once, on first use.

    Stages are reached as attributes (``result.quotes``) or by name (``result["quotes"]``);
    ``computed`` counts how often each stage ran (once at most); ``seconds`` holds the CPU
    seconds each stage took on its own (its inputs were computed before it started).
    """

    def __init__(self, article: Article, options: Options | None = None) -> None:
        self.article = article
        self.options = options or Options()
        self.computed: Counter[str] = Counter()
        self.seconds: dict[str, float] = {}
        self._results: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._results:
            if name not in STAGES:
                raise KeyError(f"no stage named {name!r}; stages: {', '.join(STAGES)}")
            with collector_paused():
                self._compute(name)
        return self._results[name]

    def _compute(self, name: str) -> None:
        step = STAGES[name]
        inputs = [self[required] for required in step.requires]
        started = time.process_time()
        result = step.compute(self.article, self.options, *inputs)
        if step.table:
            result = with_provenance(result, self.article.text)
        self._results[name] = result
        self.seconds[name] = time.process_time() - started
        self.computed[name] += 1

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in STAGES:
            raise AttributeError(name)
        return self[name]

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(STAGES))

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the analysis, by stage name (export and corpus runs build on it)."""
        with collector_paused():
            return {name: self[name] for name, step in STAGES.items() if step.table}

    def __repr__(self) -> str:
        done = ", ".join(self._results) or "nothing yet"
        return f"Analysis({self.article!r}; computed: {done})"


def analyse(
    article: Article, *, target: str | None = None, sentiment_method: str = "news"
) -> Analysis:
    """The :class:`Analysis` of ``article`` with these options, kept on the article.

    Calling it again with the same article and options returns the same object, so its
    stages are computed once however many functions ask for them.
    """
    options = Options(target=target or None, sentiment_method=sentiment_method)
    kept: dict[Options, Analysis] = article.__dict__.setdefault("_analyses", {})
    if options not in kept:
        kept[options] = Analysis(article, options)
    return kept[options]


def release(article: Article) -> None:
    """Drop the analyses kept on ``article``, so a loop over many articles frees each at once.

    An article keeps its :class:`Analysis` and the analysis keeps its article: a reference
    cycle, which only the cyclic collector frees, late and at a cost (a loop over 400 PolNeAR
    train articles grew from 330 to 400 MB without this, and stayed near 320 MB with it). The
    corpus run calls it after each article's tables are written; the tables themselves stay.
    """
    article.__dict__.pop("_analyses", None)


# ----------------------------------------------------------------------------- one-call access
# The package's functions of an article: each is one stage of the article's kept Analysis,
# so calling several computes every upstream stage once. Each returns a copy, so changing
# a returned table cannot change what later stages read. Given an upstream table of their
# own (``table=``, ``quotes=``), they compute from it instead, outside the kept analysis.


def quotes(article: Article) -> pd.DataFrame:
    """Who said what: one row per attribution, with its resolved ``speaker``."""
    return analyse(article).quotes.copy()


def mentions(article: Article) -> pd.DataFrame:
    """Every mention of a person or body (:func:`analysis.speakers.mentions`)."""
    return analyse(article).mentions.copy()


def speaker_table(article: Article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per person or body (:func:`analysis.speakers.speaker_table`)."""
    result = analyse(article)
    if table is not None:
        return speakers.speaker_table(article, table, result.entities, result.mentions)
    return result.speakers.copy()


def sentence_tone(
    article: Article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Tone of every sentence (:func:`analysis.sentiment.sentence_tone`)."""
    if quotes is not None:
        return sentiment.sentence_tone(article, method, quotes)
    return analyse(article, sentiment_method=method).sentence_tone.copy()


def quote_tone(
    article: Article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Tone of every attribution (:func:`analysis.sentiment.quote_sentiment`)."""
    if quotes is not None:
        return sentiment.quote_sentiment(article, method, quotes)
    return analyse(article, sentiment_method=method).quote_tone.copy()


def propose_target(article: Article) -> dict:
    """The article's central issue (:func:`analysis.stance.propose_target`)."""
    return dict(analyse(article).central_proposal)


def attribution_stance(
    article: Article, target: str | None = None, table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Stance of every attribution toward ``target`` (default: the central issue)."""
    result = analyse(article, target=target)
    if table is not None:
        return stance.attribution_stance(article, result.target["text"], table)
    return result.stance.copy()


def speaker_stance(
    article: Article, target: str | None = None, table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Stance of every speaker toward ``target`` (default: the central issue)."""
    if table is not None:
        return stance.pool_speaker_stance(attribution_stance(article, target, table))
    return analyse(article, target=target).speaker_stance.copy()


def stance_matrix(
    article: Article, targets: pd.DataFrame | None = None, table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Speakers against the article's main proposals and names (or ``targets``)."""
    result = analyse(article)
    if targets is None and table is None:
        return result.stance_matrix.copy()
    targets = result.stance_targets if targets is None else targets
    return stance.stance_matrix(article, targets, result.quotes if table is None else table)


def marker_rates(article: Article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Stance markers per 100 words for each speaker and the narration."""
    if table is not None:
        return stance.marker_rates(article, table)
    return analyse(article).marker_rates.copy()


def framing_by_speaker(article: Article, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """How the reporting verbs frame each speaker."""
    if table is not None:
        return stance.framing_by_speaker(article, table)
    return analyse(article).framing_by_speaker.copy()


def readability_report(article: Article) -> readability.Readability:
    """Counts and every formula for the body (:func:`analysis.readability.readability_report`)."""
    return analyse(article).readability_report


def readability_by(
    article: Article, by: str = "paragraph", quote_table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Counts and formulas per ``paragraph``, ``sentence``, ``speaker`` or ``voice``."""
    if by not in readability.GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(readability.GROUPINGS)}, not {by!r}")
    result = analyse(article)
    if quote_table is not None:
        return readability.readability_by(article, by, quote_table, result.words)
    return result[f"readability_by_{by}"].copy()
