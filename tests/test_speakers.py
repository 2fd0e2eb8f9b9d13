"""Speaker resolution: mentions, entities, gender, pronouns, descriptors, share of voice.

Seed facts were checked by reading seeds/000_8a47d5ff032e1d14.txt; the small articles
below are written here so that every rule is tested on text it has never seen.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import lexicons
from analysis.core.paths import SEEDS_DIR
from analysis.core.schema import UNRESOLVED
from analysis.speakers import (
    attribution_positions,
    find_entities,
    mentions,
    quoted_words,
    resolve_speakers,
    speaker_table,
)
from analysis.speakers.tables import SPEAKER_COLUMNS, _descriptor_kind
from analysis.takeaways.speakers import (
    _enumerate,
    kind_takeaway,
    position_takeaway,
    share_of_voice_takeaway,
    unquoted_takeaway,
)

SEED = SEEDS_DIR / "000_8a47d5ff032e1d14.txt"


@pytest.fixture(scope="module")
def seed():
    return analysis.load_article(SEED)


def attribution(text: str, content: str, mention: str | None, near: str | None = None) -> dict:
    """One row of an extraction table, located by searching the text.

    ``near`` is a snippet the speaker mention is searched from (the first match after
    its start), so "he" finds the right "he".
    """
    start = text.index(content)
    row = {
        "start": start,
        "end": start + len(content),
        "kind": "direct" if text[start - 1 : start] in '“"' else "indirect",
        "speaker_mention": mention,
        "speaker_start": pd.NA,
        "speaker_end": pd.NA,
        "continuation": mention is None,
    }
    if mention is not None:
        position = text.index(mention, text.index(near) if near else 0)
        row.update(speaker_start=position, speaker_end=position + len(mention))
    return row


def table_of(rows: list[dict]) -> pd.DataFrame:
    table = pd.DataFrame(rows)
    for column in ("speaker_start", "speaker_end"):
        table[column] = table[column].astype("Int64")
    return table


def entity(article, name: str) -> pd.Series:
    entities = find_entities(article).entities
    return entities.loc[entities["name"] == name].iloc[0]


# --------------------------------------------------------------------------- seed


def test_seed_names_are_split_from_titles_and_merged_with_surnames(seed):
    names = set(find_entities(seed).entities["name"])
    assert {"Mike Pompeo", "Jens Stoltenberg", "Steve Saideman", "Stefanie von Hlatky"} <= names
    assert "François-Philippe Champagne" in names
    assert "Saideman" not in names and "Von Hlatky" not in names and "Pompeo" not in names
    assert "Secretary of State" in entity(seed, "Mike Pompeo")["role"]
    assert entity(seed, "Jens Stoltenberg")["role"] == "NATO Secretary General"
    aliases = entity(seed, "Stefanie von Hlatky")["aliases"]
    assert "Von Hlatky" in aliases


def test_seed_roles_come_from_appositives(seed):
    assert entity(seed, "Steve Saideman")["role"].startswith(
        "director of the Canadian Defense and Security Network"
    )
    assert entity(seed, "Steve Saideman")["role"].endswith("professor at Carleton University")
    assert entity(seed, "Stefanie von Hlatky")["role"].startswith(
        "associate professor of political studies"
    )
    # affiliations are the bodies those roles and titles name
    assert entity(seed, "Steve Saideman")["affiliation"] == (
        "Canadian Defense and Security Network; Carleton University"
    )
    assert entity(seed, "Jens Stoltenberg")["affiliation"] == "NATO"


def test_seed_people_and_bodies(seed):
    kinds = find_entities(seed).entities.set_index("name")["kind"].dropna()
    assert kinds["NATO"] == "body"
    assert kinds["Iraqi parliament"] == "body"
    assert kinds["Carleton University"] == "body"
    assert kinds["Steve Saideman"] == "person"
    assert kinds["Qassem Soleimani"] == "person"
    # places and nationality words are not people or bodies (a place may be kind "place")
    people_and_bodies = set(kinds[kinds.isin(["person", "body"])].index)
    assert not {"Canada", "Iraq", "Washington", "American", "Middle East"} & people_and_bodies
    assert kinds["Iraq"] == "place"


def test_seed_gender_is_learned_from_pronouns(seed):
    genders = find_entities(seed).entities.set_index("name")["gender"]
    assert genders["Stefanie von Hlatky"] == "female"  # "She said she still has ..."
    assert genders["Jens Stoltenberg"] == "male"  # "... Stoltenberg was briefly alert when he"
    assert genders["François-Philippe Champagne"] == "male"  # "He noted, however"
    assert pd.isna(genders["NATO"])


def test_seed_mentions_have_provenance(seed):
    table = mentions(seed)
    assert len(table) > 40
    assert all(
        seed.text[s:e] == t for s, e, t in table[["start", "end", "text"]].itertuples(index=False)
    )
    assert table["start"].is_monotonic_increasing
    assert set(table["kind"]) == {"person", "body"}
    pronouns = table[table["form"] == "pronoun"].set_index("start")["entity"]
    assert pronouns[seed.text.index("He noted")] == "François-Philippe Champagne"
    assert pronouns[seed.text.index("She said")] == "Stefanie von Hlatky"
    president = table[table["text"] == "President"]
    assert president["entity"].tolist() == ["Donald Trump"]  # "The President’s remarks"
    descriptors = table[table["form"] == "descriptor"].set_index("text")["entity"]
    assert descriptors["Canada’s foreign minister"] == "François-Philippe Champagne"
    assert set(descriptors[descriptors.index.str.lower().str.endswith("president")]) == {
        "Donald Trump"
    }


@pytest.fixture(scope="module")
def seed_table(seed):
    t = seed.text
    rows = [
        attribution(t, "NATO’s acceptance of a redefined", "Canada’s foreign minister"),
        attribution(t, "will develop a plan", "he", near="The team,"),
        attribution(
            t, "that the liberal government", "Foreign Minister François-Philippe Champagne"
        ),
        attribution(t, "that an American withdrawal", "He", near="He noted"),
        attribution(
            t, "The American presence in Iraq is essential in", "Champagne", near="essential in"
        ),
        attribution(t, "So if they want us", None),
        attribution(t, "NATO has a wide range", "him"),
        attribution(t, "that an extensive NATO mission", "Stoltenberg", near="But Stoltenberg"),
        attribution(t, "It is very important", "he", near="It is very important"),
        attribution(t, "that some alliance countries", "A defense expert"),
        attribution(t, "that NATO works by consensus", "Steve Saideman"),
        attribution(t, "They may not be in the mood", "he", near="They may not"),
        attribution(t, "I find it hard", "Saideman", near="I find it hard"),
        attribution(t, "It’s not just about cleaning", None),
        attribution(t, "NATO leadership could turn", "Stefanie von Hlatky"),
        attribution(t, "she still has difficulty", "She", near="She said"),
        attribution(t, "When Trump first made", "Von Hlatky"),
        attribution(t, "is the worst time possible", "she", near="she added"),
    ]
    return table_of(rows)


def test_seed_speakers_are_resolved(seed, seed_table):
    resolved = resolve_speakers(seed, seed_table)
    assert resolved.index.equals(seed_table.index)
    by_mention = dict(zip(seed_table["start"], resolved, strict=True))
    t = seed.text
    expected = {
        "NATO’s acceptance": "François-Philippe Champagne",  # descriptor = later title
        "will develop a plan": "Mike Pompeo",  # "The team, he said"
        "that an American withdrawal": "François-Philippe Champagne",  # "He noted" after the heading
        "So if they want us": "François-Philippe Champagne",  # continuation paragraph
        "NATO has a wide range": "Jens Stoltenberg",  # "According to him"
        "It is very important": "Jens Stoltenberg",
        "They may not be in the mood": "Steve Saideman",  # not Trump, named inside the content
        "I find it hard": "Steve Saideman",
        "It’s not just about cleaning": "Steve Saideman",
        "she still has difficulty": "Stefanie von Hlatky",
        "When Trump first made": "Stefanie von Hlatky",
        "is the worst time possible": "Stefanie von Hlatky",  # not "the president"
    }
    for content, speaker in expected.items():
        assert by_mention[t.index(content)] == speaker, content


def test_seed_indefinite_descriptor_links_to_the_expert_introduced_next(seed, seed_table):
    resolved = resolve_speakers(seed, seed_table)
    row = seed_table.index[seed_table["speaker_mention"] == "A defense expert"][0]
    assert resolved[row] == "Steve Saideman"


def test_resolution_keeps_the_table_index_and_order_independent(seed, seed_table):
    shuffled = seed_table.sample(frac=1, random_state=3)
    shuffled.index = shuffled.index + 100
    resolved = resolve_speakers(seed, shuffled)
    assert resolved.index.equals(shuffled.index)
    original = resolve_speakers(seed, seed_table)
    assert resolved.to_numpy().tolist() == original.reindex(shuffled.index - 100).tolist()


def test_seed_speakers_table(seed, seed_table):
    table = seed_table.assign(speaker=resolve_speakers(seed, seed_table))
    who = speaker_table(seed, table).set_index("speaker")
    assert who.loc["Steve Saideman", "attributions"] == 5
    assert who.loc["Stefanie von Hlatky", "gender"] == "female"
    assert "A defense expert" in who.loc["Steve Saideman", "aliases"]
    assert who["share_of_quoted_words"].sum() == pytest.approx(1.0)
    assert who.loc["Qassem Soleimani", "attributions"] == 0  # mentioned, never quoted
    assert who.loc["NATO", "kind"] == "body"
    # the first mention of Champagne is the descriptor at the top of the article
    first = who.loc["François-Philippe Champagne", ["start", "end", "text"]]
    assert seed.text[first["start"] : first["end"]] == first["text"] == "Canada’s foreign minister"
    assert list(speaker_table(seed, table).columns) == SPEAKER_COLUMNS


def test_speakers_default_table_comes_from_quotes(seed):
    who = analysis.speaker_table(seed)
    assert set(who.columns) == set(SPEAKER_COLUMNS)
    assert who["attributions"].iloc[0] > 0
    for start, end, aliases in who[["start", "end", "aliases"]].itertuples(index=False):
        assert seed.text[start:end].strip() != "" and len(aliases) >= 1


# --------------------------------------------------------------------------- written here

ALTERNATING = """Council delays the harbour plan

