"""What lies between a quotation and its cue, and between the cue and the next quotation.

``“…,” X said`` names its speaker in the gap before the cue; ``“…,” X said in a speech on
Friday. “…”`` goes on with the same speaker when only the rest of the cue's sentence lies
between, and stops where a cue opens its own content ("she said, adding, “…”") or the
next quotation has a cue of its own ("“…,” Y added"). Used by
:mod:`~analysis.attribution.direct` (pass 1).
"""

from __future__ import annotations

import bisect
import re

from analysis.attribution.cues import Cue
from analysis.attribution.phrases import bare, is_adverb, speaker_after, speaker_before, word_count
from analysis.attribution.shapes import COORDINATORS
from analysis.attribution.source_phrases import relay_phrase
from analysis.attribution.state import MIN_QUOTATION_WORDS, State, speechlike
from analysis.attribution.vocabulary import (
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SKIPPABLE,
    SUBORDINATORS,
)
from analysis.core.quotemarks import DOUBLE_MARKS, QuoteSpan

# Most words between "X said" and a second quotation that continues the first.
MAX_BRIDGE_WORDS = 4
# ... or the rest of the cue's sentence, up to this many words ("said X, a strategist
# who worked for Y in the 1990s and now runs Z."): PolNeAR's bridges run to 35 words.
MAX_BRIDGE_SENTENCE_WORDS = 40

# Longest quotation read as a title when it is all in title case ("Island Rescue").
MAX_TITLE_WORDS = 6

_ASIDE = re.compile(r"^\s*\([^()]{0,20}\)")  # "(D-Ohio)", "(R)": a tag after a name


def speaker_in_gap(state: State, quote: QuoteSpan, cue: Cue) -> tuple[int, int] | None:
    """``“…,” X said`` and ``“…,” X, a spokeswoman for Y, said``: the noun phrase the
    gap between quotation and cue opens with."""
    text = state.text
    speaker = speaker_after(text, quote.end, cue.start)
    if speaker is None or bare(text[quote.end : speaker[0]]):
        return None
    # "Rep. Ana Ruiz (D-Ohio), a member of the panel, said": step over the bracketed tag.
    rest = _ASIDE.sub("", text[speaker[1] : cue.start], count=1)
    subject = speaker_before(text, quote.end, cue.start)
    if (
        subject is not None
        and text[speaker[1] : subject[0]].strip().lower() in ("and", "&")
        and _opens_sentence(state, quote)
    ):
        # "“…,” Okafor and her team wrote": a name coordinated with a noun phrase (not
        # "After hitting “Title,” the drummer and singer told …": a title in a clause).
        return speaker[0], subject[1]
    if rest.strip() and not rest.lstrip().startswith(",") and subject != speaker:
        return None
    after_comma = rest.lstrip()[1:].split()[:1]
    if after_comma and after_comma[0].lower() in COORDINATORS | SUBORDINATORS:
        return None  # "“…” testimony, and when Ana Ruiz … swears": a new clause, no appositive
    if (
        subject is not None
        and subject[0] > speaker[1]
        and _runs_on(text, quote, speaker)
        and not text[subject[1] : cue.start].strip()
    ):
        # "“… aren’t buying” reform, Ruiz said": the lower-case noun finishes the
        # quoted clause; the subject right before the cue speaks.
        return subject
    return speaker


def _runs_on(text: str, quote: QuoteSpan, phrase: tuple[int, int]) -> bool:
    """Does the sentence run on from the quotation into a lower-case noun phrase (no
    comma or stop inside the closing mark, no determiner or pronoun opening it)?"""
    inner_end = text[quote.inner_start : quote.inner_end].rstrip()[-1:]
    first = text[phrase[0] : phrase[1]].split()[0]
    return inner_end not in ",.?!…—-" and first.islower() and first not in DETERMINERS | PRONOUNS


def _opens_sentence(state: State, quote: QuoteSpan) -> bool:
    """Does the quotation open its sentence (only quotation marks before it)?"""
    s_lo = state.layout.sent_bounds[state.layout.sentence_at(quote.start)][0]
    return not state.text[s_lo : quote.start].strip(" \"“‘'")


