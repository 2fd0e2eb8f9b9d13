"""Antecedents the salience resolver (:mod:`~analysis.speakers.pronouns`) does not give:
the noun phrase a relative "who"/"which"/"that" follows, the unnamed source a pronoun
refers to ("one mother, who …, she said"), and the group of people a "they" continues
("The authors wrote … they wrote").

Rules: a relative's antecedent is the noun phrase just before it (Quirk et al. 1985,
17.9) or the name an appositive describes (17.65); "they" for a body is a choice of
notional number, for people it is the rule (6.18); an indefinite introduces a
discourse referent (Vieira & Poesio 2000).
"""

from __future__ import annotations

import bisect
import re

from analysis import lexicons as lexicon_files
from analysis.core.schema import UNRESOLVED
from analysis.speakers.detect import Mention
from analysis.speakers.entities import Entities
from analysis.speakers.lexicon import lexicons, names_a_source, source_noun_kind
from analysis.speakers.span_heads import (
    earlier_in_sentence,
    normalise_descriptor,
    plural_people,
    sentence_of,
)


def unless_people_between(result: Entities, entity: int, position: int) -> int | None:
    """The body a "they" was resolved to, unless people written with a plural noun come
    after its last mention ("the University of X … Okafor and her colleagues … They"):
    then the pronoun is rather theirs, and nobody known is named (Quirk et al. 1985, 6.18:
    "they" for a body is a choice of notional number; for people it is the rule)."""
    starts = result.group_starts.get(entity, [])
    last = bisect.bisect_left(starts, position) - 1
    if last < 0:
        return entity
    words = re.findall(r"[^\W\d_][\w’'-]*", result.text[starts[last] : position])
    if any(w[:1].islower() and plural_people(w, None) for w in words[1:]):
        return None
    return entity


def singular_they(
    result: Entities, previous: int | None, previous_end: int, position: int, kind
) -> int | None:
    """The person a "they" tagging a quotation stands for when the writer uses the
    singular "they" (Quirk et al. 1985, 6.18 note; the AP Stylebook allows it for a
    person of unknown gender): the person who spoke in the attribution just before, in
    the same paragraph, with no plural noun for people and no body noun written between
    ("Kim Lo, a spokesperson, confirmed that … “…,” they said in an email."). None for
    an indirect report, across a paragraph, or after anyone else who could be "they"."""
    if kind not in {"direct", "mixed"} or previous is None or previous_end < 0:
        return None
    if result.kind_of.get(previous) != "person" or "\n" in result.text[previous_end:position]:
        return None
    if _plural_nouns(result.text, previous_end, position):
        return None
    return None if _body_nouns(result.text, previous_end, position) else previous


def recent_group(text: str, group, position: int, sentence_starts, rows: int) -> str | None:
    """The group of people a "they" continues: the latest group that spoke (``group``:
    label, where its mention ends, row number; ``rows``: the rows so far) in this or the
    two sentences before or in one of the last three attributions, when no other plural
    noun for people or body noun is written since ("The authors wrote … they wrote";
    "Owen and Greta disputed … Greta added … They also disputed")."""
    if group is None:
        return None
    sentence = sentence_of(sentence_starts, position)
    recent = group[1] >= sentence_starts[max(0, sentence - 2)] or rows - group[2] <= 3
    own = {w.lower() for w in group[0].split()}  # "industry analysts … Analysts expect"
    since = {n.split()[-1].lower() for n in _plural_nouns(text, group[1], position)}
    others = (since | _body_nouns(text, group[1], position)) - own
    return group[0] if recent and not others else None


def resolve_relative(
    result: Entities, start: int, sentence_starts: list[int], previous: int | None
) -> tuple[int | None, str | None]:
    """(entity, label) of a relative "who"/"which"/"that": the noun phrase just before it.

    That is the mention ending last in the sentence, not one nested in its role
    ("Rovers captain Tom Vale, who": Tom Vale) nor an "of" phrase ("Ted Marsh of
    Texas, who"), or the name an appositive describes ("the Alliance, a group that");
    but a common noun written after the last mention is the antecedent (Quirk et al.
    1985, 17.9): "one mother, who" and "among retailers that" are their own label,
    "areas that" (no source noun) nobody known.
    """
    text = result.text
    sentence = sentence_of(sentence_starts, start)
    before = earlier_in_sentence(result, start, sentence)
    before.sort(key=lambda m: (m.end, -m.start))
    after_of = len(before) > 1 and re.search(r"\bof\s+$", text[: before[-1].start])
    if after_of and result.kind_of.get(before[-1].entity) != "person":
        before.pop()
    apposed = _apposed_name(result, before, start)
    if apposed is not None:
        return apposed, None  # "Rhea Conti, a campaign volunteer-turned-office manager who"
    gap = text[before[-1].end if before else sentence_starts[sentence] : start]
    if before and (among := among_members(result, before, gap)) is not None:
        return among  # "Acme, Globex and Initech are among firms that said": the three
    phrase, noun = _noun_phrase_before(gap)
    if noun and before and re.match(r"[’']s?\s", gap):
        phrase = text[before[-1].start : before[-1].end] + gap.rstrip(" ,—–")  # "Ada's nephews"
    if noun and before and _predicative(gap):
        noun = ""  # "Okon is a … gossip who": the noun says what the name before is
    if noun:
        person = source_noun_kind(noun) == "person"
        relative = text[start : start + 5].lower()
        if relative.startswith("who") and not person and _affiliated_person(result, before, gap):
            return before[-1].entity, None  # "Ana Ruiz of the clinic, who": Ruiz
        if (relative.startswith("who") and not person) or (relative.startswith("which") and person):
            return None, UNRESOLVED  # "his weekly program who said": no agreeing noun
        return None, normalise_descriptor(phrase) if names_a_source(phrase) else UNRESOLVED
    entity = before[-1].entity if before else previous
    return entity, (UNRESOLVED if entity is None else None)


