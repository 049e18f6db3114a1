"""Hostile and broken seeds: nothing lost, nothing injected.

Each case adds one bad seed to a copy of the real seeds/ and runs the CLI
(`python -m explainer --seeds DIR --out DIR --full-text`, so every sentence is published):
it must complete, report a one-line problem naming the file when the file is unusable, still
publish a page for every good seed, and write no markup that came from article text (checked
on the HTML the site's own Markdown settings make of the pages). One MkDocs build (non-strict,
EXPLAINER_SEEDS) with all the bad seeds together checks the same on the themed site.
The corpus and what each case expects: tests/data/hostile/README.md.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _site_markdown import JINJA_EVALUATED, injected_markup, site_markdown

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "data" / "hostile"
SEEDS = ROOT / "seeds"
SEED_SUFFIXES = {".txt", ".md", ".html"}
GOOD = sorted(p.name for p in SEEDS.iterdir() if p.suffix in SEED_SUFFIXES)
CLI_TIMEOUT_S = 60  # the five seeds take about 0.5 s; a stuck stage should fail, not hang CI
HUGE_BYTES = 5 * 1024 * 1024
# A 5 MB article is 100 long articles; building it may take a while but not minutes.
HUGE_TIMEOUT_S = 90
MOJIBAKE = re.compile(r"Ã.|Â.|â€")

def _copy(name: str):
    def make(d: Path) -> str:
        shutil.copyfile(HOSTILE / name, d / name)
        return name

    return make


def _encoded(name: str, encoding: str, newline: str = "\n"):
    def make(d: Path) -> str:
        text = (HOSTILE / "encoded_source.txt").read_text(encoding="utf-8")
        (d / name).write_bytes(text.replace("\n", newline).encode(encoding))
        return name

    return make


def _binary(d: Path) -> str:
    # A PNG signature followed by every byte value: no text encoding makes sense of it.
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return "binary.txt"


def _empty(d: Path) -> str:
    (d / "empty.txt").write_bytes(b"")
    return "empty.txt"


def _duplicate(d: Path) -> str:
    name = "zz_duplicate_" + GOOD[0]
    shutil.copyfile(SEEDS / GOOD[0], d / name)
    return name


def _utf16_bom(d: Path) -> str:
    text = (HOSTILE / "encoded_source.txt").read_text(encoding="utf-8")
    (d / "utf16_bom.txt").write_bytes(text.encode("utf-16"))  # Python writes the BOM
    return "utf16_bom.txt"


# case -> (make the seed in a folder and return its name, what must happen)
#   "problem": a one-line problem names the file;  "publish": it gets its own source page.
CASES = {
    "empty": (_empty, "problem"),
    "whitespace_only": (_copy("whitespace_only.txt"), "problem"),
    "binary": (_binary, "problem"),
    "duplicate": (_duplicate, "problem"),
    "non_english": (_copy("non_english.txt"), "problem"),
    "latin1": (_encoded("latin1.txt", "latin-1"), "publish"),
    "utf16_bom": (_utf16_bom, "publish"),
    "crlf": (_encoded("crlf.txt", "utf-8", "\r\n"), "publish"),
    "injection_html": (_copy("injection_html.txt"), "publish"),
    "injection_markdown": (_copy("injection_markdown.txt"), "publish"),
    "injection_jinja": (_copy("injection_jinja.txt"), "publish"),
}
# Words only the non-English article contains: finding them outside its own source page means
# it was mined (its sentences cited as facts).
NON_ENGLISH_WORDS = ("Verkehrsministerin", "Arbeitsplätze", "Hafenabkommen")


def _seeds_with(tmp_path: Path, *makers) -> tuple[Path, list[str]]:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return seeds, [make(seeds) for make in makers]


def _run_cli(seeds: Path, out: Path, timeout: float = CLI_TIMEOUT_S):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    cmd = [sys.executable, "-m", "explainer", "--seeds", str(seeds), "--out", str(out),
           "--full-text"]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)


def _stem(name: str) -> str:
    return Path(name).stem


def _problem_lines(log: str, name: str) -> list[str]:
    return [line for line in log.splitlines() if name in line]


def _check_pages(out: Path) -> list[str]:
    """Markup from article text in any generated page, as the site's Markdown renders it."""
    found = []
    for md in sorted(out.rglob("*.md")):
        html = site_markdown(md.read_text(encoding="utf-8"))
        found += [f"{md.relative_to(out)}: {f}" for f in injected_markup(html)]
    return found


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_seed_cli(tmp_path, case):
    make, expect = CASES[case]
    seeds, [name] = _seeds_with(tmp_path, make)
    out = tmp_path / "out"
    proc = _run_cli(seeds, out)
    assert proc.returncode == 0, f"CLI failed on {name}:\n{proc.stderr[-3000:]}"

    missing = [g for g in GOOD if not (out / "sources" / f"{_stem(g)}.md").is_file()]
    assert missing == [], f"good seeds lost when {name} was added: {missing}"

    lines = _problem_lines(proc.stderr, name)
    if expect == "problem":
        assert lines, f"no problem names {name}; stderr:\n{proc.stderr[-2000:]}"
        assert any("Fix:" in line for line in lines), f"problem for {name} has no fix: {lines}"
    else:
        page = out / "sources" / f"{_stem(name)}.md"
        assert page.is_file(), f"{name} was not published; problems: {lines}"
        text = page.read_text(encoding="utf-8")
        assert not MOJIBAKE.search(text), f"{name}: mis-decoded text: {MOJIBAKE.search(text)}"
        if case in {"latin1", "utf16_bom", "crlf"}:
            assert "Brønsted" in text or "Muñoz" in text, f"{name}: accented names lost"
            assert "\r" not in text

    if case == "non_english":
        mined = [
            f"{md.relative_to(out)}: {w}"
            for md in sorted(out.rglob("*.md"))
            # Its own source page and the list of sources may name it; nothing else may.
            if md.relative_to(out).parts[0] not in {"sources", "about"}
            for w in NON_ENGLISH_WORDS
            if w in md.read_text(encoding="utf-8")
        ]
        assert mined == [], f"sentences of the non-English article were mined: {mined}"

    found = _check_pages(out)
    assert found == [], "\n".join(found)


