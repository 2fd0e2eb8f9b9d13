"""Gender of the people of an article, read from the text: honorifics, gendered titles
and role nouns, and the pronouns that continue a person (Centering)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from analysis.speakers import namedata
from analysis.speakers.detect import Mention
from analysis.speakers.lexicon import (
    Lexicons,
    compound_head,
    lexicons,
    source_noun_kind,
    word_of,
)
from analysis.speakers.pronouns import Pronoun, clause_initial, pronoun_tokens


def gender_votes(
    article,
    found: list[Mention],
    person_ids: set[int],
    lex,
    pronouns: list[Pronoun] | None = None,
    sources=("words", "pronouns"),
) -> dict[int, Counter]:
    """Votes for each person's gender, read from the text.

    ``sources`` picks the evidence (both by default; the benchmark compares them):

    * "words": an honorific (Mr., Mrs., Ms.) or a gendered title or role noun
      ("spokeswoman", "Queen"), two votes each;
    * "pronouns", one vote each: Centering (Grosz, Joshi & Weinstein 1995): a sentence that opens with "he"/"she"
      continues the subject of the sentence right before it;
    * a pronoun after the subject of its own sentence with no other person between
      ("Trump has spent most of his presidency"), named or described ("the man"), and
      not inside that subject's own appositive (:func:`_bound`).

    A person named only as an object gets no vote from the next sentence's pronoun.
    """
    votes: dict[int, Counter] = defaultdict(Counter)
    for m in found if "words" in sources else []:
        if m.entity not in person_ids:
            continue
        if m.honorific_gender in {"male", "female"}:
            votes[m.entity][m.honorific_gender] += 2
        for phrase in (m.title, "" if _enumerated(article.text, m) else m.role):
            gender = role_gender(phrase, lex)
            if gender is not None:
                votes[m.entity][gender] += 2
    if "pronouns" not in sources:
        return votes
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    anything: dict[int, list[Mention]] = defaultdict(list)
    for m in found:
        if not m.in_quote:
            anything[m.sentence].append(m)
            if m.entity in person_ids:
                by_sentence[m.sentence].append(m)
    starts = dict(
        zip(
            article.sentences["sentence"].tolist(), article.sentences["start"].tolist(), strict=True
        )
    )
    if pronouns is None:
        pronouns = pronoun_tokens(article, lex)
    pronouns = [p for p in pronouns if p.gender in {"male", "female"}]
    disjoint: set[tuple[int, str]] = set()  # (sentence, gender) of a clause-mate object
    for row in pronouns:
        sid = int(row.sentence)
        before = [m for m in by_sentence.get(sid, []) if m.end <= row.start]
        if before:
            closest = [m for m in anything[sid] if m.end <= row.start][-1]
            alone = len({m.entity for m in before}) == 1 and closest.entity == before[0].entity
            if alone and _clause_mate_object(article.text, before[-1], row, lex):
                disjoint.add((sid, row.gender))  # "Hale called on her": her is not Hale
            if (sid, row.gender) in disjoint:
                continue  # "… to resign from her post": the same other person, most likely
            source = before[0].subject or _according_to(article.text, before[0])
            source = source and not _possessor(article.text, before[0])  # "Hale's aides … she"
            if alone and source and _bound(article.text, before[-1], row, lex):
                votes[before[0].entity][row.gender] += 1
            continue
        if row.case != "subject" or not clause_initial(article.text, int(starts[sid]), row.start):
            continue
        # Centering relates adjacent utterances only: the sentence right before, and its
        # subject (the backward-looking centre): a person named only as an object ("A man
        # threatened Ana Ruiz. He was arrested.") is no antecedent of the next "he"
        previous = by_sentence.get(sid - 1, [])
        subjects = [m for m in previous if m.subject and not _nested(m, previous)]
        if subjects and re.match(r"\s+and\s+[A-Z]", article.text[subjects[0].end :]):
            continue  # "John Hill and Pat Lee met. She …": a coordinated subject, either one
        if subjects and _possessor(article.text, subjects[0]):
            continue  # "Hill's rival, Pat Lee, was absent. She …": the centre is the rival
        if subjects:
            votes[subjects[0].entity][row.gender] += 1
    return votes


_NAME_AFTER_ROLE = re.compile(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,|\band\b)")


def _enumerated(text: str, mention: Mention) -> bool:
    """Whether a mention's role is rather an item of a list, the role of the name after
    it: "Gov. Ken Hale, his wife, Ruth, and …", "Hale, and his spokeswoman, Ana Ruiz"
    (a coordinated noun phrase, no appositive: Quirk et al. 1985, 17.65). Only a role
    opening with "and"/"or" or a possessive pronoun ("his wife") is read so; "a
    spokeswoman for the company, Acme Corp." stays Ana Ruiz's."""
    role = mention.role.lstrip().lower()
    if re.match(r"(?:and|or)\s", role):
        return True
    if not re.match(r"(?:his|her|their)\s", role):
        return False
    after_the_name = mention.role_start >= mention.end  # "his wife, Ruth" is Ruth's own
    return after_the_name and bool(_NAME_AFTER_ROLE.match(text, mention.role_end))


