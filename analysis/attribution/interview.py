"""Pass 3, interviews and transcripts: each labelled turn is what its speaker said.

A question-and-answer interview ("Q: … / A: …") or a transcript ("TAPPER: … / FALLIN: …",
"MR. SMITH: …") sets its speaker as a label at the start of each paragraph (AP Stylebook,
"Q-and-A format"; PARC 3.0 reads the label and its colon as source and cue, Pareti 2015).
Such a paragraph is a verbatim turn: a *direct* attribution whose content is the text
after the label. The reading applies only to a real transcript layout, so that a
``Note:``, ``Update:`` or ``Photo:`` line, a list of ``Name: detail`` entries or a
``Content: Speaker`` headline (:mod:`~analysis.attribution.headline`) stays as it is:

* at least two labelled turns, their labels at paragraph starts, the same small set of
  labels repeating (a surname label carries on the full name: ``JAKE TAPPER`` then
  ``TAPPER``);
* labels that can name a speaker (capitalised words, no digits, no reporting verb, none of
  the non-speaker labels or salutations of ``transcript_labels.tsv``);
* turns that read as conversation: at least half hold a first- or second-person pronoun
  or a question (Quirk et al. 1985, 6.3: the persons of a dialogue).

The speaker mention is the label. An answer label (``A:``) stands for the interviewee,
whom the lead introduces ("We spoke with Ana Ruiz, …", "Q&A with Mayor Ana Ruiz"): the
mention is that name when the lead makes it clear, else the label as written, which the
speaker resolution leaves unresolved. A question label is the interviewer or the outlet
and stays as written. Runs after the direct and indirect passes: a quotation or a
paraphrase inside a turn ("My father said …") keeps its own reading; a row that took the
label for its speaker gives way to the turn.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from analysis import lexicons
from analysis.attribution import vocabulary as v
from analysis.attribution.headline import headline_paragraphs
from analysis.attribution.state import Attribution, State

# A turn is verbatim speech without quotation marks: direct (PolNeAR, after PARC 3.0, marks
# the transcript turns it annotates as indirect, having no quotation marks).
TURN_KIND = "direct"
# Longest label, in characters and in words ("Vice President Ana María de la Ruiz").
MAX_LABEL_CHARS = 48
MAX_LABEL_WORDS = 5
# Share of turns that must read as conversation (a pronoun of the dialogue, a question).
CONVERSATION_SHARE = 0.5
# Most distinct speakers per turn: a transcript repeats a few labels.
DISTINCT_SHARE = 0.6
_LABEL_WORD = re.compile(r"[^\W\d_][\w’'.&\-]*")
_WORD = re.compile(r"[^\W\d_][\w’']*")
# A run of capitalised words in the lead: a candidate name ("Vice President Joe Biden").
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][\w’'\-]+|[A-Z]\.))+")


@cache
def _labels(role: str) -> frozenset[str]:
    """The ``transcript_labels.tsv`` entries of one role."""
    return frozenset(r["entry"] for r in lexicons.rows("transcript_labels") if r["role"] == role)


@cache
def _not_speakers() -> frozenset[str]:
    """Labels that name a section, notice or field: this lexicon's and the headline's."""
    return _labels("not_speaker") | frozenset(v.grammar("section_label"))


# Words inside a label that make it a phrase, not a name (the first word may be "The":
# "THE COURT:").
_FUNCTION_WORDS = v.DETERMINERS | v.PRONOUNS | v.PREPOSITIONS | frozenset(v.grammar("coordinator"))


@dataclass
class Turn:
    """One labelled paragraph: the label, its role, its key and the turn's text."""

    label_start: int
    label_end: int
    role: str  # "question", "answer" or "name"
    key: str  # the role, or the label's last word (a surname carries on a full name)
    period: bool  # "Q." rather than "Q:"
    start: int
    end: int


def _label_words(label: str) -> list[str] | None:
    """The words of a label that can name a speaker, or None: capitalised words (name
    particles aside), no digits, not a pronoun."""
    words = label.split()
    if not 1 <= len(words) <= MAX_LABEL_WORDS or any(ch.isdigit() for ch in label):
        return None
    for k, word in enumerate(words):
        low = word.lower()
        if k and low in v.NAME_PARTICLES:
            continue
        if not _LABEL_WORD.fullmatch(word) or not word[0].isupper():
            return None
        if k and low in _FUNCTION_WORDS:
            return None  # "Best For:", "Why We Love It:": a field name, not a person's
    if label.lower() in v.PRONOUNS:
        return None
    return words


