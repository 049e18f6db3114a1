"""The day-month date grammar of Spanish and Portuguese: where a sentence mentions a date.

Reads: a sentence's text and its language's ``cues/dates.<lang>.yml``. Produces: the same
`DateSpan`s as the English grammar (`_grammar`), so one calendar and one resolution serve every
language, plus kind "dom": a day of the month alone ("no próximo dia 10").

Shapes: "3 de febrero de 2026", "1º de maio", "3 fev 2026" (an abbreviation only with a year),
"febrero 3 de 2026", "febrero de 2025", "el martes 3 de febrero", "martes 3", "nesta
terça-feira (3)", "este martes", "el pasado martes" / "el martes pasado", "na última
terça-feira", "hoy" / "ontem" / "mañana", "la semana pasada", "no ano passado", "hace tres
años" / "três anos atrás", "a principios de enero", "no fim de janeiro", "en 2024", "desde
2019", dd/mm/yyyy (always day-first: neither language writes month-first) and yyyy-mm-dd.

Keys of the YAML (each a list, or a mapping word -> value): months, month_abbr, weekdays,
weekdays_cued (short forms that are also ordinals: "segunda"), weekday_cues and
weekday_followers (what must surround a short form), weekday_not_after ("los martes": every
Tuesday), of ("de", "del"), rel_before / rel_after (word -> this | last | next), days (word ->
shift in days), day_not_after / day_not_before ("la mañana": the morning; "hoy en día":
nowadays), quals (word -> early | mid | late | end), units (word -> day | week | month | year |
weekend), ago_before / ago_after, numbers, dom_word, year_preps (a bare year needs one),
year_preps_weak (after these a plural noun makes the number a count: "para 2000 familias"),
year_not_after ("%", "por ciento"), plural_articles, weekday_ending ("-feira": a word so ending
one letter away from a full weekday name is that weekday, a typo: "quata-feira").

Limits: month and weekday names are matched in any case, but a capitalised weekday or bare
month inside a sentence is a name ("Santo Domingo", "Plaza de Mayo") and skipped; ranges ("del
3 al 5 de marzo") give only their last day; named days ("Día de la Independencia") are not
dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from explainer.cues import cues
from explainer.extract.dates._grammar import SPAN_CACHE_SIZE, DateSpan
from explainer.extract.dates._grammar import find_spans as english_spans

_DOM = r"(?:[12]\d|3[01]|0?[1-9])"
_DAY = _DOM + r"(?:\.?º|°|ª|ro)?"  # "1º", "1.º", "1°", "1ro de mayo"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_PUNCT = re.compile(r"\s*(?:$|[(),.;:!?»”\"])")


def _alt(items) -> str:
    """Words as one alternation, longest first; a space in a cue is any run of spaces."""
    if not items:
        return r"(?!)"
    return "(?:" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=lambda w: (-len(w), w))
    ) + ")"


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern
    c: dict

    def lookup(self, key: str, word: str):
        table = self.c.get(key) or {}
        return table.get(" ".join(word.lower().split()))


@cache
def grammar(lang: str) -> _Grammar | None:
    """The language's compiled grammar, or None when its cue file defines no months."""
    c = cues("dates", lang)
    if not c.get("months"):
        return None
    g = {k: _alt(c.get(k) or ()) for k in (
        "months", "month_abbr", "of", "rel_before", "rel_after", "days", "quals", "units",
        "ago_before", "ago_after", "numbers", "dom_word", "year_preps", "year_preps_weak",
        "year_not_after")}
    wd = _alt(tuple(c.get("weekdays") or ()) + tuple(c.get("weekdays_cued") or ()))
    if c.get("weekday_ending"):  # a misspelt "-feira" weekday, checked by _weekday
        wd = rf"(?:{wd}|[^\W\d_]{{3,9}}{re.escape(c['weekday_ending'])})"
    mon, of, rb, ra, q, un = (g[k] for k in ("months", "of", "rel_before", "rel_after", "quals",
                                             "units"))
    w = r"(?![\w-])"  # a word's end: "segunda-feira" is one word
    q = rf"(?!{un}{w}){q}"  # "fin de semana" is a unit, not "fin" of "semana"
    num = rf"(?:\d{{1,3}}|{g['numbers']})"
    yun = _alt([k for k, v in (c.get("units") or {}).items() if v == "year"])
    mun = _alt([k for k, v in (c.get("units") or {}).items() if v == "month"])  # "mes de enero"

    def yrel(p: str) -> str:  # "de este año", "del año pasado", "do próximo ano"
        return rf"\s+(?:{of}\s+)?(?:(?P<{p}r>{rb})\s+{yun}|{yun}\s+(?P<{p}r2>{ra})){w}"

    alternatives = [
        r"(?P<numeric>\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})(?![\d/])",
        rf"(?P<wd>(?:(?P<wrel>{rb})\s+)?(?P<wname>{wd}){w}(?:\s+(?P<wrel2>{ra}){w})?"
        rf"(?:,?\s+(?P<wdd>{_DAY})\s+{of}\s+(?P<wmm>{mon}){w}(?:,?\s+(?:{of}\s+)?(?P<wyy>{_YEAR}))?"
        rf"|\s*\((?P<wnum>{_DOM})(?:\.?º|°)?\)|\s+(?P<wnum2>{_DOM})(?![\d%]|[.,]\d|\s+{of}\s))?)",
        rf"(?P<dm>(?:(?P<dmrel>{rb})\s+)?(?P<dmd>{_DAY})\s+(?:{of}\s+(?P<dmm>{mon}){w}"
        rf"(?:,?\s+(?:{of}\s+)?(?P<dmy>{_YEAR})|{yrel('dmy')}|\s+(?P<dmrel2>{ra}){w})?"
        rf"|(?:{of}\s+)?(?P<dam>{mon}|{g['month_abbr']})\.?,?\s+(?:{of}\s+)?(?P<dayy>{_YEAR})))",
        rf"(?P<md>(?P<mdm>{mon})\s+(?P<mdd>{_DAY}),?\s+(?:{of}\s+)?(?P<mdy>{_YEAR}))",
        rf"(?P<my>(?:(?P<myq>{q})\s+{of}\s+)?(?P<mym>{mon})(?:\s+{of}\s+|,?\s+)(?P<myy>{_YEAR}))",
        rf"(?P<dom>(?:(?P<domrel>{rb})\s+)?{g['dom_word']}\s+(?P<domd>{_DOM})(?![\d%]|[.,]\d)"
        rf"(?!\s+{of}\s+{mon}))",
        rf"(?P<rel>(?:(?P<rq>{q})\s+{of}\s+)?(?:(?P<rrel>{rb})\s+(?P<runit>{un}){w}"
        rf"(?:\s+(?P<rrel2>{ra}){w})?|(?P<runit2>{un})\s+(?P<rrel3>{ra}){w})(?!\s+{of}\s+{mon}))",
        rf"(?P<qrel>(?P<qq>{q})\s+{of}\s+(?P<qunit>{un}){w})",
        rf"(?P<m>(?:(?P<mrel>{rb})\s+)?(?:(?P<mq>{q})\s+{of}\s+)?(?:{mun}\s+{of}\s+)?"
        rf"(?P<mm>{mon}){w}"
        rf"(?:\s+(?P<mrel2>{ra}){w}|{yrel('my')})?)",
        rf"(?P<ago>{g['ago_before']}\s+(?P<agon>{num})\s+(?P<agou>{un}){w}"
        rf"|(?P<agon2>{num})\s+(?P<agou2>{un})\s+{g['ago_after']}{w})",
        rf"(?P<day>(?P<dayw>{g['days']}){w})",
        rf"(?P<year>(?:(?P<yq>{q})\s+{of}\s+|(?P<yprep>{g['year_preps']})\s+"
        rf"|(?P<yweak>{g['year_preps_weak']})\s+)(?P<yy>{_YEAR})(?![,.]?\d)"
        rf"(?!\s*{g['year_not_after']}))",
    ]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)
    return _Grammar(pattern, c)


