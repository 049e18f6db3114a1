"""Reactions, Who's who, Compare and Method pages: built from hand-made extractions.

The stages are not run here (their own tests measure them): each test builds the smallest
`Extraction` that exercises one layout rule, so the pages are checked on any cluster shape.
"""

from __future__ import annotations

import re

import pytest
from explainer.model import Article, ArticleFacts, Extraction, Person, Quote, Sentence
from explainer.pages import method, reactions, whos_who
from explainer.pages._context import PageContext


def _article(aid: str, outlet: str | None, author: str | None = None) -> Article:
    return Article(
        id=aid, path=f"{aid}.txt", sha=aid, title=f"Title {aid}", outlet=outlet, author=author,
        published="2026-02-04", language="en",
    )


def _sents(aid: str, *texts: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(aid, i, t, i - 1, "paragraph", None) for i, t in enumerate(texts, 1))


A = _sents(
    "a",
    "President Ana Ruiz of Norland said: “We worked well together.”",
    "Minister Bo Lind called the talks “very constructive”.",
    "“It was a start,” one delegate said.",
    "Ruiz, the President of Norland, met Okon.",
)
B = _sents(
    "b",
    "Ruiz said “we worked together well”.",
    "Okon, Southland's leader, said “a fair deal | <b>now</b>”.",
    "Dr. Eve Marsh, an expert at the Sea Institute, said “the deal may hold”.",
)
PEOPLE = (
    Person("Ana Ruiz", ("Ruiz",), "President of Norland", A[3], "Norland", (A[0], A[3], B[0])),
    Person("Bo Lind", ("Lind",), "Minister of Water", A[1], "Norland", (A[1],)),
    Person("Tom Okon", ("Okon",), "Leader of Southland", B[1], "Southland", (A[3], B[1])),
    Person("Eve Marsh", ("Marsh",), "expert at the Sea Institute", B[2], None, (B[2],)),
    Person("Kit Pen", (), None, None, None, (), is_author=True),
)
QUOTES_A = (
    Quote("We worked well together.", "Ana Ruiz", A[0], "said", remark=1),
    Quote("very constructive", "Bo Lind", A[1], "called"),
    Quote("It was a start,", None, A[2], "said"),
)
QUOTES_B = (
    Quote("we worked together well", "Ana Ruiz", B[0], "said", remark=1),
    Quote("a fair deal | <b>now</b>", "Tom Okon", B[1], "said"),
    Quote("the deal may hold", "Eve Marsh", B[2], "said"),
)


def extraction(quotes=True, people=True) -> Extraction:
    return Extraction(
        articles=(
            ArticleFacts(
                _article("a", "Norland Post", "Kit Pen"),
                A,
                "report",
                "test",
                quotes=QUOTES_A if quotes else (),
            ),
            ArticleFacts(
                _article("b", None, "Lu Wen"),
                B,
                "report",
                "test",
                quotes=QUOTES_B if quotes else (),
            ),
        ),
        people=PEOPLE if people else (),
    )


def ctx(ex: Extraction | None = None) -> PageContext:
    return PageContext(ex or extraction(), comparison=None)


def _body(page: str) -> str:
    return page.split("\n[^1]:")[0]


def test_reactions_groups_speakers_principals_first_unattributed_last():
    page = reactions.build(ctx())
    heads = ("## Principals", "## Officials", "## Analysts", "## Not attributed")
    order = [page.index(h) for h in heads]
    assert order == sorted(order)
    assert page.index("### Ana Ruiz") < page.index("### Tom Okon") < page.index("### Bo Lind")
    assert "### Eve Marsh {: #person-eve-marsh }" in page


def test_reactions_variants_of_one_remark_sit_together_each_cited():
    page = reactions.build(ctx())
    block = page[page.index("### Ana Ruiz") : page.index("### Tom Okon")]
    assert "*Worded differently by 2 outlets:*" in block
    assert re.search(r"“We worked well together\.”\[\^\d+\] — Norland Post", block)
    assert re.search(r"“we worked together well”\[\^\d+\] — Lu Wen &#40;outlet unknown&#41;", block)


def test_reactions_escapes_quote_text():
    page = reactions.build(ctx())
    assert "<b>" not in page and "| <" not in page
    assert "&#124;" in page and "&#60;b&#62;" in page


def test_reactions_role_is_cited_and_links_to_whos_who():
    page = reactions.build(ctx())
    role = r"President of Norland · Norland\[\^\d+\] "
    assert re.search(role + r"· \[Who's who\]\(people\.md#person-ana-ruiz\)", page)


def test_reactions_without_quotes_says_so():
    page = reactions.build(ctx(extraction(quotes=False)))
    assert "No quotations were found" in page and "##" not in page


def test_whos_who_sides_roles_and_authors_apart():
    page = whos_who.build(ctx())
    assert page.index("## Norland") < page.index("## Southland") < page.index("## Side not stated")
    row = r'<span id="person-ana-ruiz"></span>\*\*Ana Ruiz\*\*<br>\[2 quotes\]'
    row += r"\(reactions\.md#person-ana-ruiz\) \| President of Norland\[\^\d+\] "
    assert re.search(row, page)
    authors = page[page.index("## Authors") :]
    assert "**Kit Pen** (Norland Post)" in authors and "**Lu Wen**" in authors
    assert "Kit Pen" not in page[: page.index("## Authors")]


def test_whos_who_without_people_says_so():
    page = whos_who.build(ctx(extraction(people=False)))
    assert "No people were found" in page


