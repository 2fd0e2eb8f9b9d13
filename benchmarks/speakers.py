"""Speaker resolution on PolNeAR: mentions found, pronoun decisions, descriptor links, speed.

PolNeAR annotates each attribution's speaker *mention* ("he", "Clinton", "the senator")
but not whom it refers to, so this script measures what can be measured against it:

1. named speakers found: of the gold speaker spans written with a name (a capitalised
   word after the first), the share that overlap a person or body found by
   :func:`analysis.speakers.mentions`.
2. surname-as-pronoun accuracy: every gold speaker written as a bare name of a person
   whose gender the text shows ("Clinton said") is replaced by "he"/"she" and resolved
   by :func:`analysis.speakers.resolve_speakers`; it is right when it gives back that
   person. This is the decision a pronoun speaker needs, on cases whose answer is known.
   Two baselines take the same decisions: the nearest earlier person of that gender,
   and the previous attribution's speaker.
3. pronoun speakers resolved: the share of gold "he"/"she" speakers resolved to a person
   the text names (coverage: PolNeAR has no gold referent for them).
4. descriptors linked: the share of gold descriptor speakers ("the senator", "a
   spokesman", and the words no rule reads: "who", "they", "I") linked to a named
   person (coverage); and of those opening with "the"/"this" (should be high), and with
   "a"/"one"/a number (an unnamed source: should stay low).
   Role-as-descriptor accuracy: every later gold speaker written as the name of a
   person whose title or appositive role the text gave before ("Sen. Ana Ruiz … Ruiz
   said", "Tom Hale, the governor, … Hale said") is rewritten in the text as "the
   <role>" ("the senator said") and resolved; it is right when it gives back that
   person, wrong when it gives another named person. Baselines: the nearest earlier
   person (of the role noun's gender), and the previous attribution's speaker.
5. gender from pronouns against gender from words (and the share of people whose gender
   comes from the first name alone, where the text gives none): for every person the text gives a
   gender both ways (an honorific or gendered title such as "Mrs." or "spokeswoman",
   and the pronouns that continue them), the share where the two agree; and the share
   of people who get a gender at all.
6. speed: words per second of mention analysis plus resolution, one core; and of
   who-said-what with speaker resolution as the pipeline runs it
   (``analysis.analyse(article).speakers``: attributions, entities, resolution, speaker
   table; ``parse_article`` excluded).
7. growth: the seed article repeated 16 and 64 times; the exponent k of time ~ words^k
   (1 is linear).

    python benchmarks/speakers.py [PATH.jsonl]

PATH defaults to ``../shared/benchdata/attribution/polnear_dev.jsonl`` relative to the
project; when it is absent the script prints a "skipped" line and exits 0. Develop on
train and dev; the test split is for the reported number only.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from analysis.core.article import parse_article
from analysis.core.paths import PROJECT_DIR, SEEDS_DIR
from analysis.pipeline import analyse
from analysis.speakers import find_entities, namedata, resolve_speakers
from analysis.speakers.gender import gender_of_votes, gender_votes
from analysis.speakers.lexicon import lexicons, role_head
from analysis.speakers.resolve import mention_at

DEFAULT_DATA = PROJECT_DIR.parent / "shared" / "benchdata" / "attribution" / "polnear_dev.jsonl"
PRONOUNS = {"he", "she", "him", "her", "his"}


def gold_table(record: dict) -> pd.DataFrame:
    """The gold attributions with a speaker, in the extraction table's columns."""
    rows = [
        {
            "start": q["content_start"],
            "end": q["content_end"],
            "speaker_mention": q["speaker"],
            "speaker_start": q["speaker_start"],
            "speaker_end": q["speaker_end"],
        }
        for q in record["quotes"]
        if q["speaker"] is not None
    ]
    return pd.DataFrame(
        rows, columns=["start", "end", "speaker_mention", "speaker_start", "speaker_end"]
    )


def is_named(mention: str) -> bool:
    """A speaker written with a name: a capitalised word other than an opening "The"/"His"."""
    words = mention.split()
    opener = words[0].lower() in lexicons().not_names | set(lexicons().pronouns)
    return any(w[:1].isupper() for w in (words[1:] if opener else words))


