"""Sentiment: scores, labels, drivers, offsets, the stored model and the article tables."""

from __future__ import annotations

import importlib
import json
import re
import socket

import nltk
import numpy as np
import pandas as pd
import pytest
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText

import analysis
from analysis.sentiment.features import (
    FEATURES,
    FastSentiText,
    gather_evidence,
    normalise_for_lexicons,
    reference_vader,
    vader,
)
from analysis.sentiment.metrics import (
    evaluate,
    f1_scores,
    macro_f1,
    three_class,
    weighted_f1,
)

# The scorers module (methods, model, drivers) and the article-level module.
sent = importlib.import_module("analysis.sentiment.scorers")
tone = importlib.import_module("analysis.sentiment.article")

SAMPLES = [
    "The war killed thousands of civilians and left the city in ruins.",
    "It was a wonderful, generous gift, and the crowd cheered!",
    "The committee meets on Tuesday.",
    "He was not happy at all.",
    "Good luck reaching consensus on this.",
    "''It's a disaster,'' she said -- and nobody disagreed.",
    "The plan is good, but the execution was terrible.",
    "“I am sure there is a way,” he said, “but it’s very tricky.”",
    "GREAT news: profits rose again!!",
    "",
]


@pytest.fixture(scope="module")
def seed():
    return analysis.load_article(analysis.article_path())


@pytest.fixture(scope="module")
def seed_sentiment(seed):
    return analysis.sentence_tone(seed)


# ---------------------------------------------------------------- score_sentiment


@pytest.mark.parametrize("method", ["news", "vader"])
def test_one_row_per_text_in_order(method):
    table = analysis.score_sentiment(SAMPLES, method=method)
    assert list(table.columns) == ["text", "compound", "label", "drivers"]
    assert table["text"].tolist() == SAMPLES
    assert table.index.tolist() == list(range(len(SAMPLES)))


def test_a_series_keeps_its_index():
    texts = pd.Series(SAMPLES[:3], index=[10, 5, 7])
    table = analysis.score_sentiment(texts)
    assert table.index.tolist() == [10, 5, 7]
    assert table.loc[5, "text"] == SAMPLES[1]


@pytest.mark.parametrize("method", ["news", "vader"])
def test_scores_in_range_and_labels_follow_the_band(method):
    table = analysis.score_sentiment(SAMPLES, method=method)
    band = sent.neutral_band(method)
    assert table["compound"].between(-1, 1).all()
    expected = np.where(
        (table["compound"] >= band) & (table["compound"] != 0),
        "positive",
        np.where((table["compound"] <= -band) & (table["compound"] != 0), "negative", "neutral"),
    )
    assert table["label"].tolist() == expected.tolist()
    assert set(table["label"]) <= {"positive", "negative", "neutral"}


@pytest.mark.parametrize("method", ["news", "vader"])
def test_clear_cases_get_the_obvious_sign(method):
    table = analysis.score_sentiment(SAMPLES, method=method)
    assert table.loc[0, "label"] == "negative"
    assert table.loc[1, "label"] == "positive"
    assert table.loc[3, "label"] == "negative"  # "not happy"
    assert table.loc[9, "compound"] == 0 and table.loc[9, "label"] == "neutral"


def test_news_method_calls_a_plain_statement_neutral():
    table = analysis.score_sentiment(["The committee meets on Tuesday."])
    assert table.loc[0, "compound"] == 0.0
    assert table.loc[0, "label"] == "neutral"
    assert table.loc[0, "drivers"] == []


def test_negation_lowers_the_news_score():
    good, not_good = analysis.score_sentiment(["The plan is good.", "The plan is not good."])[
        "compound"
    ]
    assert not_good < 0 < good


@pytest.mark.parametrize("method", ["news", "vader"])
def test_drivers_are_words_of_their_text(method):
    table = analysis.score_sentiment(SAMPLES, method=method)
    for text, drivers in zip(table["text"], table["drivers"], strict=True):
        assert len(drivers) <= sent.MAX_DRIVERS
        for word in drivers:
            assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), (word, text)
    assert "killed" in table.loc[0, "drivers"]
    assert table.loc[2, "drivers"] == []


