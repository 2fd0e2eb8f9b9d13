"""Who said what: every quotation and paraphrase of an article, tied to its speaker mention.

A rule engine over the article's sentences and quotation spans (no parser), in the
tradition of the pattern-based extractors for news (Pouliquen, Steinberger & Best 2007,
"Automatic detection of quotations in multilingual news"; Krestel, Bergler & Witte 2008,
"Minding the source"; Pareti 2015, "Attribution: a computational approach"). An
attribution has three parts (PARC 3.0 terms): the *source* (speaker mention), the
*cue* (a reporting verb or phrase) and the *content* (what was said).

The engine works in four passes, each claiming text the later ones leave alone:

1. **Direct quotations.** A quotation whose cue sits next to it: ``“…,” X said`` /
   ``“…,” said X`` / ``X said: “…”`` / ``According to X, “…”``, and the interrupted
   ``“…,” X said, “…”`` (one attribution, two fragments); a clause ending in a colon
   (``X fired back: “…”``) introduces a quotation even without a reporting verb.
2. **Indirect and mixed attributions.** Every other cue outside quotation marks with
   a subject before it (``X said (that) clause``, ``X warned Y that clause``), after it
   (``clause, said X``) or a source phrase (``According to X, clause`` /
   ``clause, according to X``), and participles that inherit the subject
   (``…, noting that clause``). Content holding a quotation is *mixed*.
3. **Headline attributions.** ``Content: Speaker`` and ``Speaker: content`` headings,
   and title-case cue verbs (``Senator Endorses Mayor``).
4. **Continuations.** A paragraph that opens inside quotation marks with no cue of
   its own carries on the previous speaker.

Quotation marks come from :mod:`analysis.core.quotemarks`, which reads each mark's role from
its context, so unbalanced or wrong-way marks still give the best reading. A short
quotation with no cue beside it (a scare quote, a title, a nickname) is never a
quotation of its own; inside a paraphrase it makes that paraphrase *mixed*.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from analysis.core.paths import LEXICON_DIR
from analysis.core.quotemarks import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan

QUOTE_COLUMNS = [
    "attribution", "start", "end", "text", "kind", "fragments", "cue", "cue_start", "cue_end",
    "speaker_mention", "speaker_start", "speaker_end", "speaker", "continuation", "continues",
    "paragraph", "sentence",
]  # fmt: skip

# A quotation this short, with no cue next to it, is a scare quote, title or nickname.
MIN_QUOTATION_WORDS = 4
# Longest speaker mention the engine accepts, in words ("the former director of the FBI").
MAX_SPEAKER_WORDS = 8
# Longest stretch between a cue and the quotation it introduces ("told reporters on Friday:").
MAX_INTRO_WORDS = 8
# Most words between "X said" and a second quotation that continues the first.
MAX_BRIDGE_WORDS = 4
# ... or the rest of the cue's sentence, up to this many words ("said X, a strategist.").
MAX_BRIDGE_SENTENCE_WORDS = 15

_QUOTE_CHARS = DOUBLE_MARKS + SINGLE_MARKS
_WORD = re.compile(r"[\w$€£][\w’'.&%$-]*|[^\w\s]")
_WORD_ONLY = re.compile(r"\w[\w’'.&-]*")
# What joins a second attribution to the first: "…, and Y said", "…, while Y said".
_NEW_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:and|but|while|whereas|although|though)?|\s(?:while|whereas|but))\s*$"
)
_COORDINATED_VERB = re.compile(r",?\s+and\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$")
_PREPOSITIONS = frozenset(
    """in on at to from with by for about after before during over under into through
    against between without within among upon toward towards across behind""".split()
)
# A verb group ending right before a cue: the progressive "is also asking", the
# catenative "went on to criticize", "has tried to explain", "have begun urging".
_VERB_GROUP = re.compile(
    r"(?:(?P<progressive>\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+|also\s+|even\s+|still\s+|now\s+|not\s+)*)"
    r"|(?P<catenative>\b(?:went\s+on|goes\s+on|go\s+on|tried|tries|try|began|begun|begins"
    r"|started|starts|continued|continues|sought|seeks|moved|rushed|used|appeared|appears"
    r"|seemed|seems|declined|refused|hastened|vowed|promised|pledged|threatened|helped"
    r"|managed|failed|agreed|went\s+so\s+far\s+as"
    # "X is said to have asked": the subject of the raising verb is the speaker.
    r"|(?:is|are|was|were)\s+(?:said|reported|believed|thought|understood|alleged|known))"
    r"\s+to\s+(?:have\s+)?)"
    r"|(?P<ing_taker>\b(?:began|begun|begins|started|starts|kept|keeps|continued|continues"
    r"|stopped|spent\s+\w+\s+\w+)\s+))$"
)
_DASH = re.compile(r"[ \u00a0]*(?:―|—|–|--|-)[ \u00a0]*")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$|^(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros|St)\.$")
_TRAILING_PUNCT = re.compile(r"[\s.,;:!?…—–-]+$")

PRONOUNS = frozenset("he she they we i it you who".split())
# Relative pronouns that can be the subject right before a cue.
_RELATIVE_SUBJECTS = frozenset({"that", "which"})
# Words that may sit between a subject and its cue verb: "he also said", "she has said".
_SKIPPABLE = frozenset(
    """also has have had would will could can may might should must did does do not n't
    later then again previously once reportedly even still just never recently now first
    further already repeatedly publicly privately often initially since subsequently
    ultimately quickly immediately simply flatly openly""".split()
)
_PASSIVE_AUX = frozenset("is was are were be been being".split())
_DETERMINERS = frozenset(
    """the a an his her their its our my your this these those some many most several both
    all each every another other such any no one two three four five six seven eight nine
    ten dozens hundreds thousands""".split()
)
# Words that end a noun phrase when met: prepositions (but "of"), conjunctions,
# complementizers, auxiliaries and other verbs that cannot head a subject.
_NP_BREAKERS = frozenset(
    """in on at to from with by for about after before during over under into through
    against between without within among since until than like as upon toward towards
    across behind beyond despite per via amid and but or nor so yet because if when while
    although though whether where whereas unless that which what whom whose there here is
    are was were be been being has have had do does did not to also said says say told
    asked added noted wrote how why""".split()
)
# Words that cannot open the rest of a clause after "…, according to X,": the
# connectives and relatives of a new clause ("and", "who"), or a new subject.
_NOT_A_PREDICATE = (_NP_BREAKERS - _PASSIVE_AUX - {"has", "have", "had"}) | PRONOUNS
_CLAUSE_COMMA = re.compile(r",(?=[\s”’\"'])[\s”’\"']*(?P<next>\w+)?")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME_ADJUNCT = re.compile(
    r",?\s+(?:(?:on\s+)?" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier\s+this|late\s+last|next)\s+(?:week|month|year|spring|summer|fall|winter)"
    r"|in\s+recent\s+(?:days|weeks|months)|today|yesterday|tonight),?\s*$"
)
# Words that open an introductory phrase or clause before the subject.
_INTRODUCERS = frozenset(
    """in on at after before during when while as if although though since because
    despite with without for from by following unlike like amid last earlier later once
    hours days weeks months years today yesterday monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
