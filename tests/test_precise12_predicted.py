"""An utterance the writer predicts or imagines ("voters will shrug and shout, “…”") is
flagged for a reader to check; a reported one is not. Invented sentences."""

from attribution_rows import table_of


def _checks(sentence: str) -> list[tuple[str, bool]]:
    table = table_of("A headline here.\n\n" + sentence)
    return list(zip(table.cue, table.check, strict=True))


def test_a_cue_at_the_end_of_predicates_after_a_modal_is_flagged():
    assert ("shout", True) in _checks("Voters will simply shrug and shout, “Enough!”")


def test_an_imagined_cue_inside_a_belief_is_never_an_unflagged_row():
    # Under a belief verb the screen drops the imagined quotation altogether.
    checks = _checks("The senator thinks that voters will simply shrug and shout, “Enough!”")
    assert ("shout", False) not in checks


def test_a_cue_right_after_a_modal_is_flagged():
    assert _checks("“We never quit,” the coach will say.") == [("say", True)]


def test_a_cue_after_a_past_predicate_is_not_flagged():
    assert _checks("Dan Lee went home and said, “We never quit.”") == [("said", False)]


def test_a_habit_after_when_and_would_is_not_flagged():
    checks = _checks(
        "When the coaches would ask her to rest after a match, she would nod and say, “No.”"
    )
    assert ("say", False) in checks
    assert not any(flag for _, flag in checks)


def test_a_manner_adverb_between_the_modal_and_the_cue_is_still_a_prediction():
    assert _checks("The board will angrily dismiss any criticism of the plan.") == [
        ("dismiss", True)
    ]


def test_an_act_about_a_named_slogan_is_flagged():
    assert _checks(
        "The governor is defending the launch of a campaign with the slogan “Clean Air Now.”"
    ) == [("defending", True)]


def test_an_act_with_the_sources_own_quoted_words_is_not_flagged():
    assert _checks("The governor defended the plan as “fair to every family.”") == [
        ("defended", False)
    ]
