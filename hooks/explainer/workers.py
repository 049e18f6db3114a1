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


class Helper:
    """A second process for jobs that need this process's memory: forked at the first `submit`,
    it runs the jobs one after another in the order given (a job finds in memory what the
    earlier ones computed). `submit` returns a function that waits for the job's result. With
    `forked` False (one worker, small work, no processes), nothing is started: use the serial
    path. A helper that dies (killed for memory) has its jobs redone here."""

    def __init__(self, workers: int, size: int, state: dict):
        self._state = dict(state)
        self._pool: ProcessPoolExecutor | None = None
        if workers >= 2 and size >= MIN_PARALLEL_CHARS and _can_fork():
            try:
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
            except (OSError, NotImplementedError):
                self._pool = None

    @property
    def forked(self) -> bool:
        return self._pool is not None

    def submit(self, fn: Callable[[], object]) -> Callable[[], object]:
        done: list = []
        future = None
        if self._pool is not None:
            _STATE.clear()
            _STATE.update(self._state)  # what the fork copies
            try:
                future = self._pool.submit(fn)
            except (OSError, BrokenProcessPool, RuntimeError):
                future = None

        def result():
            if not done:
                try:
                    done.append(future.result() if future is not None else self._here(fn))
                except BrokenProcessPool:
                    done.append(self._here(fn))
            return done[0]

        return result

    def _here(self, fn: Callable[[], object]) -> object:
        _STATE.clear()
        _STATE.update(self._state)
        try:
            return fn()
        finally:
            _STATE.clear()

    def __enter__(self) -> Helper:
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        _STATE.clear()
