"""Round 12 precision fixes on invented sentences: a cue form inside a compound noun,
an object pronoun as the addressee of "tell", and an inverted cue whose source has an
appositive before the interrupted clause goes on (Quirk et al. 1985, 15.54, 16.59,
17.65, 17.108)."""

from attribution_rows import rows


def test_think_of_a_compound_noun_is_no_cue_and_the_verb_after_it_is():
    assert rows(
        "“Rents will rise,” Dan Lee, a fellow at the Lakeside Housing Policy think tank "
        "told reporters."
    ) == [("Dan Lee", "told", "“Rents will rise,”")]


def test_think_before_another_word_stays_a_cue():
    assert rows("The researchers think the lake is older than the town.") == [
        ("The researchers", "think", "the lake is older than the town")
    ]


def test_an_object_pronoun_before_you_and_a_finite_verb_is_the_addressee():
    assert rows("The airline tells us you should expect higher fares next spring.") == [
        ("The airline", "tells", "you should expect higher fares next spring")
    ]


def test_an_object_pronoun_before_an_infinitive_stays_in_the_instruction():
    assert rows("The mayor told us to wait for the bus.") == [
        ("The mayor", "told", "us to wait for the bus")
    ]


def test_the_clause_goes_on_after_the_appositive_of_an_inverted_source():
    sentence = "The new rule, said Ana Ruiz, an economist at the state college, will raise rents."
    assert rows(sentence) == [("Ana Ruiz", "said", sentence[:-1])]


def test_a_relative_clause_after_the_appositive_is_no_part_of_the_content():
    assert rows(
        "Rents will rise, said Ana Ruiz, an economist at the state college, who has "
        "studied them for years."
    ) == [("Ana Ruiz", "said", "Rents will rise")]


def test_a_new_clause_after_the_appositive_is_no_part_of_the_content():
    assert rows(
        "Rents will rise, said Ana Ruiz, an economist at the state college, and prices will follow."
    ) == [("Ana Ruiz", "said", "Rents will rise")]


def test_a_cue_form_coordinated_with_a_passive_participle_is_no_cue():
    assert rows(
        "Ana Ruiz explained that such claims must be carefully checked and verified, and "
        "reports about them cannot be “spread lightly.”"
    ) == [("Ana Ruiz", "explained", "that such claims must be carefully checked and verified")]


def test_an_active_cue_after_a_passive_predicate_stays_a_cue():
    assert rows("The mayor was asked and said she would “think about it.”") == [
        ("The mayor", "said", "she would “think about it.”")
    ]


def test_this_before_a_noun_is_no_time_adjunct_before_that():
    assert rows("The agency believes this finding is further evidence that the moon is old.") == [
        ("The agency", "believes", "this finding is further evidence that the moon is old")
    ]


def test_this_before_a_time_noun_is_a_time_adjunct_before_that():
    assert rows("The mayor said this week that the bridge would reopen.") == [
        ("The mayor", "said", "that the bridge would reopen")
    ]


def test_last_before_a_period_or_month_is_a_time_adjunct_before_that():
    assert rows("The firm said last quarter that its shops were busier.") == [
        ("The firm", "said", "that its shops were busier")
    ]
    assert rows("The mayor said last May that the bridge would reopen.") == [
        ("The mayor", "said", "that the bridge would reopen")
    ]


def test_the_clause_goes_on_after_an_appositive_with_a_place_name():
    sentence = (
        "This method, says Ana Ruiz, a biologist at the University of Maine, Orono, "
        "helps direct the response."
    )
    assert rows(sentence) == [("Ana Ruiz", "says", sentence[:-1])]
