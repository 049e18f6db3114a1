"""Measure the extraction against the hand-labelled gold data and print the numbers.

    .venv/bin/python scripts/evaluate.py            # print the table (and what was missed)
    .venv/bin/python scripts/evaluate.py --write    # also update hooks/explainer/accuracy.json

Reads: tests/gold/*.yml (seeds and synthetic rows, keyed by file + an exact sentence substring)
and tests/gold/heldout_*.yml (whole invented sentences or passages), plus the synthetic cluster's
gold: tests/gold/synthetic_*.yml and any gold YAML files in tests/data/synthetic/, and the blind
cluster's: tests/gold/blind_*.yml for tests/data/heldout_cluster/ (labelled before any rule ran on
it; never tuned on). Runs the real stages: `explainer.pipeline.extract` on seeds/ and on each
cluster; the stage functions themselves on held-out text.
Produces: one row per (set, stage, measure) with counts, precision/recall/F1 or accuracy, and
the floor the issue sets (seeds only). The method page shows accuracy.json; the site build never
runs this script.

Matching rules (one gold item matches at most one extracted item, greedily in gold order):
- quote found: same file, gold sentence substring in the quote's sentence, and the gold quote
  and the extracted Quote.text overlap (one contains the other, case- and edge-punctuation-
  insensitive); speaker right: canonical name equal (None for "not a person").
- figure: same file + sentence and value equal; counted noun right: the head noun of the gold's
  `counts` (its `unit` when `counts` names it, else the last word before a preposition) is
  contained in Figure.counts, case-insensitive; an empty gold `counts` wants an empty one.
- date: same file + sentence and the printed text overlaps; right: iso and precision equal. A
  gold sentence missing from the ingested text (a dateline read as metadata) is scored against
  the article's publication date.
- people: the gold name equals the canonical name or an alias (either way); role right when
  the gold states one and one role contains the other, case-insensitive; side right when the
  gold states one and Person.side equals it (case-insensitive).
- topics: accuracy of the topic given to the sentence holding the gold substring.
- kinds: accuracy of the article kind (preview / report / analysis) per gold file row.
A gold file that does not exist yet is reported as "no gold yet", never as a zero.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _eval  # noqa: E402, F401  (puts hooks/ on sys.path)
from _eval.dates import _dates_in_cluster, _match_dates, eval_dates  # noqa: E402, F401
from _eval.figures import _PREP, _head, _match_figures, eval_figures  # noqa: E402, F401
from _eval.heldout import CLUSTER_GOLD, _passage, eval_cluster_files, eval_heldout  # noqa: E402, F401
from _eval.kinds import _kinds_in_cluster, eval_kinds  # noqa: E402, F401
from _eval.match import (  # noqa: E402, F401
    ACCURACY,
    CLUSTERS,
    FLOORS,
    GOLD,
    ROOT,
    SCHEMA,
    Cluster,
    Result,
    _core,
    _file_key,
    _in,
    _load,
    _rows_for,
    _seed_gold,
    norm,
)
from _eval.people import _match_people, _names, eval_people  # noqa: E402, F401
from _eval.quotes import _Q, _match_quotes, eval_quotes  # noqa: E402, F401
from _eval.report import evaluate, table, to_json  # noqa: E402, F401
from _eval.topics import _topics_in_cluster, eval_topics  # noqa: E402, F401
from explainer.pipeline import extract  # noqa: E402, F401  (tests and _eval_clusters use it)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"update {ACCURACY.relative_to(ROOT)}")
    parser.add_argument("--quiet", action="store_true", help="print the table only, not the misses")
    args = parser.parse_args(argv)
    res = evaluate()
    print(table(res))
    if not args.quiet:
        for key in sorted(res.notes):
            print(f"\n{key}:")
            for n in res.notes[key]:
                print("   ", n)
    if args.write:
        kept = json.loads(ACCURACY.read_text(encoding="utf-8")) if ACCURACY.exists() else None
        ACCURACY.write_text(to_json(res, kept), encoding="utf-8", newline="\n")
        print(f"\nwrote {ACCURACY.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