@pytest.mark.parametrize("method", ["news", "vader"])
def test_sentiment_words_offsets_round_trip(method):
    words = sent.sentiment_words(SAMPLES, method=method)
    assert not words.empty
    for row in words.itertuples():
        assert SAMPLES[row.row][row.start : row.end] == row.word
    strongest = words.loc[words["row"] == 0].sort_values("contribution").iloc[0]
    assert strongest["contribution"] < 0


def test_news_drivers_push_in_the_direction_of_their_word():
    words = sent.sentiment_words(["a wonderful day", "a terrible day"]).set_index("word")
    assert words.loc["wonderful", "contribution"] > 0
    assert words.loc["terrible", "contribution"] < 0


def test_vader_method_equals_nltk_vader():
    nltk_vader = SentimentIntensityAnalyzer()
    texts = [*SAMPLES, ":) great!!! but :( bad...", "'quoted' ,word, !?odd?! x y", "Kind of good"]
    ours = analysis.score_sentiment(texts, method="vader")["compound"].tolist()
    assert ours == [nltk_vader.polarity_scores(t)["compound"] for t in texts]


def test_fast_sentitext_finds_nltk_words():
    constants = vader().constants
    texts = [*SAMPLES, "!!cat dog!? 'x' ,y, ??great?? :-) (fine) U.S. -- no.", "a,b c. d!"]
    for text in texts:
        args = (text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION)
        assert FastSentiText(*args).words_and_emoticons == SentiText(*args).words_and_emoticons


def test_reference_vader_trace_matches_vadersentiment():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Reference

    reference = Reference()
    for text in SAMPLES:
        assert reference_vader().trace(text)[2] == reference.polarity_scores(text)["compound"]


def test_normalising_keeps_offsets():
    text = "“Quoted,” he said -- ''twice.'' It’s done—really."
    clean = normalise_for_lexicons(text)
    assert len(clean) == len(text)
    assert "It's" in clean and "“" not in clean and "''" not in clean


def test_evidence_offsets_point_into_the_original_text():
    text = "“The results were disastrous,” said the critic -- ''truly awful.''"
    evidence = gather_evidence(text)
    assert {w.word for w in evidence.words} >= {"disastrous", "awful"}
    for word in evidence.words:
        assert text[word.start : word.end] == word.word


def test_unknown_method_is_refused():
    with pytest.raises(ValueError, match="Unknown sentiment method"):
        analysis.score_sentiment(["x"], method="bert")


def test_non_strings_are_refused():
    with pytest.raises(TypeError):
        analysis.score_sentiment(["fine", None])


