"""What the words around a capitalised run add to it (private helper for people.py).

Reads: one sentence's text and capitalised runs, and the country the article named last.
Produces: the full title when the text joins two ("Deputy Prime Minister and Foreign Minister
X") or puts a lower-case modifier before it ("former President X"); the country that "the
country's" / "its" points to; and runs that look like names but are not people: ships ("the
cargo ship Maria Luisa"), storms and operations ("Hurricane Delia", "Operation Silver Lance"),
two-word places ("Las Cruces", "Santa Marta") and the organisation that owns a role ("Free
Democrats leader X").
Limits: English cues only; "its" is read as a country only when the sentence opens with one.
"""

from __future__ import annotations

import re

from explainer.extract.people._runs import Tok, country_of, parse_run
from explainer.lexicon import (
    EVENT_HEADS,
    LOWER_TITLE_MODIFIERS,
    PLACE_PREFIXES,
    PLACES,
    PORTFOLIO_WORDS,
    ROLE_NOUNS,
    VESSEL_NOUNS,
)

_LOWER_MOD = re.compile(r"\b(" + "|".join(sorted(LOWER_TITLE_MODIFIERS)) + r") $")
_MODIFIER_GAP = re.compile(r" (?:" + "|".join(sorted(LOWER_TITLE_MODIFIERS)) + r") ")
# "a C-130J Super Hercules", "one C 31-J Silver X": a model code (digits and capitals, no
# lower case) names the aircraft or machine that follows.
_MODEL_BEFORE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]+ $")
_VESSEL_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(VESSEL_NOUNS)) + r") $")
# "Free Democrats leader X", "UN special envoy X": lower-case role words between two runs.
_ROLE_BETWEEN = re.compile(r"^ (?:[a-z][\w-]* ){0,2}?([a-z]+) $")
_NICKNAME_CUE = re.compile(
    r"(?:so-called|known (?:\w+ \w+ )?as|dubbed|nicknamed|alias)\s*[“\"‘]$", re.I
)
# What _NICKNAME_CUE must end with ("$" also matches before a final newline).
_OPENING_QUOTES = ("“", '"', "‘", "“\n", '"\n', "‘\n")


def countries_in(runs: list[list[Tok]]) -> list[tuple[int, str]]:
    """(offset, country) for each run that is a country name ("Egypt", "the United States")."""
    out = []
    for run in runs:
        words = [t.text for t in run]
        if words[:1] == ["The"]:
            words = words[1:]
        country = country_of(words) if words else None
        if country and len(words) == len(run) - (run[0].text == "The"):
            out.append((run[0].start, country))
    return out


def context_country(
    start: int, its: bool, sentence_countries: list[tuple[int, str]], last: str | None
) -> str | None:
    """The country "the country's" or "its" (`its`) points to from the name at `start`: the
    last one named before it in the sentence, else in the article."""
    before = [c for at, c in sentence_countries if at < start]
    if its:
        # "Egypt sent A, ..., and B, its ambassador": only a country that opens the sentence.
        first = sentence_countries[0] if sentence_countries else None
        return first[1] if first and first[0] == 0 and before else None
    return before[-1] if before else last


def joint_title(text: str, runs: list[list[Tok]], k: int, title: str, side: str | None):
    """"Deputy Prime Minister and Foreign Minister X": a title-only run joined by "and";
    "South Korea's Foreign Affairs and Trade Minister X": a portfolio joined to the title."""
    if k == 0 or text[runs[k - 1][-1].end : runs[k][0].start] != " and ":
        return title, side
    prev = parse_run(runs[k - 1])
    if prev.title and not prev.name:
        return f"{prev.title} and {title}", side or prev.side
    words = [t.text for t in runs[k - 1]]
    if all(w in PORTFOLIO_WORDS for w in words):
        return f"{' '.join(words)} and {title}", side or possessive_side(text, runs, k - 1)
    return title, side


def possessive_side(text: str, runs: list[list[Tok]], k: int) -> str | None:
    """"Venezuela's Nicolás Maduro", "South Korea's X": a possessive country right before
    ("Brazil's former President X": a lower-case modifier of the title may come between)."""
    if k == 0 or not runs[k - 1][-1].possessive:
        return None
    prev = runs[k - 1]
    gap = text[prev[-1].end : runs[k][0].start]
    if gap != " " and not _MODIFIER_GAP.fullmatch(gap):
        return None
    words = [t.text for t in prev]
    return country_of(words[1:] if words[0] == "The" else words)


def title_to(text: str, runs: list[list[Tok]], k: int, name: tuple[Tok, ...]):
    """"Former U.S. Ambassador to Mexico Earl Tanner": the title-only run before "to" takes
    the country (or place, or acronym) that opens this run; returns (title, side, how many
    name words that took), or None."""
    gap = text[runs[k - 1][-1].end : runs[k][0].start] if k else ""
    if gap not in (" to ", " to the "):
        return None
    prev = parse_run(runs[k - 1])
    if not prev.title or prev.name:
        return None
    words = [t.text for t in name]
    for n in (2, 1):
        head = words[:n]
        if len(words) - n >= 2 and (country_of(head) or " ".join(head) in PLACES
                                    or n == 1 and head[0].isupper() and len(head[0]) > 1):
            return f"{prev.title}{gap}{' '.join(head)}", prev.side, n
    return None


def lower_modifier(before: str, title: str) -> str:
    """"former President X" -> "former President"."""
    m = _LOWER_MOD.search(before)
    return f"{m.group(1)} {title}" if m else title


def not_a_person(text: str, runs: list[list[Tok]], k: int, name: tuple[Tok, ...]) -> bool:
    """An untitled run that names a ship, a storm, an operation, a place, a machine after its
    model code, or the organisation that owns the role of the name after it."""
    run = runs[k]
    if name[0].text in EVENT_HEADS or name[0].text in PLACE_PREFIXES:
        return True
    if _VESSEL_BEFORE.search(text[: run[0].start]) or _MODEL_BEFORE.search(text[: run[0].start]):
        return True
    if k + 1 < len(runs):
        m = _ROLE_BETWEEN.match(text[run[-1].end : runs[k + 1][0].start])
        if m and m.group(1) in ROLE_NOUNS and not run[-1].possessive:
            return bool(parse_run(runs[k + 1]).name)
    return False


def nickname(before: str) -> bool:
    """"the so-called “Iron Lady”", "known to fans as “El Toro”": a label, not a name."""
    if not before.endswith(_OPENING_QUOTES):
        return False
    return bool(_NICKNAME_CUE.search(before))
