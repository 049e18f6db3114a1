"""When a date mention is: the days it can mean, the cluster's news peg, and spans of time.

Reads: DateMentions and an Extraction. Produces: `date_range` (the first and last day a mention
can mean), `event_day` (the news peg) and `spans` (which mentions of one sentence open a span of
time, "from 2003-2010", "between 2003 and 2010", and which close one). Helpers for the date and
figure comparisons (_compare_slots.py, _compare_measure.py). Limits: English connectors only; a
span is read from the dates the dates stage found, plus a bare year after a dash ("2003-10").
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date

from explainer.model import DateMention, Extraction

# Opening sentences of a report that name the day of the event itself.
LEAD_SENTENCES = 3
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_SECTIONS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_SEASON_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
# "2003-2010", "2003–10", "2003 – 2010": a year and the year a span ends, after a dash (spaced
# only as a dash, not a hyphen: "in 2019 - 40 people" is no span)
_YEAR_END = re.compile(r"(?:[-–—](\d{4}|\d{2})|\s+[–—]\s+(\d{4}))(?!\d)")
# what stands between a span's two dates: "2003 to 2010", "May 2003 until May 2010"
_TO = re.compile(r"\s*(?:to|until|till|through|thru|[-–—])\s*", re.I)
_BETWEEN = re.compile(r"\bbetween\s*$", re.I)

Range = tuple[date, date]


def date_range(d: DateMention) -> Range | None:
    if not _ISO.match(d.iso or ""):
        return None
    parts = [int(p) for p in d.iso.split("-")]
    words = d.text.lower()
    section = next((s for s in _SECTIONS if s in words), None)
    try:
        if len(parts) == 3:
            return date(*parts), date(*parts)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            lo, hi = _SECTIONS.get(section, (1, last))
            return date(parts[0], parts[1], lo), date(parts[0], parts[1], min(hi, last))
        lo, hi = _SEASON_MONTHS.get(section, (1, 12))
        return date(parts[0], lo, 1), date(parts[0], hi, calendar.monthrange(parts[0], hi)[1])
    except ValueError:
        return None


def event_day(extraction: Extraction) -> date | None:
    """The news peg: the day-precision date the reports' opening sentences name most often
    (any report sentence when the openings carry none); ties go to the latest day."""
    reports = [f for f in extraction.articles if f.kind == "report"]
    days = Counter()
    for lead_only in (True, False):
        days = Counter(
            d.iso
            for f in reports
            for d in f.dates
            if d.precision == "day"
            and _ISO.match(d.iso or "")
            and len(d.iso) == 10
            and (not lead_only or d.sentence.index <= LEAD_SENTENCES)
        )
        if days:
            break
    if not days:
        return None
    iso = max(days.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return date.fromisoformat(iso)


def spans(
    text: str, mentions: list[tuple[DateMention, Range]]
) -> tuple[dict[int, tuple[Range, Range, str]], set[int]]:
    """One sentence's dated mentions, in text order -> (the mentions that open a span of time:
    index -> (its start's days, its end's days, the span as printed), the indices of the
    mentions that close one). "who was president from 2003-2010" is one value, never a date
    of 2003 to set against another source's 2010."""
    at: list[tuple[int, int]] = []
    pos = 0
    for d, _ in mentions:
        start = text.find(d.text, pos)
        at.append((start, start + len(d.text)) if start >= 0 else (-1, -1))
        pos = max(pos, at[-1][1])
    opened: dict[int, tuple[Range, Range, str]] = {}
    closed: set[int] = set()
    for k, (d, r) in enumerate(mentions):
        start, end = at[k]
        if k in closed or start < 0:
            continue
        year = _YEAR_END.match(text, end) if len(d.iso) == 4 else None
        if year:
            y = int(year.group(1) or year.group(2))
            if y < 100:
                y += int(d.iso) // 100 * 100
                y += 100 if y <= int(d.iso) else 0
            if int(d.iso) < y < int(d.iso) + 100:
                opened[k] = (r, (date(y, 1, 1), date(y, 12, 31)), text[start : year.end()])
                closed |= {j for j in range(k + 1, len(mentions)) if 0 <= at[j][0] < year.end()}
                continue
        if k + 1 < len(mentions) and at[k + 1][0] >= end:
            gap = text[end : at[k + 1][0]]
            to = _TO.fullmatch(gap) or (
                gap.strip().lower() == "and" and _BETWEEN.search(text, 0, start)
            )
            after = mentions[k + 1][1]
            if to and r[1] < after[0]:
                opened[k] = (r, after, text[start : at[k + 1][1]])
                closed.add(k + 1)
    return opened, closed


# A figure dated this many days or more before the news peg tells of an earlier stage (a first
# round, last year's count), as the topics stage reads a dated line (topics.BACKGROUND_DAYS).
EARLIER_DAYS = 2


def before_peg(mentions, peg: date | None) -> bool:
    """Whether the mentions (a figure's time) all end EARLIER_DAYS or more before the peg."""
    found = [date_range(d) for d in mentions]
    return bool(peg and found) and all(r and (peg - r[1]).days >= EARLIER_DAYS for r in found)


def mark_stages(extraction: Extraction, measures, keep, words) -> None:
    """Give each figure measure (_compare_measure._Measure) the days its article names (those
    `keep` keeps, with their sentences) and, when its time is EARLIER_DAYS or more before the
    news peg, `earlier`: those days and the `words` of the sentence dating it. Its time is its
    own, else, its sentence naming none, the previous sentence's in the same paragraph when
    that sentence gives no figure and dates to the day: "Kessa voted on May 4. Vell won 48%,
    while Orr won 40%." tells the 48% of May 4."""
    peg = event_day(extraction)
    days: dict[str, dict[str, set[str]]] = {}
    prior: dict[str, list[DateMention]] = {}
    for f in extraction.articles:
        by_key: dict[str, list[DateMention]] = {}
        for d in filter(keep, f.dates):
            by_key.setdefault(d.sentence.key, []).append(d)
            days.setdefault(f.article.id, {}).setdefault(d.iso, set()).add(d.sentence.key)
        named = {d.sentence.key for d in f.dates}
        counted = {g.sentence.key for g in f.figures}
        for a, b in zip(f.sentences, f.sentences[1:], strict=False):
            same = a.block == b.block and a.block_kind == b.block_kind == "paragraph"
            # a line that only dates a stage, to a day ("Kessa voted on May 4."), then its result
            dating = by_key.get(a.key)
            if (
                same
                and dating
                and b.key not in named
                and a.key not in counted
                and all(d.precision == "day" for d in dating)
            ):
                prior[b.key] = dating
    for m in measures:
        m.days = days.get(m.fig.sentence.article_id, {})
        told = m.told or ([] if m.when else prior.get(m.fig.sentence.key, []))
        if before_peg(told, peg):
            m.earlier = ({d.iso for d in told}, words(told[0].sentence.text))
