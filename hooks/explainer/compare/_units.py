"""What a figure counts, in words that match across sources (helpers for the comparison).

Reads: a Figure. Produces: its unit as the comparison compares it (`unit_of`: "ships" and
"ship" alike; a casualty count as "deaths" or "injured", whether it reads "killing 1,200
people" or "the death toll"), a crude stem, and `same`, which merges the words reporters swap
for one another when giving one measure ("goods" / "exports"). Also the clause around a
fragment of a sentence, and who a figure is about (the first person or organisation its
clause names: two candidates' vote shares are two measures), and `quoted`, whether a stretch
of a sentence is inside a quotation (a figure or a date in a quotation is the speaker's word,
not the article's). Every language's words are read through its concept table
(_concepts.py: "muertos" is "dead", so a Spanish toll is the English slot "deaths"). Limits: the
synonym table is small on purpose: two measures merged wrongly would be a false difference.
"""

from __future__ import annotations

import re

from explainer.compare._concepts import (
    PIVOT,
    WORD,
    clause_pattern,
    english,
    english_words,
    list_words,
    unit_word,
)
from explainer.extract.quotes import quote_spans
from explainer.model import Extraction, Figure, Sentence


def stem(word: str) -> str:
    """A crude stem, enough to match 'costing' with 'cost' and 'ships' with 'ship'."""
    w = word.lower().replace("’", "'").split("'")[0]
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


# Words reporters swap for one another when they give the same measure: "goods from X" / "X's
# exports" (the trade a tariff hits); "killing 1,200 people" / "the death toll" (the dead).
_SAME = {
    **dict.fromkeys("good export import product merchandise shipment".split(), "good"),
    **dict.fromkeys(
        "kill killed killing dead die died death toll fatalities live".split(), "death"
    ),
    **dict.fromkeys("injur injured injuring wound wounded wounding hurt".split(), "injur"),
    # "90 percent of the votes tallied" / "97% of the ballots counted": one count's progress
    **dict.fromkeys("count counted counting tally tallied tallying".split(), "count"),
    **dict.fromkeys("vote votes ballot ballots".split(), "vote"),
}
# Who a casualty count counts: "1,200 people" killed is the same count as "a toll of 1,200".
PEOPLE = frozenset("people persons person civilians residents victims villagers".split())
CASUALTY_UNITS = {"death": "deaths", "injur": "injured"}
# Who else a casualty count may count: "18 climbers were found dead" is a toll too (of climbers:
# what it counts, so a part of the whole toll, see _compare_measure).
PERSON_NOUNS = frozenset(
    """climber tourist worker soldier child children student national passenger miner pilgrim
    trekker hiker fighter officer patient""".split()
)
# Units that are a scale of one event's strength ("a 7.9-magnitude earthquake"): the figure
# gives the event, not a count (_compare_what.scale_of).
SCALES = frozenset({"magnitude", "richter"})


def same(word: str, lang: str = PIVOT) -> str:
    """The stem, with the words reporters use for one another merged (see _SAME); a word of
    another language as its English concept (_concepts.native: "murieron" -> "death")."""
    if lang != PIVOT:
        got = english(word, lang)
        if got is None:  # kept apart by its language (_concepts.native)
            return f"{lang}:{stem(word.lower())}"
        word = got
    w = stem(word)
    return _SAME.get(w, _SAME.get(word.lower(), w))


def unit_of(fig: Figure) -> str:
    """The unit as the comparison compares it: singular, and "deaths" / "injured" for a count
    of people its clause says were killed or hurt."""
    lang = fig.sentence.lang
    word = unit_word(fig.unit or "", fig.counts or "", lang)
    word = word[:-1] if word.endswith("s") and len(word) > 3 else word
    # the scale word printed with the number ("7.8-magnitude", "magnitude-7.9") or right after
    # it ("7.9 magnitude earthquake"); not a count whose phrase names the event by its scale
    # ("the toll from the 7.8-magnitude earthquake has passed 1,200")
    counted = english_words(fig.counts or "", lang)
    if set(english_words(fig.text, lang)) & SCALES or counted[:1] and (
        counted[0] in SCALES
    ):
        return "magnitude"
    counted = {same(w, lang) for w in WORD.findall(fig.counts)}
    person = word + "s" in PEOPLE or word in PEOPLE or word in PERSON_NOUNS
    if person or counted & set(CASUALTY_UNITS):
        text = fig.sentence.text
        start, end = span(text, fig.text)
        lo, hi = clause(text, start, end if end >= 0 else len(text), lang)
        near = {same(w, lang) for w in WORD.findall(text[lo:hi])}
        if not {w for w in WORD.findall(text[lo:hi]) if w[0].islower()} - list_words(lang):
            # a bare item of a list ("..., 12 in China, four in Bangladesh"): its verb is the
            # sentence's
            near = {same(w, lang) for w in WORD.findall(text)}
        for key, unit in CASUALTY_UNITS.items():
            if key in counted | near:
                return unit  # "killing 1,200 people", "the death toll ... 1,500"
    return word


