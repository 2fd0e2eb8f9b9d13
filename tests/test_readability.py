"""Readability: published formulas on the article's own counts, per article and per group."""

from __future__ import annotations

import importlib
import math

import numpy as np
import pandas as pd
import pytest
import textstat
from conftest import assert_offsets_round_trip
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis

rd = importlib.import_module("analysis.readability")
formulas = importlib.import_module("analysis.readability.formulas")
say = importlib.import_module("analysis.takeaways.readability")

# Counted by hand for "The committee approved the budget. Everyone was happy.":
# syllables the(1) com-mit-tee(3) ap-proved(2) the(1) bud-get(2) ev-ery-one(3) was(1) hap-py(2);
# letters 3+9+8+3+6+8+3+5; polysyllables and Gunning's complex words: committee, everyone;
# off the Dale-Chall list: committee, approved, budget.
SMALL_TEXT = "The committee approved the budget. Everyone was happy."
SMALL_COUNTS = {
    "sentences": 2, "words": 8, "syllables": 15, "polysyllables": 2, "complex_words": 2,
    "characters": 45, "letters": 45, "difficult_words": 3,
}  # fmt: skip
# The published formulas worked by hand on SMALL_COUNTS (words/sentence 4, syllables/word 1.875).
SMALL_SCORES = {
    "flesch_reading_ease": 206.835 - 4.06 - 158.625,  # 44.15
    "flesch_kincaid_grade": 1.56 + 22.125 - 15.59,  # 8.095
    "gunning_fog": 0.4 * (4 + 25),  # 11.6
    "smog": 1.0430 * math.sqrt(30) + 3.1291,  # 8.8418
    "coleman_liau": 0.0588 * 562.5 - 0.296 * 25 - 15.8,  # 9.875
    "automated_readability_index": 4.71 * 5.625 + 2 - 21.43,  # 7.06375
    "dale_chall": 0.1579 * 37.5 + 0.0496 * 4 + 3.6365,  # 9.7563: 37.5% difficult > 5%
    "dale_chall_grade": 14.0,  # 9.0-9.9 is college, grades 13-15
    "linsear_write": (6 + 3 * 2) / 2 / 2 - 1,  # r = 6 <= 20: (r - 2) / 2 = 2
}


@pytest.fixture(scope="module")
def small_article():
    return analysis.parse_article(SMALL_TEXT)


def test_public_names_are_exported(small_article):
    # The package's functions are the pipeline's stages of the same computation.
    assert dict(analysis.readability_report(small_article)) == dict(
        rd.readability_report(small_article)
    )
    pd.testing.assert_frame_equal(
        analysis.readability_by(small_article, "sentence"),
        rd.readability_by(small_article, "sentence"),
    )


def test_counts_of_a_small_text_match_a_hand_count(small_article):
    assert rd.readability_report(small_article).counts == SMALL_COUNTS


@pytest.mark.parametrize("key", list(SMALL_SCORES))
def test_each_formula_reproduces_its_hand_computed_value(key):
    assert formulas.FORMULAS[key](SMALL_COUNTS) == pytest.approx(SMALL_SCORES[key], abs=1e-9)


def test_small_text_report_carries_the_same_values_flagged_as_too_short(small_article):
    report = rd.readability_report(small_article)
    for key, value in SMALL_SCORES.items():
        assert report[key] == pytest.approx(value)
        assert report.valid[key] is False
    assert "100-word" in report.notes["flesch_kincaid_grade"]
    assert "30" in report.notes["smog"]
    assert set(report) == set(SMALL_COUNTS) | set(rd.MEASURE_KEYS)


def test_dale_chall_adds_its_constant_only_above_five_percent_difficult():
    easy = dict(SMALL_COUNTS, words=100, difficult_words=5, sentences=5)
    hard = dict(easy, difficult_words=6)
    assert formulas.dale_chall(easy) == pytest.approx(0.1579 * 5 + 0.0496 * 20)
    assert formulas.dale_chall(hard) == pytest.approx(0.1579 * 6 + 0.0496 * 20 + 3.6365)


def test_dale_chall_grade_bands():
    def grade_for(score: float) -> float:
        # Solve the formula for the difficult share that gives ``score`` with no sentence term.
        share = (score - 3.6365) / 0.1579
        counts = {"words": 10_000, "sentences": 10**9, "difficult_words": share * 100}
        return formulas.dale_chall_grade(counts)

    assert grade_for(4.5) == 4.0
    assert grade_for(7.2) == 9.5
    assert grade_for(8.95) == 11.5
    assert grade_for(12.0) == 16.0


