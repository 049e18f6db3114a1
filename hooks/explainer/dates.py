"""Dated statements: find date expressions and resolve them against the publication date.

Reads: one article's sentences and its `published` date (ISO, may be None).
Produces: `DateMention`s (iso, precision, approximate, the sentence and an extractive `event`
clause) and `Problem`s.

Resolution (python-dateutil): absolute dates ("3 February 2026", "October 2025") need no
anchor. Everything else is resolved relative to the publication date and the tense of the
clause: a future cue (will, upcoming, scheduled, next, ahead of, prepares ...) picks the next
occurrence on or after publication, otherwise the most recent occurrence on or before it (a
month name in a past-tense sentence is the latest such month not after publication). A month
and day with no year in a sentence with neither a future nor a past cue is read as the news
present: a timetable ("The World Cup opens on June 11") is the next occurrence, unless the
previous one is recent ("Trump meets Petro on February 3" the day after; see RECENT_PAST_DAYS).
Precision is "day", "week" (iso is that week's Monday), "month" or "year"; early / mid / late
/ end of / beginning of set approximate=True. "Weekday (N)" is checked against day N.

Problems: a weekday that contradicts its day number, or an ambiguous numeric date with
nothing to choose by, is an ERROR. Without a publication date, relative expressions are
dropped and one NOTICE per article lists them (better no date than a guessed one).

Limits: English only; tense is read from cue words, not parsed; "today ... tomorrow" in one
sentence is taken as rhetoric and skipped; named days and decades are not dates (see
`_date_grammar`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta, weekday

from ._date_grammar import DateSpan, find_spans
from .model import ERROR, NOTICE, DateMention, Problem, Sentence

_FUTURE = re.compile(
    r"\b(?:will|won[’']t|would|shall|upcoming|scheduled|next|ahead\s+of|prepar\w*|is\s+set\s+to|"
    r"are\s+set\s+to|plans?\s+to|planned|is\s+due|are\s+due|expected\s+to|set\s+for|"
    r"would\s+be\s+held|coming)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:said|told|was|were|had|did|met|began|came|took|went|\w{3,}ed)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:]|\s[–—-]\s|\(|\))\s*")
# An event clause shorter than this many words is extended by the clause that follows it:
# "As of December 31" alone says nothing. Chosen by reading the seed clauses.
MIN_EVENT_WORDS = 5
MAX_EVENT_WORDS = 16
# In the news present a past date is a recent one: a headline the day after ("X meets Y on
# February 3"), statistics "as of" the end of the last quarter. A quarter (92 days) covers those;
# a timetabled event written in the present ("opens on June 11") can be months ahead.
RECENT_PAST_DAYS = 92
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_RHETORIC = re.compile(r"\btoday\b.*\btomorrow\b|\btomorrow\b.*\btoday\b", re.IGNORECASE)


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return isoparse(published).date()
    except ValueError:
        return None


def _future(clause: str, sentence: str) -> bool:
    """The clause's own tense first: "X is scheduled for May, officials said on Monday"."""
    if _FUTURE.search(clause):
        return True
    if _PAST.search(clause):
        return False
    return bool(_FUTURE.search(sentence))


_DEADLINE = re.compile(r"\s+(?:deadline|target\s+date|cut-?off)\b", re.IGNORECASE)
_PASSED = re.compile(r"\b(?:passed|expired|lapsed|missed|came\s+and\s+went)\b", re.IGNORECASE)


def _deadline(sentence: str, end: int) -> bool:
    """ "rejected the March 9 deadline": a deadline lies ahead of what is done about it, unless
    the sentence says it has passed."""
    return bool(_DEADLINE.match(sentence, end)) and not _PASSED.search(sentence)


_SAID = re.compile(r"\b(?:said|told|added|announced|reported|stated|confirmed|wrote)\b", re.I)


def _present(clause: str, sentence: str) -> bool:
    """No tense cue: the present of news writing ("opens on", "begins on"). The verb that
    attributes the sentence is no cue ("take effect on April 1, the ministry said")."""
    rest = _SAID.sub(" ", sentence.replace(clause, " "))
    return not any(r.search(t) for r in (_FUTURE, _PAST) for t in (clause, rest))


