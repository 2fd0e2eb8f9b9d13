"""The article itself, with what the analysis found marked on it: HTML views for notebooks.

A user checks a row of who-said-what against the text, so the text has to be shown: like
displaCy's entity view or the ATAP quotation tool, :func:`article_view` prints the article
with every attribution's words highlighted in its speaker's colour, the reporting cue
underlined and the speaker mention marked; hovering shows speaker, kind and cue.
:func:`span_view` colours any table of spans by a label (sentences by tone, attributions
by stance) with a legend.

Every view is built from the tables' ``start``/``end`` offsets, and article text is data,
never markup: every piece of it goes through :func:`html.escape` (``quote=True`` in
attributes), the container is marked so MathJax leaves ``$…$`` alone, the CSS is inline
and there is no script. Nothing here reads a file or the network.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.core.article import Article
from analysis.core.schema import UNRESOLVED
from analysis.csv_export import source_name
from analysis.plots.style import COLORS
from analysis.takeaways import plural

#: Backgrounds for speakers: Paul Tol's "light" scheme, made for black text on colour.
SPEAKER_COLORS = (
    "#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#aaaa00",
)  # fmt: skip
#: Speakers past the palette, and unresolved speakers, share one grey.
OTHER_SPEAKERS = "#dddddd"
#: The ``class`` every view's container carries: MathJax must not read ``$5 … $10`` as math.
CONTAINER_CLASS = "article-view tex2jax_ignore mathjax_ignore"

_CONTAINER_STYLE = (
    "font-family: Georgia, 'Times New Roman', serif; font-size: 15px; line-height: 1.6; "
    "max-width: 46em; color: #222; background: #fff; padding: 0.5em 0;"
)
_PARAGRAPH_STYLE = {
    "body": "",
    "heading": "font-weight: bold; font-size: 1.15em; font-family: sans-serif;",
    "boilerplate": "color: #888; font-size: 0.85em; font-style: italic; font-family: sans-serif;",
}


@dataclass(frozen=True)
class Mark:
    """One marked stretch ``[start, end)`` of the text, on one layer.

    Marks on different layers combine (a cue inside a highlighted quotation is both
    underlined and coloured); on one layer the mark added last wins.
    """

    start: int
    end: int
    layer: str
    style: str
    title: str = ""


class HtmlView:
    """HTML for a notebook output: shown by Jupyter, by nbconvert and in a report."""

    def __init__(self, markup: str, text: str = "") -> None:
        self.markup = markup
        self.text = text

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.text or "HtmlView"


def _escape(text: object) -> str:
    return html.escape(str(text), quote=True)


def tint(color: str, share: float = 0.6) -> str:
    """``color`` mixed with ``share`` of white: a background black text stays readable on."""
    rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (255 - c) * share) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)


# ----------------------------------------------------------------------------- rendering


def _pieces(start: int, end: int, marks: Sequence[Mark]) -> Iterable[tuple[int, int, list[Mark]]]:
    """Cut ``[start, end)`` wherever a mark starts or ends; each piece with its marks."""
    inside = [m for m in marks if m.start < end and m.end > start and m.end > m.start]
    cuts = sorted(
        {start, end} | {min(max(p, start), end) for m in inside for p in (m.start, m.end)}
    )
    for low, high in zip(cuts, cuts[1:], strict=False):
        active = [m for m in inside if m.start <= low and m.end >= high]
        yield low, high, active


def _span(text: str, active: list[Mark]) -> str:
    if not active:
        return _escape(text)
    by_layer: dict[str, Mark] = {}
    for mark in active:
        by_layer[mark.layer] = mark
    style = " ".join(m.style for m in by_layer.values())
    titles = list(dict.fromkeys(m.title for m in by_layer.values() if m.title))
    title = f' title="{_escape(" | ".join(titles))}"' if titles else ""
    return f'<span style="{_escape(style)}"{title}>{_escape(text)}</span>'


def _paragraph(article: Article, row, marks: Sequence[Mark]) -> str:
    body = "".join(
        _span(article.text[low:high], active)
        for low, high, active in _pieces(row.start, row.end, marks)
    )
    kind = row.kind if row.kind in _PARAGRAPH_STYLE else "body"
    label = f"paragraph {row.paragraph} ({kind})"
    return (
        '<div style="display: flex; gap: 0.8em; margin: 0 0 0.6em 0;">'
        f'<div style="flex: 0 0 2.4em; text-align: right; color: #999; font-family: sans-serif; '
        f'font-size: 0.75em; padding-top: 0.25em; user-select: none;" title="{_escape(label)}">'
        f"{int(row.paragraph)}</div>"
        f'<div style="flex: 1; white-space: pre-wrap; {_PARAGRAPH_STYLE[kind]}">{body}</div></div>'
    )


def _legend(entries: Sequence[tuple[str, str]], heading: str | None) -> str:
    if not entries:
        return ""
    items = "".join(
        f'<span style="display: inline-block; margin: 0 1em 0.3em 0;">'
        f'<span style="display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; '
        f'vertical-align: -0.1em; background: {_escape(color)}; border: 1px solid #666;"></span>'
        f"{_escape(label)}</span>"
        for label, color in entries
    )
    lead = f"<strong>{_escape(heading)}:</strong> " if heading else ""
    return f'<div style="font-family: sans-serif; font-size: 0.85em; margin-bottom: 0.8em;">{lead}{items}</div>'


def render(
    article: Article,
    marks: Sequence[Mark],
    legend: Sequence[tuple[str, str]] = (),
    legend_heading: str | None = None,
    note: str | None = None,
) -> HtmlView:
    """The article paragraph by paragraph, numbered in the margin, with ``marks`` applied.

    Headings and boilerplate are set apart; ``legend`` is (label, colour) pairs and
    ``note`` a line under it. Text outside every paragraph is blank and left out.
    """
    paragraphs = "".join(
        _paragraph(article, row, marks) for row in article.paragraphs.itertuples(index=False)
    )
    note_html = (
        f'<div style="font-family: sans-serif; font-size: 0.8em; color: #555; margin-bottom: 0.8em;">'
        f"{_escape(note)}</div>"
        if note
        else ""
    )
    markup = (
        f'<div class="{CONTAINER_CLASS}" style="{_CONTAINER_STYLE}">'
        f"{_legend(legend, legend_heading)}{note_html}{paragraphs}</div>"
    )
    summary = f"{plural(len(article.paragraphs), 'paragraph')}, {plural(len(marks), 'marked span')}"
    return HtmlView(markup, f"Article view: {summary}")


# ----------------------------------------------------------------------------- who said what


def speaker_colors(quotes: pd.DataFrame) -> dict[str, str]:
    """A background per speaker, most attributions first; the rest share :data:`OTHER_SPEAKERS`."""
    named = quotes["speaker"].dropna()
    named = named[named != UNRESOLVED]
    order = named.value_counts(sort=True).index.tolist()
    return {
        name: SPEAKER_COLORS[i] if i < len(SPEAKER_COLORS) else OTHER_SPEAKERS
        for i, name in enumerate(order)
    }


def _fragments(row) -> list[tuple[int, int]]:
    pieces = getattr(row, "fragments", None)
    if isinstance(pieces, (list, tuple)) and len(pieces):
        return [(int(s), int(e)) for s, e in pieces]
    return [(int(row.start), int(row.end))]


def _has(value) -> bool:
    return value is not None and not pd.isna(value)


def attribution_marks(quotes: pd.DataFrame, colors: Mapping[str, str]) -> list[Mark]:
    """Content highlighted in the speaker's colour, cue underlined, speaker mention marked."""
    marks: list[Mark] = []
    for row in quotes.itertuples(index=False):
        speaker = row.speaker if _has(row.speaker) else UNRESOLVED
        color = colors.get(speaker, OTHER_SPEAKERS)
        cue = row.cue if _has(row.cue) else "no cue"
        said = f"{speaker} · {row.kind} · cue: {cue}"
        if getattr(row, "continuation", False) is True:
            said += " · continues the previous speaker"
        for start, end in _fragments(row):
            marks.append(Mark(start, end, "content", f"background: {color};", said))
        if _has(row.cue_start) and _has(row.cue_end):
            marks.append(
                Mark(
                    int(row.cue_start),
                    int(row.cue_end),
                    "cue",
                    "text-decoration: underline; text-decoration-thickness: 2px; "
                    "text-underline-offset: 3px;",
                    f"cue {cue!r} for {speaker}",
                )  # fmt: skip
            )
        if _has(row.speaker_start) and _has(row.speaker_end):
            marks.append(
                Mark(
                    int(row.speaker_start),
                    int(row.speaker_end),
                    "mention",
                    f"font-weight: bold; box-shadow: inset 0 -0.35em 0 {color};",
                    f"speaker as written: {row.speaker_mention} → {speaker}",
                )  # fmt: skip
            )
    return marks


