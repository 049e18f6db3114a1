"""The one matcher every scorer shares: gold loading, file keys, the Result table.

Reads: tests/gold/*.yml. Produces: `Result` (rows, misses, notes; floors on the seeds), `norm`,
`Cluster` (an extracted cluster indexed by file prefix) and the helpers that pair gold rows
with sentences. The matching rules themselves: scripts/evaluate.py's docstring.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))

from explainer.model import Extraction, Sentence  # noqa: E402

GOLD = ROOT / "tests" / "gold"
CLUSTERS = {
    "seeds": ROOT / "seeds",
    "synthetic": ROOT / "tests" / "data" / "synthetic",
    "blind": ROOT / "tests" / "data" / "heldout_cluster",
}
ACCURACY = ROOT / "hooks" / "explainer" / "accuracy.json"
SCHEMA = 1

# The floors on the seeds ("Measured, not assumed"); they apply to precision and recall
# of a P/R row and to the accuracy of an accuracy row.
FLOORS = {
    ("quotes", "quote found"): 0.95,
    ("quotes", "speaker right"): 0.9,
    ("figures", "figure with its counted noun"): 0.9,
    ("people", "person found"): 0.95,
    ("people", "found with the stated role"): 0.95,
    ("dates", "explicit date right"): 1.0,
    ("topics", "topic right"): 0.6,
}


@dataclass
class Result:
    rows: list[dict] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)

    def pr(self, set_: str, stage: str, measure: str, tp: int, n_pred: int, n_gold: int) -> None:
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_gold if n_gold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        self._add(
            set_, stage, measure, n=n_gold, tp=tp, n_pred=n_pred, precision=p, recall=r, f1=f1
        )

    def acc(self, set_: str, stage: str, measure: str, right: int, n: int) -> None:
        self._add(set_, stage, measure, n=n, correct=right, accuracy=right / n if n else 1.0)

    def _add(self, set_: str, stage: str, measure: str, **values) -> None:
        row = {"set": set_, "stage": stage, "measure": measure}
        row.update({k: round(v, 4) if isinstance(v, float) else v for k, v in values.items()})
        floor = FLOORS.get((stage, measure)) if set_ == "seeds" else None
        if floor is not None:
            row["floor"] = floor
            scores = [row[k] for k in ("precision", "recall", "accuracy") if k in row]
            row["meets"] = all(s >= floor for s in scores)
        self.rows.append(row)

    def note(self, key: str, text: str) -> None:
        self.notes.setdefault(key, []).append(text)


def norm(text: object) -> str:
    return " ".join(str(text or "").casefold().replace("’", "'").replace("‘", "'").split())


def _core(text: object) -> str:
    return norm(text).strip(" .,;:!?\"'“”‘’«»–—-")


def _load(path: Path):
    if not path.exists():
        return None
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def _file_key(value: str) -> tuple[str | None, str]:
    """'seeds/000', 'synthetic/001' or '001_02cc….txt' -> (set or None, '001')."""
    set_, _, rest = str(value).rpartition("/")
    return (set_ or None), rest.split("_")[0].split(".")[0]


class Cluster:
    """One extracted cluster, with its articles addressable by file prefix."""

    def __init__(self, name: str, extraction: Extraction):
        self.name = name
        self.ex = extraction
        self.facts = {f.article.path.split("_")[0].split(".")[0]: f for f in extraction.articles}

    def sentence(self, prefix: str, substring: str) -> Sentence | None:
        f = self.facts.get(prefix)
        want = norm(substring)
        for s in f.sentences if f else ():
            if want in norm(s.text):
                return s
        return None


def _rows_for(rows: list[dict], clusters: dict[str, Cluster]) -> dict[str, list[dict]]:
    """Split gold rows by cluster; bare file names belong to whichever cluster has the file."""
    out: dict[str, list[dict]] = {}
    for g in rows:
        set_, prefix = _file_key(g.get("file", ""))
        if set_ is None:
            set_ = next((n for n, c in clusters.items() if prefix in c.facts), "seeds")
        if set_ in clusters:
            out.setdefault(set_, []).append({**g, "_prefix": prefix})
    return out


def _in(g: dict, s: Sentence) -> bool:
    return norm(g.get("sentence", g.get("text", ""))) in norm(s.text)


def greedy_pairs(gold: list[dict], preds: list, same) -> tuple[list[tuple[dict, object]], list]:
    """One gold item matches at most one prediction, greedily in gold order (the rule every
    stage's scorer uses): (gold item, its prediction or None) for each gold item, then the
    predictions nobody matched."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        k = next((k for k, p in enumerate(preds) if k not in used and same(g, p)), None)
        if k is not None:
            used.add(k)
        pairs.append((g, None if k is None else preds[k]))
    return pairs, [p for k, p in enumerate(preds) if k not in used]


def _seed_gold(res: Result, stage: str) -> list | None:
    """The seeds' gold rows for a stage, or None (recorded as not measured) when missing."""
    gold = _load(GOLD / f"{stage}.yml")
    if gold is None:
        res.missing.append(
            {"set": "seeds", "stage": stage, "why": f"no gold yet (tests/gold/{stage}.yml)"}
        )
    return gold
