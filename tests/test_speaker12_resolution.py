"""Speaker resolution, round 12: a person introduced as an object takes the next "she",
"be among firms that", kind agreement of "the union", a person's affiliation before
"who", and a stop that ends a name after the cue. Invented articles."""

from speaker_rows import speaker_of as _speaker_of
from speaker_rows import speaker_rows as _rows

# a person introduced (first named) as an object just before takes the next "she"


def test_she_goes_to_the_woman_just_introduced_as_an_object():
    text = (
        "Votes.\n\n“It is over,” said Ana Ruiz, a teacher. I called Mara Lind, a lawyer "
        "for the school. How would she take the news? “I'm thrilled,” she wrote.\n"
    )
    assert _speaker_of(text, "thrilled") == "Mara Lind"


def test_she_stays_with_the_speaker_when_she_is_the_subject_before_the_object():
    text = (
        "Votes.\n\n“It is over,” said Ana Ruiz, a teacher. She met Mara Lind on Monday. "
        "“I'm thrilled,” she said.\n"
    )
    assert _speaker_of(text, "thrilled") == "Ana Ruiz"


def test_she_is_no_man_introduced_as_an_object():
    text = (
        "Votes.\n\n“It is over,” said Ana Ruiz, a teacher. I called John Lind, a lawyer "
        "for the school. “I'm thrilled,” she wrote.\n"
    )
    assert _speaker_of(text, "thrilled") == "Ana Ruiz"


# "X, Y and Z are among firms that said": the named subject, not the bare noun


def test_a_list_of_names_among_firms_that_said_is_their_joint_speaker():
    text = "Jobs.\n\nAcme, Globex and Initech are among firms that said they would cut jobs.\n"
    assert _speaker_of(text, "cut jobs") == "Acme and Globex and Initech"


def test_a_list_with_a_role_before_its_last_name_is_read_whole():
    text = (
        "Prices.\n\nMeanwhile, Acme, Globex and the toy maker Hooli are among makers "
        "that said they raised prices.\n"
    )
    assert _speaker_of(text, "raised prices") == "Acme and Globex and Hooli"


def test_one_name_among_firms_that_said_is_the_speaker():
    text = "Jobs.\n\nAcme Corp is among the firms that said they would cut jobs.\n"
    assert _speaker_of(text, "cut jobs") == "Acme Corp"


def test_firms_that_said_with_no_named_subject_stay_their_own_label():
    text = "Jobs.\n\nShares fell among firms that said they would cut jobs.\n"
    assert _speaker_of(text, "cut jobs") == "firms"


# a description by a body's kind agrees with its antecedent's kind


def test_the_union_is_no_company_named_with_its_legal_form():
    text = (
        "Strike.\n\nWorkers at Acme Corp walked out on Monday. Acme Corp said it would talk. "
        "The union said the offer was too low.\n"
    )
    assert _speaker_of(text, "too low") == "the union"


def test_the_company_still_refers_back_to_the_company():
    text = (
        "Strike.\n\nWorkers at Acme Corp walked out on Monday. Acme Corp said it would talk. "
        "The company said the offer was fair.\n"
    )
    assert _speaker_of(text, "was fair") == "Acme Corp"


def test_the_union_refers_back_to_a_named_union():
    text = (
        "Strike.\n\nMembers of the Dock Workers Union walked out. The union said the offer "
        "was too low.\n"
    )
    assert _speaker_of(text, "too low") == "Dock Workers Union"


def test_the_organization_may_be_a_body_named_international():
    text = (
        "Toll.\n\nVela International said the toll had risen. The organization thinks "
        "the true toll may be much higher.\n"
    )
    assert _speaker_of(text, "much higher") == "Vela International"


# "who" after a person's name and affiliation goes to the person


def test_who_after_a_name_and_its_affiliation_is_the_person():
    text = (
        "Plant.\n\nAna Ruiz of the clinic, who feared the plant would close, said she was "
        "leaving.\n"
    )
    assert _speaker_of(text, "plant would close") == "Ana Ruiz"


def test_who_after_a_name_and_its_affiliation_without_comma_stays_unresolved():
    text = (
        "Plant.\n\nAna Ruiz of the clinic who feared the plant would close said she was leaving.\n"
    )
    assert _speaker_of(text, "plant would close") != "the clinic"


# a full stop glued to a name after the cue ends the speaker


def test_a_stop_after_the_name_ends_the_speaker_after_the_cue():
    text = "Plant.\n\n“We are done,” said Ana Ruiz. Tom Hale, a welder, said he was angry.\n"
    rows = _rows(text)
    assert [(m, s) for span, m, s in rows if "done" in span] == [("Ana Ruiz", "Ana Ruiz")]


def test_a_title_with_a_stop_stays_in_the_speaker_after_the_cue():
    text = "Plant.\n\n“We are done,” said Sen. Ana Ruiz. Tom Hale was angry.\n"
    rows = _rows(text)
    assert [m for span, m, _ in rows if "done" in span] == ["Sen. Ana Ruiz"]


# a body named with a coordinated "of" complement is one body, not its last word


def test_a_ministry_of_coordinated_fields_is_one_body():
    text = (
        "Trade.\n\nVeloria’s Ministry of Farms, Fisheries and Forests said exports fell in May.\n"
    )
    assert _speaker_of(text, "exports fell") == "Veloria’s Ministry of Farms, Fisheries and Forests"


def test_a_list_of_names_is_no_body_name():
    text = "Trade.\n\nAna Ruiz, Tom Hale and Lee Park said exports fell in May.\n"
    assert _speaker_of(text, "exports fell") == "Ana Ruiz and Tom Hale and Lee Park"


def test_a_list_of_one_word_names_of_open_kind_is_their_joint_speaker():
    text = "Rules.\n\nRuiz, Park and Lee said the rule would stand.\n"
    assert _speaker_of(text, "rule would stand") == "Ruiz and Park and Lee"


def test_one_name_with_a_role_is_no_list():
    text = "Rules.\n\nAna Ruiz, a lawyer, said the rule would stand.\n"
    assert _speaker_of(text, "rule would stand") == "Ana Ruiz"


def test_a_named_body_among_firms_is_the_speaker_also_after_a_designator_stop():
    text = "Jobs.\n\nAcme Corp. is among the firms that said they would cut jobs.\n"
    assert _speaker_of(text, "cut jobs") == "Acme Corp"


def test_a_body_named_with_its_kind_among_unions_is_the_speaker():
    text = "Pay.\n\nDock Workers Union is among the unions that said they would strike.\n"
    assert _speaker_of(text, "would strike") == "Dock Workers Union"
