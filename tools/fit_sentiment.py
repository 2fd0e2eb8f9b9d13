"""Fit the news-calibrated sentiment model on the NYT dev half and store it in the package.

    python tools/fit_sentiment.py [../shared/benchdata/sentiment/nyt_dev.tsv] [--encoder]

Without ``--encoder`` it fits the news model (``analysis/resources/sentiment_news.json``);
with it, in an environment that has the optional encoder (requirements-embeddings.txt),
the head over sentence embeddings plus the news features
(``analysis/resources/sentiment_encoder.json``).

Deterministic: the target is the raters' mean divided by 4 (VADER's -1..1 scale); the
model is ridge regression on standardised features (Hoerl & Kennard 1970), solved in
closed form, beta = (Z'Z + lambda*I)^-1 Z'y with the intercept left unpenalised. The
penalty lambda and the neutral band are chosen by 5-fold cross-validation that keeps each
editorial's sentences in one fold (fold = sha256(article id) mod 5), so no sentence is
scored by weights that saw its neighbours. Only ``nyt_dev.tsv`` is read: the test half is
for the reported number.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from analysis.core.paths import PROJECT_DIR
from analysis.sentiment.encoder import HEAD_FILE
from analysis.sentiment.features import ENCODER_FEATURES, FEATURES
from analysis.sentiment.metrics import RATER_BAND, evaluate, read_rated_sentences, three_class
from analysis.sentiment.scorers import MODEL_FILE, feature_table

DEFAULT_DEV = PROJECT_DIR.parent / "shared" / "benchdata" / "sentiment" / "nyt_dev.tsv"
FOLDS = 5
LAMBDAS = (0.1, 1.0, 3.0, 10.0, 30.0, 100.0)
# 401 correlated columns want far more shrinkage than the news model's 21.
ENCODER_LAMBDAS = (100.0, 300.0, 1000.0, 2000.0, 4000.0, 8000.0)
BANDS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1)


def fit_ridge(X: np.ndarray, y: np.ndarray, penalty: float) -> dict[str, np.ndarray | float]:
    """Ridge regression on standardised columns: (Z'Z + lambda*I) beta = Z'y, intercept free."""
    center, scale = X.mean(axis=0), X.std(axis=0)
    # A (nearly) constant column carries no information: some embedding dimensions of the
    # int8 encoder are dead. Dividing by 1 keeps them harmless and survives rounding.
    scale[scale < 1e-6] = 1.0
    Z = np.column_stack([np.ones(len(X)), (X - center) / scale])
    ridge = penalty * np.eye(Z.shape[1])
    ridge[0, 0] = 0.0
    beta = np.linalg.solve(Z.T @ Z + ridge, Z.T @ y)
    return {"center": center, "scale": scale, "intercept": beta[0], "weights": beta[1:]}


def predict(model: dict, X: np.ndarray) -> np.ndarray:
    """The fitted line, clipped to [-1, 1] as the package does."""
    raw = model["intercept"] + ((X - model["center"]) / model["scale"]) @ model["weights"]
    return np.clip(raw, -1.0, 1.0)


def folds_by_article(articles) -> np.ndarray:
    """Fold number of each sentence: sha256 of its article id, modulo :data:`FOLDS`."""
    return np.array([int(hashlib.sha256(a.encode()).hexdigest(), 16) % FOLDS for a in articles])


def cross_validated(
    X: np.ndarray, y: np.ndarray, evidence: np.ndarray, folds: np.ndarray, penalty: float
) -> np.ndarray:
    """Out-of-fold predictions: each fold scored by a model fitted on the other four.

    The model is fitted on sentences with lexicon evidence only; the package scores the
    others 0, and so does this.
    """
    out = np.zeros(len(y))
    for k in range(FOLDS):
        held, train = folds == k, (folds != k) & evidence
        out[held] = predict(fit_ridge(X[train], y[train], penalty), X[held])
    out[~evidence] = 0.0
    return out


def choose(
    X: np.ndarray, ratings: np.ndarray, evidence: np.ndarray, folds: np.ndarray, lambdas
) -> dict:
    """Penalty by cross-validated r; the neutral band is the raters' own, on the model's scale.

    The model's score is the raters' mean / 4, so the raters' band (+-0.05 on their mean)
    is +-0.0125 on it. The band is not chosen by F1: the raters' band is so narrow that
    nearly every sentence is polar, and F1 then rewards calling -0.00003 negative (F1 is
    highest at band 0). Cross-validated F1 by band is still reported, for the record.
    """
    y = ratings / 4.0
    by_penalty = {lam: cross_validated(X, y, evidence, folds, lam) for lam in lambdas}
    r_by_penalty = {lam: float(np.corrcoef(p, y)[0, 1]) for lam, p in by_penalty.items()}
    penalty = max(lambdas, key=lambda lam: (round(r_by_penalty[lam], 4), lam))
    out_of_fold = by_penalty[penalty]
    f1_by_band = {
        band: evaluate(ratings, out_of_fold, three_class(out_of_fold, band))["weighted_f1"]
        for band in BANDS
    }
    band = RATER_BAND / 4.0
    cv = evaluate(ratings, out_of_fold, three_class(out_of_fold, band))
    model = fit_ridge(X[evidence], y[evidence], penalty)
    return {
        "center": model["center"].round(6).tolist(),
        "scale": model["scale"].round(6).tolist(),
        "weights": model["weights"].round(6).tolist(),
        "intercept": round(float(model["intercept"]), 6),
        "neutral_band": band,
        "neutral_band_rule": (
            "the raters' neutral band (+-0.05 on their -4..4 mean, Hutto & Gilbert 2014) on "
            "the model's scale (mean / 4); a sentence with no driving word is neutral"
        ),
        "ridge_penalty": penalty,
        "cross_validation": {
            "folds": FOLDS,
            "grouped_by": "article",
            "r_by_penalty": {str(k): round(v, 4) for k, v in r_by_penalty.items()},
            "weighted_f1_by_band": {str(k): round(v, 4) for k, v in f1_by_band.items()},
            **{k: round(v, 4) for k, v in cv.items()},
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dev", nargs="?", default=str(DEFAULT_DEV), help="nyt_dev.tsv")
    parser.add_argument("--encoder", action="store_true", help="fit the encoder head")
    args = parser.parse_args(argv)
    dev_path = Path(args.dev)
    if not dev_path.exists():
        print(f"skipped: no dev data at {dev_path}")
        return 0

    dev = read_rated_sentences(dev_path)
    features = feature_table(dev["text"])
    X = features[list(FEATURES)].to_numpy()
    evidence = features["evidence"].to_numpy() > 0
    folds = folds_by_article(dev["article"])
    ratings = dev["rating"].to_numpy()
    fitted_on = {
        "file": dev_path.name,
        "sha256": hashlib.sha256(dev_path.read_bytes()).hexdigest(),
        "rows": len(dev),
    }
    if args.encoder:
        from analysis.sentiment.encoder import encoder

        embeddings = encoder().embed(dev["text"].tolist())
        # The encoder reads meaning, not lexicon words: every sentence is fitted and scored.
        everything = np.ones(len(dev), dtype=bool)
        # The head keeps the sentence features it was designed with (ENCODER_FEATURES).
        head_inputs = features[list(ENCODER_FEATURES)].to_numpy()
        fit = choose(
            np.column_stack([embeddings, head_inputs]),
            ratings,
            everything,
            folds,
            ENCODER_LAMBDAS,
        )
        description = (
            "Sentence-encoder sentiment: ridge regression of the NYT raters' mean/4 on "
            "all-MiniLM-L6-v2 embeddings (384) followed by the news features; written by "
            "tools/fit_sentiment.py --encoder."
        )
        stored = {
            "description": description,
            "inputs": ["embedding"] * 384 + list(ENCODER_FEATURES),
        }
        output = HEAD_FILE
    else:
        fit = choose(X, ratings, evidence, folds, LAMBDAS)
        description = (
            "News-calibrated sentiment: ridge regression of the NYT raters' mean/4 on "
            "sentence features; written by tools/fit_sentiment.py."
        )
        stored = {"description": description, "features": list(FEATURES)}
        fitted_on["rows_with_evidence"] = int(evidence.sum())
        output = MODEL_FILE
    stored |= fit | {"fitted_on": fitted_on}
    output.write_text(json.dumps(stored, indent=1) + "\n", encoding="utf-8")
    cv = fit["cross_validation"]
    print(
        f"penalty {fit['ridge_penalty']}, neutral band {fit['neutral_band']}; "
        f"cross-validated on dev: r {cv['r']:.3f}, weighted F1 {cv['weighted_f1']:.3f}, "
        f"macro-F1 {cv['macro_f1']:.3f}"
    )
    if not args.encoder:
        for name, weight in zip(FEATURES, fit["weights"], strict=True):
            print(f"  {name:26s} {weight:+.4f}")
    print(f"wrote {output.relative_to(PROJECT_DIR)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
