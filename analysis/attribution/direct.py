"""Pass 1, direct quotations: a quotation whose cue sits next to it.

``“…,” X said`` / ``“…,” said X`` / ``X said: “…”`` / ``According to X, “…”``, the
interrupted ``“…,” X said, “…”`` (one attribution, two fragments), a clause ending in a
colon (``X fired back: “…”``) even without a reporting verb, and a name signing a
quotation after a dash. Patterns after Pouliquen, Steinberger & Best 2007 and Krestel,
Bergler & Witte 2008. Whether a second quotation goes on with the first is
:mod:`~analysis.attribution.bridge`'s.
"""

from __future__ import annotations

import bisect

from analysis.attribution.adverbial_frames import circumstance_intro, closes_adverbial_clause
from analysis.attribution.bridge import (
    continues,
    nothing_said_after,
    noun_use,
    sentence_after_mark,
    speaker_in_gap,
    title_in_sentence,
    title_like,
)
from analysis.attribution.cues import Cue, inscription
from analysis.attribution.digest import digest_item
from analysis.attribution.introductions import (
    add_direct,
    as_clause_intro,
    colon_intro,
    dash_signature,
    opening_participle,
    signature_paragraph,
)
from analysis.attribution.participle_subjects import participle_speaker
from analysis.attribution.phrases import (
    bare,
    first_word,
    leading_subject,
    speaker_after,
    speaker_before,
    strip_span,
    word_count,
)
from analysis.attribution.quoted_clause import (
    add_parenthetical,
    clause_goes_on,
    parenthetical_fragment,
    that_after,
)
from analysis.attribution.reported_belief import outer_report
from analysis.attribution.state import MIN_QUOTATION_WORDS, Attribution, State, speechlike
from analysis.attribution.subjects import appositive_subject, coordinated_subject, inherited_speaker
from analysis.attribution.vocabulary import (
    ADDRESSEE_VERBS,
    grammar,
)
from analysis.core.quotemarks import QuoteSpan

# Longest stretch between a cue and the quotation it introduces ("told reporters on Friday:").
MAX_INTRO_WORDS = 8
# How far before a quotation its introducing cue may start: a sentence of a few hundred
# words is no introduction, and the bound keeps the pass linear in the text.
MAX_INTRO_CHARS = 4000


def find_direct(state: State) -> None:
    """Attribute every quotation with a cue beside it (pass 1)."""
    k = 0
    while k < len(state.quotations):
        quote = state.quotations[k]
        para = state.layout.paragraph_at(quote.start)
        p_lo, p_hi = state.layout.para_bounds[para]
        if opening_participle(state, quote):
            k += 1
            continue
        merged = _cue_after(state, quote, k, p_hi)
        if merged is not None:
            k = merged
            continue
        if (
            not _cue_before(state, quote, p_lo)
            and not digest_item(state, quote)
            and not colon_intro(state, quote)
            and not as_clause_intro(state, quote)
            and not dash_signature(state, quote, p_hi)
        ):
            signature_paragraph(state, quote, p_hi)
        k += 1


