"""Flagged frames whose subject or object shows that no words were said (issue 10).

Each test drops a doubtful row (a bare-object frame) that reports nobody's words:

* a forecast "calls for" weather ("forecasts called for low humidity"): "call for" with
  a forecast subject (``forecast_noun``) predicts conditions (Levin 1993, 37.7 verbs of
  saying differ from verbs of predicting), nobody asked for anything;
* "called for more" with nothing after "more" but a function word or a stop ("the
  crowd called for more even as …"): an encore, no demand with content;
* a mention that follows "like" or "such as" (``example_preposition``) is an example
  inside the subject's noun phrase ("a region like Ostmark demands deployment on a
  vast scale"), so the source of the bare object is the head noun before it, a thing
  (Quirk et al. 1985, 17.33, postmodifying prepositional phrases).
"""

from __future__ import annotations

from analysis import lexicons
from analysis.attribution.shapes import WORD, cue_lemma
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import grammar

_FORECASTS = frozenset(grammar("forecast_noun"))
_EXAMPLE_PREPOSITIONS = tuple(p.split() for p in grammar("example_preposition"))
_MORE = frozenset(grammar("bare_quantity_object"))


def _object_words(text: str, a: Attribution, limit: int = 4) -> list[str]:
    return [m.group().lower() for m in WORD.finditer(text, a.start, a.end)][:limit]


def forecast_calls_for(text: str, a: Attribution) -> bool:
    """``forecasts called for low humidity``: "call for" whose subject's last word is a
    forecast noun predicts weather; no source asks for anything."""
    if a.kind != "indirect" or a.speaker_start is None or cue_lemma(text, a) != "call":
        return False
    if _object_words(text, a, 1) != ["for"]:
        return False
    mention = text[a.speaker_start : a.speaker_end].lower().split()
    return bool(mention) and mention[-1] in _FORECASTS


def calls_for_nothing(text: str, a: Attribution) -> bool:
    """``the crowd called for more long after the band had left``: "call for" + "more" and then
    only a function word, a comma or the end: an encore asked for, no content."""
    if a.kind != "indirect" or cue_lemma(text, a) != "call":
        return False
    words = _object_words(text, a, 3)
    if words[:1] != ["for"] or len(words) < 2 or words[1] not in _MORE:
        return False
    if len(words) == 2:
        return True
    after_more = text[a.start : a.end].lower().split(words[1], 1)[1][:2]
    return after_more[:1] in (",", ".", ";") or words[2] in lexicons.words("stopwords")


def example_mention(text: str, a: Attribution) -> bool:
    """``a region like Ostmark demands deployment``: a mention right after "like" or
    "such as" is an example in the subject, not the subject."""
    if a.kind != "indirect" or a.speaker_start is None or a.cue_start is None:
        return False
    if a.speaker_start > a.cue_start:
        return False
    before = text[max(0, a.speaker_start - 20) : a.speaker_start].lower().split()
    return any(before[-len(p) :] == p for p in _EXAMPLE_PREPOSITIONS)


def says_no_words(text: str, a: Attribution) -> bool:
    """Is a doubtful bare-object row one of the frames above?"""
    return forecast_calls_for(text, a) or calls_for_nothing(text, a) or example_mention(text, a)