_OPENERS = frozenset(
    """but and so yet or meanwhile however still also then now instead earlier later
    moreover indeed nevertheless nonetheless thus hence""".split()
)


# Verbs that, before "to" and a verb, are speech only when nothing else in the sentence
# reports: "Union leaders threatened to strike, a spokeswoman said".
_WEAK_BEFORE_TO = frozenset({"threaten"})
_TO_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")

# Verbs whose first object is the addressee ("told reporters", "reminded the Americans"):
# what was said comes after it, so an object alone is not an attribution ("CBC tells The
# House today"). Quirk et al. 1985, 16.59-16.64 (ditransitive complementation).
_ADDRESSEE_VERBS = frozenset("tell remind ask assure inform warn urge advise notify brief".split())
_COMPLEMENT = re.compile(r"\b(?:that|to|whether|if|how|why|what|when|where|who|about|of)\b", re.I)


def _states_something(text: str, lo: int, hi: int, lemma: str) -> bool:
    """Whether the words after a cue carry content, not only the addressee of a verb of telling."""
    if lemma not in _ADDRESSEE_VERBS:
        return True
    stretch = text[lo:hi]
    return (
        bool(_COMPLEMENT.search(stretch))
        or any(ch in _QUOTE_CHARS for ch in stretch)
        or (len(stretch.split()) >= 6)
    )


_ADDRESSEE_THEN_CLAUSE = re.compile(r"[^,;:“”\"]{1,60}?\b(?=(?:that|whether|if)\b)", re.I)


# A circumstance between a cue and its that-clause: "said in an email that", "said on
# Tuesday that", "said at a news conference in Ohio that".
_CIRCUMSTANCE_THEN_CLAUSE = re.compile(
    r"(?:(?:in|on|at|during|after|before|by|via|through|with|from|over|of|last|this"
    r"|earlier|later|late)\s|(?:" + _DAY + r"|today|yesterday|tonight)\b)"
    r"[^,;:“”\"]{0,60}?\b(?=that\b)",
    re.I,
)


def _past_addressee(text: str, lo: int, hi: int, lemma: str) -> tuple[int, int]:
    """``told reporters that X``: what was said starts at ``that``, after the addressee;
    ``said in an email that X`` likewise starts after the circumstance."""
    match = _CIRCUMSTANCE_THEN_CLAUSE.match(text, lo, hi)
    if match is None and lemma in _ADDRESSEE_VERBS:
        match = _ADDRESSEE_THEN_CLAUSE.match(text, lo, hi)
    if match:
        return match.end(), hi
    return lo, hi


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase found in the text."""

    start: int
    end: int
    lemma: str
    kind: str  # "verb", "source_phrase" or "circumstance"
    text_form: str = ""  # the matched form in lower case, spaces normalised

    @property
    def participle(self) -> bool:
        """``saying``, ``noting``: a cue that hangs on the clause before it."""
        return self.kind == "verb" and self.text_form.endswith("ing")


@dataclass
class Attribution:
    """One attribution before it becomes a table row."""

    start: int
    end: int
    kind: str
    fragments: list[tuple[int, int]]
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    continuation: bool = False
    inherited_from: Attribution | None = field(default=None, repr=False)


# ----------------------------------------------------------------------------- lexicons


def _read_tsv(name: str) -> list[dict[str, str]]:
    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@cache
def cue_lexicon() -> dict[str, tuple[str, str]]:
    """Every cue form (lower case) mapped to (lemma, kind).

    Verbs come from ``reporting_verbs.tsv`` (shared with stance) and the extra verbs and
    phrases of ``attribution_cues.tsv``; phrasal verbs keep their particle
    (``pointed out``) so the cue span covers it.
    """
    forms: dict[str, tuple[str, str]] = {}
    for row in _read_tsv("reporting_verbs.tsv"):
        lemma = row["lemma"]
        particle = lemma.split(" ", 1)[1] if " " in lemma else ""
        for form in row["forms"].split():
            forms[f"{form} {particle}".strip()] = (lemma, "verb")
    for row in _read_tsv("attribution_cues.tsv"):
        if row["kind"] == "verb":
            particle = row["cue"].split(" ", 1)[1] if " " in row["cue"] else ""
            for form in row["forms"].split():
                forms.setdefault(f"{form} {particle}".strip(), (row["cue"], "verb"))
        else:
            forms[row["forms"].lower()] = (row["cue"], row["kind"])
    return forms


@cache
def _cue_pattern() -> re.Pattern[str]:
    alternatives = sorted(cue_lexicon(), key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alternatives)
    # Verbs are matched in lower case only: a capitalised "Call" or "Report" is a name
    # or starts a headline far more often than it reports speech.
    # "Said Ellis: “…”" opens a sentence with the verb.
    extra = r"|According\s+to|As\s+quoted\s+by|Said(?=\s+[A-Z])"
    return re.compile(r"(?<![\w’'-])(?:" + body + extra + r")(?![\w’'-])")


@cache
def _title_cue_pattern() -> re.Pattern[str]:
    """Capitalised one-word verb cues, for title-case headlines ("Trump Praises …")."""
    verbs = [f for f, (_, kind) in cue_lexicon().items() if kind == "verb" and " " not in f]
    body = "|".join(re.escape(f.capitalize()) for f in sorted(verbs, key=len, reverse=True))
    return re.compile(r"(?<![\w’'-])(?:" + body + r")(?![\w’'-])")


def find_cues(text: str) -> list[Cue]:
    """Every reporting verb or cue phrase of the lexicons in ``text``, in order."""
    lexicon = cue_lexicon()
    found = []
    for match in _cue_pattern().finditer(text):
        surface = " ".join(match.group().lower().split())
        lemma, kind = lexicon[surface]
        found.append(Cue(match.start(), match.end(), lemma, kind, surface))
    return found


# ------------------------------------------------------------------------ noun phrases


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _np_word(word: str) -> bool:
    """Could ``word`` sit inside a speaker noun phrase?"""
    if not word[:1].isalnum() and word[:1] not in "$€£":
        return False
    low = word.lower()
    if _is_capitalised(word):
        return low not in _NP_BREAKERS or word[:1].isupper() and low in {"us"}
    return low not in _NP_BREAKERS and low not in _SKIPPABLE and low not in _PASSIVE_AUX


def _finish_np(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Trim function words at either end; None when nothing that can speak is left."""
    while words and words[0][2].lower() in {"of", "and", "&"}:
        words = words[1:]
    while words and words[-1][2].lower() in {"of", "and", "&"} | _DETERMINERS:
        words = words[:-1]
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return None
    if words[-1][2].endswith(("’s", "'s")):
        return None  # "The President’s remarks": a possessive is not a subject
    last = words[-1][2]
    # A full stop glued to the last word ends the sentence unless it abbreviates.
    end = words[-1][1] - (last.endswith(".") and not _ABBREVIATION.match(last))
    return words[0][0], end


