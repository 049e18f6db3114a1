"""Same seeds, same bytes, whatever Python's string-hash seed: no set or dict order leaks.

Each process gets its own PYTHONHASHSEED, so a `sorted(..., key=len)` over a set (ties in set
order) or an unsorted set iteration shows up as two different page trees.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _cluster import EVERY_CLUSTER

ROOT = Path(__file__).resolve().parents[1]


def _pages(seeds: Path, out: Path, hashseed: str) -> dict[str, bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "hooks"), PYTHONHASHSEED=hashseed)
    cmd = [
        sys.executable,
        "-m",
        "explainer",
        "--seeds",
        str(seeds),
        "--out",
        str(out),
        "--no-cache",
        "--workers",
        "1",
    ]
    run = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("seeds", EVERY_CLUSTER.values(), ids=EVERY_CLUSTER.keys())
def test_pages_do_not_depend_on_the_hash_seed(seeds, tmp_path):
    one = _pages(seeds, tmp_path / "one", "1")
    two = _pages(seeds, tmp_path / "two", "2")
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []
