"""Work spread over processes gives byte for byte what one process gives, and falls back to one
process where a pool cannot start."""

from __future__ import annotations

import sys
from pathlib import Path

import explainer.workers as workers
import pytest
from explainer.export import extraction_json
from explainer.pages._context import Settings
from explainer.pipeline import extract
from explainer.site import build_site

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = [ROOT / "seeds", ROOT / "tests/data/synthetic", ROOT / "tests/data/heldout_cluster"]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "scripts"))
    import _synthetic_cluster

    out = tmp_path_factory.mktemp("synthetic") / "seeds"
    _synthetic_cluster.write(24, out)
    return out


@pytest.fixture
def always_parallel(monkeypatch):
    """Every map goes to the pool, however small (the break-even would keep these serial)."""
    monkeypatch.setattr(workers, "MIN_PARALLEL_CHARS", 0)
    pooled: list[int] = []
    real = workers._pooled
    monkeypatch.setattr(
        workers, "_pooled", lambda fn, items, n: pooled.append(n) or real(fn, items, n)
    )
    return pooled


@pytest.mark.parametrize("folder", CLUSTERS, ids=[c.name for c in CLUSTERS])
def test_parallel_extraction_equals_serial(folder, always_parallel):
    serial = extraction_json(extract(folder, {}, workers=1))
    assert not always_parallel
    assert extraction_json(extract(folder, {}, workers=2)) == serial
    if workers._can_fork():
        assert always_parallel, "the pool was used"


def test_parallel_site_equals_serial(synthetic, always_parallel):
    one = build_site(synthetic, Settings(), workers=1)
    two = build_site(synthetic, Settings(), workers=2)
    assert (two.pages, two.assets) == (one.pages, one.assets)


def test_results_come_back_in_input_order(always_parallel):
    items = list(range(50, 0, -1))
    assert workers.ordered_map(_slow_square, items, 2) == [x * x for x in items]


def _slow_square(x: int) -> int:
    # Later items finish first: order must come from the input, not from completion.
    import time

    time.sleep(x / 20000)
    return x * x


@pytest.mark.parametrize(
    "failure",
    [
        OSError("no semaphores in this sandbox"),
        NotImplementedError("this platform lacks a working sem_open"),  # multiprocessing's own
    ],
)
def test_no_processes_means_one_process(monkeypatch, always_parallel, failure):
    def refuse(*args, **kwargs):
        raise failure

    monkeypatch.setattr(workers, "ProcessPoolExecutor", refuse)
    folder = CLUSTERS[0]
    assert extraction_json(extract(folder, {}, workers=2)) == extraction_json(extract(folder, {}))


def test_a_worker_killed_midway_means_the_work_is_redone_here(monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    def killed(*args, **kwargs):
        raise BrokenProcessPool("a worker was killed for memory")

    monkeypatch.setattr(workers, "_pooled", killed)
    assert workers.ordered_map(abs, [-3, -1, -2], 2) == [3, 1, 2]


def test_no_second_process_means_the_same_site(monkeypatch, synthetic, always_parallel):
    """The corpus-wide helper process (workers.Helper) cannot start: the work is done here."""
    one = build_site(synthetic, Settings(), workers=1)

    def refuse(*args, **kwargs):
        raise OSError("no semaphores in this sandbox")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", refuse)
    two = build_site(synthetic, Settings(), workers=2)
    assert (two.pages, two.assets) == (one.pages, one.assets)


def test_small_work_stays_in_this_process(monkeypatch):
    pooled: list[int] = []
    monkeypatch.setattr(workers, "_pooled", lambda *a: pooled.append(1))
    assert workers.ordered_map(abs, [-1, -2], 2, size=workers.MIN_PARALLEL_CHARS - 1) == [1, 2]
    assert not pooled


# (cli value, EXPLAINER_WORKERS, mkdocs.yml option, expected, why)
HOW_MANY = [
    (3, "2", 4, 3, "--workers wins"),
    (None, "2", 4, 2, "the variable wins over mkdocs.yml"),
    (None, None, 4, 4, "mkdocs.yml"),
    (None, None, 0, 1, "never fewer than one"),
]


@pytest.mark.parametrize(("cli", "env", "option", "expected", "why"), HOW_MANY,
                         ids=[h[-1] for h in HOW_MANY])
def test_how_many_workers(monkeypatch, cli, env, option, expected, why):
    if env is None:
        monkeypatch.delenv(workers.ENV, raising=False)
    else:
        monkeypatch.setenv(workers.ENV, env)
    assert workers.resolve(option, cli=cli) == expected, why
