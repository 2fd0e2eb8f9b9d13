"""Speaker resolution, round 12 wave 2: authors listed with an affiliation on the
first one speak jointly, and a description's head noun must fit the body it links to.
Invented articles."""

from speaker_rows import speaker_of as _speaker_of

# a list of authors with an affiliation after the first name speaks as one


def test_authors_with_an_affiliation_on_the_first_speak_jointly():
    text = (
        "Sleep.\n\nFor the report, Mara Quell of Linden Hospital and Chris Renk, Ilse "
        "Varga, and Piet Holm told the story of a man who felt tired for months.\n"
    )
    speaker = _speaker_of(text, "felt tired")
    assert speaker == "Mara Quell and Chris Renk and Ilse Varga and Piet Holm"


def test_one_author_with_an_affiliation_stays_one_speaker():
    text = "Sleep.\n\nAda Brun of Linden Hospital said the mice slept longer in the cold.\n"
    assert _speaker_of(text, "mice slept") == "Ada Brun"


def test_a_name_of_no_known_kind_between_two_authors_is_one_of_them():
    text = (
        "Sleep.\n\nFor the report, Mara Quell of Linden Hospital and Chris Renk, Brusk "
        "Tolvaj, and Piet Holm told the story of a man who felt tired for months.\n"
    )
    speaker = _speaker_of(text, "felt tired")
    assert speaker == "Mara Quell and Chris Renk and Brusk Tolvaj and Piet Holm"


# a description by a kind of body agrees in kind with the body it refers back to


def test_the_manufacturer_is_no_body_named_as_an_airline():
    text = (
        "Jets.\n\nSkyward Airline signed a deal for 40 jets on Monday. Skyward is the top "
        "buyer of the jets. But its cutback on older planes led the Swiss manufacturer to "
        "say it would close a plant.\n"
    )
    assert _speaker_of(text, "close a plant") not in {"Skyward", "Skyward Airline"}


def test_the_manufacturer_is_still_a_body_named_as_a_maker():
    text = (
        "Jets.\n\nVolta Motors signed a deal for 40 engines on Monday. The Swiss "
        "manufacturer said it would close a plant.\n"
    )
    assert _speaker_of(text, "close a plant") == "Volta Motors"


def test_the_carrier_is_a_body_named_as_an_airline():
    text = (
        "Jets.\n\nSkyward Airline signed a deal for 40 jets on Monday. The carrier said "
        "it would retire older planes.\n"
    )
    assert _speaker_of(text, "retire older planes") == "Skyward Airline"


def test_a_model_code_is_no_manufacturer():
    text = (
        "Jets.\n\nThe Z470 order was cut in half on Monday. The Swiss manufacturer said "
        "it would close a plant.\n"
    )
    assert _speaker_of(text, "close a plant") != "Z470"


# "it" after a fronted prepositional phrase is seldom a body named inside that phrase


def test_it_after_a_fronted_phrase_is_the_topic_not_a_body_inside_the_phrase():
    text = (
        "Bids.\n\nHarbor Rail Group wants to build the new line. In a statement to "
        "reporters the day the bids from Vantor Group were due, it said the plan would "
        "cut travel times.\n"
    )
    assert _speaker_of(text, "cut travel times") == "Harbor Rail Group"


def test_it_after_a_fronted_clause_may_be_that_clause_subject():
    text = (
        "Bids.\n\nHarbor Rail Group wants to build the new line. After Vantor Group won "
        "the bid, it said the plan would cut travel times.\n"
    )
    assert _speaker_of(text, "cut travel times") == "Vantor Group"


# an abbreviation of a common noun in a mention names no body


def test_an_abbreviation_of_a_common_noun_is_no_speaker_name():
    text = "Royals.\n\nFormer palace PR aides called the interview a disaster for the family.\n"
    assert _speaker_of(text, "a disaster") != "PR"


def test_a_body_acronym_before_a_noun_for_people_still_names_the_body():
    text = "News.\n\nNBC hosts said the report was false.\n"
    assert _speaker_of(text, "the report was false") == "NBC"
