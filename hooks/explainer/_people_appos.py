"""Roles written around a name (private helper for people.py).

Reads: one sentence's text around a name. Produces: the role (and a side) stated by an
appositive ("X, a Colombia expert at ...", "X, Acme's chief executive,", "X, president of ...",
"X, the Ostrian executive"), by a lower-case role before the name ("union organiser X",
"Opposition leader X", "Her spokesman, X") or by an appointment ("named X ... as mediator").
Limits: English only; the role must contain a noun of ROLE_NOUNS (a small generic lexicon).
"""

from __future__ import annotations

import re

from ._people_lex import ROLE_NOUNS
from ._people_runs import Tok, country_of, side_of

# "X, a Colombia expert at the International Crisis Group," -- stops at the clause end; the
# determiner may be a possessive organisation or country ("X, Acme's chief executive,").
_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:a|an|the|([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})(?:[’']s|(?<=s)[’']))\s+|"
    r"(?=(?:[a-z]+ )?(?:" + "|".join(sorted(ROLE_NOUNS)) + r") of\b))"
    r"([^,;:()]{3,90}?)(?=,|;|\.\s|\.$| who\b| said\b|$)"
)
# Nouns of expertise: "a Colombian historian" studies the country, does not stand for it.
_EXPERTISE = frozenset(
    "expert analyst economist historian scholar researcher professor lecturer correspondent "
    "consultant strategist fellow journalist reporter".split()
)
# "The ministry named X, a retired judge ..., as mediator": the post given outranks the
# description.
_APPOINTED = re.compile(
    r"\b(?:named|appointed|elected|chose|chosen|picked|nominated|hired|installed)\s+$"
)
_AS_ROLE = re.compile(r"^(?:,[^,;:]*,)?\s+as\s+(?:the |a |an |its |their )?([a-z]+(?: [a-z]+)?)")
_ROLE_BEFORE = re.compile(r"(?:\b(\w+) )?\b([a-z]+),? $")
_ROLE_MODIFIERS = frozenset("former deputy vice chief acting senior interim retired".split())
# Lower-case words before a role noun that are not part of the role ("told organiser X",
# "and organiser X"); any other lower-case word is kept ("union organiser", "crane operator").
_NOT_MODIFIERS = frozenset(
    """the a an his her its their our my your and or but by with of to for from at in on as
    that this these those who which said says told asked when while after before than then
    also was were is are be been has had have will would could should may might can not
    says whose where""".split()
)


def role_before(before: str) -> str | None:
    """"Opposition leader X", "Former president X", "Her spokesman, X": a lowercase role noun
    (with one modifier) right before the name."""
    m = _ROLE_BEFORE.search(before)
    if not m or m.group(2).lower() not in ROLE_NOUNS:
        return None
    mod = m.group(1)
    keep = mod and (mod[0].isupper() and mod not in ("The", "A", "An", "Her", "His", "Its")
                    or mod.lower() in _ROLE_MODIFIERS
                    or mod.isalpha() and mod.islower() and len(mod) > 2
                    and mod not in _NOT_MODIFIERS and not mod.endswith("ed"))
    return f"{mod} {m.group(2)}" if keep else m.group(2)



def appositive(text: str, last: Tok) -> tuple[str | None, str | None]:
    """(role, side) from "X, a Colombia expert at ...", "X, Acme's chief executive,",
    "X, Colombia's president," (side Colombia) or "X, the Ostrian executive" (side Ostrian)."""
    m = _APPOSITIVE.match(text[last.end :])
    if not m:
        return None, None
    owner, phrase = m.group(1), m.group(2).strip()
    words = phrase.split()
    if not {w.lower().strip(".") for w in words} & ROLE_NOUNS:
        return None, None
    if owner:
        country = country_of(owner.split())
        return (phrase, country) if country else (m.group(0)[m.start(1) :].strip(), None)
    side = side_of(words[0]) if len(words) >= 2 else None
    if side and words[1].lower() in ROLE_NOUNS and words[-1].lower() not in _EXPERTISE:
        return " ".join(words[1:]), side
    return phrase, None



def appointed_as(text: str, before: str, last: Tok) -> str | None:
    """"named X, a retired judge ..., as mediator" -> "mediator"."""
    if not _APPOINTED.search(before):
        return None
    m = _AS_ROLE.match(text[last.end :])
    if not m:
        return None
    words = m.group(1).split()
    while words and words[-1] not in ROLE_NOUNS:
        words = words[:-1]
    return " ".join(words) or None
