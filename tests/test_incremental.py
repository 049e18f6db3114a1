"""A rebuild after one edit mines only the edited article, and gives what a fresh build gives.

The per-article facts are cached by what their stages read: the article, the cluster's
reference dates, and only the people whose names could occur in that article. A person added by
an edit in one article must not re-mine the others.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import explainer.pipeline as pipeline
import pytest
from explainer.export import extraction_json

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (what the edit appends to one article, why it is a case)
EDITS = [
    ("Harbour Commissioner Zelda Quorn said the plan was “a disaster”. Quorn left.",
     "a new titled person with a quote"),
    ("The talks went on late into the night.", "no new person"),
]


@pytest.mark.parametrize(("added", "why"), EDITS, ids=[e[1] for e in EDITS])
def test_one_edit_mines_one_article(tmp_path, monkeypatch, added, why):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    mined: list[str] = []
    real = pipeline.find_dates

    def counting(sentences, *args):
        mined.append(sentences[0].article_id if sentences else "")
        return real(sentences, *args)

    monkeypatch.setattr(pipeline, "find_dates", counting)
    cache: dict = {}
    pipeline.extract(seeds, cache)
    articles = sorted(p for p in seeds.iterdir() if p.suffix in (".txt", ".md", ".html"))
    target = articles[len(articles) // 2]
    target.write_text(target.read_text(encoding="utf-8").rstrip() + "\n\n" + added + "\n",
                      encoding="utf-8")
    mined.clear()
    again = pipeline.extract(seeds, cache)
    print(f"{why}: re-mined {mined}")
    assert len(mined) == 1, f"{why}: expected only the edited article re-mined, got {mined}"
    assert extraction_json(again) == extraction_json(pipeline.extract(seeds, {}))