def article_view(
    article: Article, quotes: pd.DataFrame, mentions: pd.DataFrame | None = None
) -> HtmlView:
    """The article with every attribution highlighted in its speaker's colour.

    ``quotes`` is the who-said-what table (``analyse(article).quotes``): each row's words
    (each fragment of an interrupted quotation) take the speaker's background, the cue is
    underlined and the speaker mention set in bold; hovering shows speaker, kind and cue.
    With ``mentions`` (``analyse(article).mentions``), every other mention of a quoted
    speaker is underlined with a dotted line in their colour.
    """
    colors = speaker_colors(quotes)
    marks: list[Mark] = []
    if mentions is not None and len(mentions):
        for row in mentions[mentions["entity"].isin(colors)].itertuples(index=False):
            marks.append(
                Mark(
                    int(row.start),
                    int(row.end),
                    "mention",
                    f"border-bottom: 2px dotted {colors[row.entity]};",
                    f"mention of {row.entity}",
                )  # fmt: skip
            )
    marks += attribution_marks(quotes, colors)
    counts = quotes["speaker"].fillna(UNRESOLVED).value_counts()
    legend = [
        (f"{name} ({plural(int(counts[name]), 'attribution')})", color)
        for name, color in colors.items()
        if color != OTHER_SPEAKERS
    ]
    if any(color == OTHER_SPEAKERS for color in colors.values()) or UNRESOLVED in counts:
        legend.append(("other or unresolved speakers", OTHER_SPEAKERS))
    note = (
        "Highlighted: what each speaker said (quoted or paraphrased); underlined: the cue; "
        "bold: the speaker as written. Hover over a passage for speaker, kind and cue."
    )
    view = render(article, marks, legend, "Speakers", note)
    view.text = (
        f"Article view: {plural(len(quotes), 'attribution')} of {plural(len(colors), 'speaker')}"
    )
    return view


