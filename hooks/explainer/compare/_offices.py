"""Discrepancies in a person's office: one person given the same office in two institutions that
a reader could confuse ("presidente do Conselho Nacional" / "presidente da Comissão Nacional").

Reads: an Extraction (people and the sentences naming them) and the source of each article, and
the language's ``cues/compare.<lang>.yml`` (`office_words`: the offices, each mapped to one
concept so "presidenta" and "presidente" are one office; `office_of`: the words between an
office and its institution). Produces: Discrepancy items of kind "label".
Shapes, right next to a name form of the person: "<office> <of> <Institution>, <Name>",
"<Name>, <office> <of> <Institution>", "<Institution> <Office> <Name>" ("National Council
President X"). Limits: two institutions differ only when both have two words or more and
they share one word and differ in another (by their first letters, SHARED_STEM: "Nacional" /
"Nacionales"): the look-alike bodies a source mixes up; a person with two real offices
("presidente del Partido Verde" / "presidente del Gobierno") shares no word and is no
difference. Worded, so compared within one language (_across.within_language).
"""

from __future__ import annotations

import re
from functools import cache

from explainer.compare._model import Discrepancy, Variant
from explainer.cues import cues
from explainer.model import Extraction

# Letters two forms of one word share across gender and number ("Supremo" / "Suprema",
# "Nacional" / "Nacionales"): 5 keeps "Comisión" and "Comité" apart (4 would merge them).
SHARED_STEM = 5
_INST = r"[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,3}"
# A name as printed: capitalised words and the particles between them ("Ana de la Vega").
_NAME_PART = r"(?:[A-ZÀ-Ý][\w’'-]+|von|van|der|den|de|da|del|do|dos|la|le)"
_NAME_BLOCK = rf"(?<![\w’'-]){_NAME_PART}(?:\s+{_NAME_PART}){{0,5}}"


@cache
def _patterns(lang: str) -> tuple[dict[str, str], tuple[re.Pattern, ...]]:
    c = cues("compare", lang)
    offices = {str(k).lower(): str(v) for k, v in (c.get("office_words") or {}).items()}
    if not offices:
        return {}, ()
    alt = "|".join(re.escape(w) for w in sorted(offices, key=lambda w: (-len(w), w)))
    of = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        c.get("office_of") or (), key=lambda w: (-len(w), w)))
    before = rf"(?i:(?P<off>{alt}))\s+(?i:{of or '(?!)'})\s+(?P<inst>{_INST})"
    return offices, (
        re.compile(rf"\b{before}\s*,\s+(?P<name>{_NAME_BLOCK})"),  # "... Nacional, X"
        re.compile(rf"(?P<name>{_NAME_BLOCK})\s*,\s+{before}"),  # "X, presidente do"
        re.compile(rf"\b(?P<inst>{_INST})\s+(?P<off>(?i:{alt}))\s+"  # "National Council
                   rf"(?P<name>{_NAME_BLOCK})"),  # President X"
    )


def _forms(person) -> set[str]:
    return {f.lower() for f in (person.name, *person.aliases, person.name.split()[-1])
            if len(f) > 2}


def _institution(inst: str, offices: dict[str, str]) -> str:
    """The institution without an office word caught at its end ("National Council
    President" read as one capitalised run)."""
    words = inst.split()
    while words and words[-1].lower() in offices:
        words.pop()
    return " ".join(words)


def confusable(a: str, b: str) -> bool:
    """Two look-alike institutions: two words or more each, sharing a word and differing in
    another (words compared by their first SHARED_STEM letters, in any order: "National
    Council" / "National Commission", "Tribunal Supremo" / "Corte Suprema")."""
    wa, wb = ({w[:SHARED_STEM] for w in x.lower().split()} for x in (a, b))
    return len(wa) >= 2 and len(wb) >= 2 and bool(wa & wb) and wa != wb


def office_conflicts(extraction: Extraction, sources: dict[str, str]) -> list[Discrepancy]:
    out, seen = [], set()
    for p in sorted(extraction.people, key=lambda p: p.name):
        if p.is_author:
            continue
        forms = _forms(p)
        found: dict[tuple[str, str], list[tuple[str, Variant, str]]] = {}
        for s in p.mentions:
            offices, pats = _patterns(s.lang)
            for pat in pats:
                for m in pat.finditer(s.text):
                    if not any(f in m.group("name").lower() for f in forms):
                        continue
                    office = offices.get(" ".join(m.group("off").lower().split()), "")
                    inst = _institution(m.group("inst"), offices)
                    if office and inst:
                        v = Variant(sources[s.article_id], m.group(0).strip(), s)
                        found.setdefault((s.lang, office), []).append(
                            (inst, v, m.group("name").strip()))
        for (_, office), items in sorted(found.items()):
            clash = [(i, v, n) for i, v, n in items if any(
                confusable(i, j) and v.source != w.source for j, w, _ in items)]
            keys = frozenset(v.sentence.key for _, v, _ in clash)
            if not clash or keys in seen:
                continue
            seen.add(keys)
            variants = sorted({v for _, v, _ in clash}, key=lambda v: (v.source, v.sentence.key))
            # the name as printed beside the office: the row's subject
            who = max((n for _, _, n in clash), key=lambda n: (len(n.split()), n))
            out.append(Discrepancy("label", f"{who} ({office})", tuple(variants),
                                   "the same person's office, in look-alike institutions"))
    return out
