"""Benchmark: extraction, MkDocs build with the hooks vs the plain-MkDocs floor, serve rebuild.

    .venv/bin/python scripts/benchmark.py [--sizes 10,100,1000] [--repeat N] [--write-docs]

For the real seeds and for each synthetic cluster size (scripts/_synthetic_cluster.py), in one
run and side by side:
1. extraction alone (`explainer.pipeline.extract`) in a fresh process: wall time, peak RSS,
   MB of seed text per second (one process, one core);
2. `mkdocs build` of the real mkdocs.yml with the hooks, against the floor: the same pages
   written by the CLI (`python -m explainer --out`) plus the repo's docs/ assets, built by
   MkDocs from a copy of mkdocs.yml without `hooks:` (median of --repeat runs, interleaved);
3. a `mkdocs serve`-style rebuild: in one process the config is loaded and the hook's on_files
   runs twice (cold, warm cache), one seed is edited, on_files runs again; the cache keys it
   adds tell how many articles were re-extracted. Then one full build with that warm cache
   (what `mkdocs serve` runs after an edit).
Prints a Markdown table; --write-docs also writes docs/benchmarks.md with the machine described.
Timings on shared machines vary +-10-15%: compare ratios from one run, not across runs.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import os
import platform
import re
import shutil
import statistics
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

# docs/benchmarks.md keeps everything from this heading on when --write-docs rewrites it.
KEEP_FROM = "## Why targets are missed"
# Targets of issue 7.
MAX_HOOK_OVERHEAD_SEEDS = 0.10
MAX_FLOOR_RATIO_1000 = 1.2
MIN_EXTRACT_MB_S = 2.0
MAX_BUILD_MB_1000 = 1024

# Runs in a fresh interpreter: prints seconds, peak RSS and seed bytes as JSON.
_EXTRACT = """
import json, resource, sys, time
from pathlib import Path
from explainer.pipeline import extract
seeds = Path(sys.argv[1])
size = sum(p.stat().st_size for p in seeds.iterdir() if p.is_file())
t = time.perf_counter()
x = extract(seeds)
took = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": took, "rss_mb": rss,
                  "bytes": size, "articles": len(x.articles),
                  "quotes": sum(len(f.quotes) for f in x.articles),
                  "figures": sum(len(f.figures) for f in x.articles),
                  "dates": sum(len(f.dates) for f in x.articles), "people": len(x.people)}))
"""

# `mkdocs ...` with wall time and peak RSS written to $BENCH_OUT at exit.
_MKDOCS = """
import atexit, json, os, resource, sys, time
t0 = time.perf_counter()
def done():
    with open(os.environ["BENCH_OUT"], "w") as f:
        json.dump({"seconds": time.perf_counter() - t0,
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}, f)
atexit.register(done)
sys.argv = ["mkdocs"] + sys.argv[1:]
from mkdocs.__main__ import cli
cli()
"""

# The serve-style rebuild, in one process. argv: config, seeds copy, site dir, hook name.
_SERVE = """
import json, logging, sys, time
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
def run():
    t = time.perf_counter()
    hook.on_files(get_files(config), config)
    return time.perf_counter() - t