def speaker_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before a cue: the subject of ``X (also) said``.

    Reads words backwards from the cue, skipping adverbs and auxiliaries ("also",
    "has"), and stops at punctuation or a word that cannot be inside a noun phrase
    (a preposition other than "of", a conjunction, a verb form). A lone pronoun is
    a whole mention. "of" and "and" are kept only between two noun-phrase words.
    """
    window_lo = max(lo, cue_start - 160)
    # "the senator on Tuesday dismissed …": step over a time adjunct before the verb.
    time_adjunct = _TIME_ADJUNCT.search(text, window_lo, cue_start)
    if time_adjunct:
        cue_start = time_adjunct.start()
    words = _words(text, window_lo, cue_start)
    i = len(words) - 1
    while i >= 0 and (words[i][2].lower() in _SKIPPABLE or _adverb(words[i][2])):
        i -= 1
    if i >= 0 and words[i][2] == ")":
        # "Sen. Bernie Sanders (I-Vt.) said": step over the bracketed aside.
        while i >= 0 and words[i][2] != "(":
            i -= 1
        i -= 1
    if i < 0:
        return None
    if words[i][2].lower() in PRONOUNS | _RELATIVE_SUBJECTS:
        # "a message that said, “…”": the relative pronoun is the written subject.
        return words[i][0], words[i][1]
    collected: list[tuple[int, int, str]] = []
    while i >= 0:
        word = words[i][2]
        low = word.lower()
        if low in {"of", "and", "&"}:
            if not collected or i == 0 or not _np_word(words[i - 1][2]):
                break
            if low == "and" and not (_is_capitalised(words[i - 1][2]) and collected):
                break
        elif not _np_word(word) or (collected and low in PRONOUNS):
            break
        collected.insert(0, words[i])
        if low in _DETERMINERS:
            break
        i -= 1
    return _finish_np(collected)


def speaker_after(
    text: str, cue_end: int, hi: int, *, name_ends: bool = False
) -> tuple[int, int] | None:
    """The noun phrase right after a cue: ``said X``, ``according to X``.

    With ``name_ends`` a name followed by a lower-case word ends there ("Ana Ruiz
    spoke"): used where a verb, not the end of the phrase, comes next.
    """
    words = _words(text, cue_end, min(hi, cue_end + 160))
    if words and words[0][2].lower() in PRONOUNS:
        return words[0][0], words[0][1]
    collected: list[tuple[int, int, str]] = []
    for k, (s, e, word) in enumerate(words):
        low = word.lower()
        if low in {"of", "and", "&"}:
            if not collected or k + 1 >= len(words) or not _np_word(words[k + 1][2]):
                break
            if low == "and" and not _is_capitalised(words[k + 1][2]):
                break
        elif not _np_word(word) or low in PRONOUNS or word.islower() and low in cue_lexicon():
            break
        elif (
            name_ends
            and word[:1].islower()
            and low not in _NAME_PARTICLES
            and collected
            and _is_capitalised(collected[-1][2])
            and collected[0][2].lower() not in _DETERMINERS
        ):
            break  # "Ana Ruiz spoke": a name is not followed by a lower-case noun
        collected.append((s, e, word))
        if len(collected) > MAX_SPEAKER_WORDS:
            return None
    return _finish_np(collected)


# Lower-case words inside personal names ("Anna von Berg").
_NAME_PARTICLES = frozenset("von van de da del der den di du dos la le bin al ibn".split())
# Plural nouns that do not end in "s".
# ("public" is left out: before a bare form it is an adjective, "public comment").
_IRREGULAR_PLURALS = frozenset("people police men women children staff media".split())
# Skippable adverbs that, right before a bare form, are adjectives: "further comment"
# (other modifiers end the subject and fail the plural test: "public comment").
_PRENOMINAL = frozenset({"further"})
_MODALS = frozenset("would will could can may might should must did does do to".split())


def _agrees(text: str, cue: Cue, speaker: tuple[int, int]) -> bool:
    """A bare verb form ("say", "call") needs a plural subject or a modal before it.

    Bare forms are also nouns ("a telephone call", "his remark"); with a singular
    subject and no modal ("would say") they are read as nouns, not cues.
    """
    head = cue.text_form.split()[0]
    if head != cue.lemma.split()[0] or head.endswith(("ed", "s")):
        return True
    between = text[speaker[1] : cue.start].lower().split()
    if any(word in _MODALS for word in between):
        return True
    if between and between[-1] in _PRENOMINAL:
        return False
    last = text[speaker[0] : speaker[1]].split()[-1].lower()
    if last in {"they", "we", "i", "you", "who"} | _IRREGULAR_PLURALS:
        return True
    # Singular "-s" words: "serious comment", "campus".
    return last.endswith("s") and not last.endswith(("’s", "'s", "ss", "us"))


# Cue forms that are more often plural nouns ("terrorist attacks", "in 11 states").
_NOUN_LIKE_FORMS = frozenset(
    """states attacks questions comments remarks documents challenges cheers concerns views
    plans thanks""".split()
)
# Verbs that introduce a quotation ("he continued: …") but take no that-clause.
_QUOTATION_ONLY_LEMMAS = frozenset({"continue", "speak"})


def _verb_reading(text: str, cue: Cue, speaker: tuple[int, int]) -> bool:
    """Is the cue a verb here, not a noun or a verb that only introduces quotations?

    A form in :data:`_NOUN_LIKE_FORMS` counts as a verb only after a pronoun or a
    name ("Trump states", "she attacks"), not after a common noun or number.
    """
    if cue.lemma in _QUOTATION_ONLY_LEMMAS:
        return False
    if cue.text_form not in _NOUN_LIKE_FORMS:
        return True
    mention = text[speaker[0] : speaker[1]]
    return (
        mention.lower() in PRONOUNS
        or any(w[:1].isupper() for w in mention.split()[1:])
        or (mention[:1].isupper() and len(mention.split()) == 1)
    )


def _verb_like(word: str) -> bool:
    """A lower-case cue form, "-ed" form or auxiliary: a word that can head a predicate."""
    return word.islower() and (
        word in cue_lexicon()
        or word.endswith("ed")
        or word in _PASSIVE_AUX | _MODALS | {"has", "have", "had"}
    )


def _inscription(text: str, cue: Cue, speaker: tuple[int, int]) -> bool:
    """``signs that read “…”``: words written on a thing, not a source's statement.

    "read" reports a text ("the statement read"), but with a relative pronoun as its
    subject it describes what a sign, shirt or banner carries.
    """
    return cue.lemma == "read" and text[speaker[0] : speaker[1]].lower() in _RELATIVE_SUBJECTS


def _adverb(word: str) -> bool:
    return word.islower() and len(word) > 4 and word.endswith("ly")


def leading_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject a sentence opens with, after openers like "But" or "Meanwhile,"."""
    words = _words(text, lo, min(hi, lo + 200))
    k = 0
    while k < len(words) and (words[k][2].lower() in _OPENERS or words[k][2] in ",;"):
        k += 1
    if k < len(words) and words[k][2].lower() in _INTRODUCERS:
        # "In an interview last year, Lazar said …": skip the introductory phrase.
        comma = next((j for j in range(k, len(words)) if words[j][2] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    if k >= len(words):
        return None
    return speaker_after(text, words[k][0], hi, name_ends=True)


# ------------------------------------------------------------------------- the engine


@dataclass
class _Layout:
    """Paragraph and sentence bounds as plain sorted lists, for bisecting."""

    text: str
    para_bounds: list[tuple[int, int]]
    para_kinds: list[str]
    sent_bounds: list[tuple[int, int]]
    sent_para: list[int]
    sent_starts: list[int] = field(init=False)
    para_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.sent_starts = [s for s, _ in self.sent_bounds]
        self.para_starts = [s for s, _ in self.para_bounds]

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def paragraph_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)


def _first_of(text: str, chars: str, lo: int, hi: int) -> int:
    """Offset of the first of ``chars`` in text[lo:hi], or -1."""
    found = [i for i in (text.find(ch, lo, hi) for ch in chars) if i >= 0]
    return min(found) if found else -1


def _bare(stretch: str) -> str:
    """``stretch`` without whitespace (no-break spaces included), commas and dashes."""
    return stretch.strip().strip(",—–-―").strip()


def _word_count(text: str, lo: int, hi: int) -> int:
    return sum(1 for _ in _WORD_ONLY.finditer(text, lo, hi))


def _strip_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``lo``..``hi`` without surrounding spaces, the clause link "that" kept."""
    while lo < hi and (text[lo].isspace() or text[lo] in ",:;—–-"):
        lo += 1
    tail = _TRAILING_PUNCT.search(text, lo, hi)
    if tail:
        hi = tail.start()
    return lo, hi


def _speechlike(text: str, span: QuoteSpan) -> bool:
    """A quotation long enough, or ending like speech, to stand on its own."""
    inner = text[span.inner_start : span.inner_end].rstrip()
    return (
        _word_count(text, span.inner_start, span.inner_end) >= MIN_QUOTATION_WORDS
        or inner[-1:] in {".", ",", "?", "!", "…"}
        and _word_count(text, span.inner_start, span.inner_end) >= 2
    )


class _Engine:
    def __init__(self, layout: _Layout, spans: list[QuoteSpan]) -> None:
        self.layout = layout
        self.text = layout.text
        self.quotations = [s for s in spans if s.depth == 0]
        self.quote_starts = [q.start for q in self.quotations]
        self.cues = find_cues(self.text)
        self.cue_starts = [c.start for c in self.cues]
        self.claimed: list[tuple[int, int]] = []  # text already part of an attribution
        self.used_cues: set[int] = set()
        self.found: list[Attribution] = []

    # ---- helpers

    def quotation_at(self, offset: int) -> QuoteSpan | None:
        k = bisect.bisect_right(self.quote_starts, offset) - 1
        if k >= 0 and self.quotations[k].start <= offset < self.quotations[k].end:
            return self.quotations[k]
        return None

    def cues_between(self, lo: int, hi: int) -> list[int]:
        k = bisect.bisect_left(self.cue_starts, lo)
        out = []
        while k < len(self.cues) and self.cues[k].start < hi:
            if self.cues[k].end <= hi:
                out.append(k)
            k += 1
        return out

    def has_quotation(self, lo: int, hi: int) -> bool:
        """Does a quotation, or a double mark left unpaired, lie in text[lo:hi]?

        Apostrophes ("Mrs. Obama's") are not quotation marks, so single marks count
        only when they open or close a quotation.
        """
        k = bisect.bisect_left(self.quote_starts, lo)
        if k < len(self.quotations) and self.quotations[k].start < hi:
            return True
        return any(ch in DOUBLE_MARKS for ch in self.text[lo:hi])

    def is_claimed(self, lo: int, hi: int) -> bool:
        return any(s < hi and lo < e for s, e in self.claimed)

    def add(self, attribution: Attribution, cue_index: int | None) -> None:
        self.found.append(attribution)
        self.claimed.append((attribution.start, attribution.end))
        if attribution.cue_start is not None:
            self.claimed.append((attribution.cue_start, attribution.cue_end))
        if attribution.speaker_start is not None:
            self.claimed.append((attribution.speaker_start, attribution.speaker_end))
        if cue_index is not None:
            self.used_cues.add(cue_index)

    def _quoted_kind(self, lo: int, hi: int) -> str:
        k = bisect.bisect_left(self.quote_starts, lo)
        if k < len(self.quotations) and self.quotations[k].start < hi:
            return "mixed"
        k -= 1
        if k >= 0 and self.quotations[k].end > lo:
            return "mixed"
        return "indirect"

    # ---- pass 1: direct quotations

    def direct(self) -> None:
        k = 0
        while k < len(self.quotations):
            quote = self.quotations[k]
            para = self.layout.paragraph_at(quote.start)
            p_lo, p_hi = self.layout.para_bounds[para]
            merged = self._cue_after(quote, k, p_hi)
            if merged is not None:
                k = merged
                continue
            if not self._cue_before(quote, p_lo) and not self._colon_intro(quote):
                self._dash_signature(quote, p_hi)
            k += 1

    def _cue_after(self, quote: QuoteSpan, k: int, p_hi: int) -> int | None:
        """``“…,” X said`` / ``“…,” said X`` and the interrupted ``“…,” X said, “…”``."""
        text = self.text
        window_end = min(p_hi, quote.end + 160)
        for c in self.cues_between(quote.end, window_end):
            cue = self.cues[c]
            if cue.kind != "verb" or cue.participle:
                continue
            gap = text[quote.end : cue.start]
            quote_sentence = self.layout.sentence_at(max(quote.start, quote.end - 1))
            cue_sentence = self.layout.sentence_at(cue.start)
            if (
                ";" in gap
                or self.has_quotation(quote.end, cue.start)
                or cue_sentence != quote_sentence
            ):
                break
            before_cue = text[max(quote.end, cue.start - 12) : cue.start].split()
            if before_cue and before_cue[-1].lower() in _DETERMINERS | {"of"}:
                continue  # "secretary of state", "the report": a noun, not the cue
            if _bare(gap):
                # "“…,” X said" and "“…,” X, a spokeswoman for Y, said": the speaker is
                # the noun phrase the gap opens with.
                speaker = speaker_after(text, quote.end, cue.start)
                if speaker is None or _bare(text[quote.end : speaker[0]]):
                    break
                rest = text[speaker[1] : cue.start]
                if (
                    rest.strip()
                    and not rest.lstrip().startswith(",")
                    and speaker_before(text, quote.end, cue.start) != speaker
                ):
                    break
            else:
                speaker = speaker_after(text, cue.end, window_end)
                if speaker is None:
                    break
            s_lo = self.layout.sent_bounds[self.layout.sentence_at(quote.start)][0]
            lead = text[s_lo : quote.start].rstrip()
            inner_words = _word_count(text, quote.inner_start, quote.inner_end)
            if (
                not _speechlike(text, quote) and "," not in text[quote.inner_end - 1 : cue.start]
            ) or (inner_words < MIN_QUOTATION_WORDS and _word_count(text, s_lo, quote.start)):
                # A short quotation inside a sentence ("Remarking upon his “genuine
                # empathy,” Starr said, “…”") is not what the cue reports.
                break
            start, kind = quote.start, "direct"
            if _word_count(text, s_lo, quote.start) and not lead.endswith(
                (":", ",", "—", "–", "-", "(")
            ):
                # "And the aftermath … “is the worst time,” she added": a mixed quotation.
                start, kind = _strip_span(text, s_lo, quote.start)[0], "mixed"
            fragments = [(start, quote.end)]
            end = quote.end
            next_k = k + 1
            tail = max(cue.end, speaker[1])
            nxt = self.quotations[next_k] if next_k < len(self.quotations) else None
            if (
                nxt is not None
                and nxt.start < p_hi
                and self._bridges(cue, tail, nxt.start)
                and not self.cues_between(tail, nxt.start)
                and not self.has_quotation(tail, nxt.start)
                and _speechlike(text, nxt)
            ):
                # "“…,” X said. “…”": the second quotation is the same attribution.
                fragments.append((nxt.start, nxt.end))
                end = nxt.end
                next_k += 1
            self.add(
                Attribution(start, end, kind, fragments, cue.start, cue.end, *speaker),
                c,
            )
            return next_k
        return None

    def _bridges(self, cue: Cue, lo: int, hi: int) -> bool:
        """Is text[lo:hi] only the rest of the cue's sentence, so that the quotation
        after it goes on with the same speaker?

        A few words ("“…,” he said. “…”") always do; a longer stretch does when it
        ends the sentence the cue is in ("said Tad Devine, a senior strategist. “…”").
        """
        words = _word_count(self.text, lo, hi)
        if words <= MAX_BRIDGE_WORDS:
            return True
        last = self.text[lo:hi].rstrip()
        return (
            words <= MAX_BRIDGE_SENTENCE_WORDS
            and last.endswith((".", "!", "?"))
            and self.layout.sentence_at(lo + len(last) - 1) == self.layout.sentence_at(cue.start)
        )

    def _cue_before(self, quote: QuoteSpan, p_lo: int) -> bool:
        """``X said: “…”`` / ``said X, “…”`` / ``According to X, “…”``."""
        text = self.text
        sent = self.layout.sentence_at(quote.start)
        s_lo = self.layout.sent_bounds[sent][0]
        if (
            s_lo == quote.start
            and sent > 0
            and self.layout.sent_para[sent - 1] == (self.layout.paragraph_at(quote.start))
        ):
            # A quotation opening a sentence may be introduced by the one before ("He said:").
            s_lo = self.layout.sent_bounds[sent - 1][0]
        elif s_lo == quote.start == p_lo and sent > 0 and text[:p_lo].rstrip().endswith(":"):
            # "The New York Times reports:" ends the paragraph before the quotation.
            s_lo = p_lo = self.layout.sent_bounds[sent - 1][0]
        candidates = [
            c for c in self.cues_between(max(s_lo, p_lo), quote.start) if c not in self.used_cues
        ]
        for c in reversed(candidates):
            cue = self.cues[c]
            if self.quotation_at(cue.start) is not None:
                continue
            gap_lo, gap_hi = cue.end, quote.start
            gap = text[gap_lo:gap_hi]
            if self.has_quotation(gap_lo, gap_hi) or re.search(r"[.!?]\s", gap):
                return False
            stripped = gap.strip()
            speaker = None
            if cue.kind == "source_phrase":
                speaker = speaker_after(text, cue.end, quote.start)
                if speaker is None or not stripped.endswith((",", ":")):
                    return False
            else:
                intro = _word_count(text, gap_lo, gap_hi)
                if stripped and not stripped.endswith((":", ",")) and stripped.lower() != "that":
                    return False
                if intro > MAX_INTRO_WORDS:
                    return False
                speaker = speaker_before(text, s_lo, cue.start)
                if speaker is None and cue.participle:
                    speaker = self._inherited_speaker(s_lo, cue.start)
                if speaker is None and intro:
                    speaker = speaker_after(text, cue.end, quote.start)
                if speaker is None and text[s_lo : cue.start].rstrip().endswith(","):
                    speaker = self._appositive_subject(s_lo, cue.start)
                if speaker is None:
                    speaker = self._coordinated_subject(s_lo, cue.start)
            if speaker is None or _inscription(text, cue, speaker):
                return False
            self._add_direct(quote, cue.start, cue.end, speaker, c)
            return True
        return False

    def _add_direct(
        self,
        quote: QuoteSpan,
        cue_start: int,
        cue_end: int,
        speaker: tuple[int, int],
        cue_index: int | None = None,
    ) -> None:
        """Record the whole quotation as a direct attribution of ``speaker``."""
        span = [(quote.start, quote.end)]
        attribution = Attribution(
            quote.start, quote.end, "direct", span, cue_start, cue_end, *speaker
        )
        self.add(attribution, cue_index)

    def _colon_intro(self, quote: QuoteSpan) -> bool:
        """``Rubio fired back forcefully: “…”``: a clause ending in a colon introduces
        the quotation even when its verb is not a reporting verb; its subject speaks."""
        text = self.text
        s_lo = self.layout.sent_bounds[self.layout.sentence_at(quote.start)][0]
        colon = text[s_lo : quote.start].rstrip()
        if not colon.endswith(":") or not _speechlike(text, quote):
            return False
        colon_at = s_lo + len(colon) - 1
        clause_lo = max(s_lo, text.rfind(",", s_lo, colon_at) + 1)
        speaker = leading_subject(text, clause_lo, colon_at)
        if speaker is None or speaker[1] >= colon_at or self.is_claimed(*speaker):
            return False
        self._add_direct(quote, colon_at, colon_at + 1, speaker)
        return True

    def _dash_signature(self, quote: QuoteSpan, p_hi: int) -> bool:
        """``“…” ― Jane Smith``: a name after a dash, alone at the end of its line,
        signs the quotation before it (reader comments, epigraphs, pull quotes)."""
        text = self.text
        line_end = text.find("\n", quote.end, p_hi)
        line_end = p_hi if line_end < 0 else line_end
        match = _DASH.match(text, quote.end, line_end)
        if match is None or not _speechlike(text, quote):
            return False
        speaker = speaker_after(text, match.end(), line_end)
        if speaker is None or text[speaker[1] : line_end].strip(" .\u00a0"):
            return False
        if not text[speaker[0]].isupper() or _word_count(text, *speaker) > 5:
            return False
        dash = match.end() - len(match.group().lstrip(" \u00a0"))
        self._add_direct(quote, dash, dash + len(match.group().strip(" \u00a0")), speaker)
        return True

    def _inherited_speaker(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The subject a participle cue (``…, saying``) takes over from its clause."""
        before = [
            a for a in self.found if lo <= (a.cue_start or -1) < hi and a.speaker_start is not None
        ]
        if before:
            last = max(before, key=lambda a: a.cue_start or 0)
            return last.speaker_start, last.speaker_end
        return leading_subject(self.text, lo, hi)

    def _coordinated_subject(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """``X spoke to reporters and said …``: the sentence subject owns the second verb."""
        before = self.text[lo:cue_start].rstrip()
        if before.endswith((" and", " but")) or before.endswith(","):
            return leading_subject(self.text, lo, cue_start)
        return None

    # ---- pass 2: indirect and mixed

    def _weak(self, cue: Cue) -> bool:
        """``threatened to stall``: a cue that is speech only when nothing else reports.

        Followed by an infinitive, these verbs report a stance of people and a risk
        posed by things ("the dispute threatened to stall talks") about equally often,
        so they yield the sentence to any other reporting cue in it.
        """
        return cue.lemma in _WEAK_BEFORE_TO and bool(_TO_INFINITIVE.match(self.text, cue.end))

    def indirect(self) -> None:
        layout = self.layout
        # Weak cues go last, so that a real reporting cue claims their sentence first.
        order = sorted(range(len(self.cues)), key=lambda c: self._weak(self.cues[c]))
        for c in order:
            cue = self.cues[c]
            if c in self.used_cues or self.quotation_at(cue.start) is not None:
                continue
            if self.is_claimed(cue.start, cue.end):
                continue
            sent = layout.sentence_at(cue.start)
            s_lo, s_hi = layout.sent_bounds[sent]
            if cue.kind == "circumstance":
                continue
            if cue.kind == "source_phrase":
                self._according_to(c, cue, s_lo, s_hi)
            else:
                self._reporting_verb(c, cue, s_lo, s_hi)

    def _content_after(self, lo: int, s_hi: int) -> tuple[int, int]:
        """Content from ``lo`` to the end of the clause: the sentence end or the next
        attribution with its own subject ("…, while Y said …")."""
        hi = s_hi
        for c in self.cues_between(lo, s_hi):
            cue = self.cues[c]
            if self.quotation_at(cue.start) is not None:
                continue
            if cue.kind == "source_phrase":
                # "…, according to X" closes the clause and names its own source.
                comma = re.search(r",\s*$", self.text[lo : cue.start])
                if comma:
                    hi = lo + comma.start()
                    break
                continue
            if cue.kind != "verb":
                continue
            if cue.participle:
                # "…, noting that …" starts an attribution of its own.
                comma = re.search(r",\s*$", self.text[lo : cue.start])
                if comma:
                    hi = lo + comma.start()
                    break
                continue
            subject = speaker_before(self.text, lo, cue.start)
            if subject is None:
                # "X said A and noted B": the second verb shares the subject.
                joint = _COORDINATED_VERB.search(self.text, lo, cue.start)
                if joint and _word_count(self.text, joint.start(), cue.start) <= 3:
                    hi = joint.start()
                    break
                continue
            link = _NEW_CLAUSE.search(self.text, lo, subject[0])
            if link and _word_count(self.text, lo, link.start()) >= 2:
                hi = link.start()
                break
        return _strip_span(self.text, lo, hi)

    def _content_before(self, s_lo: int, hi: int) -> tuple[int, int]:
        lo = s_lo
        for a in self.found:
            if s_lo <= a.end <= hi and a.end > lo:
                lo = a.end
        lo, hi = _strip_span(self.text, lo, hi)
        return lo, hi

    def _emit(
        self,
        c: int,
        cue: Cue,
        content: tuple[int, int],
        speaker: tuple[int, int] | None,
        head: tuple[int, int] | None = None,
    ) -> None:
        """Record an indirect or mixed attribution; ``head`` is a first fragment before
        a parenthetical cue ("The team, he said, will …")."""
        lo, hi = content
        if hi <= lo or _word_count(self.text, lo, hi) < 2 or speaker is None:
            return
        if self.is_claimed(lo, hi):
            # Overlaps an attribution already found (often a direct quotation): keep only
            # the part before it, if any.
            first = min(s for s, e in self.claimed if s < hi and lo < e)
            if first <= lo:
                return
            lo, hi = _strip_span(self.text, lo, first)
            if _word_count(self.text, lo, hi) < 2:
                return
        fragments = [(lo, hi)] if head is None else [head, (lo, hi)]
        start = fragments[0][0]
        self.add(
            Attribution(
                start, hi, self._quoted_kind(start, hi), fragments, cue.start, cue.end, *speaker
            ),
            c,
        )

    def _appositive_subject(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """``X, director of Y, said …``: the noun phrase before the appositive's comma.

        Tries each comma of the clause from the left and takes the first name (a
        capitalised noun phrase) that ends at one: "As part of his plea, Marcel Lazar,
        44, said" gives "Marcel Lazar", not "his plea".
        """
        text = self.text
        comma = _first_of(text, ",—–", lo, cue_start)
        while comma >= 0:
            subject = speaker_before(text, lo, comma)
            if (
                subject is not None
                and not text[subject[1] : comma].strip()
                and any(ch.isupper() for ch in text[subject[0] : subject[1]])
                and not self.is_claimed(*subject)
            ):
                between = text[comma:cue_start]
                if (
                    not any(ch in between for ch in ".;:!?")
                    or _word_count(text, comma, cue_start) < 25
                ):
                    return subject
            comma = _first_of(text, ",—–", comma + 1, cue_start)
        return None

    def _coordinated_cue_follows(self, content: tuple[int, int]) -> bool:
        """Does the content open with a preposition and hold "and <cue>"?"""
        lo, hi = content
        first = _WORD_ONLY.match(self.text, lo)
        if first is None or first.group().lower() not in _PREPOSITIONS:
            return False
        return any(
            self.text[max(lo, self.cues[k].start - 5) : self.cues[k].start] == " and "
            for k in self.cues_between(lo, hi)
        )

    def _according_to(self, c: int, cue: Cue, s_lo: int, s_hi: int) -> None:
        speaker = speaker_after(self.text, cue.end, s_hi)
        if speaker is None:
            return
        before = self.text[s_lo : cue.start].strip()
        if before.lower().strip(",") in _OPENERS | {""}:
            rest = re.match(r"[^,]*,", self.text[speaker[1] : s_hi])
            lo = speaker[1] + (rest.end() if rest else 0)
            self._emit(c, cue, self._content_after(lo, s_hi), speaker)
        elif self._parenthetical_source(c, cue, s_lo, s_hi, speaker):
            return
        else:
            self._emit(c, cue, self._content_before(s_lo, cue.start), speaker)

    def _parenthetical_source(
        self, c: int, cue: Cue, s_lo: int, s_hi: int, speaker: tuple[int, int]
    ) -> bool:
        """``The report, according to X, was a whitewash``: the source phrase interrupts
        its clause between the subject and the verb, so the content is both sides of it
        (two fragments)."""
        text = self.text
        head = self._content_before(s_lo, cue.start)
        after = re.match(r"\s*,", text[speaker[1] : s_hi])
        if after is None or text[head[1] : cue.start].strip() != ",":
            return False
        rest = self._content_after(speaker[1] + after.end(), s_hi)
        if _word_count(text, *rest) < 2 or self.is_claimed(*head) or _word_count(text, *head) < 1:
            return False
        first = _WORD_ONLY.match(text, rest[0])
        if first is None or first.group().lower() in _NOT_A_PREDICATE:
            return False  # "…, according to X, who …" / "…, and …": not the clause going on
        if speaker_after(text, rest[0], rest[1]) == rest:
            return False  # "…, according to X, a professor at Y": an appositive
        before = len(self.found)
        self._emit(c, cue, rest, speaker, head=head)
        return len(self.found) > before

    def _reporting_verb(self, c: int, cue: Cue, s_lo: int, s_hi: int) -> None:
        text = self.text
        group = _VERB_GROUP.search(text, max(s_lo, cue.start - 60), cue.start)
        verb_start = group.start() if group else cue.start
        if group is None:
            before_words = text[max(s_lo, cue.start - 12) : cue.start].split()
            if before_words and before_words[-1].lower() in _PASSIVE_AUX | {"to"}:
                return  # "is said to", "wants to say": not an attribution of its own
            if before_words and before_words[-1].lower() in _DETERMINERS | {"'s", "’s"}:
                return  # "the report", "a call": a noun
            if cue.participle:
                if not text[s_lo : cue.start].rstrip().endswith(","):
                    return
                speaker = self._inherited_speaker(s_lo, cue.start)
                content = self._content_after(cue.end, s_hi)
                self._emit(c, cue, _past_addressee(text, *content, cue.lemma), speaker)
                return
        elif cue.participle != bool(group["progressive"] or group["ing_taker"]):
            return
        speaker = speaker_before(text, s_lo, verb_start)
        if speaker is None and text[s_lo:verb_start].rstrip().endswith((",", "—", "–")):
            if self._inverted(c, cue, s_lo, s_hi):
                return
            speaker = self._appositive_subject(s_lo, verb_start)
        if speaker is None and text[s_lo:verb_start].rstrip().endswith((" and", " but")):
            speaker = self._coordinated_subject(s_lo, verb_start)
        if speaker is not None and (
            not _agrees(text, cue, speaker) or _inscription(text, cue, speaker)
        ):
            return
        if (
            speaker is not None
            and self._weak(cue)
            and text[speaker[0] : speaker[1]].lower() in _RELATIVE_SUBJECTS
        ):
            return  # "a standoff that threatened to stall talks": "who" would be a person
        if speaker is not None and not _verb_reading(text, cue, speaker):
            return
        if speaker is not None:
            content = self._content_after(cue.end, s_hi)
            content = self._inside_relative_clause(s_lo, speaker, content)
            if not _states_something(text, *content, cue.lemma):
                return
            content = _past_addressee(text, *content, cue.lemma)
            if _word_count(text, *content) >= 2:
                if self._coordinated_cue_follows((content[0], s_hi)):
                    return  # "X spoke to reporters and said …": the second verb reports
                lead = text[s_lo : speaker[0]].rstrip()
                if lead.endswith(",") and text[cue.end : content[0]].strip().startswith(","):
                    # "The team, he said, will develop a plan": a parenthetical cue.
                    head = _strip_span(text, s_lo, len(lead) - 1 + s_lo)
                    if _word_count(text, *head) >= 1 and not self.is_claimed(*head):
                        self._emit(c, cue, content, speaker, head=head)
                        return
                self._emit(c, cue, content, speaker)
                return
            # "clause, X said."
            if text[speaker[0] : speaker[1]].lower() in {"who", "which"}:
                return  # "The committee, which backed Ruiz, …": the antecedent is no content
            comma = text.rfind(",", s_lo, speaker[0])
            if comma >= 0 and not text[comma + 1 : speaker[0]].strip(" \n" + _QUOTE_CHARS):
                # A comma inside a closing quotation ("the “woman card,” Fiorina said")
                # keeps the quotation whole.
                quotation = self.quotation_at(comma)
                end = quotation.end if quotation is not None else comma
                self._emit(c, cue, self._content_before(s_lo, end), speaker)
            return
        self._inverted(c, cue, s_lo, s_hi)

    def _subject_with_appositive(self, lo: int, hi: int) -> bool:
        """Is text[lo:hi] a name and appositives only ("Sen. Ruth Okafor, D-Ohio")?

        Such a lead is the subject of the verb after it, not the content of an
        inverted cue: the name fills its stretch up to the first comma, and each
        later stretch opens with a noun phrase (no verb before it).
        """
        text = self.text
        pieces = text[lo:hi].split(",")
        if len(pieces) < 2:
            return False
        offset = lo
        for k, piece in enumerate(pieces):
            start = offset + len(piece) - len(piece.lstrip())
            end = offset + len(piece.rstrip())
            offset += len(piece) + 1
            np = speaker_after(text, start, end, name_ends=True) if start < end else None
            if np is None or np[0] != start:
                return False
            if k == 0 and (np[1] != end or not text[start].isupper()):
                return False
        return True

    def _inside_relative_clause(
        self, s_lo: int, speaker: tuple[int, int], content: tuple[int, int]
    ) -> tuple[int, int]:
        """``Cole, who said she would run, declined to comment``: content ends where the
        relative clause does.

        A non-restrictive relative clause on the sentence's subject closes with a comma
        before the main verb: the first comma followed by a verb-like word (a cue, an
        "-ed" form, an auxiliary), else the last comma of the content.
        """
        text = self.text
        lo, hi = content
        if text[speaker[0] : speaker[1]].lower() not in {"who", "which"}:
            return content
        lead = text[s_lo : speaker[0]].rstrip()
        if not lead.endswith(","):
            return content
        subject = leading_subject(text, s_lo, s_lo + len(lead) - 1)
        if subject is None or subject[1] != s_lo + len(lead) - 1:
            return content
        if any(_verb_like(w) for _, _, w in _words(text, *subject)):
            return content  # "The mayor praised Cole, who …": Cole is an object
        # A comma closes the clause when a space or a closing mark follows it ("$345,430"
        # does not); one inside a quotation keeps the quotation whole.
        commas = list(_CLAUSE_COMMA.finditer(text, lo, hi))
        if not commas:
            return content
        closing = commas[-1]
        for comma in commas:
            if _verb_like(comma.group("next") or ""):
                closing = comma
                break
        quotation = self.quotation_at(closing.start())
        end = quotation.end if quotation is not None else closing.start()
        return _strip_span(text, lo, end)

    def _inverted(self, c: int, cue: Cue, s_lo: int, s_hi: int) -> bool:
        """``clause, said X.`` and ``clause, said X, director of Y.``"""
        text = self.text
        if _VERB_GROUP.search(text, max(s_lo, cue.start - 60), cue.start):
            return False  # "…, was asked": the subject is before the verb group
        if not text[s_lo : cue.start].rstrip().endswith(","):
            return False
        speaker = speaker_after(text, cue.end, s_hi)
        rest = text[speaker[1] : s_hi].strip(" .!?;" + _QUOTE_CHARS) if speaker else ""
        if speaker is None or (rest and not rest.startswith(",")):
            return False
        lead_end = text.rfind(",", s_lo, cue.start)
        if self._subject_with_appositive(s_lo, lead_end):
            return False  # "Sen. Ruth Okafor, D-Ohio, called the vote overdue"
        before = len(self.found)
        self._emit(c, cue, self._content_before(s_lo, lead_end), speaker)
        return len(self.found) > before

    # ---- pass 3: headlines

    def headlines(self) -> None:
        text = self.text
        for p, (lo, hi) in enumerate(self.layout.para_bounds):
            if self.layout.para_kinds[p] == "boilerplate" or _word_count(text, lo, hi) > 30:
                continue
            if (p == 0 or self.layout.para_kinds[p] == "heading") and self._title_case_cue(lo, hi):
                continue
            colon = text.find(":", lo, hi)
            if colon < 0 or self.is_claimed(lo, hi):
                continue
            after = speaker_after(text, colon + 1, hi)
            if (
                after is not None
                and not text[after[1] : hi].strip(" .!?")
                and _is_capitalised(text[after[0]])
            ):
                content = _strip_span(text, lo, colon)
                if _word_count(text, *content) >= 2 and _word_count(text, *after) <= 4:
                    self._add_headline(content, colon, after)
                    continue
            before = speaker_after(text, lo, colon)
            if before is not None and before[1] == _strip_span(text, lo, colon)[1]:
                content = _strip_span(text, colon + 1, hi)
                if _word_count(text, *content) >= 3 and _word_count(text, *before) <= 4:
                    self._add_headline(content, colon, before)

    def _add_headline(self, content: tuple[int, int], colon: int, speaker: tuple[int, int]) -> None:
        """Record ``Content: Speaker`` or ``Speaker: content``; the colon is the cue."""
        self.add(
            Attribution(
                *content, self._quoted_kind(*content), [content], colon, colon + 1, *speaker
            ),
            None,
        )

    def _title_case_cue(self, lo: int, hi: int) -> bool:
        """``Conservative Icon Endorses Ted Cruz``: a headline's capitalised cue verb."""
        text = self.text
        if self.is_claimed(lo, hi):
            return False
        for match in _title_cue_pattern().finditer(text, lo, hi):
            speaker = speaker_before(text, lo, match.start())
            content = _strip_span(text, match.end(), hi)
            if speaker is None or _word_count(text, *content) < 2:
                continue
            lemma = cue_lexicon()[match.group().lower()][0]
            cue = Cue(match.start(), match.end(), lemma, "verb", match.group().lower())
            if not _agrees(text, cue, speaker):
                continue
            self.add(
                Attribution(
                    *content,
                    self._quoted_kind(*content),
                    [content],
                    match.start(),
                    match.end(),
                    *speaker,
                ),
                None,
            )
            return True
        return False

    # ---- pass 4: continuations

    def continuations(self) -> None:
        for quote in self.quotations:
            if self.is_claimed(quote.start, quote.end):
                continue
            p = self.layout.paragraph_at(quote.start)
            p_lo, _ = self.layout.para_bounds[p]
            if (
                quote.start != p_lo
                or self.layout.para_kinds[p] != "body"
                or not _speechlike(self.text, quote)
            ):
                continue
            source = self._previous_speaker(quote.start, p)
            if source is None:
                continue
            self.add(
                Attribution(
                    quote.start, quote.end, "direct", [(quote.start, quote.end)],
                    continuation=True, inherited_from=source,
                ),
                None,
            )  # fmt: skip

    def _previous_speaker(self, offset: int, paragraph: int) -> Attribution | None:
        """Whose words a cue-less quotation paragraph continues.

        The latest quotation (direct or mixed) in the two paragraphs before, else the
        latest attribution of any kind in the paragraph just before: a reader carries a
        speaker over a paragraph break, not over a stretch of narration.
        """
        earlier = [a for a in self.found if a.end <= offset and a.speaker_start is not None]
        quoted = [
            a
            for a in earlier
            if a.kind != "indirect" and self.layout.paragraph_at(a.end) >= paragraph - 2
        ]
        recent = [a for a in earlier if self.layout.paragraph_at(a.end) >= paragraph - 1]
        pool = quoted or recent
        if not pool:
            return None
        return max(pool, key=lambda a: a.end)

    def run(self) -> list[Attribution]:
        self.direct()
        self.indirect()
        self.headlines()
        self.continuations()
        return sorted(self.found, key=lambda a: (a.start, a.end))


# ------------------------------------------------------------------------- public API


def find_attributions(
    text: str,
    paragraphs: list[tuple[int, int, str]],
    sentences: list[tuple[int, int, int]],
    spans: list[QuoteSpan],
) -> list[Attribution]:
    """Attributions of ``text`` from plain bounds: the engine behind :func:`quotes`.

    ``paragraphs`` are (start, end, kind), ``sentences`` (start, end, paragraph) and
    ``spans`` the quotations of :func:`analysis.core.quotemarks.find_quote_spans`.
    """
    layout = _Layout(
        text,
        [(s, e) for s, e, _ in paragraphs],
        [k for _, _, k in paragraphs],
        [(s, e) for s, e, _ in sentences],
        [p for _, _, p in sentences],
    )
    if not layout.para_bounds:
        return []
    return _Engine(layout, list(spans)).run()


def _span_text(text: str, lo: int | None, hi: int | None) -> str | None:
    return None if lo is None else text[lo:hi]


def quotes(article) -> pd.DataFrame:
    """One row per attribution of ``article``: what was said, the cue, and who said it.

    Columns: ``attribution`` (the row's id), ``start``/``end`` (the content; ``text`` is
    ``article.text[start:end]``),
    ``kind`` (direct/indirect/mixed), ``fragments`` (the quoted pieces of an interrupted
    quotation), ``cue`` with ``cue_start``/``cue_end``, ``speaker_mention`` as written with
    ``speaker_start``/``speaker_end``, ``speaker`` (the mention as written, or for a
    continuation its source's; :func:`analysis.speakers.resolved_quotes` puts the resolved
    name here), ``continuation`` (a quotation paragraph carrying on the previous speaker;
    its mention is empty) with ``continues`` (the ``attribution`` it carries on),
    ``paragraph`` and ``sentence`` (ids of where the content starts).
    """
    text = article.text
    paragraphs = list(
        zip(
            article.paragraphs["start"],
            article.paragraphs["end"],
            article.paragraphs["kind"],
            strict=True,
        )
    )
    sentences = list(
        zip(
            article.sentences["start"],
            article.sentences["end"],
            article.sentences["paragraph"],
            strict=True,
        )
    )
    found = find_attributions(text, paragraphs, sentences, list(article.quote_spans))
    layout_sent_starts = [s for s, _, _ in sentences]
    rows = []
    position = {id(a): i for i, a in enumerate(found)}
    for i, a in enumerate(found):
        source = a.inherited_from
        sentence = max(0, bisect.bisect_right(layout_sent_starts, a.start) - 1)
        rows.append(
            {
                "attribution": i,
                "start": a.start,
                "end": a.end,
                "text": text[a.start : a.end],
                "kind": a.kind,
                "fragments": list(a.fragments),
                "cue": _span_text(text, a.cue_start, a.cue_end),
                "cue_start": a.cue_start,
                "cue_end": a.cue_end,
                "speaker_mention": _span_text(text, a.speaker_start, a.speaker_end),
                "speaker_start": a.speaker_start,
                "speaker_end": a.speaker_end,
                "speaker": _span_text(text, source.speaker_start, source.speaker_end)
                if source is not None
                else _span_text(text, a.speaker_start, a.speaker_end),
                "continuation": a.continuation,
                "continues": position[id(source)] if source is not None else None,
                "paragraph": sentences[sentence][2] if sentences else 0,
                "sentence": sentence,
            }
        )
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    table["attribution"] = table["attribution"].astype(int)
    for column in ("cue_start", "cue_end", "speaker_start", "speaker_end", "continues"):
        table[column] = table[column].astype("Int64")
    table["continuation"] = table["continuation"].astype(bool)
    for column in ("cue", "speaker_mention", "speaker"):
        table[column] = table[column].astype(object).where(table[column].notna(), None)
    return table