# "… are among (the) firms that", "is also among the few carriers who": the subject is
# one of the set the relative clause describes (after a designator's stop: "Acme Corp. is")
_AMONG = re.compile(
    r"\.?\s*,?\s+(?:are|were|is|was)\s+(?:also\s+|now\s+|still\s+)?among\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*,?\s*$"
)


# a link between members of a list of names, a role before the next name allowed
# (", and the toy maker Acme"; Quirk et al. 1985, 17.65)
_LIST_LINK = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:[a-z][\w-]*\s+){1,3})?")


def among_members(
    result: Entities, before: list[Mention], gap: str
) -> tuple[int | None, str | None] | None:
    """(entity, label) of a relative after "X are among firms that said": the named
    subject of "be among", one of the set the relative clause describes, so it is the
    speaker, not the bare plural noun (Quirk et al. 1985, 9.7: "among" places its
    subject in a set); a list of names ("Acme, Globex and Initech") is their joint
    label. None when the gap is no such construction or the subject is no name."""
    found = _AMONG.match(gap)
    if found is None or source_noun_kind(gap.split()[-1].strip(" ,")) not in {"person", "body"}:
        return None
    text = result.text

    def named(m: Mention) -> bool:  # a name of a person or body, or of a kind left open
        kind = result.kind_of.get(m.entity)
        if m.form == "body":  # a body's own name ("Acme Corp", "Dock Workers Union")
            return text[m.start : m.start + 1].isupper()
        return m.form == "name" and (kind in {"person", "body"} or not isinstance(kind, str))

    last = before[-1]
    if not named(last):
        return None
    members = [last]
    for m in reversed(before[:-1]):
        if not named(m) or not _LIST_LINK.fullmatch(text[m.end : members[0].start]):
            break
        members.insert(0, m)
    entities = list(dict.fromkeys(m.entity for m in members))
    if len(entities) == 1:
        return entities[0], None
    if not re.search(r"\band\s", text[members[-2].end : last.start]):
        return None  # "Ruiz, Acme said": no coordination
    return None, " and ".join(str(result.entities.at[e, "name"]) for e in entities)


def _affiliated_person(result: Entities, before: list[Mention], gap: str) -> bool:
    """Whether a person's name is postmodified by its affiliation before a "who", set
    off by a comma ("Ana Ruiz of the clinic, who", "Tom Hale at the plant, who"): "who"
    wants a person, so it skips the place or body to the person (Quirk et al. 1985, 17.9
    and 17.37: the postmodifier belongs to the name's phrase)."""
    if not before or result.kind_of.get(before[-1].entity) != "person":
        return False
    return re.fullmatch(r"\s+(?:of|at|from|with|for|in)\s+[^,;.]*,\s*", gap) is not None


def _apposed_name(result: Entities, before: list[Mention], position: int) -> int | None:
    """The person or body whose appositive ends right before a relative: "Brandt,
    now the House minority whip, who" or "Rhea Conti, a Dunmore campaign volunteer
    who" (Quirk et al. 1985, 17.65: the relative then describes the name)."""
    text = result.text
    for m in reversed(before):
        kind = result.kind_of.get(m.entity)
        if m.form == "title" or (isinstance(kind, str) and kind not in {"person", "body"}):
            continue  # a name of unknown kind (NaN): the appositive's noun shows a person
        gap = text[m.end : position]
        if re.fullmatch(r"\s*,\s*(?:[a-z]+\s+)?(?:an?|the)\s+[^,;.]*?,?\s*", gap):
            words = re.findall(r"[^\W\d_][\w’'-]*", gap)
            kinds = {source_noun_kind(w) for w in words if w[:1].islower()}
            if kinds & {"person", "body"}:
                return m.entity
    return None


