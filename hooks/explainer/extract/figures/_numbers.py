"""Numbers as printed in news text: where they are and what value they stand for.

Reads: a sentence's text. Produces: `NumberSpan`s with the normalised value, the qualifier
printed before it ("nearly", "at least") and a unit carried by the number itself ("%", "$").
No decision about whether a number is a figure: that is `figures.py`.

Limits: English number words up to ninety-nine plus hundred / thousand / million / billion /
trillion, and "m", "bn", "tn", "k" joined to an amount of money ("€45m"); fractions ("a third",
"half": figures.py reads those) are not read; "one" only where it counts (`find_ones`: "at
least one guard", "One ferry was sunk"; not "one of", "one by one", "one day"); ranges are
two numbers ("between 30" carries the qualifier "between").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}
MULTIPLIERS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "m": 1e6, "tn": 1e12, "k": 1e3,
}
QUALIFIERS = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "close to",
    "just over", "just under", "well over", "an estimated", "nearly", "almost", "around",
    "about", "approximately", "roughly", "some", "over", "upwards of", "as many as",
    "as much as", "no fewer than", "no more than", "within", "between",
)
_CURRENCY = {"$": "dollars", "US$": "dollars", "€": "euros", "£": "pounds"}

_WORD = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_SMALL)}))?|{'|'.join(_UNITS)})"
)
_QUAL = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)
_NUMBER = re.compile(
    rf"""
    (?:(?P<qual>\b(?i:{_QUAL}))\s+)?
    (?P<open>[“"‘']?)
    (?P<cur>US\$|[$€£])?
    (?:(?P<digits>(?:(?<![\w.,/:-])|(?<=[Mm]agnitude-))
        (?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?))
      |(?P<word>\b(?i:{_WORD})\b))
    (?:\s*(?P<mult>\b(?i:hundred|thousand|million|billion|trillion|bn|mn)\b)
      |(?(cur)(?P<amult>(?:bn|mn|m|tn|k)\b)|(?!x)x))?
    (?P<pct>\s*%|\s+(?i:percent|per\s+cent)\b)?
    (?P<close>[”"’']?)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class NumberSpan:
    start: int  # qualifier included
    num_start: int  # the number itself
    end: int  # after multiplier / percent sign / closing quote
    value: float
    qualifier: str | None
    unit: str | None  # "percent", "dollars" ... when the number carries it
    is_word: bool
    is_year_like: bool


def _word_value(word: str) -> float:
    w = word.lower().replace("-", " ").split()
    if w[0] in _TENS:
        return _TENS[w[0]] + (_SMALL[w[1]] if len(w) > 1 else 0)
    return _UNITS[w[0]]


# Every number holds digits or a number word; most sentences hold neither, and the full
# pattern (an optional qualifier first, so no fast skip) is slow to run over them. The digit
# test goes first: it is the cheap one (the engine jumps from digit to digit).
_HAS_DIGIT = re.compile(r"\d")
_HAS_NUMBER_WORD = re.compile(rf"\b(?i:{_WORD})\b")


def find_numbers(text: str) -> list[NumberSpan]:
    if not _HAS_DIGIT.search(text) and not _HAS_NUMBER_WORD.search(text):
        return []
    out = []
    for m in _NUMBER.finditer(text):
        g = m.groupdict()
        if g["digits"]:
            raw = g["digits"]
            value = float(raw.replace(",", ""))
            year_like = "," not in raw and "." not in raw and 1800 <= value <= 2199
            if re.match(r"(?:st|nd|rd|th)\b", text[m.end("digits"):]):
                continue  # ordinal: "2nd", "21st"
        else:
            value = float(_word_value(g["word"]))
            year_like = False
        if g["mult"] or g["amult"]:
            value *= MULTIPLIERS[(g["mult"] or g["amult"]).lower()]
        unit = "percent" if g["pct"] else _CURRENCY.get(g["cur"] or "")
        qual = " ".join(g["qual"].lower().split()) if g["qual"] else None
        num_start = m.start("open") if g["open"] else (m.start("cur") if g["cur"] else m.start(
            "digits" if g["digits"] else "word"))
        out.append(NumberSpan(m.start(), num_start, m.end(), value, qual, unit,
                              bool(g["word"]), year_like))
    return out


# "one" counts after a qualifier ("at least one guard") or as the subject of a passive ("One
# ferry was sunk"); anywhere else it is as often a pronoun or "a" ("one of", "one day").
_ONE = re.compile(rf"(?:(?P<qual>\b(?i:{_QUAL}))\s+)?\b(?P<one>[Oo]ne)\s+(?=[a-z])")
_PASSIVE = re.compile(
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?!(?:quoted|cited|asked|told|seen|heard)\b)[a-z]+(?:ed|en|wn|lt|ot|ught|nk|uck|ung|eld|ade|it|ut)\b"
)
_NOT_AFTER_ONE = re.compile(rf"(?:of|by|another|more|{'|'.join(MULTIPLIERS)})\b", re.IGNORECASE)


def find_ones(text: str) -> list[NumberSpan]:
    if "one" not in text.lower():
        return []
    out = []
    for m in _ONE.finditer(text):
        if _NOT_AFTER_ONE.match(text, m.end()) or not (
            m.group("qual") or _PASSIVE.match(text, m.end())
        ):
            continue
        qual = " ".join(m.group("qual").lower().split()) if m.group("qual") else None
        out.append(NumberSpan(m.start(), m.start("one"), m.end("one"), 1.0, qual, None, True,
                              False))
    return out
