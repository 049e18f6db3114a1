"""Rows of the Compare page that need no page context: word choices and standfirst sentences.

Reads: the Comparison's word choices, the Extraction. Produces: plain values for compare.md.j2.
"""

from __future__ import annotations

from explainer.model import Sentence
from explainer.pages._context import PageContext

# Sources named (and cited) for one shared claim or one discrepancy.
EVIDENCE_SHOWN = 8
WORDS_SHOWN = 20


def word_rows(cmp, names: dict[str, str]) -> list[dict]:
    """The word-choice rows: per subject, each source's terms (the sentences cited)."""
    out = []
    for w in cmp.word_choice[:WORDS_SHOWN]:
        per_source: dict[str, list] = {}
        for v in w.terms:
            per_source.setdefault(names.get(v.source, v.source), []).append(v)
        out.append(
            {
                "subject": w.subject,
                "rows": [
                    {
                        "source": src,
                        "terms": [{"value": v.value, "sentence": v.sentence} for v in vs],
                    }
                    for src, vs in sorted(per_source.items())
                ][:EVIDENCE_SHOWN],
            }
        )
    return out


def sentence_like(ctx: PageContext, article_id: str, text: str | None) -> Sentence | None:
    """The sentence repeating a standfirst, when ingestion kept it in the body too. A standfirst
    that is no sentence cannot be cited, so the page leaves it out (the source page has it)."""
    want = " ".join((text or "").split())
    for f in ctx.extraction.articles:
        if f.article.id == article_id:
            return next((s for s in f.sentences if " ".join(s.text.split()) == want), None)
    return None
