"""Content shapes: what the words of an attribution's content are, read word by word.

The screening pass (:mod:`analysis.attribution.screen`) asks these questions of a row's
content and cue: does the content open with a particle, a preposition of another sense, an
adjunct, a second predicate, a scare quote; is the cue a noun or a bare participle here?
Each test follows one grammar section (Quirk et al. 1985, cited per function); the word
classes come from ``attribution_grammar.tsv`` and ``attribution_prepositions.tsv``.

The word classes live in :mod:`analysis.attribution.shape_words` and the clause tests
(:func:`holds_clause`, :func:`object_end`, :func:`infinitive_after`) in
:mod:`analysis.attribution.clause_shapes`; both are re-exported here for callers.
"""

from __future__ import annotations

import bisect
import re

from analysis.attribution.clause_shapes import holds_clause, infinitive_after, object_end
from analysis.attribution.content import adjunct_only
from analysis.attribution.cues import cue_lexicon
from analysis.attribution.phrases import word_count
from analysis.attribution.shape_words import (
    CLAUSE_VERBS,
    CLAUSE_WORDS,
    COORDINATORS,
    FINITE,
    NOMINATIVE,
    REFLEXIVES,
    RELATIVE_PRONOUNS,
    WORD,
    all_pronouns,
    all_subject_pronouns,
    approximated_quantity,
    calendar_words,
    relative_forms,
    speech_prepositions,
    time_words,
)
from analysis.attribution.state import MIN_QUOTATION_WORDS, Attribution, State
from analysis.attribution.vocabulary import (
    ADJUNCT_OPENERS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    grammar,
    source_heads,
)

__all__ = [
    "CLAUSE_VERBS",
    "CLAUSE_WORDS",
    "COORDINATORS",
    "FINITE",
    "NOMINATIVE",
    "RELATIVE_PRONOUNS",
    "WORD",
    "adjunct_before",
    "adverbial_participle",
    "all_pronouns",
    "bare_participle",
    "calendar_words",
    "cites_a_source",
    "cue_lemma",
    "depicts",
    "holds_clause",
    "in_as_clause",
    "infinitive_after",
    "noun_cue",
    "object_end",
    "only_a_name",
    "only_a_reporting_clause",
    "opens_with_coordination",
    "opens_with_particle",
    "opens_with_reflexive",
    "opens_with_that",
    "opens_with_verb",
    "quoted_title",
    "relative_forms",
    "scare_quote",
    "titled_adjunct",
]

_PRIMARY_FINITE = frozenset(grammar("finite_auxiliary")) - frozenset(grammar("modal"))


_DEPICTIONS = frozenset(grammar("depiction_noun"))


_PARTICLES = frozenset(grammar("particle"))


_PARTICIPLE_ONLY = frozenset(grammar("participle_only"))


_PERFECT_AUX = frozenset(grammar("participle_auxiliary"))


_LISTENERS = frozenset(grammar("listener_pronoun"))


_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")


_FUNCTION_AFTER_QUOTE = (
    DETERMINERS
    | PREPOSITIONS
    | frozenset(grammar("clause_link"))
    | frozenset(grammar("coordinator"))
)


_SINGULAR_FINITE = frozenset(grammar("singular_finite"))


_CITE = grammar("citing_verb")[0]


_MAX_CITED_WORDS = 8  # "an old interview and a later op-ed"; longer objects carry a claim


_NEGATED = re.compile(r"n[’']t$")


def cue_lemma(text: str, a: Attribution) -> str:
    cue = " ".join(text[a.cue_start : a.cue_end].lower().split())
    return cue_lexicon().get(cue, (cue, ""))[0]


def quoted_title(text: str, a: Attribution) -> bool:
    """A quotation of one or two capitalised words ("“Harbor Nights,”", "“Tidewater,”"):
    after a verb of evidence a title of a show, not a finding quoted."""
    words = WORD.findall(text, a.start, a.end)
    return 0 < len(words) < 3 and all(w[:1].isupper() for w in words)


