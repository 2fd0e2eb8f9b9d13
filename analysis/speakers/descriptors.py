"""Descriptors: titles and role phrases ("the senator", "her spokesman") tied to the
named person whose title or role they repeat (Vieira & Poesio 2000).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import Lexicons, descriptor_words, lexicons, role_head, word_of

if TYPE_CHECKING:
    from analysis.speakers.entities import Entities


def apposed_roles(found: list[Mention], text: str, lex: Lexicons) -> list[Mention]:
    """Titles and descriptors set off before a name: "The Health Secretary, Mr David Kemp,"
    or "Her spokesman, Tim Reed," (apposition, Quirk et al. 1985, 17.65).

    The name takes the phrase as its role (without determiner or possessor) unless it
    has one; the phrase becomes a mention of the name's person (form "apposed" until
    the names are grouped). The name must be closed by a comma or the sentence end.
    """
    linked = []
    names = [m for m in found if m.form == "name"]
    starts = [m.start for m in names]
    for m in found:
        if m.form not in {"title", "candidate"} or m.in_quote:
            continue
        i = bisect.bisect_left(starts, m.end)
        if i == len(names) or names[i].sentence != m.sentence:
            continue
        name = names[i]
        if text[m.end : name.start].strip() != "," or name.role:
            continue
        if not re.match(r"\s*(?:[,.;:]|$)", text[name.end : name.end + 2]):
            continue
        phrase = text[m.start : m.end]
        if m.form == "title":
            name.role = re.sub(r"^(?:the|The)\s+", "", phrase)
        else:
            name.role = " ".join(descriptor_words(phrase))
        name.role_start, name.role_end = m.start, m.end
        m.apposed, m.form = name, "apposed"
        linked.append(m)
    return linked


def _role_overlap(descriptor: list[str], phrases: list[str], lex: Lexicons) -> int:
    """How many final words of ``descriptor`` end one of a person's titles or roles.

    Only counts when the last word is a title or role noun: "Canada's foreign minister"
    matches "Foreign Minister" with 2, "the president" matches "US President" with 1.
    """
    if not descriptor:
        return 0
    last = descriptor[-1]
    if (last,) not in lex.titles and last not in lex.role_nouns:
        return 0
    # a compound title must match whole: "prime minister" is not "foreign minister"
    needed = max(
        (n for n in range(1, len(descriptor) + 1) if tuple(descriptor[-n:]) in lex.titles),
        default=1,
    )
    best = 0
    for phrase in phrases:
        # a co-founder is a founder, a co-chair a chair: "the company's founder" may
        # repeat "co-founder" (the role shared, not another one)
        head = tuple(w[3:] if w.startswith("co-") else w for w in role_head(phrase))
        k = 0
        while k < min(len(head), len(descriptor)) and head[-k - 1] == descriptor[-k - 1]:
            k += 1
        if k and k < len(head) and _longer_title(head, k, lex):
            continue  # "Vice President Joe Biden" is not "the president"
        best = max(best, k)
    return best if best >= needed else 0


def _longer_title(head: tuple[str, ...], k: int, lex: Lexicons) -> bool:
    """Whether a role's last ``k`` words are the end of a longer title that ranks
    differently: "vice president" (a title of ``titles.tsv``), "vice presidential
    nominee" (the prefix vice-, Quirk et al. 1985, I.23: "deputy")."""
    longer = any(head[-n:] in lex.titles for n in range(k + 1, len(head) + 1))
    return longer or head[-k - 1] == "vice"


# how near a person's mention a place or party must be written to be tied to them ("Marco
# Rubio is campaigning in Florida": about a sentence)
NEAR_MENTION = 120
# How many of a person's latest mentions are read for what the text ties to them.
MAX_MENTIONS_BESIDE = 30