def test_works_with_the_network_off(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
    sent.news_model.cache_clear()
    table = analysis.score_sentiment(["The attack was horrific."])
    assert table.loc[0, "label"] == "negative"


# ---------------------------------------------------------------- the stored model


def test_stored_model_was_fitted_on_dev_only():
    stored = json.loads(sent.MODEL_FILE.read_text())
    assert stored["fitted_on"]["file"] == "nyt_dev.tsv"
    assert stored["features"] == list(FEATURES)
    assert len(stored["weights"]) == len(FEATURES) == len(stored["scale"])
    assert 0 <= stored["neutral_band"] < 0.2
    assert stored["cross_validation"]["grouped_by"] == "article"


def test_encoder_head_takes_the_features_it_was_fitted_on():
    from analysis.sentiment.encoder import HEAD_FILE
    from analysis.sentiment.features import ENCODER_FEATURES

    stored = json.loads(HEAD_FILE.read_text())
    assert stored["inputs"][384:] == list(ENCODER_FEATURES)
    assert len(stored["weights"]) == 384 + len(ENCODER_FEATURES)
    table = sent.feature_table(SAMPLES)
    assert list(table.columns[: len(FEATURES)]) == list(FEATURES)
    assert set(ENCODER_FEATURES) <= set(table.columns)


# ---------------------------------------------------------------- length normalisation


def test_densities_and_shares_divide_by_the_sentence_length():
    from analysis.sentiment.features import DENSITY_OF, NEWS_CATEGORIES, sentence_features

    for text in SAMPLES:
        evidence = gather_evidence(text)
        features = sentence_features(evidence)
        n = max(evidence.n_words, 1)
        for name in DENSITY_OF:
            assert features[f"{name}_density"] == pytest.approx(features[name] / n**0.5)
        for category in NEWS_CATEGORIES:
            share = features[f"news_{category}_share"]
            assert share == pytest.approx(features[f"news_{category}"] / n)
    empty = sentence_features(gather_evidence(""))
    assert all(empty[f"{name}_density"] == 0 for name in DENSITY_OF)


def test_one_strong_word_says_more_in_a_short_sentence():
    short, long = analysis.score_sentiment(
        [
            "A wonderful result.",
            "A wonderful result came after the committee met on Tuesday in the city hall "
            "to review the annual budget figures for the coming year.",
        ]
    )["compound"]
    assert short > long > 0


def test_word_contributions_add_up_exactly_under_a_linear_model():
    # With the nonlinear features (VADER's compound, the saturated sums, Pattern's mean)
    # weighted 0, the model is linear in every word, and dropping one word's evidence
    # must change the raw score by exactly that word's contribution.
    import dataclasses

    from analysis.sentiment.features import sentence_features

    rng = np.random.default_rng(4)
    weights = rng.normal(size=len(FEATURES))
    nonlinear = {
        "vader_compound",
        "vader_positive_saturated",
        "vader_negative_saturated",
        "pattern_mean",
    }
    weights[[FEATURES.index(name) for name in nonlinear]] = 0.0
    model = sent.LinearModel(
        features=FEATURES,
        center=np.zeros(len(FEATURES)),
        scale=np.ones(len(FEATURES)),
        weights=weights,
        intercept=0.0,
        neutral_band=0.0,
    )

    def raw(evidence):
        features = sentence_features(evidence)
        return float(np.array([features[name] for name in FEATURES]) @ weights)

    texts = [*SAMPLES, "The screenings reduce cancer deaths.", "The bombing killed 12 people."]
    checked = set()
    for text in texts:
        evidence = gather_evidence(text)
        for i, word in enumerate(evidence.words):
            without = dataclasses.replace(
                evidence, words=evidence.words[:i] + evidence.words[i + 1 :]
            )
            change = raw(evidence) - raw(without)
            assert change == pytest.approx(model.word_contribution(word, evidence.n_words))
            checked.add(
                word.lexicon.split("_")[0] if word.lexicon.startswith("news") else word.lexicon
            )
    assert checked >= {"vader", "vader_shifted", "pattern", "news"}


def test_stored_model_keeps_each_lexicon_words_sign_at_any_length():
    from analysis.sentiment.features import NEWS_CATEGORIES, WordEvidence

    model = sent.news_model()
    words = [
        *(("vader", v) for v in (-3.5, -2.0, -0.5, 0.5, 2.0, 3.5)),
        *(("pattern", p) for p in (-1.0, -0.3, 0.3, 1.0)),
        *((f"news_{c}", s) for c in NEWS_CATEGORIES for s in (-1, 1)),
    ]
    for lexicon, valence in words:
        for n_words in (1, 3, 10, 25, 60, 150):
            push = model.word_contribution(WordEvidence(0, 1, "x", lexicon, valence), n_words)
            assert push * valence > 0, (lexicon, valence, n_words, push)


# ---------------------------------------------------------------- metrics


def test_three_class_and_f1():
    labels = three_class([0.3, -0.3, 0.0, 0.01, -0.01], 0.05)
    assert labels.tolist() == ["positive", "negative", "neutral", "neutral", "neutral"]
    truth = ["positive", "negative", "negative", "neutral"]
    guess = ["positive", "negative", "positive", "neutral"]
    table = f1_scores(truth, guess).set_index("label")
    assert table.loc["negative", "recall"] == 0.5 and table.loc["negative", "precision"] == 1.0
    assert table.loc["positive", "f1"] == pytest.approx(2 / 3)
    assert weighted_f1(truth, guess) == pytest.approx((1 * 2 / 3 + 2 * 2 / 3 + 1 * 1) / 4)
    assert macro_f1(truth, guess) == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)


def test_evaluate_reports_r_against_ratings():
    ratings = [2.0, -1.0, 0.5, -2.5]
    result = evaluate(ratings, [0.5, -0.2, 0.1, -0.6], three_class([0.5, -0.2, 0.1, -0.6], 0.05))
    assert result["r"] > 0.99 and result["weighted_f1"] == 1.0


# ---------------------------------------------------------------- article level


