"""Small layout helpers shared by the explainer pages: date labels, outlet badges, merging
sentences that say the same thing.

Reads: Sentences, ISO dates, source labels. Produces: strings and Markup for the templates.
Limits: dates are written in en, es or pt (month names and patterns from MONTH_NAMES and
DATE_FORMS); any other code is written in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explainer._memo import per_sentence
from explainer._support import Support
from explainer.model import Sentence
from explainer.render import escape_md
from markupsafe import Markup

MONTHS = (
    "January February March April May June July August September October November December"
).split()


# The site's month names per language (lower case in es and pt, as their style guides write them).
MONTH_NAMES = {
    "en": MONTHS,
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro"
    " dezembro".split(),
}
# day, month, week-of-day patterns per language
DATE_FORMS = {
    "en": ("{d} {m} {y}", "{m} {y}", "week of {day}"),
    "es": ("{d} de {m} de {y}", "{m} de {y}", "semana del {day}"),
    "pt": ("{d} de {m} de {y}", "{m} de {y}", "semana de {day}"),
}


def date_label(iso: str, precision: str = "day", lang: str = "en") -> str:
    """'2026-02-03' -> '3 February 2026' (es '3 de febrero de 2026', pt '3 de fevereiro de
    2026'), '2025-10' -> 'October 2025', '2025' -> '2025'; a week-precision date (its Monday)
    -> 'week of 2 February 2026'."""
    months = MONTH_NAMES.get(lang, MONTHS)
    day_form, month_form, week_form = DATE_FORMS.get(lang, DATE_FORMS["en"])
    parts = iso.split("-")
    try:
        if len(parts) >= 3:
            day = day_form.format(d=int(parts[2]), m=months[int(parts[1]) - 1], y=parts[0])
            return week_form.format(day=day) if precision == "week" else day
        if len(parts) == 2:
            return month_form.format(m=months[int(parts[1]) - 1], y=parts[0])
    except (ValueError, IndexError):
        return iso
    return iso


def published_label(iso: str | None, lang: str = "en") -> str | None:
    """A publication time as a reader writes it: '2026-02-04T11:20' -> '4 February 2026, 11:20'."""
    if not iso:
        return None
    day, _, time = iso.partition("T")
    label = date_label(day, "day" if day.count("-") == 2 else "month", lang)
    return f"{label}, {time}" if time else label


def badges(outlets: list[str]) -> Markup:
    """Outlet names as Material's small tag pills (text escaped)."""
    return Markup(" ".join(f'<span class="md-tag">{escape_md(o)}</span>' for o in outlets))


def before(iso: str, event_iso: str) -> bool:
    """True when the whole period `iso` ends before the period `event_iso` starts."""
    return iso < event_iso[: len(iso)]


def nested(a: str, b: str) -> bool:
    """One period contains the other ('2025-10' and '2025-10-28')."""
    return a.startswith(b) or b.startswith(a)


_DETAIL = re.compile(r"\d[\d,.]*|\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


@per_sentence
def details(text: str) -> frozenset[str]:
    """The numbers and month names a sentence states."""
    return frozenset(m.group().lower().rstrip(".,") for m in _DETAIL.finditer(text))


def compatible(a: Sentence, b: Sentence) -> bool:
    """Two similar sentences may stand for one statement only if neither states a number or a
    month the other contradicts ("at least 12,000" vs "some 15,000" are a disagreement)."""
    da, db = details(a.text), details(b.text)
    return da <= db or db <= da


@dataclass
class Merged:
    """One statement, worded by one or more sources: the first sentence speaks for all."""

    sentences: list[Sentence]
    outlets: list[str]

    @property
    def lead(self) -> Sentence:
        return self.sentences[0]


def merge_similar(
    support: Support, sentences: list[Sentence], allowed: set[str] | None = None
) -> list[Merged]:
    """Group `sentences` (already in priority order) so that each later sentence similar to an
    earlier chosen one joins it instead of repeating it. `allowed`: article ids whose similar
    sentences may be added as extra citations (None: any)."""
    groups: list[Merged] = []
    taken: dict[str, Merged] = {}
    for s in sentences:
        if s.key in taken:
            continue
        group = Merged([s], [support.labels[s.article_id]])
        taken[s.key] = group
        for other in support.similar(s):
            if other.key in taken or (allowed is not None and other.article_id not in allowed):
                continue
            if other.article_id in {x.article_id for x in group.sentences}:
                continue
            if not compatible(s, other):
                continue
            group.sentences.append(other)
            taken[other.key] = group
            label = support.labels[other.article_id]
            if label not in group.outlets:
                group.outlets.append(label)
        group.outlets.sort()
        groups.append(group)
    return groups