def nearest_person(result, position: int, gender: str) -> int | None:
    """Baseline: the closest earlier narration mention of a person of that gender."""
    for m in reversed(result.mentions[: bisect.bisect_left(result.starts, position)]):
        if m.in_quote or result.kind_of.get(m.entity) != "person":
            continue
        if result.gender_of.get(m.entity) in {gender, None}:
            return m.entity
    return None


def role_descriptor(result, entity: int, before: int, modifiers: bool = False) -> str | None:
    """ "the <role>" for a person whose title or appositive role the text gives before
    ``before``: the longest title ending the role's head ("Sen." -> "the senator",
    "the former governor of Texas" -> "the former governor"), else its role noun; with
    ``modifiers``, the role's head as written ("the Vermont senator", "the Democratic
    nominee"). None when the person has no such role before then."""
    lex = lexicons()
    for m in sorted(result.groups[entity], key=lambda m: m.start):
        if m.start >= before:
            return None
        for phrase in (m.title, m.role):
            if not phrase or phrase.lower() in lex.honorifics:
                continue
            words = role_head(phrase)
            if not words or words[0] in lex.postmodifiers:
                continue  # "who served as …": a clause, no role to repeat
            n = max((n for n in range(1, len(words) + 1) if words[-n:] in lex.titles), default=0)
            if not n and words and words[-1] in lex.role_nouns:
                n = 1
            if not n:
                continue
            if modifiers:
                written = {w.lower(): w for w in re.findall(r"[^\W\d_][\w.’'-]*", phrase)}
                kept = [_as_written(w, written.get(w, w), result.text) for w in words[-4:]]
                return " ".join(["the", *kept])
            former = ["former"] if "former" in words[:-n] else []
            return " ".join(["the", *former, *words[-n:]])
    return None


def _as_written(word: str, written: str, text: str) -> str:
    """A role's word as a descriptor writes it: an acronym or a name as written ("GOP",
    "Vermont"), a word the article also writes in lower case ("Former") in lower case."""
    if written.isupper() and len(written) > 1:
        return written
    lower = re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", text)
    return word if lower or word in lexicons().role_nouns else written


def nearest_of_gender(result, position: int, gender: str) -> int | None:
    """Baseline: the closest earlier narration mention of a person of that gender ("-"
    for either)."""
    if gender in {"male", "female"}:
        return nearest_person(result, position, gender)
    for m in reversed(result.mentions[: bisect.bisect_left(result.starts, position)]):
        if not m.in_quote and result.kind_of.get(m.entity) == "person":
            return m.entity
    return None


def role_case(record: dict, table, index, found, result, sentence_starts, modifiers=False):
    """(guess, truth, nearest, descriptor) for the gold speaker at ``index`` rewritten in
    the text as the role its person was given before; None when it has none."""
    text = record["text"]
    row = table.loc[index]
    start, end = int(row["speaker_start"]), int(row["speaker_end"])
    descriptor = role_descriptor(result, found.entity, start, modifiers)
    if descriptor is None:
        return None
    if start in sentence_starts:
        descriptor = descriptor[0].upper() + descriptor[1:]
    shift = len(descriptor) - (end - start)
    changed = parse_article(text[:start] + descriptor + text[end:])
    moved = table.copy()
    for column in ("start", "end", "speaker_start", "speaker_end"):
        moved[column] = [v + shift if v >= end else v for v in moved[column]]
    moved.loc[index, ["speaker_mention", "speaker_end"]] = [descriptor, start + len(descriptor)]
    guess = resolve_speakers(changed, moved)[index]
    after = find_entities(changed)
    # the person in the rewritten text: the entity of the first mention of their name
    named = min(m.name_start for m in result.groups[found.entity] if m.form == "name")
    first = next((m for m in after.mentions if m.name_start == named), None)
    names = after.entities["name"]
    truth = names[first.entity] if first is not None else result.entities.at[found.entity, "name"]
    gender = lexicons().role_nouns.get(descriptor.split()[-1], "-")
    nearest = nearest_of_gender(after, start, gender)
    people = set(names[after.entities["kind"] == "person"])
    return guess, truth, (names[nearest] if nearest is not None else None), guess in people