Robin Calder, a spokesperson for the harbour board, said the plan would be delayed. She said the board needed more time.

Kim Okafor, an economist at the regional bank, said the delay would cost jobs. He said the figures were clear.

“We are not against the plan,” she said. “We want it done right.”

“Every month of delay costs money,” he said.

Ms. Dana Whitfield, who chairs the council, said the vote would come in June.
"""


def test_gender_is_learned_from_the_text_and_pronouns_alternate():
    article = analysis.parse_article(ALTERNATING)
    genders = find_entities(article).entities.set_index("name")["gender"]
    assert genders["Robin Calder"] == "female"
    assert genders["Kim Okafor"] == "male"
    assert genders["Dana Whitfield"] == "female"  # from the honorific
    t = article.text
    table = table_of(
        [
            attribution(t, "the plan would be delayed", "Robin Calder"),
            attribution(t, "the board needed more time", "She", near="She said the board"),
            attribution(t, "the delay would cost jobs", "Kim Okafor"),
            attribution(t, "the figures were clear", "He", near="He said the figures"),
            attribution(t, "We are not against the plan", "she", near="she said."),
            attribution(t, "We want it done right", None),
            attribution(t, "Every month of delay", "he", near="he said."),
        ]
    )
    resolved = resolve_speakers(article, table).tolist()
    assert resolved == [
        "Robin Calder",
        "Robin Calder",
        "Kim Okafor",
        "Kim Okafor",
        "Robin Calder",  # she: the most recent person is a man, so the woman before him
        "Robin Calder",
        "Kim Okafor",
    ]
    roles = find_entities(article).entities.set_index("name")["role"]
    assert roles["Robin Calder"] == "a spokesperson for the harbour board"
    assert roles["Kim Okafor"] == "an economist at the regional bank"


BODIES = """The Ministry of Health said on Monday that clinics would reopen.

