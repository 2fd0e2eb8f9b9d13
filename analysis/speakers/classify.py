"""Classes of name runs: whether a run of capitalised words is a person's name (after
its title), a title with no name, a body or a place, and where the title ends.

Titles such as "Secretary of State" or "Gen." are split off the name they stand before
(Chicago Manual of Style 8.21-8.32); a body noun or an acronym heading the run makes a
body's name, a generic place noun a place's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.speakers.lexicon import ACRONYM, Lexicons, lexicons
from analysis.speakers.namedata import could_be_given_name, is_given_name


def _title_end(words: list[str], lex: Lexicons) -> int:
    """Index just past the last title in a run of words (0 if none).

    "US Secretary of State Ana Ruiz" -> 4: everything before is the title phrase.
    """
    lowered = [w.lower() for w in words]
    openers = _title_openers(lex)
    end = 0
    for i in range(len(lowered)):
        if lowered[i] not in openers:
            continue  # no title starts with this word
        for n in range(min(lex.max_title_words, len(lowered) - i), 0, -1):
            if tuple(lowered[i : i + n]) in lex.titles:
                end = max(end, i + n)
                break
    return end


_OPENERS: dict[int, tuple[Lexicons, frozenset[str]]] = {}


def _title_openers(lex: Lexicons) -> frozenset[str]:
    """The first words of the titles (computed once per word lists)."""
    cached = _OPENERS.get(id(lex))
    if cached is None or cached[0] is not lex:
        cached = _OPENERS[id(lex)] = (lex, frozenset(t[0] for t in lex.titles if t))
    return cached[1]


# two or three dotted capitals: initials after a title ("Coach T.J. Marsh"), else an
# acronym ("U.S. Steel")
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")


def _name_after_body(lowered: list[str], title_end: int) -> int:
    """Where a person's name starts after "Title of Body" ("Deputy Director of Public
    Prosecution Ana Lind" -> 6), or 0: the last common given name after the title,
    followed by one or two more words (the surname), none of them a connector."""
    for k in range(len(lowered) - 2, title_end + 1, -1):
        given = lowered[k]
        if k + 3 < len(lowered):
            break  # "… Ana Lind": the name is the run's last two or three words
        if is_given_name(given) or is_given_name(given.split("-")[0]):
            tail = lowered[k + 1 :]
            if tail and all(w not in {"of", "for", "and", "the", "&"} for w in tail):
                return k
    return 0


def classify_run(words: list[str], lex: Lexicons) -> tuple[str, int, str]:
    """(form, title_end, honorific gender) for one run of words.

    form is "body" (a body noun in the run, or an acronym), "place" (a geographic
    head noun), "title" (a title with no name after it), or "name".
    """
    if lex is lexicons():
        return _classify_with_the_lexicons(tuple(words))
    return _classify(words, lex)


@lru_cache(maxsize=1 << 14)
def _classify_with_the_lexicons(words: tuple[str, ...]) -> tuple[str, int, str]:
    """:func:`classify_run` with the package's word lists, kept per run of words: a
    name comes back again and again (two in three runs of PolNeAR dev repeat one), and
    the answer depends only on the words and the data, read once per process."""
    return _classify(list(words), lexicons())


def _classify(words: list[str], lex: Lexicons) -> tuple[str, int, str]:
    lowered = [w.lower() for w in words]
    if lowered[0] in lex.honorifics and len(words) > 1:
        return "name", 1, lex.honorifics[lowered[0]]
    title_end = _title_end(words, lex)
    if title_end == 2 == len(words) and _surname_like_title(lowered, lex):
        title_end = 0  # "Ana Doctor": a given name, then a surname that is also a title
    rest = lowered[title_end:]
    if rest and all(w in lex.name_suffixes for w in rest):
        title_end = 0  # "Martin Luther King Jr.": "King" is the name, not a title
    if not title_end and len(words) > 1 and _role_word(lowered[0], lex, lowered[1]):
        title_end = 1  # "Resident Gus Pell", "Singer-guitarists Tom Jonson": a role
    if not title_end:
        title_end = _affiliation_end(words, lowered, lex)
    if not title_end:
        # "Republican Donald Trump": a party word before a name works like a title
        while title_end < len(words) - 1 and lowered[title_end] in lex.affiliations:
            if lowered[title_end + 1] in lex.place_nouns:
                break  # "Democratic Republic of …": the adjective of a state's name
            title_end += 1
    name = lowered[title_end:]
    if name and name[0] in lex.connectors:
        named = _name_after_body(lowered, title_end)
        if named:
            return "name", named, "-"  # "Director of Public Prosecutions | Ana Lind"
        return "title", len(words), "-"
    joints = [i for i, w in enumerate(name) if i and w in lex.body_connectors]
    if joints and len(name) - joints[-1] <= 3:
        # "Save the Bend", "Americans for Prosperity": no person's name has these; a
        # longer tail is rather a name after a run-on ("... of the Year Ana Ruiz")
        return "body", 0, "-"
    if len(name) > 1 and len(words[title_end]) > 2 and ACRONYM.match(words[title_end]):
        initials = title_end and _DOTTED_INITIALS.match(words[title_end])  # "Coach T.J. Marsh"
        if not initials:
            return "body", 0, "-"  # "NHS England", "BBC News": an acronym heads a body's name
    if any(w in lex.body_nouns for w in name if w not in lex.particles):
        return "body", 0, "-"
    if title_end and not name:
        body = any(w in lex.body_nouns for w in lowered)
        return ("body", 0, "-") if body else ("title", title_end, "-")
    if title_end:
        return "name", title_end, "-"
    if any(w in lex.body_nouns for w in lowered):
        return "body", 0, "-"
    if lowered[-1] in lex.affiliations and lowered[-1].endswith("s"):
        return "body", 0, "-"  # "Iowa Democrats", "House Republicans": a group
    # a generic place noun needs a name before it ("Hyde Park"); alone it is a surname
    # ("Park said")
    place_last = len(words) > 1 and lowered[-1] in lex.place_nouns
    if place_last and len(words) == 2 and is_given_name(lowered[0]):
        place_last = False  # "Lena Park", "Rosa Hill": a given name, then a surname
    if place_last or (len(words) > 1 and lowered[0] in lex.place_prefixes):
        return "place", 0, "-"
    if len(words) == 1 and ACRONYM.match(words[0]):
        return "body", 0, "-"
    return "name", 0, "-"


def _role_word(word: str, lex: Lexicons, following: str) -> bool:
    """A role noun before a name, also hyphenated ("singer-guitarist": each part a role)
    or plural before a common given name ("Singer-guitarists Tom Jonson and ..."; not
    "Doctors for Safe Harbours")."""
    parts = word.split("-")
    if all(p in lex.role_nouns for p in parts):
        return True
    plural = all(
        p in lex.role_nouns or (p.endswith("s") and p[:-1] in lex.role_nouns) for p in parts
    )
    return plural and is_given_name(following)


def _affiliation_end(words: list[str], lowered: list[str], lex: Lexicons) -> int:
    """Where a person's name starts after a capitalised affiliation and role ("Rovers DL
    Marcus Pell", "Harbour Sports NFL Insider Dana Cole"), else 0.

    Two words or more before a common given name, the last of them an acronym or a role
    noun, and a name of two words or more with no body noun: "JP Morgan Chase" (one
    word before) stays whole (AP Stylebook, "titles": a descriptive title before a name).
    """
    for k in range(2, len(words) - 1):
        if any(w in lex.body_nouns for w in lowered[k:]):
            continue
        before = words[k - 1]
        role = lowered[k - 1] in lex.role_nouns or (lowered[k - 1],) in lex.titles
        # after a role noun a rarer given name will do ("Kestrel Project Manager Haruto
        # Mizuki"): the role noun already says a person's name follows
        if is_given_name(lowered[k]) and (ACRONYM.match(before) or role):
            return k
        if role and could_be_given_name(lowered[k]) and lowered[k] not in lex.role_nouns:
            return k
    return 0


def _surname_like_title(lowered: list[str], lex: Lexicons) -> bool:
    """Two words, a common given name and a one-word title ("ana doctor", "rudy judge")."""
    first, last = lowered
    if (last,) not in lex.titles or (first,) in lex.titles or (first, last) in lex.titles:
        return False
    if first in lex.honorifics or first in lex.affiliations or first in lex.role_nouns:
        return False
    return is_given_name(first)


def title_text(words: list[str], lex: Lexicons) -> str:
    """A title as a role: a role noun capitalised only by its position ("Resident Gary
    Phelps") is written in lower case; titles proper keep their capitals."""
    lowered = tuple(w.lower() for w in words)
    if lowered and lowered not in lex.titles and all(w in lex.role_nouns for w in lowered):
        return " ".join(lowered)
    return " ".join(words)