def evaluate(record: dict) -> tuple[Counter, float, int]:
    counts: Counter = Counter()
    article = parse_article(record["text"])
    table = gold_table(record)
    if table.empty:
        return counts, 0.0, len(record["text"].split())
    t0 = time.process_time()
    resolved = resolve_speakers(article, table)
    seconds = time.process_time() - t0
    result = find_entities(article)
    names = result.entities["name"]
    people = {e for e, k in result.kind_of.items() if k == "person"}
    lex = lexicons()
    by_words = gender_votes(article, result.mentions, people, lex, sources=("words",))
    by_pronouns = gender_votes(article, result.mentions, people, lex, sources=("pronouns",))
    for e in people:
        counts["people"] += 1
        counts["people gendered"] += result.gender_of.get(e) is not None
        counts["people gendered by name"] += result.entities.at[e, "gender_from"] == "name"
        word_gender = gender_of_votes(by_words.get(e, Counter()))
        pronoun_gender = gender_of_votes(by_pronouns.get(e, Counter()))
        if word_gender and pronoun_gender:
            counts["gender both"] += 1
            counts["gender agree"] += word_gender == pronoun_gender
    spans = [(m.start, m.end) for m in result.mentions if result.kind_of.get(m.entity)]
    sentence_starts = set(article.sentences["start"].tolist())
    ordered = table.assign(speaker=resolved).sort_values("start")
    previous = ordered["speaker"].shift()
    for index, row in ordered.iterrows():
        mention, start, end = row["speaker_mention"], row["speaker_start"], row["speaker_end"]
        lower = mention.strip().lower()
        if lower in PRONOUNS:
            counts["pronoun speakers"] += 1
            counts["pronoun resolved"] += row["speaker"] in set(names) and row["speaker"] != mention
            continue
        if is_named(mention):
            counts["named speakers"] += 1
            counts["named found"] += any(s < end and start < e for s, e in spans)
        else:
            counts["descriptor speakers"] += 1
            linked = row["speaker"] in set(names[result.entities["kind"] == "person"])
            counts["descriptor linked"] += linked
            first = lower.split()[0]
            if first in lex.pointing:  # "the senator": a definite description
                counts["definite descriptors"] += 1
                counts["definite linked"] += linked
            elif first in lex.articles or first in lex.number_words:  # "a spokesman"
                counts["indefinite descriptors"] += 1
                counts["indefinite linked"] += linked
        found = mention_at(result, start, end)
        later = found is not None and found.form == "name" and is_named(mention)
        # a bare name: every word capitalised ("Ruiz", "Ana Ruiz"; not "Ruiz aide Tom Hale")
        later = later and all(w[:1].isupper() for w in mention.split()) and len(mention.split()) < 4
        if later and result.kind_of.get(found.entity) == "person":
            for modifiers, key in ((False, "role"), (True, "role+")):
                case = role_case(record, table, index, found, result, sentence_starts, modifiers)
                if case is None:
                    continue
                guess, truth, nearest_name, named = case
                counts[f"{key} cases"] += 1
                counts[f"{key} right"] += guess == truth
                counts[f"{key} wrong"] += named and guess != truth
                counts[f"{key} nearest right"] += nearest_name == truth
                counts[f"{key} previous right"] += previous[index] == truth
        bare = found is not None and found.form == "name" and len(mention.split()) == 1
        gender = result.gender_of.get(found.entity) if bare else None
        if not bare or gender is None or result.kind_of.get(found.entity) != "person":
            continue
        pronoun = "he" if gender == "male" else "she"
        swapped = table.copy()
        swapped.loc[index, "speaker_mention"] = pronoun
        guess = resolve_speakers(article, swapped)[index]
        truth = names[found.entity]
        counts["surname cases"] += 1
        counts["surname right"] += guess == truth
        nearest = nearest_person(result, start, gender)
        counts["nearest right"] += nearest is not None and names[nearest] == truth
        counts["previous right"] += previous[index] == truth
    return counts, seconds, len(record["text"].split())


