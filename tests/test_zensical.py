"""The generated pages build with Zensical (Material's successor), as the README documents.

Zensical runs no Python hooks; scripts/build_zensical.py writes the hook's pages into a folder
and builds that. MkDocs + Material stays the default; this test keeps the way out open.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("zensical")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_zensical.py"), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert run.stdout.strip().endswith(f"with Zensical to {out / 'site'}/")
    return out


def test_every_generated_page_becomes_html(zensical_site):
    docs, site = zensical_site / "docs", zensical_site / "site"
    generated = sorted(p.relative_to(docs) for p in docs.rglob("*.md"))
    assert len(generated) > 10
    for page in generated:
        parts = page.with_suffix("").parts
        html = site.joinpath(*parts[:-1], "index.html") if parts[-1] == "index" else site.joinpath(
            *parts, "index.html"
        )
        assert html.is_file(), f"{page} has no HTML page in the Zensical site"


def test_citations_tables_and_assets_render(zensical_site):
    site = zensical_site / "site"
    overview = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="footnote' in overview and "[^" not in overview
    data = (site / "data" / "index.html").read_text(encoding="utf-8")
    assert "<table" in data and "tablesort.min.js" in data
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        scripts = re.findall(r'<script[^>]+src="([^"]+)"', text)
        styles = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text)
        outside = [u for u in scripts + styles if re.match(r"(https?:)?//", u)]
        assert outside == [], f"{html.relative_to(site)} loads {outside}"


def test_config_drops_only_the_hook_keys():
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_zensical import zensical_config

    config = zensical_config((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert not re.search(r"^(hooks|watch):", config, flags=re.M)
    for key in ("site_name", "theme", "markdown_extensions", "nav", "extra_javascript"):
        assert re.search(rf"^{key}:", config, flags=re.M), key
    assert f"custom_dir: {ROOT / 'overrides'}" in config