#: What ends a clause between a subject and a later pronoun: punctuation, quotation
#: marks, and words that open a clause (subordinators, relatives, coordinators, "to").
_CLAUSE_BREAK = re.compile(
    r"[,;:()“”\"—–]|\b(?:that|who|whom|which|when|while|because|if|as|after|before|until"
    r"|since|and|or|but|so|to|whether|where|why|how)\b",
    re.I,
)


#: A relative clause set off by commas right after the subject ("Hale, who runs the
#: board, called her"): the main clause goes on after it.
_SUBJECT_RELATIVE = re.compile(r"\s*,\s*(?:who|which)\b[^,;:“”\"]*,")


def _clause_mate_object(text: str, subject: Mention, pronoun: Pronoun, lex) -> bool:
    """Whether ``pronoun`` is an object in the subject's own clause ("Hale thanked him",
    "Hale called on her"): such a pronoun is never the subject (Binding Principle B,
    Chomsky 1981; the subject itself would be "himself"). "her" is an object only before
    a function word or punctuation ("thanked her for", not "her post"); any reporting
    verb or clause opener between them lifts the constraint ("Hale said he", "Hale
    asked the court to let him go")."""
    if pronoun.case != "object":
        return False
    following = re.match(r"\s*([\w’']+)?", text[pronoun.end :])
    word = (following.group(1) or "").lower() if following else ""
    if pronoun.gender == "female" and word and word not in lex.function_words:
        return False  # "her post": a possessive determiner
    start = subject.end
    if subject.role_end > subject.end:  # past the subject's own appositive and its comma
        closing = re.match(r"\s*,", text[subject.role_end : pronoun.start])
        start = subject.role_end + (closing.end() if closing else 0)
    relative = _SUBJECT_RELATIVE.match(text, start, pronoun.start)
    between = text[relative.end() if relative else start : pronoun.start]
    if _CLAUSE_BREAK.search(between):
        return False
    words = [w.lower() for w in re.findall(r"[\w’']+", between)]
    # a reporting verb opens its content clause ("Hale said the court let him go"), but
    # a pronoun right after it is its object ("Hale told him")
    return not any(w in lex.reporting_forms for w in words[:-1])


def _nested(mention: Mention, others: list[Mention]) -> bool:
    """Whether a mention lies inside a longer one ("Hale" in "Hale campaign manager Ana
    Ruiz"): a modifier of that person's title, not the sentence's subject."""
    return any(
        o.start <= mention.start
        and mention.end <= o.end
        and o.end - o.start > mention.end - mention.start
        for o in others
    )


def _possessor(text: str, mention: Mention) -> bool:
    """Whether a mention is a possessor ("Hill's rival"): it names someone else's head."""
    return (
        text.startswith(("'s", "’s"), mention.end) or word_of(text[mention.start : mention.end])[1]
    )


def role_gender(phrase: str, lex) -> str | None:
    """The gender a role, title or descriptor gives its bearer, read from its head only.

    The head is the first run of role nouns and titles that is no possessor (Quirk et
    al. 1985, 17.36-17.50: a premodifying genitive and a postmodifier describe someone
    else): "the victim's mother" -> female, "the man's lawyer" -> none, "a lawyer for the
    woman" and "a lawyer who represents the woman" -> none, "chairwoman and chief
    executive" -> female, "woman lawyer" -> female. Each "; "-separated role is read.
    """
    for part in phrase.split(";"):
        gender = _head_gender(part, lex)
        if gender is not None:
            return gender
    return None


