"""Roles written around a name (private helper for people.py).

Reads: one sentence's text around a name. Produces: the role (and a side) stated by an
appositive ("X, a Colombia expert at ...", "X, Acme's chief executive,", "X, president of ...",
"X, the Ostrian executive"), by a lower-case role before the name ("union organiser X",
"Opposition leader X", "Her spokesman, X", "UN special envoy X", "Ukraine's ambassador to the
United Nations, X,", "the president of the regional council, X,") or by an appointment ("named
X ... as mediator", "X, who succeeded Y as head of the agency,"). A side may be ITS or
THE_COUNTRY ("X, its ambassador", "X, the country's deputy minister"): the caller knows which
country was named before.
Limits: English only; the role must contain a noun of ROLE_NOUNS (a small generic lexicon).
"""

from __future__ import annotations

import re

from explainer.extract.people._runs import Tok, country_of, side_of
from explainer.lexicon import (
    DEMONYMS,
    GOVERNMENT_SEATS,
    KIN_NOUNS,
    NOT_NAME,
    ROLE_NOUNS,
)

# Sides that point back: "its ambassador", "the country's minister" (see _people_context).
ITS, THE_COUNTRY = "<its>", "<the country's>"
_NOUNS = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))

# "X, a Colombia expert at the International Crisis Group," -- stops at the clause end; the
# determiner may be a possessive organisation or country ("X, Acme's chief executive,").
_APPOSITIVE = re.compile(
    r"^(?:,\s+\d{1,3})?,\s+(?:(?:a|an|(the (?:country|nation)[’']s|its)|the|"
    r"([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})(?:[’']s|(?<=s)[’']))\s+|"
    r"(?=(?:[a-z]+ )?(?:" + "|".join(sorted(ROLE_NOUNS)) + r") (?:of|at|for|to)\b))"
    r"([^,;:()]{3,90}?)(?=,|;|\.\s|\.$| who\b| said\b|$)"
)
# Nouns of expertise: "a Colombian historian" studies the country, does not stand for it.
_EXPERTISE = frozenset(
    "expert analyst economist historian scholar researcher professor lecturer correspondent "
    "consultant strategist fellow journalist reporter".split()
)
# "... of the Chinese Foreign Ministry", "... at the Kenyan Red Cross": a nationality or a
# country, then a capitalised word of the organisation's name.
_OF_COUNTRY_ORG = re.compile(r"\b(?:of|at|for|in) (?:the )?((?:[A-Z][\w.]*(?: |$)){2,4})")
_MEDIA = frozenset("reporter journalist correspondent editor columnist photographer".split())
# "The ministry named X, a retired judge ..., as mediator": the post given outranks the
# description.
_APPOINTED = re.compile(
    r"\b(?:named|appointed|elected|chose|chosen|picked|nominated|hired|installed)\s+$"
)
_AS_ROLE = re.compile(r"^(?:,[^,;:]*,)?\s+as\s+(?:the |a |an |its |their )?([a-z]+(?: [a-z]+)?)")
# "X, who succeeded Y as head of the agency in 2019,": the post the clause gives X.
_WHO_AS = re.compile(
    r"^,\s+who\s+(?:has\s+|had\s+|was\s+)?(?:succeeded|replaced|served|serves|took over|"
    r"named|appointed|elected)\b[^,;:()]{0,60}?\s+as\s+(?:the |a |an |its |their )?"
    r"((?:[a-z][\w-]* ){0,2}?(?:" + _NOUNS + r")(?: (?:of|for|to|at) (?:the )?[a-z][\w-]*"
    r"(?: [a-z][\w-]*)?)?)\b"
)
# Words that end an "of the agency" tail: "head of the agency in 2019" is "head of the agency".
_TAIL_STOP = frozenset("in on at since until from for after before when and or last this".split())
# "president-elect X", "minister-designate X": a role noun with a suffix of its own.
_ROLE_BEFORE = re.compile(r"(?:(?<![\w.&-])([\w.&-]+) )?\b([a-z]+(?:-elect|-designate)?),? $")
# "Ukraine's ambassador to the United Nations, X," / "The president of the regional council,
# X," / "her Canadian counterpart, X,": a determiner or possessive, an optional nationality,
# lower-case modifiers, a role noun and an optional "to/of/for/at ..." tail, then a comma.
_DET_ROLE = re.compile(
    r"(?:\b([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})[’']s|\b((?:[Tt]he (?:country|nation)[’']s)|"
    r"[Ii]ts)|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir))\s+(?:([A-Z][a-z]+)\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}?)((?:" + _NOUNS + r")"
    r"(?:\s+(?:to|for|of|at|on)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)?),\s*$"
)
_ROLE_MODIFIERS = frozenset("former deputy vice chief acting senior interim retired".split())
MAX_LOWER_MODIFIERS = 3
_ROLE_FIELDS = frozenset(
    """security policy government union press trade health defence defense foreign party
    campaign state police army military intelligence energy finance justice election
    information communications public""".split()
)
_LAST_WORD = re.compile(r"(?:(?<=\s)|^)([a-z]+) $")
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten both all".split())
# "union ministers A and B", "cabinet ministers A, B and C": the list after the plural.
_LIST_ITEM = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*"
_PLURAL_ROLE = re.compile(
    rf"(?:^|(?<=\s))((?:[a-z]+ ){{0,2}})([a-z]+s) ((?:{_LIST_ITEM}(?:, |,? and ))*)$"
)
_LIST_GOES_ON = re.compile(r"^(?:,? and |, )[A-Z]")
# Lower-case words before a role noun that are not part of the role ("told organiser X",
# "and organiser X"); any other lower-case word is kept ("union organiser", "crane operator").
_NOT_MODIFIERS = frozenset(
    """the a an his her its their our my your and or but by with of to for from at in on as
    that this these those who which said says told asked when while after before than then
    also was were is are be been has had have will would could should may might can not
    says whose where met meets meet sees saw see joins join urges urge asks ask calls call
    thanks thank welcomes welcome names hosts host""".split()
)
# A capitalised word right before a lower-case role: part of the role ("UN special envoy",
# "Free Democrats leader"), unless it is a nationality (a side) or a sentence word ("Later").
_PREFIX_WORD = re.compile(r"(?:^|(?<=\s))([A-Z][\w.&-]*) $")
MAX_PREFIX_WORDS = 3


