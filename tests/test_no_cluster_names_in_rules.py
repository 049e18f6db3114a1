"""Rules stay generic: no person of a test cluster is named anywhere in hooks/ (code or comment).

Every real cluster's gold lists its people; a rule or an example that names one of them was
written for that cluster, not for the next event. Examples in hooks/ use invented names.
"""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _names() -> set[str]:
    names = set()
    for path in sorted(ROOT.glob("tests/clusters/*/gold/people.yml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            for name in [row.get("name"), *(row.get("aliases") or [])]:
                # Full names: a lone surname may be a word, and an alias with fewer than two
                # capitalised words is a description ("o presidente", "the former president").
                if name and sum(w[:1].isupper() for w in name.split()) >= 2:
                    names.add(name)
    return names


def test_no_cluster_person_is_named_in_the_rules():
    names = _names()
    assert len(names) > 20, "the real clusters' people gold was not found"
    found = []
    for path in sorted((ROOT / "hooks").rglob("*")):
        if path.suffix not in {".py", ".j2", ".yml", ".yaml", ".txt"}:
            continue
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(ROOT)}: {n}" for n in sorted(names) if n in text]
    assert found == []
