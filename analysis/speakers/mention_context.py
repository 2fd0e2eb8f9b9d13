"""What the words around a name tell of its mention: a role written before it ("the
Iranian military commander"), an appositive role after it (Quirk et al. 1985, 17.65), and
whether it is the subject of its clause (first in the clause or after an inverted
reporting verb) or the object of an opening preposition (Quirk et al. 1985, 8.14).
"""

from __future__ import annotations

import re
from functools import cache

from analysis import lexicons as lexicon_files
from analysis.speakers.lexicon import Lexicons, compound_head, word_of
from analysis.speakers.names import Tokens


def prenominal_role(toks: Tokens, first: int, lex: Lexicons) -> tuple[str, int]:
    """A lower-case role phrase right before a name: "the Iranian military commander".

    Returns the phrase and its start offset, or ("", -1). The phrase must end in a
    role noun and runs back to a determiner, a possessive or the sentence start.
    """
    texts, kinds = toks.texts, toks.kinds
    j = first - 1
    if j < 0 or kinds[j] != "word" or texts[j].lower() not in lex.role_nouns:
        return "", -1
    k = j
    while k - 1 >= 0 and kinds[k - 1] == "word" and k > first - 6:
        lower = texts[k - 1].lower()
        if lower in lex.articles:
            k -= 1
            break
        if word_of(texts[k - 1])[1]:
            k -= 1
            break
        if lower in lex.not_names or lower in lex.reporting_forms:
            break
        k -= 1
    words = [texts[i] for i in range(k, j + 1) if texts[i].lower() not in lex.articles]
    return " ".join(words), toks.starts[k]


def appositive_role(text: str, toks: Tokens, last: int, lex: Lexicons, final: bool = False) -> str:
    """The appositive after a name: "Lee Park, director of ..., said" -> "director of ...".

    Quirk et al. (1985, 17.65): a non-restrictive appositive is a noun phrase set off
    by commas. Here it must start (after an optional determiner) with up to three
    modifiers and a role noun, and be closed by a comma or dash before the sentence ends;
    with ``final`` (the name is the subject of an inverted reporting clause: "…,” said
    Ana Ruiz, CEO of Acme.") the sentence's end closes it too.
    """
    texts, kinds = toks.texts, toks.kinds
    if last + 1 >= len(texts) or texts[last + 1] != ",":
        return ""
    i = last + 2
    stop = None
    for j in range(i, min(len(texts), i + 30)):
        if texts[j] in {",", "—", "–", ";"} or (kinds[j] == "punct" and texts[j] in ".!?"):
            stop = j
            break
    if stop is None or stop == i or (texts[stop] in ".!?" and not final):
        return ""
    if any(toks.in_quote[j] != toks.in_quote[last] for j in range(i, stop)):
        return ""  # "… of the Grey Republic,” Culture Minister X said": a quotation closes
    if any(t in {"“", "”", '"', "‘", "’"} for t in texts[i:stop]):
        return ""
    phrase = [t.lower() for t in texts[i:stop]]
    if phrase[0] in _clause_openers():
        return ""  # "London, but the captain …": a clause or conjunct, no noun phrase
    if phrase[-1] in lex.reporting_forms:
        return ""  # "Trump, officials said, ...": a parenthetical attribution
    head = phrase[1:] if phrase[0] in lex.articles or word_of(texts[i])[1] else phrase
    if not any(compound_head(w, lex) in lex.role_nouns for w in head[:5]):
        return ""  # a role noun, also as a compound's head ("an ex-wife", "a mother-of-two")
    end = toks.starts[stop - 1] + len(texts[stop - 1])
    return text[toks.starts[i] : end]


@cache
def _clause_openers() -> frozenset[str]:
    """Conjunctions, prepositions and verbs that open no noun phrase ("and", "but", "of",
    "was"; ``name_closing_words.tsv`` less its determiners and pronouns): an appositive is
    a noun phrase (Quirk et al. 1985, 17.65)."""
    closing = lexicon_files.entries("name_closing_words")
    return closing - lexicon_files.entries("determiners") - lexicon_files.entries("pronouns")


def opening_adverbial(toks: Tokens, first: int, lex: Lexicons) -> bool:
    """A name that is the object of a preposition opening the sentence ("In Kentucky,"):
    the noun phrase after its comma is the sentence's subject, not an appositive
    (Quirk et al. 1985, 8.14: an initial adverbial is set off by a comma)."""
    return first == 1 and toks.texts[0].lower() in lex.postmodifiers


_CLAUSE_MARKS = ",;:–—"
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_QUOTE_MARK = re.compile(r"[“”\"]")


def is_subject(text: str, sentence_start: int, mention_start: int, prev_word: str, lex) -> bool:
    """A mention in subject position: first in its clause, or right after a reporting verb.

    "Meanwhile, Park said" and "..., said Von Berg" are subjects; "asked Ruiz"
    is not (unless "asked" reports speech, which the table decides), nor is the object
    of a reporting verb that has its own subject ("he told Ruiz").
    """
    before = text[sentence_start:mention_start]
    # what follows the last clause break (as the last piece of a split, without the list)
    clause = before[max(before.rfind(mark) for mark in _CLAUSE_MARKS) + 1 :]
    words = [w.lower() for w in _WORD.findall(clause)]
    openers_only = all(w in lex.clause_openers or w in lex.articles for w in words)
    if openers_only and not _QUOTE_MARK.search(clause):
        return True
    # subject-verb inversion ("…,” said Park) puts the verb first in its clause; after
    # other words the verb has its own subject and the name is its object ("A man
    # admitted threatening Mayor Ruiz")
    verb_first = all(w in lex.clause_openers for w in words[:-1])
    return verb_first and prev_word.lower() in lex.reporting_forms