def test_linsear_write_halves_above_twenty():
    counts = {"words": 25, "polysyllables": 0, "sentences": 1}
    assert formulas.linsear_write(counts) == pytest.approx(12.5)
    counts = {"words": 18, "polysyllables": 0, "sentences": 1}
    assert formulas.linsear_write(counts) == pytest.approx(8.0)


def test_formulas_agree_with_textstat_where_their_counts_agree():
    # Short plain sentences that textstat splits correctly and whose words are all in the
    # CMU dictionary: the same counts must give the same Flesch values.
    text = (
        "The dog ran to the park. It was a warm day. "
        "Children played near the water while their parents talked."
    )
    article = analysis.parse_article(text)
    report = rd.readability_report(article)
    assert report["sentences"] == textstat.sentence_count(text) == 3
    assert report["words"] == textstat.lexicon_count(text)
    assert report["syllables"] == textstat.syllable_count(text)
    # textstat does not round by default (set_rounding_points(None)).
    assert report["flesch_reading_ease"] == pytest.approx(textstat.flesch_reading_ease(text))
    assert report["flesch_kincaid_grade"] == pytest.approx(textstat.flesch_kincaid_grade(text))


WIRE_TEXTS = [
    (
        "WASHINGTON (AP) — Sen. Elizabeth Warren, D-Mass., said Tuesday that the U.S. economy "
        "grew 2.1% in the third quarter. The Commerce Dept. report came out at 8:30 a.m. on "
        "Oct. 30. Shares of Apple Inc. rose $1.25 to $243.10.",
        3,
    ),
    (
        "“Is this the end?” she asked. “No,” he said. “It is only the beginning.” The company, "
        "founded in 1998 by Dr. J. R. Smith, employs 1,200 people.",
        4,
    ),
    (
        "The No. 2 official at the U.N. Security Council, Gen. Mark A. Milley, spoke at 3 p.m. "
        "EST. He left the U.K. on Monday.",
        2,
    ),
]


@pytest.mark.parametrize(("text", "sentences"), WIRE_TEXTS)
def test_sentence_counts_on_wire_copy_are_the_real_ones(text, sentences):
    # Counted by hand; textstat's own counter splits at the abbreviations.
    report = rd.readability_report(analysis.parse_article(text))
    assert report["sentences"] == sentences
    assert textstat.sentence_count(text) != sentences


def test_news_abbreviations_do_not_add_sentences():
    text = (
        "The U.S. Army said Gen. Mark Smith arrived at 9 p.m. on Friday. "
        "The deal is worth $1.2 billion, officials said."
    )
    article = analysis.parse_article(text)
    assert rd.readability_report(article)["sentences"] == 2
    assert textstat.sentence_count(text) > 2  # what the issue is about


def test_sentence_count_equals_the_body_sentence_table(seed_article):
    report = rd.readability_report(seed_article)
    assert report["sentences"] == len(seed_article.body_sentences)
    assert report["words"] == len(seed_article.words)


def test_seed_counts_are_internally_consistent(seed_article):
    report = rd.readability_report(seed_article)
    words = rd.word_table(seed_article)
    assert report["syllables"] == words["syllables"].sum() >= report["words"]
    assert report["polysyllables"] == (words["syllables"] >= 3).sum()
    assert report["complex_words"] <= report["polysyllables"]
    assert report["letters"] <= report["characters"]
    # Recomputing every formula from the reported counts gives the reported values.
    for key, formula in formulas.FORMULAS.items():
        assert report[key] == pytest.approx(formula(report.counts))
    assert all(report.valid[k] for k in rd.MEASURE_KEYS if k != "smog")
    assert report.valid["smog"] == (report["sentences"] >= 30)


@pytest.mark.parametrize(
    "text",
    ["She said yes to the plan.", "* * *", "Breaking News", "Yes."],
)
def test_tiny_inputs_give_flagged_values_not_errors(text, no_network):
    with np.errstate(all="raise"):
        report = rd.readability_report(analysis.parse_article(text))
    assert not any(report.valid.values())
    if report["words"] == 0:
        assert all(math.isnan(report[k]) for k in rd.MEASURE_KEYS)
        assert "no words" in report.notes["flesch_reading_ease"]
    else:
        assert all(math.isfinite(report[k]) for k in rd.MEASURE_KEYS)


