"""Stance: lexicons, framing, markers, stance_toward on written examples, and the seed article."""

from __future__ import annotations

import importlib

import pandas as pd
import pytest
from conftest import assert_offsets_round_trip
from hypothesis import given, settings
from hypothesis.strategies import text as st_text

from analysis.core.paths import LEXICON_DIR

st = importlib.import_module("analysis.stance")
say = importlib.import_module("analysis.takeaways.stance")

TARGET = "NATO should play a greater role in the Middle East"
STANCE_LEXICONS = [*st.MARKER_LEXICONS, *st.POLARITY_LEXICONS, "contrast"]


# --------------------------------------------------------------------------- lexicons


@pytest.mark.parametrize("name", STANCE_LEXICONS)
def test_marker_lexicon_is_well_formed(name):
    table = pd.read_csv(LEXICON_DIR / f"{name}.tsv", sep="\t", dtype=str, keep_default_na=False)
    assert list(table.columns) == ["entry", "category", "source"]
    assert len(table) >= 5
    assert (table["entry"].str.strip() != "").all()
    assert (table["category"].str.strip() != "").all()
    # every source names a reference with a year
    assert table["source"].str.contains(r"\d{4}|MOS:|WP:").all(), table[
        ~table["source"].str.contains(r"\d{4}")
    ]
    assert not table["entry"].duplicated().any()


def test_reporting_verbs_file_is_well_formed():
    table = pd.read_csv(
        LEXICON_DIR / "reporting_verbs.tsv", sep="\t", dtype=str, keep_default_na=False
    )
    assert list(table.columns) == ["lemma", "forms", "framing", "source"]
    assert len(table) >= 100
    assert set(table["framing"]) == set(st.FRAMINGS)
    assert not table["lemma"].duplicated().any()
    forms = table["forms"].str.split().explode()
    assert not forms.duplicated().any(), forms[forms.duplicated()]
    # the head verb of each lemma is among its own forms
    heads = table["lemma"].str.split().str[0]
    assert all(head in f.split() for head, f in zip(heads, table["forms"], strict=True))
    assert (table["source"].str.len() > 10).all()


def test_lexicon_readme_describes_every_file():
    readme = (LEXICON_DIR / "README.md").read_text(encoding="utf-8")
    for name in [*STANCE_LEXICONS, "reporting_verbs"]:
        assert f"`{name}.tsv`" in readme, name


# --------------------------------------------------------------------------- framing


@pytest.mark.parametrize(
    ("cue", "lemma", "framing"),
    [
        ("said", "say", "neutral"),
        ("tells", "tell", "neutral"),
        ("pointed out", "point out", "endorsing"),
        ("noted", "note", "endorsing"),
        ("revealed", "reveal", "endorsing"),
        ("claimed", "claim", "distancing"),
        ("alleges", "allege", "distancing"),
        ("insisted", "insist", "distancing"),
        ("admitted", "admit", "conceding"),
        ("acknowledged", "acknowledge", "conceding"),
        ("warned", "warn", "speech_act_affect"),
        ("urges", "urge", "speech_act_affect"),
        ("slammed", "slam", "speech_act_affect"),
        ("criticised", "criticize", "speech_act_affect"),
        ("According to", None, "neutral"),
        (":", None, "other"),
        (None, None, "other"),
        (float("nan"), None, "other"),
    ],
)
def test_framing_of_known_cues(cue, lemma, framing):
    assert st.framing_of(cue) == (lemma, framing)


# --------------------------------------------------------------------------- markers


def test_markers_find_phrases_clitics_and_offsets():
    text = "I don't think it will work, unless they agree. Perhaps it depends on Canada."
    found = st.stance_markers(text)
    assert_offsets_round_trip(text, found)
    pairs = set(zip(found["lexicon"], found["entry"], strict=True))
    assert ("negation", "n't") in pairs
    assert ("self_mention", "i") in pairs
    assert ("conditionals", "unless") in pairs
    assert ("conditionals", "depends on") in pairs
    assert ("hedges", "perhaps") in pairs
    assert ("modality", "will") in pairs
    # the clitic hit covers the whole word it ends
    assert "don't" in set(found.loc[found["entry"] == "n't", "text"])


def test_markers_prefer_the_longest_entry():
    text = "She said it only if asked."
    found = st.stance_markers(text)
    assert list(found.loc[found["lexicon"] == "conditionals", "entry"]) == ["only if"]


