"""Descriptor speakers ("the senator", "the Vermont senator") linked to the person the
text set up, and the synthetic benchmark that measures it (benchmarks/speakers.py)."""

from __future__ import annotations

import importlib.util

import pytest

from analysis.core.article import parse_article
from analysis.core.paths import PROJECT_DIR
from analysis.speakers import find_entities
from analysis.speakers.resolve import mention_at, resolved_quotes


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location(
        "speakers_benchmark", PROJECT_DIR / "benchmarks" / "speakers.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(text: str, speaker: str, said: str) -> dict:
    """An invented record in PolNeAR's shape, with one attribution whose speaker is the
    last ``speaker`` before the last ``said``."""
    content_start = text.rindex("“")
    content_end = text.rindex("”") + 1
    speaker_start = text.rindex(speaker, 0, text.rindex(said))
    return {
        "text": text,
        "quotes": [
            {
                "content_start": content_start,
                "content_end": content_end,
                "speaker": speaker,
                "speaker_start": speaker_start,
                "speaker_end": speaker_start + len(speaker),
            }
        ],
    }


TEXT = (
    "Budget talks stall.\n\n"
    "Ana Ruiz, a Vermont senator, met Tom Hale on Monday. Hale, a farmer, "
    "said little.\n\n"
    "“We will not give way on the schools,” Ruiz said."
)


def test_the_benchmark_writes_the_role_the_text_gave_before(bench):
    result = find_entities(parse_article(TEXT))
    at = TEXT.rindex("Ruiz")
    ruiz = mention_at(result, at, at + 4).entity
    assert bench.role_descriptor(result, ruiz, at) == "the senator"
    assert bench.role_descriptor(result, ruiz, at, modifiers=True) == "the Vermont senator"
    first = TEXT.index("Ana Ruiz")
    assert bench.role_descriptor(result, ruiz, first) is None  # nothing set up before


def test_the_benchmark_case_rewrites_the_text_and_scores_the_person(bench):
    record = _record(TEXT, "Ruiz", "said.")
    article = parse_article(TEXT)
    result = find_entities(article)
    table = bench.gold_table(record)
    at = int(table.loc[0, "speaker_start"])
    found = mention_at(result, at, at + 4)
    starts = set(article.sentences["start"].tolist())
    guess, truth, nearest, named = bench.role_case(record, table, 0, found, result, starts)
    assert truth == "Ana Ruiz" and guess == truth and named
    assert nearest == "Ana Ruiz" or nearest == "Tom Hale"


def _speakers(body: str) -> dict[str, str]:
    """The resolved speaker of every attribution of an invented article, by mention."""
    article = parse_article("Budget talks stall.\n\n" + body)
    table = resolved_quotes(article)
    return dict(zip(table["speaker_mention"], table["speaker"], strict=True))


def test_a_body_before_a_role_noun_modifies_it_and_the_role_holder_speaks():
    said = _speakers(
        'GOP nominee Tom Hale spoke on Monday. Ana Ruiz disagreed. "We will win," the GOP '
        "nominee said."
    )
    assert said["the GOP nominee"] == "Tom Hale"


def test_a_body_alone_still_speaks_for_itself():
    said = _speakers('The GOP met on Monday. Ana Ruiz disagreed. "We will win," the GOP said.')
    assert said["the GOP"] == "GOP"


def test_a_capitalised_title_read_as_a_body_goes_to_its_holder():
    said = _speakers(
        'House Speaker Tom Hale spoke on Monday. Ana Ruiz disagreed. "We will win," the '
        "House Speaker said."
    )
    assert said["the House Speaker"] == "Tom Hale"


def test_a_capitalised_title_with_no_holder_stays_a_description():
    said = _speakers(
        'Tom Hale spoke on Monday. Ana Ruiz disagreed. "We will win," the House Speaker said.'
    )
    assert said["the House Speaker"] not in {"Tom Hale", "Ana Ruiz"}


def test_a_clause_after_a_place_is_no_role_of_the_place():
    # "Kestrelby, the mayor also said …," reads like an appositive; it is a clause
    said = _speakers(
        "Mayor Tom Hale toured the valley. At a rally in Kestrelby, the mayor also said that "
        'taxes would fall, and that rents would too. "We will win," the mayor said.'
    )
    assert set(said.values()) == {"Tom Hale"}


def test_a_role_set_off_after_a_name_still_links_its_descriptor():
    said = _speakers(
        'Tom Hale, the mayor of Kestrelby, toured the valley. Ana Ruiz disagreed. "We will '
        'win," the mayor said.'
    )
    assert said["the mayor"] == "Tom Hale"


def test_two_people_with_the_role_the_one_mentioned_last_wins():
    said = _speakers(
        "President Ana Ruiz opened the summit on Monday. Ruiz spoke about trade. President "
        'Tom Hale of Norland arrived late, and Hale said little. "We will win," the '
        "president said."
    )
    assert said["the president"] == "Tom Hale"


def test_a_descriptor_naming_a_state_goes_to_the_senator_of_that_state():
    said = _speakers(
        "Sen. Tom Hale, R-Fla., spoke on Monday. Sen. Ana Ruiz (I-Vt.) disagreed. "
        '"We will win," the Vermont senator said. "No," the Ohio senator said.'
    )
    assert said["the Vermont senator"] == "Ana Ruiz"
    assert said["the Ohio senator"] not in {"Tom Hale", "Ana Ruiz"}  # nobody from Ohio


def test_a_noun_written_before_for_someone_unnamed_keeps_the_description_unnamed():
    said = _speakers('One man asked Tom Hale about the plan. "Why now?" the man shouted.')
    assert said["the man"] == "the man"


def test_a_role_noun_with_no_earlier_unnamed_holder_still_takes_the_salient_person():
    said = _speakers('Tom Hale spoke on Monday about the film. "We will win," the actor said.')
    assert said["the actor"] == "Tom Hale"


def test_a_title_of_office_goes_to_no_holder_of_another_office():
    said = _speakers(
        'Gov. Ana Ruiz spoke on Monday. Critics disagreed with the plan. "We will win," the '
        "senator said."
    )
    assert said["the senator"] == "the senator"
    said = _speakers(
        'Ana Ruiz spoke on Monday. Critics disagreed with the plan. "We will win," the '
        "senator said."
    )
    assert said["the senator"] == "Ana Ruiz"  # no office given: the salient person


def test_an_age_descriptor_goes_to_the_person_given_that_age():
    body = (
        "Tom Hale, 69, spoke on Monday. Ana Ruiz, 41, disagreed with him. "
        '"We will win," the {}-year-old said.'
    )
    assert _speakers(body.format(69))["the 69-year-old"] == "Tom Hale"
    assert _speakers(body.format(41))["the 41-year-old"] == "Ana Ruiz"


def test_an_epithet_of_wealth_refers_back_to_the_person_it_was_given():
    said = _speakers(
        'Billionaire Tom Hale spoke on Monday. Critics disagreed with the plan. "We will '
        'win," the billionaire said.'
    )
    assert said["the billionaire"] == "Tom Hale"


def test_a_body_before_an_agent_noun_is_no_speaker_but_before_a_plural_it_stays():
    said = _speakers(
        'The GOP met on Monday. "We will win," the GOP speechwriter said. "We agree," the '
        "GOP leaders said."
    )
    assert said["the GOP speechwriter"] != "GOP"  # one writer, not the party
    assert said["the GOP leaders"] == "GOP"  # a group of the body speaks for it


def test_a_bare_person_noun_is_not_taken_for_the_salient_person():
    said = _speakers('Tom Hale spoke on Monday about the plan. "Why now?" the man shouted.')
    assert said["the man"] == "the man"
    said = _speakers('Tom Hale spoke on Monday about the plan. "Why now?" the actor asked.')
    assert said["the actor"] == "Tom Hale"  # a role noun still refers back


def test_a_descriptor_beside_a_name_is_its_appositive_only_when_closed():
    said = _speakers('Tom Hale, the spokesman, spoke on Monday. "We will win," the spokesman said.')
    assert said["the spokesman"] == "Tom Hale"
    said = _speakers(
        "The plan is not a good deal for Hale, a second person briefed on the call said."
    )
    assert "Hale" not in said["a second person briefed on the call"]


def test_a_phrase_before_a_clause_with_a_name_is_no_appositive_of_it():
    article = parse_article(
        "Budget talks stall.\n\nAccording to a report in the Gazette, Gov. Tom Hale "
        "launched the campaign on Monday."
    )
    table = resolved_quotes(article)
    assert "Tom Hale" not in table["speaker"].tolist()


def test_the_president_is_not_the_vice_president():
    said = _speakers(
        "President Tom Hale opened the summit. Vice President Ana Ruiz spoke next, and Ruiz "
        'praised the farmers. "We will win," the president said.'
    )
    assert said["the president"] == "Tom Hale"


def test_a_salient_holder_of_another_office_leaves_the_title_unlinked():
    # Ruiz is the topic but a governor; Hale, less salient, is not "the senator" either
    said = _speakers(
        "Tom Hale visited the plant. Gov. Ana Ruiz spoke on Monday, and Ruiz praised the "
        'workers. "We will win," the senator said.'
    )
    assert said["the senator"] == "the senator"


def test_a_state_written_beside_a_senator_ties_it_to_them():
    said = _speakers(
        "Sen. Tom Hale is campaigning hard in Florida this week. Sen. Ana Ruiz stayed in "
        'the capital. Ruiz spoke briefly. "We will win," the Florida senator said.'
    )
    assert said["the Florida senator"] == "Tom Hale"