# ----------------------------------------------------------------------------- any label


def span_view(
    article: Article,
    spans: pd.DataFrame,
    label: str = "label",
    colors: Mapping[str, str] | None = None,
    details: Sequence[str] = (),
    legend_heading: str | None = None,
    note: str | None = None,
) -> HtmlView:
    """The article with each row of ``spans`` coloured by its ``label`` column.

    ``colors`` maps a label to a colour (default: :data:`analysis.plots.style.COLORS`
    by label name), shown as a light tint with a legend; ``details`` are columns added
    to each span's hover title (a float is shown with two decimals).
    """
    # Labels from one end of the scale to the other (favor, neutral, against), then the rest.
    rank = ["favor", "positive", "neutral", "against", "negative", *COLORS]
    values = sorted(
        spans[label].dropna().unique(),
        key=lambda v: (rank.index(v) if v in rank else len(rank), str(v)),
    )
    colors = dict(colors or {v: COLORS.get(str(v), COLORS["neutral"]) for v in values})
    marks = []
    for row in spans.to_dict("records"):
        value = row[label]
        parts = [f"{label}: {value}"] + [
            f"{column}: {_detail(row[column])}" for column in details if _has_detail(row[column])
        ]
        color = tint(colors.get(value, COLORS["neutral"]))
        marks.append(Mark(int(row["start"]), int(row["end"]), "label", f"background: {color};",
                          " · ".join(parts)))  # fmt: skip
    present = set(spans[label])
    legend = [(str(v), tint(c)) for v, c in colors.items() if v in present]
    return render(article, marks, legend, legend_heading or label, note)


def _has_detail(value) -> bool:
    if isinstance(value, (list, tuple)):
        return len(value) > 0
    return _has(value)


def _detail(value) -> str:
    if isinstance(value, float):
        return f"{value:+.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return str(value)


# ----------------------------------------------------------------------------- the header


def article_header(article: Article) -> HtmlView:
    """Headline, source file name, date and word count: what a reader checks first."""
    facts = [
        f"source: {source_name(article)}",
        f"date: {article.date.isoformat() if article.date else 'not found'}",
        plural(len(article.words), "word") + " in the body",
        plural(len(article.paragraphs), "paragraph"),
    ]
    headline = article.title or "(no headline found)"
    # Every notebook opens with this header: a text in another language is said so here,
    # before any chart of word lists written for English.
    warning = getattr(article, "language_note", None)
    warning_markup = (
        f'<div style="color: #8c510a; font-weight: bold; margin-top: 0.3em;">{_escape(warning)}</div>'
        if warning
        else ""
    )
    markup = (
        f'<div class="{CONTAINER_CLASS} article-header" style="font-family: sans-serif; margin: 0.3em 0 0.8em 0;">'
        f'<div style="font-size: 1.35em; font-weight: bold; font-family: Georgia, serif;">'
        f"{_escape(headline)}</div>"
        f'<div style="color: #555; font-size: 0.9em;">{_escape(" · ".join(facts))}</div>'
        f"{warning_markup}</div>"
    )
    plain = f"{headline} ({' · '.join(facts)})" + (f" {warning}" if warning else "")
    return HtmlView(markup, plain)


def facts(pairs: Mapping[str, object]) -> HtmlView:
    """A small two-column table of named values, every value escaped (no raw dict repr)."""
    rows = "".join(
        f'<tr><th style="text-align: left; padding-right: 1.2em;">{_escape(name)}</th>'
        f'<td style="text-align: left; white-space: normal;">{_escape(_fact(value))}</td></tr>'
        for name, value in pairs.items()
    )
    text = "; ".join(f"{name}: {_fact(value)}" for name, value in pairs.items())
    return HtmlView(f'<table class="{CONTAINER_CLASS}">{rows}</table>', text)


def _fact(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(_fact, value))
    return str(value)