The Northern Courier reported that two clinics had already opened. It said the ministry had not replied.

Officials at the ministry declined to comment.
"""


def test_bodies_as_speakers():
    article = analysis.parse_article(BODIES)
    t = article.text
    table = table_of(
        [
            attribution(t, "that clinics would reopen", "The Ministry of Health"),
            attribution(t, "that two clinics had already opened", "The Northern Courier"),
            attribution(t, "the ministry had not replied", "It", near="It said"),
        ]
    )
    resolved = resolve_speakers(article, table).tolist()
    assert resolved == ["Ministry of Health", "Northern Courier", "Northern Courier"]
    who = speaker_table(article, table.assign(speaker=resolved)).set_index("speaker")
    assert who.loc["Ministry of Health", "kind"] == "body"
    assert who.loc["Northern Courier", "kind"] == "body"
    assert who.loc["Northern Courier", "attributions"] == 2


DESCRIPTORS = """The senator spoke first

Senator Alma Brightwater said the bill would pass. The senator added that the vote was close.

A local farmer said the bill came too late.

Gov. Pete Marlowe said he would sign it. The governor did not say when.
"""


def test_descriptors_link_by_title_or_stay_themselves():
    article = analysis.parse_article(DESCRIPTORS)
    t = article.text
    table = table_of(
        [
            attribution(t, "the bill would pass", "Senator Alma Brightwater"),
            attribution(t, "that the vote was close", "The senator", near="The senator added"),
            attribution(t, "the bill came too late", "A local farmer"),
            attribution(t, "did not say when", "The governor"),
        ]
    )
    resolved = resolve_speakers(article, table).tolist()
    # "The governor" finds "Gov.": abbreviated titles are spelt out before matching
    assert resolved == ["Alma Brightwater", "Alma Brightwater", "a local farmer", "Pete Marlowe"]
    who = speaker_table(article, table.assign(speaker=resolved)).set_index("speaker")
    assert who.loc["a local farmer", "kind"] == "person"
    assert _descriptor_kind("The annual report") == "other"  # a source, not a person
    assert _descriptor_kind("the city council") == "body"
    assert t[who.loc["a local farmer", "start"] : who.loc["a local farmer", "end"]] == (
        "A local farmer"
    )


def test_quoted_words_count_fragments_only():
    article = analysis.parse_article("“One two three,” she said, “four five.”\n")
    t = article.text
    first, second = t.index("One"), t.index("four")
    table = pd.DataFrame(
        {
            "start": [first],
            "end": [t.index("five") + 4],
            "fragments": [[(first, first + 13), (second, second + 9)]],
        }
    )
    assert quoted_words(article, table).tolist() == [5]


def test_a_continuation_carries_on_the_latest_quotation_not_a_paraphrase(seed):
    t = seed.text
    table = table_of(
        [
            attribution(
                t, "The American presence in Iraq is essential in", "Champagne", "essential in"
            ),
            attribution(t, "The House today", "CBC"),  # a paraphrase in between
            attribution(t, "So if they want us", None),
        ]
    )
    table["kind"] = ["direct", "indirect", "direct"]
    resolved = resolve_speakers(seed, table).tolist()
    assert resolved[2] == "François-Philippe Champagne"


def test_empty_and_missing_mentions_never_raise(seed):
    columns = ["start", "end", "speaker_mention", "speaker_start", "speaker_end"]
    empty = pd.DataFrame(columns=columns)
    assert resolve_speakers(seed, empty).empty
    orphan = table_of([attribution(seed.text, "So if they want us", None)])
    assert resolve_speakers(seed, orphan).tolist() == [None]


def test_lexicons_cite_a_source_for_every_entry():
    for name in ("titles", "honorifics", "role_nouns", "body_nouns", "place_nouns", "pronouns",
                 "name_particles", "not_names", "party_tags", "name_suffixes", "clause_openers",
                 "determiners", "name_connectors", "postmodifiers"):  # fmt: skip
        rows = lexicons.rows(name)
        assert rows, name
        assert all(r["source"].strip() for r in rows), name


# --------------------------------------------------------------------------- summaries and charts


def test_takeaways_state_computed_facts(seed, seed_table):
    table = seed_table.assign(speaker=resolve_speakers(seed, seed_table))
    who = speaker_table(seed, table)
    top = who.sort_values("words_quoted", ascending=False).iloc[0]
    assert share_of_voice_takeaway(who).startswith(f"{top['speaker']} has the most words")
    positions = attribution_positions(seed, table)
    assert positions["position"].between(0, 1).all()
    assert position_takeaway(positions).startswith("François-Philippe Champagne speaks first")
    direct = int((table["kind"] == "direct").sum())
    assert kind_takeaway(who).startswith(f"{direct} of {len(table)} attributions")
    assert "never quoted" in unquoted_takeaway(who)
    nobody = who.assign(attributions=0)
    assert share_of_voice_takeaway(nobody) == "No one is quoted in this article."


def test_enumerate_names():
    assert _enumerate(["A"]) == "A"
    assert _enumerate(["A", "B", "C"]) == "A, B and C"
    assert _enumerate(["A", "B", "C", "D", "E"]) == "A, B, C and 2 others"


def test_charts_draw_one_mark_per_row(seed, seed_table):
    import matplotlib.pyplot as plt

    from analysis.plots import attribution as charts

    table = seed_table.assign(speaker=resolve_speakers(seed, seed_table))
    who = speaker_table(seed, table)
    speaking = int((who["attributions"] > 0).sum())
    ax = charts.plot_share_of_voice(who)
    assert len(ax.patches) == speaking
    positions = attribution_positions(seed, table)
    ax = charts.plot_speaker_positions(positions)
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(positions)
    ax = charts.plot_kind_by_speaker(who)
    assert len(ax.patches) == 3 * speaking
    _, given = plt.subplots()
    assert charts.plot_mentioned_not_quoted(who, ax=given) is given
    plt.close("all")


NAMESAKES = """Lena Ostrova and Marek Ostrova arrived in the capital on Monday.

