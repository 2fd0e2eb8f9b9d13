"""Names joined by "&": one body's name ("Orbis Gas & Power Co.", "Lomax & Hale") or two
people's ("Ana Ruiz & Tom Hale", the credit line of a report)."""

from __future__ import annotations

from analysis.speakers.lexicon import word_of
from analysis.speakers.namedata import is_given_name


def split_ampersand(run: list[int], texts: list[str]) -> list[list[int]] | None:
    """The two people of a run "Given Surname & Given Surname", split at "&"; None for any
    other run with "&". "&" joins the names of a firm or a partnership (Chicago Manual of
    Style 17th ed. 8.67, 10.23); two full personal names on each side of it are two
    people, each named as a person is, a given name first (Quirk et al. 1985, 5.66)."""
    words = [word_of(texts[i])[0] for i in run]
    if words.count("&") != 1:
        return None
    at = words.index("&")
    left, right = words[:at], words[at + 1 :]
    people = all(len(side) >= 2 and is_given_name(side[0]) for side in (left, right))
    return [run[:at], run[at + 1 :]] if people else None
