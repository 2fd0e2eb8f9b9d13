"""First-name data from the pinned package ``nomquamgender`` (Van Buskirk, Clauset &
Larremore 2023; MIT; about 720,000 names from 36 sources, shipped inside the wheel and
loaded on first use, never downloaded).

Two questions are asked of it: whether a word is commonly a given name (so that "Ana
Doctor" is a name, not a name and a title) and, in :mod:`analysis.speakers.gender`, the
gender a first name's bearers mostly have, abstaining on ambiguous names.

The data are read compactly, once per process (:func:`classifier`): importing
``nomquamgender`` would ``json.load`` its 22 MB file into lists of lists (about 200 MB
resident, 250 MB at the peak, 1.3 s), and every worker of a corpus run would carry
them. :class:`NameData` keeps only what the lookups read: the sorted names in one
byte string with their offsets, and three numeric arrays (sources, bearers, p(female)),
about 20 MB. :meth:`NameData.classify` answers as ``nomquamgender.NBGC.classify`` does
(same normalisation, same fallback to the first word, same threshold arithmetic on
the same float64 values); tests/test_namedata.py checks the two agree.
"""

from __future__ import annotations

import array
import bisect
import importlib.util
import json
import re
from functools import cache
from pathlib import Path

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

#: One entry of ``name_data.json``: ``"name": [sources, bearers, p(female), taxonomy]``
#: (the file is ``json.dump`` of a dict: ``": "`` and ``", "`` separators).
ENTRY = re.compile(rb'"((?:[^"\\]|\\.)*)": \[(\d+), (\d+), ([^,\]]+)')


class NameData:
    """The name data as sorted names and parallel arrays; ``reference.get`` and ``classify``
    answer as ``nomquamgender.NBGC``'s do."""

    def __init__(self, names: bytes, offsets, sources, bearers, female, threshold: float):
        self._names, self._offsets = names, offsets
        self._sources, self._bearers, self._female = sources, bearers, female
        self.threshold = threshold
        self.reference = self  # NBGC's attribute name: ``classifier().reference.get(name)``

    def __len__(self) -> int:
        return len(self._sources)

    def _name(self, index: int) -> bytes:
        return self._names[self._offsets[index] : self._offsets[index + 1]]

    def _index(self, name: str) -> int | None:
        key = name.encode("utf-8")
        index = bisect.bisect_left(range(len(self)), key, key=self._name)
        return index if index < len(self) and self._name(index) == key else None

    def get(self, name: str, default=None) -> tuple[int, int, float] | None:
        """``[sources, bearers, p(female)]`` of ``name`` as the data spell it, or ``default``."""
        index = self._index(name)
        if index is None:
            return default
        return (self._sources[index], self._bearers[index], self._female[index])

    def classify(self, names: list[str]) -> list[str]:
        """``"gf"``, ``"gm"`` or ``"-"`` per name, as ``NBGC.classify``: the name without
        diacritics, lower-cased and stripped, else its first word; abstain when
        ``0.5 - |0.5 - p(female)|`` exceeds the threshold or the name is unknown."""
        from unidecode import unidecode

        threshold = max(0, min(self.threshold, 0.49))
        labels = []
        for name in names:
            parsed = unidecode(str(name)).lower().strip()
            entry = self.get(parsed) or self.get(parsed.split(" ")[0])
            female = entry[2] if entry else float("nan")
            uncertain = not (0.5 - abs(0.5 - female) <= threshold)  # nan: abstain
            labels.append("-" if uncertain else ("gm" if female < 0.5 else "gf"))
        return labels


def data_file() -> Path:
    """``nomquamgender``'s data file, found without importing the package (its import loads it)."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the pinned package nomquamgender is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "name_data.json"


def read_names(raw: bytes, threshold: float = NAME_UNCERTAINTY) -> NameData:
    """The entries of ``name_data.json``'s text, parsed one at a time into flat arrays
    (no lists of lists, no object per name: the load's peak stays near the file's size)."""
    names, offsets = bytearray(), array.array("I", [0])
    sources, bearers, female = array.array("B"), array.array("I"), array.array("d")
    previous, ordered = b"", True
    for match in ENTRY.finditer(raw):
        name, listed, borne, share = match.groups()
        if b"\\" in name:  # a JSON escape (\" or \\) in the name
            name = json.loads(b'"' + name + b'"').encode("utf-8")
        ordered, previous = ordered and previous < name, name
        names += name
        offsets.append(len(names))
        sources.append(int(listed))
        bearers.append(int(borne))
        female.append(float(share))
    data = NameData(bytes(names), offsets, sources, bearers, female, threshold)
    return data if ordered else _sorted(data)


def _sorted(data: NameData) -> NameData:
    """The same data with the names in byte order, as bisection needs (the file is sorted)."""
    order = sorted(range(len(data)), key=data._name)
    names, offsets = bytearray(), array.array("I", [0])
    for index in order:
        names += data._name(index)
        offsets.append(len(names))
    columns = (data._sources, data._bearers, data._female)
    sources, bearers, female = (array.array(c.typecode, (c[i] for i in order)) for c in columns)
    return NameData(bytes(names), offsets, sources, bearers, female, data.threshold)


@cache
def classifier() -> NameData:
    """The name data with the project's abstention threshold, read once per process."""
    return read_names(data_file().read_bytes())


def spelled_as_data(word: str) -> str:
    """``word`` as the data spell names: without diacritics, lower-cased ("André" ->
    "andre", "ZOË" -> "zoe"), the normalisation ``NBGC.classify`` applies; every lookup
    goes through it, so a name written with accents or capitals is the same name."""
    from unidecode import unidecode

    return unidecode(str(word)).lower().strip()


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a common given name in the data ("ken", "rudy"; not "defense")."""
    entry = classifier().reference.get(spelled_as_data(word))
    return bool(entry) and entry[0] >= GIVEN_NAME_SOURCES and entry[1] >= GIVEN_NAME_BEARERS


def could_be_given_name(word: str) -> bool:
    """Whether at least POSSIBLE_NAME_SOURCES of the data's sources list ``word`` as a name
    ("narendra", "xi", "alden"; not "goldman", "north", "saudi", "new")."""
    entry = classifier().reference.get(spelled_as_data(word))
    return bool(entry) and entry[0] >= POSSIBLE_NAME_SOURCES


def well_attested(word: str) -> bool:
    """Whether the data hold enough evidence about ``word`` as a name to read a gender."""
    entry = classifier().reference.get(spelled_as_data(word))
    return bool(entry) and entry[0] >= NAME_MIN_SOURCES and entry[1] >= NAME_MIN_BEARERS