def span(text: str, fragment: str) -> tuple[int, int]:
    at = text.find(fragment)
    return (at, at + len(fragment)) if at >= 0 else (-1, -1)


def clause(text: str, start: int, end: int, lang: str = PIVOT) -> tuple[int, int]:
    """The clause of text[start:end]: cut at punctuation and at the words of `lang` that start
    another statement (cues/compare.<lang>.yml)."""
    cuts = [0] + [m.start() for m in clause_pattern(lang).finditer(text)] + [len(text)]
    return max(c for c in cuts if c <= max(start, 0)), min(c for c in cuts if c >= end)


_FOR = re.compile(r"\s+for\s+")


def actor_at(pattern, canonical: dict[str, str], fig: Figure, spans: list[tuple[int, int]]) -> str:
    """Who a figure is about, within its clause and between the figures beside it (`spans`:
    where its sentence's figures stand): the name after "for" ("49.5 percent for X"), else the
    last name before it ("X has 50.5 percent compared to ..."), else the first after it; ""
    when its stretch names nobody."""
    if pattern is None:
        return ""
    text = fig.sentence.text
    start, end = span(text, fig.text)
    if start < 0:
        return ""
    lo, hi = clause(text, start, end, fig.sentence.lang)
    lo = max([lo] + [e for s, e in spans if 0 <= e <= start])
    hi = min([hi] + [s for s, e in spans if s >= end])
    after_for = _FOR.match(text, end)
    if after_for and (m := pattern.match(text, after_for.end(), hi)):
        return canonical[m.group(0)]
    before = list(pattern.finditer(text, lo, start))
    if before:
        return canonical[before[-1].group(0)]
    m = pattern.search(text, end, hi)
    return canonical[m.group(0)] if m else ""


def actors_of(extraction: Extraction):
    """(a pattern finding the cluster's people, by any alias or the surname, and
    organisations; each form -> its canonical name). The pattern is None when nobody is named."""
    names: dict[str, str] = {}
    for p in extraction.people:
        if not p.is_author:
            for form in (p.name, *p.aliases, p.name.split()[-1]):
                names.setdefault(form, p.name)
    for e in extraction.entities:
        if e.kind == "org":
            names.setdefault(e.name, e.name)
    if not names:
        return None, names
    forms = sorted(names, key=lambda f: (-len(f), f))
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b"), names


def quotes_by_sentence(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    """Sentence key -> the texts of the quotes the quotes stage found in it, in order: what
    `quoted` needs to tell a speaker's words from a reported fact."""
    said: dict[str, tuple[str, ...]] = {}
    for f in extraction.articles:
        for q in f.quotes:
            said[q.sentence.key] = (*said.get(q.sentence.key, ()), q.text)
    return said


def quoted(sentence: Sentence, fragment: str, said: tuple[str, ...] = ()) -> bool:
    """Whether `fragment` stands inside a quotation in the sentence: between quotation marks,
    before a closing mark that has no opening one (a quotation carried over from the previous
    sentence), in a quotation block, or inside a quote the quotes stage found (`said`)."""
    if sentence.block_kind == "quote_block":
        return True
    text = sentence.text
    start, end = span(text, fragment)
    if start < 0:
        return False
    if any(fragment in q for q in said):
        return True
    if any(s.start <= start and end <= s.end for s in quote_spans(text)):
        return True
    closing = re.search(r"[”]|(?<=[\w.,!?])\"(?=\W|$)", text)
    opening = re.search(r"[“]|(?:^|(?<=[\s(]))\"(?=\w)", text)
    return bool(closing and start < closing.start() and not (opening and opening.start() < start))
