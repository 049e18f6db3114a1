"""Command line: write exactly the pages the MkDocs hook adds, without MkDocs.

    python -m explainer --seeds seeds --out build/pages
    python -m explainer --seeds seeds --out build/pages --strict --dump build/extraction.json
    python -m explainer --seeds seeds --out build/pages --no-cache --workers 1

Errors (an unusable seed) are printed one line each; notices (metadata that could not be
inferred) as one summary line, or each with --verbose. The last line says what was written where.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explainer import cache as disk
from explainer import workers
from explainer.pages import Settings
from explainer.problems import errors, loud, notice_summary, notices
from explainer.site import build_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m explainer", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles")
    parser.add_argument("--out", type=Path, help="folder to write the generated pages into")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a seed has an error")
    parser.add_argument("--full-text", action="store_true", help="publish whole articles")
    parser.add_argument(
        "--dump", type=Path, help="write the extraction as JSON here (build/ is git-ignored)"
    )
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
    parser.add_argument("--verbose", "-v", action="store_true", help="print every notice")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"{args.seeds}: not a folder of articles. Fix: pass --seeds DIR.", file=sys.stderr)
        return 2
    store = disk.Store(disk.resolve(cli=False if args.no_cache else args.cache))
    site = build_site(
        args.seeds,
        Settings(full_text=args.full_text),
        store=store,
        workers=workers.resolve(cli=args.workers),
    )
    for problem in loud(site.problems):
        print(f"{problem.severity}: {problem.line()}", file=sys.stderr)
    if args.verbose:
        for problem in notices(site.problems):
            print(f"{problem.severity}: {problem.line()}", file=sys.stderr)
    else:
        summary = notice_summary(site.problems, "--verbose")
        if summary:
            print(f"notice: {summary}", file=sys.stderr)
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
        args.dump.parent.mkdir(parents=True, exist_ok=True)
        # the bytes of data/extraction.json: a cached site need not rebuild the extraction
        args.dump.write_bytes(site.assets["data/extraction.json"])
    print(_done(args, site))
    if args.strict and errors(site.problems):
        return 1
    return 0


def _done(args: argparse.Namespace, site) -> str:
    """The one line that says what the run wrote and where."""
    wrote = []
    if args.out:
        pages, files = _count(len(site.pages), "page"), _count(len(site.assets), "other file")
        wrote.append(f"{pages} and {files} to {args.out}/")
    if args.dump:
        wrote.append(f"the extraction to {args.dump}")
    n_err = len(errors(site.problems))
    n_notice = len(site.problems) - n_err
    # one source page per article read (a cached site does not rebuild the extraction to count)
    n_articles = sum(1 for p in site.pages if p.startswith("sources/") and p != "sources/index.md")
    read = f"{_count(n_articles, 'article')} from {args.seeds}/"
    tally = f"{_count(n_err, 'error')}, {_count(n_notice, 'notice')}"
    if not wrote:
        return f"Read {read} ({tally}); wrote nothing: pass --out DIR and/or --dump FILE."
    return f"Wrote {' and '.join(wrote)} ({read}; {tally})."


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


if __name__ == "__main__":
    sys.exit(main())
