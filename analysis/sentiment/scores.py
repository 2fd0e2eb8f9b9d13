"""Sentiment of sentences, quotations and speakers, calibrated on news and checked against people.

Two methods score a text on VADER's -1..1 scale:

* ``"vader"``: plain VADER (Hutto & Gilbert 2014) as NLTK ships it, for comparison.
* ``"news"`` (default): a small linear model over the word evidence of
  :mod:`analysis.sentiment.features` (VADER's rule-adjusted valences, the Pattern
  adjective lexicon, the project's news vocabulary, each also per sentence length,
  negation, questions, "but", length),
  fitted by ``tools/fit_sentiment.py`` to the mean rating of 20 people per sentence on
  the NYT editorial sentences of the VADER paper (dev half only). Its ``compound`` estimates
  what those readers would average, divided by 4: -1 would be "everyone says extremely
  negative". The weights live in ``analysis/resources/sentiment_news.json``.
* ``"encoder"`` (only with the optional extra, see :mod:`analysis.sentiment.encoder`):
  all-MiniLM-L6-v2 sentence embeddings plus the news features, through a linear head
  fitted the same way. :func:`default_method` picks it when it is installed.

Labels follow the VADER convention: ``positive`` at or above the neutral band, ``negative``
at or below minus the band, ``neutral`` in between or at exactly 0. VADER's band is 0.05;
the news model's band was chosen on dev by cross-validation.

Article level: :func:`sentiment` gives one row per sentence with its offsets, paragraph,
whether it sits inside quotation marks and which speaker an attribution ties it to;
:func:`quote_sentiment` scores each attribution's own text; :func:`sentiment_by` aggregates
sentences by paragraph, speaker or voice (narration, paraphrase, quotation) and
:func:`speaker_sentiment` aggregates quotations per speaker; :func:`article_words` lists
every word that moved a score with its offsets into the article.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pandas as pd

from analysis.core.paths import PACKAGE_DIR
from analysis.sentiment.features import (
    ENCODER_FEATURES,
    FEATURES,
    SATURATION,
    Evidence,
    WordEvidence,
    density_divisor,
    gather_evidence,
    sentence_features,
    share_divisor,
    vader,
    vader_normalise,
    vader_word_offsets,
)
from analysis.sentiment.metrics import three_class
from analysis.speakers import resolved_quotes

MODEL_FILE = PACKAGE_DIR / "resources" / "sentiment_news.json"
METHODS: tuple[str, ...] = ("vader", "news", "encoder")
#: VADER's own neutral band (Hutto & Gilbert 2014; the vaderSentiment README).
VADER_BAND = 0.05
#: How many driving words ``score_sentiment`` lists per text.
MAX_DRIVERS = 5
#: A word drives the score when its push is at least this share of the strongest push.
DRIVER_SHARE = 0.2
SCORE_COLUMNS = ["text", "compound", "label", "drivers"]
WORD_COLUMNS = ["row", "start", "end", "word", "contribution"]


@dataclass(frozen=True)
class LinearModel:
    """A stored ridge model: ``compound = clip(b0 + sum_f w_f (x_f - c_f) / s_f, -1, 1)``."""

    features: tuple[str, ...]
    center: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    neutral_band: float
    per_unit: dict[str, float] = field(init=False, repr=False)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The model's compound score for each row of ``X`` (columns in ``features`` order)."""
        raw = self.intercept + ((X - self.center) / self.scale) @ self.weights
        return np.clip(raw, -1.0, 1.0)

    def __post_init__(self) -> None:
        # w_f / s_f: each feature's weight per unit of the raw feature.
        per_unit = dict(zip(self.features, self.weights / self.scale, strict=True))
        object.__setattr__(self, "per_unit", per_unit)

    def word_contribution(self, word: WordEvidence, n_words: int = 1) -> float:
        """The score change one word's own evidence makes in a sentence of ``n_words``
        words (the model is linear in it).

        A VADER valence v adds ``normalise(v)`` to VADER's compound and v (and tanh(v/3))
        to its positive or negative sums, or to the shifted sum; a Pattern polarity p is
        the mean and the signed sum of a one-word sentence; a VADER or Pattern sum also
        gets v / sqrt(n_words) in its density; a news word adds its sign / n_words to its
        category's share.
        """
        w, v = self.per_unit, word.valence
        if word.lexicon == "vader_shifted":
            return w["vader_compound"] * vader_normalise(v) + w["vader_shifted"] * v
        if word.lexicon.startswith("news_"):
            return w[f"{word.lexicon}_share"] * v / share_divisor(n_words)
        side = "positive" if v > 0 else "negative"
        total = f"{word.lexicon}_{side}"
        summed = (w[total] + w[f"{total}_density"] / density_divisor(n_words)) * v
        if word.lexicon == "vader":
            saturated = math.tanh(v / SATURATION)
            return (
                w["vader_compound"] * vader_normalise(v)
                + summed
                + w[f"vader_{side}_saturated"] * saturated
            )
        return w["pattern_mean"] * v + summed