def test_everything_runs_with_sockets_blocked(seed_article, no_network):
    assert rd.readability_report(seed_article)["words"] > 0
    for by in ("paragraph", "sentence", "voice"):
        assert len(rd.readability_by(seed_article, by)) > 0
    assert len(rd.difficult_words(seed_article)) > 0


def test_gunning_exceptions():
    assert rd.is_complex("beautiful", 3, proper=False)
    assert not rd.is_complex("created", 3, proper=False)  # -ed makes the third syllable
    assert not rd.is_complex("trespasses", 3, proper=False)
    assert not rd.is_complex("Washington".lower(), 3, proper=True)
    assert not rd.is_complex("well-organized", 5, proper=False)
    assert rd.is_complex("recognized", 3, proper=False)  # stem "recognize" has three


def test_dale_chall_familiarity_rules():
    assert rd.is_familiar("dog")
    assert rd.is_familiar("dogs") and rd.is_familiar("played") and rd.is_familiar("stopped")
    assert rd.is_familiar("don’t") and rd.is_familiar("it's")
    assert rd.is_familiar("play-ground") or not rd.is_familiar("ground")
    assert not rd.is_familiar("geopolitical")


def test_word_table_marks_names_but_not_sentence_starts():
    article = analysis.parse_article("Officials met in Brussels on Monday. NATO said more.")
    words = rd.word_table(article).set_index("text")
    assert words.loc["Brussels", "proper"] and words.loc["Monday", "proper"]
    assert words.loc["NATO", "proper"]
    assert not words.loc["Officials", "proper"]
    assert not words.loc["Brussels", "difficult"]


def test_figures_are_read_aloud():
    article = analysis.parse_article("The war began in 2003 and cost $1.2 billion to fight.")
    words = rd.word_table(article).set_index("text")
    assert words.loc["2003", "syllables"] == 4  # two thousand three
    assert not words.loc["2003", "complex"] and not words.loc["2003", "difficult"]


def test_by_paragraph_rows_round_trip_and_sum_to_the_article(seed_article):
    table = rd.readability_by(seed_article, "paragraph")
    assert_offsets_round_trip(seed_article.text, table)
    body = seed_article.paragraphs[seed_article.paragraphs["kind"] == "body"]
    assert set(table["paragraph"]) == set(body["paragraph"])
    report = rd.readability_report(seed_article)
    for column in ("words", "syllables", "sentences", "difficult_words"):
        assert table[column].sum() == report[column]
    assert table["few_words"].all() == (table["words"] < 100).all()


def test_by_sentence_rows_round_trip(seed_article):
    table = rd.readability_by(seed_article, "sentence")
    assert_offsets_round_trip(seed_article.text, table)
    assert len(table) == len(seed_article.body_sentences)
    assert (table["sentences"] == 1).all()


def test_by_voice_splits_the_words_in_and_out_of_quotation_marks(seed_article):
    from analysis.core.schema import word_voices

    table = rd.readability_by(seed_article, "voice").set_index("voice")
    assert set(table.index) == {"narration", "paraphrase", "quotation"}
    assert table["words"].sum() == len(seed_article.words)
    assert table.loc["quotation", "words"] == seed_article.words["in_quote"].sum()
    # paraphrase: outside quotation marks but inside an attribution; narration: the rest
    voices = word_voices(seed_article.words, analysis.quotes(seed_article))
    assert table.loc["narration", "words"] == (voices == "narration").sum()
    narration = seed_article.words[(voices == "narration").to_numpy()]
    assert not narration["in_quote"].any()
    for spans in table["spans"]:
        assert all(seed_article.text[s:e].strip() == seed_article.text[s:e] for s, e in spans)


def test_by_speaker_with_a_small_quote_table():
    text = (
        "The mayor spoke on Monday. “We will rebuild the bridge,” said Ana Ruiz. "
        "Critics disagreed. “It is an unnecessary and extraordinarily expensive project,” "
        "said Tom Lee."
    )
    article = analysis.parse_article(text)

    def row(quoted: str, speaker: str, kind: str = "direct") -> dict:
        start = text.index(quoted)
        end = start + len(quoted)
        return {"start": start, "end": end, "text": quoted, "kind": kind,
                "fragments": [(start, end)], "speaker": speaker, "speaker_mention": speaker}  # fmt: skip

    quote_table = pd.DataFrame(
        [
            row("“We will rebuild the bridge,”", "Ana Ruiz"),
            row("“It is an unnecessary and extraordinarily expensive project,”", "Tom Lee"),
            row("spoke on Monday", "The mayor", kind="indirect"),
        ]
    )
    table = rd.readability_by(article, "speaker", quote_table=quote_table).set_index("speaker")
    assert set(table.index) == {"Ana Ruiz", "Tom Lee"}  # indirect speech is not their words
    assert table.loc["Ana Ruiz", "words"] == 5
    assert table.loc["Tom Lee", "words"] == 8
    assert (
        table.loc["Tom Lee", "flesch_kincaid_grade"] > table.loc["Ana Ruiz", "flesch_kincaid_grade"]
    )
    for spans in table["spans"]:
        for s, e in spans:
            assert text[s:e] in text and "said" not in text[s:e]


