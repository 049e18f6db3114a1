"""Recognise the page furniture that a copy-paste from a news site leaves in the text.

Reads: single lines of a plain-text article. Produces: yes/no answers, and text with empty
date slots closed. Limits: English furniture only (share buttons, comment forms, "You may also
like"); a lexicon, kept small and generic, of phrases that are never article prose.
"""

from __future__ import annotations

import re

# Whole lines that are buttons, labels or widgets, compared lower-cased without end colons.
WIDGETS = frozenset(
    w.strip()
    for w in """
    copy link|copy the link|link copied|share|share this|share this article|share this story|
    share article|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|
    advertisement|advertising|sponsored|ad|skip to content|skip to main content|read more|
    see also|related|related articles|related posts|related stories|related content|
    you may also like|you might also like|more from|more stories|recommended|
    recommended for you|leave a comment|leave a reply|comments|comment|post comment|
    cancel reply|subscribe|sign up|log in|login|listen|listen to this article|
    click to share|opens in new window|follow us|newsletter|back to top|top stories|
    trending|most read|popular|continue reading
    """.split("|")
)
WIDGET_PREFIXES = (
    "this site uses akismet",
    "follow us on",
    "sign up for",
    "subscribe to",
    "share on ",
    "click to share",
    "click to print",
    "click to email",
    "your email address will not be published",
    "save my name, email",
    "all rights reserved",
    "copyright ©",
    "©",
    "tags:",
    "topics:",
    "filed under:",
    "posted in ",
    "related:",
    "read also:",
    "read more:",
    "see also:",
)
# A footer begins at one of these; everything after it is the site's, not the article's.
FOOTER_MARKERS = frozenset(
    {
        "you may also like",
        "you might also like",
        "leave a comment",
        "leave a reply",
        "related articles",
        "related posts",
        "related stories",
        "more stories",
        "more from",
        "recommended for you",
        "comments",
    }
)
# Footers sit in the last part of a page; a "Comments" line in the first 60% is prose.
FOOTER_ZONE = 0.4
# A run-together tag line ("Donald TrumpGustavo PetroColombia...") has lower-to-upper joins
# inside words; two or more rules out names like "McDonald" or "iPhone" appearing once.
MIN_TAG_JOINS = 2

# Words either side of an empty slot quoted in the notice: enough to find it in the file.
GAP_CONTEXT_WORDS = 3

_BREADCRUMB_SEP = re.compile(r"\s+(?:»|›|>|/|\\|\|)\s+")
_JOIN = re.compile(r"(?<!\bM)(?<!\bMa)(?<!\bMc)[a-z][A-Z]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# Date slots that a site's template left empty: "today, , for", "on , marks", "on ."
_GAP_COMMA = re.compile(r",[ \t]+,")
_GAP_PREP = re.compile(r"[ \t](?:on|in|at|since|from|until|dated)[ \t]+(?=[,.;])", re.I)


def _key(line: str) -> str:
    return line.strip().rstrip(":").strip().lower()


def is_widget(line: str) -> bool:
    key = _key(line)
    return key in WIDGETS or key.startswith(WIDGET_PREFIXES)


def is_footer_marker(line: str) -> bool:
    return _key(line) in FOOTER_MARKERS


def is_breadcrumb(line: str) -> bool:
    """ "Home » World » Title": two or more crumb separators, or a first crumb "Home"."""
    parts = _BREADCRUMB_SEP.split(line.strip())
    if len(parts) < 2:
        return False
    if "»" in line or "›" in line:
        return True
    return parts[0].lower() in {"home", "news", "start"} and len(parts[0].split()) == 1


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