def _predicative(gap: str) -> bool:
    """Whether the text after a name has a copula whose complement runs to the
    relative ("Okon is a habitual fibber … and gossip who"), with no verb between ("Okon
    was curt when pressed about not paying a builder who": the builder)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", gap)
    copulas = [i for i, w in enumerate(words) if w.lower() in {"is", "was", "are", "were"}]
    if not copulas:
        return False
    lex = lexicons()
    complement = words[copulas[-1] + 1 :]
    first = complement[0].lower() if complement else ""
    if first in lex.postmodifiers or (first in lex.not_names and first not in lex.determiners):
        return False  # "Lomax are among firms that": a group the name is in
    return not any(
        w.endswith(("ed", "ing")) or w in lex.reporting_forms or w == "to" for w in complement
    )


def _noun_phrase_before(gap: str) -> tuple[str, str]:
    """(phrase, noun) closing ``gap`` before a relative: a lower-case noun, up to two
    modifiers that are no function words, and a determiner before them ("one mother",
    "firms" of "are among firms", "Both seasoned songwriters"); ("", "")
    when the gap ends in no such noun (", " after a name)."""
    lex = lexicons()
    words = re.findall(r"[^\W\d_][\w’'-]*", gap)
    if not re.search(r"[^\W\d_][\w’'-]*[\s,—–]*$", gap) or not words:
        return "", ""
    noun = words[-1]
    if not noun[:1].islower() or noun in lex.not_names or noun in lex.reporting_forms:
        return "", ""
    # modifiers only after a determiner ("a young woman"): without one, a word before the
    # noun may be a verb ("to bolster militaries that"), so the noun stands alone
    modifiers: list[str] = []
    for w in reversed(words[:-1]):
        if w.lower() in lex.determiners or w.lower() in lex.number_words:
            return " ".join([w, *modifiers, noun]), noun
        if not w[:1].islower() or w in lex.not_names or w in lex.reporting_forms:
            break
        if len(modifiers) == 2:
            break
        modifiers.insert(0, w)
    return noun, noun


def unnamed_antecedent(text: str, pronoun: str, position: int, sentence_starts: list[int]) -> str:
    """The label of an unnamed source a pronoun no named entity fits refers to, else
    ``UNRESOLVED``: for "he"/"she", a person introduced by an indefinite role noun of
    that gender in this or the two sentences before ("The newsletter reached one mother, who …,
    she said"); for "they", the one plural noun for people written there ("let
    biologists track … They discovered"; two, "Police met protesters", leave it
    open). Quoted text is skipped (Vieira & Poesio 2000: an indefinite introduces a
    discourse referent)."""
    lex = lexicons()
    gender, number, _ = lex.pronouns[pronoun]
    sentence = sentence_of(sentence_starts, position)
    window_start = sentence_starts[max(0, sentence - 2)]
    if gender in {"male", "female"}:
        found = [
            m.group(0)
            for m in _INDEFINITE.finditer(_unquoted(text[window_start:position]))
            if lex.role_nouns.get(m.group(1), "") == gender  # "one mother": a gendered noun
        ]
        return normalise_descriptor(found[-1]) if found else UNRESOLVED
    if number != "plural":
        return UNRESOLVED
    nouns = _plural_nouns(text, window_start, position)
    if len({n.split()[-1].lower() for n in nouns}) != 1 or _body_nouns(
        text, window_start, position
    ):
        return UNRESOLVED  # "Police met protesters …": two groups, "they" is either
    return normalise_descriptor(max(nouns, key=len))


def _unquoted(passage: str) -> str:
    """The passage with its quoted stretches blanked (the same length)."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", lambda m: " " * len(m.group()), passage)


def _plural_nouns(text: str, start: int, end: int) -> set[str]:
    """Plural nouns for people written outside quotation marks in ``start``..``end``
    ("researchers", "Police" opening a sentence, "Okafor and her colleagues"); "others"
    and "many", pronouns and quantifiers, set up no group."""
    lex = lexicons()
    return {
        m.group(0)
        for m in _PLURAL_NOUN.finditer(_unquoted(text[start:end]))
        if m.group(1).lower() not in lex.not_names
        and m.group(1)[1:].islower()
        and plural_people(m.group(1).lower(), None)
    }


def _body_nouns(text: str, start: int, end: int) -> set[str]:
    """Lower-case body nouns outside quotation marks in ``start``..``end`` ("police",
    "the company"): a body "they" may refer to as well."""
    found = _WORD_AND_NEXT.findall(_unquoted(text[start:end]))
    return {
        w.lower()
        for w, after in found
        if source_noun_kind(w.lower()) == "body" and not _premodifier(after)
    }


# a word and the lower-case word right after it, if any
_WORD_AND_NEXT = re.compile(r"\b([A-Za-z][a-z-]+)\b(?=(?:\s+([a-z][a-z-]*)\b)?)")


def _premodifier(after: str) -> bool:
    """Does the lower-case word ``after`` make the noun before it a premodifier ("daily
    spending", "union dues"; Quirk et al. 1985, 17.104), no body mention? Not when it is
    a function word or a verb form ("the union has", "the agency said")."""
    if not after or after in _FUNCTION_WORDS or after in lexicon_files.reporting_forms():
        return False
    return not after.endswith(("ed", "s"))


_FUNCTION_WORDS = lexicon_files.entries("function_words")
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\b")


# a plural noun, with a name and "and his/her/their" before it when written so
# ("Okafor and her colleagues": the group, not the colleagues alone)
_PLURAL_NOUN = re.compile(
    r"(?:\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+and\s+(?:his|her|their)\s+)?\b([A-Za-z][a-z-]+)\b"
)
