"""Shared by tests/test_figures.py and tests/test_dates.py: seed sentences and gold loading.

Seed sentences come straight from the raw files (every non-empty line split with pysbd, no
boilerplate removal), so these tests measure the figures and dates stages on their own,
whatever ingestion does to titles and boilerplate. Gold rows are keyed by seed prefix and an
exact sentence substring, never by index.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pysbd
import yaml
from explainer.model import Sentence

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"


@lru_cache(maxsize=1)
def seed_sentences() -> dict[str, tuple[Sentence, ...]]:
    """{'seeds/000': sentences, ...} from the raw seed text."""
    seg = pysbd.Segmenter(language="en", clean=False)
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        prefix = path.name.split("_")[0]
        sents = []
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        for block, line in enumerate(ln for ln in lines if ln):
            for text in seg.segment(line):
                if text.strip():
                    sents.append(Sentence(f"seed-{prefix}", len(sents) + 1, text.strip(), block,
                                          "paragraph", None))
        out[f"seeds/{prefix}"] = tuple(sents)
    return out


def one_sentence(text: str, article_id: str = "heldout") -> Sentence:
    return Sentence(article_id, 1, text, 0, "paragraph", None)


def load(name: str) -> list[dict]:
    return yaml.safe_load((GOLD / name).read_text(encoding="utf-8")) or []


def norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float]:
    return (tp / n_pred if n_pred else 1.0), (tp / n_gold if n_gold else 1.0)


def match_figures(preds: list, rows: list[dict]) -> dict:
    """Greedy one-to-one matching of Figures to gold rows (same sentence, same value)."""
    used: set[int] = set()
    found = right = 0
    misses, wrong = [], []
    for g in rows:
        for k, f in enumerate(preds):
            if k in used or g["sentence"] not in f.sentence.text:
                continue
            if abs(f.value - float(g["value"])) > 1e-6 * max(1.0, abs(float(g["value"]))):
                continue
            used.add(k)
            found += 1
            got = (norm(f.counts), f.qualifier, norm(f.unit))
            want = (norm(g["counts"]), g["qualifier"], norm(g["unit"]))
            if got == want:
                right += 1
            else:
                wrong.append(f"{g['text']!r}: got {got}, gold {want}")
            break
        else:
            misses.append(f"missed {g['text']!r} in {g['sentence'][:50]!r}")
    extra = [f"extra {f.text!r} ({f.counts!r}) in {f.sentence.text[:50]!r}"
             for k, f in enumerate(preds) if k not in used]
    return {"pred": len(preds), "gold": len(rows), "found": found, "right": right,
            "notes": misses + wrong + extra}


def match_dates(preds: list, rows: list[dict]) -> dict:
    """Greedy one-to-one matching of DateMentions to gold rows (same sentence, text overlaps)."""
    used: set[int] = set()
    found = right = 0
    notes = []
    for g in rows:
        gt = norm(str(g["text"]))
        for k, d in enumerate(preds):
            dt = norm(d.text)
            if k in used or g["sentence"] not in d.sentence.text or not (gt in dt or dt in gt):
                continue
            used.add(k)
            found += 1
            got = (d.iso, d.precision, d.approximate)
            want = (str(g["iso"]), g["precision"], bool(g["approximate"]))
            if got == want:
                right += 1
            else:
                notes.append(f"{g['text']!r}: got {got}, gold {want}")
            break
        else:
            notes.append(f"missed {g['text']!r} in {g['sentence'][:50]!r}")
    notes += [f"extra {d.text!r} -> {d.iso} in {d.sentence.text[:50]!r}"
              for k, d in enumerate(preds) if k not in used]
    return {"pred": len(preds), "gold": len(rows), "found": found, "right": right, "notes": notes}


def report(name: str, r: dict) -> tuple[float, float]:
    p, rec = prf(r["right"], r["pred"], r["gold"])
    pf, rf = prf(r["found"], r["pred"], r["gold"])
    print(f"\n{name}: found P {pf:.2f} R {rf:.2f}; right (all fields) P {p:.2f} R {rec:.2f} "
          f"[pred {r['pred']}, gold {r['gold']}, found {r['found']}, right {r['right']}]")
    for n in r["notes"]:
        print("   ", n)
    return p, rec
