"""When two figures are the same measure, and when their values really disagree.

Reads: an Extraction and the source of each article. Produces: `conflict_groups`, groups of
figures that give one measure different values in different sources (the Data page and the
Compare page both show them), and `quoted`, which tells whether a stretch of a sentence is inside
a quotation (a figure or a date in a quotation is the speaker's word, not the article's).
Limits: "the same measure" means the same counted unit, the same rate ("a day", "a year"), the
same qualifiers of what is counted when both figures state them, and at least
`CONTEXT_MIN` content words shared by the clauses around the two figures (names, dates, numbers,
speech verbs and the unit itself do not count). Figures the sentences tie to different dates
("23 ships on Monday", "56 ships on Wednesday") are a series, not a conflict. Values whose
hedged ranges overlap ("more than 9,000" and "around 9,500") are compatible. Bag-of-words: two
figures of one measure worded with no common content word are missed (a miss, never a false
alarm).
"""

from __future__ import annotations

import re

from ._quote_spans import SPEECH_CUES, quote_spans
from .model import DateMention, Extraction, Figure, Sentence
from .similarity import STOP_WORDS

# Content words the clauses around two figures must share to be about the same thing. 2: the
# synthetic farmers ("lost their harvest") and a per-day cost ("cost the economy ... a day")
# share two or three; unrelated same-unit pairs read on the seeds, the synthetic and an
# invented port-strike cluster shared at most one ("talks had run for 14 hours" / "appoint a
# mediator within 48 hours": none).
CONTEXT_MIN = 2
# A figure joins a group when it is the same measure as every member from another source, up to
# this many (the first): bounds the work when hundreds of sources give one measure; groups on
# the seeds and the test clusters are far smaller, so they are unchanged.
MEMBERS_CHECKED = 24
# How far a hedged value reaches: "about 9,500" covers 9,500 +/- 10%; "more than 9,000" covers
# 9,000 to 9,000 + 10% (a reporter rounds down to the nearest round number, not by a quarter:
# "at least 12,000" and "some 15,000" still disagree).
APPROX = 0.10

_ABOUT = frozenset(
    "about around roughly some approximately approx circa nearly almost close estimated".split()
)
_AT_LEAST = frozenset("more over above least exceeding upwards beyond".split())
_AT_MOST = frozenset("less fewer under below most within".split())
_NEARLY = frozenset("nearly almost".split())
# Figures in one clause: cut at punctuation and at words that start another statement.
_CLAUSE = re.compile(
    r"[,;:—–()]|\b(?:and|but|since|when|while|after|before|following|until|whereas|as)\b", re.I
)
_RATE = re.compile(r"^\s*(?:a|an|per|each|every)\s+(day|week|month|year|hour|person|head)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")
_MONTHS = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
_NOT_CONTEXT = (
    STOP_WORDS
    | frozenset(_MONTHS.split())
    | frozenset(w.lower() for c in SPEECH_CUES for w in c.split())
    | _ABOUT
    | _AT_LEAST
    | _AT_MOST
    | frozenset(
        "early mid late year years month months week weeks day days today yesterday tomorrow "
        "night morning evening ago last next this per cent percent percentage million millions "
        "billion billions thousand thousands hundred hundreds dozen dozens one two three four "
        "five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
        "eighty ninety least well estimate estimates estimated figure figures total number "
        "according".split()
    )
)


def stem(word: str) -> str:
    """A crude stem, enough to match 'costing' with 'cost' and 'ships' with 'ship'."""
    w = word.lower().replace("’", "'").split("'")[0]
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def unit_of(fig: Figure) -> str:
    word = (fig.unit or (fig.counts.split()[0] if fig.counts else "")).lower().strip()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _span(text: str, fragment: str) -> tuple[int, int]:
    at = text.find(fragment)
    return (at, at + len(fragment)) if at >= 0 else (-1, -1)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    cuts = [0] + [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]
    return max(c for c in cuts if c <= max(start, 0)), min(c for c in cuts if c >= end)


def quoted(sentence: Sentence, fragment: str, said: tuple[str, ...] = ()) -> bool:
    """Whether `fragment` stands inside a quotation in the sentence: between quotation marks,
    before a closing mark that has no opening one (a quotation carried over from the previous
    sentence), in a quotation block, or inside a quote the quotes stage found (`said`)."""
    if sentence.block_kind == "quote_block":
        return True
    text = sentence.text
    start, end = _span(text, fragment)
    if start < 0:
        return False
    if any(fragment in q for q in said):
        return True
    if any(s.start <= start and end <= s.end for s in quote_spans(text)):
        return True
    closing = re.search(r"[”]|(?<=[\w.,!?])\"(?=\W|$)", text)
    opening = re.search(r"[“]|(?:^|(?<=[\s(]))\"(?=\w)", text)
    return bool(closing and start < closing.start() and not (opening and opening.start() < start))


def measure_label(fig: Figure) -> str:
    """What a figure measures, as a reader would say it: "euros a day", "farmers"."""
    end = _span(fig.sentence.text, fig.text)[1]
    rate = _RATE.match(fig.sentence.text[end:]) if end >= 0 else None
    what = fig.counts or unit_of(fig)
    return f"{what} {rate.group(0).strip().lower()}" if rate else what


