"""Charts that say one true thing: colour-blind-safe meanings, honest percentages, alt text."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")  # tests only: no display

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from analysis.plots import stance as stance_charts
from analysis.plots.figure import Chart, chart, png_bytes
from analysis.plots.stance import FRAMING_COLORS
from analysis.plots.style import COLORS, FEW_WORDS, percent

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
SIMULATIONS = {
    "normal": np.eye(3),
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),  # fmt: skip
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),  # fmt: skip
}
#: Colours a reader tells apart within one chart (CIE76 distance in CIELAB).
MIN_DISTANCE = 15.0
GROUPS = {
    "stance": ["favor", "against", "neutral"],
    "tone": ["positive", "negative", "neutral"],
    "kind of attribution": ["direct", "mixed", "indirect"],
    "framing": list(FRAMING_COLORS),
    "structure": ["body", "heading", "boilerplate", "quotation"],
    "voices": ["narration", "indirect", "quotation"],
    "gender of sources": ["female", "male", "unknown"],
}


def _linear(color: str) -> np.ndarray:
    srgb = np.array([int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _lab(linear: np.ndarray) -> np.ndarray:
    to_xyz = np.array(
        [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
    )
    xyz = to_xyz @ linear / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def distance(a: str, b: str, simulation: str) -> float:
    matrix = SIMULATIONS[simulation]
    seen = [_lab(np.clip(matrix @ _linear(c), 0, 1)) for c in (a, b)]
    return float(np.linalg.norm(seen[0] - seen[1]))


def test_the_simulation_sees_the_old_red_green_problem():
    # The check can fail: the former favour green and against red merge under deuteranopia.
    assert distance("#1b7837", "#b2182b", "deuteranopia") < MIN_DISTANCE
    assert distance("#1b7837", "#b2182b", "normal") > 4 * MIN_DISTANCE


@pytest.mark.parametrize("simulation", list(SIMULATIONS))
@pytest.mark.parametrize("group", list(GROUPS))
def test_colours_read_together_stay_apart(group, simulation):
    for a, b in itertools.combinations(GROUPS[group], 2):
        d = distance(COLORS[a], COLORS[b], simulation)
        assert d >= MIN_DISTANCE, f"{group}: {a} and {b} are {d:.1f} apart under {simulation}"


def test_one_colour_per_meaning():
    assert len({COLORS["favor"], COLORS["positive"], COLORS["endorsing"]}) == 3
    assert len({COLORS["against"], COLORS["negative"], COLORS["distancing"]}) == 3
    assert FRAMING_COLORS["endorsing"] != COLORS["favor"]


@pytest.mark.parametrize(
    ("share", "shown"),
    [(0.025, "2.5%"), (0.02, "2%"), (0.1, "10%"), (0.125, "12.5%"), (0.0, "0%"), (1.0, "100%")],
)
def test_percent_labels_do_not_round_wrongly(share, shown):
    assert percent(share) == shown


def test_percent_ticks_of_a_small_axis(tmp_path):
    from analysis.plots.style import percent_axis

    _, ax = plt.subplots()
    ax.set_xlim(0, 0.1)
    ax.set_xticks([0, 0.025, 0.05, 0.075, 0.1])
    percent_axis(ax.xaxis)
    ax.figure.canvas.draw()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["0%", "2.5%", "5%", "7.5%", "10%"]
    plt.close(ax.figure)


def _a_chart():
    _, ax = plt.subplots()
    ax.bar([0, 1], [1, 2])
    ax.set_title("Cost of \\$5 and <b>more</b>")
    return ax


def test_a_chart_carries_its_takeaway_as_alt_text_and_caption():
    shown = chart(_a_chart(), 'Costs "doubled" <script>x</script>')
    bundle = shown._repr_mimebundle_()
    markup = bundle["text/html"]
    assert (
        'alt="Cost of $5 and &lt;b&gt;more&lt;/b&gt;. Costs &quot;doubled&quot; &lt;script&gt;'
        in markup
    )
    assert "<script>" not in markup and "figcaption" in markup and "Takeaway" in markup
    assert bundle["image/png"]  # tools that read images still find one
    assert not plt.get_fignums()  # closed: the inline backend does not show it again


def test_chart_png_has_no_metadata_and_is_reproducible():
    first, second = png_bytes(_a_chart().figure), png_bytes(_a_chart().figure)
    assert first == second
    assert b"Software" not in first and b"matplotlib" not in first.lower()
    plt.close("all")
    assert isinstance(chart(_a_chart(), "x"), Chart)


def test_marker_rates_grey_out_voices_with_few_words_and_show_counts():
    rates = pd.DataFrame(
        {
            "voice": ["narration", "narration", "Ana Ruiz", "Ana Ruiz"],
            "lexicon": ["hedges", "boosters", "hedges", "boosters"],
            "markers": [5, 1, 1, 0],
            "words": [500, 500, FEW_WORDS - 40, FEW_WORDS - 40],
            "per_100_words": [1.0, 0.2, 10.0, 0.0],
        }
    )
    ax = stance_charts.plot_marker_rates(rates)
    cells = {t.get_text(): t.get_color() for t in ax.texts}
    assert "1.0 (5)" in cells and "10.0 (1)" in cells
    assert cells["10.0 (1)"] == "#777777"  # the 10-word voice does not read as the strongest
    image = ax.images[0]
    assert np.ma.is_masked(image.get_array()[1, 0]) or np.isnan(image.get_array()[1, 0])
    assert image.norm.vmax == pytest.approx(1.0)  # the scale is set by voices with enough words
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any("too few" in label for label in labels)
    plt.close(ax.figure)
