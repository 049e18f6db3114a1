"""Benchmark: extraction, cold and cached MkDocs builds vs the plain-MkDocs floor, serve rebuilds.

    .venv/bin/python scripts/benchmark.py [--sizes 10,100,1000] [--repeat N] [--write-docs]

For the real seeds and for each synthetic cluster size (scripts/_synthetic_cluster.py), in one
run and side by side:
1. extraction alone (`explainer.pipeline.extract`, no cache) in a fresh process, on one worker
   and on every core: wall and CPU time, peak RSS, MB of seed text per second per core;
2. `mkdocs build` of the real mkdocs.yml with the hooks, against the floor (the same pages
   written by the CLI plus the repo's docs/ assets, built by MkDocs from a copy of mkdocs.yml
   without `hooks:`): a *cold* build (an empty cache folder) and a *cached* one (the folder the
   cold build filled: a second build of unchanged seeds); median of --repeat runs, interleaved;
3. a `mkdocs serve`-style rebuild: in one process the config is loaded and the hook's on_files
   runs twice (cold, warm), one seed is edited, on_files runs again (the memory cache keys it
   adds tell how many articles were split and mined again); then one full build after that edit
   (what `mkdocs serve` runs).
Every time is given as wall seconds, CPU seconds of the process and its workers, and the load
average when it started: the machine may be shared, and CPU time is what load changes least.
Prints Markdown tables; --write-docs also writes docs/benchmarks.md with the machine described.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
ENV = {
    **os.environ,
    "PYTHONPATH": str(ROOT / "hooks"),
    "NO_MKDOCS_2_WARNING": "1",
    "SOURCE_DATE_EPOCH": "1767225600",
}
HOOK = "hooks/explainer_hook.py"
WORKERS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()

# docs/benchmarks.md keeps everything from this heading on when --write-docs rewrites it.
KEEP_FROM = "## Why targets are missed"
# Targets of issue 11.
MAX_WARM_SEEDS, MAX_COLD_SEEDS = 1.1, 1.3
MAX_COLD_1000, MAX_WARM_1000, MAX_EDIT_1000_S = 2.5, 1.2, 5.0
MIN_MB_S_PER_CORE, MIN_SPEEDUP_2 = 1.0, 1.8
MAX_BUILD_MB_1000 = 1024

# Runs in a fresh interpreter: seconds, CPU, peak RSS (self, largest worker) and counts as JSON.
_EXTRACT = """
import json, os, resource, sys, time
from pathlib import Path
from explainer.pipeline import extract
seeds, workers = Path(sys.argv[1]), int(sys.argv[2])
size = sum(p.stat().st_size for p in seeds.iterdir() if p.is_file())
t, c = time.perf_counter(), os.times()
x = extract(seeds, workers=workers)
took, d = time.perf_counter() - t, os.times()
print(json.dumps({"seconds": took, "cpu": sum(d[:4]) - sum(c[:4]),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "bytes": size, "articles": len(x.articles),
                  "quotes": sum(len(f.quotes) for f in x.articles),
                  "figures": sum(len(f.figures) for f in x.articles),
                  "dates": sum(len(f.dates) for f in x.articles), "people": len(x.people)}))
