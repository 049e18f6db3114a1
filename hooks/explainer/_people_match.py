"""Find known people in a sentence by any of their aliases (shared by people.py and quotes.py).

Reads: Person records (or name -> aliases) and one sentence's text. Produces: non-overlapping
mention spans, longest alias first.
Limits: an alias shared by two people (two "Mr. Smith"s) is dropped rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# A mention must not sit inside a longer word; hyphens count as a boundary so "Petro-Trump"
# (a compound label) still mentions both people.
_LEFT = r"(?<![\w’'])"
_RIGHT = r"(?![\w])"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: str  # canonical name
    surface: str


class AliasIndex:
    def __init__(self, aliases: Mapping[str, Iterable[str]]):
        owner: dict[str, set[str]] = {}
        for person, forms in aliases.items():
            for form in set(forms) | {person}:
                for variant in _variants(form):
                    owner.setdefault(variant, set()).add(person)
        self._owner = {form: next(iter(p)) for form, p in owner.items() if len(p) == 1}
        forms = sorted(self._owner, key=lambda f: (-len(f), f))
        self._re = (
            re.compile(_LEFT + "(?:" + "|".join(re.escape(f) for f in forms) + ")" + _RIGHT)
            if forms
            else None
        )

    def find(self, text: str) -> list[Mention]:
        if self._re is None:
            return []
        text = text.replace("\u2011", "-")
        return [
            Mention(m.start(), m.end(), self._owner[m.group()], m.group())
            for m in self._re.finditer(text)
        ]


def _variants(form: str) -> set[str]:
    """Role-noun aliases start with "the"; at a sentence start they read "The"."""
    out = {form}
    if form.startswith("the "):
        out.add("The " + form[4:])
    return out
