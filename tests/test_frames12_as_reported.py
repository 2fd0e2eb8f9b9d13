"""Frames, round 12: "As (first) reported by X, clause" names X as the source of the
clause, like "according to X"; after a report that has its own speaker ("…,” said an
expert, as reported by X") X only relays it. Invented sentences."""

import analysis
from analysis.core.article import parse_article


def _rows(body: str) -> list[tuple[str, str]]:
    text = f"Title line.\n\n{body}\n"
    quotes = analysis.analyse(parse_article(text)).quotes
    return [(r.speaker_mention, text[r.start : r.end]) for r in quotes.itertuples()]


def test_as_reported_by_opens_the_sentence():
    rows = _rows("As reported by the Daily Ledger, the council spent twice its budget on roads.")
    assert rows == [("the Daily Ledger", "the council spent twice its budget on roads")]


def test_as_first_reported_by_ends_the_sentence():
    rows = _rows("The firm plans to close two plants, as first reported by the Daily Ledger.")
    assert rows == [("the Daily Ledger", "The firm plans to close two plants")]


def test_a_relayed_quotation_keeps_its_own_speaker_only():
    rows = _rows(
        "“The deal is off and nobody will sign it,” said one expert, as reported by the "
        "Daily Ledger."
    )
    assert rows == [("one expert", "“The deal is off and nobody will sign it,”")]


def test_a_relayed_quotation_goes_on_after_the_outlet():
    rows = _rows(
        "“We will not sign,” the mayor said in an interview, as reported by the Daily "
        "Ledger. “Nobody will ever sign that deal.”"
    )
    assert [r[0] for r in rows] == ["the mayor"]
    assert rows[0][1].endswith("“Nobody will ever sign that deal.”")
