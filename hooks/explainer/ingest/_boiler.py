"""Recognise the page furniture that a copy-paste from a news site leaves in the text.

Reads: single lines of a plain-text article. Produces: yes/no answers, and text with empty
date slots closed. Limits: English, Spanish and Portuguese furniture only (share buttons,
comment forms, "You may also like" / "Lea también" / "Leia mais", related-links footers,
newsletter lines, ethics-code lines); a lexicon per language (cues/ingest.<lang>.yml), kept
small and generic, of phrases that are never article prose; navigation bars and footer link
rows recognised by shape (several short capitalised labels side by side) or, single-spaced, by
a lexicon of (English) section names.
"""

from __future__ import annotations

import re

from explainer.cues import LANGUAGES, words


def every_language(name: str) -> tuple[str, ...]:
    """One ingest cue list of every mined language, in cues/ingest.<lang>.yml, joined."""
    return tuple(w for lang in LANGUAGES for w in words("ingest", lang, name))


# Whole lines that are buttons, labels or widgets, compared lower-cased without end colons;
# lines starting with a prefix. The words are in cues/ingest.<lang>.yml; a seed's language is
# not known while its lines are read, so every mined language's words apply to every seed.
WIDGETS = frozenset(every_language("widgets"))
WIDGET_PREFIXES = every_language("widget_prefixes")
# "... Trust Principles" lines without the "Our Standards" lead; short, so prose that mentions
# a code of ethics in passing is not caught.
_STANDARDS = re.compile(r"\btrust principles\b", re.I)
STANDARDS_MAX_WORDS = 12
# A footer begins at one of these; everything after it is the site's, not the article's.
FOOTER_MARKERS = frozenset(every_language("footer_markers"))
# Headers that also stand as inline links inside a story ("Read more", "Related"): they open a
# footer only when nothing after them reads like an article paragraph (see FOOTER_PROSE_WORDS).
WEAK_FOOTER_MARKERS = frozenset(every_language("weak_footer_markers"))
# A related-links footer holds headlines and short promo lines (the longest seen: 13 words);
# article paragraphs in the seeds run 16+ words. A line this long after a weak marker means the
# story goes on, so the marker was an inline link and only its own line is furniture.
FOOTER_PROSE_WORDS = 20
# Footers sit in the last part of a page; a "Comments" line in the first 60% is prose.
FOOTER_ZONE = 0.4
# A run-together tag line ("Donald TrumpGustavo PetroColombia...") has lower-to-upper joins
# inside words; two or more rules out names like "McDonald" or "iPhone" appearing once.
MIN_TAG_JOINS = 2

# A navigation bar copied as one line: "News | Sport | Weather", "Business  Markets  World".
# Three items or more, each a short label; two could be "Log in | Subscribe" or a phrase.
MENU_MIN_ITEMS = 3
MENU_ITEM_MAX_WORDS = 3
_MENU_SEP = re.compile(r"\s+[|·•]\s+|\s{2,}|\t+")
# Section names that sites put in their navigation bar. A single-spaced bar ("Business
# Markets World Politics More") is told from a Title-Case headline ("Petro Meets Trump") by
# every word being one of these: a headline has a verb or a name, which are not here.
SECTION_WORDS = frozenset(
    """news world politics business markets market economy money finance sport sports weather
    opinion culture arts tech technology science health entertainment lifestyle travel local
    national international home latest live video videos audio podcasts more menu search
    us uk europe asia africa americas climate environment education media investigations
    features analysis comment sections""".split()
)

# Words either side of an empty slot quoted in the notice: enough to find it in the file.
GAP_CONTEXT_WORDS = 3

_BREADCRUMB_SEP = re.compile(r"\s+(?:»|›|>|/|\\|\|)\s+")
_TIGHT_SEP = re.compile(r"[»›>]")
_FIRST_CRUMBS = frozenset({"home", "news", "start"})
_JOIN = re.compile(r"(?<!\bM)(?<!\bMa)(?<!\bMc)[a-z][A-Z]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# Date slots that a site's template left empty: "today, , for", "on , marks", "on ."
_GAP_COMMA = re.compile(r",[ \t]+,")
_GAP_PREP = re.compile(r"[ \t](?:on|in|at|since|from|until|dated)[ \t]+(?=[,.;])", re.I)


def _key(line: str) -> str:
    return line.strip().rstrip(":").strip().lower()


def is_widget(line: str) -> bool:
    key = _key(line)
    if key in WIDGETS or key.startswith(WIDGET_PREFIXES):
        return True
    return len(key.split()) <= STANDARDS_MAX_WORDS and bool(_STANDARDS.search(key))


def is_footer_marker(line: str, after: list[str] | None = None) -> bool:
    """A header that starts the site's footer; `after` is the text after it, which for a weak
    marker must hold no article-length line."""
    key = _key(line)
    if key in FOOTER_MARKERS:
        return True
    if key not in WEAK_FOOTER_MARKERS:
        return False
    return all(len(a.split()) < FOOTER_PROSE_WORDS for a in after or [])


def is_menu(line: str) -> bool:
    """A navigation bar or footer link row: several short labels side by side."""
    s = line.strip()
    if not s or ends_sentence(s):
        return False
    items = [i for i in _MENU_SEP.split(s)]
    if len(items) >= MENU_MIN_ITEMS and all(_label(i) for i in items):
        return True
    words = s.split()
    return len(words) >= MENU_MIN_ITEMS and all(
        w[:1].isupper() and w.lower() in SECTION_WORDS for w in words
    )


def _label(item: str) -> bool:
    words = item.split()
    return (
        1 <= len(words) <= MENU_ITEM_MAX_WORDS
        and item[:1].isupper()
        and not any(c in item for c in '.,;:!?"“”()')
    )


def is_breadcrumb(line: str) -> bool:
    """ "Home » World » Title": two or more crumb separators, or a first crumb "Home"; also
    written without spaces, with arrows only ("Home>Section>Title": a path or a date never
    uses ">")."""
    parts = _BREADCRUMB_SEP.split(line.strip())
    if len(parts) < 2:
        tight = [p.strip() for p in _TIGHT_SEP.split(line.strip())]
        if not all(tight) or len(tight[0].split()) > MENU_ITEM_MAX_WORDS:
            return False
        return len(tight) > 2 or (len(tight) == 2 and tight[0].lower() in _FIRST_CRUMBS)
    if "»" in line or "›" in line:
        return True
    return parts[0].lower() in _FIRST_CRUMBS and len(parts[0].split()) == 1


def is_tag_line(line: str) -> bool:
    s = line.strip()
    if ends_sentence(s) or "," in s:
        return False
    return len(_JOIN.findall(s)) >= MIN_TAG_JOINS


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line.strip()))


def close_gaps(line: str) -> tuple[str, list[str]]:
    """Return the line with empty date slots closed, and a snippet of each slot as found."""
    found: list[str] = []

    def note(m: re.Match) -> str:
        n = GAP_CONTEXT_WORDS
        before = re.search(rf"(?:\S+\s+){{0,{n}}}\S*$", m.string[: m.start()]).group(0)
        after = re.match(rf"(?:\s*\S+){{0,{n}}}", m.string[m.end() :]).group(0)
        found.append((before + m.group(0) + after).strip())
        return ""

    out = _GAP_PREP.sub(note, line)
    out = _GAP_COMMA.sub(lambda m: note(m) + ",", out)
    return out, found
