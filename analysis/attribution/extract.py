"""Who said what: every quotation and paraphrase of an article, tied to its speaker mention.

A rule pipeline over the article's sentences and quotation spans (no parser), in the
tradition of the pattern-based extractors for news (Pouliquen, Steinberger & Best 2007,
"Automatic detection of quotations in multilingual news"; Krestel, Bergler & Witte 2008,
"Minding the source"; Pareti 2015, "Attribution: a computational approach"). An
attribution has three parts (PARC 3.0 terms): the *source* (speaker mention), the
*cue* (a reporting verb or phrase, :mod:`~analysis.attribution.cues`) and the *content*
(what was said).

The passes run in order over one :class:`~analysis.attribution.state.State`, each
claiming text the later ones leave alone; the order is the algorithm:

1. :mod:`~analysis.attribution.direct`: quotations with a cue beside them.
2. :mod:`~analysis.attribution.indirect`: every other cue, indirect and mixed.
3. :mod:`~analysis.attribution.nested`: the outer source of a relayed report
   (``X said …, according to Y``), the inner speaker of a relayed quotation.
   :mod:`~analysis.attribution.survey_frames`: a poll's finding framed by a leading
   ``In`` ("In a new poll, Ruiz leads by 10 points").
4. :mod:`~analysis.attribution.interview`: the labelled turns of a transcript
   (``Q:``/``A:``, ``NAME:``); :mod:`~analysis.attribution.labelled_quotes`: a single
   ``NAME: “…”`` inside a paragraph.
5. :mod:`~analysis.attribution.headline`: ``Content: Speaker`` headings, title-case cues.
6. :mod:`~analysis.attribution.screen`: confidence and ``check``; what no source says is
   dropped; :mod:`~analysis.attribution.reclaim` then reads the sentences of dropped rows
   again, so that a trailing ``…, he said`` a screened inner cue had taken is found.
7. :mod:`~analysis.attribution.continuation`: cue-less quotation paragraphs, and
   (:mod:`~analysis.attribution.relayed`) those after a relayed report carry on its inner
   speaker.

Quotation marks come from :mod:`analysis.core.quotemarks`, which reads each mark's role from
its context, so unbalanced or wrong-way marks still give the best reading. A short
quotation with no cue beside it (a scare quote, a title, a nickname) is never a
quotation of its own; inside a paraphrase it makes that paraphrase *mixed*.
"""

from __future__ import annotations

import bisect

import pandas as pd

from analysis.attribution.continuation import find_continuations
from analysis.attribution.direct import find_direct
from analysis.attribution.headline import find_headlines
from analysis.attribution.indirect import find_indirect
from analysis.attribution.interview import find_interviews
from analysis.attribution.labelled_quotes import find_labelled_quotes
from analysis.attribution.mention_spans import name_head
from analysis.attribution.nested import find_nested
from analysis.attribution.poll_sources import poll_source
from analysis.attribution.reclaim import reclaim_frames
from analysis.attribution.relayed import continue_inner
from analysis.attribution.screen import CHECK_BELOW, screen
from analysis.attribution.state import Attribution, Layout, State
from analysis.attribution.summary_reports import find_summary_reports
from analysis.attribution.survey_frames import find_survey_frames
from analysis.core.datelines import dateline_end
from analysis.core.quotemarks import QuoteSpan

QUOTE_COLUMNS = [
    "attribution", "start", "end", "text", "kind", "fragments", "cue", "cue_start", "cue_end",
    "speaker_mention", "speaker_start", "speaker_end", "speaker", "continuation", "continues",
    "paragraph", "sentence", "confidence", "check",
]  # fmt: skip

# The passes, in the order that is the algorithm: each leaves alone what earlier ones claimed.
# Screening runs before continuations, so none carries on a row screened out.
PASSES = (
    find_direct,
    find_indirect,
    find_summary_reports,
    find_nested,
    find_survey_frames,
    find_interviews,
    find_labelled_quotes,
    find_headlines,
    screen,
    reclaim_frames,
    find_continuations,
    continue_inner,
)


# ------------------------------------------------------------------------- public API


