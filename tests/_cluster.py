"""Load a folder of articles for the kind/topic/compare tests.

Uses the real ingestion (`explainer.seeds.read_seeds`) when it exists; until then a crude
line-based reader stands in, good enough for tests keyed by sentence substrings.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

from explainer.ingest.sentences import split_sentences
from explainer.model import Article, Block, Sentence

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SYNTHETIC = ROOT / "tests" / "data" / "synthetic"
HELDOUT = ROOT / "tests" / "data" / "heldout_cluster"
# Every cluster the repo has, for the tests that must hold on all of them (the real blind
# clusters are globbed: one added later is covered without editing a test).
EVERY_CLUSTER = {
    "seeds": SEEDS,
    "synthetic": SYNTHETIC,
    "heldout": HELDOUT,
    **{f"clusters/{p.parent.name}": p for p in sorted(ROOT.glob("tests/clusters/*/seeds"))},
}

_SKIP = re.compile(
    r"^(Home »|You may also like|Leave a Comment|This site uses|Copy link|Source:|Published |"
    r"[Bb]y [A-Z]|News$|World$)"
)


def _crude_article(path: Path) -> Article:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines = [ln for ln in lines if not _SKIP.match(ln)]
    title = lines[0]
    blocks: list[Block] = []
    for ln in lines[1:]:
        if ln == title:
            continue
        if ln.startswith(("•", "- ")):
            blocks.append(Block("item", ln.lstrip("•- ").strip()))
        elif len(ln.split()) <= 9 and not re.search(r"[.!?:”\"]$", ln):
            prev = blocks[-1] if blocks else None
            kind = "heading"
            if prev and prev.kind == "paragraph" and not re.search(r"[“\"]", prev.text) and (
                re.match(r"(President|Prime Minister|Minister) ", ln)
            ):
                kind = "attribution"
                blocks[-1] = Block("quote_block", prev.text)
            blocks.append(Block(kind, ln))
        else:
            blocks.append(Block("paragraph", ln))
    stem = path.stem
    return Article(
        id=stem.replace("_", "-"), path=path.name,
        sha=hashlib.sha256(path.read_bytes()).hexdigest(),
        title=title, language="en", blocks=tuple(blocks),
    )


@cache
def load(folder: Path) -> tuple[tuple[Article, tuple[Sentence, ...]], ...]:
    try:
        from explainer.ingest.seeds import read_seeds
    except ImportError:
        arts = [_crude_article(p) for p in sorted(folder.glob("*.txt"))]
    else:
        arts, _ = read_seeds(folder)
    return tuple((a, split_sentences(a)) for a in sorted(arts, key=lambda a: a.path))


@cache
def by_file(folder: Path) -> dict[str, tuple[Article, tuple[Sentence, ...]]]:
    """Keyed by the seed file's stem prefix ('000', '001', ...). Cached: treat as read-only."""
    return {a.path.split("_")[0]: (a, s) for a, s in load(folder)}
