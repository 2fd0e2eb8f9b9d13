"""Table conventions shared by every stage: the unresolved-speaker constant and the offset contract."""

from __future__ import annotations

import pandas as pd

#: The speaker of an attribution whose source could not be resolved to anyone.
UNRESOLVED = "(unresolved)"


def offsets_round_trip(text: str, table: pd.DataFrame, text_column: str = "text") -> list[int]:
    """Row positions whose ``text`` is not ``text[start:end]`` (empty when the contract holds)."""
    bad = []
    for i, (start, end, value) in enumerate(
        table[["start", "end", text_column]].itertuples(index=False)
    ):
        if pd.isna(start) or text[int(start) : int(end)] != value:
            bad.append(i)
    return bad