@cache
def news_model() -> LinearModel:
    """The news-calibrated model stored in the package (written by tools/fit_sentiment.py)."""
    stored = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(stored["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE.name} was fitted on other features; rerun the fit.")
    return LinearModel(
        features=tuple(stored["features"]),
        center=np.array(stored["center"]),
        scale=np.array(stored["scale"]),
        weights=np.array(stored["weights"]),
        intercept=float(stored["intercept"]),
        neutral_band=float(stored["neutral_band"]),
    )


def model_card() -> pd.DataFrame:
    """The news model's weights, one row per feature, with how it was fitted in ``attrs``.

    ``attrs`` holds the cross-validated r and F1 on the dev half, the penalty, the neutral
    band and the sha256 of the file it was fitted on.
    """
    stored = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    card = pd.DataFrame(
        {"feature": stored["features"], "weight": stored["weights"], "scale": stored["scale"]}
    )
    card["weight_per_unit"] = card["weight"] / card["scale"]
    card.attrs = {k: stored[k] for k in ("neutral_band", "ridge_penalty", "fitted_on")}
    card.attrs["cross_validation"] = stored["cross_validation"]
    return card


def available_methods() -> list[str]:
    """The methods this installation can run, the baseline first; ``encoder`` only with
    the optional extra (requirements-embeddings.txt)."""
    from analysis.sentiment.encoder import encoder_available

    return [m for m in METHODS if m != "encoder" or encoder_available()]


def default_method() -> str:
    """The most accurate method installed: ``encoder`` with the extra, else ``news``."""
    return "encoder" if "encoder" in available_methods() else "news"


def neutral_band(method: str = "news") -> float:
    """The half-width of the neutral label band for ``method``."""
    _check_method(method)
    if method == "encoder":
        from analysis.sentiment.encoder import encoder_head

        return encoder_head().neutral_band
    return VADER_BAND if method == "vader" else news_model().neutral_band


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"Unknown sentiment method {method!r}; choose one of {METHODS}.")
    if method == "encoder" and method not in available_methods():
        from analysis.sentiment.encoder import EncoderUnavailable

        raise EncoderUnavailable(
            'method="encoder" needs the optional extra: pip install -r requirements-embeddings.txt'
        )


def feature_table(texts: Iterable[str]) -> pd.DataFrame:
    """Every sentence feature of each text, one row per text: the news model's
    :data:`FEATURES` first, in order, then the rest of the encoder head's
    :data:`ENCODER_FEATURES`, and ``evidence``: how many lexicon words it has. A text
    with none is scored 0 by the news model."""
    evidence = [gather_evidence(text) for text in texts]
    table = pd.DataFrame([sentence_features(e) for e in evidence])
    table = table.reindex(columns=list(dict.fromkeys([*FEATURES, *ENCODER_FEATURES])))
    table["evidence"] = [len(e.words) for e in evidence]
    return table


