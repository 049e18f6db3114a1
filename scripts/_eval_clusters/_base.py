"""Paths, and `scripts/evaluate.py` imported once, so its matching rules stay the only ones."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for _p in (ROOT / "hooks", ROOT / "scripts"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import evaluate  # noqa: E402  (tests may have loaded it already under this name: reused)

CLUSTERS = ROOT / "tests" / "clusters"
GOLD = ROOT / "tests" / "gold"
ACCURACY = ROOT / "hooks" / "explainer" / "accuracy.json"
FIRST_RUNS = ROOT / "hooks" / "explainer" / "first_runs.json"

norm = evaluate.norm


def prefix(value: object) -> str:
    """'000', 'blind/000', '000_outlet_slug.txt' -> '000'."""
    return evaluate._file_key(str(value))[1]


__all__ = ["ACCURACY", "CLUSTERS", "FIRST_RUNS", "GOLD", "ROOT", "evaluate", "norm", "prefix"]