def _turn_at(state: State, lo: int, hi: int) -> Turn | None:
    """The labelled turn opening the paragraph text[lo:hi], if its opening is a label."""
    text = state.text
    colon = text.find(":", lo, min(hi, lo + MAX_LABEL_CHARS))
    period = False
    if colon < 0 and text[lo : lo + 2].rstrip(".").lower() in _labels("question") | _labels(
        "answer"
    ):
        colon, period = lo + 1, text[lo + 1 : lo + 3] == ". "  # "Q. …", "A. …"
        if not period:
            return None
    if colon < 0:
        return None
    label = text[lo:colon].strip()
    words = _label_words(label)
    start = colon + 1
    while start < hi and text[start].isspace():
        start += 1
    end = hi
    while end > start and text[end - 1].isspace():
        end -= 1
    if words is None or start >= end or not _WORD.search(text, start, end):
        return None
    low = " ".join(words).lower()
    if low in _not_speakers() or words[0].lower() in _labels("salutation"):
        return None
    if state.cues_between(lo, colon):
        return None  # "Trump Said:", "He added:": a reporting clause, the other passes' own
    role = (
        "question"
        if low in _labels("question")
        else "answer"
        if low in _labels("answer")
        else "name"
    )
    if period and role == "name":
        return None
    key = role if role != "name" else words[-1].lower().strip(".")
    return Turn(lo, lo + len(label), role, key, period, start, end)


def label_can_name(state: State, lo: int, hi: int) -> bool:
    """Can the label text[lo:hi] name a speaker: capitalised words, none a section or
    field label, a salutation or a reporting verb (the test of a transcript's labels)?"""
    words = _label_words(state.text[lo:hi].strip())
    if words is None:
        return False
    low = " ".join(words).lower()
    if low in _not_speakers() or words[0].lower() in _labels("salutation"):
        return False
    return low not in _labels("question") | _labels("answer") and not state.cues_between(lo, hi)


def _conversational(text: str, turn: Turn) -> bool:
    """Does the turn hold a first- or second-person pronoun or a question?"""
    if "?" in text[turn.start : turn.end]:
        return True
    pronouns = _labels("speech_pronoun")
    return any(w.group().lower() in pronouns for w in _WORD.finditer(text, turn.start, turn.end))


def _transcript(text: str, turns: list[Turn]) -> list[Turn]:
    """The turns, when they make a transcript layout; else none (see the module doc)."""
    roles = {t.role for t in turns}
    if any(t.period for t in turns) and not {"question", "answer"} <= roles:
        turns = [t for t in turns if not t.period]  # "A. Ruiz …": an initial, not a label
    if len(turns) < 2:
        return []
    keys = Counter(t.key for t in turns)
    if keys.most_common(1)[0][1] < 2 or len(keys) > max(2, DISTINCT_SHARE * len(turns)):
        return []
    if len(keys) == 1 and "answer" not in keys:
        return []  # one label repeated ("Pro tip:", "See it now:") is a field, not a dialogue
    talking = sum(1 for t in turns if _conversational(text, t))
    return turns if talking >= CONVERSATION_SHARE * len(turns) else []


def find_interviews(state: State) -> None:
    """Attribute each labelled turn of an interview or transcript to its speaker (pass 3)."""
    text, layout = state.text, state.layout
    skipped = set(headline_paragraphs(state))
    turns, joining = [], []
    for p, (lo, hi) in enumerate(layout.para_bounds):
        kind = layout.para_kinds[p]
        if kind == "heading" and not turns:
            continue  # the title and a heading before the dialogue: the headline pass's
        turn = _turn_at(state, lo, hi)
        if turn is not None:
            (turns if kind == "body" and p not in skipped else joining).append(turn)
    turns = _transcript(text, turns)
    if not turns:
        return
    # A turn where a headline may stand (the first paragraph) or set apart like a heading
    # ("A: Trip to the coast") joins the dialogue when its label is one of the dialogue's.
    keys = {t.key for t in turns}
    turns = sorted(turns + [t for t in joining if t.key in keys], key=lambda t: t.start)
    _yield_labels(state, turns)
    interviewee = _interviewee(text, turns) if any(t.role == "answer" for t in turns) else None
    for turn in turns:
        speaker = (turn.label_start, turn.label_end)
        if turn.role == "answer" and interviewee is not None:
            speaker = interviewee
        span = [(turn.start, turn.end)]
        state.add(Attribution(turn.start, turn.end, TURN_KIND, span, None, None, *speaker), None)


