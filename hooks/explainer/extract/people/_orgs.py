"""What is not a person: outlets, organisations by their behaviour, place names
(private helper for people.py).

Reads: the cluster's articles (outlet metadata) and sentences. Produces: the outlet names
(Article.outlet, and the outlet a wire dateline names: "CITY, Country, June 11 (Outlet) -"),
the names the text treats as organisations ("X, which ...", "X's shareholders", a name listed
between organisations: "A Line has moved 6 sailings, B 4 and C Shipping 2") and single words
the text uses as places ("the Port of X", "off X", "TOWN, Country," datelines).
Limits: English cues only; an organisation named once, with no suffix and none of these cues,
still passes for a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from explainer.extract.people._runs import Tok, cap_runs, is_name_tokens
from explainer.lexicon import ORG_WORDS, PLACE_WORDS
from explainer.model import Article, Sentence

_NAME = r"[A-Z][\w’'&.-]*(?: (?:of |de |the )?[A-Z][\w’'&.-]*)*"
# "TOLLHAVEN, Calvera, June 11 (Coastal Wire) -": the agency's name in brackets after a dateline.
_DATELINE = re.compile(rf"^([A-Z][A-Z .'-]+),\s+(?:{_NAME},\s+)?[^()]{{0,30}}\(({_NAME})\)\s*[-–—]")
# Corporate behaviour right after a name: a person is "who", a company "which"; persons have no
# shareholders, subsidiaries or headquarters.
_CORPORATE_AFTER = re.compile(
    r"^(?:,\s+which\b|[’']s?\s+(?:shares|shareholders|board|subsidiary|parent|subsidiaries|"
    r"workforce|employees|headquarters|share price|stock)\b|\s+(?:employs|is listed|was "
    r"founded|was incorporated|shares (?:rose|fell))\b)"
)
# A list of names: "A, B and C", possibly with a number after each ("B 4 and C 2").
_LIST_GAP = re.compile(r"^\s*[\d.,%]*\s*(?:,|and|or|&|,\s*and)\s*$")
# Single words written as places: "Port of X", "off X", "near X", "outside X".
_PLACE_OF = re.compile(
    r"\b(?:" + "|".join(sorted(w for w in PLACE_WORDS if w.isalpha())) + r") of ([A-Z][\w’'-]+)"
)
# A second capitalised word makes it a building or a name ("outside Acme Tower"), not a town.
_PLACE_PREP = re.compile(r"\b(?:off|near|outside|north of|south of|east of|west of) ([A-Z][\w-]+)"
                         r"(?![\w’'])(?! [A-Z])")


def outlet_names(articles: Iterable[Article], sents: Iterable[Sentence]) -> set[str]:
    """Outlets of the cluster, with and without a leading "The"."""
    names = {a.outlet for a in articles if a.outlet}
    for s in sents:
        if s.index <= 2:
            m = _DATELINE.match(s.text)
            if m:
                names.add(m.group(2))
    return names | {n[4:] for n in names if n.startswith("The ")}


def corporate_names(
    sents: Iterable[Sentence], all_runs: list[list[list[Tok]]] | None = None
) -> set[str]:
    """Names the text treats as organisations (full run text, leading "The" dropped).
    `all_runs`: each sentence's cap_runs, when the caller has them already."""
    sents = list(sents)
    if all_runs is None:
        all_runs = [cap_runs(s.text.replace("\u2011", "-")) for s in sents]
    found: set[str] = set()
    for s, runs in zip(sents, all_runs, strict=True):
        text = s.text.replace("\u2011", "-")
        orgs = [_is_org(r) for r in runs]
        named = [not o and is_name_tokens(tuple(r)) for r, o in zip(runs, orgs, strict=True)]
        for run, n in zip(runs, named, strict=True):
            if n and _CORPORATE_AFTER.match(text[run[-1].start + len(run[-1].text) :]):
                found.add(_words(run))
        # A list item next to an organisation is one too; repeated so that "A Ltd 3, B 2 and
        # C 1" reaches C through B (each pass adds at least one item, so it ends).
        changed = True
        while changed:
            changed = False
            for k in range(len(runs) - 1):
                if orgs[k] != orgs[k + 1] and _LIST_GAP.match(
                    text[runs[k][-1].end : runs[k + 1][0].start]
                ):
                    orgs[k] = orgs[k + 1] = changed = True
        # Only names that could pass for people are reported (the rest need no correction).
        found.update(_words(r) for r, org, n in zip(runs, orgs, named, strict=True) if org and n)
    return found


def _is_org(run: list[Tok]) -> bool:
    return any(t.text in ORG_WORDS for t in run)


def _words(run: list[Tok]) -> str:
    words = [t.text for t in run]
    while words and words[0] in ("The", "A", "An"):
        words = words[1:]
    return " ".join(words)


def place_words(sents: Iterable[Sentence]) -> set[str]:
    """Single capitalised words the text uses as places."""
    found: set[str] = set()
    for s in sents:
        text = s.text.replace("\u2011", "-")
        found.update(m.group(1) for m in _PLACE_OF.finditer(text))
        found.update(m.group(1) for m in _PLACE_PREP.finditer(text))
        m = _DATELINE.match(text)
        if m and " " not in m.group(1).strip():
            found.add(m.group(1).strip().title())
    return found


def after_the(text: str, run: list[Tok], p) -> bool:
    """"the Acme Dockworkers", "The Acme Trust": a determiner before an untitled name marks an
    organisation or a thing, not a person."""
    lead = [t.text for t in run if t.start < p.name[0].start]
    return "The" in lead or text[: run[0].start].endswith(("the ", "The "))


def org_follows(text: str, runs: list[list[Tok]], k: int) -> bool:
    """"Acme Dockworkers' Union": a plural possessive followed by an organisation word."""
    last = runs[k][-1]
    if not (last.possessive and last.text.endswith("s") and k + 1 < len(runs)):
        return False
    if text[last.end - 1] not in "’'" or text[last.end : runs[k + 1][0].start] != " ":
        return False
    return any(t.text in ORG_WORDS for t in runs[k + 1])