# --------------------------------------------------------------------------- stance_toward


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Good luck getting NATO to play a greater role in the Middle East.", "against"),
        ("I don't think NATO will play a greater role in the Middle East.", "against"),
        ("The claim that NATO will play a greater role in the Middle East is false.", "against"),
        ("We strongly support NATO playing a greater role in the Middle East.", "favor"),
        (
            "NATO may play a greater role in the Middle East, reportedly, if allies agree.",
            "neutral",
        ),
        ("The weather in Ottawa was mild on Tuesday.", "neutral"),
    ],
)
def test_stance_toward_written_examples(text, label):
    result = st.stance_toward(text, TARGET)
    assert result["label"] == label, result
    assert -1.0 <= result["score"] <= 1.0


def test_upbeat_words_do_not_make_good_luck_favour():
    result = st.stance_toward(
        "Good luck reaching consensus on this.", TARGET, topic_floor=st.TOPIC_FLOOR
    )
    assert result["label"] == "against"
    assert any(e["text"] == "Good luck" and e["effect"] == "against" for e in result["evidence"])
    # VADER alone reads the same words as positive
    assert (
        importlib.import_module("analysis.stance.toward")
        ._vader()
        .polarity_scores("Good luck reaching consensus on this.")["compound"]
        > 0
    )


def test_a_denial_target_flips_refutation():
    text = "The photo is a hoax, experts said, and the story is false."
    assert st.stance_toward(text, "Viral photo of shark on highway is a hoax")["label"] == "favor"
    assert (
        st.stance_toward(text, "Viral photo shows shark swimming on highway story")["label"]
        == "against"
    )


def test_evidence_offsets_round_trip_into_the_text():
    text = "Critics say the plan is unrealistic. \u201cI doubt NATO will play a greater role,\u201d he said."
    result = st.stance_toward(text, TARGET)
    assert result["evidence"]
    for item in result["evidence"]:
        assert text[item["start"] : item["end"]] == item["text"]
        assert item["effect"] in st.LABELS
        assert item["weight"] >= 0
    weights = [e["weight"] for e in result["evidence"]]
    assert weights == sorted(weights, reverse=True)


def test_no_evidence_is_neutral_zero():
    result = st.stance_toward("Completely unrelated words here.", TARGET)
    assert result == {"label": "neutral", "score": 0.0, "evidence": []}


# --------------------------------------------------------------------------- articles


@pytest.fixture(scope="module")
def written_article():
    import analysis

    text = (
        "Allies weigh NATO role\n\n"
        "The United States wants NATO to take over the training mission in Iraq, officials said.\n\n"
        "\u201cGood luck getting every member to agree,\u201d said Ana Ruiz, a professor.\n\n"
        "Mark Lee, a minister, claimed that NATO to take over the training mission was essential. "
        "\u201cWe support it,\u201d Lee added.\n\n"
        "Critics said NATO to take over the mission would be unlikely to work."
    )
    return analysis.parse_article(text)


def _quotes_for(article, rows):
    """A who-said-what table written for the test (the contract of CONTRIBUTING.md)."""
    text = article.text
    out = []
    for speaker, passage, cue in rows:
        start = text.index(passage)
        cue_start = text.index(cue, start + len(passage))
        out.append(
            {
                "start": start,
                "end": start + len(passage),
                "text": passage,
                "kind": "direct",
                "cue": cue,
                "cue_start": cue_start,
                "cue_end": cue_start + len(cue),
                "speaker": speaker,
            }
        )
    return pd.DataFrame(out)


@pytest.fixture(scope="module")
def written_quotes(written_article):
    return _quotes_for(
        written_article,
        [
            ("Ana Ruiz", "\u201cGood luck getting every member to agree,\u201d", "said"),
            ("Mark Lee", "that NATO to take over the training mission was essential", "added"),
            ("Mark Lee", "\u201cWe support it,\u201d", "added"),
        ],
    )


def test_propose_target_is_the_most_discussed_proposal(written_article):
    target = st.propose_target(written_article)
    assert target["text"].startswith("NATO to take over the")
    assert written_article.text[target["start"] : target["end"]] == target["text"]
    assert target["mentions"] >= 2


