"""A narrated thought, feeling or piece of knowledge is no attribution; a stated belief
and a statement are (analysis/attribution/screen_mental.py). Invented sentences."""

from attribution_rows import table_of


def _cues(sentence: str) -> list[str]:
    return list(table_of("A headline here.\n\n" + sentence).cue)


def test_a_narrated_thought_is_no_row():
    assert _cues("The mayor thought voters would forgive the delay.") == []


def test_wondering_whether_is_no_row():
    assert _cues("Dana Reyes wondered whether the bridge could hold the load.") == []


def test_a_narrated_feeling_is_no_row():
    assert _cues("Later he felt as if the town had turned on him.") == []


def test_knowing_that_is_no_row():
    assert _cues("They know that the vote will be close.") == []


def test_a_company_hoping_is_no_row():
    assert _cues("Orbix is hoping a cheaper model will win back buyers.") == []


def test_the_same_content_said_is_a_row():
    assert _cues("The mayor said voters would forgive the delay.") == ["said"]


def test_a_belief_stated_with_that_by_a_named_body_stays():
    assert _cues("The agency believes that the dam is safe.") == ["believes"]


def test_a_stance_before_its_saying_leaves_only_the_saying_row():
    cues = _cues("The minister defended the new tax, saying it would fund schools.")
    assert cues == ["saying"]
