"""Pronouns of the narration resolved by salience (Lappin & Leass 1994)."""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.speakers.adjunct_mentions import NON_ADVERBIAL_WEIGHT, fronted_adjunct
from analysis.speakers.lexicon import Lexicons, lexicons
from analysis.speakers.namedata import classifier, is_given_name, well_attested

if TYPE_CHECKING:
    from analysis.speakers.entities import Entities

# emphasis 80 (not inside another noun phrase); a mention's weight is halved for every
# sentence boundary between it and the pronoun.
RECENCY_WEIGHT = 100.0
SUBJECT_WEIGHT = 80.0
HEAD_WEIGHT = 80.0
# Not in Lappin & Leass either: news keeps returning to its main actor, so each earlier
# mention anywhere in the article adds TOPIC_WEIGHT * log2(1 + mentions).
TOPIC_WEIGHT = 40.0
# A person whose gender the text never shows matches "he" or "she" about half the time.
UNKNOWN_GENDER_FACTOR = 0.5
# Where the text is silent, the first name's usual gender (nomquamgender, abstaining)
# only rules a person out: a name of the other gender is no antecedent (0); an agreeing
# name counts as unknown (0.5: on PolNeAR dev, 0.9 lost more surname-as-pronoun
# decisions than it won). It never becomes the person's reported gender.
NAME_AGREES_FACTOR = 0.5
NAME_DISAGREES_FACTOR = 0.0  # "John Hill" is no antecedent of "she" unless the text says so
# Not in Lappin & Leass: in news, a pronoun speaker most often continues the previous
# speaker (Pareti 2015 reports long same-source chains in PARC 3.0).
PREVIOUS_SPEAKER_WEIGHT = 100.0
MAX_PRONOUN_DISTANCE = 8  # sentences searched back for an antecedent


@dataclass(frozen=True)
class Pronoun:
    start: int
    end: int
    sentence: int
    paragraph: int
    lower: str
    gender: str
    case: str


def pronoun_tokens(article, lex: Lexicons) -> list[Pronoun]:
    """Third-person pronouns of the narration (outside quotation marks), with their case."""
    tokens = article.tokens
    columns = ["start", "end", "sentence", "paragraph", "lower", "in_quote", "kind"]
    found = []
    rows = zip(*(tokens[c].tolist() for c in columns), strict=True)
    for start, end, sentence, paragraph, lower, in_quote, kind in rows:
        if lower not in lex.pronouns or in_quote or kind != "word":
            continue
        gender, _, case = lex.pronouns[lower]
        if case in {"subject", "object", "possessive", "reflexive"}:
            found.append(Pronoun(start, end, sentence, paragraph, lower, gender, case))
    return found


def clause_initial(text: str, sentence_start: int, position: int) -> bool:
    """Nothing but clause openers ("But", "Meanwhile,") before ``position`` in its clause."""
    clause = re.split(r"[,;:–—]", text[sentence_start:position])[-1]
    words = re.findall(r"[^\W\d_][\w’'-]*", clause)
    return all(w.lower() in lexicons().clause_openers for w in words)


def _compatible(pronoun: str, kind: str | None, gender: str | None, lex: Lexicons) -> bool:
    """Agreement: he/she need a person of that gender or of unknown gender; it/they a body
    (a kind the text leaves open, ``"unknown"``, only he/she with no gender)."""
    wanted, number, _ = lex.pronouns[pronoun]
    if wanted in {"male", "female"}:
        return kind == "person" and gender in {wanted, None} or (kind, gender) == ("unknown", None)
    if wanted == "neuter" or number == "plural":
        return kind == "body"
    return True


