"""When two figures are the same measure, and when their values really disagree.

Reads: an Extraction and the source of each article. Produces: `conflict_groups`, groups of
figures that give one measure different values in different sources (the Data page and the
Compare page both show them), and `quoted` (_compare_units.py).
Limits: "the same measure" means the same counted unit, the same rate ("a day", "a year"), the
same qualifiers of what is counted when both figures state them (a word that only describes
is none: _concepts.epithets), and at least `CONTEXT_MIN` content words shared by the clauses
around the two figures (names, dates, numbers, speech verbs and the unit itself do not count; a
clause too short to say what is counted, such as ", killing at least 1,200 people,", is read
with its sentence; words reporters swap are one word: _compare_units.py); names in what is
counted must be named by the other side's clause. Figures the sentences tie to different dates
("23 ships on Monday", "56 ships on Wednesday"), or one dated long before the other side was
published, are a series, not a conflict; a date after the figure's clause ("..., officials
said on Saturday") is not its time; a figure told of an earlier stage than the event's
(_compare_when.mark_stages) and one told of none of its acts are two measures. Values whose
hedged ranges overlap ("more than 9,000" and "around 9,500", "between 30 and 40" and "35") are
compatible. Two figures about different named actors are two measures ("X has 50.5 percent"
/ "49.5 percent for Y"; _compare_units.actor_at). A scale figure (a magnitude) and a casualty
count are compared by what their clause words cannot say (_compare_what.py): the event a
scale measures, the places a toll counts. Bag-of-words: two figures of one measure worded
with no common content word are missed (a miss, never a false alarm). Across languages the
clause words compared are the concepts of the tables (_concepts.py: "votos" is "votes"), and
`ACROSS_MIN` of them must be shared; a word a table does not map never matches another
language's.
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from itertools import islice

from explainer.compare._concepts import PIVOT, epithets, stop_words
from explainer.compare._meetings import meeting_length, participants
from explainer.compare._ranges import ABOUT as _ABOUT
from explainer.compare._ranges import AT_LEAST as _AT_LEAST
from explainer.compare._ranges import AT_MOST as _AT_MOST
from explainer.compare._ranges import value_range as _range
from explainer.compare._units import (
    CASUALTY_UNITS,
    PEOPLE,
    WORD,
    actor_at,
    actors_of,
    quoted,
    quotes_by_sentence,
    same,
    stem,
    unit_of,
)
from explainer.compare._units import clause as _clause
from explainer.compare._units import span as _span
from explainer.compare._what import places_of, same_event_measure, same_time, scale_of
from explainer.compare._when import mark_stages
from explainer.compare.similarity import STOP_WORDS
from explainer.lexicon import SPEECH_WORDS
from explainer.model import DateMention, Extraction, Figure

# Content words the clauses around two figures must share to be about the same thing. 2: the
# synthetic farmers ("lost their harvest") and a per-day cost ("cost the economy ... a day")
# share two or three; unrelated same-unit pairs read on the seeds, the synthetic and an
# invented port-strike cluster shared at most one ("talks had run for 14 hours" / "appoint a
# mediator within 48 hours": none).
CONTEXT_MIN = 2
# The same, for two figures in different languages: only the concept tables' words can be shared
# ("votos" / "votes"), so one shared concept besides the unit, with the same unit, rate, actor
# and time, makes one measure: the tables hold measures, not the verbs around them.
ACROSS_MIN = 1
# A figure joins a group when it is the same measure as every member from another source, up to
# this many (the first): bounds the work when hundreds of sources give one measure; groups on
# the seeds and the test clusters are far smaller, so they are unchanged.
MEMBERS_CHECKED = 24
# "the 2019 flood killed 300": a year the clause prints dates the figure
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
_RATE = re.compile(r"^\s*(?:a|an|per|each|every)\s+(day|week|month|year|hour|person|head)\b", re.I)
_MONTHS = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
_NOT_CONTEXT = (
    STOP_WORDS
    | frozenset(_MONTHS.split())
    | SPEECH_WORDS
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


@cache
def _not_context(lang: str) -> frozenset[str]:
    """_NOT_CONTEXT with the stop words of `lang` (cues/compare.<lang>.yml)."""
    return _NOT_CONTEXT | stop_words(lang)


def measure_label(fig: Figure) -> str:
    """What a figure measures, as a reader would say it: "euros a day", "farmers"."""
    end = _span(fig.sentence.text, fig.text)[1]
    rate = _RATE.match(fig.sentence.text[end:]) if end >= 0 else None
    what = fig.counts or unit_of(fig)
    return f"{what} {rate.group(0).strip().lower()}" if rate else what


class _Measure:
    """One figure with what the comparison needs: its context words, rate, range, dates."""

    def __init__(
        self, fig: Figure, source: str, dates: list[DateMention], published: str | None = None
    ) -> None:
        self.fig, self.source = fig, source
        self.published = (published or "")[:10]
        text = fig.sentence.text
        start, end = _span(text, fig.text)
        self.lang = lang = fig.sentence.lang
        lo, hi = _clause(text, start, end if end >= 0 else len(text), lang)
        self.unit = unit_of(fig)
        rate = _RATE.match(text[end:]) if end >= 0 else None
        self.rate = rate.group(1).lower() if rate else ""
        unit_words = {self.unit, self.unit + "s", stem(self.unit)}
        casualty = self.unit in CASUALTY_UNITS.values()
        if casualty:
            # "killed" / "death toll" is what the clauses share; "people" is who is counted
            unit_words = {same(w) for w in PEOPLE}
        self.context = _context(text[lo:hi], lang) - unit_words - {"", self.rate}
        if len(self.context) < CONTEXT_MIN:
            # "..., killing at least 1,200 people, ...": a clause this short says what is
            # counted only with the rest of its sentence
            self.context = _context(text, lang) - unit_words - {"", self.rate}
        stop = _not_context(lang)
        stop = stop | epithets(fig.counts, lang)  # "arduas negociaciones": a description
        counted = [w for w in WORD.findall(fig.counts) if w.lower() not in stop]
        self.qualifiers = {same(w, lang) for w in counted if w[0].islower()} - unit_words
        if casualty:
            # "death toll", "people reported": what is counted and how, not who
            verbs = {same(w, lang) for w in counted if w.lower().endswith(("ed", "ing"))}
            self.qualifiers -= set(CASUALTY_UNITS) | verbs
        # names in what is counted ("extraditions under A"): the other side must name them
        self.names = {w.lower() for w in counted if w[0].isupper()}
        self.clause_names = {w.lower() for w in WORD.findall(text[lo:hi]) if w[0].isupper()}
        self.actor = ""  # the person or organisation the figure is about (actor_at)
        # the figure's own time: a date in its clause, else one opening the sentence ("By
        # Monday night, 12 barges ..."); a date in another clause tells of something else
        # ("..., officials said on Saturday"; "the worst since 2011, ...")
        in_clause = [d for d in dates if lo <= _span(text, d.text)[0] < hi]
        opening = _clause(text, 0, 1, lang)[1]
        before = [d for d in dates if 0 <= _span(text, d.text)[0] < min(lo, opening)]
        self.told = in_clause or before
        self.when = {d.iso for d in self.told} or set(_YEAR.findall(text[lo:hi]))
        # an earlier stage's days and dating words, its sentence's words, its article's days
        # (_compare_when.mark_stages, _compare_what.same_time)
        self.earlier: tuple[set[str], set[str]] | None = None
        self.days: dict[str, set[str]] = {}
        self.range = _range(fig)
        self.scale = scale_of(fig) if self.unit == "magnitude" else ""
        self.where: frozenset[str] = frozenset()  # the places a casualty count counts
        self.meeting = None  # who met, when it times a meeting (_compare_meetings.py)
        # words that find the groups this figure may join: a scale or a toll needs none shared
        self.index = self.context | ({f"@{self.scale}"} if self.scale else set())

    @cached_property
    def words(self) -> set[str]:
        return _context(self.fig.sentence.text, self.lang)


def _context(text: str, lang: str = PIVOT) -> set[str]:
    stop = _not_context(lang)
    return {
        same(m.group(0), lang)
        for m in WORD.finditer(text)
        if m.group(0)[0].islower() and m.group(0).lower() not in stop
    }


def _same_measure(a: _Measure, b: _Measure) -> bool:
    event = same_event_measure(a, b)
    if event is not None:
        return event
    if a.unit != b.unit or a.rate != b.rate:
        return False
    if a.qualifiers and b.qualifiers and a.qualifiers != b.qualifiers:
        return False  # "percent of the vote" / "percent turnout"
    # A qualifier one side states and the other's clause never mentions: a part, not the whole
    # ("17 container ships" / "23 ships"; "extraditions under A" / "extraditions under B").
    # A bare share of one named actor ("X has 50.5 percent") is not a part: what it is a share
    # of is what the other side says ("X had 50.9% of the votes").
    share = a.unit == b.unit == "percent" and a.actor and a.actor == b.actor
    if not (share and not (a.qualifiers and b.qualifiers)) and (
        (a.qualifiers - b.context - b.qualifiers) or (b.qualifiers - a.context - a.qualifiers)
    ):
        return False
    if (a.names - b.clause_names) or (b.names - a.clause_names):
        return False
    if a.actor and b.actor and a.actor != b.actor:
        return False  # "X won 51.6 percent of the vote" / "Y won 48.4 percent of the vote"
    need = CONTEXT_MIN if a.lang == b.lang else ACROSS_MIN
    return same_time(a, b) and len(a.context & b.context) >= need


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
    said = quotes_by_sentence(extraction)
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
            measures.append(
                _Measure(fig, sources.get(f.article.id, f.article.id), dates, f.article.published)
            )
    # an earlier stage told beside the event's ("Kessa voted on May 4. Vell won 48%.")
    mark_stages(
        extraction,
        measures,
        lambda d: not quoted(d.sentence, d.text, said.get(d.sentence.key, ())),
        _context,
    )
    actors, canonical = actors_of(extraction)
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in measures:
        spans.setdefault(m.fig.sentence.key, []).append(_span(m.fig.sentence.text, m.fig.text))
    places = places_of(extraction)
    for m in measures:
        m.actor = actor_at(actors, canonical, m.fig, spans[m.fig.sentence.key])
        if m.unit in CASUALTY_UNITS.values():
            m.where = places.of(m.fig, spans[m.fig.sentence.key])
            # a toll joins only a group of the same places (same_event_measure)
            m.index = m.context | {"@" + "|".join(sorted(m.where))}
    timed = [m for m in measures if meeting_length(m.fig, m.unit)]
    met = participants(extraction, {m.fig.sentence.key for m in timed}) if timed else {}
    for m in timed:
        m.meeting = met[m.fig.sentence.key]
        m.index = m.context | {"@meeting"}  # a meeting's length needs no word shared
    # "between 30 and 40 people": both ends of a range stand for the range
    for low, high in zip(measures, measures[1:], strict=False):
        if low.fig.qualifier == "between" and low.fig.sentence.key == high.fig.sentence.key:
            low.range = high.range = (low.fig.value, high.fig.value)
    # Greedy complete-link grouping: a figure joins a group only if it is the same measure as
    # every member from another source, so a chain of loose matches cannot merge two measures.
    # Only a group of the same unit with a member from another source sharing a context word
    # can take a figure (_same_measure needs CONTEXT_MIN >= 1 shared words with every such
    # member): an index (unit, word) -> groups finds them, tried in creation order, so the
    # result is the one of scanning every group, without the all-pairs cost.
    groups: list[list[_Measure]] = []
    by_word: dict[tuple[str, str], set[int]] = {}
    for m in measures:
        near = set().union(*(by_word.get((m.unit, w), ()) for w in m.index))
        for k in sorted(near):
            g = groups[k]
            # a group of one source's figures is joined by the same measure from that source
            # too (a lead and a later paragraph), so a later source finds them together
            others = list(islice((x for x in g if x.source != m.source), MEMBERS_CHECKED))
            others = others or g[:1]
            if all(_same_measure(m, x) for x in others):
                g.append(m)
                break
        else:
            k = len(groups)
            groups.append([m])
        for w in m.index:
            by_word.setdefault((m.unit, w), set()).add(k)
    out = []
    for g in groups:
        clash = any(
            a.source != b.source and _differ(a, b) for i, a in enumerate(g) for b in g[i + 1 :]
        )
        if clash:
            out.append([m.fig for m in g])
    return out
