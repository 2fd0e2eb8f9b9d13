"""How sentiment scores are checked against human ratings: the VADER paper's protocol.

Hutto & Gilbert (2014), section 3.4 and tables 4-5: Pearson r between the tool's score and
the mean human rating; three classes with a neutral band (+-0.05 for the raters' mean on
its -4..4 scale and for VADER's compound); per-class F1 averaged with class-size weights
("F1" in the paper), and the unweighted mean (macro-F1) beside it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
#: The raters' neutral band on their -4..4 mean (Hutto & Gilbert 2014, section 3.4).
RATER_BAND = 0.05


def three_class(scores, band: float) -> np.ndarray:
    """``positive`` when score >= band, ``negative`` when score <= -band, else ``neutral``.

    A score of exactly 0 is neutral whatever the band, so a zero band still leaves
    "no evidence at all" neutral.
    """
    values = np.asarray(scores, dtype=float)
    labels = np.full(values.shape, "neutral", dtype=object)
    labels[(values >= band) & (values != 0)] = "positive"
    labels[(values <= -band) & (values != 0)] = "negative"
    return labels


def f1_scores(truth, predicted) -> pd.DataFrame:
    """Per-class precision, recall, F1 and support (how many true members) as a table."""
    truth, predicted = np.asarray(truth), np.asarray(predicted)
    rows = []
    for label in LABELS:
        hits = float(np.sum((truth == label) & (predicted == label)))
        called, actual = float(np.sum(predicted == label)), float(np.sum(truth == label))
        precision = hits / called if called else 0.0
        recall = hits / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((label, precision, recall, f1, int(actual)))
    return pd.DataFrame(rows, columns=["label", "precision", "recall", "f1", "support"])


def weighted_f1(truth, predicted) -> float:
    """Support-weighted mean of per-class F1 (the paper's "F1")."""
    table = f1_scores(truth, predicted)
    return float(np.average(table.f1, weights=table.support))


def macro_f1(truth, predicted) -> float:
    """Unweighted mean of per-class F1 over the classes that occur in the truth."""
    table = f1_scores(truth, predicted)
    return float(table.f1[table.support > 0].mean())


def pearson_r(x, y) -> float:
    """Pearson's correlation coefficient of two equal-length sequences."""
    return float(np.corrcoef(np.asarray(x, float), np.asarray(y, float))[0, 1])


def read_rated_sentences(path: str | Path) -> pd.DataFrame:
    """A ``nyt_dev.tsv``-style file: ``id``, ``rating`` (mean of raters, -4..4), ``text``.

    Adds ``article`` (the id before ``_``), the unit the dev/test split and the
    cross-validation folds keep together.
    """
    table = pd.read_csv(
        path, sep="\t", dtype={"id": str}, keep_default_na=False, quoting=csv.QUOTE_MINIMAL
    )
    table["rating"] = table["rating"].astype(float)
    table["article"] = table["id"].str.split("_").str[0]
    return table


def evaluate(ratings, scores, labels) -> dict[str, float]:
    """Pearson r, weighted F1 and macro-F1 of a method's scores and labels against raters.

    The raters' three classes use the paper's +-0.05 band on their -4..4 mean.
    """
    truth = three_class(ratings, RATER_BAND)
    return {
        "r": pearson_r(scores, ratings),
        "weighted_f1": weighted_f1(truth, labels),
        "macro_f1": macro_f1(truth, labels),
    }
