"""Seed corpus for the people/quotes tests, plus pure scoring helpers the evaluation imports.

Uses the real ingestion (explainer.seeds) when it exists; until then a minimal line reader
(one block per line, short unpunctuated lines are headings, "by X" is the byline) so the
people and quote stages can be measured on their own.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from explainer.ingest.sentences import split_sentences
from explainer.model import Article, Block, Sentence

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
        id=path.stem, path=path.name, sha="", author=author, language="en", blocks=tuple(blocks)
    )


def seed_corpus(seeds: Path = SEEDS) -> tuple[list[Article], dict[str, tuple[Sentence, ...]]]:
    try:
        from explainer.ingest.seeds import read_seeds
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


def make_article(article_id: str, text: str, author: str | None = None) -> Article:
    """A hand-made article: one block per line; "> " marks an unquoted quote block, "-- " its
    credit line, "## " a heading."""
    kinds = {"> ": "quote_block", "-- ": "attribution", "## ": "heading"}
    blocks = []
    for line in text.splitlines():
        if not line.strip():
            continue
        kind = next((k for p, k in kinds.items() if line.startswith(p)), "paragraph")
        body = line[len(next((p for p in kinds if line.startswith(p)), "")) :]
        blocks.append(Block(kind, body.strip()))
    return Article(
        id=article_id, path=f"{article_id}.txt", sha="", author=author, language="en",
        blocks=tuple(blocks),
    )


def score_people(people, gold: list[dict]) -> dict:
    """Recall/precision of story people (bylines scored apart) and role accuracy where the
    text states a role. A predicted person matches a gold one by canonical name or alias."""
    story = [p for p in people if not p.is_author]
    gold_story = [g for g in gold if not g.get("is_author")]

    def match(g: dict):
        names = {norm(g["name"])} | {norm(a) for a in g.get("aliases") or []}
        return next((p for p in story if norm(p.name) in names), None)

    hits = {g["name"]: match(g) for g in gold_story}
    found = [h for h in hits.values() if h is not None]
    gold_names = set()
    for g in gold_story:
        gold_names |= {norm(g["name"])} | {norm(a) for a in g.get("aliases") or []}
    false = sorted(p.name for p in story if norm(p.name) not in gold_names)
    with_role = [g for g in gold_story if g.get("role")]
    role_ok = sum(
        1 for g in with_role
        if hits[g["name"]] is not None and _role_match(hits[g["name"]].role, g["role"])
    )
    with_side = [g for g in gold_story if g.get("side")]
    side_ok = sum(1 for g in with_side if hits[g["name"]] and hits[g["name"]].side == g["side"])
    authors = {norm(p.name) for p in people if p.is_author}
    gold_authors = {norm(g["name"]) for g in gold if g.get("is_author")}
    p, r = prf(len(found), len(story), len(gold_story))
    return {
        "precision": p, "recall": r, "missed": sorted(n for n, h in hits.items() if h is None),
        "false": false, "role": role_ok / len(with_role) if with_role else 1.0,
        "side": side_ok / len(with_side) if with_side else 1.0,
        "authors_right": authors == gold_authors,
    }


def _role_match(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    a, b = pred.lower(), gold.lower()
    return a in b or b in a


def score_quotes(quotes_by_file: dict, gold: list[dict]) -> dict:
    """Quotes found (precision, recall) and speaker right (over all gold quotes, so a missed
    quote counts as a wrong speaker). A prediction matches a gold entry in the same file when
    the gold sentence is inside its sentence and the quoted words are equal after norm()."""
    used: set[int] = set()
    tp = speaker_ok = 0
    missed, wrong = [], []
    preds = [(f, q) for f, qs in sorted(quotes_by_file.items()) for q in qs]
    for g in gold:
        hit = next(
            (
                i for i, (f, q) in enumerate(preds)
                if i not in used and f == g["file"]
                and norm(g.get("sentence") or g["quote"]) in norm(q.sentence.text)
                and norm(q.text) == norm(g["quote"])
            ),
            None,
        )
        if hit is None:
            missed.append(f'{g["file"]}: {g["quote"]}')
            continue
        used.add(hit)
        tp += 1
        q = preds[hit][1]
        if q.speaker == g.get("speaker"):
            speaker_ok += 1
        else:
            wrong.append(f'{g["quote"]}: {q.speaker} (gold {g.get("speaker")})')
    extra = [f"{f}: {q.text}" for i, (f, q) in enumerate(preds) if i not in used]
    p, r = prf(tp, len(preds), len(gold))
    return {"precision": p, "recall": r, "speaker": speaker_ok / len(gold) if gold else 1.0,
            "missed": missed, "extra": extra, "wrong_speaker": wrong}
