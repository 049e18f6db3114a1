"""The five real seeds, as a reader meets them on the built pages (issue 2, "Done when")."""

import html
import re
from pathlib import Path

import pytest
from explainer.site import build_site

ROOT = Path(__file__).resolve().parents[1]

# Boilerplate printed in the seed files (read off the files by hand). It may be listed on the
# build report, which says what was stripped, and nowhere else.
BOILERPLATE = [
    "Home »",
    "You may also like",
    "Leave a Comment",
    "This site uses Akismet",
    "Copy link",
    "Donald TrumpGustavo Petro",
    "Source: vermelho",
    "Published 02/04/2026",
    "| Edited",
]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {p: html.unescape(t) for p, t in build_site(ROOT / "seeds").pages.items()}


def _without_provenance(page: str) -> str:
    """Drop the "(how it was inferred)" notes of a source page's metadata box, which may quote
    the line a date was read from."""
    return re.sub(r"<small>\(.*?\)</small>", "", page)


@pytest.mark.parametrize("text", BOILERPLATE)
def test_no_boilerplate_outside_the_build_report(pages, text):
    found = [p for p, t in pages.items() if text in _without_provenance(t)]
    assert found in ([], ["about/build-report.md"])
    assert text.split()[0] in pages["about/build-report.md"]


@pytest.mark.parametrize(
    "seed, title, outlet, author, published",
    [
        (
            "000_ba048709ca02cb35",
            "Petro Meets Trump in Washington: Drug Trafficking & Agenda Details",
            "unknown",
            "Ahmed Hassan",
            "unknown",
        ),
        (
            "001_02cc8e5043ff52c9",
            "Trump and Colombia’s Petro Hold High-Stakes Washington Talks Amid "
            "Deep Diplomatic Strains",
            "unknown",
            "unknown",
            "unknown",
        ),
        (
            "002_e4748bc9d6f86dc3",
            "Trump to host Colombia’s Gustavo Petro at White House amid drug and security tensions",
            "Torontoer",
            "unknown",
            "unknown",
        ),
        (
            "003_d7dc2b1ff078896a",
            "Petro-Trump Meeting: A Turning Point for Colombia & Latin America",
            "unknown",
            "Ahmed Hassan",
            "unknown",
        ),
        (
            "004_78bcf8b5b94587eb",
            "Untitled article (vermelho.org.br, 4 February 2026)",
            "vermelho.org.br",
            "unknown",
            "4 February 2026, 11:20",
        ),
    ],
)
def test_source_page_metadata(pages, seed, title, outlet, author, published):
    page = pages[f"sources/{seed}.md"]
    assert page.splitlines()[0] == f"# {title}"
    for field, value in (("Outlet", outlet), ("Author", author), ("Published", published)):
        assert f"| {field} | {value}" in page, (field, value)


def test_unknown_fields_are_reported_not_invented(pages):
    report = pages["about/build-report.md"]
    assert "001_02cc8e5043ff52c9.txt: expected a byline (author)" in report
    assert "004_78bcf8b5b94587eb.txt: expected a headline (title)" in report