def _cue_after(state: State, quote: QuoteSpan, k: int, p_hi: int) -> int | None:
    """``“…,” X said`` / ``“…,” said X`` and the interrupted ``“…,” X said, “…”``.

    Returns the index of the next quotation to read, or None when no cue follows."""
    text, layout = state.text, state.layout
    window_end = min(p_hi, quote.end + 160)
    for c in state.cues_between(quote.end, window_end):
        cue = state.cues[c]
        if cue.kind != "verb" or cue.participle:
            continue
        gap = text[quote.end : cue.start]
        quote_sentence = layout.sentence_at(max(quote.start, quote.end - 1))
        cue_sentence = layout.sentence_at(cue.start)
        split = cue_sentence != quote_sentence
        if (
            ";" in gap
            or state.has_quotation(quote.end, cue.start)
            or (split and not sentence_after_mark(state, quote, cue_sentence))
        ):
            break
        if noun_use(text, cue, quote.end):
            continue
        if bare(gap):
            speaker = speaker_in_gap(state, quote, cue)
        else:
            speaker = speaker_after(text, cue.end, window_end)
            if speaker is None:
                # "…,” says analyst Ivo Brandt. That’s …": the phrase ran on into the
                # next sentence, so read it within the cue's sentence ("Del. Ana
                # Ruiz" keeps her title, which the splitter may cut at "Del.").
                sentence_end = layout.sent_bounds[cue_sentence][1]
                speaker = speaker_after(text, cue.end, min(window_end, sentence_end))
            if speaker is None:
                speaker = _name_before_of(text, cue.end, window_end)
            if speaker is not None and _subject_of_clause(text, speaker):
                break  # "…,” said the plan could fail": a clause after the cue, no source
        if speaker is None or (split and not nothing_said_after(state, cue, speaker)):
            break
        s_lo = layout.sent_bounds[layout.sentence_at(quote.start)][0]
        inner_words = word_count(text, quote.inner_start, quote.inner_end)
        if that_after(state, cue, speaker) is None and (
            (not speechlike(text, quote) and "," not in text[quote.inner_end - 1 : cue.start])
            or (inner_words < MIN_QUOTATION_WORDS and word_count(text, s_lo, quote.start))
            or (title_like(text, quote) and word_count(text, s_lo, quote.start))
        ):
            # A short quotation inside a sentence ("Praising her “quiet
            # courage,” Hale said, “…”") or a title ("In his book, “Teach Your Dog
            # to Read,” Hale suggested") is not what the cue reports.
            break
        return _record_cue_after(state, quote, k, p_hi, c, speaker, s_lo)
    return None


def _subject_of_clause(text: str, speaker: tuple[int, int]) -> bool:
    """Is the noun phrase after an inverted cue the subject of a finite verb right after
    it ("said the candidate could be …")? Then it opens the cue's that-less clause
    (Quirk et al. 1985, 16.32) and is no inverted source."""
    after = first_word(text, speaker[1] + 1) if text[speaker[1] : speaker[1] + 1] == " " else None
    return after is not None and after.group() in _FINITE


_FINITE = frozenset(grammar("finite_auxiliary"))


