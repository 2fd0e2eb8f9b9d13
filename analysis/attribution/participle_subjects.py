"""The subject of a participle cue that follows an object: ``sent a text to supporters saying``.

A participle clause right after a noun phrase usually postmodifies it ("a letter from
the mayor saying …"), but when that noun phrase is the object of a preposition of
direction or recipient ("to supporters", "on the radio"), the participle hangs on the
clause instead (Quirk et al. 1985, 15.58 on supplementive clauses): the one who sent,
wrote or spoke is the subject of the clause's verb, not the recipient.
"""

from __future__ import annotations

from analysis.attribution.cues import cue_lexicon
from analysis.attribution.phrase_words import can_head, is_adverb
from analysis.attribution.phrases import leading_subject, speaker_after, speaker_before, words
from analysis.attribution.state import Attribution, State
from analysis.attribution.vocabulary import (
    DETERMINERS,
    MODALS,
    OPENERS,
    PASSIVE_AUX,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    grammar,
    source_heads,
)

_RECIPIENT_PREPOSITIONS = frozenset(grammar("recipient_preposition"))


def verb_like(word: str) -> bool:
    """A lower-case cue form, "-ed" form or auxiliary: a word that can head a predicate."""
    return word.islower() and (
        word in cue_lexicon()
        or word.endswith("ed")
        or word in PASSIVE_AUX | MODALS | {"has", "have", "had"}
    )


def subject_past_recipient(
    state: State, s_lo: int, speaker: tuple[int, int]
) -> tuple[int, int] | None:
    """The clause subject a participle cue takes when the noun phrase before it
    (``speaker``) is the object of a recipient preposition ("His campaign sent a text to
    supporters saying …" gives "His campaign"); None when no such preposition governs it,
    so the noun phrase keeps its reading ("a letter from residents saying …")."""
    text = state.text
    before = words(text, max(s_lo, speaker[0] - 20), speaker[0])
    if not before or before[-1][2].lower() not in _RECIPIENT_PREPOSITIONS:
        return None
    preposition = before[-1][0]
    stretch_lo = max(s_lo, text.rfind(",", s_lo, preposition) + 1)
    # The clause's own subject ("…, her campaign sent out a text …"), else the
    # sentence's ("As the chief executive, Ana Ruiz, put it in her memo to …").
    subject = _subject_before_predicate(text, stretch_lo, preposition)
    if subject is None and stretch_lo > s_lo:
        subject = _subject_before_predicate(text, s_lo, preposition)
    if subject is None or subject[1] > preposition or not can_head(text, *subject):
        return None
    return subject


_ISSUING_VERBS = frozenset(grammar("issuing_verb"))


