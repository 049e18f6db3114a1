"""A plain-text article as published -> title, standfirst, byline, date, outlet, URL, blocks.

Reads: normalised text of a `.txt` seed. Produces: a Parsed with every field it could infer,
an Inference per field saying how, every furniture line it removed, and a NOTICE for each
empty date slot it closed.
Limits: the header (title, standfirst, byline, date line) is looked for only before the first
body paragraph; bylines are recognised after "By", "Por", "Texto:", "Reportagem:" and the other
leads of cues/ingest.<lang>.yml (_byline.py; else the reporter of a wire credit); an
outlet only from a "Source:" line, a staff byline ("By Example Staff"), a site-name line, a
wire dateline, a copyright line (see _seed_outlet) or the domain of the article's URL, which is
taken only from a line of its own (a URL inside an embed or a sentence is not the article's).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from explainer.ingest import _boiler as boiler
from explainer.ingest import _byline as bl
from explainer.ingest import _outlet as clues
from explainer.ingest._blocks import to_blocks
from explainer.ingest._dates import STAMP_CUE, parse_date, stamp
from explainer.ingest._meta import Parsed
from explainer.model import NOTICE, Problem

# Headlines in news run 5-20 words; a longer line, or one ending in a full stop, is prose.
TITLE_MAX_WORDS = 20
TITLE_MIN_WORDS = 3
# A standfirst without end punctuation is a long summary line: 8+ words tells it from a
# subheading or a section label.
DEK_MIN_WORDS = 8
# How far ahead of a candidate standfirst a byline, date or repeated headline may appear for
# the candidate still to count as header (002: standfirst, 2 repeated titles, "Copy link", byline).
HEADER_LOOKAHEAD = 5
DATE_LINE_MAX_WORDS = 8
# A stamp line (dates, cues, times only) is read as the article's date only this near the top:
# a live blog's later entries are stamped the same way.
STAMP_TOP_LINES = 8
PIPE = re.compile(r"\s+[|•]\s+")

PUBLISHED = re.compile(r"^(?:first\s+)?(?:published|posted|publication date|date)\b[:\s]*", re.I)
UPDATED = re.compile(r"^(?:last\s+)?(?:updated|edited|modified)\b", re.I)
SOURCE = re.compile(r"^(?:source|sources|fonte|fuente|quelle)\s*:\s*(?P<v>\S.*)$", re.I)
URL_LINE = re.compile(
    r"^(?:(?:url|link|canonical|originally published (?:at|on|by)|"
    r"read (?:the )?(?:original|full) (?:article|story)(?: at| on| here)?)\s*:?\s*)?"
    r"(?P<u>https?://\S+)$",
    re.I,
)
URL_ANY = re.compile(r"https?://[^\s<>\"')\]]+")  # a "Source:" value that is only a URL
DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.I)


# "(Example Daily) 09:45, March 3, 2026": the outlet in brackets before the date.
BRACKET_NAME = re.compile(r"^\((?P<n>[^()]{2,40})\)\s*(?P<rest>\S.*)$")


def _key(s: str) -> str:
    return " ".join(s.lower().split())


def _domain(url: str) -> str | None:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def _byline(p: Parsed, line: str, read: tuple[str, str], hints: dict, text: str) -> None:
    rest, name = read
    staff = bl.STAFF.match(name)
    if name.lower() in bl.STAFF_CREDITS:
        hints["author"] = f"only a staff credit ('{line}'), no person named"
    elif staff or name.lower().startswith("the ") or bl.is_agency(name):
        org = staff["org"] if staff else name
        p.infer("outlet", org, f"staff byline '{line}'")
        hints["author"] = f"only a staff credit ('{line}'), no person named"
    elif bl.is_person(name):
        p.infer("author", name, f"byline '{line}'")
    else:
        hints["author"] = f"a byline that is not a name ('{line}')"
    for part in PIPE.split(rest)[1:]:  # "By X | Updated: <date>"
        _stamp(p, part, line, text)


def _stamp(p: Parsed, part: str, line: str, text: str) -> bool:
    read = stamp(part, text)
    if not read:
        return False
    iso, how = read
    if "no first publication" in how:
        p.defer("published", iso, f"{how} in '{line}'")
    else:
        p.infer("published", iso, f"{how} in '{line}'")
    return True


def _metadata(p: Parsed, line: str, text: str, hints: dict) -> bool:
    """Lines that carry metadata anywhere in the file: record the value, drop the line."""
    s = line.strip()
    if PUBLISHED.match(s):
        first = re.split(r"\s[|•]\s(?!\d{1,2}[:.]\d{2})|\s(?=edited|updated)", s, flags=re.I)[0]
        iso, how = parse_date(first, text)
        if iso:
            p.infer("published", iso, f"{how} in '{s}'")
        else:
            hints["published"] = f"'{s}', where {how}"
        return True
    if UPDATED.match(s) and parse_date(s, text)[0]:
        iso, how = parse_date(s, text)
        why = "an update: the page gives no first publication"
        p.defer("published", iso, f"{how} in '{s}' ({why})")
        return True
    m = SOURCE.match(s)
    if m:
        value = m["v"].strip().rstrip(".")
        if URL_ANY.fullmatch(value):
            p.infer("url", value, f"'{s}' line")
            p.infer("outlet", _domain(value), f"domain of the URL in '{s}'")
        else:
            p.infer("outlet", value, f"'{s}' line")
        return True
    m = URL_LINE.match(s)
    if m:
        p.infer("url", m["u"], "URL line")
        return True
    return False


def _header(p: Parsed, lines: list[str], text: str, hints: dict) -> int:
    """Find title, standfirst, byline and date line at the top; return where the body starts."""
    title_key = None
    first = True
    for i, line in enumerate(lines):
        s = line.strip()
        words = len(s.split())
        if not s:
            continue
        name = clues.site_name(s, text) if first and _headline_next(lines[i + 1 :]) else None
        first = False
        if name:
            p.infer("outlet", name, f"site-name line '{s}' above the headline")
            p.stripped.append(s)
        elif title_key is None and _titled_stamp(p, s, text):
            p.stripped.append(s)
            title_key = _key(p.fields.get("title") or "")
        elif title_key and _key(s) == title_key:
            p.stripped.append(s)  # a repeated headline
        elif read := bl.byline(s):
            _byline(p, s, read, hints, text)
            p.stripped.append(s)
        elif _key(s) in bl.STAFF_CREDITS:
            hints["author"] = f"only a staff credit ('{s}'), no person named"
            p.stripped.append(s)
        elif words <= DATE_LINE_MAX_WORDS and not s.endswith(".") and parse_date(s, text)[0]:
            iso, how = parse_date(s, text)
            p.infer("published", iso, f"{how}, on a line of its own")
            p.stripped.append(s)
            m = BRACKET_NAME.match(s)
            if m and stamp(m["rest"], text):
                p.infer(
                    "outlet", clues.outlet_name(m["n"]), f"name in brackets before the date '{s}'"
                )
        elif title_key is None and words < TITLE_MIN_WORDS and not boiler.ends_sentence(s):
            p.stripped.append(s)  # a section label ("News") above the headline
        elif title_key is None and words <= TITLE_MAX_WORDS and not s.endswith("."):
            p.infer("title", s, "first headline-shaped line")
            title_key = _key(s)
        elif title_key and not p.fields.get("standfirst") and _is_dek(s, lines[i + 1 :]):
            p.infer("standfirst", s, "line under the headline")
        else:
            return i
    return len(lines)


def _titled_stamp(p: Parsed, s: str, text: str) -> bool:
    """A page-title line "Headline | Section | Outlet | 03.02.2026": its date, headline, outlet."""
    parts = PIPE.split(s)
    if len(parts) < 2 or len(parts[0].split()) < TITLE_MIN_WORDS:
        return False
    if not _stamp(p, parts[-1], s, text):
        return False
    p.infer("title", parts[0], f"headline of the page-title line '{s}'")
    names = [n for n in map(clues.outlet_name, parts[1:-1]) if n]
    if len(names) == 1:
        p.infer("outlet", names[0], f"page-title line '{s}'")
    return True


def _headline_next(after: list[str]) -> bool:
    """A site name stands above the headline; a short line followed by prose is the title."""
    nxt = next((a.strip() for a in after if a.strip()), "")
    words = len(nxt.split())
    return TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and not boiler.ends_sentence(nxt)


def _is_dek(s: str, after: list[str]) -> bool:
    if not boiler.ends_sentence(s) and len(s.split()) >= DEK_MIN_WORDS:
        return True
    ahead = [a.strip() for a in after if a.strip()][:HEADER_LOOKAHEAD]
    return any(bl.is_byline(a) for a in ahead)


def parse_txt(name: str, text: str) -> Parsed:
    p = Parsed()
    hints: dict[str, str] = {}
    raw = text.split("\n")
    numbered = [(n + 1, line) for n, line in enumerate(raw) if line.strip()]
    footer_from = len(numbered)
    zone = int(len(numbered) * (1 - boiler.FOOTER_ZONE))
    for k, (_, line) in enumerate(numbered):
        if k >= zone and boiler.is_footer_marker(line, [a for _, a in numbered[k + 1 :]]):
            footer_from = k
            break
    kept: list[tuple[int, str]] = []
    late: dict[str, tuple[str, str]] = {}  # clues weaker than the header's: (value, how)
    for k, (n, line) in enumerate(numbered):
        holder = clues.copyright_holder(line)
        if holder and "outlet" not in late:
            late["outlet"] = (holder, f"copyright line '{line.strip()}'")
        line, credit = clues.cut_credit(line)
        if credit:
            p.stripped.append(f"({credit})")
            who = clues.credited_reporter(credit)
            if who and "author" not in late:
                late["author"] = (who, f"wire credit '({credit})'")
            if not line.strip():
                continue
        if _metadata(p, line, text, hints) or k >= footer_from:
            p.stripped.append(line.strip())
        elif k < STAMP_TOP_LINES and STAMP_CUE.search(line) and _stamp(p, line, line.strip(), text):
            p.stripped.append(line.strip())
        elif boiler.is_breadcrumb(line) or boiler.is_widget(line) or boiler.is_menu(line):
            p.stripped.append(line.strip())
        else:
            kept.append((n, line))
    while kept and boiler.is_tag_line(kept[-1][1]):
        p.stripped.append(kept.pop()[1].strip())
    start = _header(p, [line for _, line in kept], text, hints)
    if start < len(kept):
        found = clues.dateline(kept[start][1])
        p.infer("outlet", found, f"dateline of the first paragraph ('{found}')")
    for field, (value, how) in sorted(late.items()):
        p.infer(field, value, how)
    p.settle()
    title_key = _key(p.fields.get("title") or "")
    body: list[str] = []
    for n, line in kept[start:]:
        if _key(line) == title_key:
            p.stripped.append(line.strip())
            continue
        fixed, gaps = boiler.close_gaps(line)
        for gap in gaps:
            p.problems.append(
                Problem(
                    f"{name}:{n}",
                    f"expected a date in '{gap}', found an empty slot the source "
                    "site left blank; closed it up so the sentence reads on.",
                    "nothing required; write the date into the seed if you know it.",
                    severity=NOTICE,
                )
            )
        body.append(fixed)
    if p.fields.get("url"):
        p.infer("outlet", _domain(p.fields["url"]), "domain of the article URL")
    p.blocks = to_blocks(body)
    p.fields.setdefault("_hints", hints)  # read by seeds.py for the notices
    return p
