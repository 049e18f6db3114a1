"""The range of values a hedged figure covers ("about 9,500", "more than 9,000").

Reads: a Figure (its value and qualifier). Produces: (low, high). Used by _measure.py to tell
two values that really disagree from two compatible hedges.
"""

from __future__ import annotations

from explainer.model import Figure

# How far a hedged value reaches: "about 9,500" covers 9,500 +/- 10%; "more than 9,000" covers
# 9,000 to 9,000 + 10% (a reporter rounds down to the nearest round number, not by a quarter:
# "at least 12,000" and "some 15,000" still disagree).
APPROX = 0.10

ABOUT = frozenset(
    "about around roughly some approximately approx circa nearly almost close estimated".split()
)
AT_LEAST = frozenset("more over above least exceeding upwards beyond".split())
AT_MOST = frozenset("less fewer under below most within".split())
NEARLY = frozenset("nearly almost".split())


def value_range(fig: Figure) -> tuple[float, float]:
    v = fig.value
    words = set((fig.qualifier or "").lower().split())
    if words & NEARLY:
        return v * (1 - APPROX), v
    if words & ABOUT:
        return v * (1 - APPROX), v * (1 + APPROX)
    if words & AT_LEAST:
        return v, v * (1 + APPROX)
    if words & AT_MOST:
        return 0.0, v
    return v, v
