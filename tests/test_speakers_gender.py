"""Gender of sources: the text first, then the first name through a data package that
abstains, otherwise unknown; never for bodies. Every article here is invented."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

import analysis  # noqa: E402
from analysis.pipeline import analyse  # noqa: E402
from analysis.plots.attribution import plot_gender_shares  # noqa: E402
from analysis.speakers import gender_shares  # noqa: E402
from analysis.speakers.gender import first_name, genders_from_names  # noqa: E402
from analysis.speakers.lexicon import lexicons  # noqa: E402


def speakers(text: str) -> pd.DataFrame:
    return analyse(analysis.parse_article(text)).speakers.set_index("speaker")


def test_the_text_outweighs_the_first_name():
    # "Michael" is a man's name in the data, but the text says "she"
    text = (
        "Michael Ferreira runs the harbour board. She said the new pier would open in May. "
        "Ferreira added that the cost had doubled."
    )
    row = speakers(text).loc["Michael Ferreira"]
    assert (row["gender"], row["gender_from"]) == ("female", "text")


def test_a_first_name_gives_gender_only_where_the_text_says_nothing():
    text = (
        "Margaret Okonkwo, a director at the Lakeside Trust, said the fund was empty. "
        "Okonkwo said donors had left."
    )
    row = speakers(text).loc["Margaret Okonkwo"]
    assert (row["gender"], row["gender_from"]) == ("female", "name")


def test_an_ambiguous_first_name_stays_unknown():
    assert genders_from_names(["jordan", "jean", "margaret", "robert"]) == {
        "margaret": "female",
        "robert": "male",
    }
    text = "Jordan Castellano, a planner at the city council, said the road would close."
    row = speakers(text).loc["Jordan Castellano"]
    assert (row["gender"], row["gender_from"]) == ("unknown", "none")


def test_no_first_name_is_read_from_a_surname_an_initial_or_a_title():
    lex = lexicons()
    assert first_name("Okonkwo", lex) is None
    assert first_name("J. Castellano", lex) is None
    assert first_name("Margaret Okonkwo", lex) == "margaret"


def test_bodies_never_get_a_gender():
    text = (
        "The Lakeside Trust said the fund was empty. "
        "Margaret Okonkwo, a director at the Lakeside Trust, said donors had left."
    )
    row = speakers(text).loc["Lakeside Trust"]
    assert row["kind"] == "body"
    assert row["gender"] is None and row["gender_from"] == "none"


def test_a_gendered_descriptor_speaker_is_read_from_its_role_noun():
    text = "A spokeswoman said the pier would open in May."
    table = speakers(text)
    row = table.loc[[n for n in table.index if "spokeswoman" in n][0]]
    assert (row["gender"], row["gender_from"]) == ("female", "text")


def test_gender_shares_count_quoted_and_only_mentioned_people():
    text = (
        "Margaret Okonkwo, a director at the Lakeside Trust, said the fund was empty. "
        "Robert Lindqvist, the treasurer, said donors had left. "
        "Both blamed Jordan Castellano, a former trustee, and the Lakeside Trust."
    )
    shares = gender_shares(analyse(analysis.parse_article(text)).speakers)
    assert list(shares.columns) == [
        "group", "gender", "people", "share", "from_text", "from_name", "start", "end", "text",
    ]  # fmt: skip
    quoted = shares[shares["group"] == "quoted"].set_index("gender")
    assert quoted["people"].to_dict() == {"female": 1, "male": 1, "unknown": 0}
    assert quoted["share"].sum() == 1.0
    mentioned = shares[shares["group"] == "mentioned only"].set_index("gender")
    assert mentioned.loc["unknown", "people"] == 1  # "Jordan": the data abstain
    # bodies are not counted
    assert shares["people"].sum() == 3


def test_gender_shares_of_an_article_without_people_are_zero():
    shares = analyse(analysis.parse_article("The council met. The budget passed.")).gender_shares
    assert shares["people"].sum() == 0 and shares["share"].sum() == 0.0


def test_the_gender_chart_returns_axes_with_one_bar_per_group():
    text = "Margaret Okonkwo, a director at the Lakeside Trust, said the fund was empty."
    ax = plot_gender_shares(analyse(analysis.parse_article(text)).gender_shares)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["quoted (1)", "mentioned only (0)"]


def test_a_word_the_name_data_barely_know_gives_no_gender():
    # "amazon" is in the data with a handful of bearers: too little to read a gender
    assert genders_from_names(["amazon", "download"]) == {}


def test_a_pronoun_after_a_person_named_as_object_is_not_theirs():
    # "He" continues the subject ("A Dover man"), not the woman he threatened
    text = (
        "A Dover man pleaded guilty on Monday to threatening Mayor Ilse Marwick, "
        "prosecutors said. He was arrested in April."
    )
    row = speakers(text).loc["Ilse Marwick"]
    assert row["gender"] != "male" and row["gender_from"] != "text"


def test_a_pronoun_inside_a_persons_own_appositive_is_not_theirs():
    # "his" in "one of his editors" is the author's, never Wren Talbot's own
    text = (
        "Hollis Kerrigan wrote eleven novels. "
        "“You knew his books at once,” said Wren Talbot, one of his editors at the press."
    )
    row = speakers(text).loc["Wren Talbot"]
    assert row["gender"] != "male"


def test_a_pronoun_after_another_person_described_in_between_is_not_the_subjects():
    # "him" is the man's; only "her" is bound to Ines Varga
    text = (
        "Ines Varga said the man told her that the police had warned him. "
        "Varga said she reported the call."
    )
    votes_text = speakers(text).loc["Ines Varga"]
    assert (votes_text["gender"], votes_text["gender_from"]) == ("female", "text")
    alone = "Ines Varga said the man told him that the police had called."
    row = speakers(alone).loc["Ines Varga"]
    assert row["gender_from"] != "text"