def scare_quote(text: str, a: Attribution) -> bool:
    """A quotation of one or two words without punctuation inside, followed by a lower-
    case word that is no function word ("have denied ‘sensational’ claims", "considers
    ''brave'' may look"): a scare quote modifying or heading the phrase it stands in, no
    quoted speech (Quirk et al. 1985, III.17 on quotation marks)."""
    inner = text[a.start : a.end].strip("“”\"‘’'")
    if len(inner.split()) > 2 or any(ch in inner for ch in ".,;:!?"):
        return False
    after = _LOWER_WORD_AFTER.match(text, a.end)
    # not before a function word: 'said "budget reforms" and …', 'claimed "X lies" the …'
    return after is not None and after.group(1) not in _FUNCTION_AFTER_QUOTE


def depicts(mention: str) -> bool:
    """Is the mention's head a recording or picture ("the video", "surveillance
    footage")? With a verb of evidence and no that-clause it depicts a scene it holds
    ("shows the officers opened the door"; Hunston 2000): no source says, writes or
    reports anything (Pareti 2015, PARC 3.0)."""
    words = mention.lower().split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]  # "video of the incident": the head is "video"
    return bool(words) and words[-1].strip(".,;:") in _DEPICTIONS


def in_as_clause(text: str, a: Attribution) -> bool:
    """Is the speaker the subject of a comparative "as" clause ("as Vole dubbed the
    merger", "as critics call it")? The clause only names a term the writer uses
    (Quirk et al. 1985, 15.53); the sentence around it is the writer's, not content."""
    if a.speaker_start is None or a.cue_start is None:
        return False
    first = WORD.match(text, a.start)
    if len(text[a.cue_start : a.cue_end].split()) > 1 or (
        first is not None and first.group().lower() in PREPOSITIONS
    ):
        return False  # "as she called for ratification": "call for" is a speech act
    before = text[max(0, a.speaker_start - 4) : a.speaker_start].split()
    return bool(before) and before[-1].lower() == "as"


def opens_with_that(text: str, a: Attribution) -> bool:
    """Content opening with "that" ("video shows that he had his hands up"): a finding
    put as a proposition (Hunston 2000), which PolNeAR annotates as an attribution."""
    first = WORD.match(text, a.start)
    return first is not None and first.group().lower() == "that"