def test_stance_rows_and_evidence_point_into_the_article(written_article, written_quotes):
    table = st.attribution_stance(written_article, table=written_quotes)
    assert len(table) == len(written_quotes)
    assert set(table["label"]) <= set(st.LABELS)
    assert_offsets_round_trip(written_article.text, table)
    for items in table["evidence"]:
        for item in items:
            assert written_article.text[item["start"] : item["end"]] == item["text"]


def test_speaker_stance_pools_attributions(written_article, written_quotes):
    per_speaker = st.speaker_stance(written_article, table=written_quotes).set_index("speaker")
    assert per_speaker.loc["Ana Ruiz", "label"] == "against"
    assert per_speaker.loc["Mark Lee", "label"] == "favor"
    assert per_speaker.loc["Mark Lee", "attributions"] == [1, 2]
    assert "Good luck" in per_speaker.loc["Ana Ruiz", "cues"]


def test_framing_by_speaker(written_article, written_quotes):
    frames = st.framing(written_article, written_quotes)
    assert list(frames["framing"]) == ["neutral", "neutral", "neutral"]
    counts = st.framing_by_speaker(written_article, written_quotes)
    assert counts.set_index("speaker").loc["Mark Lee", "attributions"] == 2


def test_marker_rates_are_per_100_words(written_article, written_quotes):
    rates = st.marker_rates(written_article, written_quotes)
    assert set(rates["voice"]) == {"Ana Ruiz", "Mark Lee", st.NARRATION}
    assert set(rates["lexicon"]) == set(st.MARKER_LEXICONS)
    check = 100 * rates["markers"] / rates["words"]
    assert (rates["per_100_words"] - check).abs().max() < 1e-9
    found = st.markers(written_article, written_quotes)
    assert_offsets_round_trip(written_article.text, found)
    # "We" is a self-mention inside Lee's quotation, not the narration's
    we = found[found["entry"] == "we"]
    assert list(we["voice"]) == ["Mark Lee"]


def test_stance_matrix_has_a_cell_per_speaker_and_target(written_article, written_quotes):
    matrix = st.stance_matrix(written_article, table=written_quotes)
    targets = st.discussed_targets(written_article)
    assert len(matrix) == 2 * len(targets)
    assert matrix["score"].between(-1, 1).all()
    assert (matrix.loc[matrix["evidence_count"] == 0, "score"] == 0).all()


# --------------------------------------------------------------------------- seed


def test_seed_target_and_sceptics(seed_article):
    import analysis

    target = st.propose_target(seed_article)
    assert "NATO" in target["text"] and "greater role" in target["text"]
    per_speaker = st.speaker_stance(seed_article, table=analysis.quotes(seed_article)).set_index(
        "speaker"
    )
    saideman = [s for s in per_speaker.index if "Saideman" in s]
    assert saideman and per_speaker.loc[saideman[0], "label"] == "against"
    assert "Good luck" in per_speaker.loc[saideman[0], "cues"]


def test_wanting_favours_unless_a_named_third_party_wants():
    assert (
        st.stance_toward("The minister calls on NATO to play a greater role.", TARGET)["label"]
        == "favor"
    )
    third_party = st.stance_toward(
        "Critics fear Trump now wants NATO to play a greater role.", TARGET
    )
    assert not any(e["kind"] == "support" for e in third_party["evidence"])


def test_a_denial_target_turns_a_plain_restatement_against():
    body = "A bird defecated on Putin during his speech in Moscow on Friday."
    assert (
        st.stance_toward(body, "No, a bird did not defecate on Putin during his speech")["label"]
        == "against"
    )


def test_no_proposal_means_no_target_and_empty_stance_tables():
    import analysis

    article = analysis.parse_article(
        "Storm hits coast\n\nA storm hit the coast on Monday, officials said. "
        "\u201cRoads were closed,\u201d said Mayor Ann Lee. \u201cWe are safe,\u201d Lee said."
    )
    target = st.propose_target(article)
    assert target["method"] == "none" and target["text"] is None
    result = analysis.analyse(article)
    assert len(result.quotes) >= 2  # there is speech, but no issue to read it on
    for name in ["stance", "stance_evidence", "speaker_stance"]:
        assert result[name].empty, name
    # the matrix is not read toward the lead sentence either
    assert not (result.stance_targets["central"]).any()
    assert "TARGET" in say.stance_takeaway(result.speaker_stance, result.target)
    assert "TARGET" in say.target_takeaway(result.target)
    # a target the reader sets is read
    given = analysis.analyse(article, target="roads closed")
    assert len(given.stance) == len(given.quotes)


