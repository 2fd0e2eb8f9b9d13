"""Where the content of an indirect attribution starts and ends.

The content of ``X said (that) clause`` runs to the end of the clause: the sentence end,
or the next attribution with its own subject ("…, while Y said …"); that of ``clause,
X said`` starts after the last attribution before it in the sentence (PARC 3.0 content
spans, Pareti 2015).
"""

from __future__ import annotations

import re

from analysis.attribution.content_edges import (
    before_first_person_aside,
    before_second_past_predicate,
    before_unmatched_bracket,
    past_dashed_aside,
    past_source_participle,
)
from analysis.attribution.cues import QUOTE_CHARS, Cue
from analysis.attribution.new_clauses import (
    as_clause,
    before_negated_clause,
    clause_after_time,
    do_negation,
)
from analysis.attribution.participle_limits import (
    before_coordinated_participle,
    before_quoted_comma,
)
from analysis.attribution.phrase_words import is_adverb, share_subject
from analysis.attribution.phrases import (
    leading_subject,
    speaker_before,
    strip_span,
    word_count,
    words,
)
from analysis.attribution.state import State
from analysis.attribution.subjects import (
    coordinated_predicate_subject,
    phrase_complement,
    verb_like,
)
from analysis.attribution.summary_apposition import apposition_before
from analysis.attribution.vocabulary import (
    ADDRESSEE_VERBS,
    ADJUNCT_OPENERS,
    OCCASION_PARTICIPLE_LEMMAS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_MATTER_PREPOSITIONS,
    grammar,
)
from analysis.attribution.withheld import before_narration

# What joins a second attribution to the first: "…, and Y said", "…, while Y said".
_NEW_CLAUSE = re.compile(
    r"(?:[,;—–]\s*(?:and|but|while|whereas|although|though)?|\s(?:while|whereas|but|although))\s*$"
)
# "… but did note", "… but has since said", "… but hasn't decided": an auxiliary (negated
# too) may open the second predicate, and up to two adverbs ("and even questioned", "and
# then once again denied").
_COORDINATED_VERB = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:did|does|has|have|had)(?:n[’']t)?\s+)?"
    r"(?:(?:\w+ly|also|since|then|later|even|again|once\s+again|still)\s+){0,2}$"
)
# The coordination before a verb is a few words long: searching only this far back keeps
# the search linear ("\s+and" rescans a long run of spaces from every space).
_COORDINATION_CHARS = 80
_COMMA_AT_END = re.compile(r",\s*$")
# ", which critics said", ", whom she described as": a non-restrictive relative clause
# whose subject gap is the object of a cue with its own source (Quirk et al. 1985, 17.22).
_COMPARED = re.compile(r",\s*compared (?:with|to)\s+[^,;]{0,40}$")
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|whom)\s+$")
_CLAUSE_COMMA = re.compile(r",(?=[\s”’\"'])[\s”’\"']*(?P<next>\w+)?")


