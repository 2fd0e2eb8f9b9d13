"""Round 9: the speaker table lists no abbreviation of a common noun ("TV", "GPS"), no
phrase cut from a title-case heading ("Ready For"), no capital of a quotation's opening
('a “Dry Run” test'), no past participle opening a sentence ("Alarmed, her neighbour …")
and no verb in the imperative of a chant ("“Save our parks”"), while real names stay.

Every article here is invented."""

from __future__ import annotations

import analysis
from analysis.core.article import parse_article
from analysis.speakers.detect import Mention
from analysis.speakers.table_names import no_alias, no_name


def _listed(text: str) -> set[str]:
    return set(analysis.analyse(parse_article(text)).speakers["speaker"])


def test_the_abbreviation_of_a_common_noun_is_no_body_but_a_firms_is():
    listed = _listed(
        "Gadget week\n\nThe new TV has a GPS chip and a fast CPU. Orvane Labs makes the "
        "screens. Marta Kessel said the screens were bright. AMD also sells chips.\n"
    )
    assert {"Marta Kessel", "Orvane Labs", "AMD"} <= listed
    assert not {"TV", "GPS", "CPU"} & listed


def test_a_heading_cut_short_is_no_body_but_a_name_in_a_heading_is():
    text = "Why A Tablet Is Ready For Work\n\nThe tablet is fast. Marta Kessel said so."
    starts = [0, 32, 52]
    assert no_name("Ready For", [], text, starts)
    assert no_name("Plans And", [], text, starts)
    assert not no_name("Group A", [], text, starts)  # a letter: a label
    assert not no_name("Bank of Ardmore", [], text, starts)
    assert not no_name("Rolling Stone", [], text, starts)
    assert "Ready For" not in _listed(text + "\n")


def test_capitals_at_a_quotations_opening_are_the_positions():
    listed = _listed(
        "Rocket news\n\nWith the engines in place, the core stage will be ready for a "
        "“Green Fire” trial around the middle of next year.\n\nMarta Kessel said the trial "
        "would take a day.\n"
    )
    assert "Marta Kessel" in listed
    assert not {"Fire", "Green Fire"} & listed


def _mention(text: str, word: str, form: str = "name", **fields) -> Mention:
    start = text.index(word)
    end = start + len(word)
    return Mention(start, end, start, end, 0, 0, False, form, **fields)


def test_a_past_participle_opening_a_sentence_is_no_person():
    text = "The scan looked normal. Perturbed, her family doctor called the clinic."
    starts = [0, 24]
    group = [_mention(text, "Perturbed"), _mention(text, "her family doctor", "descriptor")]
    assert no_name("Perturbed", group, text, starts)
    # a given name ending so, a title, or no comma after it: kept
    other = "The scan looked normal. Mohammed, her family doctor, called the clinic."
    assert not no_name("Mohammed", [_mention(other, "Mohammed")], other, starts)
    titled = [_mention(text, "Perturbed", title="Dr.")]
    assert not no_name("Perturbed", titled, text, starts)
    plain = "The scan looked normal. Stanfield called the clinic."
    assert not no_name("Stanfield", [_mention(plain, "Stanfield")], plain, starts)


def test_a_chanted_imperative_is_no_body():
    listed = _listed(
        "Parents march\n\nThousands of parents wearing green surrounded the city hall on "
        "Tuesday.\n\nParents chanted, “Fund our libraries,” and “Put kids first,” as "
        "hundreds of them lined the streets.\n\nMarta Kessel said the march was peaceful.\n"
    )
    assert "Fund" not in listed
    assert "Marta Kessel" in listed


def test_a_body_before_a_time_phrase_or_a_verb_is_no_imperative():
    text = "Acme this week opened a plant. Acme hires staff. They cried, “Resist the plan.”"
    starts = [0, 31, 49]
    this_week = [_mention(text, "Acme this")]
    this_week[0].name_end = this_week[0].start + 4
    assert not no_name("Acme", this_week, text, starts)
    assert not no_name("Acme", [_mention(text, "Acme hires")], text, starts)
    resist = [_mention(text, "Resist", "body")]
    assert no_name("Resist", resist, text, starts)


def test_a_headline_with_small_words_in_lower_case_is_a_heading():
    text = (
        "Town notes\n\nThe fire crews were busy.\n\nCrews Find Man, Woman Safe in Flooded "
        "Cellar\n\nMarta Kessel said the cellar was dry by noon. The Dale Safe company "
        "made the door.\n"
    )
    starts = [0, 12, 38, 96]
    woman = [_mention(text, "Woman")]
    assert no_name("Woman", woman, text, starts)
    # the same word in a sentence with lower-case words is not at a heading
    safe = [_mention(text, "Safe company")]
    safe[0].name_end = safe[0].start + 4
    assert not no_name("Safe", safe, text, starts)


def test_a_hyphenated_modifier_is_no_body_but_a_hyphenated_name_is():
    text = "The Senate-approved plan and Rolls-Royce engines."
    assert no_name("Senate-approved", [_mention(text, "Senate-approved")], text, [0])
    assert not no_name("Rolls-Royce", [_mention(text, "Rolls-Royce")], text, [0])


def test_an_alias_opening_with_a_preposition_is_dropped():
    assert no_alias("as making plans toward a teacher")
    assert no_alias("of the new rules")
    for alias in ("the mayor", "his wife", "my doctor", "Kessel", "a spokeswoman"):
        assert not no_alias(alias)


def test_a_common_word_after_an_honorific_is_a_name_even_in_quotes():
    text = "They called her “Miss Merry” for years. Marta Kessel said so."
    merry = _mention(text, "Miss Merry", honorific_gender="female")
    merry.name_start += 5
    assert not no_name("Merry", [merry], text, [0, 40])
    plain = _mention(text, "Miss Merry")
    assert no_name("Merry Miss", [plain], text, [0, 40])