def _said(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for f in extraction.articles:
        for q in f.quotes:
            out.setdefault(q.sentence.key, []).append(q.text)
    return {k: tuple(v) for k, v in out.items()}


class _Measure:
    """One figure with what the comparison needs: its context words, rate, range, dates."""

    def __init__(self, fig: Figure, source: str, dates: list[DateMention]) -> None:
        self.fig, self.source = fig, source
        text = fig.sentence.text
        start, end = _span(text, fig.text)
        lo, hi = _clause(text, start, end if end >= 0 else len(text))
        self.unit = unit_of(fig)
        rate = _RATE.match(text[end:]) if end >= 0 else None
        self.rate = rate.group(1).lower() if rate else ""
        unit_words = {self.unit, self.unit + "s", stem(self.unit)}
        self.context = (
            {
                stem(m.group(0))
                for m in _WORD.finditer(text[lo:hi])
                if m.group(0)[0].islower() and m.group(0).lower() not in _NOT_CONTEXT
            }
            - unit_words
            - {"", self.rate}
        )
        self.qualifiers = {
            stem(w) for w in _WORD.findall(fig.counts) if w.lower() not in _NOT_CONTEXT
        } - unit_words
        in_clause = [d for d in dates if lo <= _span(text, d.text)[0] < hi]
        self.when = {d.iso for d in (in_clause or dates)}
        self.range = _range(fig)


def _range(fig: Figure) -> tuple[float, float]:
    v = fig.value
    words = set((fig.qualifier or "").lower().split())
    if words & _NEARLY:
        return v * (1 - APPROX), v
    if words & _ABOUT:
        return v * (1 - APPROX), v * (1 + APPROX)
    if words & _AT_LEAST:
        return v, v * (1 + APPROX)
    if words & _AT_MOST:
        return 0.0, v
    return v, v


def _same_measure(a: _Measure, b: _Measure) -> bool:
    if a.unit != b.unit or a.rate != b.rate:
        return False
    if a.qualifiers and b.qualifiers and a.qualifiers != b.qualifiers:
        return False  # "extraditions under A" / "extraditions under B"
    # A qualifier one side states and the other's clause never mentions: a part, not the whole
    # ("17 container ships" / "23 ships").
    if (a.qualifiers - b.context - b.qualifiers) or (b.qualifiers - a.context - a.qualifiers):
        return False
    if a.when and b.when and not a.when & b.when:
        return False  # a series over time, not a disagreement
    return len(a.context & b.context) >= CONTEXT_MIN


def _differ(a: _Measure, b: _Measure) -> bool:
    return a.range[1] < b.range[0] or b.range[1] < a.range[0]


_LAST: list = [None, None]


def conflict_groups(extraction: Extraction, sources: dict[str, str]) -> list[list[Figure]]:
    """Figures giving one measure different values in different sources, one list per measure
    (article order inside, groups ordered by their first figure). The Compare and Data pages
    ask for the same Extraction's (with its own sources): the last answer is kept."""
    if _LAST[0] is not extraction:
        _LAST[0], _LAST[1] = extraction, _conflict_groups(extraction, sources)
    return [list(g) for g in _LAST[1]]


def _conflict_groups(extraction: Extraction, sources: dict[str, str]) -> list[list[Figure]]:
    said = _said(extraction)
    measures = []
    for f in extraction.articles:
        for fig in f.figures:
            if not unit_of(fig) or quoted(fig.sentence, fig.text, said.get(fig.sentence.key, ())):
                continue
            dates = [
                d
                for d in f.dates
                if d.sentence.key == fig.sentence.key
                and not quoted(d.sentence, d.text, said.get(d.sentence.key, ()))
            ]
            measures.append(_Measure(fig, sources.get(f.article.id, f.article.id), dates))
    # Greedy complete-link grouping: a figure joins a group only if it is the same measure as
    # every member from another source, so a chain of loose matches cannot merge two measures.
    # Only a group of the same unit with a member from another source sharing a context word
    # can take a figure (_same_measure needs CONTEXT_MIN >= 1 shared words with every such
    # member): an index (unit, word) -> groups finds them, tried in creation order, so the
    # result is the one of scanning every group, without the all-pairs cost.
    groups: list[list[_Measure]] = []
    by_word: dict[tuple[str, str], set[int]] = {}
    for m in measures:
        near = set().union(*(by_word.get((m.unit, w), ()) for w in m.context))
        for k in sorted(near):
            g = groups[k]
            others = [x for x in g if x.source != m.source][:MEMBERS_CHECKED]
            if others and all(_same_measure(m, x) for x in others):
                g.append(m)
                break
        else:
            k = len(groups)
            groups.append([m])
        for w in m.context:
            by_word.setdefault((m.unit, w), set()).add(k)
    out = []
    for g in groups:
        clash = any(
            a.source != b.source and _differ(a, b) for i, a in enumerate(g) for b in g[i + 1 :]
        )
        if clash:
            out.append([m.fig for m in g])
    return out
