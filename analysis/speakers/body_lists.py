"""A body whose name coordinates the complements of "of": "the Ministry of Farms,
Fisheries and Forests", "the Office of Ports and Canals". The name is one body, not
a list of speakers nor its last member ("Forests"): the coordination sits inside the
"of" phrase that postmodifies the body noun (Quirk et al. 1985, 13.56 and 17.37;
Chicago Manual of Style 8.62: the full official name of a body).
"""

from __future__ import annotations

import re

from analysis.speakers.lexicon import lexicons

# "<Capitalised body noun> of A, B and C" closing a mention, a possessor or "the" before
_CAPITAL = r"[A-Z][\w’'&.-]*"
_COORDINATED_OF = re.compile(
    rf"(?P<noun>{_CAPITAL})\s+of\s+(?:the\s+)?{_CAPITAL}(?:\s+{_CAPITAL})*"
    rf"(?:,\s*{_CAPITAL}(?:\s+{_CAPITAL})*)*,?\s+(?:and|&)\s+{_CAPITAL}(?:\s+{_CAPITAL})*$"
)


def coordinated_body_name(mention: str) -> str | None:
    """The official name a speaker mention writes as a body noun with a coordinated "of"
    complement ("Veloria’s Ministry of Farms, Fisheries and Forests"), without a
    leading "the"; None for any other mention ("Ruiz, Park and Lee")."""
    written = mention.strip()
    found = _COORDINATED_OF.search(written)
    if found is None or found.group("noun").lower() not in lexicons().body_nouns:
        return None
    return re.sub(r"^[Tt]he\s+", "", written)
