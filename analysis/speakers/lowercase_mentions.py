"""Mentions written with a lower-case head: bodies such as "the Iraqi parliament" and
candidate descriptors such as "Canada’s foreign minister" or "the president".

A definite determiner (or a possessive) with a role noun, title or body noun makes a
mention of its own (Quirk et al. 1985, 5.26-5.33 on definite reference); the modifiers kept
are the ones that classify, not the ones that describe (7.2-7.4).
"""

from __future__ import annotations

from analysis.speakers.lexicon import Lexicons, is_capitalised, word_of
from analysis.speakers.mention import Mention
from analysis.speakers.names import Tokens

_HEAD_FORMS: dict[int, tuple[Lexicons, frozenset[str]]] = {}


def _head_forms(lex: Lexicons) -> frozenset[str]:
    """Every role noun and one-word title, also with a possessive ending, in lower case
    (computed once per word lists)."""
    cached = _HEAD_FORMS.get(id(lex))
    if cached is None or cached[0] is not lex:
        heads = set(lex.role_nouns) | {t[0] for t in lex.titles if len(t) == 1}
        forms = frozenset(heads | {h + s for h in heads for s in ("’s", "'s")})
        cached = _HEAD_FORMS[id(lex)] = (lex, forms)
    return cached[1]


def definite_descriptors(toks: Tokens, sid: int, pid: int, lex: Lexicons) -> list[Mention]:
    """Candidate descriptors such as "Canada’s foreign minister" or "the president".

    A definite determiner or a possessive, up to three lower-case modifiers, and a role
    noun or title, not followed by a name (then it is that name's title). They become
    mentions only when :func:`link_by_role` ties them to a named person (form
    "candidate" until then).
    """
    texts, kinds, starts = toks.texts, toks.kinds, toks.starts
    found = []
    forms = _head_forms(lex)
    # the cheapest test first: the lower-case form of a role noun or title, possessive or
    # not (a superset of the heads the tests below keep)
    heads = [i for i, text in enumerate(texts) if text.lower() in forms]
    for i in heads:
        text = texts[i]
        if kinds[i] != "word" or not text[:1].islower():
            continue
        head, possessive = word_of(text)
        lower = head.lower()
        if lower not in lex.role_nouns and (lower,) not in lex.titles:
            continue
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if not possessive and kinds[i + 1 : i + 2] == ["word"] and is_capitalised(nxt):
            continue  # "commander Gen. Omar Haddad": a title of the name after it
        k = i - 1
        while k >= 0 and i - k <= 4 and kinds[k] == "word":
            word, owner = word_of(texts[k])
            if owner or word.lower() in lex.definite:
                break
            if not word[:1].islower() or word.lower() in lex.not_names:
                k = -1
                break
            k -= 1
        if k < 0 or kinds[k] != "word":
            continue
        words = tuple(word_of(texts[j])[0].lower() for j in range(k, i + 1))
        found.append(
            Mention(
                start=starts[k],
                end=starts[i] + len(head),
                name_start=starts[k],
                name_end=starts[i] + len(head),
                sentence=sid,
                paragraph=pid,
                in_quote=bool(toks.in_quote[i]),
                form="candidate",
                name_words=words,
            )
        )
    return found


def body_start(toks: Tokens, first: int) -> tuple[int, int]:
    """Include a capitalised adjective or acronym run's leading "the" in a body mention."""
    starts = toks.starts
    if first > 0 and toks.texts[first - 1].lower() == "the":
        return starts[first - 1], starts[first]
    return starts[first], starts[first]


def _describing(modifier: str) -> bool:
    """A lower-case modifier that describes rather than names a body: a superlative ("the
    largest newspaper", "the lowest-paid bank") or a participle ("the merged company");
    "the Iraqi parliament" and "the federal government" keep theirs (Quirk et al. 1985,
    7.2-7.4: a classifying adjective identifies a kind, a gradable one describes)."""
    parts = modifier.split("-")
    if not modifier[:1].islower():
        return False
    superlative = len(parts[0]) > 4 and parts[0].endswith("est")
    return superlative or (len(parts[-1]) > 5 and parts[-1].endswith("ed"))  # not "armed"


def lowercase_bodies(toks: Tokens, sid: int, pid: int, lex: Lexicons) -> list[Mention]:
    """Bodies written with a lower-case head: "the Iraqi parliament", "the Trump government".

    The pattern is "the" + one modifier + a body noun; the modifier keeps two
    governments apart, and a bare "the government" is left to the speaker table.
    """
    texts, kinds = toks.texts, toks.kinds
    starts = toks.starts
    found = []
    # the cheapest test first: the pattern needs "the" two tokens before the head
    after_the = [i + 2 for i, t in enumerate(texts[: len(texts) - 2]) if t.lower() == "the"]
    for i in after_the:
        head, possessive = word_of(texts[i])
        if kinds[i] != "word" or head.lower() not in lex.body_nouns or not head[:1].islower():
            continue
        if head.lower() in lex.name_heads:  # "the country's affairs": a body only by name
            continue
        if kinds[i - 1] != "word":
            continue
        modifier = texts[i - 1]
        if modifier.lower() in lex.not_names or word_of(modifier)[0].lower() in lex.body_nouns:
            continue  # "the company’s news": a body's possession, not another body
        if _describing(modifier) or head.lower() in lex.body_kinds:
            # "the German automaker", "the federal agency": a body's kind describes a body
            # named elsewhere (resolved as a description), it names no body of its own
            continue
        following = texts[i + 1].lower() if i + 1 < len(texts) and not possessive else ""
        if following in lex.role_nouns or following in lex.body_nouns:
            continue  # "the Iranian military commander": a modifier, not the body
        words = (modifier.lower(), head.lower())
        found.append(
            Mention(
                start=starts[i - 2],
                end=starts[i] + len(head),
                name_start=starts[i - 1],
                name_end=starts[i] + len(head),
                sentence=sid,
                paragraph=pid,
                in_quote=bool(toks.in_quote[i]),
                form="body",
                name_words=words,
            )
        )
    return found
