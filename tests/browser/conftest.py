"""Fixtures for tests of the built site: build it once, serve it on 127.0.0.1, drive Chromium.

The site is built with `mkdocs build --strict` into a temporary folder (or, when
EXPLAINER_TEST_SITE names a folder, that already-built site is used: scripts/check builds once
and passes it on). Chromium is Debian's /usr/bin/chromium: Playwright's own browser download
does not work on these machines (see TOOLCHAIN notes in docs-dev/TESTING.md).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "_artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
# Without the networking flags Chromium keeps trying to reach Google services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Any fixed value works; a fixed one makes the test build reproducible like CI's.
SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01T00:00:00Z
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 812}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Chromium against the built site")


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def build_site(out: Path, *, strict: bool = True, env: dict[str, str] | None = None) -> str:
    """Run `mkdocs build` from the repo root into `out`; return its log; fail the test on error."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(out)]
    if strict:
        cmd.append("--strict")
    full_env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
        **(env or {}),
    }
    proc = subprocess.run(cmd, cwd=ROOT, env=full_env, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"`{' '.join(cmd[2:])}` failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return proc.stderr


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    given = os.environ.get("EXPLAINER_TEST_SITE")
    if given:
        path = Path(given)
        path = path if path.is_absolute() else ROOT / path
        assert (path / "index.html").is_file(), f"EXPLAINER_TEST_SITE={given} has no index.html"
        return path
    out = tmp_path_factory.mktemp("site")
    build_site(out)
    return out


def page_paths(site: Path) -> list[str]:
    """URL paths (relative to the site root) of every HTML page, sorted."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        paths.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return paths


@pytest.fixture(scope="session")
def pages(site_dir) -> list[str]:
    return page_paths(site_dir)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _base_path(site: Path) -> str:
    """The URL path the site is published under (site_url's path, as in sitemap.xml)."""
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return "/"
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8"))
    return min((urlsplit(loc).path for loc in locs), key=len, default="/")


@pytest.fixture(scope="session")
def site_url(site_dir, tmp_path_factory) -> Iterator[str]:
    """The site served on 127.0.0.1 under its real base path (the 404 page needs that)."""
    base = _base_path(site_dir)
    root = tmp_path_factory.mktemp("serve")
    mount = root / base.strip("/") if base.strip("/") else root
    if mount == root:
        root = site_dir
    else:
        mount.parent.mkdir(parents=True, exist_ok=True)
        mount.symlink_to(site_dir.resolve(), target_is_directory=True)
    port = _free_port()
    cmd = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    proc = subprocess.Popen(
        [*cmd, "--directory", str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"http.server on port {port} did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}{base}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def base_url(site_url) -> str:
    return site_url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": DESKTOP, "color_scheme": "light"}


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """tests/_artifacts/screenshots/, emptied at the start of each run (gitignored)."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS


@dataclass
class Watch:
    """What a page did that it should not: console errors, script errors, outside requests."""

    host: str
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def drain(self) -> list[str]:
        out = (
            [f"console error: {e}" for e in self.errors]
            + [f"request to another host: {u}" for u in self.foreign]
            + [f"failed request: {u}" for u in self.failed]
        )
        self.errors.clear()
        self.foreign.clear()
        self.failed.clear()
        return out


@pytest.fixture
def watched(page, site_url):
    """The Playwright page, with every request outside 127.0.0.1 blocked and recorded."""
    watch = Watch(host=urlsplit(site_url).netloc)

    def route(r):
        url = r.request.url
        if urlsplit(url).netloc == watch.host or url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            watch.foreign.append(url)
            r.abort()

    page.context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and watch.errors.append(m.text))
    page.on("pageerror", lambda e: watch.errors.append(f"uncaught {e}"))
    page.on(
        "response",
        lambda resp: resp.status >= 400 and watch.failed.append(f"{resp.status} {resp.url}"),
    )
    return page, watch


def _slug(path: str) -> str:
    return path.strip("/").replace("/", "-").removesuffix(".html") or "index"


@pytest.fixture(scope="session")
def slug():
    """A file name for a page path: '' -> 'index', 'sources/a/' -> 'sources-a'."""
    return _slug


@pytest.fixture(scope="session")
def mkdocs_build():
    """`build_site(out, strict=True, env=None) -> log` as a fixture (conftest is not imported)."""
    return build_site