def sentence_after_mark(state: State, quote: QuoteSpan, cue_sentence: int) -> bool:
    """``“Is the depot finished?” Ana Ruiz asked.``: a question or exclamation mark inside
    the closing mark lets the segmenter start a sentence at the capitalised name after
    it, yet the reporting clause still belongs to the quotation (Chicago Manual 6.9:
    the mark ends the quotation, not the sentence). True when the cue's sentence is the
    next one and starts right after the closing mark."""
    text, layout = state.text, state.layout
    if text[quote.inner_start : quote.inner_end].rstrip()[-1:] not in ("?", "!"):
        return False
    if cue_sentence != layout.sentence_at(max(quote.start, quote.end - 1)) + 1:
        return False
    return not text[quote.end : layout.sent_bounds[cue_sentence][0]].strip()


def nothing_said_after(state: State, cue: Cue, speaker: tuple[int, int]) -> bool:
    """Does the cue's sentence end after the cue and its source with nothing reported
    (a comma, a circumstance, one adverb: "Ruiz asked aloud.", "said of the crowd.")?
    Otherwise the sentence has a content of its own ("“Why not?” The board said it
    would …") and does not report the quotation before it."""
    text, layout = state.text, state.layout
    s_hi = layout.sent_bounds[layout.sentence_at(cue.start)][1]
    rest = text[max(cue.end, speaker[1]) : s_hi].strip()
    if not rest or rest[0] in ",.;—–(":
        return True
    found = rest.rstrip(".!?").split()
    if len(found) <= 1:
        return True
    return found[0].lower() in PREPOSITIONS and "that" not in (w.lower() for w in found)


def noun_use(text: str, cue: Cue, lo: int = 0) -> bool:
    """ "secretary of state", "the report", "on the attacks": a cue word after a
    determiner or "of" is a noun, not the cue."""
    before_cue = text[max(lo, cue.start - 12) : cue.start].split()
    return bool(before_cue) and before_cue[-1].lower() in DETERMINERS | {"of"}


def continues(state: State, cue: Cue, tail: int, nxt: QuoteSpan, p_hi: int) -> bool:
    """Does the quotation ``nxt`` after the cue go on with the cue's speaker?

    It does when only the rest of the cue's sentence lies between ("“…,” X said in a
    speech on Friday. “…”", "“…,” X said, referring to Y, “…”"; a cue word there is a
    noun or a clause of the same sentence: "in a blog post", "in response to a
    question"), and when ``nxt`` has no cue of its own after it ("“…,” X said.
    “…,” Y added." is two attributions). A short quotation in between (a title, "on
    “Morning Desk.”") does not break the sentence.
    """
    text, layout = state.text, state.layout
    if not speechlike(text, nxt) or not _bridges(state, cue, tail, nxt.start):
        return False
    if text[tail : nxt.start].rstrip().endswith(":"):
        return False  # "…, as Ruiz put it: “…”": a new introduction
    cue_sentence = layout.sentence_at(cue.start)
    if any(
        state.cues[j].kind == "source_phrase" and not relay_phrase(state.cues[j])
        for j in state.cues_between(tail, nxt.start)
    ):  # ("“…,” X said, as reported by Y. “…”": Y only relays X's words, which go on)
        return False  # "“…,” X said, according to Y. “…”": Y's report nests X's, and ends it
    if any(
        state.cues[j].kind != "circumstance"
        and layout.sentence_at(state.cues[j].start) != cue_sentence
        for j in state.cues_between(tail, nxt.start)
    ):
        return False  # "“…,” he said. Ruiz agreed. “…”": another sentence, another source
    if any(_reports_again(state, j) for j in state.cues_between(tail, nxt.start)):
        return False  # "“…,” she said, adding, “…”": the second cue has its own content
    if _quoted_speech_between(state, tail, nxt.start):
        return False
    return not _own_cue_after(state, nxt, p_hi)


def title_in_sentence(state: State, cue: Cue, span: QuoteSpan) -> bool:
    """A short or title-case quotation after a word of the cue's sentence ("on “Morning
    Desk.”", "on Harbour FM’s “Week in the Valley”", "called it “a disgrace”"): a title or
    scare quote, not the quotation going on."""
    text = state.text
    if word_count(text, span.inner_start, span.inner_end) >= MIN_QUOTATION_WORDS and not (
        title_like(text, span)
    ):
        return False
    before = text[max(0, span.start - 3) : span.start].rstrip()
    return (
        state.layout.sentence_at(span.start) == state.layout.sentence_at(cue.start)
        and before[-1:].isalnum()
    )


