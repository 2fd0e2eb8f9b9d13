"""How a corpus is cut into chunks of articles for the workers, and how many workers there are."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator

from analysis.corpus.sources import CorpusItem

#: Articles per chunk at most: small enough to balance two workers on 20 articles,
#: large enough that the per-task cost (pickling, one part file per table) stays small.
MAX_CHUNK = 16


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunks_of(
    items: Iterable[CorpusItem], size: int, total: int | None = None, jobs: int = 1
) -> Iterator[list[CorpusItem]]:
    """Consecutive lists of ``size`` items, read lazily from ``items``.

    Given the ``total`` and the ``jobs`` sharing them, the last chunks shrink (at most
    half of what is left per worker, "guided" scheduling as OpenMP names it), so the
    workers finish together instead of one waiting for another's last full chunk.
    """
    iterator, left = iter(items), total
    while True:
        wanted = size if left is None else max(1, min(size, -(-left // (2 * jobs))))
        chunk = list(itertools.islice(iterator, wanted))
        if not chunk:
            return
        left = None if left is None else left - len(chunk)
        yield chunk


def chunk_size(jobs: int, expected: int | None = None) -> int:
    """About four chunks per worker on a small corpus, at most :data:`MAX_CHUNK` articles."""
    if not expected:
        return MAX_CHUNK
    return max(1, min(MAX_CHUNK, -(-expected // (4 * max(1, jobs)))))
