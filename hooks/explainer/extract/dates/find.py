"""Dated statements: find date expressions and resolve them against the publication date.

Reads: one article's sentences and its `published` date (ISO, may be None).
Produces: `DateMention`s (iso, precision, approximate, the sentence and an extractive `event`
clause) and `Problem`s.

Resolution (python-dateutil, `_date_calendar`): absolute dates ("3 February 2026", "October
2025") need no anchor. Everything else is resolved relative to the publication date and the
tense of the clause: a future cue (will, upcoming, scheduled, next, ahead of, prepares ...)
picks the next occurrence on or after publication, otherwise the most recent occurrence on or
before it (a month name in a past-tense sentence is the latest such month not after
publication). A clause with no cue of its own takes the sentence's, but a future reported after
a past verb ("in a speech on Friday evening, said she would ...") is no future. A plan told in the
past ("a second round was scheduled for May 12") is the nearest occurrence. A month and day with
no year in a sentence with neither a future nor a past cue is read as the news present: a
timetable ("The World Cup opens on June 11") is the next occurrence, unless the previous one is
recent ("Trump meets Petro on February 3" the day after; see RECENT_PAST_DAYS). In a line of
nothing but dates and times (a page's stamp: "June 2, 2026 / 9:15 AM / 3 years ago") an
"N ago" is when the page was read and is dropped.
Precision is "day", "week" (iso is that week's Monday), "month" or "year"; early / mid / late
/ end of / beginning of set approximate=True. "Weekday (N)" is checked against day N.

An article dated only by its month ("2026-03") reads the relative dates that need a day
("el martes", "hoy") from the day of the cluster's latest dated article when that day is in
the same month (said on the page), else drops them with one NOTICE.
Problems: a weekday that contradicts its day number, or an ambiguous numeric date with
nothing to choose by, is an ERROR. Without a publication date, relative expressions are
dropped and one NOTICE per article lists them (better no date than a guessed one).

Languages: each sentence is read in its own language (`Sentence.lang`): the grammar is
`_grammar` (English) or `_romance` (Spanish, Portuguese), the tense cues `_tense` (words from
cues/dates.<lang>.yml); the resolution below is the same for all.
Limits: tense is read from cue words, not parsed; "today ... tomorrow" in one
sentence is taken as rhetoric and skipped; named days and decades are not dates (see
`_date_grammar`).
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.parser import isoparse
from explainer.extract.dates import _calendar as cal
from explainer.extract.dates._grammar import DateSpan
from explainer.extract.dates._romance import date_spans
from explainer.extract.dates._tense import Tense, tense
from explainer.model import ERROR, NOTICE, DateMention, Problem, Sentence

# An event clause shorter than this many words is extended by the clause that follows it:
# "As of December 31" alone says nothing. Chosen by reading the seed clauses.
MIN_EVENT_WORDS = 5
MAX_EVENT_WORDS = 16
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return isoparse(published).date()
    except ValueError:
        return None


def _future(clause: str, sentence: str, t: Tense) -> bool:
    """The clause's own tense first: "X is scheduled for May, officials said on Monday"."""
    if t.future.search(clause):
        return True
    if t.past.search(clause):
        return False
    fut = t.future.search(sentence)
    # "X, in a speech on Friday evening, said she would ...": a future reported in the past
    return bool(fut) and not t.past.search(sentence, 0, fut.start())


def _deadline(sentence: str, end: int, t: Tense) -> bool:
    """ "rejected the March 9 deadline": a deadline lies ahead of what is done about it, unless
    the sentence says it has passed."""
    return bool(t.deadline.match(sentence, end)) and not t.passed.search(sentence)


def _present(clause: str, sentence: str, t: Tense) -> bool:
    """No tense cue: the present of news writing ("opens on", "begins on"). The verb that
    attributes the sentence is no cue ("take effect on April 1, the ministry said")."""
    rest = t.said.sub(" ", sentence.replace(clause, " "))
    return not any(r.search(x) for r in (t.future, t.past) for x in (clause, rest))


def _clause(text: str, start: int, end: int, breaks: re.Pattern) -> str:
    """The clause holding text[start:end], widened until it says something."""
    cuts = [0] + [m.end() for m in breaks.finditer(text)] + [len(text)]
    lo = max(c for c in cuts if c <= start)
    hi_cuts = [m.start() for m in breaks.finditer(text) if m.start() >= end]
    hi = hi_cuts[0] if hi_cuts else len(text)
    while len(text[lo:hi].split()) < MIN_EVENT_WORDS and hi < len(text):
        nxt = [m.start() for m in breaks.finditer(text) if m.start() > hi + 1]
        hi = nxt[0] if nxt else len(text)
    words = text[lo:hi].strip().rstrip(".!?").split()
    return " ".join(words[:MAX_EVENT_WORDS]) if words else ""


def _yearless(span: DateSpan) -> bool:
    """No year printed and none named relative to publication ("del año pasado")."""
    return not span.parts.get("year") and span.parts.get("yrel") is None


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


# Expression kinds whose only missing piece, without a publication date, is the year: a
# month name or a month and day. For these a reference date from the rest of the cluster can
# supply the year (said on the page); weekdays and "today" need the article's own date.
_YEAR_ONLY = ("month", "md", "dm")
# A publication date that gives only its month ("2026-03", front matter from a month-only tag).
_MONTH_ONLY = re.compile(r"\d{4}-\d{2}")