def test_one_row_per_sentence_with_offsets(seed, seed_sentiment):
    table = seed_sentiment
    assert table["sentence"].tolist() == seed.body_sentences["sentence"].tolist()
    for row in table.itertuples():
        assert seed.text[row.start : row.end] == row.text
    assert table["compound"].between(-1, 1).all()
    assert set(table["voice"]) <= {"narration", "paraphrase", "quotation"}


def test_article_words_point_into_the_article(seed, seed_sentiment):
    words = tone.article_words(seed_sentiment)
    assert not words.empty
    for row in words.itertuples():
        assert seed.text[row.start : row.end] == row.word
    assert set(words["sentence"]) <= set(seed_sentiment["sentence"])
    worst = seed_sentiment[seed_sentiment["text"].str.contains("worst time possible")]
    sentence = worst["sentence"].iloc[0]
    assert "worst" in set(words.loc[words["sentence"] == sentence, "word"])


def test_in_quote_follows_the_tokens(seed, seed_sentiment):
    words = seed.tokens[seed.tokens["kind"].isin(["word", "number"])]
    share = words.groupby("sentence")["in_quote"].mean()
    quoted = set(share[share >= 0.5].index) & set(seed.body_sentences["sentence"])
    assert set(seed_sentiment.loc[seed_sentiment["in_quote"], "sentence"]) == quoted
    assert quoted, "the seed quotes people"
    assert (seed_sentiment.loc[seed_sentiment["in_quote"], "voice"] == "quotation").all()


def test_speakers_join_by_overlap():
    article = analysis.parse_article(
        "Officials met on Monday.\n\n“This is a terrible mistake,” said Ann Lee. "
        "She added that the talks were a wonderful success.\n"
    )
    body = article.text
    first = body.index("“")
    second = body.index("the talks")
    quotes = pd.DataFrame(
        {
            "start": [first, second],
            "end": [body.index("” said"), len(body.rstrip()) - 1],
            "speaker": ["Ann Lee", "Ann Lee"],
        }
    )
    table = analysis.sentence_tone(article, quotes=quotes)
    by_sentence = table.set_index("sentence")
    assert pd.isna(by_sentence.loc[0, "speaker"])
    assert by_sentence.loc[0, "voice"] == "narration"
    assert by_sentence.loc[1, "speaker"] == "Ann Lee" and by_sentence.loc[1, "in_quote"]
    assert by_sentence.loc[2, "voice"] == "paraphrase"
    assert by_sentence.loc[1, "label"] == "negative" and by_sentence.loc[2, "label"] == "positive"
    per_speaker = tone.sentiment_by(table, "speaker").set_index("speaker")
    assert per_speaker.loc["Ann Lee", "n"] == 2
    assert per_speaker.loc["Ann Lee", "mean"] == pytest.approx(
        table.loc[table["speaker"] == "Ann Lee", "compound"].mean()
    )


def test_aggregates_recompute_from_the_sentence_table(seed_sentiment):
    by_paragraph = tone.sentiment_by(seed_sentiment, "paragraph")
    assert by_paragraph["n"].sum() == len(seed_sentiment)
    expected = seed_sentiment.groupby("paragraph")["compound"].mean()
    assert np.allclose(by_paragraph.set_index("paragraph")["mean"], expected)
    by_voice = tone.sentiment_by(seed_sentiment, "voice").set_index("voice")
    assert by_voice["n"].sum() == len(seed_sentiment)
    assert {"narration", "quotation"} <= set(by_voice.index)
    with pytest.raises(KeyError):
        tone.sentiment_by(seed_sentiment, "mood")


def test_quote_sentiment_scores_each_attribution(seed):
    quotes = tone._find_quotes(seed)
    table = tone.quote_sentiment(seed, quotes=quotes)
    assert len(table) == len(quotes)
    for row in table.itertuples():
        assert seed.text[row.start : row.end] == row.text
    per_speaker = tone.speaker_sentiment(table)
    assert per_speaker["n"].sum() == table["speaker"].notna().sum()
    assert per_speaker["n"].is_monotonic_decreasing


def test_analysis_sentiment_is_callable_whatever_was_imported_first(seed):
    # The test module imported analysis.sentiment.scorers as a module before calling it.
    assert (
        analysis.sentence_tone(seed)["sentence"].tolist()
        == seed.body_sentences["sentence"].tolist()
    )