def role_before(before: str) -> tuple[str | None, str | None]:
    """(role, side) from "Opposition leader X", "Former president X", "Her spokesman, X",
    "UN special envoy X", "Ukraine's ambassador to the United Nations, X": a role noun (with
    its modifiers) right before the name."""
    d = _DET_ROLE.search(before)
    if d and not set(d.group(4).split()) & _NOT_MODIFIERS:
        side = _pointer(d.group(2)) or (country_of(d.group(1).split()) if d.group(1) else None)
        dem, role = d.group(3), d.group(4) + d.group(5)
        if dem and side_of(dem):
            side = side or side_of(dem)
        elif dem:
            role = f"{dem} {role}"
        # "his Chinese wife, X": a relation, which stands for no country.
        return role, None if d.group(5).split()[0] in KIN_NOUNS else side
    m = _ROLE_BEFORE.search(before)
    if not m or m.group(2).split("-")[0] not in ROLE_NOUNS:
        return None, None
    mod = m.group(1)
    keep = mod and (mod[0].isupper() and mod not in ("The", "A", "An", "Her", "His", "Its")
                    or _lower_modifier(mod))
    role = f"{mod} {m.group(2)}" if keep else m.group(2)
    rest = before[: m.start(1) if keep else m.start(2)]
    if keep and mod[0].isupper() and side_of(mod):
        # "Colombian union leader X" stands for Colombia; "Colombian historian X" studies it.
        studies = m.group(2) in _EXPERTISE or m.group(2) in KIN_NOUNS
        return (role, None) if studies else (m.group(2), side_of(mod))
    if keep and mod[0].isupper():  # "Kremlin spokesman X", "UN envoy X": a prefix word
        return _with_prefix(before[: m.start(2)], m.group(2))
    if keep and mod[0].islower():
        # "national security adviser X", "retired government worker X": more modifiers.
        for _ in range(MAX_LOWER_MODIFIERS - 1):
            w = _LAST_WORD.search(rest)
            if not w or not _adjunct(w.group(1)):
                break
            role, rest = f"{w.group(1)} {role}", rest[: w.start(1)]
    return _with_prefix(rest, role)


def _lower_modifier(word: str) -> bool:
    return word.lower() in _ROLE_MODIFIERS or (
        word.isalpha() and word.islower() and len(word) > 2 and word not in _NOT_MODIFIERS
        and word not in _NUMBER_WORDS and not word.endswith("ed"))


