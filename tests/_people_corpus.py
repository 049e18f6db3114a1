"""Seed corpus for the people/quotes tests, plus pure scoring helpers the evaluation imports.

Uses the real ingestion (explainer.seeds) when it exists; until then a minimal line reader
(one block per line, short unpunctuated lines are headings, "by X" is the byline) so the
people and quote stages can be measured on their own.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from explainer.model import Article, Block, Sentence
from explainer.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"


def load_gold(name: str) -> list[dict]:
    return yaml.safe_load((GOLD / name).read_text(encoding="utf-8")) or []


def _fallback_article(path: Path) -> Article:
    author = None
    blocks = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        m = re.match(r"^[Bb]y (.+?)(?: - .*)?$", line)
        if m and author is None and len(line.split()) <= 8:
            author = m.group(1)
            continue
        short = len(line.split()) <= 14 and not re.search(r"[.!?:”\"’]$", line)
        blocks.append(Block("heading" if short else "paragraph", line.lstrip("• ")))
    return Article(
        id=path.stem, path=path.name, sha="", title=None, outlet=None, author=author,
        published=None, url=None, language="en", kind=None, translated_from=None,
        standfirst=None, blocks=tuple(blocks),
    )


def seed_corpus(seeds: Path = SEEDS) -> tuple[list[Article], dict[str, tuple[Sentence, ...]]]:
    try:
        from explainer.seeds import read_seeds
    except ImportError:
        articles = [_fallback_article(p) for p in sorted(seeds.glob("*.txt"))]
    else:
        articles, _problems = read_seeds(seeds)
    return articles, {a.path: split_sentences(a) for a in articles}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float]:
    """Precision and recall; an empty side counts as perfect (nothing to get wrong)."""
    return (tp / n_pred if n_pred else 1.0), (tp / n_gold if n_gold else 1.0)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2011", "-").replace("’", "'")).strip(" ,.")