def _comma_before(text: str, lo: int, hi: int) -> int | None:
    """Where the comma ending text[lo:hi] (spaces after it allowed) is, if any."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end - 1 if end > lo and text[end - 1] == "," else None


def content_after(state: State, lo: int, s_hi: int) -> tuple[int, int]:
    """Content from ``lo`` to the end of the clause: the sentence end or the next
    attribution with its own subject ("…, while Y said …")."""
    text = state.text
    lo = past_source_participle(text, lo, s_hi)
    after_dash = past_dashed_aside(text, lo, s_hi)
    if after_dash is None:
        return lo, lo  # "the quality Google promised – it's revealed …": no content after
    lo = after_dash
    hi = s_hi
    for c in state.cues_between(lo, s_hi):
        cue = state.cues[c]
        if state.quotation_at(cue.start) is not None:
            continue
        if cue.kind == "source_phrase" or (cue.kind == "verb" and cue.participle):
            # "…, according to X" closes the clause and names its own source; "…, noting
            # that …" starts an attribution of its own.
            comma = _comma_before(text, lo, cue.start)
            if comma is not None:
                hi = comma
                break
            if cue.kind == "verb":  # "calling A and accusing B", "called A “bad,” adding B"
                end = before_coordinated_participle(text, lo, cue.start)
                end = before_quoted_comma(text, lo, cue.start) if end is None else end
                if end is not None:
                    hi = end
                    break
            continue
        if cue.kind != "verb":
            continue
        comma = _comma_before(text, lo, cue.start)
        s_lo = state.layout.sent_bounds[state.layout.sentence_at(lo)][0]
        if (
            comma is not None
            and phrase_complement(text, lo, comma)
            and coordinated_predicate_subject(state, s_lo, cue.start)
        ):
            hi = comma  # "X asked about Y, called Z …": the next predicate is its own
            break
        subject = speaker_before(text, lo, cue.start)
        if subject is not None and do_negation(text, subject):
            # "…, but it didn't say …": a negated "do" after the subject of a new clause
            hi = before_negated_clause(text, lo, subject[0], hi)
            if hi < s_hi:
                break
            continue
        if subject is None:
            # "X said A and noted B": the second verb shares the subject.
            joint = _COORDINATED_VERB.search(
                text, max(lo, cue.start - _COORDINATION_CHARS), cue.start
            )
            if joint and word_count(text, joint.start(), cue.start) <= 3:
                hi = joint.start()
                break
            if (
                comma is not None
                and _main_verb_after_comma(text, cue)
                and word_count(text, lo, comma) >= 2
            ):
                hi = comma  # "X, a nurse who described herself as Y, said she …"
                break
            continue
        link = _NEW_CLAUSE.search(text, max(lo, subject[0] - _COORDINATION_CHARS), subject[0])
        if link is None:
            link = _joined_named_subject(text, lo, subject)
        if link is None:
            link = as_clause(text, lo, subject, cue) or clause_after_time(text, lo, subject, cue)
        if link is None:  # "…, against three in 10 who said …": a second share's report
            link = _COMPARED.search(text, max(lo, subject[0] - _COORDINATION_CHARS), subject[0])
        if link is None:  # "…, a charge the clerk denied": a summing-up apposition's report
            link = apposition_before(text, lo, subject[0])
        if link is None and _gap_predicate_after(text, cue.end):
            # "X criticized A, which critics said was unfair": the relative's own report
            link = _RELATIVE_BEFORE.search(text, max(lo, subject[0] - 12), subject[0])
        if link and word_count(text, lo, link.start()) >= 2:
            if text[max(0, lo - 8) : lo].rstrip().endswith(",") and adjunct_only(
                text, lo, link.start()
            ):
                continue  # "…, as of 2011, the city had hired …": a fronted adjunct
            hi = link.start()
            break
    hi = before_second_past_predicate(state, lo, before_unmatched_bracket(text, lo, hi))
    hi = before_first_person_aside(state, lo, hi)
    hi = before_narration(text, lo, hi)  # "…, but she gave no details", "…, but seemed …"
    return strip_span(text, lo, hi)


_SUBJECT_OPENERS = frozenset(PRONOUNS) | {"that"}
_AND_BEFORE = re.compile(r"\s+and\s+$")


def _main_verb_after_comma(text: str, cue) -> bool:
    """``…, said he recoiled``: a verb cue right after a comma, then a subject pronoun
    or "that", is a verb of the sentence's own (after an appositive or relative clause,
    or inverted), so it is no part of an earlier cue's content."""
    after = words(text, cue.end, cue.end + 20)
    return bool(after) and after[0][2].lower() in _SUBJECT_OPENERS


def _gap_predicate_after(text: str, at: int) -> bool:
    """Does the cue go on with its own complement ("which critics said was unfair",
    "whom he called a fraud"), not with an adverb or a bracket ("whom he attacked
    viciously …", "which she thought (wrongly) …") that leaves the relative unreported?"""
    found = [w for w in words(text, at, min(len(text), at + 30)) if w[2] not in QUOTE_CHARS][:1]
    if not found or text[at : found[0][0]].strip().strip(QUOTE_CHARS):
        return False
    word = found[0][2]
    return word[:1].isalnum() and not is_adverb(word)


def _joined_named_subject(text: str, lo: int, subject: tuple[int, int]) -> re.Match | None:
    """``… on the questions and Gates said …``: "and" before a new subject that is a
    pronoun or a capitalised name starts a clause of its own (a lower-case head, as in
    "both engineers and sources in the tower told", is read as coordinated subjects)."""
    mention = text[subject[0] : subject[1]]
    if not (mention.lower() in PRONOUNS or mention[:1].isupper() or share_subject(text, *subject)):
        return None  # ("… and 22 percent say …": a share of people opens a clause too)
    return _AND_BEFORE.search(text, max(lo, subject[0] - 10), subject[0])


def content_before(state: State, s_lo: int, hi: int) -> tuple[int, int]:
    """Content from the end of the last attribution in the sentence up to ``hi``."""
    last = state.last_end_within(s_lo, hi)
    lo = s_lo if last is None else max(s_lo, last)
    dateline = _DATELINE.match(state.text, lo, hi)
    if dateline is not None:
        lo = dateline.end()  # "(Reuters) — The firm is …": the wire's dateline is no content
    return strip_span(state.text, lo, hi)


