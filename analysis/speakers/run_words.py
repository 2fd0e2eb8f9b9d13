"""Single tokens at the edge of a capitalised run: a sentence-initial adverbial
("Clearly, …") and a unit written onto a number ("4K") are no part of a name; "&" and
the "!" of "E! News" are."""

from __future__ import annotations

from analysis.speakers.lexicon import is_capitalised
from analysis.speakers.namedata import could_be_given_name


def initial_adverb(lower: str, following: str) -> bool:
    """A sentence-initial "-ly" word set off by a comma is an adverbial ("Clearly, she
    ..."; Quirk et al. 1985, 8.14), unless the name data list it ("Kelly, who ...")."""
    return following == "," and lower.endswith("ly") and not could_be_given_name(lower)


def glued(toks, i: int) -> bool:
    """Whether token ``i`` is written onto the token before it, with no space."""
    return toks.starts[i] == toks.starts[i - 1] + len(toks.texts[i - 1])


def joining_mark(toks, i: int) -> bool:
    """Whether the mark at ``i`` joins the capitalised words around it into one name: "&"
    ("Orbis Gas & Power Co."; Chicago Manual of Style 17th ed. 10.23) or "!" written onto
    a lone capital letter ("E! News", a name styled so)."""
    texts, kinds = toks.texts, toks.kinds
    if kinds[i + 1 : i + 2] != ["word"] or not is_capitalised(texts[i + 1]):
        return False
    if texts[i] == "&":
        return True
    lone = len(texts[i - 1]) == 1 and texts[i - 1].isupper() and glued(toks, i)
    return texts[i] == "!" and lone and not glued(toks, i + 1)
