"""What two figures of one unit are about, where clause words cannot say it: the event a scale
measures, the place a casualty count counts, and whether two measures tell of one time
(helpers for _compare_measure.py).

Reads: Figures, the cluster's sentences and place entities. Produces: `scale_of` (the noun a
scale figure measures: "7.9-magnitude earthquake" -> "earthquake"), `Places` (the places a
figure's stretch of its clause names, the story's own place counting as none),
`same_event_measure` (two scale figures of one event noun; two tolls of one place, a toll of
climbers or tourists only where both name the same other place) and `same_time`. Limits:
a word of another language is read as its English concept (_concepts.py); a place is a place
entity or a capitalised name after "in / on / at / across / near / from"; the story's own
place is the one most sentences name, so a cluster about two countries' tolls compares only
those its sentences place.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from explainer.compare._concepts import english_words
from explainer.compare._meetings import TIME_UNITS, same_meeting
from explainer.compare._units import CASUALTY_UNITS, SCALES, clause, same, span
from explainer.model import Extraction, Figure

# "quake" / "earthquake" / "tremor": one event noun.
_EVENT_SAME = {"quake": "earthquake", "tremor": "earthquake", "temblor": "earthquake"}


def scale_of(fig: Figure) -> str:
    """The noun a scale figure measures: "7.9 magnitude earthquake" -> "earthquake"; "" when
    none follows the scale word."""
    words = english_words(fig.counts or "", fig.sentence.lang)
    after = [w for w in words[next((k for k, w in enumerate(words) if w in SCALES), 0) + 1 :]]
    if not after:
        return ""
    noun = same(after[0], fig.sentence.lang)
    return _EVENT_SAME.get(noun, _EVENT_SAME.get(after[0], noun))


_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
# A capitalised name after a preposition of place, and the names listed after it: "in Kessa",
# "on Mount Orr", "across Kessa, Lindau and Varsa".
_AFTER_PREP = re.compile(
    rf"\b(?:in|on|at|across|near|from)\s+(?P<first>{_NAME})(?P<more>(?:\s*,\s*{_NAME})*"
    rf"(?:,?\s+and\s+{_NAME})?)"
)
_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_NOT_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That".split()
)


class Places:
    """The cluster's places: its place entities and the names it prints after a preposition of
    place; which of them a figure's stretch of text names. The place most sentences name is
    the story's own ("the main place")."""

    def __init__(self, extraction: Extraction) -> None:
        names: dict[str, str] = {}  # lower case -> the name as first spelled
        for e in extraction.entities:
            if e.kind == "place":
                names.setdefault(e.name.lower(), e.name)
        for text in (s.text for f in extraction.articles for s in f.sentences):
            for m in _AFTER_PREP.finditer(text):
                for name in [m.group("first"), *re.findall(_NAME, m.group("more") or "")]:
                    name = re.sub(r"[’']s?$", "", name)  # "in Kessa's old town"
                    if name.split()[0] not in _NOT_PLACES:
                        names.setdefault(name.lower(), name)
        self.names = names
        # the story's own place: named in the most sentences (headlines included), then by the
        # most articles
        articles: Counter = Counter()
        sentences: Counter = Counter()
        for f in extraction.articles if names else ():
            told = [f.article.title or "", *(s.text for s in f.sentences)]
            named = [self.named(t, 0, len(t)) for t in told]
            articles.update(set().union(*named))
            for n in named:
                sentences.update(n)
        self.main = max(articles, key=lambda p: (sentences[p], articles[p], p)) if articles else ""

    def named(self, text: str, lo: int, hi: int) -> frozenset[str]:
        """The places text[lo:hi] names: in each run of capitalised words, the longest known
        names from the left ("Kessa Valley" before "Kessa"; "Kessa's" is "Kessa")."""
        out = set()
        for m in _RUN.finditer(text, lo, hi):
            words = [re.sub(r"[’']s$", "", w) for w in m.group(0).split()]
            i = 0
            while i < len(words):
                for n in (3, 2, 1):
                    name = " ".join(words[i : i + n]).lower()
                    if i + n <= len(words) and name in self.names:
                        out.add(name)
                        i += n
                        break
                else:
                    i += 1
        return frozenset(out)

    def of(self, fig: Figure, spans: list[tuple[int, int]]) -> frozenset[str]:
        """The places a figure counts, the main place left out: those its clause names
        between the figures beside it, else those of its sentence ("10 people died when an
        avalanche buried parts of the base camp on Mount Kessa")."""
        text = fig.sentence.text
        start, end = span(text, fig.text)
        if start < 0:
            return frozenset()
        lo, hi = clause(text, start, end, fig.sentence.lang)
        lo = max([lo] + [e for s, e in spans if 0 <= e <= start])
        hi = min([hi] + [s for s, e in spans if s >= end])
        found = self.named(text, lo, hi) or self.named(text, 0, len(text))
        return found - {self.main}