Mrs. Ostrova said the economy was her first concern. Mr. Ostrova said he would campaign for
her. Mrs. Ostrova added that the race was close.
"""


def test_honorifics_keep_namesakes_apart():
    article = analysis.parse_article(NAMESAKES)
    result = find_entities(article)
    names = result.entities["name"]
    written = [(article.text[m.start : m.end], names[m.entity]) for m in result.mentions]
    assert ("Mr. Ostrova", "Marek Ostrova") in written
    assert [n for t, n in written if t == "Mrs. Ostrova"] == ["Lena Ostrova"] * 2
    genders = result.entities.set_index("name")["gender"]
    assert (genders["Lena Ostrova"], genders["Marek Ostrova"]) == ("female", "male")


def test_an_article_without_quotations_draws_empty_charts():
    import matplotlib.pyplot as plt

    from analysis.plots import attribution as charts

    article = analysis.parse_article("A quiet day\n\nNothing happened in the town today.\n")
    table = pd.DataFrame(columns=["start", "end", "kind", "speaker", "speaker_mention"])
    who = speaker_table(article, table)
    positions = attribution_positions(article, table)
    assert who.empty and positions.empty
    assert unquoted_takeaway(who) == "The article names no person or body."
    assert position_takeaway(positions).startswith("No attribution was found")
    for draw, data in [
        (charts.plot_share_of_voice, who),
        (charts.plot_speaker_positions, positions),
        (charts.plot_kind_by_speaker, who),
        (charts.plot_mentioned_not_quoted, who),
    ]:
        assert draw(data) is not None
    plt.close("all")


WORDS = st.sampled_from(
    ["Mr.", "Ms.", "Ann", "Lee", "von", "Berg", "said", "she", "he", "they", "the", "senator",
     "Gov.", "NATO", "Ministry", "of", "Health", "a", "spokesman", "’s", ",", ".", "“", "”",
     "\"", "'", "\n\n", "who", "It", "Jr.", "F.", "and"]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=60), st.data())
def test_any_text_and_any_table_resolve_without_error(words, data):
    text = " ".join(words)
    if not text.strip():
        return
    article = analysis.parse_article(text)
    table = mentions(article)
    assert all(
        text[s:e] == t for s, e, t in table[["start", "end", "text"]].itertuples(index=False)
    )
    n = len(text)
    rows = []
    for _ in range(data.draw(st.integers(0, 4))):
        start = data.draw(st.integers(0, n - 1))
        end = data.draw(st.integers(start, n))
        s0 = data.draw(st.integers(0, n - 1))
        s1 = data.draw(st.integers(s0, n))
        mention = data.draw(st.one_of(st.none(), st.just(text[s0:s1])))
        rows.append((start, end, mention, s0 if mention is not None else pd.NA, s1))
    frame = pd.DataFrame(
        rows, columns=["start", "end", "speaker_mention", "speaker_start", "speaker_end"]
    )
    resolved = resolve_speakers(article, frame)
    assert resolved.index.equals(frame.index)
    assert list(speaker_table(article, frame.assign(speaker=resolved, kind="direct")).columns) == (
        SPEAKER_COLUMNS
    )


def test_an_unnamed_title_holder_is_named_by_the_title():
    article = analysis.parse_article(
        "The Prime Minister of Freedonia is said to have asked the envoy to leave. "
        "A spokesman said the talks had stalled."
    )
    table = analysis.quotes(article)
    assert table["speaker"].tolist() == ["Prime Minister of Freedonia", "a spokesman"]


# --------------------------------------------------------------------------- reviewed cases


def resolved(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The attribution table and the speaker table of a small article."""
    article = analysis.parse_article(text)
    return analysis.quotes(article), analysis.speaker_table(article)