def find_attributions(
    text: str,
    paragraphs: list[tuple[int, int, str]],
    sentences: list[tuple[int, int, int]],
    spans: list[QuoteSpan],
) -> list[Attribution]:
    """Attributions of ``text`` from plain bounds: the engine behind :func:`quotes`.

    ``paragraphs`` are (start, end, kind), ``sentences`` (start, end, paragraph) and
    ``spans`` the quotations of :func:`analysis.core.quotemarks.find_quote_spans`.
    """
    layout = Layout(
        text,
        [(s, e) for s, e, _ in paragraphs],
        [k for _, _, k in paragraphs],
        [(s, e) for s, e, _ in sentences],
        [p for _, _, p in sentences],
    )
    if not layout.para_bounds:
        return []
    state = State(layout, list(spans))
    for run_pass in PASSES:
        run_pass(state)
    para_starts = set(layout.para_starts)
    for a in state.found:
        if a.start in para_starts:
            _drop_dateline(text, a)
        # The passes read the whole noun phrase ("Ana Ruiz of the clinic"); the mention
        # of a person ends at her name, so that the resolver never takes the body for her.
        poll = poll_source(text, layout, a)  # "In a Post-ABC poll, 8 percent said"
        if poll is not None:
            a.speaker_start, a.speaker_end = poll
        if a.speaker_start is not None and a.speaker_end is not None:
            a.speaker_start, a.speaker_end = name_head(text, a.speaker_start, a.speaker_end)
    return sorted(state.found, key=lambda a: (a.start, a.end))


def _drop_dateline(text: str, a: Attribution) -> None:
    """``VIENNA — The house will …, the minister said``: the dateline is the writer's, so
    the content starts after it (:mod:`analysis.core.datelines`)."""
    end = dateline_end(text, a.start)
    if end is None or end >= a.end:
        return
    a.start = end
    if a.fragments and a.fragments[0][0] < end:
        a.fragments = [(max(lo, end), hi) for lo, hi in a.fragments if hi > end]


def _span_text(text: str, lo: int | None, hi: int | None) -> str | None:
    return None if lo is None else text[lo:hi]


def quotes(article) -> pd.DataFrame:
    """One row per attribution of ``article``: what was said, the cue, and who said it.

    Columns: ``attribution`` (the row's id), ``start``/``end`` (the content; ``text`` is
    ``article.text[start:end]``),
    ``kind`` (direct/indirect/mixed), ``fragments`` (the quoted pieces of an interrupted
    quotation), ``cue`` with ``cue_start``/``cue_end``, ``speaker_mention`` as written with
    ``speaker_start``/``speaker_end``, ``speaker`` (the mention as written, or for a
    continuation its source's; :func:`analysis.speakers.resolved_quotes` puts the resolved
    name here), ``continuation`` (a quotation paragraph carrying on the previous speaker;
    its mention is empty) with ``continues`` (the ``attribution`` it carries on),
    ``paragraph`` and ``sentence`` (ids of where the content starts), ``confidence``
    (0-1, from the cue's class, the frame and the speaker mention's form; see
    :mod:`analysis.attribution.screen`) and ``check`` (True for a doubtful row a reader
    should check). ``speaker_mention`` is the whole noun phrase before the cue, a role
    included ("Wild coach Bruce Boudreau"); after the cue it ends at the name ("said
    Ana Ruiz, head of …"). The name-only span is :mod:`analysis.speakers`' job.
    """
    text = article.text
    paragraphs = list(
        zip(
            article.paragraphs["start"],
            article.paragraphs["end"],
            article.paragraphs["kind"],
            strict=True,
        )
    )
    sentences = list(
        zip(
            article.sentences["start"],
            article.sentences["end"],
            article.sentences["paragraph"],
            strict=True,
        )
    )
    found = find_attributions(text, paragraphs, sentences, list(article.quote_spans))
    layout_sent_starts = [s for s, _, _ in sentences]
    rows = []
    position = {id(a): i for i, a in enumerate(found)}
    for i, a in enumerate(found):
        source = a.inherited_from
        sentence = max(0, bisect.bisect_right(layout_sent_starts, a.start) - 1)
        rows.append(
            {
                "attribution": i,
                "start": a.start,
                "end": a.end,
                "text": text[a.start : a.end],
                "kind": a.kind,
                "fragments": list(a.fragments),
                "cue": _span_text(text, a.cue_start, a.cue_end),
                "cue_start": a.cue_start,
                "cue_end": a.cue_end,
                "speaker_mention": _span_text(text, a.speaker_start, a.speaker_end),
                "speaker_start": a.speaker_start,
                "speaker_end": a.speaker_end,
                "speaker": _span_text(text, source.speaker_start, source.speaker_end)
                if source is not None
                else _span_text(text, a.speaker_start, a.speaker_end),
                "continuation": a.continuation,
                "continues": position[id(source)] if source is not None else None,
                "paragraph": sentences[sentence][2] if sentences else 0,
                "sentence": sentence,
                "confidence": a.confidence,
                "check": a.confidence is None or a.confidence < CHECK_BELOW,
            }
        )
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    table["attribution"] = table["attribution"].astype(int)
    for column in ("cue_start", "cue_end", "speaker_start", "speaker_end", "continues"):
        table[column] = table[column].astype("Int64")
    table["continuation"] = table["continuation"].astype(bool)
    table["check"] = table["check"].astype(bool)
    table["confidence"] = table["confidence"].astype(float)
    for column in ("cue", "speaker_mention", "speaker"):
        table[column] = table[column].astype(object).where(table[column].notna(), None)
    return table
