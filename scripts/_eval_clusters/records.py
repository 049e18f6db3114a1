"""Print the rows, and write them: --json, first_runs.json (--first-run), accuracy.json (--write).

accuracy.json and first_runs.json are shared with scripts/evaluate.py and hand-recorded runs:
only the (set, stage) pairs this scorer measures are replaced; every other row is kept as it was
(first_runs.json byte for byte, line by line).
"""

from __future__ import annotations

import json
from pathlib import Path

from ._base import match

WRITTEN_BY = (
    "scripts/evaluate.py --write, scripts/evaluate_clusters.py --write (do not edit by hand)"
)


def value(r: dict) -> str:
    """One row's score as printed: "P/R" for found-items rows, a share, or a count."""
    if "precision" in r:
        return f"{r['precision']:.2f}/{r['recall']:.2f}"
    if "count" in r:
        return str(r["count"])
    return f"{r['accuracy']:.2f}"


def table(res) -> str:
    lines = [f"{'set':<12} {'stage':<11} {'measure':<38} {'n':>4}  {'P/R or score':>12}"]
    for r in res.rows:
        lines.append(
            f"{r['set']:<12} {r['stage']:<11} {r['measure']:<38} {r['n']:>4}  {value(r):>12}"
        )
    for m in res.missing:
        lines.append(f"{m['set']:<12} {m['stage']:<11} {m['why']}")
    return "\n".join(lines)


def measure_order(rows: list[dict]) -> list[tuple[str, str]]:
    """Every (stage, measure) once, each after the one it follows in some cluster (a measure
    only some clusters have, "sources listed", stays beside its neighbours)."""
    order: list[tuple[str, str]] = []
    for set_ in dict.fromkeys(r["set"] for r in rows):
        prev = None
        for r in rows:
            key = (r["stage"], r["measure"])
            if r["set"] != set_:
                continue
            if key not in order:
                order.insert(order.index(prev) + 1 if prev else 0, key)
            prev = key
    return order


def summary(res) -> str:
    """One line per measure, one column per cluster (and the pooled counts)."""
    sets = list(dict.fromkeys(r["set"] for r in res.rows))
    measures = measure_order(res.rows)
    cell = {(r["set"], r["stage"], r["measure"]): value(r) for r in res.rows}
    width = max([12, *(len(s) for s in sets)])
    lines = [f"{'':<50}" + "".join(f" {s:>{width}}" for s in sets)]
    for stage, measure in measures:
        row = "".join(f" {cell.get((s, stage, measure), '-'):>{width}}" for s in sets)
        lines.append(f"{stage + ' ' + measure:<50}{row}")
    return "\n".join(lines)


def mine(res, written: dict[str, tuple[str, ...]]) -> tuple[list[dict], list[dict]]:
    """The rows and missing entries to write: the (set, stage) pairs in `written`."""
    rows = [r for r in res.rows if r["stage"] in written.get(r["set"], ())]
    missing = [m for m in res.missing if m["stage"] in written.get(m["set"], ())]
    return rows, missing


def to_json(res) -> str:
    data = {"rows": res.rows, "missing": res.missing}
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def update_accuracy(
    path: Path, rows: list[dict], missing: list[dict], held_out: frozenset[str] = frozenset()
) -> None:
    """`held_out`: sets no rule-fixer has read (their rows say so: the method page shows them
    apart)."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    rows = [{**r, "held_out": True} if r["set"] in held_out else r for r in rows]
    pairs = {(r["set"], r["stage"]) for r in rows} | {(m["set"], m["stage"]) for m in missing}
    keep = [r for r in data.get("rows", []) if (r.get("set"), r.get("stage")) not in pairs]
    gone = [m for m in data.get("missing", []) if (m.get("set"), m.get("stage")) not in pairs]
    out = {
        "schema": data.get("schema", match.SCHEMA),
        "written_by": WRITTEN_BY,
        "rows": keep + rows,
        "missing": gone + missing,
    }
    text = json.dumps(out, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")


def first_run_row(r: dict) -> dict:
    """A measured row in first_runs.json's shape: set, stage, measure, P/R or score, n."""
    out = {"set": r["set"], "stage": r["stage"], "measure": r["measure"]}
    if "precision" in r:
        out.update(precision=r["precision"], recall=r["recall"])
    elif "count" in r:
        out["count"] = r["count"]
    else:
        out["score"] = r["accuracy"]
    out["n"] = r["n"]
    return out


def _line(row: dict) -> str:
    """One row on one line, scores with two decimals, as the hand-recorded rows are."""
    parts = []
    for k, v in row.items():
        shown = f"{v:.2f}" if isinstance(v, float) else json.dumps(v, ensure_ascii=False)
        parts.append(f"{json.dumps(k)}: {shown}")
    return "  {" + ", ".join(parts) + "}"


def update_first_runs(path: Path, rows: list[dict]) -> tuple[int, int]:
    """Replace or add the rows' (set, stage, measure) entries; other lines stay untouched.
    Returns (replaced, added)."""
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    new = {(r["set"], r["stage"], r["measure"]): _line(first_run_row(r)) for r in rows}
    head, _, rest = text.partition('"rows": [\n')
    body, _, tail = rest.rpartition("\n ]")
    old = [ln.rstrip(",") for ln in body.splitlines() if ln.strip()]
    if not head or not tail or len(old) != len(data["rows"]):
        # not one row per line: re-emit every row in the one-line shape
        head = '{\n "note": ' + json.dumps(data.get("note", ""), ensure_ascii=False) + ",\n "
        old = [_line(r) for r in data["rows"]]
        tail = "\n}\n"
    lines, replaced = [], 0
    for ln, r in zip(old, data["rows"], strict=True):
        key = (r.get("set"), r.get("stage"), r.get("measure"))
        if key in new:
            lines.append(new.pop(key))
            replaced += 1
        else:
            lines.append(ln)
    added = len(new)
    lines.extend(new.values())
    out = head + '"rows": [\n' + ",\n".join(lines) + "\n ]" + tail
    json.loads(out)  # never write a file the method page cannot read
    path.write_text(out, encoding="utf-8", newline="\n")
    return replaced, added
