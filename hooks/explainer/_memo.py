"""One computation per sentence, shared by the stages that ask for it.

Reads: nothing. Produces: `per_sentence`, a memo for a pure function of a sentence's text (or
of a frozen record holding it) that several stages call on the same sentences: the quotation
spans (the quotes stage, then the figure comparison for every figure), a date's clause and its
content words (every date pair compared), a sentence's numbers and months (every page pair),
its capitalised runs (the people stage, again on every `mkdocs serve` rebuild).
Limits: the function must depend on its arguments only (no cluster state), since the memo
outlives one build; a list, set or dict result (and the lists inside a list) is copied on the
way out, so a caller that changes it cannot change what the next caller gets.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

# Distinct arguments kept per function: ~2x the sentences of a 1,000-article cluster (56,132).
SIZE = 1 << 17

F = TypeVar("F", bound=Callable)


def per_sentence(fn: F) -> F:
    cached = lru_cache(maxsize=SIZE)(fn)

    @wraps(fn)
    def call(*args):
        got = cached(*args)
        if isinstance(got, list):
            return [x.copy() if isinstance(x, list) else x for x in got]
        return got.copy() if isinstance(got, (set, dict)) else got

    call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return call  # type: ignore[return-value]