def _word_contributions(evidence: Evidence, model: LinearModel) -> list[WordEvidence]:
    """Each evidence word with the score change its own valence makes under ``model``.

    A word found in several lexicons (VADER and Pattern, say) gets one row, the sum.
    """
    totals: dict[tuple[int, int], float] = {}
    words: dict[tuple[int, int], str] = {}
    for item in evidence.words:
        key = (item.start, item.end)
        totals[key] = totals.get(key, 0.0) + model.word_contribution(item, evidence.n_words)
        words[key] = item.word
    return [WordEvidence(s, e, words[(s, e)], "news", v) for (s, e), v in totals.items()]


def _vader_words(text: str) -> tuple[float, list[WordEvidence]]:
    """NLTK VADER's compound for ``text`` and its words with their final valences."""
    words, valences, compound = vader().trace(text)
    found = [
        WordEvidence(start, end, text[start:end], "vader", float(valence))
        for (start, end), valence in zip(vader_word_offsets(text, words), valences, strict=True)
        if valence != 0
    ]
    return compound, found


def _score(texts: list[str], method: str) -> tuple[np.ndarray, list[list[WordEvidence]]]:
    """Compound scores and per-word contributions of every text under ``method``."""
    if method == "vader":
        scored = [_vader_words(text) for text in texts]
        return np.array([c for c, _ in scored], dtype=float), [w for _, w in scored]
    model = news_model()
    evidence = [gather_evidence(text) for text in texts]
    features = [sentence_features(e) for e in evidence]
    X = np.array([[f[name] for name in FEATURES] for f in features], dtype=float)
    X = X.reshape(-1, len(FEATURES))
    words = [_word_contributions(e, model) for e in evidence]
    if method == "encoder":
        from analysis.sentiment.encoder import encoder, encoder_head

        embeddings = encoder().embed(texts)
        head_inputs = np.array(
            [[f[name] for name in ENCODER_FEATURES] for f in features], dtype=float
        ).reshape(-1, len(ENCODER_FEATURES))
        compound = encoder_head().predict(np.column_stack([embeddings, head_inputs]))
        # The encoder reads meaning, not only lexicon words; an empty text has none.
        compound[[not text.strip() for text in texts]] = 0.0
        return compound, words
    compound = model.predict(X)
    # No word any lexicon knows, no tone: the model's intercept would otherwise call a
    # plain statement of fact slightly negative, as the editorial raters did on average.
    compound[[not e.words for e in evidence]] = 0.0
    return compound, words


def _as_series(texts: Iterable[str] | pd.Series) -> pd.Series:
    series = texts if isinstance(texts, pd.Series) else pd.Series(list(texts), dtype=object)
    if not series.map(lambda t: isinstance(t, str)).all():
        raise TypeError("score_sentiment takes strings; found a non-string value.")
    return series


def _drivers(words: list[WordEvidence], compound: float) -> list[str]:
    """The words that pushed the score the way it went, strongest first, each word once.

    Words pulling the other way are counterweights, not drivers; a word counts when its
    push is at least :data:`DRIVER_SHARE` of the strongest one's.
    """
    if compound == 0:
        return []
    same_way = [w for w in words if w.valence * compound > 0]
    if not same_way:
        return []
    strongest = sorted(same_way, key=lambda w: (-abs(w.valence), w.start))
    floor = DRIVER_SHARE * abs(strongest[0].valence)
    drivers: list[str] = []
    for word in strongest:
        if abs(word.valence) >= floor and word.word.lower() not in map(str.lower, drivers):
            drivers.append(word.word)
    return drivers[:MAX_DRIVERS]