def test_seed_worst_time_quote_reads_negative(seed_sentiment):
    # A quotation in the seed calls the moment "the worst time possible".
    row = seed_sentiment[seed_sentiment["text"].str.contains("worst time possible")].iloc[0]
    assert row["label"] == "negative"
    assert "worst" in row["drivers"]


# ---------------------------------------------------------------- names, shifters


def test_names_in_mid_sentence_are_masked_with_offsets_kept():
    from analysis.sentiment.features import mask_names

    text = "The minister, François Champagne, met Hope Hicks in Ottawa."
    masked = mask_names(text)
    assert len(masked) == len(text)
    assert "Champagne" not in masked and "Hope" not in masked
    assert masked.startswith("The minister")  # the sentence's first word stays
    headline = "Good News For Hope In Trade Talks"
    assert mask_names(headline) == headline


def test_a_name_is_not_a_feeling():
    words = sent.sentiment_words(["The talks were led by Mr. Smith and Joy Brown."])
    assert "Joy" not in set(words["word"])


def test_shifters_turn_harm_into_relief():
    from analysis.sentiment.features import gather_evidence

    evidence = gather_evidence("The screenings reduce cancer deaths.")
    assert any(w.lexicon == "vader_shifted" and w.word == "cancer" for w in evidence.words)
    relief, harm = analysis.score_sentiment(
        ["The new rules reduce cancer deaths.", "The new rules cause cancer deaths."]
    )["compound"]
    assert relief > harm


# ---------------------------------------------------------------- charts and takeaways


def test_charts_return_their_axes_on_the_fixed_scale(seed, seed_sentiment):
    import matplotlib.pyplot as plt

    from analysis.plots import sentiment as charts

    scored = seed_sentiment[seed_sentiment["kind"] != "boilerplate"]
    quotes = tone.quote_sentiment(seed)
    vader_scores = analysis.score_sentiment(scored["text"], method="vader")["compound"]
    drawn = [
        (charts.plot_arc(scored), "y"),
        (charts.plot_speakers(quotes), "x"),
        (charts.plot_extremes(scored), "x"),
        (charts.plot_voices(scored), "x"),
        (charts.plot_methods(scored["compound"], vader_scores), "x"),
    ]
    for ax, axis in drawn:
        limits = ax.get_ylim() if axis == "y" else ax.get_xlim()
        assert limits == (-1.0, 1.0)
    _, given = plt.subplots()
    assert charts.plot_arc(scored, ax=given) is given
    plt.close("all")


def test_takeaways_state_the_computed_facts(seed_sentiment):
    from analysis.takeaways import sentiment as say

    scored = seed_sentiment[seed_sentiment["kind"] != "boilerplate"]
    lowest = scored.loc[scored["compound"].idxmin(), "sentence"]
    arc = say.arc_takeaway(scored)
    assert f"Over {len(scored)} sentences" in arc and f"sentence {lowest}," in arc
    by_voice = tone.sentiment_by(scored, "voice")
    mean_quotation = by_voice.set_index("voice").loc["quotation", "mean"]
    assert f"quotation {mean_quotation:+.2f}" in say.voice_takeaway(by_voice)
    vader_scores = analysis.score_sentiment(scored["text"], method="vader")
    zero = int((vader_scores["compound"] == 0).sum())
    assert f"VADER scores {zero} sentences exactly 0" in say.methods_takeaway(scored, vader_scores)
    assert say.tone_word(-0.2) == "negative" and say.tone_word(0.0) == "about neutral"


# ---------------------------------------------------------------- the optional encoder


def test_encoder_is_offered_only_when_installed():
    from analysis.sentiment.encoder import EncoderUnavailable, encoder_available

    methods = sent.available_methods()
    assert methods[:2] == ["vader", "news"]
    assert ("encoder" in methods) == encoder_available()
    assert sent.default_method() == ("encoder" if encoder_available() else "news")
    if not encoder_available():
        with pytest.raises(EncoderUnavailable, match="requirements-embeddings.txt"):
            analysis.score_sentiment(["fine"], method="encoder")


