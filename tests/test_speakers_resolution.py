"""The right speaker: bodies referred back to, possessive descriptors, roles kept apart
from names, and mentions that name nobody. Every article here is invented; the
attribution rows are written by hand so that only speaker resolution is tested."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.core.schema import UNRESOLVED
from analysis.speakers import find_entities, resolve_speakers
from analysis.speakers.lexicon import names_a_source


def row(text: str, content: str, mention: str, near: str | None = None) -> dict:
    start = text.index(content)
    position = text.index(mention, text.index(near) if near else 0)
    return {
        "start": start,
        "end": start + len(content),
        "kind": "indirect",
        "speaker_mention": mention,
        "speaker_start": position,
        "speaker_end": position + len(mention),
    }


def resolve(text: str, rows: list[dict]) -> list:
    article = analysis.parse_article(text)
    return resolve_speakers(article, pd.DataFrame(rows)).tolist()


def test_the_company_and_it_refer_back_to_the_named_body():
    text = (
        "Harbourline Shipping said on Monday it would cut 400 jobs. The FBI opened an inquiry. "
        "The company said demand had fallen. "
        "It said more cuts were possible."
    )
    rows = [
        row(text, "demand had fallen", "The company"),
        row(text, "more cuts were possible", "It", near="It said"),
    ]
    assert resolve(text, rows) == ["Harbourline Shipping"] * 2


def test_the_campaign_is_not_the_most_salient_acronym():
    text = "The FBI opened an inquiry on Monday. The campaign said it welcomed the inquiry."
    rows = [row(text, "it welcomed the inquiry", "The campaign")]
    assert resolve(text, rows) == ["the campaign"]


def test_a_possessive_descriptor_is_its_own_speaker_not_the_nearest_lawyer():
    text = (
        "Rudy Vance, the governor's personal lawyer, spoke on Monday. "
        "Morrison's lawyer said the claim was false."
    )
    rows = [row(text, "the claim was false", "Morrison's lawyer")]
    assert resolve(text, rows) == ["Morrison's lawyer"]


def test_a_possessive_descriptor_links_when_the_role_names_that_possessor():
    text = (
        "Rudy Vance, Morrison's lawyer, spoke on Monday. "
        "Morrison's lawyer said the claim was false."
    )
    rows = [row(text, "the claim was false", "Morrison's lawyer", near="Monday")]
    assert resolve(text, rows) == ["Rudy Vance"]


def test_a_name_keeps_its_role_apart_from_a_party_word_inside_it():
    text = (
        "Former Conservative infrastructure critic Michael Chong said the bridge was late. "
        "Chong said the cost had doubled."
    )
    mention = "Former Conservative infrastructure critic Michael Chong"
    rows = [row(text, "the bridge was late", mention), row(text, "the cost had doubled", "Chong")]
    assert resolve(text, rows) == ["Michael Chong", "Michael Chong"]
    people = find_entities(analysis.parse_article(text)).entities.set_index("name")
    assert "critic" in people.loc["Michael Chong", "role"]


def test_mentions_that_name_nobody_are_unresolved():
    text = (
        "Fifty-one said yes. You said it was fine. Ambient lighting said everything. "
        "Two people familiar with the talks said a deal was near."
    )
    rows = [
        row(text, "yes", "Fifty-one"),
        row(text, "it was fine", "You"),
        row(text, "everything", "Ambient lighting"),
        row(text, "a deal was near", "Two people familiar with the talks"),
    ]
    resolved = resolve(text, rows)
    assert resolved[:3] == [UNRESOLVED] * 3
    assert resolved[3] == "Two people familiar with the talks"


def test_what_can_name_a_source():
    assert names_a_source("the report")
    assert names_a_source("critics")
    assert names_a_source("a spokeswoman for the ministry")
    assert not names_a_source("Tuesday")
    assert not names_a_source("However")
    assert not names_a_source("Twenty-three")


def test_pronouns_follow_the_quotation_structure_when_two_men_alternate():
    text = (
        "Tom Reyes, the mayor, said the budget was balanced. “We have no deficit,” he said. "
        "Paul Hart, the council leader, called it a fiction. “The figures hide a loan,” he "
        "said. Reyes shook his head. “The loan is repaid,” he said. "
        "“Nobody believes that,” Hart said. “Not one voter,” he added."
    )
    rows = [
        row(text, "the budget was balanced", "Tom Reyes"),
        row(text, "We have no deficit", "he", near="deficit"),
        row(text, "The figures hide a loan", "he", near="loan"),
        row(text, "The loan is repaid", "he", near="repaid"),
        row(text, "Nobody believes that", "Hart", near="believes"),
        row(text, "Not one voter", "he", near="voter"),
    ]
    for r in rows:
        r["kind"] = "direct"
    assert resolve(text, rows) == [
        "Tom Reyes",
        "Tom Reyes",  # who was just quoted
        "Paul Hart",  # the new subject since
        "Tom Reyes",  # the subject of the sentence before
        "Paul Hart",
        "Paul Hart",  # who was just quoted
    ]


def test_a_surname_that_is_also_a_title_stays_with_its_person():
    text = (
        "Ken Doctor, a media analyst, said the paper would close. "
        "Doctor said the chain had sold it."
    )
    entities = find_entities(analysis.parse_article(text)).entities
    assert list(entities["name"]) == ["Ken Doctor"]
    rows = [
        row(text, "the paper would close", "Ken Doctor"),
        row(text, "the chain had sold it", "Doctor", near="Doctor said"),
    ]
    assert resolve(text, rows) == ["Ken Doctor", "Ken Doctor"]


def test_a_name_that_only_reports_is_a_person_only_with_a_given_name():
    text = (
        "Vantress Meridian said the ferry would stop. Goldman Sachs said the deal was off. "
        "Marcelo Brandt said the market was calm."
    )
    kinds = find_entities(analysis.parse_article(text)).entities.set_index("name")["kind"]
    assert kinds["Vantress Meridian"] == "body"
    assert kinds["Goldman Sachs"] == "body"
    assert kinds["Marcelo Brandt"] == "person"


def test_a_first_person_speaker_with_nobody_before_is_unresolved():
    text = "I said the vote was close. Marcelo Brandt said the count was done."
    rows = [row(text, "the vote was close", "I"), row(text, "the count was done", "Marcelo Brandt")]
    assert resolve(text, rows) == [UNRESOLVED, "Marcelo Brandt"]


def test_a_relative_pronoun_with_no_antecedent_is_unresolved():
    text = "who said the road was closed. Marcelo Brandt said it would reopen."
    rows = [row(text, "the road was closed", "who"), row(text, "it would reopen", "Marcelo Brandt")]
    assert resolve(text, rows) == [UNRESOLVED, "Marcelo Brandt"]


def kinds_of(text: str) -> dict:
    entities = find_entities(analysis.parse_article(text)).entities
    return dict(zip(entities["name"], entities["kind"], strict=True))


def test_a_pronoun_bound_to_a_name_tells_a_person_from_a_body():
    # only reporting verbs are next to these names; the pronoun they bind decides
    text = (
        "Quarry Lane said it would appeal the ruling. "
        "Mortlake said he was ready to play. "
        "Hesketh Dyer, who runs the club, said the pitch was fine."
    )
    kinds = kinds_of(text)
    assert kinds["Quarry Lane"] == "body"
    assert kinds["Mortlake"] == "person"
    assert kinds["Hesketh Dyer"] == "person"


def test_a_first_word_reused_alone_is_no_surname():
    # "Tarnwick" of "Tarnwick Rovers" is neither a surname nor a given name
    text = "Tarnwick Rovers said the coach had left. Tarnwick said a new coach would start soon."
    assert kinds_of(text)["Tarnwick Rovers"] != "person"


def test_a_company_suffix_makes_a_body():
    text = "Morgan Capital said the deal was off. Dana Co said profit fell."
    kinds = kinds_of(text)
    assert kinds["Morgan Capital"] == "body" and kinds["Dana Co"] == "body"


def test_initials_after_a_title_and_a_federal_title_make_a_person():
    text = (
        "Coach R.J. Tamsin said the team was tired. "
        "U.S. Attorney Mara Quell said the case was closed."
    )
    kinds = kinds_of(text)
    assert kinds["R.J. Tamsin"] == "person"
    assert kinds["Mara Quell"] == "person"


def test_a_surname_alone_joins_a_name_with_a_generational_suffix():
    text = "Harold T. Brisco Jr. said the law was clear. Brisco said the defendant had been warned."
    rows = [row(text, "the defendant had been warned", "Brisco", near="Brisco said")]
    assert resolve(text, rows) == ["Harold T. Brisco Jr."]


def test_a_name_inside_a_possessor_is_not_the_speaker():
    text = (
        "The caller was arrested in May. "
        "The U.S. attorney's office said the caller had a loaded gun."
    )
    rows = [row(text, "the caller had a loaded gun", "The U.S. attorney's office")]
    (speaker,) = resolve(text, rows)
    assert speaker not in {"U.S.", UNRESOLVED} and "office" in speaker
    table = analysis.analyse(analysis.parse_article(text)).speakers
    assert "U.S." not in set(table.loc[table["attributions"] > 0, "speaker"])


def test_a_place_opening_the_sentence_takes_no_appositive_role():
    text = (
        "In Kestrelby, the Democratic candidate, Ana Voss, promised new roads. Kestrelby said no."
    )
    entities = find_entities(analysis.parse_article(text)).entities.set_index("name")
    assert entities.loc["Kestrelby", "role"] == ""


def test_coordinated_names_are_one_joint_speaker():
    text = (
        "Dara Quinn and her brother Colm Quinn run the farm. "
        "Dara and Colm said the harvest was poor."
    )
    rows = [row(text, "the harvest was poor", "Dara and Colm")]
    assert resolve(text, rows) == ["Dara Quinn and Colm Quinn"]


def test_a_descriptor_with_a_verb_run_into_it_is_cut_and_linked():
    # the mention as found runs on into the verb ("flatly", "looked"); the noun heads it
    text = (
        "Harbourline Shipping said it had lost a contract in May. "
        "The company flatly denied the report. The team looked at the figures. "
        "The chief medical examiner said the cause was unclear."
    )
    rows = [
        row(text, "the report", "The company flatly"),
        row(text, "the figures", "The team looked"),
        row(text, "the cause was unclear", "The chief medical examiner"),
    ]
    assert resolve(text, rows) == ["Harbourline Shipping", "the team", "the chief medical examiner"]


def test_a_word_capitalised_only_by_its_position_is_no_speaker():
    text = "Untreated, the fever kills within days. Untreated cases rise in winter."
    rows = [row(text, "the fever kills within days", "Untreated")]
    assert resolve(text, rows) == [UNRESOLVED]


def test_an_acronym_that_spells_a_pronoun_is_a_body():
    text = "Cases of the fever rose in May, the WHO said."
    rows = [row(text, "Cases of the fever rose in May", "WHO")]
    assert resolve(text, rows) == ["WHO"]


def test_who_goes_to_the_person_not_the_place_in_their_role():
    text = "The club thanked players including Eldmoor captain Rafe Tolland, who praised the coach."
    rows = [row(text, "the coach", "who")]
    assert resolve(text, rows) == ["Rafe Tolland"]


def test_they_continues_a_group_of_people_just_quoted():
    text = (
        "The Lakeside Institute ran the survey. The authors wrote that use had risen. "
        "Use is linked to crashes, they wrote."
    )
    rows = [
        row(text, "use had risen", "The authors"),
        row(text, "Use is linked to crashes", "they"),
    ]
    assert resolve(text, rows) == ["the authors", "the authors"]


def test_they_after_people_named_with_a_plural_noun_is_not_the_body():
    text = (
        "The Lakeside Institute said it had funded the work. "
        "Meanwhile, Ana Ruiz and her colleagues kept studying the kidney. "
        "They said the receptor mattered."
    )
    rows = [row(text, "the receptor mattered", "They")]
    assert resolve(text, rows) != ["Lakeside Institute"]


def test_she_follows_who_was_just_quoted_when_two_women_alternate():
    text = (
        "“We will win,” said Ana Ruiz, the mayor. “The polls are wrong,” she said. "
        "Lena Park, her rival, said the race was close. “We are ahead,” she said. "
        "Ruiz disagreed. “They are not,” she said."
    )
    rows = [
        row(text, "“The polls are wrong,”", "she"),
        row(text, "“We are ahead,”", "she", near="“We are ahead,”"),
        row(text, "“They are not,”", "she", near="“They are not,”"),
    ]
    assert resolve(text, rows) == ["Ana Ruiz", "Lena Park", "Ana Ruiz"]


def test_she_goes_to_the_subject_of_the_sentence_before():
    text = (
        "Ana Ruiz praised Lena Park at the meeting. “She did great work,” Ruiz said. "
        "Park thanked her. “I owe the team,” she said."
    )
    rows = [row(text, "“I owe the team,”", "she", near="“I owe the team,”")]
    assert resolve(text, rows) == ["Lena Park"]


def test_a_first_name_of_the_other_gender_is_no_antecedent():
    # the text never gives Tom Vance a gender; his first name rules out "she"
    text = (
        "Tom Vance met the board on Monday. The plan had failed, Vance said. "
        "Officials met later. She said it would pass."
    )
    rows = [row(text, "it would pass", "She")]
    assert resolve(text, rows) == [UNRESOLVED]


def test_a_surname_that_is_a_place_noun_is_a_name():
    text = "Lena Park chairs the board. Park said the vote would be close."
    rows = [row(text, "the vote would be close", "Park", near="Park said")]
    assert resolve(text, rows) == ["Lena Park"]


def test_people_of_a_body_are_the_speaker_not_the_body():
    text = "Some members of the Vendian Congress have said the rocket is too costly."
    rows = [row(text, "the rocket is too costly", "Some members of the Vendian Congress")]
    assert resolve(text, rows) == ["Some members of the Vendian Congress"]


def test_a_suffix_or_a_given_name_in_subject_position_makes_a_person():
    text = (
        "Patrick Olvane was arrested in April. Dorian Vesk Jr. runs the mill. "
        "He said the call was a joke."
    )
    kinds = kinds_of(text)
    assert kinds["Patrick Olvane"] == "person"
    assert kinds["Dorian Vesk Jr."] == "person"


def test_a_role_noun_description_refers_back_to_the_person_just_quoted():
    # nobody is called an actor: "the actor" is the person quoted just before
    text = (
        "Rowan Pike was voted off the show on Monday. “We gave it everything,” Pike said. "
        "His partner, Ada Moss, had tears in her eyes. “It was the best year of my life,” "
        "said the actor."
    )
    rows = [
        row(text, "“We gave it everything,”", "Pike"),
        row(text, "“It was the best year of my life,”", "the actor"),
    ]
    assert resolve(text, rows) == ["Rowan Pike", "Rowan Pike"]


def test_a_role_noun_description_takes_the_one_salient_person():
    text = (
        "Lena Ortiz, the band's founder, played a new song on Monday. Afterwards the drummer "
        "and songwriter told the fans that an album would follow."
    )
    rows = [row(text, "that an album would follow", "songwriter")]
    assert resolve(text, rows) == ["Lena Ortiz"]


def test_a_role_noun_description_with_two_people_in_view_stays_unlinked():
    text = (
        "Lena Ortiz said she was tired. Tom Vail said he was not. Afterwards the musician "
        "told the crowd that a tour would follow."
    )
    rows = [row(text, "that a tour would follow", "the musician")]
    assert resolve(text, rows) == ["the musician"]


def test_the_statement_refers_to_whoever_issued_it():
    text = (
        "Two miners were hurt in a rockfall, the Norland army said in a statement on Friday. "
        "“Why the roof gave way is not known,” the statement said."
    )
    rows = [
        row(text, "Two miners were hurt in a rockfall", "the Norland army"),
        row(text, "“Why the roof gave way is not known,”", "the statement"),
    ]
    assert resolve(text, rows) == ["Norland army", "Norland army"]


def test_it_is_the_body_the_sentences_are_about_not_a_counted_modifier():
    # "Skyline" alone joins "Skyline Airline"; "30 Vantor jets": a name after a number
    # modifies the noun after it and is no antecedent of "it"
    text = (
        "Skyline Airline was founded in 1990. By March, Skyline flew 90 jets on its "
        "routes. Besides buying 30 Vantor jets on Wednesday, it announced a deal for "
        "12 cargo planes on Monday."
    )
    rows = [row(text, "a deal for 12 cargo planes", "it", near="Wednesday")]
    assert resolve(text, rows) == ["Skyline"]
    entities = find_entities(analysis.parse_article(text)).entities.set_index("name")
    assert "Skyline Airline" not in entities.index
    assert entities.loc["Skyline", "kind"] == "body"
