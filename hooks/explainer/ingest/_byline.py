"""Byline lines: "By X", "Por X | Agency", "Texto: X", "Reportagem: X", "Redacción".

Reads: one header line of a plain-text article. Produces: whether it is a byline (what follows
its lead, and the name that opens it), and the shapes _txt.py reads a byline's name with (a
person, a staff or an agency credit).
Limits: the leads and staff credits are the byline_leads, strict_byline_leads and
staff_credits lists of every cues/ingest.<lang>.yml (a seed's language is not known while its
lines are read); a person is 2-8 capitalised words (name particles allowed).
"""

from __future__ import annotations

import re

from explainer.ingest import _boiler as boiler

BYLINE_MAX_WORDS = 14


def _leads(name: str) -> str:
    """A byline-lead list of cues/ingest.<lang>.yml as a regex alternation: "written by" ->
    written\\s+by\\s+; "texto:" -> texto:\\s* (longest first)."""
    leads = sorted(set(boiler.every_language(name)), key=lambda w: (-len(w), w))
    return "|".join(
        r"\s+".join(map(re.escape, w.rstrip(":").split()))
        + (r":\s*" if w.endswith(":") else r"\s+")
        for w in leads
    )


# "By X", "Written by X", "Texto: X", "Reportagem: X".
BYLINE = re.compile(rf"^(?:{_leads('byline_leads')})(?P<rest>\S.*)$", re.I)
# "Por X": also how prose opens ("Por la mañana, ..."), so a byline only when the rest is a
# name or a credit and the line does not end a sentence.
STRICT_BYLINE = re.compile(rf"^(?:{_leads('strict_byline_leads')})(?P<rest>\S.*)$", re.I)
# A byline or a line of its own naming the newsroom, no person ("Redacción", "Da Redação").
STAFF_CREDITS = frozenset(boiler.every_language("staff_credits"))
STAFF = re.compile(
    r"^(?P<org>.+?)\s+(?:staff(?:\s+writers?|\s+reporters?)?|newsroom|news\s+desk|"
    r"desk|editors|editorial\s+(?:team|board)|reporters|team|correspondents?)$",
    re.I,
)
# "By Example City News Service": an agency credit, as a staff byline is, names no person.
AGENCY = re.compile(r"^\S.*\s(?:news\s+service|service|agency|agencies|newswire|wire|news)$", re.I)
# "Por Agencia Meridiano", "Por Agência Meridiano": an agency named by its first word.
AGENCY_LEADS = frozenset(boiler.every_language("agency_leads"))
ROLE_SPLIT = re.compile(r"\s+[-–—|]\s+|\s*,\s*")
NAME_PARTICLES = frozenset("de da do dos del la van von der bin al and e y".split())


def is_person(name: str) -> bool:
    words = name.replace(" and ", " ").split()
    return 1 < len(words) <= 8 and all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words)


def byline(line: str) -> tuple[str, str] | None:
    """(what follows the lead, the name before any role or outlet in it) of a byline line, None
    when the line is not a byline."""
    s = line.strip()
    if len(s.split()) > BYLINE_MAX_WORDS:
        return None
    m = BYLINE.match(s)
    strict = m is None
    m = m or STRICT_BYLINE.match(s)
    if not m:
        return None
    rest = m["rest"].strip()
    name = ROLE_SPLIT.split(rest, maxsplit=1)[0].strip()
    if strict and (
        boiler.ends_sentence(s)
        or not (name.lower() in STAFF_CREDITS or is_person(name) or is_agency(name))
    ):
        return None
    return rest, name


def is_byline(line: str) -> bool:
    return byline(line) is not None


def is_agency(name: str) -> bool:
    first = name.split()[0].lower() if name.split() else ""
    return bool(AGENCY.match(name)) or first in AGENCY_LEADS
