"""Junk in the speakers table: passages that name no speaker, and names run on too far.

Every article here is invented for the rule it tests.
"""

from __future__ import annotations

import analysis
from analysis.speakers import find_entities
from analysis.speakers.lexicon import lexicons
from analysis.speakers.names import Tokens, split_lines


def names(text: str) -> set[str]:
    return set(find_entities(analysis.parse_article(text)).entities["name"])


TOUR = (  # three or more lines of a list
    "The Velvet Owls will tour next summer, the band said on Monday. Its singer, Dana Pruitt, "
    "said the band was thrilled to play again.\n\n"
    "The tour dates:\n"
    "May 3 -- Harbor Lights Arena, Mobile, AL\n"
    "May 5 -- Crescent Bank Amphitheatre, Biloxi, MS\n"
    "May 8 -- Lakeview Music Pavilion, Tulsa, OK\n"
    "May 9 -- Granite Center, Wichita, KS\n"
)


def test_lines_of_a_list_of_dates_and_venues_name_no_speaker():
    found = names(TOUR)
    assert "Dana Pruitt" in found
    assert not any("Arena" in n or "Pavilion" in n or "Amphitheatre" in n for n in found)


def test_a_name_never_spans_a_line_break():
    # the sentence splitter may leave a list's lines in one sentence: "Tampa, FL\nJune 10"
    text = "Tampa, FL\nJune Carter"
    toks = Tokens(["Tampa", ",", "FL", "June", "Carter"], ["word", "punct", "word", "word", "word"],
                  [0, 5, 7, 10, 15], [False] * 5)  # fmt: skip
    assert split_lines([2, 3, 4], toks, text, lexicons()) == [[2], [3, 4]]
    assert split_lines([3, 4], toks, text, lexicons()) == [[3, 4]]
    # a month alone on the next line is no name
    assert split_lines([2, 3], toks, "Tampa, FL\nJune", lexicons()) == [[2]]


def test_quoted_titles_of_songs_are_no_people():
    text = (
        "Dana Pruitt, a singer, said the new album was her best. It includes “Walking On The "
        "Quiet Side,” “Rain Over Marlow Street” and “Never Let The Lantern Go,” Pruitt "
        "said. She said the songs were written on the road, walking each night."
    )
    found = names(text)
    assert "Dana Pruitt" in found
    assert not any("Walking" in n or "Marlow" in n or "Lantern" in n for n in found)


def test_shouted_teaser_lines_are_no_bodies():
    text = (
        "Actor Reuben Fask said he had recovered from the injury.\n\n"
        "'DANCING' STAR FASK SAYS SHOW HAS HELPED HIM LOSE 25 POUNDS\n\n"
        "Fask said he lost thirty pounds for the part in the new series, which airs soon."
    )
    found = names(text)
    assert "Reuben Fask" in found
    assert found == {"Reuben Fask"}


def test_lets_is_no_name():
    text = "Let's hope the talks go well, Senator Ada Krol said. Krol spoke to reporters."
    assert "Let" not in names(text)


def test_a_based_modifier_is_not_part_of_the_name():
    text = (
        "Denver-based Halvorsen said on Tuesday it would buy the paper. Halvorsen said "
        "the deal was worth $40 million."
    )
    found = names(text)
    assert "Halvorsen" in found
    assert not any("based" in n for n in found)


def test_a_superlative_or_participle_names_no_body():
    text = (
        "The largest newspaper in the state said it would close. The merged company "
        "said jobs would go, and the company’s news staff said nothing. The federal "
        "government said it would look into the deal."
    )
    found = names(text)
    assert "federal government" in found
    assert not {"largest newspaper", "merged company", "company’s news"} & found


def test_two_full_body_names_joined_by_and_are_two_bodies():
    text = (
        "The Harlow Gazette and Milton Valley Courier said on Monday they would merge. "
        "The Defense and Security Network said it would not comment."
    )
    found = names(text)
    assert "Harlow Gazette" in found
    assert "Harlow Gazette and Milton Valley Courier" not in found
    assert "Defense and Security Network" in found


def test_a_body_name_is_not_split_at_for_the():
    text = "The Society for the Protection of Old Mills said it would appeal, a spokesman said."
    assert "Society for the Protection of Old Mills" in names(text)


def entity_table(text: str):
    return find_entities(analysis.parse_article(text)).entities.set_index("name")


def test_an_affiliation_and_role_before_a_name_are_its_role():
    table = entity_table(
        "Falcons DL Marcus Webb said the hit was clean. KBC Radio NFL Insider Jason Loft "
        "said the league would look into it. Webb said he was sorry."
    )
    assert {"Marcus Webb", "Jason Loft"} <= set(table.index)
    assert table.loc["Marcus Webb", "role"] == "Falcons DL"
    assert table.loc["Jason Loft", "kind"] == "person"
    assert "NFL Insider" in table.loc["Jason Loft", "role"]
    # one word before a given name is still a firm's name
    assert "JP Morgan Chase" in entity_table("JP Morgan Chase said profits rose.").index


def test_a_firm_is_one_entity_with_and_without_its_designator():
    table = entity_table(
        "Harrow Capital said on Monday it would buy the paper. Harrow has bought three papers "
        "this year, Harrow said. Brisk Co. said it would not sell. Brisk said the offer was low."
    )
    assert "Harrow Capital" not in table.index and "Brisk Co." not in table.index
    assert table.loc["Harrow", "kind"] == "body"
    assert table.loc["Brisk", "kind"] == "body"


def test_two_bodies_each_written_alone_are_split_at_and():
    text = (
        "Harlow said on Monday it would cut 40 jobs. The Herald said it would not. Talks "
        "between Harlow and Herald have stalled, and the Defense and Security "
        "Network said it would not comment."
    )
    found = names(text)
    assert {"Harlow", "Herald", "Defense and Security Network"} <= found
    assert not any(n.startswith("Harlow and") for n in found)
    mentions = find_entities(analysis.parse_article(text)).mentions
    assert all(text[m.start : m.end].strip() == text[m.start : m.end] for m in mentions)
