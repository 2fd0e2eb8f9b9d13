"""Parsing stays linear on pathological shapes, and the linear code reads text as before."""

from __future__ import annotations

import random
import time

import numpy as np
import pytest

from analysis import parse_article
from analysis.core import segment
from analysis.core.quotemarks import find_quote_spans, paragraph_bounds, quoted_mask

SIZE = 200_000

SHAPES = {
    "full stops": ". " * (SIZE // 2),
    "stops, no space": "a" + "." * SIZE,
    "exclamations": "Wow" + "!" * SIZE + " Yes",
    "commas": "," * SIZE,
    "spaces": "a" + " " * SIZE + "b",
    "curly marks": "“" * SIZE,
    "marks between spaces": "a “ " * (SIZE // 4) + "b",
    "opened, never closed": "“a " * (SIZE // 3),
    "said": "said " * (SIZE // 5),
    "one long token": "He said " + "x" * SIZE + " today.",
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_pathological_shapes_parse_quickly(name):
    """Before: 100 KB of '. ' took 195 s (the rest of the paragraph rescanned per stop).

    A guard against quadratic parsing, not a speed figure (benchmarks/scaling.py measures
    that): CPU seconds, so a busy machine does not fail it, and a bound some 50 times above what
    the linear code takes, far below what the quadratic code took (about 800 s at this size).
    """
    text = SHAPES[name]
    started = time.process_time()
    article = parse_article(text)
    elapsed = time.process_time() - started
    assert elapsed < 20, f"{name}: {elapsed:.1f} s for {len(text):,} characters"
    for table in (article.paragraphs, article.sentences, article.tokens):
        for start, end, value in table[["start", "end", "text"]].itertuples(index=False):
            assert text[start:end] == value


def _finditer_sentence_ends(text, lo, hi):
    return [
        m.span() + (m["stop"], m["close"]) for m in segment._SENTENCE_END.finditer(text, lo, hi)
    ]


def _naive_mask(text, spans):
    mask = np.zeros(len(text) + 1, dtype=bool)
    for span in spans:
        mask[span.inner_start : span.inner_end] = True
    return mask


_PIECES = ["a", "A", "Mr", "U.S", " ", "\n", "\n\n", ".", "!", "?", "…", "...", "“", "”", '"']
_PIECES += ["'", "’", "‘", "(", ")", "said", "He", "The", "``", "''", "«", "»", "\t"]


def test_sentence_ends_are_those_finditer_finds():
    rng = random.Random(14)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        found = [m.span() + (m["stop"], m["close"]) for m in segment._sentence_ends(text, lo, hi)]
        assert found == _finditer_sentence_ends(text, lo, hi), text


def test_quoted_mask_marks_what_slicing_marks():
    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        spans = find_quote_spans(text, paragraph_bounds(text))
        assert (quoted_mask(text, spans) == _naive_mask(text, spans)).all(), text