_LAST: list = [None, None]


def places_of(extraction: Extraction) -> Places:
    """The cluster's Places; the figure groups and their rows ask for the same Extraction's."""
    if _LAST[0] is not extraction:
        _LAST[0], _LAST[1] = extraction, Places(extraction)
    return _LAST[1]


def same_time(a, b) -> bool:
    """Whether two measures (_compare_measure._Measure) may tell of one time."""
    if a.when and b.when and not a.when & b.when:
        return False  # a series over time, not a disagreement
    if (a.earlier or b.earlier) and (_stages(a, b) or _stages(b, a)):
        return False
    # "the 2019 flood killed 300" is not this week's toll
    return not (not b.when and _long_before(a.when, b.published)) and not (
        not a.when and _long_before(b.when, a.published)
    )


def _stages(early, late) -> bool:
    """An earlier stage and the event's own ("Kessa voted on May 4. Vell won 48%." / "In the
    runoff, Vell won 52%"): `early` is told of a day before the news peg, `late` of none of its
    acts (no word of the sentence dating `early`), while late's own source names that day
    elsewhere than at its figure (it tells that stage apart: "... the first round on May 4")."""
    if not early.earlier or late.earlier:
        return False
    isos, words = early.earlier
    key = late.fig.sentence.key
    return all(late.days.get(i, {key}) - {key} for i in isos) and not words & late.words


def same_event_measure(a, b) -> bool | None:
    """Scales and casualty counts, whose clause words say little ("the toll ... had reached
    1,394" / "More than 1,800 people have died."): the same event noun on one scale, or the
    same count in the same place (_compare_what); None for every other unit."""
    if a.unit != b.unit:
        return None
    if a.unit in TIME_UNITS and (a.meeting or b.meeting):
        # how long one meeting lasted: who met, not the clause's words, says it is one
        both = a.meeting and b.meeting and not (a.rate or b.rate)
        return bool(both and same_meeting(a.meeting, b.meeting) and same_time(a, b))
    if a.unit == "magnitude":
        return bool(a.scale) and a.scale == b.scale and same_time(a, b)
    if a.unit not in CASUALTY_UNITS.values() or a.rate or b.rate or a.where != b.where:
        return False if a.unit in CASUALTY_UNITS.values() else None
    if a.qualifiers and b.qualifiers and a.qualifiers != b.qualifiers:
        return False
    # who is counted ("climbers", "nationals") is a part of the toll, unless both name the
    # same place that is not the story's own ("18 climbers ... on Mount Kessa" / "10 people
    # died ... Mount Kessa's base camp")
    if not a.where and (a.qualifiers or b.qualifiers):
        return False
    if (a.names - b.clause_names) or (b.names - a.clause_names):
        return False
    return same_time(a, b)


# A figure dated this long before the other side's article was published (and that side gives
# no date) tells of an earlier time.
LONG_BEFORE_DAYS = 180


def _long_before(when: set[str], published: str) -> bool:
    if not when or not published or not re.match(r"\d{4}-\d{2}-\d{2}$", published):
        return False
    pub = date.fromisoformat(published)
    for iso in when:
        parts = iso.split("-")
        if not parts[0].isdigit():
            return False
        # the last day the date can mean: "2019" -> 31 December 2019
        year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else 12
        if (pub - date(year, month, 28)).days < LONG_BEFORE_DAYS:
            return False
    return True
