"""Corpus runs: inputs, the errors table, tidy tables with ``article``, Parquet and CSV, the CLI,
the process pool and a Dask cluster."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import analysis
from analysis.core.paths import PROJECT_DIR
from analysis.corpus import Columns, corpus_items, read_table, run_corpus, run_on_dask
from analysis.corpus import process as corpus_process

SHIPPED = PROJECT_DIR / "seeds" / "corpus"
BAD = PROJECT_DIR / "tests" / "data" / "corpus_bad"
#: Four shipped articles, two outlets, one web page, one person (Nandakumar) in two.
FEW = [
    "Harbor Herald/2025-01-14-port-expansion.txt",
    "Harbor Herald/2025-04-09-port-jobs.txt",
    "The Valley Ledger/2025-01-20-budget-vote.txt",
    "The Valley Ledger/2025-04-15-roads.html",
]


def small_corpus(folder: Path, bad: bool = True, names: list[str] = FEW) -> Path:
    """Four good articles in outlet sub-folders; with ``bad``, a corrupt, an empty and a binary file."""
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SHIPPED / name, folder / name)
    if bad:
        shutil.copy(BAD / "truncated.txt.gz", folder / "Harbor Herald" / "truncated.txt.gz")
        (folder / "The Valley Ledger" / "empty.txt").write_bytes(b"")
        (folder / "The Valley Ledger" / "photo.html").write_bytes(
            b"\x89PNG\r\n\x1a\n" + bytes(range(256))
        )
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    folder = small_corpus(tmp_path_factory.mktemp("corpus"))
    out = tmp_path_factory.mktemp("out")
    return folder, out, run_corpus(folder, out, jobs=1, progress=False)


def test_bad_files_get_one_error_row_each_and_the_rest_is_analysed(corpus_run):
    folder, out, run = corpus_run
    errors = read_table(out, "errors")
    assert sorted(errors["article"]) == [
        "Harbor Herald/truncated.txt.gz", "The Valley Ledger/empty.txt", "The Valley Ledger/photo.html",
    ]  # fmt: skip
    reasons = dict(zip(errors["article"], errors["error"], strict=True))
    assert "corrupt" in reasons["Harbor Herald/truncated.txt.gz"]
    assert "empty" in reasons["The Valley Ledger/empty.txt"]
    assert "PNG" in reasons["The Valley Ledger/photo.html"]
    assert all(r.count(". ") == 0 and r.endswith(".") for r in reasons.values())  # one sentence
    assert sorted(read_table(out, "articles")["article"]) == sorted(FEW)
    assert (run.articles, run.failed) == (7, 3)
    assert "7 articles: 4 analysed, 3 failed" in run.summary()
    assert run.skipped == [str(folder / "notes.md")]
    shipped_bad = (BAD / "truncated.txt.gz").read_bytes()
    assert (folder / "Harbor Herald" / "truncated.txt.gz").read_bytes() == shipped_bad  # only read


def test_every_table_is_tidy_carries_article_and_points_into_its_text(corpus_run):
    folder, out, run = corpus_run
    texts = {name: analysis.load_article(folder / name).text for name in FEW}
    one = analysis.analyse(analysis.load_article(folder / FEW[0])).tables()
    for name in one:
        table = read_table(out, name)
        assert table.columns[0] == "article" and list(table.columns[1:]) == list(one[name].columns)
        assert set(table["article"]) <= set(FEW)
        mine = table[table["article"] == FEW[0]]
        assert len(mine) == len(one[name]), name
        if {"start", "end", "text"} <= set(table.columns):
            rows = table.dropna(subset=["start", "end", "text"])
            for article, start, end, text in rows[["article", "start", "end", "text"]].itertuples(
                index=False
            ):
                if name not in (
                    "speakers",
                    "speaker_stance",
                    "stance_matrix",
                    "marker_rates",
                    "framing_by_speaker",
                    "readability_by_speaker",
                    "readability_by_voice",
                    "content_words",
                ):
                    assert texts[article][start:end] == text, (name, article, start, end)
    articles = read_table(out, "articles")
    assert (articles["end"] == articles["article"].map({k: len(v) for k, v in texts.items()})).all()
    assert set(articles["outlet"]) == {
        "Harbor Herald",
        "The Valley Ledger",
    }  # sub-folders and site name agree
    assert articles["date"].notna().all() and articles["words"].gt(50).all()


def test_one_article_of_the_corpus_has_the_tables_of_one_article(corpus_run):
    folder, out, _ = corpus_run
    alone = analysis.analyse(analysis.load_article(folder / FEW[2])).tables()["quotes"]
    mine = read_table(out, "quotes").query("article == @FEW[2]").drop(columns="article")
    assert mine["text"].tolist() == alone["text"].tolist()
    assert mine["speaker"].tolist() == alone["speaker"].tolist()
    assert [list(map(list, f)) for f in alone["fragments"]] == mine["fragments"].tolist()


def test_list_columns_survive_parquet_and_are_json_in_csv(corpus_run):
    _, out, _ = corpus_run
    schema = pq.read_schema(out / "quotes.parquet")
    assert str(schema.field("fragments").type).startswith("list<")
    assert str(pq.read_schema(out / "speakers.parquet").field("aliases").type).endswith(": string>")
    csv = pd.read_csv(out / "quotes.csv")
    parquet = read_table(out, "quotes")
    assert [json.loads(v) for v in csv["fragments"]] == parquet["fragments"].tolist()
    aliases = pd.read_csv(out / "speakers.csv")["aliases"].map(json.loads)
    assert aliases.tolist() == read_table(out, "speakers")["aliases"].tolist()
    assert len(pd.read_csv(out / "errors.csv")) == 3


def test_speakers_are_merged_across_articles(corpus_run):
    _, out, _ = corpus_run
    people = read_table(out, "corpus_speakers")
    assert people["key"].is_unique
    both = people[people["n_articles"] == 2]
    assert len(both) >= 2  # Nandakumar and Okafor (Harbor Herald), Oyelaran and Brandt (Ledger)
    speakers = read_table(out, "speakers")
    for row in both.itertuples():
        per_article = speakers[speakers["speaker"].map(analysis.corpus.canonical_key) == row.key]
        assert row.attributions == per_article["attributions"].sum()
        assert row.articles == sorted(per_article["article"])
    gender = read_table(out, "source_gender")
    quoted = gender[(gender["by"] == "outlet") & (gender["role"] == "quoted")]
    assert quoted.groupby("group")["share"].sum().round(9).eq(1).all()
    assert set(quoted["gender"]) == {"women", "men", "unknown"}
    kinds = read_table(out, "quote_kinds")
    by_outlet = kinds[kinds["by"] == "outlet"].groupby("group")["attributions"].sum()
    articles = read_table(out, "articles")
    assert by_outlet.to_dict() == articles.groupby("outlet")["attributions"].sum().to_dict()


def test_canonical_keys_and_one_word_names():
    from analysis.corpus.cross import corpus_speakers

    assert analysis.corpus.canonical_key("The  Coastal Workers’ Union") == "coastal workers' union"
    assert analysis.corpus.canonical_key("José Núñez") == analysis.corpus.canonical_key(
        "jose nunez"
    )
    rows = pd.DataFrame(
        {
            "article": ["a", "b", "c", "d"],
            "speaker": ["Lena Ortiz", "Ortiz", "Ortiz", "Ortiz Group"],
            "aliases": [["Lena Ortiz"], ["Ortiz"], ["Ortiz"], ["Ortiz Group"]],
            "kind": ["person", "person", "person", "body"],
            "gender": ["female", None, "female", None],
            "attributions": [2, 1, 0, 1], "direct": [1, 1, 0, 0], "indirect": [1, 0, 0, 1],
            "mixed": [0, 0, 0, 0], "words_quoted": [10, 5, 0, 3], "mentions": [2, 1, 1, 1],
            "start": [0, 0, 0, 0], "end": [4, 4, 4, 4], "text": ["Lena", "Orti", "Orti", "Orti"],
        }
    )  # fmt: skip
    articles = pd.DataFrame(
        {"article": list("abcd"), "outlet": ["X", "Y", "Y", None], "date": [None] * 4}
    )
    people = corpus_speakers(rows, articles).set_index("speaker")
    assert people.loc["Lena Ortiz", "articles"] == ["a", "b", "c"]
    assert people.loc["Lena Ortiz", "outlets"] == ["X", "Y"]
    assert people.loc["Lena Ortiz", ["attributions", "quoted_in", "gender"]].tolist() == [
        3,
        2,
        "female",
    ]
    assert people.loc["Ortiz Group", "outlets"] == ["unknown"]  # a body never takes a surname


def test_an_unexpected_exception_in_one_article_is_an_error_row(tmp_path, monkeypatch):
    folder = small_corpus(tmp_path / "in", bad=False, names=FEW[1:3])
    real = analysis.analyse

    def flaky(article, **options):
        if "budget-vote" in str(article.source):
            raise KeyError("a bug in one stage")
        return real(article, **options)

    monkeypatch.setattr(corpus_process.analysis, "analyse", flaky)
    run = run_corpus(folder, tmp_path / "out", jobs=1, progress=False)
    errors = read_table(tmp_path / "out", "errors")
    assert errors[["article", "kind"]].values.tolist() == [[FEW[2], "failed"]]
    assert "unexpected KeyError while analysing the article" in errors["error"].iloc[0]
    assert run.analysed == 1


def test_an_error_in_one_stage_names_the_stage(tmp_path, monkeypatch):
    from analysis import pipeline

    folder = small_corpus(tmp_path / "in", bad=False, names=FEW[1:3])
    real = pipeline.STAGES["marker_rates"]

    def broken(article, options, *tables):
        if "budget-vote" in str(article.source):
            raise TypeError("invalid value for dtype 'int64'")
        return real.compute(article, options, *tables)

    monkeypatch.setitem(pipeline.STAGES, "marker_rates", dataclasses.replace(real, compute=broken))
    run_corpus(folder, tmp_path / "out", jobs=1, progress=False)
    errors = read_table(tmp_path / "out", "errors")
    assert errors["article"].tolist() == [FEW[2]]
    assert errors["error"].iloc[0] == (
        f"{FEW[2]}: unexpected TypeError while computing its marker_rates table "
        "(invalid value for dtype 'int64')."
    )


def test_a_worker_that_dies_loses_no_article_silently(tmp_path, monkeypatch):
    folder = small_corpus(tmp_path / "in", bad=False)
    real = corpus_process.analyse_item

    def crash(item, options=None):
        if item.article == FEW[1]:
            os._exit(3)  # the worker process dies, as on a segfault or the OOM killer
        return real(item, options)

    monkeypatch.setattr(corpus_process, "analyse_item", crash)
    run = run_corpus(folder, tmp_path / "out", jobs=2, progress=False)
    errors = read_table(tmp_path / "out", "errors")
    assert errors["article"].tolist() == [FEW[1]] and errors["kind"].tolist() == ["lost"]
    assert sorted(read_table(tmp_path / "out", "articles")["article"]) == sorted(
        set(FEW) - {FEW[1]}
    )
    assert run.articles == 4


def test_process_pool_gives_the_same_tables(corpus_run, tmp_path, monkeypatch):
    from analysis.corpus import run as corpus_runner

    folder, out, _ = corpus_run
    monkeypatch.setattr(corpus_runner, "COMBINE_APART_FROM", 0)  # combined in spawned workers
    pooled = run_corpus(folder, tmp_path, jobs=2, progress=False)
    assert len(pooled.chunks) > 1 and len({c.pid for c in pooled.chunks}) == 2
    assert pooled.combine_rss_mb > 0 and pooled.combine_seconds > 0
    for name in pooled.rows:
        pd.testing.assert_frame_equal(read_table(out, name), read_table(tmp_path, name), obj=name)


def test_tables_zip_and_path_list_inputs(tmp_path):
    rows = [
        {"id": "a1", "text": (SHIPPED / FEW[0]).read_text(encoding="utf-8"), "publisher": "Herald", "date": "2025-01-14"},
        {"id": "a2", "text": "", "publisher": "Herald"},
        {"id": "a1", "text": (SHIPPED / FEW[2]).read_text(encoding="utf-8"), "publisher": "Ledger"},
    ]  # fmt: skip
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text("\n".join(map(json.dumps, rows)) + "\n{broken\n", encoding="utf-8")
    items = list(corpus_items(jsonl))
    assert [i.article for i in items] == ["a1", "a2", "a1#2", "c.jsonl#4"]
    assert items[0].meta == {"outlet": "Herald", "date": "2025-01-14"}
    assert items[3].error and "not valid JSON" in items[3].error
    frame = pd.DataFrame(rows).rename(columns={"text": "story", "publisher": "paper"})
    frame.to_csv(tmp_path / "c.csv", index=False)
    named = list(corpus_items(tmp_path / "c.csv", Columns(text="story", outlet="paper")))
    assert [i.meta.get("outlet") for i in named] == ["Herald", "Herald", "Ledger"]
    assert named[0].text == rows[0]["text"]
    unnamed = list(corpus_items(tmp_path / "c.csv"))
    assert unnamed[0].error and "--text-column" in unnamed[0].error
    with zipfile.ZipFile(tmp_path / "c.zip", "w") as archive:
        archive.write(SHIPPED / FEW[3], "ledger/roads.html")
        archive.writestr("ledger/readme.pdf", b"%PDF")
    assert [(i.article, i.member) for i in corpus_items(tmp_path / "c.zip")] == [
        ("ledger/roads.html", "ledger/roads.html")
    ]
    article = corpus_process.load_item(next(corpus_items(tmp_path / "c.zip")))
    assert article.source == "ledger/roads.html" and "Route 9" in article.text
    listed = list(corpus_items([SHIPPED / FEW[0], tmp_path / "c.zip"]))
    assert [i.article for i in listed] == [
        Path(os.path.relpath(SHIPPED / FEW[0])).as_posix(),
        "c.zip/ledger/roads.html",
    ]


def _cli(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


def test_the_cli_writes_parquet_and_csv_and_sums_up(tmp_path):
    folder = small_corpus(tmp_path / "in")
    result = _cli("corpus", folder, "--out", tmp_path / "out", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert "Read 7 articles: 4 analysed, 3 failed" in result.stdout
    assert "article/s" in result.stderr  # tqdm's progress bar, on stderr
    assert "Traceback" not in result.stderr
    for name in ("articles", "errors", "quotes", "corpus_speakers", "source_gender"):
        assert (tmp_path / "out" / f"{name}.parquet").exists() and (
            tmp_path / "out" / f"{name}.csv"
        ).exists()
    assert not (tmp_path / "out" / "parts").exists()


def test_the_cli_refuses_a_missing_corpus_in_one_sentence(tmp_path):
    result = _cli("corpus", tmp_path / "nothing here", "--out", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'nothing here'}: no such file or folder."
    assert _cli("corpus", tmp_path, "--out", tmp_path / "o", "--jobs", "0").returncode == 2


def test_the_one_article_check_is_unchanged(tmp_path):
    result = _cli(SHIPPED / FEW[0])
    assert result.returncode == 0 and result.stdout.startswith(str(SHIPPED / FEW[0]) + ":")
    assert _cli("check", SHIPPED / FEW[0]).stdout == result.stdout
    assert _cli("a", "b").returncode == 2
    assert "corpus" in _cli("--help").stdout


def _sorted(table: pd.DataFrame) -> pd.DataFrame:
    """Rows by article, then in their order inside the article (a stable sort)."""
    return (
        table.sort_values("article", kind="stable", ignore_index=True)
        if "article" in table
        else table
    )


def test_a_local_dask_cluster_gives_the_local_tables(corpus_run, tmp_path):
    distributed = pytest.importorskip("distributed")
    folder, out, local = corpus_run
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1,
            host="127.0.0.1", dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):  # fmt: skip
        remote = run_on_dask(client, folder, tmp_path / "dask", progress=False)
    assert (remote.articles, remote.failed) == (local.articles, local.failed) == (7, 3)
    assert len({c.pid for c in remote.chunks}) == 2  # both workers analysed articles
    assert remote.rows == local.rows
    for name in local.rows:
        pd.testing.assert_frame_equal(
            _sorted(read_table(out, name)),
            _sorted(read_table(tmp_path / "dask", name)),
            obj=name,
        )


def test_make_corpus_takes_names_as_data(tmp_path):
    folder = tmp_path / 'a`touch PWNED`$5 it\'s "q"'
    (folder / "-herald").mkdir(parents=True)
    shutil.copy(SHIPPED / FEW[0], folder / "-herald" / "port.txt")
    out = tmp_path / "out $HOME"
    result = subprocess.run(
        ["make", "-s", "-C", str(PROJECT_DIR), "corpus", f"CORPUS={folder}", f"OUT={out}", "JOBS=1"],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Read 1 article" in result.stdout
    assert read_table(out, "articles")["outlet"].tolist() == ["-herald"]
    assert not (tmp_path / "PWNED").exists() and not (PROJECT_DIR / "PWNED").exists()


def test_cached_tables_are_reused_until_the_corpus_changes(tmp_path, monkeypatch):
    from analysis.corpus import cached

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SHIPPED / FEW[0], folder / "a.txt")
    calls = []
    real = cached.run_corpus
    monkeypatch.setattr(cached, "run_corpus", lambda *a, **k: calls.append(a) or real(*a, **k))
    out, first = cached.corpus_tables(folder, tmp_path / "out", jobs=1)
    again, second = cached.corpus_tables(folder, tmp_path / "out", jobs=1)
    assert len(calls) == 1 and again == out and second == first and first["analysed"] == 1
    shutil.copy(SHIPPED / FEW[2], folder / "b.txt")
    _, third = cached.corpus_tables(folder, tmp_path / "out", jobs=1)
    assert len(calls) == 2 and third["analysed"] == 2


def test_takeaways_are_computed_from_the_tables(corpus_run):
    from analysis.takeaways import corpus as says

    _, out, _ = corpus_run
    articles = read_table(out, "articles")
    assert says.coverage_takeaway(articles).startswith(
        "4 articles from 2 outlets, January 2025 to April 2025"
    )
    people = read_table(out, "corpus_speakers")
    top = people[people["attributions"] > 0].iloc[0]
    assert says.most_quoted_takeaway(people).startswith(f"{top['speaker']} is the most quoted")
    grades = articles.groupby("outlet")["grade"].median().sort_values()
    sentence = says.spread_takeaway(articles, "grade", "reading grade")
    assert f"highest at {grades.index[-1]} ({grades.iloc[-1]:.1f})" in sentence
    gender = pd.DataFrame(
        {
            "by": "outlet", "role": "quoted", "group": ["A"] * 3 + ["B"] * 3,
            "gender": ["women", "men", "unknown"] * 2, "sources": [1, 9, 5, 6, 4, 0],
        }
    )  # fmt: skip
    assert says.gender_takeaway(gender) == (
        "Women are 35% of the quoted sources whose gender the articles tell "
        "(20% of quoted sources are of unknown gender); from 10% at A to 60% at B."
    )


@pytest.mark.notebooks
def test_notebook_06_renders_a_hostile_corpus_as_text(tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient
    from test_hostile_input import HOSTILE, _live_markup

    from analysis.report import to_html

    folder = tmp_path / "corpus"
    (folder / "<b onmouseover=PWNED>Herald$5").mkdir(parents=True)
    shutil.copy(HOSTILE, folder / "<b onmouseover=PWNED>Herald$5" / "hostile.txt")
    shutil.copy(SHIPPED / FEW[2], folder / "ledger.txt")
    monkeypatch.setenv("CORPUS", str(folder))
    path = PROJECT_DIR / "notebooks" / "06-corpus.ipynb"
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=600,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    errors = [
        o
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error"
    ]
    assert not errors, f"{errors[0].ename}: {errors[0].evalue}"
    page = to_html(notebook, "06 · A whole coverage", banner="", footer="")  # as make report does
    live, text = _live_markup(page)
    assert live == [], live[:3]
    assert "<b onmouseover=PWNED>Herald$5" in text  # the outlet reached the page, as text


def test_a_chunk_writes_its_own_parts_and_returns_only_counts(tmp_path):
    folder = small_corpus(tmp_path / "in")
    items = list(corpus_items(folder))
    summary = corpus_process.process_chunk("000007", items, str(tmp_path / "parts"))
    assert (summary.articles, summary.failed) == (7, 3) and summary.peak_rss_mb > 0
    assert not any(isinstance(v, pd.DataFrame) for v in dataclasses.astuple(summary))
    written = {p.parent.name for p in (tmp_path / "parts").glob("*/part-000007.parquet")}
    assert {"articles", "errors", "quotes", "speakers"} <= written
    errors = pq.read_table(tmp_path / "parts" / "errors" / "part-000007.parquet").to_pandas()
    assert sorted(errors["kind"]) == ["unreadable"] * 3  # corrupt, empty and binary


def test_the_last_chunks_shrink_so_workers_finish_together():
    from analysis.corpus.run import chunks_of

    items = [corpus_process.CorpusItem(f"a{i:03d}", text="x") for i in range(100)]
    sizes = [len(c) for c in chunks_of(items, 16, total=100, jobs=2)]
    assert sizes[:3] == [16, 16, 16] and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == 100
    flat = [item for chunk in chunks_of(items, 16, total=100, jobs=2) for item in chunk]
    assert flat == items  # corpus order kept: part names sort as the articles came
    assert [len(c) for c in chunks_of(items, 16)] == [16] * 6 + [4]


def test_past_the_memory_budget_bounded_caches_are_emptied_and_data_kept(monkeypatch):
    from analysis.speakers import namedata

    text = "Dock talks\n\n“We will sign on Friday,” said Marta Velloso, the union’s head."
    analysis.analyse(analysis.parse_article(text)).tables()
    memos = corpus_process.memo_caches()
    assert memos and any(m.cache_info().currsize for m in memos)
    monkeypatch.setattr(corpus_process, "MEMORY_BUDGET_MB", 0)
    corpus_process.release_memory()
    assert all(m.cache_info().currsize == 0 for m in memos)
    assert namedata.classifier.cache_info().currsize == 1  # loaded data stay


def test_importing_the_package_loads_no_page_reader_or_name_data():
    code = (
        "import sys, analysis, analysis.corpus.run, analysis.corpus.cli;"
        "print(sorted(m for m in ('lxml', 'trafilatura', 'nomquamgender', 'dask')"
        " if m in sys.modules))"
    )
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_DIR)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment
    )
    assert result.stdout.strip() == "[]", result.stderr


def test_a_chunk_with_only_nulls_in_a_column_combines_with_the_others(tmp_path):
    from analysis.corpus.store import combine_parts, write_parts

    chunks = [
        pd.DataFrame({"article": ["a"], "text": ["“Yes”"], "spans": [[[0, 5]]]}),
        pd.DataFrame({"article": ["b"], "text": [float("nan")], "spans": [float("nan")]}),
        pd.DataFrame({"article": pd.Series([], dtype=object), "text": [], "spans": []}),
    ]
    for number, table in enumerate(chunks):
        write_parts({"quotes": table}, tmp_path / "parts", f"{number:06d}")
    assert combine_parts(tmp_path) == {"quotes": 2}
    combined = read_table(tmp_path, "quotes")
    assert combined["text"].tolist()[0] == "“Yes”" and pd.isna(combined["text"].iloc[1])
    assert combined["spans"].tolist() == [[[0, 5]], None]


def test_csv_batches_change_no_byte(tmp_path):
    """The CSV is written in small batches (long ``text`` rows); the batch size changes nothing."""
    from analysis.corpus import store

    table = pd.DataFrame(
        {
            "article": ["a", "a", "b", "c", "c"],
            "score": [1.0, 2.5, None, 3.0, -0.125],
            "count": [1, 2, 3, 4, 5],
            "flag": [True, False, True, True, False],
            "text": ['He said, "yes"', "", "line\nbreak", "x" * 5000, "comma, inside"],
        }
    )
    pq.write_table(store.to_arrow(table), tmp_path / "t.parquet")
    written = {}
    for rows in (1, 2, 5, 20_000):
        target = tmp_path / f"t{rows}.csv"
        store.write_csv(tmp_path / "t.parquet", target, batch_rows=rows)
        written[rows] = target.read_bytes()
    assert len(set(written.values())) == 1
    assert pd.read_csv(tmp_path / "t1.csv", keep_default_na=False)["text"].tolist()[3] == "x" * 5000
