"""Verbs of naming with a short quotation: a source's label, or a thing's title (issue 10).

"The mayor called the plan “a disgrace”", "which she dubbed “the little senator”", "what
they call “quiet quitting”": a speaker names something in their own words, an attribution
(Pareti 2015, PARC 3.0 annotates naming verbs). "A game called ‘Night Harbour’", "the
group called “Friends of the Park”": a title given by no one in particular, no
attribution. What tells them apart is the subject: a person, a name or a pronoun before
the cue names; a noun the participle modifies ("a game called") is titled.
"""

from __future__ import annotations

from analysis.attribution.cues import QUOTE_CHARS
from analysis.attribution.state import Attribution
from analysis.attribution.vocabulary import RELATIVE_PRONOUNS

# Speaker forms that can name in their own words (speaker_forms.speaker_form).
_NAMERS = frozenset({"name", "person", "pronoun"})
# Words that front the object of a naming verb before its subject ("what they call").
_FRONTED_OBJECTS = RELATIVE_PRONOUNS | {"what", "whom"}


def names_in_own_words(text: str, a: Attribution, form: str) -> bool:
    """Is a short quotation after a naming verb a subject's own label ("the mayor called
    it “a disgrace”")? The speaker must be a person, a name or a pronoun, written before
    the cue with at most a few words between (the verb's subject, Quirk et al. 1985,
    16.48: "call" + object + complement), and the words no title in capitals."""
    if form not in _NAMERS or a.speaker_end is None or a.cue_start is None:
        return False
    if a.speaker_end > a.cue_start:
        return False  # "…,” called Hale": naming verbs do not invert
    between = text[a.speaker_end : a.cue_start].split()
    if len(between) > 2 or any(w.endswith((",", ";", ":")) for w in between):
        return False
    words = [w.strip("“”\"‘’'.,;:!?") for w in text[a.start : a.end].split()]
    letters = [w for w in words if w[:1].isalpha()]
    # every word capitalised: a title given ("which it called “Night Harbour”"), not words
    return bool(letters) and not all(w[:1].isupper() for w in letters)


def titled_by_participle(text: str, a: Attribution) -> bool:
    """``the group called “Friends of the Bay”``: a quotation right after a naming verb
    with no object between is a title the participle gives its noun, unless the object
    was fronted before the subject ("which the mayor called “a disgrace”", "what critics
    call “a tax”"; Quirk et al. 1985, 17.97, participle postmodifiers)."""
    if a.cue_end is None or a.speaker_start is None or a.speaker_start > a.cue_start:
        return False
    if text[a.cue_end : a.start].strip() or text[a.start : a.start + 1] not in QUOTE_CHARS:
        return False  # an object between: "called the plan “a disgrace”"
    before = text[max(0, a.speaker_start - 12) : a.speaker_start].split()
    return not before or before[-1].lower().strip('“"(') not in _FRONTED_OBJECTS
