"""Who published a plain-text article, and who reported it, from the clues a copied page keeps.

Reads: lines of a `.txt` seed (the header lines, the first paragraph, the footer lines that
are stripped as furniture). Produces: an outlet name from a site-name line above the headline,
a wire dateline ("CITY, June 9 (Outlet) -") or a copyright line ("© 2026 Outlet."); and the
reporter named in a wire credit ("(Reporting by X; Editing by Y)"), with the line or the
sentence left once the credit is cut out; Spanish and Portuguese agency credits ("Con
información de X", "Com informações da X") are cut the same way and name no reporter.
Limits: a site-name line is recognised only as the first line of the header and only when
the same name appears again elsewhere in the text; a section label ("World", "Politics") is
never taken for one. Datelines must start with a place in capitals.
"""

from __future__ import annotations

import re

from explainer.ingest._boiler import SECTION_WORDS, ends_sentence, every_language

# Outlet names run 1-4 words ("AP", "Radio Tollhaven", "The Example Evening Post").
NAME_MAX_WORDS = 4
_NAME_LOWER = frozenset("of the and for de da del la le di".split())
# "WASHINGTON (AP) —", "BOGOTÁ, Feb 3 (Reuters) -", "LONDON, June 9 (Example Wire) –": a
# place in capitals, optionally a comma and a date or region, then the outlet in brackets and
# a dash. 60 characters between the place and the bracket cover "Calvera, June 11".
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,40}?)(?:,[^()\n]{1,60}?)?\s*"
    r"\((?P<outlet>[^()\d]{2,40})\)\s*[-–—]+\s"
)
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)"
    r"(?P<outlet>[^\W\d][^.|]{1,60}?)\s*(?:\.|,|\||$|\s+all rights reserved)",
    re.I,
)
_COMPANY = re.compile(r"\s+(?:ltd|limited|inc|llc|plc|gmbh|s\.a|co)\.?$", re.I)
# A wire credit: "(Reporting by X in City; Additional reporting by Y; Editing by Z)".
_ROLE = r"(?:additional\s+)?(?:reporting|writing|editing|compiled|research|production)"
CREDIT = re.compile(rf"\(\s*(?P<c>{_ROLE}\s+by\s+[^()]+?)\s*\)\s*$", re.I)
CREDIT_LINE = re.compile(rf"^(?P<c>{_ROLE}\s+by\s+[^()]+?;\s*{_ROLE}\s+by\s+[^()]+?)\.?$", re.I)
# An agency credit led by a phrase of cues/ingest.<lang>.yml ("Con información de X", "Com
# informações da X"): a bracket closing a paragraph, or a short line of its own (credit lines
# name 1-4 agencies; a paragraph opening on the phrase runs longer).
_LEADS = "|".join(
    r"\s+".join(map(re.escape, w.split()))
    for w in sorted(set(every_language("credit_leads")), key=lambda w: (-len(w), w))
)
LEAD_CREDIT = re.compile(rf"\(\s*(?P<c>(?:{_LEADS})\s+[^()]+?)\s*\)\s*$", re.I) if _LEADS else None
LEAD_CREDIT_LINE = re.compile(rf"^(?P<c>(?:{_LEADS})\s+[^()]+?)\.?$", re.I) if _LEADS else None
CREDIT_LINE_MAX_WORDS = 12
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _name(s: str) -> str | None:
    s = _COMPANY.sub("", " ".join(s.split()).strip(" .,;:-–—"))
    words = s.split()
    if not 1 <= len(words) <= NAME_MAX_WORDS or any(ch.isdigit() for ch in s):
        return None
    if not all(w[:1].isupper() or w.lower() in _NAME_LOWER for w in words):
        return None
    return s


def outlet_name(s: str) -> str | None:
    """A short capitalised name that is not a section label ("World", "News")."""
    name = _name(s)
    if name is None or all(w.lower() in SECTION_WORDS for w in name.split()):
        return None
    return name


def site_name(line: str, rest_of_text: str) -> str | None:
    """The first header line as an outlet name: short, capitalised, not a section label, and
    named again in the article or its footer (a headline is not repeated inside a longer line)."""
    s = line.strip()
    name = _name(s)
    if name is None or ends_sentence(s) or name != s:
        return None
    if all(w.lower() in SECTION_WORDS for w in name.split()):
        return None
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return (
        name
        if any(
            pattern.search(other) and other.strip() != name for other in rest_of_text.split("\n")
        )
        else None
    )


def dateline(paragraph: str) -> str | None:
    m = DATELINE.match(paragraph.strip())
    if not m or not any(c.isalpha() for c in m["place"]):
        return None
    return _name(m["outlet"])


def copyright_holder(line: str) -> str | None:
    m = COPYRIGHT.match(line.strip())
    return _name(m["outlet"]) if m else None


def cut_credit(line: str) -> tuple[str, str | None]:
    """(the line without a wire credit, the credit) - the credit None when there is none."""
    s = line.strip()
    m = CREDIT.search(s) or CREDIT_LINE.match(s)
    if not m and LEAD_CREDIT is not None:
        m = LEAD_CREDIT.search(s)
        if not m and len(s.split()) <= CREDIT_LINE_MAX_WORDS:
            m = LEAD_CREDIT_LINE.match(s)
    if not m:
        return line, None
    return s[: m.start()].rstrip(), m["c"]


def credited_reporter(credit: str) -> str | None:
    """The reporter of a wire credit: the "Reporting by" names, else the "Writing by" ones."""
    parts = [p.strip() for p in credit.split(";")]
    for role in ("reporting", "writing"):
        for part in parts:
            m = re.match(rf"{role}\s+by\s+(?P<who>.+)$", part, re.I)
            if m:
                who = _IN_PLACE.sub("", m["who"]).strip(" .,")
                names = re.split(r",\s*|\s+and\s+", who)
                if names and all(_person(n) for n in names):
                    return who
    return None


def _person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= NAME_MAX_WORDS and all(
        w[:1].isupper() or w.lower() in _NAME_LOWER for w in words
    )