class RoleIndex:
    """The titles and roles of every named person, and where each is mentioned: built
    once, so that linking a descriptor does not walk every mention again."""

    def __init__(self, groups: dict[int, list[Mention]], kinds: dict) -> None:
        lex = lexicons()
        self.phrases = {
            e: list(
                dict.fromkeys(p for m in group for p in (m.title, m.role) if p and _is_role(p, lex))
            )
            for e, group in groups.items()
            if kinds.get(e) == "person" and any(m.form == "name" for m in group)
        }
        self.starts = {e: sorted(m.start for m in groups[e]) for e in self.phrases}
        self.affiliations = {
            e: " ".join(dict.fromkeys(m.affiliation for m in groups[e] if m.affiliation))
            for e in self.phrases
        }

    def add(self, entity: int, start: int) -> None:
        """A mention joins ``entity`` (its recency counts for later ties)."""
        if entity in self.starts:
            bisect.insort(self.starts[entity], start)

    def _beside(self, entity: int, position: int, text: str) -> str:
        """The sentences of a person's mentions before ``position`` (about: from the stop
        before the mention to the next, at most ``NEAR_MENTION`` characters each way):
        what the text ties to them there."""
        every = self.starts[entity]
        # the latest mentions only: in a long text a person is tied to what is written
        # near their recent mentions, and reading all of them made this quadratic
        starts = every[max(0, bisect.bisect_left(every, position) - MAX_MENTIONS_BESIDE) :]
        starts = starts[: bisect.bisect_left(starts, position)]
        spans = []
        for at in starts:
            near_lo, near_hi = max(0, at - NEAR_MENTION), at + NEAR_MENTION
            lo = max(
                text.rfind(". ", near_lo, at), text.rfind("\n", near_lo, at), at - NEAR_MENTION
            )
            ends = (text.find(". ", at + 4, near_hi + 2), text.find("\n", at, near_hi + 1))
            stop = [i for i in ends if i >= 0]
            hi = min([*stop, near_hi, position])
            spans.append(text[max(0, lo) : hi])
        return " ".join(spans)

    def link(
        self,
        descriptor: str,
        position: int,
        lex: Lexicons,
        possessor: str | None = None,
        written: str = "",
        text: str = "",
    ) -> int | None:
        """The person whose title or role the descriptor repeats (Vieira & Poesio 2000,
        "definite descriptions": a role noun resolves to the entity it has been used for).

        Ties go to the person mentioned last before ``position``, else the first after
        (on PolNeAR, salience with the topic's weight, as pronouns are resolved, chose
        worse: "McCain said. The longtime senator said" is McCain, not the topic Cruz).
        A descriptor with a named ``possessor`` ("Morrison's lawyer") links only to a person
        whose title or role names that possessor too: another lawyer is not Morrison's. An
        office held in a polity or body ("Canada's foreign minister", a title in
        ``titles.tsv``) links as usual. The descriptor as ``written`` may name a place, a
        party or a body ("the Vermont senator", "the GOP nominee"): a person whose roles,
        party-state tag ("I-Vt.") and the ``text`` beside their earlier mentions ("Rubio
        is campaigning in Florida") do not name it is not the one described; more of the
        descriptor's words in a person's roles rank first ("the former president").
        """
        words = descriptor_words(descriptor)
        if possessor and _office(words, lex):
            possessor = None  # "Canada’s foreign minister": an office of a polity or body
        scored = {}
        for e, phrases in self.phrases.items():
            if possessor and not any(possessor in p.lower() for p in phrases):
                continue
            k = _role_overlap(words, phrases, lex)
            beside = self._beside(e, position, text) if k and written else ""
            if k and _modifiers_fit(written, phrases, self.affiliations[e], lex, beside):
                in_roles = {w for p in phrases for w in role_head(p)}
                scored[e] = (k, sum(w in in_roles for w in words[:-k]))
        if not scored:
            return None
        top = max(scored.values())
        tied = [e for e, k in scored.items() if k == top]

        def recency(e: int) -> tuple[int, int]:
            starts = self.starts[e]
            i = bisect.bisect_left(starts, position)
            return (1, starts[i - 1]) if i else (0, -starts[0])

        return max(tied, key=recency)


def link_title_mentions(found, groups, kinds, roles: RoleIndex, lex: Lexicons) -> None:
    """Move "the President" (a title with no name) to the named person with that title."""
    for m in [m for m in found if m.form == "title"]:
        target = roles.link(" ".join(m.name_words), m.start, lex)
        if target is None:
            continue
        groups[m.entity].remove(m)
        if not groups[m.entity]:
            del groups[m.entity]
            kinds.pop(m.entity, None)
        m.entity = target
        m.form = "descriptor"
        groups[target].append(m)
        roles.add(target, m.start)
    for e, group in groups.items():
        if all(m.form == "title" for m in group):
            kinds[e] = "person"


def link_descriptors(
    candidates, found, groups, roles: RoleIndex, lex, text: str = ""
) -> list[Mention]:
    """The candidate descriptors that repeat a named person's title or role, linked."""
    starts = [m.start for m in found]  # ``found`` is in text order
    longest = max((m.end - m.start for m in found), default=0)
    linked = []
    for m in candidates:
        lo = bisect.bisect_left(starts, m.start - longest)
        hi = bisect.bisect_left(starts, m.end)
        if any(m.start < t.end and t.start != m.start for t in found[lo:hi]):
            continue  # part of a name's title already read (a possessor may open it)
        possessor = named_possessor(text[m.start : m.end])
        written = text[m.start : m.end]
        target = roles.link(" ".join(m.name_words), m.start, lex, possessor, written, text)
        if target is None:
            continue
        m.entity, m.form = target, "descriptor"
        groups[target].append(m)
        roles.add(target, m.start)
        linked.append(m)
    return linked