def resolve_pronoun(
    result: Entities,
    pronoun: str,
    position: int,
    sentence: int,
    exclude: tuple[int, int] | None = None,
    previous_speaker: int | None = None,
    previous_end: int = -1,
    allowed=None,
) -> int | None:
    """The entity a narration pronoun refers to, by salience (Lappin & Leass 1994).

    salience(e) = sum over e's earlier mentions of (100 + 80 * subject + 80 * head) * 0.5 ** d,
    with d the sentences between mention and pronoun (at most 4), plus 60 when e spoke
    the previous attribution (ending at ``previous_end``) unless another agreeing person
    has been the subject of a sentence since, plus 40 * log2(1 + e's earlier mentions),
    for "he"/"she" when the text gives e no gender, times 0.5, or 0 (no candidate) when e's first name has the other gender. Mentions inside quotation marks and inside ``exclude`` (the
    quotation the pronoun introduces) are not antecedents; gender and number must agree;
    ``allowed`` (entity id -> bool) narrows the candidates further.
    """
    lex = lexicons()
    pronoun = pronoun.lower()
    if pronoun not in lex.pronouns:
        return None
    scores: dict[int, float] = defaultdict(float)
    (kind_of, name_gender_of), gender_of = person_like_kinds(result), result.gender_of
    mentions = result.mentions
    until = bisect.bisect_left(result.starts, position)  # mentions before the pronoun
    adjunct = fronted_adjunct(result.text, position) if pronoun == "it" else None
    for j in range(until - 1, -1, -1):
        m = mentions[j]
        if sentence - m.sentence > MAX_PRONOUN_DISTANCE:
            break
        if m.in_quote or (exclude and exclude[0] <= m.start < exclude[1]):
            continue
        if m.apposed is not None:
            continue  # "Her spokesman, Tim Reed": one noun phrase with its name (L&L)
        if not _compatible(pronoun, kind_of.get(m.entity), gender_of.get(m.entity), lex):
            continue
        if allowed is not None and not allowed(m.entity):
            continue  # a definite description's head must fit ("the bank")
        weight = RECENCY_WEIGHT + SUBJECT_WEIGHT * m.subject + HEAD_WEIGHT * m.head
        if adjunct and adjunct[0] <= m.start < adjunct[1] and not m.subject:
            # "In a statement on Vantor's bid, it said": adverbial and embedded (L&L)
            weight -= NON_ADVERBIAL_WEIGHT + HEAD_WEIGHT * m.head
        scores[m.entity] += weight * 0.5 ** (sentence - m.sentence)
    if previous_speaker in kind_of and _compatible(
        pronoun, kind_of[previous_speaker], gender_of.get(previous_speaker), lex
    ):
        # Centering: a new subject since the last attribution takes over the floor
        since = bisect.bisect_left(result.starts, previous_end)
        shifted = any(
            (m.subject or _introduced(result, m, sentence))
            and not m.in_quote
            and m.entity != previous_speaker
            and m.entity in scores
            for m in mentions[since:until]
        )
        if not shifted:
            scores[previous_speaker] += PREVIOUS_SPEAKER_WEIGHT
    if not scores:
        return None
    for e in scores:
        earlier = bisect.bisect_left(result.group_starts[e], position)
        scores[e] += TOPIC_WEIGHT * math.log2(1 + earlier)
    wanted = lex.pronouns[pronoun][0]
    if wanted in {"male", "female"}:
        for e in scores:
            if gender_of.get(e) is None:
                scores[e] *= _name_factor(name_gender_of.get(e), wanted)
        scores = {e: v for e, v in scores.items() if v > 0}
        if not scores:
            return None
    return max(scores, key=scores.get)


# how many sentences before the pronoun a person's first mention takes over the floor
INTRODUCTION_SENTENCES = 2


def _introduced(result: Entities, mention, sentence: int) -> bool:
    """Whether ``mention`` introduces its person (their first mention, by name) at most
    INTRODUCTION_SENTENCES before the pronoun's sentence: news names a new source just
    before quoting them ("I called Ana Lind. … “…,” she wrote."), so the new person, not
    the previous speaker, is the centre the next pronoun continues (Grosz et al. 1995,
    Centering: a shift to a newly introduced entity)."""
    return (
        mention.form == "name"
        and result.first_start.get(mention.entity) == mention.start
        and 0 < sentence - mention.sentence <= INTRODUCTION_SENTENCES
    )


def person_like_kinds(result: Entities) -> tuple[dict, dict]:
    """The entities' kinds, with "unknown" for a name the text leaves untyped that opens
    with a common given name of one gender in the name data ("I called Mara Lind": no
    title, role or subject makes her a person, yet a given name and a surname are a
    person's name far more often than a place's or a body's): a candidate for the "he"
    or "she" of that gender only (an ambiguous "Pat" is none).
    Returns (kinds, first-name genders), computed once per entity table."""
    cached = getattr(result, "_person_like", None)
    if cached is not None:
        return cached
    kinds, name_genders = dict(result.kind_of), dict(result.name_gender_of)
    for entity, group in result.groups.items():
        if isinstance(kinds.get(entity), str):
            continue
        named = [m.name_words for m in group if m.form == "name" and m.name_words]
        longest = max(named, key=len, default=())
        gender = _given_name_gender(longest[0]) if len(longest) > 1 else None
        if gender is not None and is_given_name(longest[0]):
            kinds[entity], name_genders[entity] = "unknown", gender
    result._person_like = (kinds, name_genders)
    return result._person_like


def _given_name_gender(word: str) -> str | None:
    """A given name's gender where the name data are confident and well attested, as
    :func:`analysis.speakers.gender.genders_from_names` reads it (that module reads this
    one, so the two lines are repeated here)."""
    label = classifier().classify([word])[0]
    if label in {"gf", "gm"} and well_attested(word):
        return "female" if label == "gf" else "male"
    return None


def _name_factor(name_gender: str | None, wanted: str) -> float:
    """The salience factor of a person whose gender the text does not show, for a
    pronoun of gender ``wanted``: from the first name's data where they speak."""
    if name_gender not in {"male", "female"}:
        return UNKNOWN_GENDER_FACTOR
    return NAME_AGREES_FACTOR if name_gender == wanted else NAME_DISAGREES_FACTOR
