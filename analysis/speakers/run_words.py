"""Single words at the edge of a capitalised run that are no part of a name: a
sentence-initial adverbial ("Clearly, …") and a unit written onto a number ("4K")."""

from __future__ import annotations

from analysis.speakers.namedata import could_be_given_name


def initial_adverb(lower: str, following: str) -> bool:
    """A sentence-initial "-ly" word set off by a comma is an adverbial ("Clearly, she
    ..."; Quirk et al. 1985, 8.14), unless the name data list it ("Kelly, who ...")."""
    return following == "," and lower.endswith("ly") and not could_be_given_name(lower)


def glued(toks, i: int) -> bool:
    """Whether token ``i`` is written onto the token before it, with no space."""
    return toks.starts[i] == toks.starts[i - 1] + len(toks.texts[i - 1])