def opens_with_reflexive(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with a reflexive ("find themselves in a
    bind", "showed itself ready"): the object is the subject again, no reported content
    (Quirk et al. 1985, 6.23-6.28)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    first = WORD.match(text, a.start)
    return first is not None and first.group().lower() in REFLEXIVES


def opens_with_verb(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with a finite auxiliary ("strikes were held
    last spring"): a reporting verb's content has its own subject first, so the cue word
    was a noun, the head of the verb's subject (Quirk et al. 1985, 10.2)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    first = WORD.match(text, a.start)
    if first is None:
        return False
    word = first.group().lower()
    # "doesn't paint": only auxiliaries take "n't", and no content opens with one.
    return bool(_NEGATED.search(word)) or word in _PRIMARY_FINITE


def cites_a_source(state: State, a: Attribution) -> bool:
    """``citing the port authority``: the object of "cite" names a source
    (a person, body or document), not what was said (Pareti 2015, PARC 3.0: the cited
    source of another attribution)."""
    if a.cue_start is None or a.cue_start > a.start:
        return False
    lemma = cue_lexicon().get(" ".join(state.text[a.cue_start : a.cue_end].lower().split()))
    if lemma is None or lemma[0] != _CITE:
        return False
    words = state.text[a.start : a.end].lower().split()
    if len(words) > _MAX_CITED_WORDS or set(words) & ADJUNCT_OPENERS:
        return False  # "cited the weather as the cause": a claim about what was cited
    # The head (last word) names a person, body or document: "the port authority".
    return words[-1].strip(".,;:") in source_heads()


def titled_adjunct(state: State, a: Attribution) -> bool:
    """Mixed content after its cue that is only an adjunct holding a short quotation
    (a title: "explained on their podcast “Money Desk.”"): no quoted speech."""
    if a.cue_start is None or a.cue_start > a.start or not adjunct_only(state.text, a.start, a.end):
        return False
    k = bisect.bisect_left(state.quote_starts, a.start)
    quoted = []
    while k < len(state.quotations) and state.quotations[k].start < a.end:
        quoted.append(state.quotations[k])
        k += 1
    return all(
        word_count(state.text, q.inner_start, q.inner_end) < MIN_QUOTATION_WORDS for q in quoted
    )


def opens_with_coordination(text: str, a: Attribution, after_listener: bool = False) -> bool:
    """Content right after its cue opening with "and", "but" or "or", or with only a
    listener before one ("told me, and …"; only this with ``after_listener``): the cue
    has no content of its own, and a coordinated verb follows (Quirk et al. 1985, 13.5)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    tokens = [w.group().lower() for w in WORD.finditer(text, a.start, min(a.end, a.start + 30))]
    head = text[a.start : a.end].split(",", 1)[0].strip(" “\"'").lower()
    if tokens and tokens[0] in _LISTENERS and head == tokens[0]:
        tokens = tokens[1:]  # "told me, and calming the nerves": a listener, then a new verb
    elif after_listener:
        return False  # "X said, but instead “…”": a quotation after "but" is still content
    return bool(tokens) and tokens[0] in COORDINATORS


def adverbial_participle(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with a subordinator and a participle ("said
    while visiting the fair", "wrote after reading the report"): an adverbial clause of
    the saying with no subject of its own, no content (Quirk et al. 1985, 15.57)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    tokens = [w.group().lower() for w in WORD.finditer(text, a.start, a.end)]
    return (
        len(tokens) >= 2
        and tokens[0] in SUBORDINATORS
        and tokens[1].endswith(("ing", "ed"))
        and tokens[1] not in FINITE
        # "said while visiting Lyon that …", "if elected he could work …": a clause follows
        and not set(tokens[2:]) & (CLAUSE_WORDS | FINITE | all_subject_pronouns())
    )


def only_a_name(text: str, a: Attribution) -> bool:
    """Content after "said" (a verb that takes a clause, ``clause_verb``) that is only
    capitalised words and a time ("said Harbor Watch on Friday, June
    12"): the inverted source of the clause before, never what was said (Quirk et al.
    1985, 18.24 on quotative inversion)."""
    if a.cue_start is None or a.cue_start > a.start or cue_lemma(text, a) not in CLAUSE_VERBS:
        return False
    tokens = WORD.findall(text, a.start, a.end)
    if not tokens or not tokens[0][:1].isupper():
        return False
    allowed = time_words() | PREPOSITIONS | DETERMINERS
    return all(w[:1].isupper() or w.lower() in allowed for w in tokens)


def bare_participle(text: str, a: Attribution) -> bool:
    """A cue that is only a past participle ("shown", "written": ``participle_only``)
    with no auxiliary before it ("the post shown below claimed", "a note written in
    pencil"): a participle modifying the noun before it, not that noun's verb (Quirk
    et al. 1985, 17.30 on reduced relatives). "has shown", "could have written" and a
    passive ("was written by") keep theirs."""
    if a.cue_start is None or a.speaker_start is None or a.speaker_start > a.cue_start:
        return False
    if text[a.cue_start : a.cue_end].lower() not in _PARTICIPLE_ONLY:
        return False
    between = text[a.speaker_end : a.cue_start].lower().replace("’", "'").split()
    before = text[max(0, a.speaker_end - 12) : a.speaker_end].lower().replace("’", "'")
    aux = any(w in _PERFECT_AUX or w.endswith(("'ve", "'s", "'d")) for w in between)
    return not aux and not before.endswith(("'ve", "'s", "'d"))


def noun_cue(state: State, a: Attribution) -> bool:
    """Is the cue a noun here, the head of a noun phrase, not a verb? Two general signs
    (Quirk et al. 1985, 17.104-17.108 on noun compounds and postmodifying participles):
    a capitalised cue word inside a name in a sentence that is not in title case
    ("years of United States policy"), and an "-s" form whose content opens with a
    participle and a preposition ("council documents leaked to the
    paper have shown", "harbor protests spreading to new towns"), unless a singular
    verb makes the "-ing" form a gerund subject ("says going there has helped"): a verb
    of saying has its content's subject first, a noun its postmodifier."""
    text = state.text
    if a.cue_start is None or a.cue_end is None:
        return False
    cue = text[a.cue_start : a.cue_end]
    s_lo, s_hi = state.layout.sent_bounds[state.layout.sentence_at(a.cue_start)]
    if cue[:1].isupper() and text[s_lo : a.cue_start].strip():
        before = text[s_lo : a.cue_start].split()
        sentence = WORD.findall(text, s_lo, s_hi)
        lower = sum(1 for w in sentence if w[:1].islower())
        if before[-1][:1].isupper() and lower * 2 > len(sentence):
            return True
    if not cue.endswith("s") or cue.endswith("ss") or a.cue_start > a.start:
        return False
    tokens = [w.group() for w in WORD.finditer(text, a.start, object_end(text, a, False))]
    if len(tokens) < 2 or not tokens[0].islower() or not tokens[0].endswith(("ed", "ing")):
        return False
    if tokens[0].endswith("ing") and set(w.lower() for w in tokens) & _SINGULAR_FINITE:
        return False  # "says going back to college has helped": a gerund subject
    return tokens[1].lower() in PREPOSITIONS


def only_a_reporting_clause(text: str, a: Attribution) -> bool:
    """Content that is only a subject and a reporting verb ("she said" of "He said, she
    said", "they claim"): a second reporting clause with no content of its own, never
    what the first source said (Quirk et al. 1985, 16.31 on reporting clauses)."""
    words = [w.strip(".,;:!?“”\"'‘’") for w in text[a.start : a.end].split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 3 or words[-1].lower() not in cue_lexicon():
        return False
    subject = words[0]
    if subject.lower() in DETERMINERS or any(w.endswith(("’s", "'s", "s’", "s'")) for w in words):
        return False  # "denied Ruiz's claims", "Mr. Brandt's remarks": a noun phrase object
    if subject.lower() not in PRONOUNS and not subject[:1].isupper():
        return False
    if any(w.lower() in FINITE for w in words[1:-1]):
        return False  # "he was joking": a progressive clause, content of its own
    return cue_lexicon()[words[-1].lower()][1] == "verb"


def opens_with_particle(text: str, a: Attribution) -> bool:
    """Content right after its cue opening with an adverb particle not followed by a
    clause link ("snapped around faster", "find out about the plan", "the last thing we
    found out is"): the cue is a phrasal verb of another sense, or its object was moved
    away; the words after it are no content (Quirk et al. 1985, 16.2-16.4)."""
    if a.cue_end is None or a.cue_start is None or a.cue_start > a.start:
        return False
    tokens = [w.group().lower() for w in WORD.finditer(text, a.start, min(a.end, a.start + 40))]
    if not tokens or tokens[0] not in _PARTICLES or approximated_quantity(text, a.start, a.end):
        return False
    if (cue_lemma(text, a), tokens[0]) in speech_prepositions():
        return False  # "called out his rival", "cried out for", "tweeted back at"
    return len(tokens) < 2 or tokens[1] not in CLAUSE_WORDS


def adjunct_before(text: str, a: Attribution) -> bool:
    """Content before its cue that is only a prepositional adjunct of the cue's clause
    ("In a recorded interview, X confessed …", "After that, X wrote"): it sets the
    scene of the saying, it is not what was said (Quirk et al. 1985, 8.1-8.3)."""
    if a.cue_start is None or a.cue_start < a.end:
        return False
    if "," in text[a.start : a.end]:
        return False  # "As a newcomer, Ms. Ruiz likely faced fewer questions": a clause after it
    if approximated_quantity(text, a.start, a.end):
        return False  # "About 9,000 people live there, according to …": a subject, no adjunct
    tokens = [w.group().lower() for w in WORD.finditer(text, a.start, a.end)]
    short = 1 < len(tokens) <= 3 and tokens[0] in PREPOSITIONS | SUBORDINATORS
    if short and not set(tokens[1:]) & (FINITE | all_subject_pronouns()):
        return True  # "After that, Ford wrote": "that" is a demonstrative here
    return adjunct_only(text, a.start, a.end) or text[a.start : a.end].lower() in time_words()
