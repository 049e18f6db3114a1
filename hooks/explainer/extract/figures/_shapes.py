"""Shapes of figures beyond "number + noun" (helpers for figures.py).

Reads: a sentence's text and its NumberSpans. Produces: the pieces figures.py assembles:
  - counts in a hyphenated modifier: "a four-day strike" -> 4, "days", "days of strike";
    "a two-on-two meeting" -> 2, "two-on-two meeting";
  - the label of a "label: number" line: "Turnout: 61.2%", "Homes without power, Sunday: 41";
  - how two numbers in a row relate: "2,200 of the plant's 3,400 workers" (a part of the
    whole: both count workers), "between 30 and 40 people", "30 to 40 people" (a range);
  - fractions: "nearly half of the 900 delegates" (0.5), "one in five voters" (0.2).
Limits: English only; a label is at most LABEL_MAX_WORDS words of nouns and prepositions (no
determiner, verb or speech cue: "He said: 45" is no label); a fraction needs "of" or "the"
after it ("half an hour" is no share), and a share of a span of time is not read.
"""

from __future__ import annotations

import re

# Words a hyphenated count may carry that count nothing: "45-year-old" (an age), "three-time
# winner", "two-way", "two-thirds" (a fraction, read below).
_NOT_COUNTED = frozenset(
    "old time times fold way odd thirds third quarters quarter fifths fifth tenths halves".split()
)
# Compound words that measure rather than count: "a 7.1-magnitude quake", "a 5-percent rise".
UNCOUNTABLE = frozenset("percent magnitude".split())
# "a 40-strong unit": the count is of the team's members.
_MEMBERS = frozenset("strong".split())
_COMPOUND = re.compile(r"-((?:square-|cubic-)?[a-z]+)(?![\w-])")
_ON = re.compile(r"-on-([a-z]+|\d+)(?![\w-])", re.IGNORECASE)
LABEL_MAX_WORDS = 6
_LABEL_LINKS = frozenset("of on in at for without with per from by under to".split())
_LABEL_END = re.compile(r"\s*(?:$|[;(/,]|\.\s*$)")
_LABEL_WORD = re.compile(r"^[A-Za-zÀ-ÿ][\w’'-]*$")
# Between two numbers: a part of a whole ("14 of its 60 members") or a range ("30 to 40").
_PART_OF = re.compile(
    r"^\s+of\s+(?:(?:the|its|their|his|her|our|this|that|these|those|all)\s+)?"
    r"(?:[A-Za-zÀ-ÿ][\w-]*[’']s\s+)?$"
)
_RANGE = re.compile(r"^\s+(?:to|or)\s+$")
_RANGE_AND = re.compile(r"^\s+and\s+$")
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_FRACTION = re.compile(
    r"(?:(?P<qual>\b(?i:more\s+than|less\s+than|nearly|almost|about|around|roughly|over|"
    r"under|just\s+over|just\s+under|some|at\s+least)\s+))?"
    r"(?P<frac>\b(?i:half|(?:a|one)[\s-](?:third|quarter|fifth|tenth)"
    r"|(?:two|three|four)[\s-](?:thirds|quarters|fifths)))\s+(?P<of>of\s+|the\s+)",
)
_ONE_IN = re.compile(
    r"(?P<frac>\b(?i:one)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,3}))\b\s+"
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_NUMERATOR = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# Words before "half" that make it a part of something else: "the second half of the year".
_NOT_SHARE = frozenset("the first second latter former other back".split())


_NAME_LINKS = frozenset("and of for".split())
MAX_NAME_TOKENS = 9
# A type designation: "F-35", "A320", "MiG-29".
DESIGNATION = re.compile(r"^[A-Z]{1,3}-?\d")


def name_run(toks: list[re.Match], i: int, stop: frozenset[str]) -> int:
    """End (exclusive) of the run of capitalised words from toks[i], as a name used as one word:
    "Royal Navy", "Mountain Rescue Service (MRS)", "Coast Guard and Rescue Unit"."""
    j = i
    while j < len(toks) and j - i < MAX_NAME_TOKENS:
        w = toks[j].group()
        nxt = toks[j + 1].group() if j + 1 < len(toks) else ""
        if w[0].isupper() and w.lower() not in stop:
            j += 1
        elif j > i and w in _NAME_LINKS and nxt[:1].isupper() and nxt.lower() not in stop:
            j += 1
        elif j > i and w == "(" and nxt.isupper() and j + 2 < len(toks) and (
            toks[j + 2].group() == ")"
        ):
            j += 3
        else:
            break
    return j


def plural(word: str) -> str:
    w = word.lower()
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es" if not w.endswith("s") else w
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def compound(text: str, end: int) -> tuple[str, str | None, int] | None:
    """For a number ending at `end` and joined by a hyphen to a word: (how it reads before
    its noun, the unit, where the compound ends), or None when the hyphen starts no count
    ("45-year-old", "two-thirds"). The unit is None for "two-on-two"."""
    if m := _ON.match(text, end):
        return "on", None, m.end()
    m = _COMPOUND.match(text, end)
    if not m:
        return None
    word = m.group(1)
    if word in _NOT_COUNTED or re.match(r"-[a-z]+-old\b", text[end:]):
        return None
    if word in UNCOUNTABLE:
        return word, word, m.end()
    if word in _MEMBERS:
        return "members", "members", m.end()
    unit = plural(word).replace("-", " ")  # "1.5-square-mile": "square miles"
    return unit, unit, m.end()


def label(text: str, start: int, end: int, stop: frozenset[str]) -> tuple[str, str] | None:
    """The label of "Label: number" (label, its head noun): the number ends its item and a
    colon comes right before it; the label runs back to the start or a ";"."""
    before = text[:start].rstrip()
    if not before.endswith(":") or not _LABEL_END.match(text, end):
        return None
    head = before[:-1]
    seg = re.split(r"[;•]", head)[-1]
    seg = seg.split(",")[0].strip(" -–—")  # "Ships at anchor, Tuesday night": the date goes
    words = seg.split()
    if not 1 <= len(words) <= LABEL_MAX_WORDS or not all(_LABEL_WORD.match(w) for w in words):
        return None
    if words[0].lower() in stop or words[-1].lower() in _LABEL_LINKS:
        return None
    for prev, w in zip(["", *words], words, strict=False):
        det_after_link = w.lower() in ("the", "a", "an") and prev.lower() in _LABEL_LINKS
        if w.lower() in stop and w.lower() not in _LABEL_LINKS and not det_after_link:
            return None
    if len(words[0]) > 1 and words[0][1:2].islower():
        words[0] = words[0].lower()
    head_words = []
    for w in words:
        if w.lower() in _LABEL_LINKS:
            break
        head_words.append(w)
    return " ".join(words), head_words[-1].lower()


def between(text: str, first, second) -> str:
    """How two numbers in a row relate: "part" (the first is a part of the second's whole),
    "range", or ""."""
    gap = text[first.end : second.start]
    if _PART_OF.match(gap):
        return "part"
    if _RANGE.match(gap) or (_RANGE_AND.match(gap) and first.qualifier == "between"):
        return "range"
    return ""


def parenthetical(text: str, end: int) -> str:
    """ "2,200 (company)": whose figure it is, said right after the number."""
    m = re.match(r"\s*\(([^()]{1,30})\)", text[end:])
    return f" ({m.group(1).strip()})" if m else ""


def fractions(text: str):
    """(start, end of the printed share, end of the match, value, qualifier) of each share."""
    out = []
    for m in _FRACTION.finditer(text):
        prev = text[: m.start("frac")].split()
        if not m.group("qual") and prev and prev[-1].lower() in _NOT_SHARE:
            continue
        words = re.split(r"[\s-]", m.group("frac").lower())
        if len(words) == 1:
            words = ["one", *words]
        value = _NUMERATOR[words[0]] / _DENOMINATORS[words[1].rstrip("s")]
        qual = " ".join(m.group("qual").lower().split()) if m.group("qual") else None
        out.append((m.start(), m.end("frac"), m.end(), value, qual))
    for m in _ONE_IN.finditer(text):
        n = m.group("n")
        d = int(n) if n.isdigit() else _SMALL[n.lower()]
        if d > 1:
            out.append((m.start(), m.end("frac"), m.end(), 1 / d, None))
    return sorted(out)
