"""The CLI and the MkDocs hook write the same pages; builds are deterministic."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _cli(out: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "hooks"))
    return subprocess.run(
        [sys.executable, "-m", "explainer", "--seeds", str(SEEDS), "--out", str(out), *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def cli_pages(tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("cli")
    result = _cli(out)
    assert result.returncode == 0, result.stderr
    return _tree(out)


def test_cli_writes_every_page(cli_pages):
    names = set(cli_pages)
    assert {"sources/index.md", "about/build-report.md"} <= names
    seeds = [p for p in SEEDS.iterdir() if p.suffix in {".txt", ".md", ".html"}]
    assert len([n for n in names if n.startswith("sources/") and n != "sources/index.md"]) == len(
        seeds
    )


def test_cli_is_deterministic(cli_pages, tmp_path):
    result = _cli(tmp_path)
    assert result.returncode == 0
    assert _tree(tmp_path) == cli_pages


def test_hook_adds_exactly_the_cli_pages(cli_pages):
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    # Through MkDocs' own event dispatch, exactly as `mkdocs build` runs the hook.
    config = load_config(str(ROOT / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(Files([]), config=config)
    generated = {f.src_uri: f.content_bytes for f in files if f.generated_by}
    assert generated == cli_pages


def test_dump_is_schema_versioned_json(tmp_path):
    import json

    dump = tmp_path / "extraction.json"
    result = _cli(tmp_path / "out", "--dump", str(dump))
    assert result.returncode == 0, result.stderr
    data = json.loads(dump.read_text())
    assert data["schema_version"] >= 1
    seeds = sorted(p.name for p in SEEDS.iterdir() if p.suffix in {".txt", ".md", ".html"})
    assert [a["article"]["path"] for a in data["articles"]] == seeds
    assert all(a["kind"] in {"preview", "report", "analysis"} for a in data["articles"])


def test_cli_strict_fails_on_a_broken_seed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(
        "A headline\n\nBy Jane Roe\n\nThe council met on Monday. It voted.\n"
    )
    (seeds / "empty.txt").write_bytes(b"")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "hooks"))
    cmd = [sys.executable, "-m", "explainer", "--seeds", str(seeds), "--out", str(tmp_path / "o")]
    lax = subprocess.run(cmd, env=env, capture_output=True, text=True)
    strict = subprocess.run(cmd + ["--strict"], env=env, capture_output=True, text=True)
    assert lax.returncode == 0 and strict.returncode == 1
    assert any(line.startswith("error: empty.txt:") for line in strict.stderr.splitlines())
    assert (tmp_path / "o" / "sources" / "good.md").exists()


def test_cli_sums_up_notices_and_says_what_it_wrote(tmp_path):
    """Shipped seeds: no wall of 'Fix:' lines; one notice summary; a last line naming the output."""
    out = tmp_path / "pages"
    quiet = _cli(out)
    assert quiet.returncode == 0, quiet.stderr
    err = quiet.stderr.splitlines()
    assert len(err) == 1 and err[0].startswith("notice: ") and "Build report" in err[0], err
    n = int(err[0].split()[1])
    assert n > 1
    pages = sum(1 for p in out.rglob("*.md"))
    assert quiet.stdout.splitlines()[-1].startswith(f"Wrote {pages} pages and ")
    assert f"to {out}/" in quiet.stdout and f"; 0 errors, {n} notices)." in quiet.stdout
    loud = _cli(tmp_path / "again", "--verbose")
    lines = loud.stderr.splitlines()
    assert len(lines) == n and all(" Fix: " in line for line in lines)


def test_cli_prints_each_error_and_each_file_left_out(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("A headline\n\nThe council met on Monday. It voted.\n")
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "notes.pdf").write_bytes(b"%PDF-1.4")
    dump = tmp_path / "x.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "hooks"))
    cmd = [sys.executable, "-m", "explainer", "--seeds", str(seeds), "--dump", str(dump)]
    run = subprocess.run(cmd, env=env, capture_output=True, text=True)
    err = run.stderr.splitlines()
    assert err[0].startswith("error: empty.txt: expected article text")
    assert err[1].startswith("notice: notes.pdf: expected a .txt, .md or .html seed")
    assert len(err) == 3 and err[2].startswith("notice: ") and "in 1 seed:" in err[2]
    summed = int(err[2].split()[1])
    assert run.stdout.splitlines() == [
        f"Wrote the extraction to {dump} (1 article from {seeds}/; 1 error, {summed + 1} notices)."
    ]
    assert dump.exists()


def test_hook_logs_one_notice_line_and_each_notice_at_debug(caplog):
    import logging

    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    config = load_config(str(ROOT / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.explainer"):
        config.plugins.on_files(Files([]), config=config)
    ours = [r for r in caplog.records if r.name == "mkdocs.plugins.explainer"]
    info = [r.getMessage() for r in ours if r.levelno >= logging.INFO]
    debug = [r.getMessage() for r in ours if r.levelno == logging.DEBUG]
    assert len(info) == 1 and "Build report" in info[0] and "`mkdocs build -v`" in info[0]
    each = [line for line in debug if " Fix: " in line]
    assert len(each) == int(info[0].split()[0]) > 1
