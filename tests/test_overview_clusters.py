"""The Overview of every cluster the repository has (the seeds, the synthetic and the held-out
cluster, and every real blind cluster under tests/clusters/*/seeds, globbed) reads as an
explainer (issue 10): its "What happened" bullets are sentences, not captions, breadcrumbs,
datelines, credits or headlines; its key figures give each measure on one line.

The checks are written apart from pages/_statements.py and pages/_key_figures.py, from the
issue's list of what went wrong.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from _cluster import EVERY_CLUSTER
from explainer.compare._measure import conflict_groups
from explainer.compare._sources import source_of
from explainer.pages._lang import strings
from explainer.site import build_site

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = EVERY_CLUSTER

NOTE = re.compile(r"\[\^(\d+)\]")
MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
# What the issue lists as not a statement, each by its look on the page.
NOT_A_SENTENCE = {
    "breadcrumb": re.compile(r"^\w+\s*[>»›]\s*\w+.*[>»›]|^(?:home|news)\s*[>»›/|]", re.I),
    "photo credit": re.compile(
        r"\((?:\w+ )?photo\b|\bphoto:|\bcourtesy (?:of )?(?:the )?[A-Z]|\bscreenshot\b|"
        r"\bgetty images\b",
        re.I,
    ),
    "position in a photo": re.compile(r",\s*(?:left|right|center|centre)\s*,", re.I),
    "dateline": re.compile(
        rf"^[\W\d]*(?:{MONTH}\s+\d|\d+\s+{MONTH})[^a-z]*(?:\b(?:am|pm|ago|hours?|years?|"
        rf"updated|published|edt|gmt|utc)\b[^a-z]*)*$",
        re.I,
    ),
    # a present-tense description ending with a calendar date: "X greets Y at Z on Nov. 15."
    "caption": re.compile(
        rf"^(?!.*\b(?:was|were|had|has|have|said|will|would|met)\b)(?!.*\b[a-z]+ed\b).*"
        rf"(?:\bon|,)\s+(?i:{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
        r"\.?$",
    ),
}


def _section(page: str, title: str) -> str:
    """The section under heading `title` (English), or under the same heading in the language
    of a Spanish or Portuguese site (the strings tables give the translations)."""
    from explainer.pages._lang import strings

    key = next(k for k, v in strings("en").items() if v == title)
    for lang in ("en", "es", "pt"):
        heading = f"\n## {strings(lang)[key]}"
        if heading + "\n" in page or heading + " {" in page:
            after = page.split(heading, 1)[1].split("\n", 1)[1]
            return after.split("\n## ")[0]
    raise AssertionError(f"no {title!r} section")


def _text(bullet: str) -> str:
    """A bullet's words as a reader sees them: no citations, no markup, entities decoded."""
    text = NOTE.sub("", bullet[2:])
    text = re.sub(r"<sup>,</sup>|<[^>]+>", "", text)
    return html.unescape(text).strip()


@pytest.fixture(scope="module", params=sorted(CLUSTERS))
def built(request):
    site = build_site(CLUSTERS[request.param])
    return request.param, site


def test_what_happened_bullets_are_sentences(built):
    name, site = built
    titles = {
        " ".join(re.findall(r"\w+", (f.article.title or "").lower()))
        for f in site.extraction.articles
    }
    bullets = [
        ln for ln in _section(site.pages["index.md"], "What happened").splitlines()
        if ln.startswith("- ")
    ]
    bad = []
    for b in bullets:
        text = _text(b)
        # a statement ends as a sentence does (a headline, a breadcrumb, a dateline do not)
        if not re.search(r"[.!?…][\"'”’)\]]*$", text):
            bad.append(("no sentence end", text))
        if " ".join(re.findall(r"\w+", text.lower())) in titles:
            bad.append(("a headline", text))
        for what, rx in NOT_A_SENTENCE.items():
            if rx.search(text):
                bad.append((what, text))
    assert not bad, f"{name}: " + "\n".join(f"{w}: {t[:140]}" for w, t in bad)


def _cited(page: str, line: str) -> set[str]:
    """The sentence keys a line's footnotes cite ("sources/<id>.md#sN" -> "<id>#sN")."""
    notes = dict(re.findall(r"^\[\^(\d+)\]: .*\]\(sources/([^)]+)\)$", page, re.M))
    return {notes[n].replace(".md#", "#") for n in NOTE.findall(line) if n in notes}


def test_key_figures_give_each_measure_once(built):
    name, site = built
    page = site.pages["index.md"]
    lines = [ln for ln in _section(page, "Key figures").splitlines() if ln.startswith("- ")]
    ex = site.extraction
    groups = conflict_groups(ex, source_of(ex))
    # the figures each line cites, by the sentence they stand in and the value they print
    figures = {(f.sentence.key, f.value): f for a in ex.articles for f in a.figures}
    seen: dict[tuple, str] = {}
    bad = []
    words = strings(site.language)
    source_word = re.escape(words["th_sources"].lower())  # "sources", "fuentes", "fontes"
    for line in lines:
        # the line's own words: not its source names, counts of sources or links
        text = re.sub(
            rf"\([^)]*\)|\b\d+ (?:sources|{source_word})\b|\[[^\]]*\]", "", _text(line), flags=re.I
        )
        cited = _cited(page, line)
        numbers = re.findall(r"\d[\d,.]*\d|\d", text.split(words["sources_differ"])[-1])
        values = {float(n.replace(",", "")) for n in numbers}
        nouns = {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}
        mine = [f for (key, v), f in figures.items() if key in cited and v in values]
        # one measure on two lines: the same value with a noun in common
        for v in values:
            for noun in nouns:
                if (v, noun) in seen and seen[(v, noun)] != line:
                    bad.append(f"{v} {noun}: {seen[(v, noun)][:80]} | {line[:80]}")
                seen.setdefault((v, noun), line)
        # or two values of a measure the comparison ties, on two lines
        for k, g in enumerate(groups):
            if any(f in g for f in mine):
                if ("group", k) in seen and seen[("group", k)] != line:
                    bad.append(f"one measure: {seen[('group', k)][:80]} | {line[:80]}")
                seen.setdefault(("group", k), line)
    assert not bad, f"{name}: " + "\n".join(bad)