def _yield_labels(state: State, turns: list[Turn]) -> None:
    """Rows found earlier that took a label for their speaker, cue or content give way:
    the label is the turn's."""
    labels = [(t.label_start, t.start) for t in turns]

    def touches(a: Attribution) -> bool:
        spans = [(a.start, a.end)]
        if a.speaker_start is not None:
            spans.append((a.speaker_start, a.speaker_end))
        if a.cue_start is not None:
            spans.append((a.cue_start, a.cue_end))
        return any(s < hi and lo < e for s, e in spans for lo, hi in labels)

    if any(touches(a) for a in state.found):
        state.replace_found([a for a in state.found if not touches(a)])


# ------------------------------------------------------------------ the interviewee


def _interviewee(text: str, turns: list[Turn]) -> tuple[int, int] | None:
    """The interviewee's name in the title and lead (the text before the first turn):
    the name after an interview phrase ("spoke with Ana Ruiz", "Q&A with Mayor Ana
    Ruiz"), else the one person the lead names most, when no other ties it and the lead
    names them twice or a question addresses them by name; None when the lead does not
    make it clear (never a name the text does not hold)."""
    lead = text[: turns[0].label_start]
    low = lead.lower()
    interviewers = _labels("interviewer_noun")
    for phrase in sorted(_labels("interview_phrase"), key=len, reverse=True):
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", low):
            name = _NAME_RUN.match(lead, _skip_descriptor(lead, match.end()))
            if name is None:
                continue
            before = low[match.end() : name.start()].split()
            if any(w.strip(",") in interviewers for w in before):
                continue  # "spoke with the paper's senior writer Ana Ruiz": she asks
            return name.start(), name.end()
    questions = [text[t.start : t.end] for t in turns if t.role == "question"]
    return _most_named(lead, interviewers, questions)


def _skip_descriptor(lead: str, at: int) -> int:
    """Past a determiner and a few lower-case descriptors after an interview phrase, to
    the name they introduce ("with actress Ana Ruiz", "with the city's new mayor, Ana
    Ruiz"); ``at`` itself when no name follows within a few words."""
    for k, word in enumerate(re.finditer(r"\s*(\S+)", lead[at : at + 80])):
        token = word.group(1)
        if token[:1].isupper():
            return at + word.start(1)
        bare = token.rstrip(",").replace("’s", "").replace("'s", "")
        if k >= 4 or not bare.isalpha():
            break
    return at


def _most_named(
    lead: str, interviewers: frozenset[str], questions: list[str]
) -> tuple[int, int] | None:
    """The full name the lead repeats most by its last word, if unique (or the only one).
    A run ending in a role, body or document noun ("New CEO", "City Council"), an acronym
    or a word that is never a name ("Thursday") names no person; of the runs of the chosen
    name the shortest is its mention ("Introducing Ana Ruiz" → "Ana Ruiz")."""
    runs = []
    for run in _NAME_RUN.finditer(lead):
        words = run.group().split()
        while words and (words[0].lower() in v.DETERMINERS | v.PRONOUNS):
            words = words[1:]
        if len(words) < 2 or not _person_like(words[-1]):
            continue
        before = lead[max(0, run.start() - 40) : run.start()].lower().split()[-3:]
        if any(w.strip(",") in interviewers for w in before):
            continue  # "senior writer Ana Ruiz": the journalist who asks
        runs.append((run.start() + run.group().index(words[0]), run.end(), words[-1]))
    if not runs:
        return None
    counts = Counter()
    for surname in {s for _, _, s in runs}:
        counts[surname] = len(re.findall(r"\b" + re.escape(surname) + r"\b", lead))
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    best = [r for r in runs if r[2] == ranked[0][0]]
    if ranked[0][1] < 2 and not _addressed(lead, best, questions):
        return None  # named once in passing ("After Tom Lee resigned, we asked …")
    start, end, _ = min(best, key=lambda r: (len(lead[r[0] : r[1]].split()), r[0]))
    return start, end


def _addressed(lead: str, runs: list[tuple[int, int, str]], questions: list[str]) -> bool:
    """Does a question open by calling the person by a name of theirs ("Q: Ana, …",
    "Q: Junior – …")? A vocative names the one addressed (Quirk et al. 1985, 10.55)."""
    names = {w for lo, hi, _ in runs for w in lead[lo:hi].split()}
    for question in questions:
        first = re.match(r"\s*([^\W\d_][\w’'-]*)\s*[,–—-]", question)
        if first is not None and first.group(1) in names:
            return True
    return False


def _person_like(word: str) -> bool:
    """Can ``word`` end a person's name: no acronym, no common noun of a source, no word
    of ``not_names.tsv``?"""
    low = word.lower()
    return not (word.isupper() or low in v.source_heads() or low in _not_names())


@cache
def _not_names() -> frozenset[str]:
    return frozenset(r["entry"].lower() for r in lexicons.rows("not_names"))