def test_by_speaker_on_the_seed_uses_who_said_what(seed_article):
    quote_table = analysis.quotes(seed_article)
    table = rd.readability_by(seed_article, "speaker")
    assert len(table) >= 2
    quoted_speakers = set(quote_table.loc[quote_table["kind"] != "indirect", "speaker"].dropna())
    assert set(table["speaker"]) <= quoted_speakers
    assert table["words"].sum() <= seed_article.words["in_quote"].sum()


def test_hardest_sentences_are_sorted_and_round_trip(seed_article):
    hardest = rd.hardest_sentences(seed_article, n=3)
    assert len(hardest) == 3
    assert hardest["flesch_kincaid_grade"].is_monotonic_decreasing
    assert_offsets_round_trip(seed_article.text, hardest)
    every = rd.readability_by(seed_article, "sentence")["flesch_kincaid_grade"]
    assert hardest["flesch_kincaid_grade"].iloc[0] == every.max()


def test_difficult_words_round_trip_and_are_off_the_list(seed_article):
    table = rd.difficult_words(seed_article)
    assert_offsets_round_trip(seed_article.text, table)
    assert not table["word"].map(rd.is_familiar).any()
    assert table["count"].sum() == rd.readability_report(seed_article)["difficult_words"]


def test_unknown_grouping_is_refused(seed_article):
    with pytest.raises(ValueError, match="by must be one of"):
        rd.readability_by(seed_article, "chapter")


def test_takeaway_sentences_state_the_numbers(seed_article):
    report = rd.readability_report(seed_article)
    sentence = say.describe_grade(report)
    assert f"{report['flesch_kincaid_grade']:.1f}" in sentence
    voices = rd.readability_by(seed_article, "voice")
    said = say.describe_by(voices, "voice")
    top = voices.loc[voices["flesch_kincaid_grade"].idxmax()]
    assert f"{top['voice']} at grade {top['flesch_kincaid_grade']:.1f}" in said


def test_chart_helpers_draw_on_a_given_axes_and_escape_article_text(seed_article):
    import matplotlib.pyplot as plt

    charts = importlib.import_module("analysis.plots.readability")
    report = rd.readability_report(seed_article)
    voices = rd.readability_by(seed_article, "voice")
    hardest = rd.hardest_sentences(seed_article, n=3)
    hardest.loc[0, "text"] = "It cost $1.2 billion and $3 more."
    calls = [
        lambda ax: charts.plot_grade_scores(report, ax=ax),
        lambda ax: charts.plot_reading_ease(report, ax=ax),
        lambda ax: charts.plot_grade_by_paragraph(
            rd.readability_by(seed_article, "paragraph"), report["flesch_kincaid_grade"], ax=ax
        ),
        lambda ax: charts.plot_grade_by_voice(voices, None, ax=ax),
        lambda ax: charts.plot_hardest_sentences(hardest, ax=ax),
        lambda ax: charts.plot_difficult_words(rd.difficult_words(seed_article), ax=ax),
    ]
    for draw in calls:
        fig, ax = plt.subplots()
        assert draw(ax) is ax
        fig.canvas.draw()  # mathtext errors surface only when drawn
        plt.close(fig)
    fig, ax = plt.subplots()
    charts.plot_hardest_sentences(hardest, ax=ax)
    assert r"\$1.2" in ax.get_yticklabels()[0].get_text()
    plt.close(fig)


def test_reading_ease_sentence_names_flesch_band():
    counts = dict(SMALL_COUNTS)
    report = rd.readability_of_words(rd.word_table(analysis.parse_article(SMALL_TEXT)))
    assert report.counts == counts
    sentence = say.describe_reading_ease(report)
    assert "44 of 100" in sentence and "'difficult'" in sentence  # 44.15 is in 30-50


