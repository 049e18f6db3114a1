"""Numbers for a language described by cue lists (``cues/figures.<lang>.yml``): where they are
and what value they stand for (helpers for _cued.py).

Reads: a sentence's text and the language's cues. Produces: `NumberSpan`s (as _numbers.py
does for English): the value with the language's decimal mark ("1.234,5" -> 1234.5, "1.200"
-> 1200, "850 000" -> 850000), scale words ("2,5 millones" -> 2500000, "mil millones" -> 1e9,
"bilhão" -> 1e9), a currency sign before it ("US$ 3", "R$ 1,5"), a percent after it ("30%",
"30 %", "30 por ciento"), the qualifier before it mapped to the English qualifier vocabulary
("más de" -> "more than"), number words ("doce", "duzentos"), "uno" / "um" only after a
qualifier.
Limits: number words are single words (no "treinta y dos", "duzentos e cinquenta"); with a
decimal comma, "1,200" with no scale word after it reads as 1200 (thousands comma, as some
Latin American outlets print), since a three-decimal count of things is rarer than that.
"""

from __future__ import annotations

import re
from functools import cache

from explainer.cues import cues
from explainer.extract.figures._numbers import NumberSpan


def _alt(words) -> str:
    """A regex alternation of words, longest first, spaces as any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                           reverse=True))


@cache
def grammar(lang: str) -> dict:
    """The language's number pattern and tables ({} when the language has no figure cues)."""
    c = cues("figures", lang)
    if not c.get("number_words"):
        return {}
    words = {str(k).lower(): float(v) for k, v in c["number_words"].items()}
    mults = {" ".join(str(k).lower().split()): float(v) for k, v in c["multipliers"].items()}
    quals = {" ".join(str(k).lower().split()): str(v) for k, v in c["qualifiers"].items()}
    signs = {str(k): tuple(v) for k, v in c["currency_signs"].items()}
    ones = tuple(c.get("one_words", ()))
    a_words = {str(k).lower(): float(v) for k, v in (c.get("a_words") or {}).items()}
    dets = _alt(c.get("qualifier_dets", ())) or "(?!x)x"
    w = r"(?<![\w])"
    pattern = re.compile(
        rf"""
        (?:(?P<qual>{w}(?i:{_alt(quals)}))\s+(?:(?i:{dets})\s+)?)?
        (?P<open>[“"‘«']?)
        (?:(?P<cur>{_alt(signs)})\s?)?
        (?:(?P<digits>(?<![\w.,/:-])
            (?:\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:,\d+)?
              |\d+(?:[,.]\d+)?))
          |(?P<word>{w}(?i:{_alt(words)})(?!\w))
          |(?P<one>(?<=\s)(?i:{_alt(ones) or "(?!x)x"})(?!\w))
          |(?P<a>{w}(?i:{_alt(a_words) or "(?!x)x"})(?=\s+(?i:{_alt(mults)})(?!\w))))
        (?:\s+(?P<mult>(?i:{_alt(mults)}))(?!\w))?
        (?P<pct>\s*%|\s+(?i:{_alt(c.get("percent_words", ()))})(?!\w))?
        (?P<close>[”"’»']?)
        """,
        re.VERBOSE,
    )
    return {"re": pattern, "words": words, "mults": mults, "quals": quals, "signs": signs,
            "a": a_words, "mark": str(c.get("decimal_mark", "."))}


def _value(raw: str, mark: str, scaled: bool) -> float:
    raw = re.sub(r"[ \u00a0\u202f]", "", raw)
    if mark != ",":
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d{1,3}\.\d{3}(?:\.\d{3})*(?:,\d+)?", raw):
        return float(raw.replace(".", "").replace(",", "."))  # "1.234,5", "1.200"
    if not scaled and re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
        return float(raw.replace(",", ""))  # "1,200 muertos": a thousands comma
    return float(raw.replace(",", "."))  # "2,5", "1.5" (a dot before 1-2 digits: a decimal)


def find_cued_numbers(text: str, lang: str) -> list[NumberSpan]:
    g = grammar(lang)
    if not g:
        return []
    out = []
    for m in g["re"].finditer(text):
        d = m.groupdict()
        if d["one"] and not d["qual"]:
            continue  # "una reunión": an article
        if d["cur"] and not (d["digits"] or d["word"]):
            continue
        if d["digits"] and re.match(r"[^\W\d]|[º°ª]", text[m.end("digits"):]):
            continue  # "2º", "3er", "15h": an ordinal or a time
        if d["digits"]:
            raw = d["digits"]
            value = _value(raw, g["mark"], bool(d["mult"]))
            year_like = re.fullmatch(r"\d{4}", raw) is not None and 1800 <= value <= 2199
        else:
            value = g["words"].get((d["word"] or "").lower()) or g["a"].get(
                (d["a"] or "").lower(), 1.0)
            year_like = False
        if d["mult"]:
            value *= g["mults"][" ".join(d["mult"].lower().split())]
        if value != int(value):
            value = round(value, 6)
        sign = g["signs"].get(d["cur"] or "")
        unit = "percent" if d["pct"] else (sign[0] if sign else None)
        qual = g["quals"][" ".join(d["qual"].lower().split())] if d["qual"] else None
        first = next(k for k in ("open", "cur", "digits", "word", "one", "a") if d[k])
        out.append(NumberSpan(m.start(), m.start(first), m.end(), value, qual, unit,
                              not d["digits"], year_like))
    return out