def _name_before_of(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``said marine biologist Ana Ruiz of the Northern Coastal Water Research Institute in …``: a
    phrase too long to be one mention still names its speaker before its first "of"."""
    of = text.find(" of ", lo, hi)
    if of < 0:
        return None
    speaker = speaker_after(text, lo, of)
    if speaker is None or not any(w[:1].isupper() for w in text[speaker[0] : speaker[1]].split()):
        return None
    return speaker


def _record_cue_after(
    state: State, quote: QuoteSpan, k: int, p_hi: int, c: int, speaker: tuple[int, int], s_lo: int
) -> int:
    """Record the quotation before cue ``c``, with the next one when it goes on after the cue."""
    text, cue = state.text, state.cues[c]
    lead = text[s_lo : quote.start].rstrip()
    start, kind = quote.start, "direct"
    if word_count(text, s_lo, quote.start) and not lead.endswith((":", ",", "—", "–", "-", "(")):
        # "And the waiting … “is the hardest part,” she added": a mixed quotation.
        start, kind = strip_span(text, s_lo, quote.start)[0], "mixed"
    fragments = [(start, quote.end)]
    end = quote.end
    next_k = k + 1
    tail = max(cue.end, speaker[1])
    that_clause = that_after(state, cue, speaker)
    if that_clause is not None:
        # "“It’s our luck,” he said, that the two met": the that-clause after the
        # parenthetical cue finishes the quoted clause, one mixed content.
        fragments.append(that_clause)
        state.add(
            Attribution(start, that_clause[1], "mixed", fragments, cue.start, cue.end, *speaker), c
        )
        return next_k
    after = next_k
    while after < len(state.quotations) and title_in_sentence(state, cue, state.quotations[after]):
        after += 1  # "said on “Morning Desk.”": a title in the cue's sentence
    nxt = state.quotations[after] if after < len(state.quotations) else None
    if nxt is not None and nxt.start < p_hi and continues(state, cue, tail, nxt, p_hi):
        # "“…,” X said. “…”": the second quotation is the same attribution.
        fragments.append((nxt.start, nxt.end))
        end = nxt.end
        next_k = after + 1
    state.add(Attribution(start, end, kind, fragments, cue.start, cue.end, *speaker), c)
    return next_k


def _intro_bounds(state: State, quote: QuoteSpan, p_lo: int) -> tuple[int, int]:
    """Where a cue introducing ``quote`` may start: its sentence, or the one before when
    the quotation opens a sentence ("He said:"), or the paragraph before ending in ":"."""
    text, layout = state.text, state.layout
    sent = layout.sentence_at(quote.start)
    s_lo = layout.sent_bounds[sent][0]
    if (
        s_lo == quote.start
        and sent > 0
        and layout.sent_para[sent - 1] == layout.paragraph_at(quote.start)
    ):
        s_lo = layout.sent_bounds[sent - 1][0]
    elif s_lo == quote.start == p_lo and sent > 0 and text[:p_lo].rstrip().endswith(":"):
        # "The Harbour Gazette reports:" ends the paragraph before the quotation.
        s_lo = p_lo = layout.sent_bounds[sent - 1][0]
    return s_lo, p_lo


def _cue_before(state: State, quote: QuoteSpan, p_lo: int) -> bool:
    """``X said: “…”`` / ``said X, “…”`` / ``According to X, “…”``."""
    text = state.text
    s_lo, p_lo = _intro_bounds(state, quote, p_lo)
    lo = max(s_lo, p_lo, quote.start - MAX_INTRO_CHARS)
    candidates = [c for c in state.cues_between(lo, quote.start) if c not in state.used_cues]
    for c in reversed(candidates):
        cue = state.cues[c]
        if (
            cue.kind == "circumstance"
            or state.quotation_at(cue.start) is not None
            or noun_use(text, cue)
        ):
            continue  # "said in a statement:": the verb before it is the cue
        gap_lo, gap_hi = cue.end, quote.start
        gap = text[gap_lo:gap_hi]
        if state.has_quotation(gap_lo, gap_hi):
            return False
        contentless = False
        if _sentence_break(state, gap_lo, gap_hi):
            if not _contentless_report(state, cue, quote):
                return False
            contentless = True  # "Ana Ruiz said in a statement. “…”": what she said
        stripped = "" if contentless else gap.strip()
        if cue.kind == "source_phrase":
            speaker = speaker_after(text, cue.end, quote.start, source_phrase=True)
            if speaker is None or not stripped.endswith((",", ":")):
                return False
        else:
            intro = word_count(text, gap_lo, gap_hi)
            if stripped and not stripped.endswith((":", ",")) and stripped.lower() != "that":
                return False
            if (
                not stripped
                and not contentless
                and cue.text_form == cue.lemma
                and title_like(text, quote)
            ):
                return False  # "the reality show “Island Rescue,”": a title, the cue a noun
            if intro > MAX_INTRO_WORDS and not circumstance_intro(stripped):
                return False
            if stripped.lower() in ("", "that") and clause_goes_on(state, quote, cue):
                return False  # "said that “we need more time” to finish": mixed, read later
            speaker = _introducing_speaker(state, cue, s_lo, quote, intro)
        if speaker is None or inscription(text, cue, speaker):
            return False
        if cue.kind == "verb" and closes_adverbial_clause(text, s_lo, cue, speaker, stripped):
            return False  # "X said that when Y railed against Z, “…”": X's main clause
        if (
            cue.kind == "verb"
            and stripped == ","
            and parenthetical_fragment(state, s_lo, speaker, quote)
        ):
            add_parenthetical(state, quote, c, speaker, s_lo)  # "The plan, she said, “is …”"
            return True
        add_direct(state, quote, cue.start, cue.end, speaker, c)
        return True
    return False


def _sentence_break(state: State, lo: int, hi: int) -> bool:
    """Does a sentence start inside text[lo:hi]? Read from the segmenter's sentences,
    so "said of Mr. Hale:" is no break."""
    if state.text[lo:hi].rstrip().endswith((".", "!", "?")):
        return True  # the stretch ends a sentence the segmenter ran on
    starts = state.layout.sent_starts
    k = bisect.bisect_right(starts, lo)
    return k < len(starts) and starts[k] < hi and bool(state.text[starts[k] : hi].strip())


def _contentless_report(state: State, cue: Cue, quote: QuoteSpan) -> bool:
    """``Ana Ruiz said in a statement. “…”``: a reporting sentence with no content of its
    own (its subject, the verb and nothing or a circumstance after it) ends right before
    the quotation, which opens the next sentence of the paragraph."""
    text = state.text
    if cue.kind != "verb" or cue.participle or not speechlike(text, quote):
        return False
    rest = text[cue.end : quote.start].rstrip()
    if not rest.endswith("."):
        return False
    rest = rest[:-1].strip()
    layout = state.layout
    if layout.sentence_at(quote.start) > layout.sentence_at(cue.start) + 1:
        return False  # the quotation opens the very next sentence
    if not (not rest or circumstance_intro(rest)):
        return False
    if rest.lower().startswith("to "):
        return False  # "X expects to build three bridges.": an infinitive, a content
    # Nothing but the subject before the verb: "…, Cole said." has its content before.
    s_lo = state.layout.sent_bounds[state.layout.sentence_at(cue.start)][0]
    subject = speaker_before(text, s_lo, cue.start)
    return subject is not None and not text[s_lo : subject[0]].strip()


def _introducing_speaker(
    state: State, cue: Cue, s_lo: int, quote: QuoteSpan, intro: int
) -> tuple[int, int] | None:
    """The subject of a verb cue before a quotation, by the first reading that applies."""
    text = state.text
    speaker = _participle_subject(state, s_lo, cue) if cue.participle else None
    if speaker is None and cue.participle:
        speaker = _noun_before_aside(text, s_lo, cue.start)
    if speaker is None:
        speaker = speaker_before(text, s_lo, cue.start)
        if (
            speaker is not None and cue.participle
        ):  # "sent a text to supporters saying", "released a statement saying"
            speaker = participle_speaker(state, s_lo, speaker)
    if speaker is None and cue.participle:
        speaker = inherited_speaker(state, s_lo, cue.start)
    if speaker is None and intro and not cue.participle and cue.lemma not in ADDRESSEE_VERBS:
        # "said Ana Ruiz, “…”"; never after a participle ("telling reporters,") nor "told
        # her supporters, “…”": there the noun phrase is whom the speaker addresses.
        speaker = speaker_after(text, cue.end, quote.start)
    if speaker is None and not cue.participle:
        speaker = _noun_before_aside(text, s_lo, cue.start)  # "Ruiz -- a chemist -- told me,"
    if speaker is None and text[s_lo : cue.start].rstrip().endswith(","):
        speaker = appositive_subject(state, s_lo, cue.start)
    if speaker is None:
        speaker = coordinated_subject(state, s_lo, cue.start)
    outer = None if speaker is None else outer_report(state, s_lo, cue, speaker)
    reporter = (
        None if outer is None else _introducing_speaker(state, state.cues[outer], s_lo, quote, 0)
    )
    if reporter is not None:  # "X said he believes “…”": X's report brings the quotation
        state.used_cues.add(outer)  # (its content is the belief, the quotation's row)
        speaker = reporter
    return speaker


def _noun_before_aside(text: str, s_lo: int, cue_start: int) -> tuple[int, int] | None:
    """``featured a series of farmers — including adults and children — declaring, “…”``:
    a participle right after a dash aside postmodifies the noun phrase before the aside
    (Quirk et al. 1985, 17.30; the aside is parenthetic, 15.55), so that phrase speaks,
    not the sentence's subject."""
    before = text[s_lo:cue_start].rstrip()
    if not before.endswith(("—", "–", "--")):
        return None
    dash = "--" if before.endswith("--") else before[-1]  # a dash typed as two hyphens too
    opening = text.rfind(dash, s_lo, s_lo + len(before) - len(dash))
    if opening < 0:
        return None
    return speaker_before(text, s_lo, opening)


def _participle_subject(state: State, s_lo: int, cue: Cue) -> tuple[int, int] | None:
    """``Ana Ruiz shared the news on Monday, writing “…”``: a participle cue after a
    comma hangs on the clause before it, so its speaker is that clause's subject (the
    subject of the reporting verb just before, else the sentence's), never the object right before
    the comma (Quirk et al. 1985, 15.58 on supplementive clauses)."""
    text = state.text
    if not text[s_lo : cue.start].rstrip().endswith(","):
        return None
    cues = state.cues_between(s_lo, cue.start)
    previous = state.cues[cues[-1]] if cues else None
    if (
        previous is not None
        and previous.kind == "verb"
        and not previous.participle
        and not bare(text[previous.end : cue.start])
    ):
        # "…, Ruiz said, adding, “…”": the reporting clause just before owns it.
        subject = speaker_before(text, s_lo, previous.start)
        if subject is not None and text[subject[1] : previous.start].strip() == "":
            return subject
    return leading_subject(text, s_lo, cue.start)