def find_dates(
    sentences: tuple[Sentence, ...] | list[Sentence],
    published: str | None,
    reference: str | None = None,
) -> tuple[list[DateMention], list[Problem]]:
    """`reference`: a date from the cluster, used only to give undated articles' month names a
    year (the article's own `published` always wins)."""
    pub = _anchor(published)
    ref = None if pub else _anchor(reference)
    borrowed, month_only = "", bool(pub and _MONTH_ONLY.fullmatch(published or ""))
    day = reference or ""
    if month_only and len(day) >= 10 and day[:7] == published and _anchor(day):
        # "el martes" in an article dated "2026-03": read from the day of the cluster's
        # latest dated article when it falls in that month (the 1st would be weeks off)
        pub, borrowed = _anchor(day), (
            f"day from the cluster's latest dated article ({day}), in the article's month")
        month_only = False
    out: list[DateMention] = []
    problems: list[Problem] = []
    unresolved: list[str] = []
    dayless: list[str] = []  # read from a day that a month-only date does not give
    for s in sentences:
        t = tense(s.lang)
        rhetoric = bool(t.rhetoric.search(s.text))
        spans = date_spans(s.text, s.lang)
        for span in spans:
            if rhetoric and span.kind == "day":
                continue
            if span.kind == "ago" and _stamp_only(s.text, spans):
                continue  # "June 2, 2026 / 9:15 AM / 3 years ago": when the page was read
            printed = s.text[span.start : span.end]
            event = _clause(s.text, span.start, span.end, t.clause_break)
            future = (_future(event, s.text, t) or _deadline(s.text, span.end, t)
                      or bool(t.target.search(s.text, 0, span.start)))
            if month_only and _needs_day(span):
                dayless.append(f"'{printed}' ({s.article_id}#{s.anchor})")
                continue
            how = borrowed if _needs_day(span) else ""
            if span.kind == "numeric":
                d, why = cal.numeric(span.parts["raw"], pub, span.parts.get("day_first", False))
                if d is None:
                    problems.append(_numeric_problem(s, printed, why))
                    continue
                iso, precision = d.isoformat(), "day"
            elif span.kind == "dm" and pub and span.parts.get("rel") in ("last", "next") and (
                _yearless(span)
            ):
                # "el pasado 1 de enero", "el próximo 15 de febrero"
                nxt = span.parts["rel"] == "next"
                d = cal.day_near(span.parts["month"], span.parts["day"], pub, nxt)
                iso, precision = d.isoformat(), "day"
            elif span.kind == "dom" and pub and _present(event, s.text, t):
                # "chega no dia 20": a day of the month in the news present is the coming one
                d = cal.day_of_month(span.parts["day"], span.parts["rel"], pub, True)
                iso, precision = d.isoformat(), "day"
            elif span.kind in ("md", "dm") and pub and t.planned.search(event) and _yearless(span):
                d = cal.day_nearest(span.parts["month"], span.parts["day"], pub)
                iso, precision = d.isoformat(), "day"
            elif span.kind in ("md", "dm") and pub and _present(event, s.text, t) and (
                _yearless(span)
            ):
                d = cal.day_present(span.parts["month"], span.parts["day"], pub)
                iso, precision = d.isoformat(), "day"
            elif span.kind == "weekday" and span.parts["wnum"] and pub:
                d = cal.weekday_with_number(span, pub, future)
                iso, precision = d.isoformat(), "day"
                if (bad := _check_weekday(span, d, s)) is not None:
                    problems.append(bad)
            else:
                got = cal.resolve(span, pub, future)
                if got is None and ref and span.kind in _YEAR_ONLY:
                    got = cal.resolve(span, ref, future)
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
    if dayless:
        problems.append(Problem(
            sentences[0].article_id,
            f"{len(dayless)} relative date expression(s) are read from the day of publication "
            f"and the article gives only its month, so they were left out of the timeline: "
            f"{', '.join(dayless)}.",
            "give the article its full publication date (front matter 'published:').",
            NOTICE,
        ))
    return out, problems


def _needs_day(span: DateSpan) -> bool:
    """Read from the publication day, not its month: "el martes", "hoy", "la semana pasada"
    ("el martes 3", "el mes pasado" need only the month)."""
    p = span.parts
    if span.kind == "weekday":
        return not (p.get("wnum") or p.get("month"))
    return span.kind in ("day", "dom") or (
        span.kind in ("rel", "ago") and p.get("unit") in ("day", "week", "weekend"))


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?")


def _stamp_only(text: str, spans) -> bool:
    """Whether the line holds nothing but dates and times (a page's date stamp)."""
    rest = "".join(text[a:b] for a, b in zip([0] + [d.end for d in spans],
                                             [d.start for d in spans] + [len(text)], strict=True))
    return not re.search(r"[A-Za-z]{2,}", _CLOCK.sub(" ", rest))


def _numeric_problem(s: Sentence, printed: str, why: str) -> Problem:
    return Problem(
        f"{s.article_id}#{s.anchor}",
        f"expected a numeric date that reads one way, found '{printed}', which {why}.",
        "give the article a publication date, or write the date with a month name.",
        ERROR,
    )
