"""Speaker tables and entity grouping on four general causes from the round-5 blind audit:
flagged rows counted as quoted, acronyms and a body's head noun not joined to the body they
stand for, and studies or one-word firm names typed as people. Every article here is
invented; each cause has a positive and a neighbouring negative."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.speakers import gender_shares, resolved_quotes, speaker_table


def analysed(text: str):
    return analysis.analyse(analysis.parse_article(text))


def speakers_of(text: str) -> list:
    """The resolved speaker of every attribution, in text order."""
    return analysed(text).quotes.sort_values("start")["speaker"].tolist()


def row_of(table: pd.DataFrame, name: str) -> pd.Series:
    found = table[table["speaker"] == name]
    assert len(found) == 1, table[["speaker", "kind", "attributions"]]
    return found.iloc[0]


# 1. a row flagged ``check`` makes no one a quoted speaker

TWO_SPEAKERS = (
    "Maria Velden, the mayor, said the bridge would reopen in May. "
    "Tomas Brandt, the treasurer, said the council had no money left."
)


def _flag(quotes: pd.DataFrame, speaker: str) -> pd.DataFrame:
    flagged = quotes.copy()
    flagged.loc[flagged["speaker"] == speaker, "check"] = True
    return flagged


def test_a_speaker_with_only_flagged_rows_is_mentioned_not_quoted():
    article = analysis.parse_article(TWO_SPEAKERS)
    quotes = resolved_quotes(article)
    assert set(quotes["speaker"]) == {"Maria Velden", "Tomas Brandt"}
    who = speaker_table(article, _flag(quotes, "Tomas Brandt"))
    brandt, velden = row_of(who, "Tomas Brandt"), row_of(who, "Maria Velden")
    assert (brandt["attributions"], brandt["indirect"], brandt["words_quoted"]) == (0, 0, 0)
    assert brandt["to_check"] == 1 and brandt["share_of_quoted_words"] == 0.0
    assert velden["attributions"] == 1 and velden["to_check"] == 0
    assert velden["share_of_quoted_words"] == 1.0
    shares = gender_shares(who).set_index(["group", "gender"])["people"]
    assert shares.loc[("quoted", "female")] == 1 and shares.loc[("quoted", "male")] == 0
    assert shares.loc[("mentioned only", "male")] == 1


def test_unflagged_rows_still_count_and_the_quotes_keep_every_row():
    article = analysis.parse_article(TWO_SPEAKERS)
    quotes = resolved_quotes(article)
    who = speaker_table(article, quotes)
    assert row_of(who, "Tomas Brandt")["attributions"] == 1
    assert who["to_check"].sum() == 0
    result = analysed(TWO_SPEAKERS)
    spoken = result.quotes["speaker"].notna()
    counted = result.speakers["attributions"].sum() + result.speakers["to_check"].sum()
    assert counted == int(spoken.sum())  # every row with a speaker is counted or to check


# 2. an acronym of a body named in the same text is that body


def test_an_acronym_of_a_named_body_joins_it():
    text = (
        "Halvard Events is producing the tour with the band. "
        "According to HE, tickets sold out in an hour. "
        "The World Health Organisation said the virus had spread. "
        "WHO said it would send experts to the region."
    )
    assert speakers_of(text) == [
        "Halvard Events", "World Health Organisation", "World Health Organisation",
    ]  # fmt: skip
    names = analysed(text).speakers["speaker"].tolist()
    assert "HE" not in names and "WHO" not in names


def test_an_acronym_two_bodies_could_spell_stays_itself():
    text = (
        "Pella Trust bought a stake in Pine Tower last year. "
        "According to PT, the deal closed on Friday."
    )
    assert speakers_of(text) == ["PT"]


# 3. a body's head noun after "the" is the one body with that head


def test_the_head_of_one_body_name_is_that_body():
    text = (
        "The Valley Chronicle reported that the mayor had resigned. "
        "The Chronicle said the council would meet on Monday."
    )
    assert speakers_of(text) == ["Valley Chronicle", "Valley Chronicle"]


def test_a_head_two_bodies_share_or_written_without_the_stays_apart():
    text = (
        "The Harbour Times reported that the port had closed. "
        "The Valley Times reported that the road had flooded. "
        "The Times said both would reopen."
    )
    assert speakers_of(text)[-1] == "Times"
    text = (
        "Meridian said it would buy Tribune, the owner of the Lakeside Tribune. "
        "Tribune said the offer was too low."
    )
    assert speakers_of(text)[-1] == "Tribune"


# 4. kinds: the head noun of a study decides; a firm's one-word name is no person


def test_a_study_in_people_is_a_document_not_a_person():
    text = (
        "One study in 17 people found that walking after meals lowered blood sugar. "
        "Another study in 63 nurses found that sleep mattered more."
    )
    result = analysed(text)
    kinds = dict(zip(result.speakers["speaker"], result.speakers["kind"], strict=True))
    assert kinds["One study in 17 people"] == "other"
    assert kinds["Another study in 63 nurses"] == "other"
    quoted = result.gender_shares
    assert quoted.loc[quoted["group"] == "quoted", "people"].sum() == 0


def test_people_before_a_post_modifier_stay_people():
    text = "Members of the council said the budget was too small."
    result = analysed(text)
    assert row_of(result.speakers, "Members of the council")["kind"] == "person"


def test_a_one_word_name_with_no_person_evidence_is_no_person():
    text = "Trading volume rose 4% in March, according to Quorbix."
    assert row_of(analysed(text).speakers, "Quorbix")["kind"] == "body"


def test_a_named_person_with_a_given_name_stays_a_person():
    text = "Trading volume rose 4% in March, according to Lena Marsh."
    assert row_of(analysed(text).speakers, "Lena Marsh")["kind"] == "person"