def test_matrix_targets_are_people_bodies_and_proposals_never_function_words(written_article):
    import analysis

    result = analysis.analyse(written_article)
    targets = result.stance_targets
    entities = targets[targets["kind"] == "entity"]
    kinds = result.mentions.drop_duplicates("entity").set_index("entity")["kind"]
    assert "NATO" in set(entities["target"])  # a body named four times
    assert set(entities["target"].map(kinds)) <= {"person", "body"}
    assert not set(entities["target"].str.lower()) & {"i", "the", "but", "he", "she", "it"}
    matrix = result.stance_matrix
    # nobody is read toward themselves
    assert not any(
        t.lower() in s.lower() or s.lower() in t.lower()
        for s, t in zip(matrix["speaker"], matrix["target"], strict=True)
    )


def test_adjacent_cue_is_read_with_its_content(written_article):
    text = "The premier calls on NATO to act now."
    article = __import__("analysis").parse_article(text)
    table = pd.DataFrame(
        [{"start": 18, "end": len(text) - 1, "text": text[18:-1], "kind": "indirect", "cue": "calls",
          "cue_start": 12, "cue_end": 17, "speaker": "The premier"}]
    )  # fmt: skip
    row = st.attribution_stance(article, "NATO to act now", table).iloc[0]
    assert row["label"] == "favor"
    assert any(text[e["start"] : e["end"]] == "calls on" for e in row["evidence"])


# --------------------------------------------------------------------------- charts


def test_charts_return_axes_on_fixed_scales(written_article, written_quotes):
    import matplotlib

    matplotlib.rcParams["figure.max_open_warning"] = 0
    charts = importlib.import_module("analysis.plots.stance")
    per_speaker = st.speaker_stance(written_article, table=written_quotes)
    ax = charts.plot_speaker_stance(per_speaker)
    assert ax.get_xlim() == (-1.0, 1.0)
    assert [t.get_text() for t in ax.get_yticklabels()] == list(
        per_speaker.sort_values("score")["speaker"]
    )
    matrix = st.stance_matrix(written_article, table=written_quotes)
    ax = charts.plot_stance_matrix(matrix)
    assert ax.images[0].get_clim() == (-1.0, 1.0)
    assert charts.plot_marker_rates(st.marker_rates(written_article, written_quotes)).images
    assert charts.plot_framing(st.framing_by_speaker(written_article, written_quotes)).patches
    matplotlib.pyplot.close("all")


def test_takeaways_name_the_speakers(written_article, written_quotes):
    per_speaker = st.speaker_stance(written_article, table=written_quotes)
    sentence = say.stance_takeaway(per_speaker)
    assert "Ana Ruiz" in sentence and "Mark Lee" in sentence and "Good luck" in sentence
    assert say.framing_takeaway(st.framing_by_speaker(written_article, written_quotes)).startswith(
        "100%"
    )


