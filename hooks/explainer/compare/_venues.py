"""Where a named venue is: one source puts it in one town, another in another.

Reads: an Extraction and the source of each article. Produces: Discrepancy items of kind
"place" ("the Orrin estate in Kessa" / "the Orrin Estate in Varsa, south of Kessa").
Limits: a venue is a capitalised name ending in a venue noun (estate, hotel, palace, stadium,
...), right before "in <Place>"; two mentions are one venue when their first word is the same
proper name (never printed in lower case in the cluster, and no venue noun itself). Two places
differ only when neither article names the other's place except as a reference point ("south
of Kessa", "near Kessa", "40 miles from Kessa": the venue is not in it), when no text of the
cluster puts one inside the other ("Varsa, Kessa"), and neither place's name holds the other's
(a town and its bay area). Countries are never compared, and nothing inside a quotation or a
heading counts.
"""

from __future__ import annotations

import re

from explainer.compare._measure import quoted
from explainer.compare._model import Discrepancy, Variant
from explainer.compare._units import quotes_by_sentence
from explainer.lexicon import COUNTRIES
from explainer.model import Extraction

# Head nouns that make a capitalised name a place one can be in.
VENUE_NOUNS = frozenset(
    """estate house hotel palace hall centre center stadium arena square park garden gardens
    airport hospital base camp building tower temple church mosque cathedral castle museum
    resort ranch club embassy station mansion manor villa lodge retreat compound""".split()
)
_NAME = r"[A-Z][\w’'-]+"
_VENUE = re.compile(
    rf"\b(?P<venue>{_NAME}(?:\s+(?:{_NAME}|&|and))*)(?:\s+(?P<head>[a-z]+))?"
    rf"\s+in\s+(?P<place>{_NAME}(?:\s+{_NAME}){{0,2}})"
)
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# "south of Kessa", "near Kessa", "40 miles from Kessa": Kessa is a reference point, not where
# the venue is.
_REFERENCE = (
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of"
    r"|near|outside|from)\s+"
)


def _venues(extraction: Extraction, sources: dict[str, str]):
    said = quotes_by_sentence(extraction)
    for f in extraction.articles:
        for s in f.sentences:
            if s.block_kind == "heading":
                continue
            for m in _VENUE.finditer(s.text):
                words = m.group("venue").split()
                head = (m.group("head") or words[-1]).lower()
                place = m.group("place")
                if head not in VENUE_NOUNS or place in COUNTRIES:
                    continue
                if place.split()[0] in _CALENDAR or words[0] in ("The", "A", "An"):
                    continue
                if quoted(s, m.group(0), said.get(s.key, ())):
                    continue
                yield sources[f.article.id], words[0], m, s, f.article.id


def _names_inside(text: str, place: str) -> bool:
    """Whether the text names the place other than as a reference point."""
    for m in re.finditer(re.escape(place), text):
        if not re.search(_REFERENCE + r"$", text[: m.start()], re.I):
            return True
    return False


def venue_conflicts(extraction: Extraction, sources: dict[str, str]) -> list[Discrepancy]:
    texts = {f.article.id: " ".join(s.text for s in f.sentences) for f in extraction.articles}
    everything = " ".join(texts.values())
    lower = set(re.findall(r"\b[a-z][\w’'-]*\b", everything))
    by_key: dict[str, list] = {}
    for src, key, m, s, aid in _venues(extraction, sources):
        if key.lower() in lower or key.lower() in VENUE_NOUNS:
            continue  # a common word ("Central", "Grand"), not the name of one venue
        by_key.setdefault(key, []).append((src, m, s, aid))
    out = []
    for _, found in sorted(by_key.items()):
        variants: dict[tuple[str, str], Variant] = {}
        for i, (sa, ma, a, ida) in enumerate(found):
            for sb, mb, b, idb in found[i + 1 :]:
                pa, pb = ma.group("place"), mb.group("place")
                if sa == sb or pa == pb or pa in pb or pb in pa:
                    continue
                if _names_inside(texts[idb], pa) or _names_inside(texts[ida], pb):
                    continue
                if re.search(
                    rf"{re.escape(pa)},\s+{re.escape(pb)}|{re.escape(pb)},\s+"
                    rf"{re.escape(pa)}",
                    everything,
                ):
                    continue  # one inside the other: "Varsa, Kessa"
                variants.setdefault((sa, pa), Variant(sa, pa, a))
                variants.setdefault((sb, pb), Variant(sb, pb, b))
        if variants:
            name = min((m.group("venue") for _, m, _, _ in found), key=len)
            out.append(
                Discrepancy(
                    "place",
                    f"where {name} is",
                    tuple(sorted(variants.values(), key=lambda v: (v.source, v.sentence.key))),
                    "the same named venue, placed in different towns",
                )
            )
    return out
