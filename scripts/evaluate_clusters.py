"""Score the real blind clusters (tests/clusters/*/) against their hand-labelled gold.

    .venv/bin/python scripts/evaluate_clusters.py               # per cluster and pooled, misses
    .venv/bin/python scripts/evaluate_clusters.py --json FILE   # also the rows as JSON
    .venv/bin/python scripts/evaluate_clusters.py --first-run   # record them in first_runs.json
    .venv/bin/python scripts/evaluate_clusters.py --write       # update accuracy.json

Reads: every tests/clusters/<name>/ holding a gold/ folder (seeds/ + gold/*.yml, formats in
tests/clusters/README.md), and the fictional blind cluster tests/data/heldout_cluster/ with
tests/gold/blind_*.yml (its agenda and differences are scored here, the rest by evaluate.py).
Runs `explainer.pipeline.extract` on each, then the Agenda page's item function and the Compare
page's difference functions (through `_eval_clusters/adapters.py`).
Produces, per cluster and pooled over the real ones (summed counts): people found / with the
stated role (P/R) and side right; quotes found (P/R) and speaker right (of found); figures with
their counted noun (P/R); dates found and right (P/R); agenda items recalled, their source recall
and how many list >= 2 sources, and the listed items matching no gold item; differences surfaced
(R) and false differences. A stage without its gold file is "no gold yet", never a zero. Matching
rules: scripts/evaluate.py (people, quotes, figures, dates; a speaker spelt as an alias of the
gold person the people matching pairs it with counts as that person) and
_eval_clusters/matching.py (agenda, differences).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _eval_clusters import records  # noqa: E402
from _eval_clusters._base import ACCURACY, CLUSTERS, FIRST_RUNS, ROOT  # noqa: E402
from _eval_clusters.stages import POOLED, POOLED_HELD_OUT, STAGES, discover, run  # noqa: E402


def _written(specs) -> dict[str, tuple[str, ...]]:
    out = {s.name: s.written for s in specs}
    if sum(s.real and not s.held_out for s in specs) > 1:
        out[POOLED] = STAGES
    if sum(s.real and s.held_out for s in specs) > 1:
        out[POOLED_HELD_OUT] = STAGES
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--clusters",
        type=Path,
        default=CLUSTERS,
        help="folder of <name>/seeds + <name>/gold (default tests/clusters)",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="score only this cluster (repeatable; 'blind' is the fictional one)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the rows as JSON")
    parser.add_argument(
        "--first-run",
        action="store_true",
        help=f"record the rows in {FIRST_RUNS.relative_to(ROOT)}",
    )
    parser.add_argument(
        "--write", action="store_true", help=f"update the rows in {ACCURACY.relative_to(ROOT)}"
    )
    parser.add_argument("--quiet", action="store_true", help="print the tables only")
    args = parser.parse_args(argv)
    specs = discover(args.clusters)
    if args.only:
        specs = [s for s in specs if s.name in args.only]
    if not specs:
        print(f"no cluster found under {args.clusters}", file=sys.stderr)
        return 1
    res = run(specs)
    print(records.table(res))
    print("\n" + records.summary(res))
    if not args.quiet:
        for key in sorted(res.notes):
            print(f"\n{key}:")
            for n in res.notes[key]:
                print("   ", n)
    if args.json:
        args.json.write_text(records.to_json(res), encoding="utf-8", newline="\n")
        print(f"\nwrote {args.json}")
    rows, missing = records.mine(res, _written(specs))
    if args.first_run:
        replaced, added = records.update_first_runs(FIRST_RUNS, rows)
        print(f"\n{FIRST_RUNS.relative_to(ROOT)}: {added} rows added, {replaced} replaced")
    if args.write:
        held = frozenset([s.name for s in specs if s.held_out] + [POOLED_HELD_OUT])
        records.update_accuracy(ACCURACY, rows, missing, held)
        print(f"\nwrote {ACCURACY.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
