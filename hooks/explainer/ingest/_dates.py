"""Publication date of a plain-text article: from a "Published ..." or date-only line.

Reads: the metadata line and the article text (for weekday cues). Produces: an ISO date
("2026-02-04" or "2026-02-04T11:20") and how it was read, or the reason it could not be.
Spanish and Portuguese lines ("Publicado el 3 de febrero de 2026", "3 de fevereiro de 2026 às
10h30", "Atualizado em 3 fev 2026", "03/02/2026 - 10h30") are read with the month names of the
cue files that define them (cues/dates.<lang>.yml), after the English patterns.
Limits: an ambiguous numeric date (02/04/2026) is read day-first when the article's text reads
as a language whose cue file has month names (Spanish, Portuguese: neither writes month-first);
otherwise only when an in-text cue such as "this Tuesday (3)" or "Tuesday, February 3" fits
exactly one reading, else it is reported, not guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explainer.cues import LANGUAGES, cues
from explainer.ingest._meta import detect_language

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday cue ("this Tuesday (3)") refers to the week around publication; 7 days either side
# covers "last Tuesday" and "next Tuesday" but excludes the same weekday a month away.
CUE_WINDOW_DAYS = 7

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
# A time after the date: "10:30 pm", "at 09:05", "12.23", "| 03:50 AM", "6:02:39 AM" (seconds
# are dropped, but must be skipped for the am/pm after them to be read).
_TIME = (
    r"(?:(?:,?\s*|\s+[|•]\s+)(?:at\s+)?(?P<h>\d{1,2})[:h.](?P<mi>\d{2})(?::\d{2})?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
# A time printed before the date: "11:07, November 16, 2023".
LEAD_TIME = re.compile(r"\b(?P<h>\d{1,2}):(?P<mi>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?\s*,?\s*$", re.I)
NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})" + _TIME, re.I)
ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2}))?")
MDY = re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME, re.I)
DMY = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>\d{4})" + _TIME, re.I)
# Day-month languages (their cue files name months): "3 de febrero de 2026", "3 fev 2026",
# "febrero 03 de 2026", with a time after ", 10:30 hs", " - 10h30", " às 10h30", " a las 10:30".
DAY_FIRST = tuple(lang for lang in LANGUAGES if cues("dates", lang).get("months"))
R_MONTHS = {
    name: n for lang in DAY_FIRST for key in ("months", "month_abbr")
    for name, n in (cues("dates", lang).get(key) or {}).items()
}
_RMON = r"(?P<mon>" + "|".join(sorted(map(re.escape, R_MONTHS), key=len, reverse=True)) + r")\.?"
_RTIME = (
    r"(?:(?:\s*,?\s*|\s+[|•–—-]\s+)(?:(?:a\s+las|a\s+la|às|as)\s+)?(?P<h>\d{1,2})[:h.]"
    r"(?P<mi>\d{2})(?::\d{2})?(?:\s*(?:hs|hrs|horas|h)\b)?\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
)
# "3 de febrero de 2026", "1º de maio de 2026", "3 fev 2026", "3.fev.2026" (a compact stamp)
R_DMY = re.compile(
    r"\b(?P<d>\d{1,2})(?:\.?º|°)?(?:\s+(?:de\s+)?|\.)" + _RMON
    + r"(?:,?\s+(?:de\s+|del\s+)?|(?<=\.))(?P<y>\d{4})" + _RTIME, re.I,
)
R_MDY = re.compile(_RMON + r"\s+(?P<d>\d{1,2}),?\s+(?:de\s+)?(?P<y>\d{4})" + _RTIME, re.I)
R_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})" + _RTIME, re.I)
# "Tuesday (3)" as Brazilian and Portuguese-derived outlets write it, "Tuesday 3", and
# "Tuesday, February 3": each gives a weekday together with a day of the month.
CUE_PAREN = re.compile(_WD + r"\s*\((?P<d>\d{1,2})\)", re.I)
CUE_MONTH = re.compile(_WD + r",?\s+" + _MON + r"\s+(?P<d>\d{1,2})\b", re.I)


def _time(m: re.Match) -> str:
    if m.groupdict().get("h") is None:
        return ""
    h, mi = int(m["h"]), int(m["mi"])
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return ""
    return f"T{h:02d}:{mi:02d}"


def _iso(y: int, mo: int, d: int, t: str) -> str | None:
    try:
        return date(y, mo, d).isoformat() + t
    except ValueError:
        return None


def _cues(text: str) -> list[tuple[int, int]]:
    """(weekday index, day of month) pairs stated in the text."""
    found = [(WEEKDAYS.index(m["wd"].lower()), int(m["d"])) for m in CUE_PAREN.finditer(text)]
    found += [(WEEKDAYS.index(m["wd"].lower()), int(m["d"])) for m in CUE_MONTH.finditer(text)]
    return sorted(set(found))


def _fits(day: date, cues: list[tuple[int, int]]) -> bool:
    for wd, dom in cues:
        near = (day + timedelta(days=k) for k in range(-CUE_WINDOW_DAYS, CUE_WINDOW_DAYS + 1))
        if not any(d.weekday() == wd and d.day == dom for d in near):
            return False
    return True


def parse_date(line: str, text: str) -> tuple[str | None, str]:
    """Return (iso, how) for the first date in `line`; iso None with the reason in `how`."""
    for rx in (ISO, MDY, DMY):
        m = rx.search(line)
        if m:
            mo = int(m["m"]) if "m" in m.groupdict() and m["m"] else MONTHS[m["mon"].lower()]
            t, shown = _time(m), m.group(0).strip()
            lead = LEAD_TIME.search(line[: m.start()]) if not t and rx is not ISO else None
            if lead and _time(lead):
                t, shown = _time(lead), line[lead.start() : m.end()].strip()
            iso = _iso(int(m["y"]), mo, int(m["d"]), t)
            return (iso, f"date '{shown}'") if iso else (None, "impossible date")
    for rx in (R_DMY, R_MDY):
        m = rx.search(line)
        if m:
            iso = _iso(int(m["y"]), R_MONTHS[m["mon"].lower()], int(m["d"]), _time(m))
            return (iso, f"date '{m.group(0).strip()}'") if iso else (None, "impossible date")
    m = NUMERIC.search(line)
    if not m:
        return None, "no date found"
    if (lang := detect_language(text)[0]) in DAY_FIRST:
        m = R_NUMERIC.search(line)
        iso = _iso(int(m["y"]), int(m["b"]), int(m["a"]), _time(m))
        shown = m.group(0).strip()
        if not iso:
            return None, f"'{shown}' is not a valid day/month/year date"
        return iso, f"'{shown}' read day-first: the text reads as '{lang}'"
    a, b, y, t = int(m["a"]), int(m["b"]), int(m["y"]), _time(m)
    shown = m.group(0).strip()
    readings = {}
    if (dm := _iso(y, b, a, t)) is not None:
        readings["day-first"] = dm
    if (md := _iso(y, a, b, t)) is not None:
        readings["month-first"] = md
    if len(set(readings.values())) == 1:
        return next(iter(readings.values())), f"date '{shown}'"
    if not readings:
        return None, f"'{shown}' is not a valid date"
    cues = _cues(text)
    fitting = {
        k: v for k, v in readings.items() if cues and _fits(date.fromisoformat(v[:10]), cues)
    }
    if len(fitting) == 1:
        ((order, iso),) = fitting.items()
        cue = CUE_PAREN.search(text) or CUE_MONTH.search(text)
        return iso, f"'{shown}' read {order}: only that fits the text's '{cue.group(0)}'"
    both = " or ".join(f"{v} ({k})" for k, v in sorted(readings.items()))
    why = "no weekday cue in the text" if not cues else "the text's weekday cues fit both"
    return None, f"'{shown}' is ambiguous: {both}; {why}"


# A stamp line: dates with publish/update cues, times, zones and weekdays, nothing else
# ("Sat 25 Apr 2026 12.23 EDTFirst published on Sat 25 Apr 2026 04.55 EDT").
STAMP_CUE = re.compile(
    r"(?P<cue>(?:first\s+|originally\s+)?(?:published|posted)|(?:last\s+)?(?:updated|modified|"
    r"edited)|publicad[oa]|(?:actualizad|atualizad)[oa]|última\s+(?:actualización|atualização)|"
    r"fecha\s+de\s+publicación|data\s+de\s+publicação|(?:fecha|data)(?=\s*:))"
    r"(?:\s+(?:on|at|el|em|en|a\s+las|às))?\s*:?",
    re.I,
)
_FIRST = re.compile(r"published|posted|publicad[oa]|publica[cç]|fecha|data", re.I)
# Spanish and Portuguese weekday names and time words on a stamp line ("Martes, 3 de febrero de
# 2026, 10:30 hs"), as the English _FILLER reads "Sat", "EDT", "on".
_R_WEEKDAYS = sorted({w for lang in DAY_FIRST for key in ("weekdays", "weekdays_cued")
                      for w in cues("dates", lang).get(key) or ()}, key=len, reverse=True)
_R_FILLER = re.compile(
    r"(?i:\b(?:" + "|".join(map(re.escape, _R_WEEKDAYS)) + r")(?![\w-])\.?)|"
    r"(?i:\b(?:hs|hrs|horas|h|às|a\s+las|el|em|en|de)\b)"
)
_FILLER = re.compile(
    r"(?i:\b(?:" + "|".join(w[:3] for w in WEEKDAYS) + r")[a-z]*\b\.?)|"
    r"\b(?:[A-Z]{1,4}T|UTC)(?=[A-Z][a-z]|\b)|(?i:\b(?:on|at)\b)|[\s,.:;|/()–—-]+"
)


def _dates_removed(line: str) -> str:
    for rx in (ISO, MDY, DMY, R_DMY, R_MDY, R_NUMERIC, NUMERIC):
        line = rx.sub(" ", line)
    line = re.sub(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", " ", line, flags=re.I)
    return _FILLER.sub("", _R_FILLER.sub(" ", STAMP_CUE.sub(" ", line)))


def stamp(line: str, text: str) -> tuple[str, str] | None:
    """(iso, how) when `line` is only dates, publish/update cues, times and zones: the first
    publication when the line also gives an update, an update's date only when nothing else is."""
    if _dates_removed(line):
        return None
    cues = list(STAMP_CUE.finditer(line))
    bounds = [0] + [c.start() for c in cues] + [len(line)]
    spans = zip(bounds, bounds[1:], strict=False)
    pieces = [(line[a:b], cues[i - 1]["cue"] if i else "") for i, (a, b) in enumerate(spans)]
    read = [(cue, *parse_date(piece, text)) for piece, cue in pieces]
    read = [(cue, iso, how) for cue, iso, how in read if iso]
    if not read:
        return None
    best = min(read, key=lambda r: 0 if _FIRST.search(r[0]) else 1 if not r[0] else 2)
    cue, iso, how = best
    if cue and not _FIRST.search(cue):
        return iso, f"{how} ('{' '.join(cue.split())}': the page gives no first publication)"
    if len(read) > 1:
        return iso, f"{how}, not the line's later update"
    return iso, how