def test_voice_sentence_without_quotations_says_so():
    article = analysis.parse_article("The minister resigned on Friday after a week of protests.")
    voices = rd.readability_by(article, "voice")
    assert list(voices["voice"]) == ["narration"]
    assert "only narration" in say.describe_voices(voices)


def test_voice_sentence_compares_the_grades(seed_article):
    voices = rd.readability_by(seed_article, "voice")
    grade = voices.set_index("voice")["flesch_kincaid_grade"]
    sentence = say.describe_voices(voices)
    assert f"grade {grade['quotation']:.1f}" in sentence
    expected = "more plainly" if grade["narration"] - grade["quotation"] > 1 else "plainly"
    assert expected in sentence


def test_hardest_sentence_sentence_compares_with_the_body(seed_article):
    report = rd.readability_report(seed_article)
    hardest = rd.hardest_sentences(seed_article)
    sentence = say.describe_hardest(hardest, report)
    assert f"(the body: {report['words'] / report['sentences']:.0f})" in sentence
    assert "their length" in sentence or "their long words" in sentence


def test_estimated_words_are_the_ones_the_dictionary_lacks(seed_article):
    from analysis.readability.syllable_counts import syllables_with_source

    table = rd.estimated_words(seed_article)
    assert len(table) > 0
    assert_offsets_round_trip(seed_article.text, table)
    assert all(syllables_with_source(w)[1] == "estimated" for w in table["word"])
    words = rd.word_table(seed_article)
    dictionary_words = words.loc[words["syllable_source"] == "dictionary", "text"]
    assert not set(dictionary_words) & set(table["word"])


@settings(max_examples=200, deadline=None)
@given(
    words=st.integers(0, 5000),
    sentences=st.integers(0, 400),
    data=st.data(),
)
def test_formulas_never_divide_by_zero_or_return_infinity(words, sentences, data):
    polysyllables = data.draw(st.integers(0, words))
    counts = {
        "words": words,
        "sentences": sentences,
        "syllables": data.draw(st.integers(words, 4 * words + 1)),
        "polysyllables": polysyllables,
        "complex_words": data.draw(st.integers(0, polysyllables)),
        "letters": data.draw(st.integers(words, 12 * words + 1)),
        "characters": data.draw(st.integers(words, 12 * words + 1)),
        "difficult_words": data.draw(st.integers(0, words)),
    }
    with np.errstate(all="raise"):
        for formula in formulas.FORMULAS.values():
            value = formula(counts)
            if words == 0 or sentences == 0:
                # Undefined ratios come out as NaN; a formula that does not need them stays finite.
                assert not math.isinf(value)
            else:
                assert math.isfinite(value)
    if words == 0 or sentences == 0:
        assert math.isnan(formulas.flesch_kincaid_grade(counts))


def test_a_sentence_start_is_a_name_when_the_article_capitalises_it_elsewhere():
    article = analysis.parse_article(
        "Officials met Kowalczyk on Monday. Kowalczyk said little. Meanwhile the talks ended."
    )
    words = rd.word_table(article)
    starts = words.drop_duplicates("sentence", keep="first").set_index("text")
    assert starts.loc["Kowalczyk", "proper"]
    assert not starts.loc["Meanwhile", "proper"]


def test_comparison_with_textstat_on_wire_copy():
    text, sentences = WIRE_TEXTS[0]
    table = rd.compare_with_textstat(analysis.parse_article(text)).set_index("quantity")
    assert table.loc["sentences", "project"] == sentences
    assert table.loc["sentences", "textstat"] == textstat.sentence_count(text)
    assert (table["difference"] == table["project"] - table["textstat"]).all()
    sentence = say.describe_textstat_gap(table.reset_index())
    assert f"has {sentences}" in sentence
    assert f"{table.loc['flesch_kincaid_grade', 'textstat']:.1f}" in sentence


def test_whole_body_tables_point_at_the_text_they_scored(seed_article):
    report = rd.readability_report(seed_article)
    body = seed_article.body_sentences
    assert report.start == body["start"].min()
    assert report.end <= body["end"].max()
    assert set(report.table["start"]) == {report.start}
    comparison = rd.compare_with_textstat(seed_article)
    assert set(comparison["end"]) == {report.end}


# --------------------------------------------------------------------------- long table, degenerate input