@settings(max_examples=40, deadline=None)
@given(text=st_text(alphabet="abc NATO role not good luck, if. \u201c\u201d'", max_size=120))
def test_stance_toward_any_text_keeps_offsets_and_range(text):
    result = st.stance_toward(text, TARGET, topic_floor=st.TOPIC_FLOOR)
    assert result["label"] in st.LABELS
    assert -1.0 <= result["score"] <= 1.0
    for item in result["evidence"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_seed_hedgers_and_proposers(seed_article):
    import analysis

    per_speaker = st.speaker_stance(seed_article, table=analysis.quotes(seed_article))
    assert set(per_speaker["label"]) == set(st.LABELS)  # the seed has all three
    hlatky = per_speaker[per_speaker["speaker"].str.contains("Hlatky")]
    assert list(hlatky["label"]) == ["against"]


def test_an_article_without_quotes_still_gets_tables_and_charts():
    import matplotlib.pyplot as plt

    import analysis

    charts = importlib.import_module("analysis.plots.stance")
    article = analysis.parse_article(
        "Bridge plan\n\nThe council wants the city to build a bridge. Few came."
    )
    empty = pd.DataFrame(
        columns=["start", "end", "text", "kind", "cue", "cue_start", "cue_end", "speaker"]
    )
    assert st.speaker_stance(article, table=empty).empty
    assert st.stance_matrix(article, table=empty).empty
    rates = st.marker_rates(article, empty)
    assert set(rates["voice"]) == {st.NARRATION}
    for ax in (
        charts.plot_speaker_stance(st.speaker_stance(article, table=empty)),
        charts.plot_stance_matrix(st.stance_matrix(article, table=empty)),
        charts.plot_framing(st.framing_by_speaker(article, empty)),
    ):
        assert "no attributed speech" in ax.texts[0].get_text()
    plt.close("all")


def test_summary_tables_point_back_into_the_article(seed_article):
    seed = seed_article
    import analysis
    from analysis.stance import framing_by_speaker, marker_rates, stance_matrix

    table = analysis.quotes(seed)
    summaries = [
        analysis.speaker_stance(seed, None, table),
        marker_rates(seed, table),
        framing_by_speaker(seed, table),
        stance_matrix(seed, table=table),
    ]
    for summary in summaries:
        assert len(summary)
        for start, end, text in summary[["start", "end", "text"]].itertuples(index=False):
            assert seed.text[int(start) : int(end)] == text


# --------------------------------------------------------------------------- tables and degenerate input

STANCE_STAGES = [
    "proposals", "stance", "stance_evidence", "speaker_stance", "stance_targets",
    "stance_matrix", "markers", "marker_rates", "framing", "framing_by_speaker",
]  # fmt: skip
# No word token at all, only quotation marks, only headings.
DEGENERATE = ["!!! ???", "“ “ “", "“", "BREAKING NEWS\n\nSECOND HEADING\n\n"]


@pytest.mark.parametrize("text", DEGENERATE)
def test_every_stance_stage_returns_a_well_formed_table_on_degenerate_input(text):
    import analysis

    article = analysis.parse_article(text)
    result = analysis.analyse(article)
    seed = analysis.analyse(analysis.load_article(analysis.article_path()))
    for name in STANCE_STAGES:
        table = result[name]
        assert isinstance(table, pd.DataFrame), name
        assert list(table.columns) == list(seed[name].columns), name
        if {"start", "end", "text"} <= set(table.columns):
            assert_offsets_round_trip(article.text, table)


def test_stance_evidence_is_the_nested_evidence_long(seed_analysis):
    rows, long = seed_analysis.stance, seed_analysis.stance_evidence
    assert len(long) == rows["evidence"].map(len).sum() > 0
    nested = [
        (a, e["start"], e["end"], e["kind"], e["effect"], e["weight"])
        for a, items in zip(rows["attribution"], rows["evidence"], strict=True)
        for e in items
    ]
    flat = list(
        long[["attribution", "start", "end", "kind", "effect", "weight"]].itertuples(
            index=False, name=None
        )
    )
    assert flat == nested
    assert long["evidence"].is_unique
    speakers = dict(zip(rows["attribution"], rows["speaker"], strict=True))
    assert (long["speaker"] == long["attribution"].map(speakers)).all()
    assert_offsets_round_trip(seed_analysis.article.text, long)


@pytest.fixture(scope="module")
def seed_analysis():
    import analysis

    return analysis.analyse(analysis.load_article(analysis.article_path()))


def test_marker_rates_when_every_voice_uses_every_lexicon():
    # Found on real copy: with no (voice, lexicon) cell empty, filling the empty cells
    # must not touch the integer offsets. One voice (narration) using every lexicon:
    import analysis

    text = (
        "The plan may perhaps be clearly bad, and we must not act if it fails; I am surely "
        "not sure it will, unless it unfortunately does."
    )
    article = analysis.parse_article(text)
    rates = analysis.marker_rates(article)
    assert len(rates) and (rates["markers"] > 0).all()
    assert rates["start"].dtype.kind == "i"


# --------------------------------------------------------------------------- plain-Python readings
# The stance stages read their inputs once into lists (analysis.stance.inputs) and build
# each table once; these tests hold them to the pandas rules they replaced.


def test_voices_follow_the_schema_rule_with_tied_starts():
    import random

    from analysis.core.schema import NARRATION, UNRESOLVED, attributed_to

    rng = random.Random(9)
    for _ in range(300):
        n = rng.randint(0, 12)
        starts = [rng.randint(0, 20) for _ in range(n)]  # many equal starts
        table = pd.DataFrame(
            {
                "attribution": range(n),
                "speaker": [f"speaker {i}" for i in range(n)],
                "start": pd.Series(starts, dtype="int64"),
                "end": pd.Series([s + rng.randint(0, 12) for s in starts], dtype="int64"),
                "text": ["words"] * n,
                "cue": [None] * n,
            }
        )
        spans = pd.DataFrame({"start": [rng.randint(0, 30) for _ in range(15)]})
        spans["end"] = spans["start"] + [rng.randint(0, 5) for _ in range(15)]
        quoted = [rng.random() < 0.3 for _ in range(15)]
        speaker = attributed_to(spans, table)
        expected = [
            s if s is not None else (UNRESOLVED if q else NARRATION)
            for s, q in zip(speaker, quoted, strict=True)
        ]
        rows = st.Attributions(table)
        got = rows.voices_of(spans["start"].tolist(), spans["end"].tolist(), quoted)
        assert got == expected
        one_by_one = [
            rows.voice_of(s, e, q)
            for s, e, q in zip(spans["start"], spans["end"], quoted, strict=True)
        ]
        assert one_by_one == expected


@pytest.mark.parametrize("dtype", ["int64", "float64", "Int64"])
def test_sort_order_is_the_order_pandas_sorts_in(dtype):
    import random

    from analysis.stance.inputs import sort_order

    rng = random.Random(3)
    for size in (0, 1, 5, 17, 40, 200):  # small and large arrays sort differently in NumPy
        values = [rng.randint(0, 6) for _ in range(size)]
        if dtype == "Int64" and size:
            values[rng.randrange(size)] = None
        column = pd.Series(values, dtype=dtype)
        assert sort_order(column.to_numpy()) == column.sort_values().index.tolist()


def _count_framing_in_pandas(frames: pd.DataFrame) -> pd.DataFrame:
    """The groupby rule count_framing follows (its first cue's words as text)."""
    frames = frames[frames["framing"] != "none"].sort_values("cue_start")
    grouped = (
        frames.groupby(["speaker", "framing"], as_index=False)
        .agg(
            attributions=("attribution", "size"),
            verbs=("lemma", lambda s: sorted(set(s.dropna()))),
            start=("cue_start", "first"),
            end=("cue_end", "first"),
        )
        .sort_values(["speaker", "attributions"], ascending=[True, False])
        .reset_index(drop=True)
    )
    first_cue = frames.groupby(["speaker", "framing"])["cue"].first()
    return grouped.assign(
        text=[first_cue[key] for key in zip(grouped["speaker"], grouped["framing"], strict=True)]
    )


def test_count_framing_follows_the_groupby_rule():
    frames = pd.DataFrame(
        {
            "attribution": [0, 1, 2, 3, 4, 5, 6],
            "speaker": ["Lee", "Ruiz", "Lee", "Lee", "Ruiz", "Lee", "Ann"],
            "cue": ["claimed", "said", "said", None, "says", "insisted", "said"],
            "cue_start": pd.array([50, 30, 10, None, 30, 5, 70], dtype="Int64"),
            "cue_end": pd.array([57, 34, 14, None, 34, 13, 74], dtype="Int64"),
            "lemma": ["claim", "say", "say", None, "say", "insist", "say"],
            "framing": ["distancing", "neutral", "neutral", "none", "neutral", "distancing",
                        "neutral"],
        }
    )  # fmt: skip
    got = st.count_framing(frames)
    pd.testing.assert_frame_equal(got, _count_framing_in_pandas(frames))
    assert got["speaker"].tolist() == ["Ann", "Lee", "Lee", "Ruiz"]
    assert got.loc[1, "start"] == 5  # Lee's first distancing cue in the text


def test_stance_stages_share_one_reading_of_the_article(written_article, written_quotes):
    import analysis

    result = analysis.analyse(written_article)
    result.tables()
    assert result.computed["stance_attributions"] == 1 and result.computed["stance_words"] == 1
    # the shared readings give what the functions compute on their own
    quotes = result.quotes
    pd.testing.assert_frame_equal(
        result.markers.reset_index(drop=True), st.markers(written_article, quotes)
    )
    pd.testing.assert_frame_equal(
        result.marker_rates.reset_index(drop=True), st.marker_rates(written_article, quotes)
    )
    pd.testing.assert_frame_equal(result.framing, st.framing(written_article, quotes))
    given = st.attributions(written_article, written_quotes)
    assert st.attributions(written_article, given) is given
    pd.testing.assert_frame_equal(
        st.stance_matrix(written_article, table=given),
        st.stance_matrix(written_article, table=written_quotes),
    )