@pytest.mark.parametrize("module", [reactions, whos_who, method])
def test_every_table_row_and_list_item_with_article_text_is_cited(module):
    page = _body(module.build(ctx()))
    for line in page.splitlines():
        s = line.strip()
        if s.startswith(("> “", "| <span")):
            assert re.search(r"\[\^\d+\]", s), s


# --- Compare the sources -------------------------------------------------------------------


def comparison():
    from explainer.compare._model import (
        Cell,
        Comparison,
        Discrepancy,
        Lede,
        SharedClaim,
        SingleClaim,
        SourceProfile,
        Variant,
        WordChoice,
    )

    profiles = (
        SourceProfile(
            "Norland Post",
            "Norland Post",
            ("a",),
            ("Kit Pen",),
            ("2026-02-04",),
            ("report",),
            False,
            40,
            3,
            1,
            (("outcome", 2),),
        ),
        SourceProfile(
            "by Lu Wen",
            "by Lu Wen",
            ("b",),
            ("Lu Wen",),
            ("",),
            ("preview",),
            True,
            30,
            3,
            0,
            (("reactions", 1),),
        ),
    )
    return Comparison(
        profiles=profiles,
        ledes=(
            Lede("Norland Post", "a", "Talks | held", None, A[0]),
            Lede("by Lu Wen", "b", None, "A <i>dek</i>", None),
        ),
        topics=("outcome", "reactions"),
        matrix=(
            Cell("outcome", "Norland Post", (A[0], A[3])),
            Cell("outcome", "by Lu Wen", ()),
            Cell("reactions", "Norland Post", ()),
            Cell("reactions", "by Lu Wen", (B[1],)),
        ),
        shared=(SharedClaim((A[0], B[0]), ("Norland Post", "by Lu Wen"), ("Ruiz",), 0.4),),
        single=(SingleClaim("by Lu Wen", B[2], ("the deal",)),),
        discrepancies=(
            Discrepancy(
                "quote",
                "Ana Ruiz",
                (
                    Variant("Norland Post", "We worked well", A[0]),
                    Variant("by Lu Wen", "we worked together", B[0]),
                ),
            ),
        ),
        word_choice=(
            WordChoice(
                "Tom Okon",
                (Variant("Norland Post", "met", A[3]), Variant("by Lu Wen", "said", B[1])),
            ),
        ),
    )


def test_compare_page_sections_in_order_and_every_item_cited():
    from explainer.pages import compare_page

    page = compare_page.build(PageContext(extraction(), comparison()))
    heads = [
        "## The sources",
        "## Headlines and ledes",
        "## Coverage by topic",
        "## Reported by several sources",
        "## Reported by one source only",
        "## Where the accounts differ",
        "## Word choice",
    ]
    assert [page.index(h) for h in heads] == sorted(page.index(h) for h in heads)
    assert "| outcome | [2](sources/a.md#s1) | 0 |" in page
    assert "<i>" not in page and "Talks &#124; held" in page
    body = _body(page)
    for line in body[body.index("## Reported by several") :].splitlines():
        if line.strip().startswith(("- ", "| ")) and "---" not in line and "Source |" not in line:
            assert re.search(r"\[\^\d+\]", line), line
    assert re.search(
        r"\*\*Ana Ruiz\*\*: “We worked well” \(Norland Post\)\[\^\d+\] · “we worked", page
    )


def test_compare_page_with_nothing_to_compare_says_so():
    from explainer.compare._model import Comparison
    from explainer.pages import compare_page

    empty = Comparison((), (), (), (), (), (), (), ())
    page = compare_page.build(PageContext(Extraction(articles=()), empty))
    assert "No article could be read" in page


# --- How this site is made -----------------------------------------------------------------


def test_method_page_says_not_measured_without_accuracy_file(tmp_path):
    page = method.build(ctx(), accuracy_path=tmp_path / "missing.json")
    assert '!!! warning "Not measured"' in page and "| quotes |" not in page


def test_method_page_shows_measured_rows_and_missing_stages(tmp_path):
    acc = tmp_path / "accuracy.json"
    acc.write_text(
        '{"schema": 1, "rows": [{"set": "seeds", "stage": "quotes", "measure": "quote found",'
        ' "n": 24, "precision": 1.0, "recall": 0.9583, "f1": 0.9787, "floor": 0.95,'
        ' "meets": true}, {"set": "heldout", "stage": "dates", "measure": "explicit date right",'
        ' "n": 20, "accuracy": 0.85}], "missing": [{"set": "synthetic", "stage": "figures",'
        ' "why": "no gold yet"}]}',
        encoding="utf-8",
    )
    page = method.build(ctx(), accuracy_path=acc)
    assert "| quotes | quote found | 24 | 1.00 | 0.96 | 0.98 | 0.95 |" in page
    assert "| dates | explicit date right | 20 | — | — | 0.85 | — |" in page
    assert "Not measured on this set yet (no hand-labelled gold data): figures." in page
    assert "This build read 2 article(s)" in page and "[build report](build-report.md)" in page


def test_method_page_reads_the_committed_measurement():
    assert method.load_accuracy() is not None, "run scripts/evaluate.py --write"


def test_method_page_shows_first_runs_only_when_recorded(tmp_path):
    runs = tmp_path / "first_runs.json"
    runs.write_text(
        '{"rows": [{"set": "blind", "stage": "people", "measure": "person found",'
        ' "precision": 0.37, "recall": 0.88}]}',
        encoding="utf-8",
    )
    page = method.build(ctx(), first_runs_path=runs)
    assert "| other domain | people | person found | 0.37 | 0.88 | — |" in page
    page = method.build(ctx(), first_runs_path=tmp_path / "missing.json")
    assert "First runs" not in page
