"""Body lines of a plain-text article -> Blocks: heading, paragraph, item, quote, attribution.

Reads: the body lines left after metadata and furniture are removed, in order. Produces:
Blocks in the same order. Limits: a subheading is recognised by shape (short, no end
punctuation, followed by text), so a one-line paragraph without a full stop can pass for one;
an attribution line needs a title word (President, Minister...) or a leading dash.
"""

from __future__ import annotations

import re

from explainer.ingest._boiler import ends_sentence
from explainer.model import Block

# Subheadings in the seeds run 2-8 words; 14 leaves room for longer ones while a real
# sentence-length line (the shortest body paragraph in the seeds is 16 words) stays prose.
HEADING_MAX_WORDS = 14
# "President Donald Trump, on his prior call with Gustavo Petro" is 11 words.
ATTRIBUTION_MAX_WORDS = 16
NAME_MAX_WORDS = 7

BULLET = re.compile(r"^\s*(?:[•*·▪●◦‣–—-]|\d{1,2}[.)])\s+")
DASH_LEAD = re.compile(r"^\s*[–—-]{1,2}\s*(?=[A-Z])")
# Generic titles that precede or follow a name in a credit line under a quotation.
TITLES = frozenset(
    # Only words that name an office: "Foreign", "Leader" or "Official" also start headings.
    """president minister secretary senator sen. rep. ambassador governor mayor chancellor
    king queen pope dr. mr. mrs. ms. spokesperson spokesman spokeswoman ceo chairman
    chairwoman professor prof. judge commissioner adviser advisor""".split()
)
LOWER_IN_NAMES = frozenset("of the de da do dos das del la le van von der bin al and y e".split())
NOT_NAME_START = frozenset("the a an what how why when where who this these our".split())


# Opening and closing marks that may wrap a whole quotation block.
_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’", "'": "'"}


def unquote(text: str) -> str:
    """A quotation block's words without the one pair of marks around all of them: the page
    shows a block as a quotation already, so the marks would be printed twice."""
    s = text.strip()
    close = _PAIRS.get(s[:1])
    if close is None or len(s) < 3 or not s.endswith(close):
        return text
    inner = s[1:-1]
    # "A," she said, "B." opens and closes twice: not one quotation around the whole block.
    if any(c in inner for c in ('"', "“", "”", "«", "»", "„")):
        return text
    return inner.strip()


def _name_like(head: str) -> bool:
    words = head.split()
    if not 1 <= len(words) <= NAME_MAX_WORDS or words[0].lower() in NOT_NAME_START:
        return False
    return all(w[0].isupper() or w.lower() in LOWER_IN_NAMES for w in words if w[0].isalpha())


def is_attribution(line: str) -> bool:
    s = line.strip()
    if len(s.split()) > ATTRIBUTION_MAX_WORDS or s.endswith((".", "!", "?", ":", ";", "”", '"')):
        return False
    dashed = bool(DASH_LEAD.match(s))
    s = DASH_LEAD.sub("", s)
    head, _, rest = s.partition(",")
    if rest and not rest.strip()[:1].islower():
        return False
    if not _name_like(head):
        return False
    has_title = any(w.lower().strip(".") in TITLES or w.lower() in TITLES for w in head.split())
    return dashed or has_title


def is_heading(line: str) -> bool:
    s = line.strip()
    words = s.split()
    if not words or len(words) > HEADING_MAX_WORDS or not (s[0].isupper() or s[0].isdigit()):
        return False
    return not (ends_sentence(s) and not s.endswith("?")) and not s.endswith((",", ";", ":"))


def _join_wrapped(lines: list[str]) -> list[str]:
    """Hard-wrapped paragraphs: a line that continues in lower case belongs to the one above."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1] if out else ""
        if prev and s[:1].islower() and not BULLET.match(line) and not ends_sentence(prev):
            out[-1] = f"{prev} {s}"
        else:
            out.append(line)
    return out


def to_blocks(lines: list[str]) -> list[Block]:
    lines = _join_wrapped([line for line in lines if line.strip()])
    kinds: list[str] = []
    for i, line in enumerate(lines):
        follows = i + 1 < len(lines)
        after_para = bool(i) and kinds[-1] == "paragraph"
        # "— Name" under a paragraph credits a quotation; a dash list has more dashed lines.
        list_next = follows and BULLET.match(lines[i + 1])
        if BULLET.match(line) and not (after_para and not list_next and DASH_LEAD.match(line)):
            kinds.append("item")
        elif after_para and is_attribution(line):
            kinds[-1] = "quote_block"
            kinds.append("attribution")
        elif follows and is_heading(line) and not is_heading(lines[i + 1]):
            kinds.append("heading")
        else:
            kinds.append("paragraph")
    texts = [
        BULLET.sub("", s).strip() if k == "item" else s.strip()
        for k, s in zip(kinds, lines, strict=True)
    ]
    texts = [
        DASH_LEAD.sub("", t) if k == "attribution" else unquote(t) if k == "quote_block" else t
        for k, t in zip(kinds, texts, strict=True)
    ]
    return [Block(kind=k, text=t) for k, t in zip(kinds, texts, strict=True)]
