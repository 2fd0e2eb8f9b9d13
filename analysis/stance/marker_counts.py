"""Stance markers in an article and their rates: per 100 words of each speaker's quoted
words and of the narration (Biber 1988; Hyland 2005).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from analysis.stance.inputs import BodyWords, Table, attributions, body_words, sort_order
from analysis.stance.markers import MARKER_LEXICONS, match_markers

MARKER_COLUMNS = ["start", "end", "text", "entry", "lexicon", "category", "sentence"]


def markers(article, table: Table = None, words: BodyWords | None = None) -> pd.DataFrame:
    """One row per stance marker in the article's body, with the voice it is in.

    Columns: start, end, text, entry, lexicon, category, sentence, voice (a speaker
    when the marker is inside one of their attributions, else ``narration``; see
    :meth:`Attributions.voice_of`). ``words`` is :func:`body_words` of the article,
    read when not given.
    """
    rows = attributions(article, table)
    body = body_words(article) if words is None else words
    text = article.text
    hits = [
        {**hit, "sentence": number}
        for number, sentence in body.sentences
        for hit in match_markers(text, sentence, MARKER_LEXICONS)
    ]
    if not hits:  # the empty table, typed as it always was
        return pd.DataFrame(hits, columns=MARKER_COLUMNS).assign(voice=[])
    quoted = dict(zip(body.start, body.in_quote, strict=True))
    found = pd.DataFrame({c: [hit[c] for hit in hits] for c in MARKER_COLUMNS})
    voices = rows.voices_of(
        found["start"].tolist(),
        found["end"].tolist(),
        [quoted.get(h["start"], False) for h in hits],
    )
    return found.assign(voice=pd.Series(voices, index=found.index, dtype=object))


#: The columns of :func:`marker_rates` and their types.
RATE_COLUMNS = {
    "voice": object, "lexicon": object, "markers": "int64", "start": "int64", "end": "int64",
    "words": "int64", "per_100_words": "float64", "text": object,
}  # fmt: skip


def marker_rates(
    article,
    table: Table = None,
    found: pd.DataFrame | None = None,
    words: BodyWords | None = None,
) -> pd.DataFrame:
    """Stance markers per 100 words for each voice and lexicon (Biber 1988 normalises per 1,000;
    news passages are short, so per 100).

    Tidy: voice, lexicon, markers, words, per_100_words = 100 x markers / words. Voices
    are the quoted speakers and ``narration``, most words first; every lexicon of
    :data:`MARKER_LEXICONS` appears for every voice, with 0 when absent. ``start``/``end``
    point at the voice's first marker of that lexicon, else at its first word. ``found``
    is :func:`markers` and ``words`` :func:`body_words` of the same article, computed
    when not given.
    """
    rows = attributions(article, table)
    body = body_words(article) if words is None else words
    if not body.start:  # no word, no voice to count: the table's columns, no rows
        return pd.DataFrame(
            {c: pd.Series(dtype=t) for c, t in RATE_COLUMNS.items()}, columns=list(RATE_COLUMNS)
        )
    first_word: dict[str, tuple[int, int]] = {}
    voices = rows.voices_of(body.start, body.end, body.in_quote)
    word_counts: Counter[str] = Counter(voices)
    for position, voice in enumerate(voices):
        if voice not in first_word:
            first_word[voice] = (body.start[position], body.end[position])
    found = markers(article, rows, body) if found is None else found
    first_marker, marker_counts = _first_markers(found)
    records = []
    for voice, words_in_voice in sorted(word_counts.items(), key=lambda item: -item[1]):
        for lexicon in MARKER_LEXICONS:
            # a lexicon a voice never uses points at that voice's first word instead
            start, end = first_marker.get((voice, lexicon), first_word[voice])
            count = marker_counts[voice, lexicon]
            records.append((voice, lexicon, count, start, end, words_in_voice))
    columns = list(zip(*records, strict=True))
    rates = pd.DataFrame(
        {
            "voice": list(columns[0]),
            "lexicon": list(columns[1]),
            "markers": np.array(columns[2], dtype="int64"),
            "start": np.array(columns[3], dtype="int64"),
            "end": np.array(columns[4], dtype="int64"),
            "words": np.array(columns[5], dtype="int64"),
        }
    )
    return rates.assign(
        per_100_words=100 * rates["markers"] / rates["words"],
        text=[article.text[s:e] for s, e in zip(columns[3], columns[4], strict=True)],
    )


def _first_markers(found: pd.DataFrame) -> tuple[dict, Counter]:
    """(voice, lexicon) -> (start, end) of its first marker in the text, and its count."""
    columns = [found[c].to_numpy() for c in ("voice", "lexicon", "start", "end")]
    first: dict[tuple, tuple[int, int]] = {}
    counts: Counter[tuple] = Counter()
    for i in sort_order(columns[2]) if len(found) else []:
        key = (columns[0][i], columns[1][i])
        counts[key] += 1
        first.setdefault(key, (int(columns[2][i]), int(columns[3][i])))
    return first, counts