def score_sentiment(texts: Iterable[str] | pd.Series, method: str = "news") -> pd.DataFrame:
    """Sentiment of each text: one row per text, in order (a Series keeps its index).

    Columns: ``text``; ``compound`` in [-1, 1]; ``label`` (``positive``/``negative``/
    ``neutral``, see :func:`analysis.sentiment.metrics.three_class` and
    :func:`neutral_band`); ``drivers``, the words that moved the score most, strongest
    first, among those pushing the way the score went (for ``"vader"`` ranked by VADER's
    rule-adjusted valence, for ``"news"`` by each word's own contribution to the model's
    score); :func:`sentiment_words` lists every word with its push.
    """
    _check_method(method)
    series = _as_series(texts)
    compound, words = _score(series.tolist(), method)
    return pd.DataFrame(
        {
            "text": series.to_numpy(dtype=object),
            "compound": compound,
            "label": three_class(compound, neutral_band(method)),
            "drivers": [_drivers(w, c) for w, c in zip(words, compound, strict=True)],
        },
        index=series.index,
        columns=SCORE_COLUMNS,
    )


def sentiment_words(texts: Iterable[str] | pd.Series, method: str = "news") -> pd.DataFrame:
    """Every word that moved a text's score: one row per (text, word).

    ``row`` is the text's index label, ``start``/``end`` offsets into that text, and
    ``contribution`` the word's signed push on the compound score (VADER valence for
    ``"vader"``, score change for ``"news"``).
    """
    _check_method(method)
    series = _as_series(texts)
    _, words = _score(series.tolist(), method)
    rows = [
        (label, w.start, w.end, w.word, w.valence)
        for label, found in zip(series.index, words, strict=True)
        for w in found
    ]
    return pd.DataFrame(rows, columns=WORD_COLUMNS)


# ---------------------------------------------------------------- article level


def _find_quotes(article) -> pd.DataFrame:
    """Who said what with resolved speakers, for a caller that did not pass it."""
    return resolved_quotes(article)


def _quote_share(article) -> pd.Series:
    """Share of each sentence's word and number tokens that lie inside quotation marks."""
    tokens = article.tokens
    words = tokens[tokens["kind"].isin(["word", "number"])]
    share = words.groupby("sentence")["in_quote"].mean()
    return share.reindex(article.sentences["sentence"], fill_value=0.0)