def _head_gender(phrase: str, lex) -> str | None:
    run: list[str] = []
    for token in re.findall(r"[^\W\d_][\w.’'-]*", phrase):
        word, possessive = word_of(token)
        word = compound_head(word.lower(), lex)
        role = word in lex.role_nouns or (word,) in lex.titles
        if run and token[:1].isupper() and not role:
            return None  # "businesswoman Ana Ruiz": the role is the next name's
        if run and (possessive or word in lex.postmodifiers or not (role or word == "and")):
            break
        if role and not possessive:
            run.append(word)
    for word in reversed(run):
        gender = lex.titles.get((word,), "-")
        gender = gender if gender != "-" else lex.role_nouns.get(word, "-")
        if gender in {"male", "female"}:
            return gender
    return None


def _bound(text: str, mention: Mention, pronoun: Pronoun, lex) -> bool:
    """Whether a pronoun after ``mention`` in its sentence can be bound to it.

    Not when it sits inside the mention's own appositive ("Beth Reyes, one of his
    editors": a noun phrase contains no pronoun referring to itself, the i-within-i
    condition, Chomsky 1981), nor when another person is described between them in a
    common noun ("Ana Ruiz said the man told her he ..."): the pronoun may be theirs.
    """
    if mention.role_start <= pronoun.start < mention.role_end:
        return False
    after = max(mention.end, mention.role_end)  # the role itself describes the person
    between = re.findall(r"[^\W\d_][\w’'-]*", text[after : pronoun.start])
    return not any(
        _described_person(w, between[i - 1] if i else "", lex) for i, w in enumerate(between)
    )


def _according_to(text: str, mention: Mention) -> bool:
    """Whether a mention is the source of "According to Ana Ruiz, her team …": the source
    phrase makes the person what the clause reports from, the pronoun after it theirs."""
    return bool(
        re.search(r"\baccording to\s+$", text[max(0, mention.start - 16) : mention.start], re.I)
    )


def _described_person(word: str, previous: str, lex) -> bool:
    """A person described by a common noun ("the man", "a spokesman", "voters"), not a
    verb of a relative clause ("who chairs the board")."""
    if not word[:1].islower() or source_noun_kind(word_of(word)[0]) != "person":
        return False
    return previous.lower() not in {"who", "which", "that"}


def gender_of_votes(counter: Counter) -> str | None:
    male, female = counter.get("male", 0), counter.get("female", 0)
    if male > female:
        return "male"
    if female > male:
        return "female"
    return None


# --------------------------------------------------------------------------- first names


def first_name(name: str, lex: Lexicons) -> str | None:
    """The given name of a person's canonical name, or None when it has none to read:
    a single word ("Trump"), an initial and a surname ("J. Smith"), or a title first.

    * Initials before a middle name are skipped: "J. Robert Oppenheimer" -> "robert"
      (the given name in use; a surname is never read: "P.J. Fleck" -> None).
    * A word that is also a name particle ("Ben", "Al", "Van") is a given name when it
      opens the name, is a common given name in the data, and no particle follows
      ("Ben Carson", "Al Gore"; not "Van Der Beek", whose "Van Der" is the surname).
    """
    words = name.split()
    if any(w.lower() in {"and", "&", "or"} for w in words):
        return None  # "Ana Ruiz and Tom Hill": two people, no one given name
    words = _from_given_name(words, lex)
    if len(words) < 2:
        return None
    first = words[0].lower()
    if _initial(words[0]) or len(first.rstrip(".")) < 2 or first.endswith("."):
        return None
    if not first[:1].isalpha():
        return None
    if first in lex.honorifics or (first,) in lex.titles:
        return None
    if first in lex.particles and not _particle_given_name(first, words[1].lower(), lex):
        return None
    return first


def _from_given_name(words: list[str], lex: Lexicons) -> list[str]:
    """The name from its given name on, past initials and title words left in front:
    "J. Robert Oppenheimer" -> "Robert …" (the middle name in use), "City Attorney Brad
    Holm", "Sens. Jeff Merkley". Only a common given name that is not the surname is
    taken ("Vann R. Newkirk II" stays as written: "Newkirk" is never read)."""
    while len(words) > 2 and _initial(words[0]):
        words = words[1:]  # "M. Stanton Evans": the middle name is the one in use
    core = list(words)
    while len(core) > 2 and core[-1].lower() in lex.name_suffixes:
        core = core[:-1]  # "Jr.", "II"
    if len(core) < 3 or namedata.is_given_name(core[0]) or core[0].lower() in lex.particles:
        return words
    for i in range(1, len(core) - 1):
        if not (_initial(core[i - 1]) or _title_word(core[i - 1], lex)):
            break
        if namedata.is_given_name(core[i]):
            return words[i:]
    return words