def link_cataphoric(result: Entities, descriptor: str, end: int) -> int | None:
    """An indefinite descriptor ("a defense expert") introducing the next new person.

    News often announces a source before naming them; the link is taken only when the
    next person introduced (first mention within the next three paragraphs) has a role
    sharing a content word with the descriptor ("defense" ~ "Canadian Defense ... Network").
    """
    words = descriptor_words(descriptor)
    lex = lexicons()
    content = {w for w in words if len(w) > 3 and w not in lex.role_nouns}
    head = words[-1] if words and words[-1] in lex.role_nouns else None
    if not content and head is None:
        return None
    first = bisect.bisect_left(result.starts, end)
    if first == len(result.mentions):
        return None
    paragraph = result.mentions[first].paragraph
    for m in result.mentions[first:]:
        if m.paragraph > paragraph + 3:
            break
        if m.form != "name":
            continue
        if result.kind_of.get(m.entity) != "person" or result.first_start[m.entity] < end:
            continue
        role = result.role_of[m.entity]
        if content & set(descriptor_words(role)):
            return m.entity
        return m.entity if _names_next(result.text, head, role, end, m.start) else None
    return None


# how far after the descriptor the holder of its role may be named (a paragraph or so)
CATAPHORA_CHARS = 600


def _names_next(text: str, head: str | None, role: str, end: int, start: int) -> bool:
    """Whether the next person, named in the same or the next paragraph, holds the role
    the descriptor's head noun names ("A transit chief says …" then "Interim Police Chief
    Ana Ruiz told reporters …"): a lead announces the source by role and names them
    right after (AP Stylebook, "attribution"; Vieira & Poesio 2000, cataphora)."""
    heads = role_head(role) if isinstance(role, str) and role else ()
    if head is None or not heads or heads[-1] != head or start - end > CATAPHORA_CHARS:
        return False
    return len(re.findall(r"\n\s*\n", text[end:start])) <= 1


def _modifiers_fit(
    written: str, phrases: list[str], affiliation: str, lex: Lexicons, beside: str = ""
) -> bool:
    """Whether every capitalised modifier of a descriptor as written ("Vermont" of "the
    Vermont senator", "New Jersey", "GOP") is named by a person's titles and roles or by
    what the text ties to them: their party-state tag (``affiliation``, an AP state
    abbreviation such as "Vt." for Vermont or "N.J." for New Jersey, AP Stylebook, "state
    names") and the words ``beside`` their mentions. A modifier the text never ties to the person
    is no evidence: on PolNeAR train, linking such descriptors anyway ("the Florida
    senator" to the one senator whose state is not given) was wrong in 8 of 21."""
    words = re.findall(r"[^\W\d_][\w.’'-]*", written)
    runs: list[list[str]] = [[]]
    for i, w in enumerate(words):
        possessive = word_of(w)[1]
        proper = i > 0 and w[:1].isupper() and w.lower() not in lex.determiners
        if proper and not possessive and i < len(words) - 1:
            runs[-1].append(w.lower())
        elif runs[-1]:
            runs.append([])
    known = " ".join([*phrases, affiliation, beside]).lower()
    tags = [re.sub(r"\W", "", t).lower() for t in affiliation.split()]
    for run in (r for r in runs if r):
        name = " ".join(run)
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", known):
            continue
        if any(len(t) > 1 and _abbreviates(t, name.replace(" ", "")) for t in tags):
            continue
        return False
    return True


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates ``name``: the same first letter, and the rest of its
    letters in order ("fla" -> "florida", "nj" -> "newjersey")."""
    if not name.startswith(short[:1]):
        return False
    rest = iter(name[1:])
    return all(c in rest for c in short[1:])


def _is_role(phrase: str, lex: Lexicons) -> bool:
    """Whether a title or appositive read before is a role and not a clause: "the mayor
    also said that …" after a place and a comma has a verb of saying before any
    preposition or relative (Quirk et al. 1985, 17.65: an appositive is a noun phrase)."""
    for word in re.findall(r"[^\W\d_][\w’'-]*", phrase.lower()):
        if word in lex.postmodifiers:
            return True
        if word in lex.reporting_forms and word not in lex.role_nouns:
            return False
    return True


def named_possessor(phrase: str) -> str | None:
    """The capitalised possessor opening a descriptor ("Morrison’s lawyer" -> "morrison")."""
    found = re.match(r"^\s*(?:the\s+)?((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)[’']s\s", phrase)
    return found.group(1).lower() if found else None


def _office(words: list[str], lex: Lexicons) -> bool:
    """Whether a descriptor ends in a title of office ("foreign minister"), not a relation
    to a person ("lawyer", "spokesman")."""
    return any(tuple(words[-n:]) in lex.titles for n in range(1, min(len(words), 4) + 1))
