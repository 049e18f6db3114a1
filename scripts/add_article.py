"""Add an article to seeds/ from a saved HTML page (or, when online, its URL).

Usage: python scripts/add_article.py SAVED.html|URL [--seeds seeds] [--force]

Extracts the main text and metadata with trafilatura (and htmldate), writes
`seeds/<slug>.md` (YAML front matter + text), and adds or updates the file's entry in
`seeds/sources.yml` so a person can check each extracted value before publishing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from explainer.ingest._html import parse_html  # noqa: E402
from explainer.ingest._meta import FIELDS, SOURCES_FILE, detect_language, slug  # noqa: E402
from explainer.ingest._read import decode  # noqa: E402

# Long headlines make unwieldy file names and page addresses; 60 characters keeps the gist.
SLUG_MAX = 60
MD_PREFIX = {"heading": "## ", "item": "- ", "quote_block": "> ", "attribution": "— "}


def _fetch(url: str) -> str:
    import trafilatura

    html = trafilatura.fetch_url(url)
    if not html:
        raise SystemExit(
            f"error: could not download {url} (offline, or the site refused). "
            "Fix: open it in a browser, save it as HTML, and pass the saved file."
        )
    return html


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise SystemExit(f"error: cannot read {path} ({e.strerror}).") from None
    text, problem = decode(path.name, data)
    if problem:
        raise SystemExit(f"error: {problem.line()}")
    return text


def to_markdown(fields: dict, blocks) -> str:
    import yaml

    front = {k: fields[k] for k in (*FIELDS, "standfirst") if fields.get(k)}
    head = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    body = "\n\n".join(MD_PREFIX.get(b.kind, "") + b.text for b in blocks)
    return f"---\n{head}---\n\n{body}\n"


def update_sources(path: Path, name: str, fields: dict) -> None:
    import yaml

    data = yaml.safe_load(path.read_text("utf-8")) if path.is_file() else None
    data = data if isinstance(data, dict) else {}
    data[name] = {k: fields[k] for k in FIELDS if fields.get(k)}
    text = yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=1000)
    path.write_text(f"# Per-file metadata; values here win over what is inferred.\n{text}", "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", help="a saved .html file, or an http(s) URL")
    ap.add_argument("--seeds", type=Path, default=Path("seeds"), help="seeds folder")
    ap.add_argument("--force", action="store_true", help="overwrite an existing seed file")
    args = ap.parse_args(argv)
    is_url = args.source.startswith(("http://", "https://"))
    html = _fetch(args.source) if is_url else _read(Path(args.source))
    parsed = parse_html(Path(args.source).name, html)
    errors = [p for p in parsed.problems if p.severity == "error"]
    if errors or not parsed.blocks:
        raise SystemExit("error: " + (errors[0].line() if errors else "no article text found."))
    fields = parsed.fields
    if is_url and not fields.get("url"):
        fields["url"] = args.source
    if not fields.get("language"):
        fields["language"] = detect_language(" ".join(b.text for b in parsed.blocks))[0]
    stem = fields.get("title") or Path(args.source.rstrip("/")).stem
    name = slug(stem)[:SLUG_MAX].rstrip("-_") + ".md"
    target = args.seeds / name
    if target.exists() and not args.force:
        raise SystemExit(f"error: {target} exists. Fix: pass --force to replace it.")
    args.seeds.mkdir(parents=True, exist_ok=True)
    target.write_text(to_markdown(fields, parsed.blocks), "utf-8")
    update_sources(args.seeds / SOURCES_FILE, name, fields)
    print(f"wrote {target} ({len(parsed.blocks)} blocks)")
    print(f"updated {args.seeds / SOURCES_FILE}; check these values:")
    for key in FIELDS:
        print(f"  {key}: {fields.get(key) or '(not found: add it by hand)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
