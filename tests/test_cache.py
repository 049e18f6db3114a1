"""The cache folder: a hit gives exactly what the miss computed; a damaged, stale or misplaced
entry is rebuilt, never served; an edit re-mines only the edited article."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import explainer.pipeline as pipeline
import pytest
from explainer import cache as disk
from explainer.pages._context import Settings
from explainer.site import build_site

ROOT = Path(__file__).resolve().parent.parent
CLUSTER = ROOT / "tests" / "data" / "synthetic"


def _entries(root: Path, kind: str) -> list[Path]:
    return sorted(p for p in root.glob(f"*/{kind}/*/*") if not p.name.startswith(".tmp"))


def _site(seeds: Path, store: disk.Store):
    site = build_site(seeds, Settings(), store=store)
    return site.pages, site.assets


@pytest.fixture
def seeds(tmp_path) -> Path:
    out = tmp_path / "seeds"
    shutil.copytree(CLUSTER, out)
    return out


@pytest.fixture
def fresh(seeds):
    """The site computed with no cache at all: what every cached build must equal."""
    return _site(seeds, disk.OFF)


def test_a_value_comes_back_as_stored(tmp_path):
    store = disk.Store(tmp_path)
    store.put("facts", "ab" * 32, {"x": (1, "é")})
    assert disk.Store(tmp_path).get("facts", "ab" * 32) == {"x": (1, "é")}
    assert not list(tmp_path.rglob(".tmp-*")), "no temporary file is left behind"


# (how the entry is damaged, why it is a case)
DAMAGE = [
    (lambda b: b[: len(b) // 2], "truncated by a crash or a full disk"),
    (lambda b: b[:-1] + bytes([b[-1] ^ 1]), "one bit flipped in the payload"),
    (lambda b: b"", "empty file"),
    (lambda b: b"x" + b[1:], "wrong header"),
]


@pytest.mark.parametrize(("damage", "why"), DAMAGE, ids=[d[1] for d in DAMAGE])
def test_a_damaged_entry_is_a_miss_and_deleted(tmp_path, damage, why):
    store = disk.Store(tmp_path)
    store.put("facts", "cd" * 32, "value")
    (path,) = _entries(tmp_path, "facts")
    path.write_bytes(damage(path.read_bytes()))
    assert store.get("facts", "cd" * 32, "MISS") == "MISS", why
    assert not path.exists(), why
    assert store.stats["bad"] == 1


def test_an_entry_under_another_key_is_not_served(tmp_path):
    store = disk.Store(tmp_path)
    store.put("facts", "aa" * 32, "for aa")
    (src,) = _entries(tmp_path, "facts")
    dst = src.parent.parent / "bb" / ("bb" * 32)[2:]
    dst.parent.mkdir()
    shutil.copy(src, dst)  # a valid entry, in the wrong place
    assert store.get("facts", "bb" * 32, "MISS") == "MISS"


def test_a_new_code_version_misses_and_drops_the_old_folder(tmp_path):
    disk.Store(tmp_path, version="old").put("facts", "ee" * 32, "old code's answer")
    new = disk.Store(tmp_path, version="new")
    assert new.get("facts", "ee" * 32, "MISS") == "MISS"
    new.put("facts", "ff" * 32, "new")
    assert [p.name for p in tmp_path.iterdir()] == ["new"]


def test_the_version_covers_every_rule_file():
    # A merged rule change must invalidate the cache: every module, template and data file.
    parts = {p.suffix for p in disk.PACKAGE.rglob("*") if p.is_file() and p.suffix != ".pyc"}
    assert {".py", ".j2", ".json"} <= parts
    assert disk.VERSION == disk._code_version()


def test_a_second_build_is_read_back_whole(seeds, fresh, tmp_path, monkeypatch):
    store = disk.Store(tmp_path / "cache")
    assert _site(seeds, store) == fresh
    import explainer._assemble as assemble

    monkeypatch.setattr(assemble, "extract", None)  # a cached build must not extract
    again = disk.Store(tmp_path / "cache")
    assert _site(seeds, again) == fresh
    assert again.stats["hit"] == 1 and again.stats["miss"] == 0


def test_a_truncated_site_entry_is_rebuilt(seeds, fresh, tmp_path):
    root = tmp_path / "cache"
    _site(seeds, disk.Store(root))
    (entry,) = _entries(root, "site-*")
    entry.write_bytes(entry.read_bytes()[:100])
    store = disk.Store(root)
    assert _site(seeds, store) == fresh
    assert store.stats["bad"] == 1


def test_a_bumped_version_recomputes_everything(seeds, fresh, tmp_path, monkeypatch):
    root = tmp_path / "cache"
    _site(seeds, disk.Store(root))
    mined = _count_mining(monkeypatch)
    assert _site(seeds, disk.Store(root, version="bumped")) == fresh
    assert len(mined) == len(list(seeds.glob("*.txt")))


def test_one_changed_seed_remines_only_it(seeds, tmp_path, monkeypatch):
    root = tmp_path / "cache"
    _site(seeds, disk.Store(root))
    target = sorted(seeds.glob("*.txt"))[1]
    target.write_text(
        target.read_text(encoding="utf-8").rstrip() + "\n\nThe talks went on late.\n",
        encoding="utf-8",
    )
    mined = _count_mining(monkeypatch)
    # As in a new process: nothing in memory, everything else from the cache folder.
    got = _site(seeds, disk.Store(root))
    assert len(mined) == 1, mined
    assert got == _site(seeds, disk.OFF)


def test_a_sources_yml_edit_takes_effect(seeds, tmp_path):
    root, memory = tmp_path / "cache", {}
    build_site(seeds, Settings(), cache=memory, store=disk.Store(root))
    name = sorted(seeds.glob("*.txt"))[0].name
    (seeds / "sources.yml").write_text(f"{name}:\n  outlet: Invented Outlet\n", encoding="utf-8")
    site = build_site(seeds, Settings(), cache=memory, store=disk.Store(root))
    assert (site.pages, site.assets) == _site(seeds, disk.OFF)
    assert "Invented Outlet" in site.pages["sources/index.md"]


def _count_mining(monkeypatch) -> list[str]:
    mined: list[str] = []
    real = pipeline.find_dates

    def counting(sentences, *args):
        mined.append(sentences[0].article_id if sentences else "")
        return real(sentences, *args)

    monkeypatch.setattr(pipeline, "find_dates", counting)
    return mined


# (command-line flags, EXPLAINER_CACHE, mkdocs.yml option, expected folder, why)
WHERE = [
    (None, None, None, "base/.cache/explainer", "the default, in the project"),
    (None, None, "build/c", "base/build/c", "mkdocs.yml, relative to the project"),
    (None, "/abs/env", "build/c", "/abs/env", "the variable wins over mkdocs.yml"),
    (None, "off", "build/c", None, "the variable turns it off"),
    (None, None, False, None, "mkdocs.yml `cache: false`"),
    (Path("/abs/cli"), "/abs/env", None, "/abs/cli", "--cache wins"),
    (False, "/abs/env", "build/c", None, "--no-cache wins"),
]


@pytest.mark.parametrize(("cli", "env", "option", "expected", "why"), WHERE,
                         ids=[w[-1] for w in WHERE])
def test_where_the_cache_lives(monkeypatch, cli, env, option, expected, why):
    if env is None:
        monkeypatch.delenv(disk.ENV, raising=False)
    else:
        monkeypatch.setenv(disk.ENV, env)
    got = disk.resolve(option, base=Path("base"), cli=cli)
    assert got == (Path(expected) if expected else None), why


def test_cli_no_cache_writes_nothing_and_cache_writes_there(seeds, tmp_path):
    env = {"PYTHONPATH": str(ROOT / "hooks"), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "explainer", "--seeds", str(seeds)]
    subprocess.run(run + ["--no-cache"], cwd=tmp_path, env=env, check=True, capture_output=True)
    assert not (tmp_path / ".cache").exists()
    where = tmp_path / "elsewhere"
    subprocess.run(run + ["--cache", str(where)], cwd=tmp_path, env=env, check=True,
                   capture_output=True)
    assert _entries(where, "site-*") and not (tmp_path / ".cache").exists()


def test_a_source_page_is_rendered_again_only_when_what_it_shows_changed(seeds, monkeypatch):
    from explainer.pages import sources
    from explainer.pages._context import PageContext

    memory: dict = {}
    build_site(seeds, Settings(), cache=memory)
    rendered: list[str] = []
    real = PageContext.render

    def counting(self, template, page, **values):
        if template == sources.TEMPLATE:
            rendered.append(page)
        return real(self, template, page, **values)

    monkeypatch.setattr(PageContext, "render", counting)
    build_site(seeds, Settings(), cache=memory)
    assert rendered == []
    target = sorted(seeds.glob("*.txt"))[2]
    target.write_text(target.read_text(encoding="utf-8") + "\nA closing line.\n",
                      encoding="utf-8")
    site = build_site(seeds, Settings(), cache=memory)
    changed = [p for p in rendered if p.endswith(".md")]
    assert any(target.stem.replace("_", "-") in p or target.stem in p for p in changed), changed
    assert (site.pages, site.assets) == _site(seeds, disk.OFF)


def test_the_hook_reads_back_what_it_stored(seeds, tmp_path, monkeypatch):
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    monkeypatch.setenv("EXPLAINER_SEEDS", str(seeds))
    monkeypatch.setenv(disk.ENV, str(tmp_path / "cache"))
    config = load_config(str(ROOT / "mkdocs.yml"))
    config = config.plugins.on_config(config)

    def generated():
        files = config.plugins.on_files(Files([]), config=config)
        return {f.src_uri: f.content_bytes for f in files if f.generated_by}

    first = generated()
    assert _entries(tmp_path / "cache", "site-*")
    import explainer._assemble as assemble

    monkeypatch.setattr(assemble, "extract", None)  # the second build must not compute
    config.hooks["hooks/explainer_hook.py"]._CACHE.clear()
    assert generated() == first


def test_a_damaged_compiled_template_is_compiled_again(seeds, fresh, tmp_path):
    root = tmp_path / "cache"
    _site(seeds, disk.Store(root))
    templates = _entries(root, "template")
    assert templates, "compiled templates are kept"
    for path in templates:
        path.write_bytes(path.read_bytes()[:40])
    for path in _entries(root, "site-*"):
        path.unlink()  # so that the pages are rendered again
    store = disk.Store(root)
    assert _site(seeds, store) == fresh
    assert store.stats["bad"] >= 1, "the damaged entries were found and dropped"