def has_grammar(lang: str) -> bool:
    return grammar(lang) is not None


def _prev_words(text: str, start: int, n: int) -> str:
    return " ".join(re.findall(r"[\wÀ-ÿ]+", text[:start].lower())[-n:])


def _after(text: str, start: int, items) -> bool:
    """Whether one of `items` (words) ends right before `start`."""
    return any(_prev_words(text, start, len(i.split())) == i for i in items or ())


def _mid_sentence_capital(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;—–-«“\"("


def _name(text: str, start: int, end: int) -> bool:
    """A capitalised word before another capitalised one is a name: "Domingo Pérez", "Abril
    Ortega" (even at the start of a sentence), "Santo Domingo" (inside one)."""
    if not text[start].isupper():
        return False
    return _mid_sentence_capital(text, start) or bool(re.match(r"\s+[A-ZÀ-Ý]", text[end:]))


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter dropped, added or changed ("quata" / "quarta")."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) == len(short):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return len(long_) == len(short) + 1 and any(
        long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _weekday(g: _Grammar, name: str) -> int | None:
    """The weekday a name gives: a listed one, else (a language with `weekday_ending`) the one
    full name a single letter away ("quata-feira" -> Wednesday); None when none or several are."""
    for key in ("weekdays", "weekdays_cued"):
        if (got := g.lookup(key, name)) is not None:
            return got
    ending = g.c.get("weekday_ending")
    if not ending or not name.lower().endswith(ending):
        return None
    near = {v for k, v in (g.c.get("weekdays") or {}).items()
            if k.endswith(ending) and _one_letter_apart(k, name.lower())}
    return near.pop() if len(near) == 1 else None


def _valid(g: _Grammar, m: re.Match) -> bool:
    _, p, _ = _parts(g, m)
    try:
        date(p["year"], p["month"], p["day"])
    except ValueError:
        return False
    return True


def _keep(g: _Grammar, m: re.Match, text: str) -> bool:
    c, d = g.c, m.groupdict()
    if d["wd"]:
        at, name = m.start("wname"), d["wname"].lower()
        if (_name(text, at, m.end("wname")) or _weekday(g, name) is None  # "xyz-feira"
                or _after(text, m.start(), c.get("weekday_not_after"))):
            return False
        if name in (c.get("weekdays_cued") or {}) and not (d["wrel"] or d["wrel2"]):
            follows = text[m.end("wname"):]
            return _after(text, m.start(), c.get("weekday_cues")) and (
                bool(_PUNCT.match(follows)) or any(
                    re.match(rf"\s+{re.escape(f)}(?![\w-])", follows, re.I)
                    for f in c.get("weekday_followers") or ()))
        return True
    if d["dm"] and (d["dmy"] or d["dayy"]) and not _valid(g, m):
        return False  # "31 de abril de 2026"
    if d["m"] and not (d["mrel"] or d["mq"] or d["mrel2"] or d["myr"] or d["myr2"]):
        if not _name(text, m.start("mm"), m.end("mm")):
            return True
        # "em Fevereiro" (Portugal's older spelling) after a preposition; "Plaza de Mayo" stays
        return _after(text, m.start(), c.get("year_preps")) and not re.match(
            r"\s+[A-ZÀ-Ý]", text[m.end():])
    if d["day"]:
        rest = text[m.end():]
        if _after(text, m.start(), c.get("day_not_after")):
            return False
        return not any(re.match(rf"\s+{re.escape(x)}(?![\w-])", rest, re.I)
                       for x in c.get("day_not_before") or ())
    if d["yweak"]:
        nxt = re.match(r"\s+([^\W\d_]+)", text[m.end():])
        if nxt and nxt.group(1).endswith("s") and nxt.group(1).islower() and (
            nxt.group(1) not in (c.get("plural_articles") or ())
        ):
            return False  # "para 2000 familias": a count
    return True


_STEPS = {"this": 0, "last": -1, "next": 1}


def _step(g: _Grammar, before: str | None, after: str | None) -> int | None:
    """The year a "de este año" / "del año pasado" names, as years from publication."""
    rel = g.lookup("rel_before", before or "") or g.lookup("rel_after", after or "")
    return _STEPS.get(rel) if (before or after) else None


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _dnum(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _parts(g: _Grammar, m: re.Match) -> tuple[str, dict, int]:
    d, lk = m.groupdict(), g.lookup
    month = lambda k: lk("months", d[k]) or lk("month_abbr", d[k])  # noqa: E731
    if d["numeric"]:
        return "numeric", {"raw": d["numeric"], "day_first": True}, m.start()
    if d["wd"]:
        name = d["wname"]
        parts = {"weekday": _weekday(g, name),
                 "rel": lk("rel_before", d["wrel"] or "") or lk("rel_after", d["wrel2"] or ""),
                 "wnum": _int(d["wnum"] or d["wnum2"])}
        if d["wmm"]:
            parts.update(month=month("wmm"), day=_dnum(d["wdd"]), year=_int(d["wyy"]))
        return "weekday", parts, m.start()
    if d["dm"]:
        return "dm", {"month": month("dmm") if d["dmm"] else month("dam"), "day": _dnum(d["dmd"]),
                      "year": _int(d["dmy"] or d["dayy"]), "qual": None,
                      "rel": lk("rel_before", d["dmrel"] or "")
                      or lk("rel_after", d["dmrel2"] or ""),
                      "yrel": _step(g, d["dmyr"], d["dmyr2"])}, m.start()
    if d["md"]:
        return "md", {"month": month("mdm"), "day": _dnum(d["mdd"]), "year": int(d["mdy"]),
                      "qual": None}, m.start()
    if d["my"]:
        return "my", {"month": month("mym"), "year": int(d["myy"]),
                      "qual": lk("quals", d["myq"] or "")}, m.start()
    if d["rel"]:
        rel = (lk("rel_before", d["rrel"] or "") or lk("rel_after", d["rrel2"] or "")
               or lk("rel_after", d["rrel3"] or ""))
        return "rel", {"rel": rel, "unit": lk("units", d["runit"] or d["runit2"]),
                       "qual": lk("quals", d["rq"] or "")}, m.start()
    if d["qrel"]:  # "a principios de año", "no fim do mês": of this one
        return "rel", {"rel": "this", "unit": lk("units", d["qunit"]),
                       "qual": lk("quals", d["qq"])}, m.start()
    if d["m"]:
        rel = lk("rel_before", d["mrel"] or "") or lk("rel_after", d["mrel2"] or "")
        return "month", {"month": month("mm"), "qual": lk("quals", d["mq"] or ""),
                         "rel": rel, "yrel": _step(g, d["myr"], d["myr2"])}, m.start()
    if d["ago"]:
        n = d["agon"] or d["agon2"]
        return "ago", {"n": int(n) if n.isdigit() else lk("numbers", n),
                       "unit": lk("units", d["agou"] or d["agou2"])}, m.start()
    if d["dom"]:
        return "dom", {"day": int(d["domd"]), "rel": lk("rel_before", d["domrel"] or "")}, m.start()
    if d["day"]:
        return "day", {"word": d["dayw"].lower(), "shift": lk("days", d["dayw"])}, m.start()
    qual = lk("quals", d["yq"] or "")
    return "year", {"year": int(d["yy"]), "qual": qual}, m.start("yy") if not qual else m.start()


@lru_cache(maxsize=SPAN_CACHE_SIZE)
def find_spans(text: str, lang: str) -> tuple[DateSpan, ...]:
    """Every date expression in `text`, left to right, non-overlapping."""
    g = grammar(lang)
    out = []
    pos = 0
    while (m := g.pattern.search(text, pos)) is not None:
        if _keep(g, m, text):
            kind, parts, start = _parts(g, m)
            out.append(DateSpan(start, m.end(), kind, parts))
            pos = m.end()
        else:
            pos = m.start() + 1  # a skipped match may hide a shorter one inside it
    return tuple(out)


def date_spans(text: str, lang: str = "en") -> tuple[DateSpan, ...]:
    """The date expressions of `text` in `lang`: this grammar where the language's cue file has
    months, the English grammar otherwise (English, and languages that are not mined)."""
    return find_spans(text, lang) if has_grammar(lang) else english_spans(text)
