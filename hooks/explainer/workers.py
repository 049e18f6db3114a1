"""Run independent pieces of work on every core, with the same result as one after another.

Reads: a function and its inputs. Produces: the outputs in input order, so a parallel build is
byte-identical to a serial one (tests/test_parallel.py checks it on every cluster).
Limits: a standard-library process pool. Where worker processes cannot be started (no `fork`
on the platform, a sandbox without semaphores, one core, `workers: 1`) the work runs in this
process, one piece after another. A pool costs ~20-40 ms to start plus the time to send the
inputs and results; work below MIN_PARALLEL_CHARS of article text is done here instead (see
docs/benchmarks.md for how that break-even was measured).
Workers are forked: they start with this process's memory (the cluster's people, the comparison
and the memos of the stages) instead of receiving it pickled, and send back only their results.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

ENV = "EXPLAINER_WORKERS"
# Article text (characters) below which a pool costs more than it saves. Measured on the
# synthetic clusters: 10 articles (50 KB) take ~0.15 s of per-article work in one process and
# ~0.15 s with two workers (start-up and pickling eat the gain); from ~100 KB the pool wins.
MIN_PARALLEL_CHARS = 100_000

_STATE: dict = {}  # what forked workers read: set before the pool starts


def resolve(option: object = None, cli: int | None = None) -> int:
    """Worker processes to use: `cli`, else EXPLAINER_WORKERS, else `option` (mkdocs.yml
    `workers`), else every core this process may run on. 1 means no pool."""
    for value in (cli, os.environ.get(ENV), option):
        if value is not None and str(value).strip():
            try:
                return max(1, int(str(value).strip()))
            except ValueError:
                break
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _can_fork() -> bool:
    # macOS lists fork but system libraries are not fork-safe there (Python defaults to spawn).
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def shared() -> dict:
    """Inside a worker: the state given to `ordered_map(..., state=...)`."""
    return _STATE


def ordered_map(
    fn: Callable,
    items: Sequence,
    workers: int,
    *,
    size: int | None = None,
    state: dict | None = None,
) -> list:
    """[fn(x) for x in items], on up to `workers` processes when `size` (characters of article
    text behind the items; None: always worth it) makes it pay. `fn` may read `shared()`."""
    _STATE.clear()
    _STATE.update(state or {})
    try:
        n = min(workers, len(items))
        if n <= 1 or not _can_fork() or (size is not None and size < MIN_PARALLEL_CHARS):
            return [fn(x) for x in items]
        try:
            return _pooled(fn, items, n)
        except (OSError, BrokenProcessPool, NotImplementedError):
            # No processes here (a sandbox, a limit on processes, a worker killed for memory):
            # the same work, in order, in this process.
            return [fn(x) for x in items]
    finally:
        _STATE.clear()


def _pooled(fn: Callable, items: Sequence, n: int) -> list:
    # A few chunks per worker: large enough to keep pickling overhead low, small enough that
    # one long article does not leave the other workers idle.
    chunk = max(1, len(items) // (n * 4))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=n, mp_context=context) as pool:
        return list(pool.map(fn, items, chunksize=chunk))