def test_huge_seed_completes(tmp_path):
    para = (HOSTILE / "encoded_source.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    seeds, _ = _seeds_with(tmp_path)
    repeats = HUGE_BYTES // len(para.encode("utf-8")) + 1
    (seeds / "huge.txt").write_text("A very long article\n\n" + (para + "\n\n") * repeats)
    out = tmp_path / "out"
    start = time.monotonic()
    try:
        proc = _run_cli(seeds, out, timeout=HUGE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"a 5 MB seed did not finish within {HUGE_TIMEOUT_S} s")
    took = time.monotonic() - start
    print(f"5 MB seed: {took:.1f} s")
    assert proc.returncode == 0, proc.stderr[-3000:]
    missing = [g for g in GOOD if not (out / "sources" / f"{_stem(g)}.md").is_file()]
    assert missing == []
    published = (out / "sources" / "huge.md").is_file()
    reported = _problem_lines(proc.stderr, "huge.txt")
    assert published or reported, "huge.txt: neither published nor reported"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """One non-strict MkDocs build of the real seeds plus every bad seed (except the huge one)."""
    tmp = tmp_path_factory.mktemp("hostile")
    seeds, names = _seeds_with(tmp, *(make for make, _ in CASES.values()))
    site = tmp / "site"
    env = {**os.environ, "EXPLAINER_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1",
           "SOURCE_DATE_EPOCH": "1767225600"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, f"non-strict build failed:\n{proc.stderr[-4000:]}"
    return site, proc.stderr, dict(zip(CASES, names, strict=True))


def test_hostile_site_builds_and_reports_each_bad_seed(hostile_site):
    site, log, names = hostile_site
    missing = [g for g in GOOD if not (site / "sources" / _stem(g) / "index.html").is_file()]
    assert missing == [], f"good seeds without a page: {missing}"
    unreported = [
        names[c] for c, (_, expect) in CASES.items()
        if expect == "problem" and not _problem_lines(log, names[c])
    ]
    assert unreported == [], f"no problem logged for {unreported}:\n{log[-3000:]}"
    unpublished = [
        names[c] for c, (_, expect) in CASES.items()
        if expect == "publish" and not (site / "sources" / _stem(names[c]) / "index.html").is_file()
    ]
    assert unpublished == [], f"valid seeds not published: {unpublished}"


def test_hostile_site_has_no_markup_from_article_text(hostile_site):
    site, _, _ = hostile_site
    shown = [h for h in site.rglob("*.html") if "XSSMARK-SCRIPT-QUOTE" in h.read_text("utf-8")]
    assert shown, "no page shows the injected article text at all: the check would be vacuous"
    found = []
    for html in sorted(site.rglob("*.html")):
        text = html.read_text(encoding="utf-8")
        found += [f"{html.relative_to(site)}: {f}" for f in injected_markup(text)]
    for asset in sorted(site.rglob("*")):
        if asset.suffix in {".json", ".csv"} and asset.is_file():
            body = asset.read_text(encoding="utf-8")
            found += [f"{asset.relative_to(site)}: evaluated {s!r}" for s in JINJA_EVALUATED
                      if s in body]
    assert found == [], "\n".join(found)


def test_the_detector_sees_every_payload_when_text_is_not_escaped():
    """Guards the checks above against passing vacuously: raw article text rendered as
    Markdown must trip every kind of finding."""
    raw = "\n\n".join(
        (HOSTILE / n).read_text(encoding="utf-8")
        for n in ("injection_html.txt", "injection_markdown.txt")
    )
    found = "\n".join(injected_markup(site_markdown(raw)))
    for expected in (
        "<script> from article text", "event handler attribute", "a script URL",
        "heading from article Markdown", "table cell from article Markdown",
        "list item from article Markdown", "<li id='fn:xssmark'>", "HTML comment",
        "<abbr>", "admonition from article Markdown", "<summary>", "<dd> definition list",
        "<b> from article text", "<style> from article text", "<img src='xssmark.png'>",
    ):
        assert expected in found, f"detector missed {expected!r}:\n{found}"
