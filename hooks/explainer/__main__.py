"""Command line: write exactly the pages the MkDocs hook adds, without MkDocs.

python -m explainer --seeds seeds --out build/pages [--strict] [--full-text] [--dump FILE]
                    [--cache DIR | --no-cache] [--workers N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import cache as disk
from . import workers
from .model import ERROR
from .pages._context import Settings
from .site import build_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m explainer", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles")
    parser.add_argument("--out", type=Path, help="folder to write the generated pages into")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a seed has an error")
    parser.add_argument("--full-text", action="store_true", help="publish whole articles")
    parser.add_argument("--dump", type=Path, help="write the extraction as JSON to this file")
    parser.add_argument(
        "--cache",
        type=Path,
        help=f"cache folder (default: ${disk.ENV}, else {disk.DEFAULT_DIR}); safe to delete",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="compute everything; read and write no cache"
    )
    parser.add_argument(
        "--workers",
        type=int,
        help=f"processes for the per-article stages (default: ${workers.ENV}, else every core)",
    )
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"{args.seeds}: not a folder of articles. Fix: pass --seeds DIR.", file=sys.stderr)
        return 2
    store = disk.Store(disk.resolve(cli=False if args.no_cache else args.cache))
    site = build_site(
        args.seeds, Settings(full_text=args.full_text), store=store,
        workers=workers.resolve(cli=args.workers),
    )
    for problem in site.problems:
        print(f"{problem.severity}: {problem.line()}", file=sys.stderr)
    if args.out:
        for path, text in site.pages.items():
            target = args.out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        for path, data in site.assets.items():
            target = args.out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    if args.dump:
        # the bytes of data/extraction.json: a cached site need not rebuild the extraction
        args.dump.write_bytes(site.assets["data/extraction.json"])
    if args.strict and any(p.severity == ERROR for p in site.problems):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