def _reports_again(state: State, c: int) -> bool:
    """Is cue ``c`` in a bridge a verb of saying that opens its own content ("adding,",
    "noting that", "explained:"), not a noun ("in a blog post") or a verb with an
    object ("referring to Y")?"""
    cue = state.cues[c]
    if cue.kind != "verb" or noun_use(state.text, cue):
        return False
    after = state.text[cue.end : cue.end + 24].lstrip()
    word = after.split(maxsplit=1)[0].rstrip(",:") if after.split() else ""
    if word and (is_adverb(word) or word.lower() in SKIPPABLE):
        after = after[len(word) :].lstrip()  # "adding later,", "noting wryly:"
    return after.startswith((",", ":", "that ", "“", '"'))


def _quoted_speech_between(state: State, lo: int, hi: int) -> bool:
    """Is there a quotation of speech, or a stray double mark, in text[lo:hi]? A short
    quotation (a title, a scare quote) is not speech."""
    text = state.text
    k = bisect.bisect_left(state.quote_starts, lo)
    position = lo
    while k < len(state.quotations) and state.quotations[k].start < hi:
        span = state.quotations[k]
        if span.start < position:  # nested in the one before
            k += 1
            continue
        if span.end > hi or (
            word_count(text, span.inner_start, span.inner_end) >= MIN_QUOTATION_WORDS
            and not title_like(text, span)
        ):
            return True
        if any(ch in DOUBLE_MARKS for ch in text[position : span.start]):
            return True
        position = span.end
        k += 1
    return any(ch in DOUBLE_MARKS for ch in text[position:hi])


def _own_cue_after(state: State, quote: QuoteSpan, p_hi: int) -> bool:
    """Is ``quote`` followed by a cue of its own: "“…,” Y added" / "“…,” added Y"
    (a reporting verb right after it, or after the noun phrase that opens the gap)?"""
    layout = state.layout
    sentence_end = layout.sent_bounds[layout.sentence_at(max(quote.start, quote.end - 1))][1]
    hi = min(p_hi, max(sentence_end, quote.end + 1))
    for c in state.cues_between(quote.end, hi):
        cue = state.cues[c]
        if cue.kind != "verb" or cue.participle:
            continue
        if state.has_quotation(quote.end, cue.start):
            return False
        gap = state.text[quote.end : cue.start]
        return not bare(gap) or speaker_in_gap(state, quote, cue) is not None
    return False


def _bridges(state: State, cue: Cue, lo: int, hi: int) -> bool:
    """Is text[lo:hi] only the rest of the cue's sentence, so that the quotation
    after it goes on with the same speaker?

    A few words ("“…,” he said. “…”") always do; a longer stretch does when it
    ends the sentence the cue is in ("said Ivo Brandt, a senior strategist. “…”") or
    is a clause set off by commas inside it ("he said, referring to Y, “…”").
    """
    words = word_count(state.text, lo, hi)
    if words <= MAX_BRIDGE_WORDS:
        return True
    last = state.text[lo:hi].rstrip()
    layout = state.layout
    cue_sentence = layout.sentence_at(cue.start)
    if words > MAX_BRIDGE_SENTENCE_WORDS or not last:
        return False
    if last.endswith(","):
        return layout.sentence_at(hi) == cue_sentence
    return last.endswith((".", "!", "?", "”", '"', "''")) and (
        layout.sentence_at(lo + len(last) - 1) == cue_sentence
    )


def title_like(text: str, quote: QuoteSpan) -> bool:
    """A short quotation in title case ("Island Rescue", "Well, That Went Fine"): every
    word of four letters or more capitalised, as in a title (Chicago Manual 8.159)."""
    found = [w.strip(".,!?:;…") for w in text[quote.inner_start : quote.inner_end].split()]
    found = [w for w in found if w]
    if not found or len(found) > MAX_TITLE_WORDS or not found[0][:1].isupper():
        return False
    if text[quote.inner_start : quote.inner_end].rstrip()[-1:] in "!?":
        return False  # "“You lie!”": an exclamation, not a title
    return all(w[:1].isupper() or len(w) < 4 or not w[:1].isalpha() for w in found)