def test_encoder_files_must_match_their_pins(monkeypatch):
    from analysis.sentiment import encoder as sentiment_encoder

    if not all(sentiment_encoder.model_files()):
        with pytest.raises(sentiment_encoder.EncoderUnavailable, match="not installed"):
            sentiment_encoder.verified_files()
        return
    assert sentiment_encoder.verified_files()
    monkeypatch.setattr(sentiment_encoder, "MODEL_SHA256", "0" * 64)
    with pytest.raises(sentiment_encoder.EncoderUnavailable, match="sha256"):
        sentiment_encoder.verified_files()


def test_encoder_scores_when_installed():
    from analysis.sentiment.encoder import encoder_available

    if not encoder_available():
        pytest.skip("the optional encoder (requirements-embeddings.txt) is not installed")
    table = analysis.score_sentiment(SAMPLES, method="encoder")
    assert table["text"].tolist() == SAMPLES
    assert table["compound"].between(-1, 1).all()
    assert table.loc[0, "label"] == "negative" and table.loc[1, "label"] == "positive"
    assert table.loc[9, "compound"] == 0.0


# ---------------------------------------------------------------- any text at all

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = [*"abcdefghij KLMNOP.,;:!?'\"-“”’İé😀\n", "good", "bad", " not ", "''", "--", "no ",
          "reduce ", "Hope "]  # fmt: skip
AWKWARD_TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(AWKWARD_TEXT)
def test_any_text_scores_in_range_with_exact_offsets(text):
    for method in ("news", "vader"):
        table = analysis.score_sentiment([text], method=method)
        assert -1 <= table.loc[0, "compound"] <= 1
        for row in sent.sentiment_words([text], method=method).itertuples():
            assert text[row.start : row.end] == row.word


# ---------------------------------------------------------------- the fitting tool


@pytest.fixture(scope="module")
def fit_tool():
    import importlib.util

    from analysis.core.paths import PROJECT_DIR

    spec = importlib.util.spec_from_file_location(
        "fit_sentiment", PROJECT_DIR / "tools" / "fit_sentiment.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ridge_recovers_a_known_line(fit_tool):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(500, 3))
    y = 0.2 + X @ np.array([0.5, -0.3, 0.0])
    model = fit_tool.fit_ridge(X, y, penalty=1e-6)
    assert fit_tool.predict(model, np.zeros((1, 3)))[0] == pytest.approx(0.2, abs=1e-6)
    assert model["weights"] / model["scale"] == pytest.approx([0.5, -0.3, 0.0], abs=1e-6)
    assert np.allclose(fit_tool.predict(model, X), np.clip(y, -1, 1), atol=1e-6)


def test_folds_keep_each_article_together(fit_tool):
    articles = ["12", "12", "7", "7", "7", "99"]
    folds = fit_tool.folds_by_article(articles)
    assert folds[0] == folds[1] and folds[2] == folds[3] == folds[4]
    assert set(folds) <= set(range(fit_tool.FOLDS))
    assert fit_tool.folds_by_article(articles).tolist() == folds.tolist()


@pytest.mark.parametrize("text", ["!!! ???", "“ “ “", "“", "BREAKING NEWS\n\nSECOND HEADING\n\n"])
def test_sentiment_stages_are_well_formed_on_degenerate_input(text):
    article = analysis.parse_article(text)
    result = analysis.analyse(article)
    seed = analysis.analyse(analysis.load_article(analysis.article_path()))
    for name in ["sentence_tone", "quote_tone", "speaker_tone"]:
        table = result[name]
        assert isinstance(table, pd.DataFrame), name
        assert list(table.columns) == list(seed[name].columns), name


def test_no_polar_label_without_a_driving_word(seed_sentiment):
    polar = seed_sentiment[seed_sentiment["label"] != "neutral"]
    assert len(polar) > 0
    assert (polar["drivers"].map(len) > 0).all()
    # a score inside the band is neutral whatever its sign
    band = sent.neutral_band("news")
    inside = seed_sentiment[seed_sentiment["compound"].abs() < band]
    assert (inside["label"] == "neutral").all()


def test_news_band_is_the_raters_band_on_the_models_scale():
    from analysis.sentiment.metrics import RATER_BAND

    card = sent.model_card()
    assert card.attrs["neutral_band"] == pytest.approx(RATER_BAND / 4)
    assert sent.neutral_band("news") == card.attrs["neutral_band"]
    assert "driving word" in card.attrs["neutral_band_rule"]
