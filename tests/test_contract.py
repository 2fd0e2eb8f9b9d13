"""One contract every stage's table keeps (the scikit-learn "common checks" idea).

Every table of ``analyse(article).tables()`` is a DataFrame whose every row carries
integer ``start``/``end`` into the article and a ``text`` equal to that stretch, on the
seed, on invented articles (hostile, degenerate) and on generated text.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.core.paths import PROJECT_DIR, default_article

INVENTED = {
    "seed": default_article().read_text(encoding="utf-8"),
    "hostile": (PROJECT_DIR / "tests" / "data" / "hostile_article.txt").read_text(encoding="utf-8"),
    "no words": "!!! ???",
    "one word": "Hello.",
    "only marks": "“ ” “ ” «»",
    "only headings": "Budget Vote\n\nCity Hall Today\n\nWhat Comes Next",
    "quotes everywhere": '"We will," she said. "We won\'t," he said.\n\n"Maybe," they said.',
}


def assert_contract(article: analysis.Article) -> None:
    tables = analysis.analyse(article).tables()
    assert set(tables) == {name for name, s in analysis.STAGES.items() if s.table}
    for name, table in tables.items():
        assert isinstance(table, pd.DataFrame), name
        assert {"start", "end", "text"} <= set(table.columns), f"{name}: {list(table.columns)}"
        assert table.columns.is_unique, name
        if table.empty:
            continue
        assert not table[["start", "end"]].isna().any().any(), name
        for start, end, text in zip(table["start"], table["end"], table["text"], strict=True):
            assert 0 <= int(start) <= int(end) <= len(article.text), (name, start, end)
            assert article.text[int(start) : int(end)] == text, (name, start, end, text)


@pytest.mark.parametrize("case", list(INVENTED))
def test_every_table_of_every_stage_keeps_the_contract(case):
    assert_contract(analysis.parse_article(INVENTED[case]))


_WORDS = st.sampled_from(
    ["said", "Ruiz", "the", "plan", "“", "”", '"', ",", ".", "?", "Mr.", "U.S.", "\n\n", "she",
     "according", "to", "council", "$5", "not", "support", "we", "will", "’s", ":"]
)  # fmt: skip


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=60).map(" ".join))
def test_generated_text_keeps_the_contract(text):
    try:
        article = analysis.parse_article(text)
    except analysis.ArticleError:
        return  # refused in one sentence: nothing to analyse
    assert_contract(article)