def test_readability_scores_hold_every_wide_value():
    article = analysis.load_article(analysis.article_path())
    result = analysis.analyse(article)
    long = result.readability_scores
    assert_offsets_round_trip(article.text, long)
    body = long[long["scope"] == "article"].set_index("measure")
    report = result.readability_report
    for key in rd.MEASURE_KEYS:
        assert body.loc[key, "value"] == pytest.approx(report[key], nan_ok=True)
        assert body.loc[key, "valid"] == report.valid[key]
    for by in rd.GROUPINGS:
        wide = result[f"readability_by_{by}"]
        scope = long[long["scope"] == by]
        assert len(scope) == len(wide) * len(rd.MEASURE_KEYS)
        values = scope.pivot(index="scope_id", columns="measure", values="value")
        for row in wide.itertuples():
            for key in rd.MEASURE_KEYS:
                expected = getattr(row, key)
                assert values.loc[str(getattr(row, by)), key] == pytest.approx(
                    expected, nan_ok=True
                )
    # a 30-word sentence is not a valid grade: the long table says so
    assert not long[long["scope"] == "sentence"]["valid"].any()


@pytest.mark.parametrize("text", ["!!! ???", "“ “ “", "“", "BREAKING NEWS\n\nSECOND HEADING\n\n"])
def test_readability_stages_are_well_formed_on_degenerate_input(text):
    article = analysis.parse_article(text)
    result = analysis.analyse(article)
    seed = analysis.analyse(analysis.load_article(analysis.article_path()))
    for name in [
        "readability",
        "readability_scores",
        *(f"readability_by_{b}" for b in rd.GROUPINGS),
    ]:
        table = result[name]
        assert isinstance(table, pd.DataFrame), name
        assert list(table.columns) == list(seed[name].columns), name
    assert result.readability_report["words"] == len(article.words)


def test_tokens_that_cannot_be_words_are_left_out_and_listed():
    long_token = "x" * 5000
    text = (
        "The council met on Tuesday and agreed a budget for the next year after a long "
        f"debate. Read it at https://example.org/budget/2024 or {long_token} today. "
        "Most members said the plan was fair and would help the town grow."
    )
    article = analysis.parse_article(text)
    report = analysis.readability_report(article)
    assert report["flesch_kincaid_grade"] < 25  # one 5,000-letter token would give hundreds
    flagged = analysis.analyse(article).unreadable_tokens
    assert list(flagged["reason"]) == ["a web address", "over 40 characters"]
    assert_offsets_round_trip(article.text, flagged)
    from analysis.readability import cannot_be_word

    assert [cannot_be_word(w) for w in ("and/or", "24/7", "he/she", "Yahoo!")] == [None] * 4
    assert cannot_be_word("someone@example.com") == cannot_be_word("www.cbc.ca") == "a web address"


# --------------------------------------------------------------------------- array counting


def test_array_voices_follow_the_one_definition_of_voices(seed_article):
    from analysis.core.schema import word_voices

    groups = importlib.import_module("analysis.readability.groups")
    words = rd.word_table(seed_article)
    quote_table = analysis.quotes(seed_article)
    fast = groups.voice_labels(groups.word_columns(words), quote_table)
    assert list(fast) == list(word_voices(words, quote_table))
    assert {"quotation", "paraphrase", "narration"} == set(fast)


def test_consensus_of_arrays_is_the_pandas_median_exactly():
    groups = importlib.import_module("analysis.readability.groups")
    rng = np.random.default_rng(7)
    grades = rng.normal(10, 4, size=(200, len(formulas.CONSENSUS_OF)))
    grades[rng.random(grades.shape) < 0.3] = np.nan
    grades[0] = np.nan  # no grade at all: NaN, not an error
    expected = pd.DataFrame(grades).median(axis=1, skipna=True).to_numpy()
    np.testing.assert_array_equal(groups.consensus_of(grades), expected)


def test_pipeline_tables_carry_the_stretch_they_scored(seed_article):
    result = analysis.analyse(seed_article)
    for by in ("voice", "speaker"):
        plain = rd.readability_by(seed_article, by, result.quotes, result.words)
        assert "text" not in plain.columns
        located = rd.readability_by(seed_article, by, result.quotes, result.words, stretches=True)
        pd.testing.assert_frame_equal(located.drop(columns="text"), plain)
        pd.testing.assert_frame_equal(located, result[f"readability_by_{by}"])
        assert_offsets_round_trip(seed_article.text, located)
    report = result.readability_report
    pd.testing.assert_frame_equal(
        report.located_table(seed_article.text).drop(columns="text"), report.table
    )
    assert_offsets_round_trip(seed_article.text, result.readability)
