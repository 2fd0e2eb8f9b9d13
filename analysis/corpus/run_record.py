"""What a corpus run did (:class:`CorpusRun`), and the output folder and progress bar it works with."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from analysis.corpus.process import ChunkSummary
from analysis.corpus.store import PARTS
from analysis.takeaways import plural


@dataclass
class CorpusRun:
    """What a run did: counts, the tables written, time and memory per worker."""

    out: Path
    articles: int = 0
    failed: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    chunks: list[ChunkSummary] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    engine: str = "local"
    main_rss_mb: float = 0.0
    #: Of ``seconds``, those spent combining parts and writing the cross-article tables.
    combine_seconds: float = 0.0
    #: The largest peak memory of a process combining tables (this one's, without a pool).
    combine_rss_mb: float = 0.0

    @property
    def analysed(self) -> int:
        return self.articles - self.failed

    @property
    def peak_rss_mb(self) -> float:
        """The largest peak resident memory of any worker, analysing or combining."""
        return max([c.peak_rss_mb for c in self.chunks] + [self.combine_rss_mb])

    def summary(self) -> str:
        """The few lines printed at the end of a run."""
        rate = self.articles / self.seconds if self.seconds else 0.0
        lines = [
            f"Read {self.articles:,} articles: {self.analysed:,} analysed, {self.failed:,} failed"
            + (f" (reasons in {self.out / 'errors.csv'})" if self.failed else "")
            + ".",
            f"{len(self.rows)} tables in {self.out}/ as Parquet and CSV "
            f"({self.rows.get('quotes', 0):,} attributions, "
            f"{self.rows.get('corpus_speakers', 0):,} people and bodies across articles).",
            f"{self.seconds:.1f} s ({rate:.1f} articles/s, {self.engine}); "
            f"peak memory per worker {self.peak_rss_mb:.0f} MB.",
        ]
        if self.skipped:
            files = plural(len(self.skipped), "file")
            lines.append(
                f"Skipped {files} that {'is' if len(self.skipped) == 1 else 'are'} not .txt, .html or .htm."
            )
        return "\n".join(lines)


def _prepare(out: str | os.PathLike) -> Path:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if (out / PARTS).exists():  # parts of an interrupted run would be combined again
        shutil.rmtree(out / PARTS)
    # Only the tables a run writes are replaced: --out may be a folder with other files.
    for name in table_names():
        for suffix in (".parquet", ".csv"):
            (out / f"{name}{suffix}").unlink(missing_ok=True)
    return out


def table_names() -> list[str]:
    """Every table a corpus run writes: the article tables, ``articles``, ``errors``, cross tables."""
    from analysis.corpus.cross import CROSS_TABLES
    from analysis.pipeline import STAGES

    return [name for name, step in STAGES.items() if step.table] + [
        "articles",
        "errors",
        *CROSS_TABLES,
    ]


def _progress(total: int | None, show: bool):
    from tqdm import tqdm

    # rate_noinv: always "articles/s", never "s/article" when articles are slow.
    bar = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}]"
    return tqdm(total=total, unit="article", desc="corpus", disable=not show, bar_format=bar)


def _record(run: CorpusRun, summary: ChunkSummary, bar) -> None:
    run.chunks.append(summary)
    run.articles += summary.articles
    run.failed += summary.failed
    bar.update(summary.articles)
