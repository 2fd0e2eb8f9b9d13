"""Subjects, round 10: "those" heading a group of people postmodified by a
prepositional phrase (analysis.attribution.subject_trims.those_postmodified,
analysis.attribution.speaker_forms). Invented sentences."""

import analysis
from analysis.core.article import parse_article


def _rows(text: str) -> list[tuple[str, str]]:
    quotes = analysis.analyse(parse_article(text)).quotes
    return list(zip(quotes["speaker_mention"], quotes["speaker"], strict=True))


def test_those_in_favor_of_a_plan_is_the_whole_subject_and_its_own_group():
    text = "Tax.\n\nThose in favor of the harbour levy have said that it would raise money.\n"
    assert _rows(text) == [
        ("Those in favor of the harbour levy", "Those in favor of the harbour levy")
    ]


def test_those_as_a_determiner_of_a_thing_is_no_speaker():
    text = (
        "Rats.\n\nThose facts suggest that the ancestors of rats made receptors out of "
        "immune molecules.\n"
    )
    assert not [m for m, _ in _rows(text) if m.lower().startswith("those")]


def test_a_cue_inside_a_relative_aside_stops_at_the_comma_before_the_main_verb():
    text = (
        "Vote.\n\nFormer candidate Tom Ward, who on Tuesday endorsed Ana Lee, "
        "said Wednesday he agrees with the remarks.\n"
    )
    rows = analysis.analyse(parse_article(text)).quotes
    said = rows[rows["cue"] == "said"]
    assert said["speaker"].tolist() == ["Tom Ward"]
    assert not rows["text"].str.contains("said Wednesday").any()


def test_a_relative_aside_with_its_own_report_keeps_it():
    text = "Vote.\n\nAna Lee, who said the plan would fail, has resigned.\n"
    rows = analysis.analyse(parse_article(text)).quotes
    assert rows[["text", "speaker_mention"]].values.tolist() == [["the plan would fail", "who"]]