def _adjunct(word: str) -> bool:
    """A word that extends a role further back ("national", "foreign policy", "retired"):
    an adjective of office or a noun of a field, never a verb ("sent special envoy X")."""
    return word in _ROLE_MODIFIERS or word in _ROLE_FIELDS or (
        _lower_modifier(word) and word.endswith(("al", "ic", "ive", "ary")))


def list_role(before: str, after: str) -> str | None:
    """"union ministers A and B": a plural role noun before a list of names gives each of them
    the role in the singular ("union minister"); `after`: the text after the name."""
    m = _PLURAL_ROLE.search(before)
    if not m:
        return None
    noun = m.group(2)[:-3] + "y" if m.group(2).endswith("ies") else m.group(2)[:-1]
    if noun not in ROLE_NOUNS or not (m.group(3) or _LIST_GOES_ON.match(after)):
        return None
    words = [noun]
    for w in reversed(m.group(1).split()):
        if not _lower_modifier(w):
            break
        words.insert(0, w)
    return " ".join(words)


def _pointer(words: str | None) -> str | None:
    if not words:
        return None
    return ITS if words.lower() == "its" else THE_COUNTRY


def _with_prefix(rest: str, role: str) -> tuple[str, str | None]:
    """Capitalised words glued before the role: an organisation ("UN", "Free Democrats") is
    part of it; a nationality is the side."""
    words: list[str] = []
    while len(words) < MAX_PREFIX_WORDS and (p := _PREFIX_WORD.search(rest)):
        if p.group(1) in NOT_NAME:
            break
        words.insert(0, p.group(1))
        rest = rest[: p.start(1)]
    while words and words[0] in NOT_NAME:
        words = words[1:]
    if not words:
        return role, None
    side = country_of(words) or (side_of(words[-1]) if len(words) == 1 else None)
    if side:
        return role, side
    # "White House national security adviser X", "US Geological Survey seismologist X": the
    # office or agency is the country's (a journalist of "China Daily" is not).
    for n in (2, 1):
        side = GOVERNMENT_SEATS.get(" ".join(words[:n])) or (
            country_of(words[:n]) if len(words) > n else None)
        if side and role.split()[-1] not in _MEDIA:
            return " ".join([*words, role]), side
    return " ".join([*words, role]), None


def appositive(text: str, last: Tok) -> tuple[str | None, str | None]:
    """(role, side) from "X, a Colombia expert at ...", "X, Acme's chief executive,",
    "X, Colombia's president," (side Colombia), "X, the Ostrian executive" (side Ostrian) or
    "X, the country's deputy foreign minister" (side THE_COUNTRY)."""
    m = _APPOSITIVE.match(text[last.end :])
    if not m:
        return who_as(text, last), None
    context, owner, phrase = m.group(1), m.group(2), m.group(3).strip()
    words = phrase.split()
    if not {w.lower().strip(".") for w in words} & ROLE_NOUNS:
        return None, None
    if context:
        return phrase, _pointer(context)
    if owner:
        country = country_of(owner.split())
        return (phrase, country) if country else (m.group(0)[m.start(2) :].strip(), None)
    side = side_of(words[0]) if len(words) >= 2 else None
    if side and words[1].lower() in ROLE_NOUNS and words[-1].lower() not in _EXPERTISE:
        return " ".join(words[1:]), side
    return phrase, _organisation_side(phrase)


def _organisation_side(phrase: str) -> str | None:
    """"director of the Chinese Foreign Ministry's Information Department": a post in a
    country's named organisation stands for the country (an analyst of one studies it)."""
    noun = next((w for w in phrase.split() if w in ROLE_NOUNS), None)
    if noun is None or noun in _EXPERTISE or noun in _MEDIA or noun in KIN_NOUNS:
        return None
    for m in _OF_COUNTRY_ORG.finditer(phrase):
        words = m.group(1).split()
        for n in (2, 1):
            if len(words) > n:  # an organisation word follows the country
                side = DEMONYMS.get(" ".join(words[:n])) or country_of(words[:n])
                if side:
                    return side
    return None


def who_as(text: str, last: Tok) -> str | None:
    """"X, who succeeded Y as head of the agency in 2019," -> "head of the agency"."""
    m = _WHO_AS.match(text[last.end :])
    if not m:
        return None
    words = m.group(1).split()
    for k, w in enumerate(words):
        if k and w in _TAIL_STOP:
            words = words[:k]
            break
    while words[-1] in ("of", "for", "to", "at", "the"):
        words = words[:-1]
    return " ".join(words)


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