cold = run()
warm = run()
before = set(cache) | {("seeds", k) for k in cache.get("seeds", {})}
victim = sorted(Path(seeds).glob("*.txt"))[len(list(Path(seeds).glob("*.txt"))) // 2]
text = victim.read_text(encoding="utf-8").rstrip("\\n")
victim.write_text(text + " Officials declined to comment further.\\n", encoding="utf-8")
edited = run()
after = set(cache) | {("seeds", k) for k in cache.get("seeds", {})}
new = after - before
kinds = {}
for k in new:
    kinds[k[0]] = kinds.get(k[0], 0) + 1
t = time.perf_counter()
build(cfg())
full = time.perf_counter() - t
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
    _timed(
        stage, row, [PY, "-c", _MKDOCS, "build", "-f", str(config), "-d", str(site)], env, timeout
    )
    return json.loads(out.read_text())


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
    print(f"[{row['label']}] {stage}", file=sys.stderr, flush=True)
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


def _stages(row: dict, seeds: Path, work: Path, repeat: int, timeout: float) -> None:
    row["extract"] = json.loads(
        _timed("extraction", row, [PY, "-c", _EXTRACT, str(seeds)], timeout=timeout).stdout
    )
    pages = work / "pages"
    t = time.perf_counter()
    _timed(
        "CLI pages",
        row,
        [PY, "-m", "explainer", "--seeds", str(seeds), "--out", str(pages)],
        timeout=timeout,
    )
    row["cli_s"] = time.perf_counter() - t
    row["shape"] = _page_shape(pages)
    docs = work / "floor-docs"
    shutil.copytree(ROOT / "docs", docs, dirs_exist_ok=True)
    shutil.copytree(pages, docs, dirs_exist_ok=True)
    floor_cfg = _floor_config(docs, work)
    hooks, floor = [], []
    for i in range(repeat):  # interleaved, so drift in machine load hits both alike
        floor.append(
            _mkdocs(
                f"floor build {i + 1}/{repeat}", row, floor_cfg, work / "site-floor", work, timeout
            )
        )
        row["floor_s"] = statistics.median(r["seconds"] for r in floor)
        row["floor_rss"] = max(r["rss_mb"] for r in floor)
        hooks.append(
            _mkdocs(
                f"hooks build {i + 1}/{repeat}",
                row,
                ROOT / "mkdocs.yml",
                work / "site-hooks",
                work,
                timeout,
                {"EXPLAINER_SEEDS": str(seeds)},
            )
        )
        row["hooks_s"] = statistics.median(r["seconds"] for r in hooks)
        row["hooks_rss"] = max(r["rss_mb"] for r in hooks)
    serve_seeds = work / "serve-seeds"
    shutil.copytree(seeds, serve_seeds, dirs_exist_ok=True)
    env = {**ENV, "EXPLAINER_SEEDS": str(serve_seeds)}
    argv = [
        PY,
        "-c",
        _SERVE,
        str(ROOT / "mkdocs.yml"),
        str(serve_seeds),
        str(work / "site-serve"),
        HOOK,
    ]
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


def table(rows: list[dict]) -> list[str]:
    out = [
        "| articles | seed text | extract | extract MB/s | extract peak | CLI (all pages)"
        " | build with hooks | floor (plain MkDocs) | hooks / floor | build peak"
        " | hook after 1 edit | re-extracted | serve rebuild |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        e, s = r.get("extract") or {}, r.get("serve") or {}
        mb = e["bytes"] / 1e6 if e else None
        ratio = r["hooks_s"] / r["floor_s"] if "hooks_s" in r and "floor_s" in r else None
        keys = s.get("new_keys", {})
        redone = (
            f"{keys.get('sentences', 0)} of {e['articles']} (facts {keys.get('facts', 0)})"
            if s
            else None
        )
        edit = (
            f"{s['edited']:.2f} s (warm {s['warm']:.2f} s, cold {s['cold']:.2f} s)" if s else None
        )
        cells = [
            r["label"],
            _cell(r, mb, "{:.2f} MB"),
            _cell(r, e.get("seconds"), "{:.2f} s"),
            _cell(r, mb / e["seconds"] if e else None, "{:.2f}"),
            _cell(r, e.get("rss_mb"), "{:.0f} MB"),
            _cell(r, r.get("cli_s"), "{:.2f} s"),
            _cell(r, r.get("hooks_s"), "{:.2f} s"),
            _cell(r, r.get("floor_s"), "{:.2f} s"),
            _cell(r, ratio, "{:.2f}x"),
            _cell(r, r.get("hooks_rss"), "{:.0f} MB"),
            _cell(r, edit, "{}"),
            _cell(r, redone, "{}"),
            _cell(r, s.get("serve_build"), "{:.2f} s"),
        ]
        out.append("| " + " | ".join(cells) + " |")
    out += [
        "",
        "/// caption | <",
        "Build and extraction cost by cluster size.",
        "///",
        "",
        "| articles | quotes | figures | dates | people | pages | biggest explainer page"
        " | its footnotes | folds |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
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

    def stopped(r: dict) -> str:
        return (
            f" (stopped: {r['stopped']} ran over {r['timeout']:.0f} s)" if r.get("stopped") else ""
        )

    r = by.get("seeds")
    if r and "hooks_s" in r:
        over = r["hooks_s"] / r["floor_s"] - 1
        say(
            over <= MAX_HOOK_OVERHEAD_SEEDS,
            f"hooks add <= 10% to a build of the seeds (measured {over:+.0%})",
        )
    else:
        say(None, "hooks add <= 10% to a build of the seeds" + (stopped(r) if r else ""))
    r = by.get("1000")
    if r and "hooks_s" in r:
        ratio = r["hooks_s"] / r["floor_s"]
        say(
            ratio <= MAX_FLOOR_RATIO_1000,
            f"1,000 articles build in <= 1.2x the floor (measured {ratio:.2f}x)",
        )
        say(
            r["hooks_rss"] <= MAX_BUILD_MB_1000,
            f"1,000-article build under 1 GB (measured {r['hooks_rss']:.0f} MB peak RSS)",
        )
    elif r and r.get("stopped"):
        say(False, "1,000 articles build in <= 1.2x the floor" + stopped(r))
        say(None, "1,000-article build under 1 GB" + stopped(r))
    else:
        say(None, "1,000 articles build in <= 1.2x the floor; 1,000-article build under 1 GB")
    speeds = [
        r["extract"]["bytes"] / 1e6 / r["extract"]["seconds"]
        for r in rows
        if r["label"] != "seeds" and r.get("extract")
    ]
    if speeds:
        say(
            min(speeds) >= MIN_EXTRACT_MB_S,
            f"extraction >= 2 MB/s on one core (measured {min(speeds):.2f}-{max(speeds):.2f} MB/s)",
        )
    served = [r for r in rows if r.get("serve")]
    if served:
        keys = [r["serve"]["new_keys"] for r in served]
        only_one = all(k.get("sentences", 0) == 1 and k.get("facts", 0) <= 1 for k in keys)
        facts = ", ".join(
            f"{r['label']}: {k.get('facts', 0)}" for r, k in zip(served, keys, strict=True)
        )
        say(
            only_one,
            f"a rebuild after one edit re-extracts only that article (re-mined articles: {facts})",
        )
    else:
        say(None, "a rebuild after one edit re-extracts only that article")
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
            "Columns: *extract* is `explainer.pipeline.extract` alone in a fresh process (peak =",
            "its maximum resident memory); *build with hooks* is `mkdocs build` of mkdocs.yml;",
            "*floor* is MkDocs building the same generated Markdown as plain files without the",
            "hooks (median of runs, interleaved); *hook after 1 edit* is the hook's `on_files` in",
            "one process after one",
            "seed was edited, with the cache of the previous rebuilds (cold/warm: first and second",
            "run); *re-extracted* counts the articles whose sentences were split again (and, in",
            "brackets, whose facts were mined again); *serve rebuild* is one full in-process build",
            "after that edit with the warm cache, which is what `mkdocs serve` runs.",
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
