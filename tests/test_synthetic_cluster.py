"""The benchmark's synthetic clusters: deterministic, real-seed shaped, cleanly ingested."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from explainer.model import ERROR
from explainer.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
# Real seeds average ~4.8 KB; the generator should stay in the same range so MB/s compare.
MIN_MEAN_KB, MAX_MEAN_KB = 3.0, 7.0


def _module():
    path = ROOT / "scripts" / "_synthetic_cluster.py"
    spec = importlib.util.spec_from_file_location("_synthetic_cluster", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic():
    return _module()


@pytest.mark.parametrize("n", [1, 10, 100])
def test_same_n_same_bytes(synthetic, n):
    first, second = synthetic.generate(n), synthetic.generate(n)
    assert first == second
    assert len(first) == n
    assert list(first) == sorted(first)


def test_other_n_other_cluster(synthetic):
    assert synthetic.generate(10) != synthetic.generate(11)


def test_write_is_generate(synthetic, tmp_path):
    paths = synthetic.write(10, tmp_path)
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    assert texts == synthetic.generate(10)


QUALIFIED = r"\b(nearly|at least|more than|around|some|about|almost|over) \d[\d,]*"
TITLED = r"\b(Foreign|Trade|Defense|Agriculture|Prime) Minister [A-Z]\w+ [A-Z]\w+"
SHAPES = [  # (what, pattern) every 100-article cluster must contain somewhere
    ("breadcrumb + byline with a title", r"(?m)^Home » World » .+\n\n.+\n\nBy [A-Z]\w+ [A-Z]\w+ -"),
    ("published line", r"(?m)^Published \d\d/\d\d/2026 \d\d:\d\d$"),
    ("staff credit + Source line", r"(?m)^By .+ Staff$\n\nSource: \S+\.example$"),
    ("bullet list", r"(?m)^(  • |- |\* )[A-Z]"),
    ("curly quote with a speech verb", r"”,? [^.]*\b(said|told reporters|warned|declared|added)\b"),
    ("figure with a qualifier", QUALIFIED),
    ("figure list", r"hectares of crops: [\d,]+ in \w+"),
    ("day-month-year date", r"\b\d{1,2} (January|February|March|April|May|June|July|August"
     r"|September|October|November|December) 202\d\b"),
    ("weekday with the day number", r"\bthis [A-Z][a-z]+day \(\d{1,2}\)"),
    ("approximate date", r"\b(early|mid|late) [A-Z][a-z]+"),
    ("person with a title", TITLED),
    ("abbreviations", r"\bMr\. [A-Z]"),
]


@pytest.mark.parametrize("what, pattern", SHAPES, ids=[s[0] for s in SHAPES])
def test_cluster_has_the_real_seed_shapes(synthetic, what, pattern):
    texts = synthetic.generate(100).values()
    assert any(re.search(pattern, t) for t in texts), f"no article has a {what}"


def test_size_like_real_articles(synthetic):
    texts = list(synthetic.generate(100).values())
    mean_kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1024
    print(f"mean article size: {mean_kb:.1f} KB")
    assert MIN_MEAN_KB <= mean_kb <= MAX_MEAN_KB


def test_pipeline_ingests_cluster(synthetic, tmp_path):
    synthetic.write(10, tmp_path)
    x = extract(tmp_path)
    errors = [p.line() for p in x.problems if p.severity == ERROR]
    assert errors == []
    assert len(x.articles) == 10
    assert all(f.article.title for f in x.articles), "every article has a headline"
    assert all(len(f.sentences) >= 8 for f in x.articles)
    counts = {
        "quotes": sum(len(f.quotes) for f in x.articles),
        "figures": sum(len(f.figures) for f in x.articles),
        "dates": sum(len(f.dates) for f in x.articles),
        "people": len(x.people),
    }
    print(counts)
    assert all(v > 0 for v in counts.values()), counts