def row_of(who: pd.DataFrame, name: str) -> pd.Series:
    rows = who[who["speaker"] == name]
    assert len(rows) == 1, who[["speaker", "role", "kind"]]
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The Health Secretary, Mr David Kemp, said the plan was fair.", "David Kemp", "Health Secretary"),
        ("The union objected. Its general secretary, Ms Helen Shaw, said the plan was unfair.", "Helen Shaw", "general secretary"),
    ],
)  # fmt: skip
def test_an_honorific_is_no_role_and_a_title_before_the_name_is(text, name, role):
    table, who = resolved(text)
    person = row_of(who, name)
    assert person["role"] == role
    assert person["attributions"] == 1
    assert not who["role"].str.fullmatch(r"(?i)mr|ms|dr").any()
    assert list(table["speaker"]) == [name]
    assert len(who[who["kind"] == "person"]) == 1  # the title is no second person


def test_a_british_honorific_without_full_stop_still_genders_but_is_no_role():
    _, who = resolved("Dr Sarah Wood said the wards were full. Mr Tom Bell said so too.")
    assert row_of(who, "Sarah Wood")["role"] == ""
    assert row_of(who, "Tom Bell")["gender"] == "male"


def test_an_ap_party_state_tag_is_an_affiliation_not_a_person():
    text = "Sen. Ruth Okafor, D-Ohio, the chief Democratic negotiator, said the bill would pass."
    table, who = resolved(text)
    person = row_of(who, "Ruth Okafor")
    assert person["affiliation"] == "Democrat, Ohio"
    assert "negotiator" in person["role"]
    assert list(who["speaker"]) == ["Ruth Okafor"]
    assert list(table["speaker"]) == ["Ruth Okafor"]
    _, who = resolved("Rep. Al Dunn (R-Texas) said the vote was close.")
    assert row_of(who, "Al Dunn")["affiliation"] == "Republican, Texas"


