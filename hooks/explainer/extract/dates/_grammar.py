"""The date-expression grammar: where a sentence mentions a date, and which parts it has.

Reads: a sentence's text. Produces: `DateSpan`s (character span + the parsed parts), no
calendar arithmetic (that is `dates.py`). Also used by `figures.py` so that the numbers inside a
date ("May 31", "Tuesday (3)", "02/04/2026") are never read as figures.

Also: "last / next / this March", "this weekend", two years joined by a slash ("2030/2034":
two spans), a year after a possessive before a singular noun ("Ostmark's 1991 constitution", "whose
2019 defeat"; "its 2000 employees" is a count), "Friday morning, March 6" as one date.
Limits: English only. Month names must be capitalised ("may" is the modal verb); a bare month
name is skipped at the start of a sentence or after a capitalised name ("Theresa May"). Vague
spans ("weeks ago", "in recent months", "for decades", "in three decades") are not dates.
Named days ("May Day", "Christmas") and decades ("the 1990s") are not recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# Abbreviations only next to a day number: "Dec. 31", "3 Feb 2026" (a bare "Mar" is a word).
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_ANY_MONTH = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "early January", "mid-2024", "the end of this year": kept as approximate=True.
_QUAL = r"(?:(?i:early|mid|late)[\s-]+|(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+)"
_NUMW = "|".join(NUMBER_WORDS)
_DAYTIME = r"(?i:morning|afternoon|evening|night)"
# "Ostmark's 1991 constitution", "whose 2019 defeat": a year before a singular noun after a
# possessive ("its 2000 employees" is a count).
_POSSESSIVE = r"(?:[A-Za-zÀ-ÿ]+[’']s|(?i:whose|his|her|its|their|our))"

# The leading \b lets the engine skip positions inside words: every alternative starts a word.
# A bare year needs a cue before it: a preposition, a qualifier, or "the" with a name or a
# dated-event noun after it ("the 2026 World Cup", "the 2024 election"); "the 2000 delegates"
# and "2,800 tons" stay numbers.
_YEAR_NOUNS = (
    r"(?:elections?|budget|season|census|campaign|summit|vote|midterms|games|tournament|"
    r"crisis|drought|harvest|deadline|war|agreement|accord|deal|law|report)\b"
)
_PATTERN = re.compile(
    rf"""
    \b(?:
    (?P<numeric>\b(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b)
  | (?P<ypair>\b(?P<yp1>{_YEAR})/(?P<yp2>{_YEAR})\b)
  | (?P<wd>(?:(?P<wrel>(?i:this|last|next|past|coming))\s+)?\b(?P<wname>{_WEEKDAY})\b
        (?:(?:\s+{_DAYTIME})?,?\s+(?P<wmd>{_ANY_MONTH})\s+(?P<wdd>{_DAY})\b
           (?:,?\s+(?P<wdy>{_YEAR})\b)?
         |,?\s+(?P<wdd2>{_DAY})\s+(?P<wmd2>{_ANY_MONTH})(?:,?\s+(?P<wdy2>{_YEAR}))?\b
         |\s*\((?P<wnum>\d{{1,2}})\))?)
  | (?P<md>(?P<mdq>{_QUAL})?\b(?P<mdm>{_ANY_MONTH})\s+(?P<mdd>{_DAY})\b(?!:)
        (?:,?\s+(?P<mdy>{_YEAR})\b)?)
  | (?P<dm>(?P<dmq>{_QUAL})?\b(?P<dmd>{_DAY})\s+(?:of\s+)?(?P<dmm>{_ANY_MONTH})
        (?:,?\s+(?P<dmy>{_YEAR}))?\b)
  | (?P<my>(?P<myq>{_QUAL})?\b(?P<mym>{_FULL_MONTH}),?\s+(?P<myy>{_YEAR})\b)
  | (?P<m>(?:(?P<mrel>(?i:last|next|this))\s+)?(?P<mq>{_QUAL})?\b(?P<mm>{_FULL_MONTH})\b
        (?(mrel)(?!\s+\d)))
  | (?P<rel>\b(?P<rq>(?i:earlier|later)\s+)?(?P<rrel>(?i:this|last|next))\s+
        (?P<runit>(?i:weekend|week|month|year))\b)
  | (?P<qrel>(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+(?P<qrrel>(?i:this|last|next))\s+
        (?P<qrunit>(?i:week|month|year))\b)
  | (?P<ago>\b(?P<agon>\d{{1,3}}|{_NUMW})\s+(?P<agou>(?i:day|week|month|year))s?\s+(?i:ago)\b)
  | (?P<day>\b(?P<dayw>(?i:today|tonight|yesterday|tomorrow))\b)
  | (?P<year>(?:(?P<yq>{_QUAL})|\b(?P<yprep>(?i:in|since|by|until|from|before|after|during|
        through|of|between|and|to|the(?=\s+{_YEAR}\s+(?:(?-i:[A-Z])|{_YEAR_NOUNS}))))\s+
        |(?P<yposs>{_POSSESSIVE})\s+(?={_YEAR}\s+[a-z]+(?<!s)\b))(?P<yy>{_YEAR})\b
        (?![,.]?\d)(?!\s*(?:%|percent)))
    )""",
    re.VERBOSE,
)
# Words before a bare capitalised month that are not a person's first name.
_NOT_NAMES = {
    "in", "by", "since", "until", "before", "after", "last", "next", "this", "early", "late",
    "mid", "from", "during", "through", "of", "on", "for", "and", "or", "to", "the",
}
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int  # the span excludes a leading preposition ("in 2025" -> "2025")
    kind: str  # numeric | weekday | md | dm | my | month | rel | ago | day | year
    parts: dict  # named parts: month, day, year, weekday, wnum, rel, unit, n, qual, word


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _bare_month_ok(text: str, start: int) -> bool:
    before = text[:start]
    if not before.strip():
        return False  # sentence-initial "May"/"March" is more often a verb or a name
    prev = _PREV_WORD.search(before)
    if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _NOT_NAMES:
        return False  # "Theresa May", "Ides of March" stays ambiguous: skip
    return True


def _parts(m: re.Match) -> tuple[str, dict, int]:
    g = m.groupdict()
    start = m.start()
    if g["numeric"]:
        return "numeric", {"raw": g["numeric"]}, start
    if g["ypair"]:
        return "ypair", {"year": int(g["yp1"]), "year2": int(g["yp2"])}, start
    if g["wd"]:
        month = g["wmd"] or g["wmd2"]
        day = g["wdd"] or g["wdd2"]
        parts = {
            "weekday": WEEKDAYS.index(g["wname"].lower()),
            "rel": (g["wrel"] or "").lower() or None,
            "wnum": int(g["wnum"]) if g["wnum"] else None,
        }
        if month:
            parts.update(month=_month(month), day=_day(day), year=_int(g["wdy"] or g["wdy2"]))
        return "weekday", parts, start
    if g["md"]:
        return "md", {"month": _month(g["mdm"]), "day": _day(g["mdd"]),
                      "year": _int(g["mdy"]), "qual": _q(g["mdq"])}, start
    if g["dm"]:
        return "dm", {"month": _month(g["dmm"]), "day": _day(g["dmd"]),
                      "year": _int(g["dmy"]), "qual": _q(g["dmq"])}, start
    if g["my"]:
        return "my", {"month": _month(g["mym"]), "year": int(g["myy"]), "qual": _q(g["myq"])}, start
    if g["m"]:
        rel = g["mrel"].lower() if g["mrel"] else None
        return "month", {"month": _month(g["mm"]), "qual": _q(g["mq"]), "rel": rel}, start
    if g["rel"]:
        return "rel", {"rel": g["rrel"].lower(), "unit": g["runit"].lower(),
                       "qual": _q(g["rq"])}, start
    if g["qrel"]:
        return "rel", {"rel": g["qrrel"].lower(), "unit": g["qrunit"].lower(),
                       "qual": "end"}, start
    if g["ago"]:
        n = g["agon"].lower()
        return "ago", {"n": int(n) if n.isdigit() else NUMBER_WORDS[n],
                       "unit": g["agou"].lower()}, start
    if g["day"]:
        return "day", {"word": g["dayw"].lower()}, start
    qual = _q(g["yq"])
    return "year", {"year": int(g["yy"]), "qual": qual}, m.start("yy") if not qual else start


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _q(text: str | None) -> str | None:
    if not text:
        return None
    words = re.findall(r"[a-z]+", text.lower())
    return next((w for w in words if w != "the"), None)


# Every date expression holds one of these; most sentences hold none, so the full grammar
# (slow: many alternatives tried at every character) runs only where it can match.
_TRIGGER = re.compile(
    rf"\d|{_FULL_MONTH}|{_WEEKDAY}|(?i:today|tonight|yesterday|tomorrow|week|month|year)"
)
# Figures and dates both scan each sentence; the cache keeps that to one scan.
SPAN_CACHE_SIZE = 4096


# Where a date expression can start: a digit, a month or weekday, or a word one of the
# grammar's alternatives opens with, with what must follow it ("in" only before a year, "a" only
# before "day/week/month/year"). Trying the grammar only there finds what scanning every
# character finds, about 2-3x faster.
_PREPS = "in|since|by|until|from|before|after|during|through|of|between|and|to"
_STARTS = re.compile(
    rf"""\b(?:\d
    |(?i:this|last|next|past|coming|early|mid|late|end|beginning|start|middle|earlier|later
        |today|tonight|yesterday|tomorrow)\b
    |(?i:the)\b(?=\s+(?:\d|(?i:end|beginning|start|middle)\b))
    |(?i:{_NUMW})\b(?=\s+(?i:day|week|month|year))
    |(?i:{_PREPS})\b(?=\s+\d)
    |{_POSSESSIVE}(?=\s+\d)
    |(?:{_FULL_MONTH}|{_WEEKDAY}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)""",
    re.VERBOSE,
)


@lru_cache(maxsize=SPAN_CACHE_SIZE)
def find_spans(text: str) -> tuple[DateSpan, ...]:
    """Every date expression in `text`, left to right, non-overlapping."""
    if not _TRIGGER.search(text):
        return ()
    out = []
    for m in _matches(text):
        kind, parts, start = _parts(m)
        if kind == "month" and not (parts["qual"] or parts["rel"]) and not _bare_month_ok(
            text, m.start()
        ):
            continue
        if kind == "ypair":  # "2030/2034": two years
            out.append(DateSpan(start, start + 4, "year", {"year": parts["year"], "qual": None}))
            out.append(DateSpan(m.end() - 4, m.end(), "year", {"year": parts["year2"],
                                                                "qual": None}))
            continue
        out.append(DateSpan(start, m.end(), kind, parts))
    return tuple(out)


def _matches(text: str):
    """What _PATTERN.finditer(text) gives, trying the pattern only at possible starts."""
    pos = 0
    for start in _STARTS.finditer(text):
        if start.start() < pos:
            continue
        m = _PATTERN.match(text, start.start())
        if m is not None:
            yield m
            pos = m.end()