def _day_present(month: int, day: int, pub: date) -> date:
    """The previous occurrence of month/day when it is recent, else the next one."""
    before = _day_near(month, day, pub, future=False)
    if (pub - before).days <= RECENT_PAST_DAYS:
        return before
    return _day_near(month, day, pub, future=True)


def _month_near(month: int, pub: date, future: bool) -> date:
    first = date(pub.year, month, 1)
    if future and first < pub.replace(day=1):
        return first + relativedelta(years=1)
    if not future and first > pub:
        return first - relativedelta(years=1)
    return first


def _day_near(month: int, day: int, pub: date, future: bool) -> date:
    for year in ((pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if (d >= pub) if future else (d <= pub):
            return d
    return date(pub.year, month, min(day, 28))


def _weekday_near(wd: int, rel: str | None, pub: date, future: bool) -> date:
    if rel == "last":
        return pub + relativedelta(days=-1, weekday=weekday(wd)(-1))
    if rel in ("next", "coming"):
        return pub + relativedelta(days=+1, weekday=weekday(wd)(+1))
    if rel == "past":
        return pub + relativedelta(weekday=weekday(wd)(-1))
    return pub + relativedelta(weekday=weekday(wd)(+1 if future else -1))


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _numeric(raw: str, pub: date | None) -> tuple[date | None, str]:
    if "-" in raw:
        return isoparse(raw).date(), ""
    a, b, year = (int(x) for x in raw.split("/"))
    readings = []
    for month, day in ((a, b), (b, a)):  # month-first, then day-first
        try:
            readings.append(date(year, month, day))
        except ValueError:
            pass
    readings = sorted(set(readings))
    if len(readings) == 1:
        return readings[0], ""
    if not readings:
        return None, "is not a valid date in either day/month order"
    if pub is None:
        return None, (
            "reads as two dates (day-first and month-first) and there is no date to choose by"
        )
    return min(readings, key=lambda d: abs((d - pub).days)), ""


def _resolve(span: DateSpan, pub: date | None, future: bool) -> tuple[str, str] | None:
    """(iso, precision), or None when it needs a publication date that is missing."""
    p = span.parts
    k = span.kind
    if k in ("md", "dm") or (k == "weekday" and p.get("month")):
        if p.get("year"):
            return date(p["year"], p["month"], p["day"]).isoformat(), "day"
        return (_day_near(p["month"], p["day"], pub, future).isoformat(), "day") if pub else None
    if k == "my":
        return f"{p['year']:04d}-{p['month']:02d}", "month"
    if k == "year":
        return f"{p['year']:04d}", "year"
    if pub is None:
        return None
    if k == "weekday":
        return _weekday_near(p["weekday"], p["rel"], pub, future).isoformat(), "day"
    if k == "month":
        return _month_near(p["month"], pub, future).strftime("%Y-%m"), "month"
    if k == "day":
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[p["word"]]
        return (pub + timedelta(days=shift)).isoformat(), "day"
    step = {"last": -1, "this": 0, "next": 1}.get(p.get("rel"), 0)
    n = -p["n"] if k == "ago" else step
    unit = p["unit"]
    if unit == "day":
        return (pub + timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return _monday(pub + timedelta(weeks=n)).isoformat(), "week"
    if unit == "month":
        return (pub + relativedelta(months=n)).strftime("%Y-%m"), "month"
    return f"{(pub + relativedelta(years=n)).year:04d}", "year"


def _clause(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end], widened until it says something."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    lo = max(c for c in cuts if c <= start)
    hi_cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text) if m.start() >= end]
    hi = hi_cuts[0] if hi_cuts else len(text)
    while len(text[lo:hi].split()) < MIN_EVENT_WORDS and hi < len(text):
        nxt = [m.start() for m in _CLAUSE_BREAK.finditer(text) if m.start() > hi + 1]
        hi = nxt[0] if nxt else len(text)
    words = text[lo:hi].strip().rstrip(".!?").split()
    return " ".join(words[:MAX_EVENT_WORDS]) if words else ""


def _check_weekday(span: DateSpan, resolved: date, s: Sentence) -> Problem | None:
    p = span.parts
    want = p.get("wnum") or p.get("day")
    if want and resolved.weekday() != p["weekday"]:
        return Problem(
            f"{s.article_id}#{s.anchor}",
            f"the weekday and the day number disagree: expected day {want} to fall on a "
            f"{_DAY_NAMES[p['weekday']]}, "
            f"found {resolved.isoformat()}, a {resolved.strftime('%A')}.",
            "check the article's publication date (relative dates are resolved from it); if it "
            "is right, the article itself is inconsistent and the day number was kept.",
        )
    return None


def _weekday_with_number(span: DateSpan, pub: date, future: bool) -> date:
    """'Tuesday (3)': trust the printed day number, nearest in the tense's direction."""
    n = span.parts["wnum"]
    candidates = []
    for shift in (-1, 0, 1):
        month_start = pub.replace(day=1) + relativedelta(months=shift)
        try:
            candidates.append(month_start.replace(day=n))
        except ValueError:
            continue
    ahead = [d for d in candidates if (d >= pub if future else d <= pub)] or candidates
    return min(ahead, key=lambda d: abs((d - pub).days))


# Expression kinds whose only missing piece, without a publication date, is the year: a
# month name or a month and day. For these a reference date from the rest of the cluster can
# supply the year (said on the page); weekdays and "today" need the article's own date.
_YEAR_ONLY = ("month", "md", "dm")


def find_dates(
    sentences: tuple[Sentence, ...] | list[Sentence],
    published: str | None,
    reference: str | None = None,
) -> tuple[list[DateMention], list[Problem]]:
    """`reference`: a date from the cluster, used only to give undated articles' month names a
    year (the article's own `published` always wins)."""
    pub = _anchor(published)
    ref = None if pub else _anchor(reference)
    out: list[DateMention] = []
    problems: list[Problem] = []
    unresolved: list[str] = []
    for s in sentences:
        rhetoric = bool(_RHETORIC.search(s.text))
        for span in find_spans(s.text):
            if rhetoric and span.kind == "day":
                continue
            printed = s.text[span.start : span.end]
            event = _clause(s.text, span.start, span.end)
            future = _future(event, s.text) or _deadline(s.text, span.end)
            how = ""
            if span.kind == "numeric":
                d, why = _numeric(span.parts["raw"], pub)
                if d is None:
                    problems.append(_numeric_problem(s, printed, why))
                    continue
                iso, precision = d.isoformat(), "day"
            elif span.kind in ("md", "dm") and pub and _present(event, s.text) and not (
                span.parts.get("year")
            ):
                d = _day_present(span.parts["month"], span.parts["day"], pub)
                iso, precision = d.isoformat(), "day"
            elif span.kind == "weekday" and span.parts["wnum"] and pub:
                d = _weekday_with_number(span, pub, future)
                iso, precision = d.isoformat(), "day"
                if (bad := _check_weekday(span, d, s)) is not None:
                    problems.append(bad)
            else:
                got = _resolve(span, pub, future)
                if got is None and ref and span.kind in _YEAR_ONLY:
                    got = _resolve(span, ref, future)
                    how = f"year from the cluster's latest dated article ({ref.isoformat()})"
                if got is None:
                    unresolved.append(f"'{printed}' ({s.article_id}#{s.anchor})")
                    continue
                iso, precision = got
                if span.kind == "weekday" and span.parts.get("month") and len(iso) == 10:
                    if (bad := _check_weekday(span, date.fromisoformat(iso), s)) is not None:
                        problems.append(bad)
            approximate = bool(span.parts.get("qual"))
            out.append(DateMention(printed, iso, precision, approximate, s, event, how))
    if unresolved:
        where = sentences[0].article_id if sentences else "?"
        problems.append(Problem(
            where,
            f"{len(unresolved)} relative date expression(s) need a publication date and the "
            f"article has none, so they were left out of the timeline: {', '.join(unresolved)}.",
            "give the article a date (front matter 'published:', sources.yml, or a "
            "'Published ...' line).",
            NOTICE,
        ))
    return out, problems


def _numeric_problem(s: Sentence, printed: str, why: str) -> Problem:
    return Problem(
        f"{s.article_id}#{s.anchor}",
        f"expected a numeric date that reads one way, found '{printed}', which {why}.",
        "give the article a publication date, or write the date with a month name.",
        ERROR,
    )