def attribute_sentences(sentences: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The attribution each sentence overlaps most, as ``quote`` (row label) and ``speaker``.

    Overlap is counted in characters between the sentence ``[start, end)`` and the
    attribution's content ``[start, end)``; sentences no attribution touches get none.
    """
    base = sentences[["sentence", "start", "end"]]
    if quotes.empty:
        return pd.DataFrame({"sentence": base["sentence"], "quote": pd.NA, "speaker": None}).astype(
            {"quote": "Int64", "speaker": object}
        )
    spans = quotes[["start", "end", "speaker"]].rename_axis("quote").reset_index()
    pairs = base.merge(spans, how="cross", suffixes=("", "_quote"))
    pairs["overlap"] = np.minimum(pairs["end"], pairs["end_quote"]) - np.maximum(
        pairs["start"], pairs["start_quote"]
    )
    pairs = pairs[pairs["overlap"] > 0].sort_values(
        ["sentence", "overlap"], ascending=[True, False]
    )
    best = pairs.drop_duplicates("sentence")[["sentence", "quote", "speaker"]]
    merged = base[["sentence"]].merge(best, on="sentence", how="left")
    return merged.astype({"quote": "Int64", "speaker": object})


def _voice(in_quote: pd.Series, speaker: pd.Series) -> pd.Series:
    """``quotation`` inside quotation marks, ``paraphrase`` when attributed, else ``narration``."""
    voice = np.where(in_quote, "quotation", np.where(speaker.notna(), "paraphrase", "narration"))
    return pd.Series(voice, index=in_quote.index)


def sentence_tone(
    article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per sentence of ``article`` with its tone and who, if anyone, is speaking.

    Columns: ``sentence``, ``paragraph``, ``kind``, ``start``, ``end``, ``text`` (from
    ``article.sentences``); ``quote_share`` and ``in_quote`` (at least half its words inside
    quotation marks); ``quote`` and ``speaker`` (the attribution of ``analysis.attribution.extract``
    that overlaps it most; pass ``quotes`` to use another table); ``voice``
    (``quotation``/``paraphrase``/``narration``); ``compound``, ``label``, ``drivers``.
    """
    if quotes is None:
        quotes = _find_quotes(article)
    sentences = article.sentences.reset_index(drop=True)
    table = sentences[["sentence", "paragraph", "kind", "start", "end", "text"]].copy()
    table["quote_share"] = _quote_share(article).to_numpy()
    table["in_quote"] = table["quote_share"] >= 0.5
    attributed = attribute_sentences(sentences, quotes)
    table["quote"] = attributed["quote"].to_numpy()
    table["speaker"] = attributed["speaker"].to_numpy()
    table["voice"] = _voice(table["in_quote"], table["speaker"])
    scores = score_sentiment(table["text"], method=method)
    return pd.concat([table, scores.drop(columns="text")], axis=1)


def article_words(table: pd.DataFrame, method: str = "news") -> pd.DataFrame:
    """Every word that moved a sentence's score, with offsets into the article.

    ``table`` is :func:`sentiment`'s (or ``article.sentences``): one row per word with
    ``sentence``, ``start``, ``end`` (so ``article.text[start:end] == word``), ``word`` and
    ``contribution``, its signed push on the sentence's score.
    """
    words = sentiment_words(table["text"].reset_index(drop=True), method=method)
    located = table[["sentence", "start"]].reset_index(drop=True).rename_axis("row")
    words = words.join(located.rename(columns={"start": "offset"}), on="row")
    words["start"] += words["offset"]
    words["end"] += words["offset"]
    return words[["sentence", "start", "end", "word", "contribution"]]


def quote_sentiment(
    article, method: str = "news", quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Each attribution of ``analysis.quotes(article)`` with the tone of its own words.

    One row per attribution: ``quote`` (its row label), ``start``, ``end``, ``text``,
    ``kind``, ``speaker``, ``paragraph``, ``sentence``, then ``compound``, ``label``,
    ``drivers`` of the content text.
    """
    if quotes is None:
        quotes = _find_quotes(article)
    columns = ["start", "end", "text", "kind", "speaker", "paragraph", "sentence"]
    table = quotes[columns].rename_axis("quote").reset_index()
    scores = score_sentiment(table["text"].astype(object), method=method)
    return pd.concat([table, scores.drop(columns="text")], axis=1)


def _summary(grouped) -> pd.DataFrame:
    return grouped.agg(
        n=("compound", "size"),
        mean=("compound", "mean"),
        median=("compound", "median"),
        low=("compound", "min"),
        high=("compound", "max"),
        share_positive=("label", lambda s: float((s == "positive").mean())),
        share_negative=("label", lambda s: float((s == "negative").mean())),
        start=("start", "min"),
        end=("end", "max"),
    )


def sentiment_by(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """Aggregate a scored table (from :func:`sentiment` or :func:`quote_sentiment`) by ``by``.

    ``by`` is a column such as ``paragraph``, ``speaker`` or ``voice``. One row per group:
    ``n``, ``mean``, ``median``, ``low``, ``high`` of ``compound``, the shares labelled
    positive and negative, and ``start``/``end``, the first and last offset the group
    covers (a span, not a contiguous passage, for speakers and voices). Rows without a
    value of ``by`` (sentences no speaker is tied to) are left out.
    """
    if by not in table.columns:
        raise KeyError(f"No column {by!r} to group sentiment by; have {list(table.columns)}.")
    return _summary(table.dropna(subset=[by]).groupby(by, sort=True)).reset_index()


def speaker_sentiment(quote_table: pd.DataFrame) -> pd.DataFrame:
    """Tone per speaker over the text of their attributions, most quoted first."""
    summary = sentiment_by(quote_table, "speaker")
    return summary.sort_values(["n", "mean"], ascending=[False, True]).reset_index(drop=True)