def participle_speaker(state: State, s_lo: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """The speaker of a participle cue with no comma before it, given the noun phrase
    right before it: the clause subject past a recipient ("sent a text to supporters
    saying") or past a document the subject issued ("she released a statement
    saying"), else that noun phrase."""
    return (
        subject_past_recipient(state, s_lo, speaker)
        or subject_past_document(state, s_lo, speaker)
        or speaker
    )


def subject_past_document(
    state: State, s_lo: int, speaker: tuple[int, int]
) -> tuple[int, int] | None:
    """``Mr. Lee issued a statement Tuesday saying, “…”``: a participle after a
    document (statement, email, letter) that the subject issued, sent or released
    reports the subject's words through it (Quirk et al. 1985, 15.58), so the subject
    speaks. None when the document names its own source ("a letter from residents")
    or no verb of issuing governs it."""
    text = state.text
    found = words(text, *speaker)
    heads = source_heads()
    if not found or heads.get(found[-1][2].lower()) != "document":
        return None
    if any(w.lower() in POSTMODIFIER_PREPOSITIONS for _, _, w in found):
        return None  # "a letter from residents", "a report by the agency"
    before = words(text, max(s_lo, speaker[0] - 40), speaker[0])
    while before and is_adverb(before[-1][2]):
        before.pop()
    if not before or before[-1][2].lower() not in _ISSUING_VERBS:
        return None
    subject = speaker_before(text, s_lo, before[-1][0])  # ("has issued": skippable)
    if subject is None and text[s_lo : before[-1][0]].rstrip().endswith(","):
        subject = leading_subject(text, s_lo, before[-1][0])  # "Lee, who …, issued"
    if subject is None or not (can_head(text, *subject) or _pronoun(text, subject)):
        return None
    return subject


def _subject_before_predicate(text: str, s_lo: int, hi: int) -> tuple[int, int] | None:
    """The sentence's opening subject cut before the first lower-case word that a noun
    phrase ending there leaves as a predicate ("His campaign | sent a text"): the
    verb need not be a known one."""
    subject = leading_subject(text, s_lo, hi)
    if subject is None:
        return None
    for w_start, _, word in words(text, subject[0], subject[1])[1:]:
        if not word.islower():
            continue
        head = speaker_before(text, subject[0], w_start)
        if head is not None and head[0] == subject[0] and can_head(text, *head):
            return head
    return subject


_CHUNK_MARKS = ",;—–"
_CLOSING = " \u00a0\"”’'"  # the marks closing a quotation before the clause
_SUBORDINATORS = frozenset(grammar("subordinator"))
_COORDINATORS = frozenset(grammar("coordinator"))
_CLAUSE_LINKS = frozenset(grammar("clause_link"))


def main_clause_subject(
    state: State, s_lo: int, earlier: Attribution | None, hi: int
) -> tuple[int, int] | None:
    """``When Ruiz pointed out that …, Kim seized on it, repeating …`` and ``Lee
    pivoted to talking about trade, but Kim brought him back, asking …``: a participle
    hangs on the clause right before its comma (Quirk et al. 1985, 15.58). When the
    earlier cue of the sentence (at ``earlier_cue``) sits in an opening subordinate
    clause, or that last clause opens with a coordinator, and the clause has a subject
    and verb of its own, that subject speaks, not the earlier speaker (with no earlier
    cue, not the sentence's first subject). None otherwise."""
    text = state.text
    comma = text[:hi].rstrip()
    if not comma.endswith(","):
        return None
    comma_at = len(comma) - 1
    earlier_cue = s_lo if earlier is None else earlier.cue_end or hi
    chunk_lo = _chunk_start(text, earlier_cue, comma_at)
    appositive = speaker_after(text, chunk_lo, comma_at)
    if appositive is not None and appositive[1] == comma_at and appositive[0] == chunk_lo:
        # "…, Emanuel fired his police chief, Garry F. McCarthy, acknowledging": an
        # appositive on the object stands between the clause and its participle.
        comma_at = text.rfind(",", earlier_cue, chunk_lo)
        if comma_at < 0:
            return None
        chunk_lo = _chunk_start(text, earlier_cue, comma_at)
    if (
        chunk_lo <= max(earlier_cue, s_lo)
        and earlier is not None
        or chunk_lo >= comma_at
        or state.has_quotation(chunk_lo, comma_at)
    ):
        return None
    chunk = words(text, chunk_lo, comma_at)
    if chunk and chunk[0][2].lower() in _COORDINATORS:
        if earlier is not None and chunk_lo < earlier.end:
            return None  # "X said A, and the firm lost money, citing": inside what X said
    elif earlier is None:
        return _second_conjunct_subject(text, chunk, comma_at)
    elif not _opens_subordinate_clause(text, s_lo, earlier_cue):
        return None
    return _clause_subject(text, chunk_lo, comma_at)


def _chunk_start(text: str, lo: int, comma_at: int) -> int:
    """Where the stretch before ``comma_at`` starts: after the last comma, semicolon
    or dash from ``lo`` and the quotation marks closing before it."""
    chunk_lo = max(max(text.rfind(mark, lo, comma_at) for mark in _CHUNK_MARKS) + 1, lo)
    return chunk_lo + len(text[chunk_lo:comma_at]) - len(text[chunk_lo:comma_at].lstrip(_CLOSING))


def _clause_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject text[lo:hi] opens with, when a predicate word follows it."""
    subject = leading_subject(text, lo, hi)
    if subject is None or not (can_head(text, *subject) or _pronoun(text, subject)):
        return None
    first = text[subject[0] : subject[1]].split()[0]
    if (
        first.islower()
        and first not in DETERMINERS
        and source_heads().get(first) not in {"person", "body"}
        and not _pronoun(text, subject)
    ):
        return None  # "but study Europa up close": a predicate with no subject of its own
    subject = _subject_before_predicate(text, lo, hi) or subject
    after = words(text, subject[1], min(hi, subject[1] + 40))
    if not after or not _predicate_word(after[0][2]):
        return None
    return subject


def _second_conjunct_subject(
    text: str, chunk: list[tuple[int, int, str]], hi: int
) -> tuple[int, int] | None:
    """``Prosecutors charged him and Ruiz fired her chief, acknowledging …``: the subject
    of the last of two coordinated clauses, each with a subject and predicate (never
    the second name of a coordinated subject: "Ruiz and Kim visited")."""
    for k in range(len(chunk) - 1, 0, -1):
        if chunk[k][2].lower() not in _COORDINATORS:
            continue
        first = _clause_subject(text, chunk[0][0], chunk[k][0])
        if first is None or not _verb_after(text, first[1], chunk[k][0]):
            continue  # "Ruiz and Kim visited", "Democratic lawyers and the agency have"
        return _clause_subject(text, chunk[k][1], hi)
    return None


def _opens_subordinate_clause(text: str, s_lo: int, cue_start: int) -> bool:
    """Does a subordinator ("When", "while") open the comma-free stretch of the
    sentence that holds the cue ("In a debate, while his rivals called for …")?"""
    stretch_lo = max(s_lo, text.rfind(",", s_lo, cue_start) + 1)
    found = words(text, stretch_lo, cue_start)
    return bool(found) and found[0][2].lower() in _SUBORDINATORS


def _verb_after(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] open with a verb form ("charged the officer") and hold no clause
    link ("was adamant that she and …": the second conjunct is inside the clause)?"""
    found = words(text, lo, hi)
    return (
        bool(found)
        and verb_like(found[0][2])
        and not any(w.lower() in _CLAUSE_LINKS for _, _, w in found)
    )


def _pronoun(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] : span[1]].lower() in PRONOUNS


def _predicate_word(word: str) -> bool:
    """A lower-case word that can open a predicate: no preposition, determiner or
    conjunction ("Trump hewed", "Clinton seized"; not "Ohio and", "Salem in")."""
    low = word.lower()
    return (
        word.islower()
        and word.isalpha()
        and low not in PREPOSITIONS
        and low not in DETERMINERS
        and low not in RELATIVE_PRONOUNS
        and low not in OPENERS
    )
