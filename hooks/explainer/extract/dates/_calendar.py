"""Calendar arithmetic for dates.py: a parsed date expression and the publication date ->
an ISO date and its precision.

Reads: a `DateSpan` (from _date_grammar), the publication date and the tense dates.py read.
Produces: (iso, precision): absolute dates as printed; a month or a day with no year, a
weekday, "last week", "3 years ago" from the publication date: the next occurrence in a future
clause, the latest one otherwise, the nearest for a plan told in the past ("was scheduled for
May 12"); "last March" is the latest March before the month of publication; a
weekend is its week (iso = Monday, as "this week"); a date in the news present is the recent
past one (at most RECENT_PAST_DAYS back), else the next.
A day of the month alone ("no próximo dia 10") is the next, last or nearest such day.
Limits: the Gregorian calendar only; an ambiguous numeric date is read nearest the publication
date (a day-first language's numeric dates are never ambiguous).
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta, weekday
from explainer.extract.dates._grammar import DateSpan

# In the news present a past date is a recent one: a headline the day after ("X meets Y on
# February 3"), statistics "as of" the end of the last quarter. A quarter (92 days) covers those;
# a timetabled event written in the present ("opens on June 11") can be months ahead.
RECENT_PAST_DAYS = 92


def day_present(month: int, day: int, pub: date) -> date:
    """The previous occurrence of month/day when it is recent, else the next one."""
    before = day_near(month, day, pub, future=False)
    if (pub - before).days <= RECENT_PAST_DAYS:
        return before
    return day_near(month, day, pub, future=True)


def month_near(month: int, pub: date, future: bool) -> date:
    first = date(pub.year, month, 1)
    if future and first < pub.replace(day=1):
        return first + relativedelta(years=1)
    if not future and first > pub:
        return first - relativedelta(years=1)
    return first


def month_rel(month: int, rel: str, pub: date) -> date:
    """ "last March": the latest March before the month of publication; "next March"
    the first after it; "this March" the one of its year."""
    first, now = date(pub.year, month, 1), pub.replace(day=1)
    if rel == "last" and first >= now:
        return first - relativedelta(years=1)
    if rel == "next" and first <= now:
        return first + relativedelta(years=1)
    return first


def day_nearest(month: int, day: int, pub: date) -> date:
    """ "a second round was scheduled for May 12": a plan told in the past, either side."""
    before, after = day_near(month, day, pub, False), day_near(month, day, pub, True)
    return before if (pub - before) <= (after - pub) else after


def day_near(month: int, day: int, pub: date, future: bool) -> date:
    for year in ((pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if (d >= pub) if future else (d <= pub):
            return d
    return date(pub.year, month, min(day, 28))


def weekday_near(wd: int, rel: str | None, pub: date, future: bool) -> date:
    if rel == "last":
        return pub + relativedelta(days=-1, weekday=weekday(wd)(-1))
    if rel in ("next", "coming"):
        return pub + relativedelta(days=+1, weekday=weekday(wd)(+1))
    if rel == "past":
        return pub + relativedelta(weekday=weekday(wd)(-1))
    return pub + relativedelta(weekday=weekday(wd)(+1 if future else -1))


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def numeric(raw: str, pub: date | None, day_first: bool = False) -> tuple[date | None, str]:
    """`day_first`: the language never writes month-first (Spanish, Portuguese)."""
    if "-" in raw:
        return isoparse(raw).date(), ""
    a, b, year = (int(x) for x in raw.split("/"))
    readings = []
    for month, day in ((b, a),) if day_first else ((a, b), (b, a)):  # month-first, day-first
        try:
            readings.append(date(year, month, day))
        except ValueError:
            pass
    readings = sorted(set(readings))
    if len(readings) == 1:
        return readings[0], ""
    if not readings:
        return None, ("is not a valid day/month/year date" if day_first
                      else "is not a valid date in either day/month order")
    if pub is None:
        return None, (
            "reads as two dates (day-first and month-first) and there is no date to choose by"
        )
    return min(readings, key=lambda d: abs((d - pub).days)), ""


def resolve(span: DateSpan, pub: date | None, future: bool) -> tuple[str, str] | None:
    """(iso, precision), or None when it needs a publication date that is missing."""
    p = span.parts
    k = span.kind
    if p.get("yrel") is not None:  # "enero del año pasado", "3 de marzo de este año"
        if pub is None:
            return None
        year = pub.year + p["yrel"]
        if k == "month":
            return f"{year:04d}-{p['month']:02d}", "month"
        first = date(year, p["month"], 1)
        last = (first + relativedelta(months=1) - timedelta(days=1)).day
        return first.replace(day=min(p["day"], last)).isoformat(), "day"  # 29 Feb, other years
    if k in ("md", "dm") or (k == "weekday" and p.get("month")):
        if p.get("year"):
            return date(p["year"], p["month"], p["day"]).isoformat(), "day"
        if k == "weekday" and pub and (named := weekday_year(p, pub)) is not None:
            return named.isoformat(), "day"
        return (day_near(p["month"], p["day"], pub, future).isoformat(), "day") if pub else None
    if k == "my":
        return f"{p['year']:04d}-{p['month']:02d}", "month"
    if k == "year":
        return f"{p['year']:04d}", "year"
    if pub is None:
        return None
    if k == "weekday":
        return weekday_near(p["weekday"], p["rel"], pub, future).isoformat(), "day"
    if k == "month" and p.get("rel"):
        return month_rel(p["month"], p["rel"], pub).strftime("%Y-%m"), "month"
    if k == "month":
        return month_near(p["month"], pub, future).strftime("%Y-%m"), "month"
    if k == "dom":
        return day_of_month(p["day"], p["rel"], pub, future).isoformat(), "day"
    if k == "day":
        shift = p.get("shift")
        if shift is None:
            shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[p["word"]]
        return (pub + timedelta(days=shift)).isoformat(), "day"
    step = {"last": -1, "this": 0, "next": 1}.get(p.get("rel"), 0)
    n = -p["n"] if k == "ago" else step
    unit = "week" if p["unit"] == "weekend" else p["unit"]  # a weekend: its week (Monday)
    if unit == "day":
        return (pub + timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return monday(pub + timedelta(weeks=n)).isoformat(), "week"
    if unit == "month":
        return (pub + relativedelta(months=n)).strftime("%Y-%m"), "month"
    return f"{(pub + relativedelta(years=n)).year:04d}", "year"


def weekday_with_number(span: DateSpan, pub: date, future: bool) -> date:
    """'Tuesday (3)': trust the printed day number; of the days numbered so in the months around
    publication, the one that falls on that weekday ("acontece no sábado (7)": the coming one,
    whatever the tense), else the nearest in the tense's direction."""
    n = span.parts["wnum"]
    candidates = []
    for shift in (-1, 0, 1):
        month_start = pub.replace(day=1) + relativedelta(months=shift)
        try:
            candidates.append(month_start.replace(day=n))
        except ValueError:
            continue
    fits = [d for d in candidates if d.weekday() == span.parts["weekday"]]
    if fits:
        return min(fits, key=lambda d: abs((d - pub).days))
    ahead = [d for d in candidates if (d >= pub if future else d <= pub)] or candidates
    return min(ahead, key=lambda d: abs((d - pub).days))


def day_of_month(n: int, rel: str | None, pub: date, future: bool) -> date:
    """ "no próximo dia 10": the first day 10 after publication; "el pasado día 3" the last one
    before it; "el día 10" the nearest in the tense's direction."""
    candidates = []
    for shift in (-2, -1, 0, 1, 2):
        month_start = pub.replace(day=1) + relativedelta(months=shift)
        try:
            candidates.append(month_start.replace(day=n))
        except ValueError:
            continue
    if rel == "next":
        return min(d for d in candidates if d > pub)
    if rel == "last":
        return max(d for d in candidates if d < pub)
    ahead = [d for d in candidates if (d >= pub if future else d <= pub)] or candidates
    return min(ahead, key=lambda d: abs((d - pub).days))


def weekday_year(p: dict, pub: date) -> date | None:
    """ "el viernes 6 de febrero" with no year: the year, next to publication's, in which that
    day falls on that weekday (the nearest one; None when none does)."""
    fits = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(year, p["month"], p["day"])
        except ValueError:
            continue
        if d.weekday() == p["weekday"]:
            fits.append(d)
    return min(fits, key=lambda d: abs((d - pub).days)) if fits else None
