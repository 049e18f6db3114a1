"""Every statement on a generated page carries a citation.

Checked on every page the generator writes, from the seeds and from the synthetic cluster:
- any line that repeats article text (a run of 5 words from any sentence) cites a sentence;
- on explainer pages, every list item and table row cites a sentence, unless it is pure
  navigation (links to our own pages) or says plainly that nothing was found.
A citation is a footnote reference `[^n]` or a link to a sentence anchor `sources/<id>.md#s<n>`.
"""

import html
import re
from pathlib import Path

import pytest
from explainer.site import build_site

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = {"seeds": ROOT / "seeds", "synthetic": ROOT / "tests" / "data" / "synthetic"}
CITATION = re.compile(r"\[\^\d+\]|sources/[\w-]+\.md#s\d+")
WORD = re.compile(r"\w+")
RUN = 5  # words; long enough that a shared run is the article's wording, not a common phrase


def _runs(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _statement_lines(page: str):
    for n, line in enumerate(page.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith(("#", "[^", "!!!", "???", "===", "<", "{:", "---")):
            continue
        if re.fullmatch(r"\|?[\s:|-]+\|?", s):  # table separator
            continue
        yield n, line


@pytest.fixture(scope="module", params=sorted(CLUSTERS))
def built(request):
    site = build_site(CLUSTERS[request.param])
    runs = set()
    for f in site.extraction.articles:
        for s in f.sentences:
            runs |= _runs(s.text)
    return request.param, site, runs


def test_article_text_is_always_cited(built):
    name, site, runs = built
    bad = []
    for path, page in site.pages.items():
        if path.startswith(("sources/", "about/build-report")):
            continue  # the sources themselves, and the report about reading them
        for n, line in _statement_lines(page):
            if _runs(html.unescape(line)) & runs and not CITATION.search(line):
                bad.append(f"{path}:{n}: {line.strip()[:120]}")
    assert not bad, f"{name}: uncited article text:\n" + "\n".join(bad)


def _is_navigation(line: str) -> bool:
    without_links = re.sub(r"\[[^\]]*\]\([^)]*\)", "", line)
    return "](" in line and not re.search(r"[A-Za-z]{3,}", re.sub(r"[*_|`-]", "", without_links))


def test_every_list_item_and_table_row_is_cited(built):
    name, site, _ = built
    bad = []
    for path, page in site.pages.items():
        if path.startswith(("sources/", "about/")):
            continue
        in_table = False
        for n, line in _statement_lines(page):
            s = line.strip()
            is_row = s.startswith("|")
            header = is_row and not in_table
            in_table = is_row
            is_item = bool(re.match(r"([-*+]|\d+\.)\s", s))
            if header or not (is_row or is_item) or _is_navigation(s):
                continue
            if not CITATION.search(s):
                bad.append(f"{path}:{n}: {s[:120]}")
    assert not bad, f"{name}: uncited list items / table rows:\n" + "\n".join(bad)
