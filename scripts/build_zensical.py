"""Build the explainer site with Zensical, Material for MkDocs' successor, instead of MkDocs.

    .venv/bin/python scripts/build_zensical.py                  # seeds/ -> build/zensical/site
    .venv/bin/python scripts/build_zensical.py --seeds DIR --out DIR

Zensical reads mkdocs.yml but runs no Python hooks, so our hook cannot add the generated pages.
This script does what the hook does, then hands Zensical a plain folder: the CLI's pages
(`explainer.site.build_site`, the same code the hook runs) plus the hand-written `docs/` files
(stylesheets, vendored JavaScript, the benchmarks page), and a copy of `mkdocs.yml` pointing at
that folder, without the `hooks:` and `watch:` entries Zensical would ignore. MkDocs + Material
stays the default (README: "Publishing path").
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from explainer.pages._context import Settings  # noqa: E402
from explainer.problems import loud  # noqa: E402
from explainer.site import build_site  # noqa: E402

# Top-level mkdocs.yml keys Zensical does not use for a pre-generated folder.
DROPPED = ("hooks", "watch")


def zensical_config(mkdocs_yml: str) -> str:
    """mkdocs.yml with the hook-only keys removed and the theme overrides found from OUT/."""
    kept, skipping = [], False
    for line in mkdocs_yml.splitlines():
        key = re.match(r"([a-z_]+):", line)
        if key:
            skipping = key.group(1) in DROPPED
        elif line and not line[0].isspace() and not line.startswith("#"):
            skipping = False
        if not skipping:
            kept.append(line)
    text = "\n".join(kept) + "\n"
    return re.sub(r"custom_dir: overrides\b", f"custom_dir: {ROOT / 'overrides'}", text)


def write_docs(seeds: Path, docs: Path, full_text: bool) -> int:
    """The generated pages and the hand-written docs/ files into one folder; errors printed."""
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("dev"))
    site = build_site(seeds, Settings(full_text=full_text))
    for path, text in site.pages.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8", newline="\n")
    for path, data in site.assets.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_bytes(data)
    for problem in loud(site.problems):
        print(f"{problem.severity}: {problem.line()}", file=sys.stderr)
    return len(site.pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "zensical")
    parser.add_argument("--full-text", action="store_true", help="publish whole articles")
    args = parser.parse_args(argv)
    zensical = shutil.which("zensical", path=str(Path(sys.executable).parent)) or shutil.which(
        "zensical"
    )
    if not zensical:
        print("zensical is not installed. Fix: .venv/bin/pip install '.[test]'", file=sys.stderr)
        return 2
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    pages = write_docs(args.seeds, out / "docs", args.full_text)
    config = out / "mkdocs.yml"
    config.write_text(zensical_config((ROOT / "mkdocs.yml").read_text(encoding="utf-8")))
    run = subprocess.run([zensical, "build", "--clean", "--strict", "-f", str(config)], cwd=out)
    if run.returncode:
        return run.returncode
    print(f"Wrote {pages} generated pages with Zensical to {out / 'site'}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
