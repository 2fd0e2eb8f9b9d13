"""Speaker resolution, round 11: speaker spans whose first word or prepositional
complement is no speaker. Invented articles."""

import analysis
from analysis.core.article import parse_article


def _rows(text: str) -> list[tuple[str, str]]:
    quotes = analysis.analyse(parse_article(text)).quotes
    return list(zip(quotes["speaker_mention"], quotes["speaker"], strict=True))


def test_a_common_word_opening_the_sentence_modifies_the_plural_noun_after_it():
    text = "Files.\n\nCourt clerks said the files were lost in a flood last spring.\n"
    assert _rows(text) == [("Court clerks", "Court clerks")]


def test_a_common_word_opening_the_sentence_with_a_complement_after_the_noun():
    text = "Files.\n\nCourt clerks in Vexley said the files were lost in a flood.\n"
    assert _rows(text)[0][1] != "Court"


def test_a_one_word_name_opening_the_sentence_alone_stays_the_name():
    text = "Phones.\n\nMarlo Systems makes phones in Ohio. Marlo said the phone was safe to use.\n"
    assert _rows(text)[-1] == ("Marlo", "Marlo")


def test_people_coordinated_with_their_lawyer_are_one_unnamed_speaker():
    text = (
        "Rents.\n\nMira Dale runs the Kestrel Tenants Union. The tenants and their lawyer "
        "said the rent rise was unlawful.\n"
    )
    assert _rows(text)[-1] == ("The tenants and their lawyer", "The tenants and their lawyer")


def test_a_named_person_and_his_team_speak_together():
    text = (
        "Moons.\n\nLucas Vane studies moons. Vane and his team wrote that the ice was "
        "thicker than thought.\n"
    )
    assert _rows(text)[-1] == ("Vane and his team", "Lucas Vane and his team")


def test_the_people_alone_stay_as_before():
    text = (
        "Rents.\n\nMira Dale runs the Kestrel Tenants Union. The tenants said the rent rise "
        "was unlawful.\n"
    )
    assert _rows(text)[-1][1] != "Mira Dale"


def test_a_name_inside_a_participle_clause_on_plural_people_is_not_the_speaker():
    text = "Phones.\n\nIndustry sources cited by the Vexa Times say the phone will ship in June.\n"
    mention, speaker = _rows(text)[0]
    assert speaker == mention == "Industry sources cited by the Vexa Times"


def test_a_name_after_a_preposition_on_plural_people_stays_as_before():
    text = "Deals.\n\nAnalysts at Orbis Bank said the deal was close to done.\n"
    assert _rows(text)[0] == ("Analysts at Orbis Bank", "Orbis Bank")
