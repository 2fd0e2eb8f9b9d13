"""Content shapes: what the words of an attribution's content are, read word by word.

The screening pass (:mod:`analysis.attribution.screen`) asks these questions of a row's
content and cue: does the content open with a particle, a preposition of another sense, an
adjunct, a second predicate, a scare quote; is the cue a noun or a bare participle here?
Each test follows one grammar section (Quirk et al. 1985, cited per function); the word
classes come from ``attribution_grammar.tsv`` and ``attribution_prepositions.tsv``.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from analysis import lexicons
from analysis.attribution.content import adjunct_only
from analysis.attribution.cues import cue_lexicon
from analysis.attribution.phrases import word_count
from analysis.attribution.state import MIN_QUOTATION_WORDS, Attribution, State
from analysis.attribution.vocabulary import (
    ADJUNCT_OPENERS,
    DETERMINERS,
    POSTMODIFIER_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    grammar,
    source_heads,
)

FINITE = frozenset(grammar("finite_auxiliary"))


WORD = re.compile(r"[^\W\d_][\w’'-]*")


@cache
def all_pronouns() -> frozenset[str]:
    """Every personal pronoun form, object case included ("according to him")."""
    return PRONOUNS | frozenset(
        r["entry"] for r in lexicons.rows("pronouns") if r["case"] in ("object", "subject")
    )


@cache
def calendar_words() -> frozenset[str]:
    return frozenset(r["entry"] for r in lexicons.rows("not_names") if r["category"] == "calendar")


def object_end(text: str, a: Attribution, saying: bool) -> int:
    """Where the stretch ends in which the verb of a clause content is looked for. After
    a verb of saying, at a comma before a relative pronoun ("rejected the bid, which is
    due": the relative clause is the object's), a subject pronoun or a finite verb
    ("had written the review, he was …", "denying heaters to schools, is urging": the
    sentence's own clause goes on); after other verbs (acts, findings,
    names), at any comma, semicolon, colon or dash: what follows is an apposition, a
    relative or a new clause, not the object's verb (Quirk et al. 1985, 17.3-17.22)."""
    if not saying:
        match = _PHRASE_END.search(text, a.start, a.end)
        return match.start() if match else a.end
    relative = _RELATIVE_AFTER_COMMA.search(text, a.start, a.end)
    end = relative.start() if relative else a.end
    first_comma = text.find(",", a.start, end)
    new_clause = _NEW_CLAUSE_AFTER_COMMA.match(text, first_comma) if first_comma >= 0 else None
    # Only at the first comma: "the man who stole it, a driver, was arrested" closes an
    # apposition, and its verb is the content's.
    return first_comma if new_clause else end


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
    return first is not None and first.group().lower() in _REFLEXIVES


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
        and not set(tokens[2:]) & (CLAUSE_WORDS | FINITE | _all_subject_pronouns())
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
    allowed = _time_words() | PREPOSITIONS | DETERMINERS
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
    if not tokens or tokens[0] not in _PARTICLES or _approximated_quantity(text, a.start, a.end):
        return False
    if (cue_lemma(text, a), tokens[0]) in _speech_prepositions():
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
    if _approximated_quantity(text, a.start, a.end):
        return False  # "About 9,000 people live there, according to …": a subject, no adjunct
    tokens = [w.group().lower() for w in WORD.finditer(text, a.start, a.end)]
    short = 1 < len(tokens) <= 3 and tokens[0] in PREPOSITIONS | SUBORDINATORS
    if short and not set(tokens[1:]) & (FINITE | _all_subject_pronouns()):
        return True  # "After that, Ford wrote": "that" is a demonstrative here
    return adjunct_only(text, a.start, a.end) or text[a.start : a.end].lower() in _time_words()


@cache
def _speech_prepositions() -> frozenset[tuple[str, str]]:
    """(lemma, preposition) of prepositional speech verbs ("call for", "admit to", "hint
    at"; ``attribution_prepositions.tsv``): besides the topic prepositions any verb of
    saying takes ("about", "on", "of"), these only with their own verbs."""
    return frozenset(
        (r["lemma"], r["preposition"]) for r in lexicons.rows("attribution_prepositions")
    )


@cache
def _time_words() -> frozenset[str]:
    """Words that open a time expression ("Wednesday at the show", "last week")."""
    return calendar_words() | frozenset(grammar("time_opener"))


def holds_clause(text: str, lo: int, hi: int, lemma: str, strict: bool = False) -> bool:
    """Is content read as an object frame a proposition or the matter of a speech act
    (PARC 3.0, Pareti 2015)? A place or time adjunct is neither: content opening with
    a preposition of place or time ("before the House committee", "in a blog post") or
    a time expression ("Wednesday at the air show"), or a reflexive ("themselves in a
    vise"), with no finite auxiliary, subject pronoun or clause link after its first
    word. The prepositions of a prepositional speech verb ("warned against", "commented
    on": ``topic_preposition``; "called for", "admitted to": that verb's own, in
    ``attribution_prepositions.tsv``) and an infinitive keep their content, unless the
    preposition's object is a time ("said on Tuesday") or the verb has another sense
    ("reported for duty") (Quirk et al. 1985, 16.5; 14.2-14.6). ``strict`` (a relative
    pronoun as the speaker: "staffers who reported for duty, …, were") reads the adjunct
    only up to its comma, since the main clause goes on after it."""
    tokens = [w.group().lower() for w in WORD.finditer(text, lo, hi)]
    if not tokens:
        return False
    first = tokens[0]
    if _approximated_quantity(text, lo, hi) or text[lo : lo + 1] in _NUMBER_OPENERS:
        return True  # "at least 4,200 people filled", "70% of adults need": a counted subject
    prepositions = PREPOSITIONS | POSTMODIFIER_PREPOSITIONS  # with "of"
    adjunct = first in prepositions or first in _time_words() or first in _REFLEXIVES
    adjunct = adjunct or first in ADJUNCT_OPENERS  # "wrote as Ellis Marrow"
    links = FINITE | _all_subject_pronouns() | CLAUSE_WORDS
    if adjunct:
        # "before the council in Leeds, where members …": a relative clause
        # after the comma belongs to the adjunct; only its own stretch counts, unless a
        # clause of its own follows the comma ("noted at the time, the risk was …").
        end = _PHRASE_END.search(text, lo, hi)  # a comma, or a dash: "– on the same day"
        comma = end.start() if end else -1
        if comma >= 0 and not strict and first in prepositions:
            after = [w.group().lower() for w in WORD.finditer(text, comma, hi)][:10]
            opener = after[0] if after else ""
            # a relative closes the adjunct; "that" after a comma opens content ("said,
            # for example, that she …"): a restrictive relative takes no comma.
            closing = (_RELATIVE_LINKS - {"that"}) | ADJUNCT_OPENERS | PREPOSITIONS
            if text[comma] == "," and opener not in closing and any(w in links for w in after):
                return True
        tokens = [w.group().lower() for w in WORD.finditer(text, lo, hi if comma < 0 else comma)]
    if first in CLAUSE_WORDS or any(w in links for w in tokens[1:]):
        return True
    if first in prepositions:
        if len(tokens) > 1 and tokens[1] in _time_words():
            # "said on Tuesday": a time, not the matter of the saying; what follows it
            # may be ("announced on Monday the lawsuit against …").
            rest = list(WORD.finditer(text, lo, hi))[2:3]
            if not rest or "," in text[lo : rest[0].start()]:
                return False
            return holds_clause(text, rest[0].start(), hi, lemma, strict)
        if first == "to" and len(tokens) > 1 and infinitive_after(text, lo, hi):
            return True  # "promised to protect": an infinitive, not a preposition
        return first in _TOPIC_PREPOSITIONS or (lemma, first) in _speech_prepositions()
    return first not in _time_words() | _REFLEXIVES | ADJUNCT_OPENERS


def infinitive_after(text: str, lo: int, hi: int) -> bool:
    """Does "to" at ``lo`` open an infinitive ("to protect the park"), not a noun phrase
    ("to her family", "to the council's demands", "to an interview", "to 2021")?"""
    second = list(WORD.finditer(text, lo, hi))[1:2]
    if not second:
        return False
    word = second[0].group()
    if text[lo] == "T" and word[:1].isupper():
        return True  # "Proposes To Eliminate Tax Breaks": a title-case headline
    if word[:1].isupper() or word[:1].isdigit() or word.lower() in DETERMINERS | all_pronouns():
        return False  # "to her family", "to him every morning": an addressee, no infinitive
    if word.endswith("ing") and len(word) > 5:
        return False  # "admitted to threatening": a gerund (not "to bring")
    return not word.lower().endswith(("’s", "'s"))


def _approximated_quantity(text: str, lo: int, hi: int) -> bool:
    """Content opening with an approximator and a number ("at least 4,200 people", "up
    to 30 workers"): a counted subject, not a preposition or particle phrase (Quirk et
    al. 1985, 10.32 on approximators)."""
    return bool(_APPROXIMATED.match(text, lo, hi))


CLAUSE_WORDS = frozenset(grammar("clause_link")) - {"which"}


_RELATIVE_LINKS = frozenset(grammar("clause_link"))


_PRIMARY_FINITE = frozenset(grammar("finite_auxiliary")) - frozenset(grammar("modal"))


_TOPIC_PREPOSITIONS = frozenset(grammar("topic_preposition"))


_REFLEXIVES = frozenset(grammar("reflexive"))


_DEPICTIONS = frozenset(grammar("depiction_noun"))


COORDINATORS = frozenset(grammar("coordinator"))


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


_NUMBER_OPENERS = frozenset("0123456789$€£")


_SINGULAR_FINITE = frozenset(grammar("singular_finite"))


# Nominative personal pronouns, never an object: a subject, so a clause starts there.
NOMINATIVE = frozenset(
    r["entry"]
    for r in lexicons.rows("pronouns")
    if r["case"] in ("subject", "first_person") and r["entry"] not in ("it", "you")
)


_PHRASE_END = re.compile(r"[,;:](?=\s)|\s[—–-]\s|—")


RELATIVE_PRONOUNS = frozenset(
    r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "relative"
)


_RELATIVE_AFTER_COMMA = re.compile(
    r",\s+(?:" + "|".join(sorted(RELATIVE_PRONOUNS - {"that"})) + r")\b", re.I
)


_NEW_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?:" + "|".join(sorted(frozenset(grammar("finite_auxiliary")) | NOMINATIVE)) + r")\b",
    re.I,
)


_APPROXIMATED = re.compile(
    r"(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in grammar("approximator"))
    + r")\s+(?:\$|€|£)?\d",
    re.I,
)


_CITE = grammar("citing_verb")[0]


CLAUSE_VERBS = frozenset(grammar("clause_verb"))


_MAX_CITED_WORDS = 8  # "an old interview and a later op-ed"; longer objects carry a claim


_NEGATED = re.compile(r"n[’']t$")


@cache
def relative_forms() -> frozenset[str]:
    """Relative pronouns ("who", "which", "that")."""
    return frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "relative")


@cache
def _all_subject_pronouns() -> frozenset[str]:
    """Subject pronouns ("it", "they"): a pronoun subject opens a clause."""
    return frozenset(r["entry"] for r in lexicons.rows("pronouns") if r["case"] == "subject")
