"""Speaker table, tenth round: products, places, posts, adjectives and labels that are no
person or body; each with a neighbour that must stay as it is (invented texts)."""

import analysis
from analysis.pipeline import analyse
from analysis.speakers.kinds import _common_word_reused


def _listed(text: str) -> dict[str, str]:
    """Speaker -> kind of the speaker table of ``text``."""
    table = analyse(analysis.parse_article(text)).speakers
    return dict(zip(table["speaker"], table["kind"], strict=True))


def test_a_product_whose_common_last_word_is_reused_is_no_person():
    text = (
        "Gadget deals.\n\nZentro Switch for $200\n\n"
        "The Zentro Switch is smaller. Switch owners like it, and the price is low.\n"
    )
    assert _listed(text).get("Zentro Switch") != "person"


def test_a_surname_reused_after_an_unusual_given_name_is_still_a_person():
    assert not _common_word_reused(("Okorafor",), ("Tovik", "Okorafor"))
    assert not _common_word_reused(("Baker",), ("Dana", "Baker"))  # a given name first
    assert _common_word_reused(("Switch",), ("Zentro", "Switch"))
    # a given name the data lack that spells a common word, before an unusual surname
    assert not _common_word_reused(("Romsey",), ("Feather", "Romsey"))
    text = "Team news.\n\nZubin Okorafor joined the club in May. Okorafor scored twice on Sunday.\n"
    assert _listed(text)["Zubin Okorafor"] == "person"


def test_who_after_a_place_named_by_a_preposition_is_the_head_nouns():
    text = (
        "Craft fair.\n\nThe stall sells a vase by Ana Petrov, a potter born in Malta, "
        "who has run the studio since 2015.\n"
    )
    assert "Malta" not in _listed(text)
    neighbour = "Craft fair.\n\nThe stall sells a vase by Ana Petrov, who has run it for years.\n"
    assert _listed(neighbour)["Ana Petrov"] == "person"


def test_a_post_in_a_body_is_no_body():
    text = (
        "Tech news.\n\nThe deal was signed by Olav Brenn, General Manager of Orbin "
        "Solutions Europe at Acme.\n"
    )
    assert not any(name.startswith("General Manager") for name in _listed(text))
    neighbour = "Campus.\n\nStudents at the University of Orbin protested on Monday.\n"
    assert _listed(neighbour)["University of Orbin"] == "body"


def test_an_adjective_of_nationality_alone_is_no_body():
    text = (
        "Talks.\n\nThe envoys rejected the Russian and Syrian claims on Monday. "
        "Officials said the talks failed.\n"
    )
    assert "Syrian" not in _listed(text)
    neighbour = "Talks.\n\nThe plan angered Republicans in the state. Officials said it failed.\n"
    assert _listed(neighbour)["Republicans"] == "body"


def test_capitalised_common_words_labelling_a_thing_are_no_body():
    text = "Blog.\n\nI went from the simple drills to the Kind of Hard drills. I finished the Kind of Hard set.\n"
    assert "Kind of Hard" not in _listed(text)
    neighbour = "Blog.\n\nI went from the simple drills to the Kind of Hard.\n"
    assert _listed(neighbour).get("Kind of Hard") == "body"  # no noun after it: left as it was


def test_a_name_after_the_noun_of_a_kind_of_body_is_a_body():
    text = (
        "Science.\n\nThe crew spotted ice on Mars, according to a study printed in "
        "the journal Orbis Astronomy on Friday.\n"
    )
    assert _listed(text)["Orbis Astronomy"] == "body"
    neighbour = (
        "Science.\n\nThe team was led by astronomer Lena Varga. Varga said the find was new.\n"
    )
    assert _listed(neighbour)["Lena Varga"] == "person"


def test_a_pair_of_named_bodies_speaks_as_bodies():
    text = (
        "Film news.\n\nThe Orbis said the film was late. Deadline said the same.\n\n"
        "A young writer is in late talks to adapt the novel, according to reports by The Orbis "
        "and Deadline.\n"
    )
    assert _listed(text)["The Orbis and Deadline"] == "body"
    neighbour = "Talks.\n\nAna Ruiz met Dan Kim. The deal is dead, Ana Ruiz and Dan Kim said.\n"
    assert _listed(neighbour)["Ana Ruiz and Dan Kim"] == "person"


def test_a_state_code_after_a_city_and_a_quarter_are_no_bodies():
    text = (
        "Tour dates.\n\nThe band plays Sacramento, CA on June 3 and Newark, NJ on June 9. "
        "Sales rose in Q3, the promoter said.\n"
    )
    listed = _listed(text)
    assert "CA" not in listed and "NJ" not in listed and "Q3" not in listed
    neighbour = "Tour dates.\n\nThe band signed with the NBA for a halftime show.\n"
    assert _listed(neighbour).get("NBA") == "body"


def test_a_given_name_spelling_a_modal_after_said_opens_the_name():
    text = (
        'Sellers.\n\n"Five swiped away," said Will Tjarks, a consultant for online sellers. '
        "He was not alone.\n"
    )
    assert _listed(text)["Will Tjarks"] == "person"
    neighbour = "Sellers.\n\nThe firm said Will Tjarks would sell. Prices fell, it said May 5.\n"
    assert "May" not in _listed(neighbour)


def test_a_quoted_capitalised_name_only_written_after_the_is_a_body():
    text = "Pets.\n\nThe Lake Orbis Pet Rescue announced on Tuesday that the dog was home.\n"
    assert _listed(text)["Lake Orbis Pet Rescue"] == "body"
    neighbour = "Pets.\n\nThe doctor said on Tuesday that the dog was home.\n"
    assert _listed(neighbour)["the doctor"] == "person"  # a descriptor keeps its kind


def test_a_quoted_source_named_as_a_place_is_a_place():
    text = "Markets.\n\nThe results look fine, according to Orbis Street. Stocks rose.\n"
    assert _listed(text)["Orbis Street"] == "place"
    neighbour = "Markets.\n\nThe results look fine, according to Lena Park. Stocks rose.\n"
    assert _listed(neighbour)["Lena Park"] == "person"  # a given name, then a surname


def test_on_joins_an_organisations_head_to_its_subject():
    text = "Health.\n\nUse fell last year, the Orbis Institute on Drug Abuse said.\n"
    assert _listed(text)["Orbis Institute on Drug Abuse"] == "body"
    neighbour = "Health.\n\nThe Orbis Council on Monday said use fell. Kim Lee on Tuesday agreed.\n"
    listed = _listed(neighbour)
    assert "Orbis Council" in listed and not any(" on " in name for name in listed)
    place = "Campus.\n\nThe Orbis College on Long Island said fees rose.\n"
    assert "Orbis College" in _listed(place)  # "on" before a place says where


def test_a_product_named_after_a_body_the_narration_names_is_no_person():
    text = (
        "Games.\n\nOrbis said sales rose. The new Orbis Vexa streams games. "
        "Vexa costs $10 a month, Orbis said.\n"
    )
    assert _listed(text).get("Orbis Vexa") != "person"
    neighbour = "Games.\n\nOrbis said sales rose. Lena Vexa, a player, said Vexa liked it.\n"
    assert _listed(neighbour)["Lena Vexa"] == "person"


def test_a_dotted_state_abbreviation_in_a_dateline_is_no_body():
    text = (
        "Dog found far from home.\n\nLAS CRUCES, N.M. (Wire) — A dog missing for three years "
        "in Dayton was found in a shelter, Ann Wirth, a volunteer there, said on Friday.\n"
    )
    listed = _listed(text)
    assert "N.M." not in listed
    assert listed.get("Ann Wirth") == "person"
