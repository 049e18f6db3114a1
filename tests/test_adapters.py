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