# A wire dateline opening a story's first sentence: "OSLO (Reuters) —", "(AP) —", or a
# one-word agency tag with no dash before a capitalised word ("(Wire) The mayor …"), or
# a city and a two-letter state code before a dash ("Springfield, ST –").
_DATELINE = re.compile(
    r"\s*(?:(?:[A-Z][A-Z.,’' -]*\s)?\([A-Z][\w.&’' -]{0,30}\)\s*[—–-]+\s*"
    r"|\([A-Z][A-Za-z]{1,12}\)\s*(?=[A-Z])"
    r"|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3},\s[A-Z]{2}\s+[—–-]+\s*)"  # "New York, NY –"
)


def inside_relative_clause(
    state: State, s_lo: int, speaker: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int]:
    """``Cole, who said she would run, declined to comment``: content ends where the
    relative clause does.

    A non-restrictive relative clause on the sentence's subject closes with a comma
    before the main verb: the first comma followed by a verb-like word (a cue, an
    "-ed" form, an auxiliary), else the last comma of the content.
    """
    text = state.text
    lo, hi = content
    if text[speaker[0] : speaker[1]].lower() not in {"who", "which"}:
        return content
    lead = text[s_lo : speaker[0]].rstrip()
    if not lead.endswith(","):
        return content
    # "…; Gov. Ana Ruiz, who opposes the plan, vetoed it": a semicolon joins two main
    # clauses (Quirk et al. 1985, 13.7), so the subject is read from after it.
    clause_lo = max(s_lo, text.rfind(";", s_lo, speaker[0]) + 1)
    clause_lo = strip_span(text, clause_lo, speaker[0])[0]
    subject = leading_subject(text, clause_lo, s_lo + len(lead) - 1)
    if subject is None or subject[1] != s_lo + len(lead) - 1:
        return content
    if any(verb_like(w) for _, _, w in words(text, *subject)):
        return content  # "The mayor praised Cole, who …": Cole is an object
    # A comma closes the clause when a space or a closing mark follows it ("$345,430"
    # does not); one inside a quotation keeps the quotation whole.
    commas = list(_CLAUSE_COMMA.finditer(text, lo, hi))
    if not commas:
        return content
    closing = commas[-1]
    for comma in commas:
        if verb_like(comma.group("next") or ""):
            closing = comma
            break
    quotation = state.quotation_at(closing.start())
    end = quotation.end if quotation is not None else closing.start()
    return strip_span(text, lo, end)


# Words that show a clause inside a stretch: finite verbs, clause links, subject pronouns.
_CLAUSE_EVIDENCE = frozenset(grammar("finite_auxiliary")) | frozenset(grammar("clause_link"))
# A prepositional adjunct after a cue is a few words long ("on an episode of her radio show").
MAX_ADJUNCT_WORDS = 12
_NUMERAL_MODIFIERS = frozenset(grammar("numeral_modifier"))


def adjunct_only(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] only an adjunct of the cue: a prepositional phrase of medium, place,
    time or addressee ("on “GBTK.”", "to the outlet", "as Ellis Marrow"), short and
    with no clause in it? Such words after ``X said`` are no content (Quirk et al. 1985,
    8.1-8.3 on adjuncts)."""
    found = [w.lower() for _, _, w in words(text, lo, hi) if w[:1].isalnum()]
    if not found or len(found) > MAX_ADJUNCT_WORDS:
        return False
    if found[0] not in PREPOSITIONS | ADJUNCT_OPENERS or " ".join(found[:2]) in _NUMERAL_MODIFIERS:
        return False  # ("at least six planes filled …": a noun phrase opens a clause)
    return not any(w in _CLAUSE_EVIDENCE or w in PRONOUNS for w in found[1:])


def occasion_only(text: str, cue: Cue, lo: int, hi: int) -> bool:
    """``X, speaking to reporters on Monday, said …``, ``Y, writing on a blog, argued …``:
    a participle of speaking or writing followed only by an adjunct of place, time,
    medium or addressee names the occasion of a saying, not what was said (Quirk et al.
    1985, 8.1-8.3). A phrase of subject matter ("talking about the plan") is content."""
    if cue.lemma not in OCCASION_PARTICIPLE_LEMMAS or not adjunct_only(text, lo, hi):
        return False
    first = words(text, lo, hi)[:1]
    return not first or first[0][2].lower() not in SUBJECT_MATTER_PREPOSITIONS


def object_infinitive(text: str, lo: int, after_addressee: int, lemma: str) -> bool:
    """``urged Americans to avoid …``, ``asked workers to sign up``: after the addressee of
    a verb of telling or asking, "to" opens an infinitive clause, what was urged (Quirk et
    al. 1985, 16.55: object + to-infinitive), never an adjunct "to the outlet"."""
    return (
        lemma in ADDRESSEE_VERBS
        and after_addressee > lo
        and text[after_addressee : after_addressee + 3] == "to "
    )