@pytest.mark.parametrize(
    "text",
    [
        "Cole's spokesman, Tim Jones, said the senator was unavailable.",
        "Mayor Ann Cole spoke on Monday. Her spokesman, Tim Jones, said the plan was ready.",
    ],
)
def test_a_name_in_apposition_after_a_descriptor_is_the_speaker(text):
    table, who = resolved(text)
    assert list(table["speaker"]) == ["Tim Jones"]
    person = row_of(who, "Tim Jones")
    assert person["role"] == "spokesman"
    assert person["attributions"] == 1


def test_a_role_noun_opening_a_sentence_is_a_role_and_an_age_is_skipped():
    text = (
        "Resident Gary Phelps, 71, said he had fished there for 50 years. "
        "'I don't want it gone,' he said."
    )
    table, who = resolved(text)
    person = row_of(who, "Gary Phelps")
    assert person["role"] == "resident"
    assert list(table["speaker"]) == ["Gary Phelps", "Gary Phelps"]
    found = analysis.mentions(analysis.parse_article(text))
    assert set(found["entity"]) == {"Gary Phelps"}
    assert (found["form"] == "pronoun").sum() == 2


def test_an_organisation_absorbs_no_bare_word_and_has_no_gender():
    text = (
        "The campaign group Save the Bend wants the river left alone. "
        "Resident Gary Phelps, 71, said he had fished there for 50 years. "
        "'I don't want it gone,' he said. A spokeswoman for Bend council declined to comment."
    )
    table, who = resolved(text)
    group = row_of(who, "Save the Bend")
    assert group["kind"] == "body" and group["gender"] is None
    assert "Bend" not in group["aliases"]
    assert list(table.loc[table["speaker_mention"] == "he", "speaker"]) == ["Gary Phelps"]
    assert (who.loc[who["kind"] == "person", "speaker"] == "Gary Phelps").all()