def _title_word(word: str, lex: Lexicons) -> bool:
    """A word of a title left at the front of a name ("City", "Attorney", "Sens."): a
    title, role noun or abbreviation in the lists, or a capitalised word the name data do
    not list as a given name (particles excepted: "Van Der Beek")."""
    lower = word.lower()
    if lower in lex.particles:
        return False
    listed = (lower,) in lex.titles or lower in lex.role_nouns or lower in lex.expansions
    return listed or lower in lex.honorifics or not namedata.could_be_given_name(lower)


def _initial(word: str) -> bool:
    """An initial or a run of them: "J.", "P.J.", "A.J", "J"."""
    return bool(re.fullmatch(r"(?:[^\W\d_]\.?){1,3}", word)) and (
        len(word) == 1 or "." in word or word.isupper() and len(word) <= 2
    )


def _particle_given_name(first: str, following: str, lex: Lexicons) -> bool:
    """Whether a particle opening a name is a given name there ("Ben Carson", not "Van
    Der Beek" nor "Al-Assad"): a common given name in the data with no particle after."""
    return namedata.is_given_name(first) and following not in lex.particles


def genders_from_names(names: list[str]) -> dict[str, str]:
    """ "female" or "male" for each first name the data gives with confidence; names it
    abstains on (ambiguous such as "Jordan", or unknown) and names with too little evidence
    (:data:`~analysis.speakers.namedata.NAME_MIN_SOURCES`) are left out.

    A hyphenated name the data lack is read by its first part ("Jean-Luc" -> "jean").
    """
    found = {}
    for name in dict.fromkeys(names):
        gender = _name_gender(name)
        if gender is not None:
            found[name] = gender
    return found


@lru_cache(maxsize=65536)
def _name_gender(name: str) -> str | None:
    """One first name's gender from the data, or None (cached: names recur across articles)."""
    classifier = namedata.classifier()
    for used in dict.fromkeys((name, name.split("-")[0])):
        label = classifier.classify([used])[0]
        if label != "-":
            if label in {"gf", "gm"} and namedata.well_attested(used):
                return "female" if label == "gf" else "male"
            return None
    return None


# --------------------------------------------------------------------------- speaker table


def quoted_name_gender(name: str) -> tuple[str, str]:
    """A quoted name's gender from its first name, else ("unknown", "none")."""
    first = first_name(name, lexicons())
    found = genders_from_names([first]) if first else {}
    return (found[first], "name") if first in found else ("unknown", "none")


def descriptor_gender(label: str) -> tuple[str, str]:
    """A descriptor speaker's gender from the head of its description ("a spokeswoman",
    "the victim's mother"; not "a lawyer for the woman"), else ("unknown", "none")."""
    gender = role_gender(label, lexicons())
    return (gender, "text") if gender is not None else ("unknown", "none")


def pronoun_speaker_gender(name: str, pronouns: Counter, otherwise: tuple) -> tuple:
    """The gender of the "he"/"she" that speak for a person the rest of the text leaves
    ungendered ('"…," she said.' resolved to them), as evidence from the text, for a
    person named in full or described by a noun (:func:`named_in_full`); when both
    pronouns were resolved to them, the resolution is in doubt and nothing is read."""
    if len(pronouns) == 1 and named_in_full(name):
        return next(iter(pronouns)), "text"
    return otherwise


def named_in_full(name: str) -> bool:
    """Whether a speaker is named as people are, a given name and a surname ("Jo Walton"),
    or described by a common noun ("the doctor"): a bare surname ("Rubio") or a stray
    capitalised phrase ("Calls Trump", "Texas") is where a resolved "he"/"she" is most often
    wrong (PolNeAR train: of 20 such speakers 7 right, 3 wrong, 10 no person; of 16 full
    names 14 right)."""
    if name[:1].islower():
        return True
    first = first_name(name, lexicons())
    return first is not None and namedata.could_be_given_name(first)
