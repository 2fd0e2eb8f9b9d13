"""First-name data from the pinned package ``nomquamgender`` (Van Buskirk, Clauset &
Larremore 2023; MIT; about 600,000 names from 36 sources, shipped inside the wheel and
loaded on first use, never downloaded).

Two questions are asked of it: whether a word is commonly a given name (so that "Ken
Doctor" is a name, not a name and a title) and, in :mod:`analysis.speakers.gender`, the
gender a first name's bearers mostly have, abstaining on ambiguous names.
"""

from __future__ import annotations

import warnings
from functools import cache

#: The classifier abstains unless a name's share of women among its bearers is at most
#: this far from 0 or 1 (nomquamgender's default: p(female) <= 0.1 or >= 0.9).
NAME_UNCERTAINTY = 0.1
#: Too little evidence for a gender: a name listed by fewer sources or borne by fewer
#: people than this is left unknown (the data also hold words such as "amazon": 8 bearers).
NAME_MIN_SOURCES = 8
NAME_MIN_BEARERS = 100
#: A word is a common given name when at least this many of the sources list it, for at
#: least this many bearers in all.
GIVEN_NAME_SOURCES = 10
GIVEN_NAME_BEARERS = 10_000
#: A word could be a given name when at least this many sources list it (names from
#: countries the sources cover less have few bearers in it: "narendra", "xi").
POSSIBLE_NAME_SOURCES = 10


@cache
def classifier():
    """nomquamgender's classifier with the project's abstention threshold."""
    with warnings.catch_warnings():
        # its loader uses importlib.resources.open_text, deprecated in Python 3.13
        warnings.simplefilter("ignore", DeprecationWarning)
        import nomquamgender

    return nomquamgender.NBGC(threshold=NAME_UNCERTAINTY)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a common given name in the data ("ken", "rudy"; not "defense")."""
    entry = classifier().reference.get(word.lower())
    return bool(entry) and entry[0] >= GIVEN_NAME_SOURCES and entry[1] >= GIVEN_NAME_BEARERS


def could_be_given_name(word: str) -> bool:
    """Whether at least POSSIBLE_NAME_SOURCES of the data's sources list ``word`` as a name
    ("narendra", "xi", "alden"; not "goldman", "north", "saudi", "new")."""
    entry = classifier().reference.get(word.lower())
    return bool(entry) and entry[0] >= POSSIBLE_NAME_SOURCES


def well_attested(word: str) -> bool:
    """Whether the data hold enough evidence about ``word`` as a name to read a gender."""
    entry = classifier().reference.get(word.lower())
    return bool(entry) and entry[0] >= NAME_MIN_SOURCES and entry[1] >= NAME_MIN_BEARERS
