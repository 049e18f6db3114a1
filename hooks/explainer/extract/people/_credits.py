"""Credit lines and bare name lines: names that are not people in the story (private helper
for people.py).

Reads: one sentence. Produces: whether it is a credit line ("(Reporting by X; Editing by Y)",
"(Reported by A, B and C)", "By X, March 3, 2024 9:15 am", "Photo: X/Agency via Y Images",
"(Agency Photo/ X)", "More from X in Lima:") and the names it credits (kept as bylines), and
whether it is a line of bare names ("A and B", a menu's "Mehr Themen"), which states nothing
about them.
In a language with a people cue file the same questions are asked of its credit labels too
("Foto: X", "Por X", "Con información de EFE", "Reportagem: X"; see _lang.py), and a name
glued to its institution by a slash at the start of a caption ("Ana Prado/Agencia Sur ...").
Limits: English cue words, and the labels of each cue file; a credited name must look like a
person's (two to four capitalised words, none an organisation, place or common word).
"""

from __future__ import annotations

import re

from explainer.extract.people._lang import credit, lang_cues
from explainer.extract.people._lang import not_a_person as lang_not_person
from explainer.extract.people._runs import cap_runs, is_name_tokens, parse_run
from explainer.model import Sentence

_BY_WORDS = (
    r"(?:additional\s+)?(?:reporting|reported|editing|edited|writing|written|compiled|produced|"
    r"photos?|graphics|research|translation|translated)\s+by\b"
)
_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}"
# "By X, March 3, 2024 9:15 am", "By X and Y": a byline printed in the text (two or more
# capitalised words, so "By Sunday, the talks ..." is no byline).
_BYLINE = re.compile(rf"^By\s+({_NAME})(?:\s*(?:,|and|&)\s*({_NAME}))?\s*(?:[,|].{{0,40}})?$")
_PHOTO = re.compile(r"^\(?\s*(?:[A-Z][\w.&-]*\s+){0,4}(?i:photo(?:graph)?s?|pictures?|images?)"
                    r"\s*[:/]")
_MORE_FROM = re.compile(rf"^More from ({_NAME})(?: in [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?:?$")
_CREDIT = re.compile(rf"^\(?\s*{_BY_WORDS}", re.I)
_BARE_ITEM = re.compile(rf"^\s*({_NAME}|[A-Z][\w’'-]+)\s*$")
_LEAD_MARKS = " -–—•|"
# "Ana Prado/Agencia Sur Los dos presidentes ...": a photo credit glued to its caption, a
# name and its institution joined by a slash (read in a language with a people cue file).
_SLASH_CREDIT = re.compile(r"^([A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){1,3}) ?/ ?[A-ZÀ-Þ]")


def is_credit(s: Sentence) -> bool:
    """Production credits, photo credits and bylines in the text: not people in the story."""
    text = s.text.strip()
    if _CREDIT.match(text) or _PHOTO.match(text):
        return True
    lw = lang_cues(s.lang)
    if lw and (credit(lw, text) is not None or _slash_credit(lw, text)):
        return True
    m = _BYLINE.match(text) or _MORE_FROM.match(text)
    return bool(m) and all(_person_like(n) for n in m.groups() if n)


def credit_names(s: Sentence) -> list[str]:
    text = s.text.strip().strip("() .")
    m = _BYLINE.match(s.text.strip()) or _MORE_FROM.match(s.text.strip())
    if m:
        return [n for n in m.groups() if n]
    lw = lang_cues(s.lang)
    named = credit(lw, s.text) if lw else None
    slashed = _slash_credit(lw, s.text.strip()) if lw and named is None else None
    if slashed:
        return [slashed]
    if named is not None:  # "Foto: X / Agencia Y": the parts that are people's names
        return [n for n in named if re.fullmatch(_NAME, n) and _person_like(n)
                and not any(lang_not_person(lw, tuple(r), False) for r in cap_runs(n))]
    out = []
    if _PHOTO.match(s.text.strip()):
        # "Photo: X/Agency via Y Images", "Agency Photo/ X": the parts around the marks.
        parts = re.split(r"[:/;,]| via ", text)
    else:
        parts = []
        for seg in text.split(";"):
            by = re.search(r"\bby\s+(.*)$", seg, re.I)
            if by:
                parts += re.split(r",| and |&", by.group(1))
    for part in parts:
        name = part.strip(" .()")
        if re.fullmatch(_NAME, name) and _person_like(name):
            out.append(name)
    return out


def _slash_credit(lw, text: str) -> str | None:
    """The name of "Ana Prado/Agencia Sur ..." when it looks like a person's."""
    m = _SLASH_CREDIT.match(text)
    name = m.group(1) if m else None
    if name is None or not _person_like(name):
        return None
    return None if any(lang_not_person(lw, tuple(r), False) for r in cap_runs(name)) else name


def _person_like(name: str) -> bool:
    runs = cap_runs(name)
    return len(runs) == 1 and is_name_tokens(tuple(runs[0]))


def bare_names(s: Sentence) -> bool:
    """A line that is only names, untitled ("A and B", "Mehr Themen"): a byline or a menu."""
    if s.block_kind in ("attribution", "heading", "quote_block"):
        return False
    items = re.split(r",\s*|\s+and\s+|\s*&\s*", s.text.strip(_LEAD_MARKS))
    if not items or not all(_BARE_ITEM.match(i) for i in items):
        return False
    return all(parse_run(r).title is None for i in items for r in cap_runs(i))