def test_a_place_is_not_merged_into_a_body_named_after_it():
    text = (
        "Dr Sarah Wood of NHS England said waiting lists were falling. "
        "Hospitals in England are busy, she said."
    )
    table, who = resolved(text)
    person = row_of(who, "Sarah Wood")
    assert person["affiliation"] == "NHS England"
    assert person["attributions"] == 2
    assert row_of(who, "NHS England")["kind"] == "body"
    assert set(table["speaker"]) == {"Sarah Wood"}


def test_a_possessive_inside_a_body_name_keeps_it_whole():
    table, who = resolved("The King's Fund think tank said the cuts would hurt patients.")
    assert list(who["speaker"]) == ["King's Fund"]
    assert row_of(who, "King's Fund")["kind"] == "body"
    assert list(table["speaker"]) == ["King's Fund"]


def test_a_relative_pronoun_skips_a_place_after_of():
    text = "Sen. Ted Marsh of Texas, who chairs the panel, said the bill was dead."
    rows = pd.DataFrame([attribution(text, "the bill was dead", "who")])
    assert list(resolve_speakers(analysis.parse_article(text), rows)) == ["Ted Marsh"]


def test_an_unresolved_pronoun_is_no_person_and_no_takeaway_names_it():
    text = (
        'John Hill and Pat Lee met on Monday. She said the deal was dead. "It is over," Hill said.'
    )
    article = analysis.parse_article(text)
    table = analysis.quotes(article)
    assert UNRESOLVED in set(table["speaker"])
    assert "She" not in set(table["speaker"])
    who = analysis.speaker_table(article)
    assert row_of(who, UNRESOLVED)["kind"] == "other"
    assert UNRESOLVED not in share_of_voice_takeaway(who)
    assert UNRESOLVED not in kind_takeaway(who)
    # the downstream tables still work with the label
    analysis.sentence_tone(article)
    analysis.speaker_stance(article)
    analysis.readability_by(article, "speaker")


def test_datelines_and_shouted_subheads_are_no_entities():
    from analysis.speakers import find_entities

    text = (
        "KESTREL BAY (AP) — The harbour board said the pier would close.\n\n"
        "PIERS CLOSE EARLY\n\n"
        "The piers close early in winter, Mara Quell said.\n\n"
        "OSTMARK, Vendia — Police said two boats sank.\n\n"
        "LORVIK: The ferry was late, officials said.\n\n"
        "VENDO XR. ORBIT CONCEPT\n\n"
        "Vendo said the car would be built in 2022."
    )
    names = set(find_entities(analysis.parse_article(text)).entities["name"])
    assert not names & {"KESTREL BAY", "PIERS CLOSE EARLY", "OSTMARK", "LORVIK", "VENDO XR"}
    assert "Mara Quell" in names