"""

# `mkdocs ...` with wall time, CPU and peak RSS written to $BENCH_OUT at exit; a thread samples
# the PSS of the process and its workers (shared pages split between them) every 0.5 s.
_MKDOCS = """
import atexit, json, os, resource, sys, threading, time
t0, c0 = time.perf_counter(), os.times()
peak = [0]
def pss(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next((int(x.split()[1]) for x in f if x.startswith("Pss:")), 0)
    except OSError:
        return 0
def tree():
    kids = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                kids.setdefault(int(f.read().rsplit(")", 1)[1].split()[1]), []).append(int(pid))
        except OSError:
            pass
    out = [os.getpid()]
    for p in out:
        out.extend(kids.get(p, ()))
    return out
def sample():
    while os.path.exists("/proc/self/smaps_rollup"):
        peak[0] = max(peak[0], sum(pss(p) for p in tree()))
        time.sleep(0.5)
threading.Thread(target=sample, daemon=True).start()
def done():
    c = os.times()
    with open(os.environ["BENCH_OUT"], "w") as f:
        json.dump({"seconds": time.perf_counter() - t0, "cpu": sum(c[:4]) - sum(c0[:4]),
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                   "pss_mb": peak[0] / 1024}, f)
atexit.register(done)
sys.argv = ["mkdocs"] + sys.argv[1:]
from mkdocs.__main__ import cli
cli()
"""

# The serve-style rebuild, in one process. argv: config, seeds copy, site dir, hook name.
_SERVE = """
import json, logging, os, sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
logging.disable(logging.WARNING)
config_file, seeds, site, hook_name = sys.argv[1:5]
def cfg():
    c = load_config(config_file=config_file, site_dir=site)
    c = c.plugins.on_config(c)
    return c
config = cfg()
hook = config.hooks[hook_name]
cache = hook._CACHE
def timed(fn):
    load, t, c = os.getloadavg()[0], time.perf_counter(), os.times()
    fn()
    d = os.times()
    return {"s": time.perf_counter() - t, "cpu": sum(d[:4]) - sum(c[:4]), "load": load}
def run():
    return timed(lambda: hook.on_files(get_files(config), config))
cold = run()
warm = run()
before = set(cache) | {("seeds", k) for k in cache.get("seeds", {})}
victim = sorted(Path(seeds).glob("*.txt"))[len(list(Path(seeds).glob("*.txt"))) // 2]
text = victim.read_text(encoding="utf-8").rstrip("\\n")
victim.write_text(text + " Officials declined to comment further.\\n", encoding="utf-8")
edited = run()
after = set(cache) | {("seeds", k) for k in cache.get("seeds", {})}
kinds = {}
for k in after - before:
    kinds[k[0]] = kinds.get(k[0], 0) + 1
victim.write_text(text + " A second edit.\\n", encoding="utf-8")
full = timed(lambda: build(cfg()))
print(json.dumps({"cold": cold, "warm": warm, "edited": edited, "serve_build": full,
                  "victim": victim.name, "new_keys": kinds}))
"""


def _run(args: list[str], env=None, timeout=3600) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        args, cwd=ROOT, env=env or ENV, capture_output=True, text=True, timeout=timeout
    )
    if proc.returncode != 0:
        raise RuntimeError(f"exit {proc.returncode}: {proc.stderr.strip().splitlines()[-1:]}")
    return proc


def _mkdocs(stage, row, config: Path, site: Path, work: Path, timeout, extra_env=None) -> dict:
    out = work / "mkdocs.json"
    env = {**ENV, "BENCH_OUT": str(out), **(extra_env or {})}
    load = os.getloadavg()[0]
    _timed(
        stage, row, [PY, "-c", _MKDOCS, "build", "-f", str(config), "-d", str(site)], env, timeout
    )
    return {**json.loads(out.read_text()), "load": load}


def _floor_config(docs: Path, work: Path) -> Path:
    """The real mkdocs.yml without hooks/watch, reading the CLI's pages + docs/ assets."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(hooks|watch):\n(?:[ \t]+-.*\n)+", "", text)
    text = re.sub(r"(?m)^docs_dir:.*$", f"docs_dir: {docs}", text)
    # Paths in mkdocs.yml are relative to it; this copy lives elsewhere.
    text = re.sub(r"(?m)^(\s+custom_dir:\s*)([^\s#]+)", lambda m: f"{m[1]}{ROOT / m[2]}", text)
    path = work / "mkdocs-floor.yml"
    path.write_text(text, encoding="utf-8")
    return path


def _page_shape(pages: Path) -> dict:
    explainer = [p for p in pages.rglob("*.md") if p.relative_to(pages).parts[0] not in {"sources"}]
    biggest = max(explainer, key=lambda p: p.stat().st_size)
    text = biggest.read_text(encoding="utf-8")
    return {
        "pages": sum(1 for _ in pages.rglob("*.md")),
        "biggest": str(biggest.relative_to(pages)),
        "biggest_kb": biggest.stat().st_size / 1024,
        "biggest_footnotes": len(re.findall(r"(?m)^\[\^\d+\]:", text)),
        "biggest_folds": len(re.findall(r"(?m)^\s*\?\?\?", text)),
    }


class _Stopped(Exception):
    """A stage ran past --timeout; the row records which and the later stages stay empty."""


def _timed(stage: str, row: dict, args: list[str], env=None, timeout: float = 3600):
    print(f"[{row['label']}] {stage} (load {os.getloadavg()[0]:.1f})", file=sys.stderr, flush=True)
    try:
        return _run(args, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        row["stopped"] = stage
        raise _Stopped(stage) from None
    except RuntimeError as err:  # a failing stage is reported in the table, not fatal
        print(f"[{row['label']}] {stage} failed: {err}", file=sys.stderr, flush=True)
        row["stopped"] = f"{stage} failed"
        raise _Stopped(stage) from None


def bench(label: str, seeds: Path, work: Path, repeat: int, timeout: float) -> dict:
    row: dict = {"label": label, "timeout": timeout}
    try:
        _stages(row, seeds, work, repeat, timeout)
    except _Stopped:
        pass
    return row


def _extract(row: dict, seeds: Path, workers: int, timeout: float) -> dict:
    load = os.getloadavg()[0]
    args = [PY, "-c", _EXTRACT, str(seeds), str(workers)]
    out = _timed(f"extraction, {workers} worker(s)", row, args, timeout=timeout).stdout
    return {**json.loads(out), "load": load}


def _median(runs: list[dict]) -> dict:
    mid = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    return {**mid, **{k: max(r[k] for r in runs) for k in ("rss_mb", "worker_mb", "pss_mb")}}


def _stages(row: dict, seeds: Path, work: Path, repeat: int, timeout: float) -> None:
    row["extract"] = _extract(row, seeds, 1, timeout)
    row["extract_n"] = _extract(row, seeds, WORKERS, timeout)
    pages = work / "pages"
    t = time.perf_counter()
    cli = [PY, "-m", "explainer", "--seeds", str(seeds), "--out", str(pages), "--no-cache"]
    _timed("CLI pages", row, cli, timeout=timeout)
    row["cli_s"] = time.perf_counter() - t
    row["shape"] = _page_shape(pages)
    docs = work / "floor-docs"
    shutil.copytree(ROOT / "docs", docs, dirs_exist_ok=True)
    shutil.copytree(pages, docs, dirs_exist_ok=True)
    floor_cfg = _floor_config(docs, work)
    floor, cold, warm = [], [], []
    for i in range(repeat):  # interleaved, so drift in machine load hits all alike
        n = f"{i + 1}/{repeat}"
        floor.append(_mkdocs(f"floor build {n}", row, floor_cfg, work / "site-floor", work,
                             timeout))
        row["floor"] = _median(floor)
        cache = work / f"cache-{i}"
        env = {"EXPLAINER_SEEDS": str(seeds), "EXPLAINER_CACHE": str(cache)}
        hooks = ROOT / "mkdocs.yml"
        cold.append(_mkdocs(f"cold build {n}", row, hooks, work / "site-hooks", work, timeout,
                            env))
        row["cold"] = _median(cold)
        warm.append(_mkdocs(f"cached build {n}", row, hooks, work / "site-hooks", work, timeout,
                            env))
        row["warm"] = _median(warm)
        row["cache_mb"] = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file()) / 1e6
    serve_seeds = work / "serve-seeds"
    shutil.copytree(seeds, serve_seeds, dirs_exist_ok=True)
    env = {**ENV, "EXPLAINER_SEEDS": str(serve_seeds), "EXPLAINER_CACHE": str(work / "cache-s")}
    argv = [PY, "-c", _SERVE, str(ROOT / "mkdocs.yml"), str(serve_seeds),
            str(work / "site-serve"), HOOK]
    out = _timed("serve rebuild", row, argv, env=env, timeout=timeout).stdout
    row["serve"] = json.loads(out.strip().splitlines()[-1])


def _machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    versions = ", ".join(
        f"{p} {md.version(p)}" for p in ("mkdocs", "mkdocs-material", "Markdown", "pysbd", "Jinja2")
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return [
        f"- Machine: {os.cpu_count()} CPUs ({cpu}){mem}, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {versions}",
        f"- Code: commit {commit or 'unknown'}",
    ]


def _cell(row: dict, value, fmt: str) -> str:
    if value is None:
        stopped = row.get("stopped")
        if not stopped:
            return "-"
        return f"{stopped}" if stopped.endswith("failed") else f"{stopped} > {row['timeout']:.0f} s"
    return fmt.format(value)


def _t(run: dict | None) -> str | None:
    """Wall seconds, with CPU seconds (process and workers) and the load average at the start."""
    if not run:
        return None
    wall = run.get("seconds", run.get("s"))
    return f"{wall:.2f} s ({run['cpu']:.2f} CPU, load {run['load']:.1f})"


def _ratio(r: dict, key: str, of: str = "seconds") -> float | None:
    return r[key][of] / r["floor"][of] if key in r and "floor" in r else None


def _ratios(r: dict, key: str) -> str | None:
    wall, cpu = _ratio(r, key), _ratio(r, key, "cpu")
    return None if wall is None else f"{wall:.2f}x (CPU {cpu:.2f}x)"


def _memory(run: dict | None) -> str | None:
    if not run:
        return None
    return (f"{run['pss_mb']:.0f} MB PSS (RSS {run['rss_mb']:.0f} MB"
            f" + {run['worker_mb']:.0f} MB largest worker)")


def table(rows: list[dict]) -> list[str]:
    out = [
        "| articles | seed text | extract, 1 worker | MB/s per core"
        f" | extract, {WORKERS} workers | speed-up | floor (plain MkDocs) | cold build"
        " | cold / floor | cached build | cached / floor | cold build memory"
        " | cache folder |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        e, en = r.get("extract") or {}, r.get("extract_n") or {}
        mb = e["bytes"] / 1e6 if e else None
        cold = r.get("cold")
        cells = [
            r["label"],
            _cell(r, mb, "{:.2f} MB"),
            _cell(r, _t(e), "{}"),
            _cell(r, mb / e["cpu"] if e else None, "{:.2f}"),
            _cell(r, _t(en), "{}"),
            _cell(r, e["seconds"] / en["seconds"] if en else None, "{:.2f}x"),
            _cell(r, _t(r.get("floor")), "{}"),
            _cell(r, _t(cold), "{}"),
            _cell(r, _ratios(r, "cold"), "{}"),
            _cell(r, _t(r.get("warm")), "{}"),
            _cell(r, _ratios(r, "warm"), "{}"),
            _cell(r, _memory(cold), "{}"),
            _cell(r, r.get("cache_mb"), "{:.1f} MB"),
        ]
        out.append("| " + " | ".join(cells) + " |")
    out += ["", "/// caption | <", "Extraction and builds, by cluster size.", "///", "",
            "| articles | hook, cold | hook, unchanged | hook after 1 edit | split / mined again"
            " | serve rebuild after the edit |",
            "|---|---|---|---|---|---|"]
    for r in rows:
        s, e = r.get("serve"), r.get("extract")
        if not (s and e):
            continue
        keys = s["new_keys"]
        redone = f"{keys.get('sentences', 0)} / {keys.get('facts', 0)} of {e['articles']}"
        out.append(f"| {r['label']} | {_t(s['cold'])} | {_t(s['warm'])} | {_t(s['edited'])}"
                   f" | {redone} | {_t(s['serve_build'])} |")
    out += ["", "/// caption | <", "`mkdocs serve`: the hook in one process, by cluster size.",
            "///", "",
            "| articles | quotes | figures | dates | people | pages | biggest explainer page"
            " | its footnotes | folds |",
            "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        e, sh = r.get("extract"), r.get("shape")
        if not (e and sh):
            continue
        out.append(
            f"| {r['label']} | {e['quotes']} | {e['figures']} | {e['dates']} | {e['people']}"
            f" | {sh['pages']} | {sh['biggest']} ({sh['biggest_kb']:.0f} KB)"
            f" | {sh['biggest_footnotes']} | {sh['biggest_folds']} |"
        )
    out += ["", "/// caption | <", "What the generated site holds, by cluster size.", "///"]
    return out


def verdicts(rows: list[dict]) -> list[str]:
    by = {r["label"]: r for r in rows}
    out = []

    def say(ok: bool | None, text: str) -> None:
        word = {True: "met", False: "NOT met", None: "not measured"}[ok]
        out.append(f"- {word}: {text}")

    def ratio(label: str, key: str, limit: float, what: str) -> None:
        got = _ratio(by[label], key) if label in by else None
        cpu = _ratio(by[label], key, "cpu") if got else None
        say(None if got is None else got <= limit,
            f"{what} <= {limit}x the floor"
            + (f" (measured {got:.2f}x wall, {cpu:.2f}x CPU)" if got else ""))

    ratio("seeds", "warm", MAX_WARM_SEEDS, "second build of unchanged seeds")
    ratio("seeds", "cold", MAX_COLD_SEEDS, "cold build of the seeds")
    ratio("1000", "cold", MAX_COLD_1000, "1,000 articles, cold build")
    ratio("1000", "warm", MAX_WARM_1000, "1,000 articles, cached build")
    s = (by.get("1000") or {}).get("serve")
    say(None if not s else s["edited"]["s"] <= MAX_EDIT_1000_S,
        f"1,000 articles: the hook after one edit <= {MAX_EDIT_1000_S:.0f} s"
        + (f" (measured {s['edited']['s']:.1f} s; the whole serve rebuild"
           f" {s['serve_build']['s']:.1f} s)" if s else ""))
    synth = [r for r in rows if r["label"] != "seeds" and r.get("extract") and r.get("extract_n")]
    if synth:
        per_core = [r["extract"]["bytes"] / 1e6 / r["extract"]["cpu"] for r in synth]
        say(min(per_core) >= MIN_MB_S_PER_CORE,
            f"extraction >= {MIN_MB_S_PER_CORE} MB/s per core"
            f" (measured {min(per_core):.2f}-{max(per_core):.2f} MB/s of CPU time)")
        big = max(synth, key=lambda r: r["extract"]["bytes"])
        up = big["extract"]["seconds"] / big["extract_n"]["seconds"]
        say(up >= MIN_SPEEDUP_2,
            f"extraction >= {MIN_SPEEDUP_2}x faster on {WORKERS} cores"
            f" (measured {up:.2f}x at {big['label']} articles)")
    r = by.get("1000")
    if r and "cold" in r:
        say(r["cold"]["pss_mb"] <= MAX_BUILD_MB_1000,
            f"1,000-article build under 1 GB (measured {_memory(r['cold'])}, peak PSS summed"
            f" over the build's processes; cache folder {r['cache_mb']:.0f} MB)")
    else:
        say(None, "1,000-article build under 1 GB")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="10,100,1000", help="synthetic cluster sizes, comma-separated"
    )
    parser.add_argument("--no-seeds", action="store_true", help="skip the real seeds row")
    parser.add_argument(
        "--repeat", type=int, help="builds per size (median); default 3, 1 from 100 articles"
    )
    parser.add_argument(
        "--write-docs", action="store_true", help="write the table to docs/benchmarks.md"
    )
    parser.add_argument("--work", type=Path, help="keep the generated clusters and sites here")
    parser.add_argument(
        "--timeout", type=float, default=900, help="seconds per stage before it is stopped"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "scripts"))
    import _synthetic_cluster as synthetic

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work_root = args.work or Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    rows = []
    cases = ([] if args.no_seeds else [("seeds", None)]) + [(str(n), n) for n in sizes]
    for label, n in cases:
        work = work_root / label
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        if n is None:
            seeds = ROOT / "seeds"
        else:
            seeds = work / "seeds"
            synthetic.write(n, seeds)
        repeat = args.repeat or (3 if (n or 0) < 100 else 1)
        rows.append(bench(label, seeds, work, repeat, args.timeout))
    lines = table(rows)
    notes = verdicts(rows)
    print("\n".join(lines + [""] + notes))
    if args.write_docs:
        _write_docs(lines, notes, args)
    if not args.work:
        shutil.rmtree(work_root, ignore_errors=True)
    return 0


def _write_docs(lines: list[str], notes: list[str], args) -> None:
    command = "python scripts/benchmark.py --write-docs"
    if args.sizes != "10,100,1000":
        command += f" --sizes {args.sizes}"
    if args.timeout != 900:
        command += f" --timeout {args.timeout:.0f}"
    text = "\n".join(
        [
            "# Benchmarks",
            "",
            "How fast the site builds, measured by `scripts/benchmark.py` on the real seeds and on",
            "synthetic clusters of 10, 100 and 1,000 articles (`scripts/_synthetic_cluster.py`,",
            "deterministic). Regenerate this page with:",
            "",
            "```text",
            f"PYTHONPATH=hooks .venv/bin/{command}",
            "```",
            "",
            "## Latest run",
            "",
            *_machine(),
            "",
            *lines,
            "",
            "Columns: every time is wall seconds, then the CPU seconds of the process and its",
            "worker processes, then the load average when the step started (the machine may be",
            "shared: compare CPU times across runs, wall times only within one). *extract* is",
            "`explainer.pipeline.extract` alone in a fresh process, no cache; *MB/s per core* is",
            "seed text per CPU second on one worker. *floor* is MkDocs building the same generated",
            "Markdown as plain files without the hooks; *cold build* is `mkdocs build` with the",
            "hooks and an empty cache folder, *cached build* the next one with the folder the cold",
            "build filled (unchanged seeds); median of runs, interleaved. *memory*: the peak of",
            "the PSS summed over the build's processes (sampled every 0.5 s; a page that forked",
            "workers share with the main process is split between them), and the peak RSS of the",
            "main process and of its largest worker (where shared pages count in both).",
            "The `mkdocs serve` table runs the hook's `on_files` in one process: first (cold",
            "cache), again (unchanged), after one seed was edited (*split / mined again*: the",
            "articles whose sentences and facts were computed again); *serve rebuild* is the full",
            "in-process build after a second edit, which is what `mkdocs serve` runs.",
            "",
            "## Targets",
            "",
            *notes,
            "",
        ]
    )
    path = ROOT / "docs" / "benchmarks.md"
    # The hand-written analysis below the table survives a re-run.
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if KEEP_FROM in old:
        text += "\n" + old[old.index(KEEP_FROM) :]
    path.write_text(text, encoding="utf-8")
    print(f"wrote {ROOT / 'docs' / 'benchmarks.md'}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