def pipeline_seconds(text: str) -> tuple[float, float]:
    """Process time of the attributions stage, then of the speaker stages on top of it
    (entities, resolution, mentions, speaker table), on a freshly parsed article."""
    result = analyse(parse_article(text))
    t0 = time.process_time()
    _ = result.attributions
    t1 = time.process_time()
    _ = result.speakers
    return t1 - t0, time.process_time() - t1


def growth_exponents() -> tuple[float, float]:
    """Time ~ words^k between the seed repeated 16 and 64 times, for the attributions
    stage and for the speaker stages."""
    seed = next(iter(sorted(SEEDS_DIR.glob("*.txt")))).read_text(encoding="utf-8")
    timings = {}
    for times in (16, 64):
        text = "\n\n".join([seed] * times)
        timings[times] = (len(text.split()), *pipeline_seconds(text))
    (w16, a16, s16), (w64, a64, s64) = timings[16], timings[64]
    ratio = math.log(w64 / w16)
    return math.log(a64 / a16) / ratio, math.log(s64 / s16) / ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_DATA))
    args = parser.parse_args(argv)
    path = Path(args.path)
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    total: Counter = Counter()
    seconds = 0.0
    words = 0
    t0 = time.process_time()
    namedata.classifier()  # the first-name data load once per process, not per article
    load = time.process_time() - t0
    pipeline = 0.0
    for record in records:
        counts, spent, n = evaluate(record)
        total.update(counts)
        seconds += spent
        words += n
        pipeline += sum(pipeline_seconds(record["text"]))

    def share(hit: str, of: str) -> str:
        return f"{total[hit] / total[of]:.3f} ({total[hit]}/{total[of]})" if total[of] else "n/a"

    print(f"speaker resolution on {path.name}: {len(records)} articles")
    print(f"named speakers found as mentions      {share('named found', 'named speakers')}")
    print(f"surname-as-pronoun accuracy           {share('surname right', 'surname cases')}")
    print(f"  baseline: nearest person of gender  {share('nearest right', 'surname cases')}")
    print(f"  baseline: previous speaker          {share('previous right', 'surname cases')}")
    print(f"pronoun speakers resolved (coverage)  {share('pronoun resolved', 'pronoun speakers')}")
    print(
        f"descriptors linked (coverage)         {share('descriptor linked', 'descriptor speakers')}"
    )
    print(
        f'  of them "the ..." (definite)        {share("definite linked", "definite descriptors")}'
    )
    print(
        f'  of them "a ..." (unnamed source)     {share("indefinite linked", "indefinite descriptors")}'
    )
    for key, label in (("role", '"the senator"'), ("role+", '"the Vermont senator"')):
        print(f"role-as-descriptor accuracy, {label:22}  {share(f'{key} right', f'{key} cases')}")
        print(f"  linked to another person (wrong)    {share(f'{key} wrong', f'{key} cases')}")
        print(
            f"  baseline: nearest person            {share(f'{key} nearest right', f'{key} cases')}"
        )
        print(
            f"  baseline: previous speaker          {share(f'{key} previous right', f'{key} cases')}"
        )
    print(f"gender: pronouns agree with words     {share('gender agree', 'gender both')}")
    print(f"gender: people given a gender         {share('people gendered', 'people')}")
    print(f"  and from the first name alone       {share('people gendered by name', 'people')}")
    print(f"speed: {words / seconds:,.0f} words per second (mentions + resolution, one core)")
    print(f"speed: {words / pipeline:,.0f} words per second (analyse(a).speakers, parse excluded)")
    print(f"  (plus {load:.1f} s once per process to load the first-name data)")
    attributions, speakers = growth_exponents()
    print(f"growth (seed x16 -> x64): attributions ~ words^{attributions:.2f}, ", end="")
    print(f"speaker stages ~ words^{speakers:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
