"""Speaker mentions, round 12 wave 2: the mention is the subject noun phrase alone, with
no sentence adverb before it and no verb and object after it. Invented articles."""

import analysis
from analysis.core.article import parse_article


def _mention_of(text: str, content: str) -> str:
    article = parse_article(text)
    quotes = analysis.analyse(article).quotes
    for start, end, mention in zip(
        quotes["start"], quotes["end"], quotes["speaker_mention"], strict=True
    ):
        if content in article.text[start:end]:
            return mention
    raise AssertionError(f"no row for {content!r}")


def test_an_opening_adverb_is_no_part_of_the_name():
    text = "Votes.\n\nThen Tova Brandt said the count would go on all night.\n"
    assert _mention_of(text, "count would go on") == "Tova Brandt"


def test_a_hyphenated_title_with_then_stays_whole():
    text = "Votes.\n\nThen-Governor Tova Brandt said the count would go on all night.\n"
    assert _mention_of(text, "count would go on") == "Then-Governor Tova Brandt"


def test_a_verb_and_its_object_are_no_part_of_the_subject():
    text = (
        "Votes.\n\nThe Ohio senator emailed donors saying: “The fight goes on” and "
        "pledging to stay in the race.\n"
    )
    assert _mention_of(text, "The fight goes on") == "The Ohio senator"


def test_a_participle_before_a_time_stays_in_the_subject():
    text = "Prices.\n\nFigures released Friday showed that rents rose for a third year.\n"
    assert _mention_of(text, "rents rose").startswith("Figures released")


def test_an_adjective_in_ed_before_a_noun_for_people_stays():
    text = "Polls.\n\nSome 40 percent of registered voters said the plan was too costly.\n"
    assert _mention_of(text, "too costly") == "Some 40 percent of registered voters"
