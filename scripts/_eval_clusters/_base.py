"""Paths, and the matcher scripts/evaluate.py uses (scripts/_eval/): one set of rules."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for _p in (ROOT / "hooks", ROOT / "scripts"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from _eval import dates, figures, match, people, quotes  # noqa: E402

CLUSTERS = ROOT / "tests" / "clusters"
GOLD = ROOT / "tests" / "gold"
ACCURACY = ROOT / "hooks" / "explainer" / "accuracy.json"
FIRST_RUNS = ROOT / "hooks" / "explainer" / "first_runs.json"

norm = match.norm


def prefix(value: object) -> str:
    """'000', 'blind/000', '000_outlet_slug.txt' -> '000'."""
    return match._file_key(str(value))[1]


__all__ = [
    "ACCURACY",
    "CLUSTERS",
    "FIRST_RUNS",
    "GOLD",
    "ROOT",
    "dates",
    "figures",
    "match",
    "norm",
    "people",
    "prefix",
    "quotes",
]
