"""The Reactions page: what was said, grouped by speaker; one remark, every outlet's wording.

Reads: the quotes of every article (speaker, remark id, kind) and the people (role, side).
Produces: reactions.md. Limits: a speaker's group (principal / official / analyst / other)
comes from the role the articles print (see `_speakers`); remarks are "the same" only when the
remark-linking stage gave them one id.
"""

from __future__ import annotations

from collections import Counter

from explainer.model import Quote
from explainer.pages import _speakers
from explainer.pages._context import PageContext

PATH = "reactions.md"

# Remarks shown per speaker before the rest fold into a "N more" box; eight keeps the page
# scannable for a leader quoted in every article of a large cluster.
REMARKS_SHOWN = 8
# Unattributed remarks shown before folding.
UNATTRIBUTED_SHOWN = 10
# Hard caps, so a cluster of a thousand articles gives a page a reader (and Markdown) can take:
# the most quoted speakers, remarks per speaker and unattributed remarks (the folds included),
# wordings per remark and sentences cited per wording. Every quote is on its source page and in
# the downloadable data. The seeds and the test clusters stay under every cap.
SPEAKERS_SHOWN = 30
REMARKS_MAX = 10
UNATTRIBUTED_MAX = 30
WORDINGS_SHOWN = 3
CITED_SHOWN = 3


def _order(q: Quote) -> tuple[str, int, int, str]:
    """Article order: by sentence, then where the quote stands in it (a quotation split in
    two reads in its own order), the text only to break ties."""
    return (q.sentence.article_id, q.sentence.index, q.sentence.text.find(q.text), q.text)


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def _remarks(quotes: list[Quote], labels: dict[str, str]) -> list[dict]:
    """Quotes -> remarks; each remark lists its distinct wordings with who printed them."""
    by_remark: dict[object, list[Quote]] = {}
    for q in sorted(quotes, key=_order):
        key = ("r", q.remark) if q.remark is not None else ("q", q.sentence.key, q.text)
        by_remark.setdefault(key, []).append(q)
    remarks = []
    for qs in by_remark.values():
        wordings: dict[str, dict] = {}
        for q in qs:
            w = wordings.setdefault(
                _norm(q.text), {"text": q.text, "sentences": [], "outlets": [], "written": False}
            )
            if q.sentence not in w["sentences"]:
                w["sentences"].append(q.sentence)
            label = labels.get(q.sentence.article_id, q.sentence.article_id)
            if label not in w["outlets"]:
                w["outlets"].append(label)
            w["written"] = w["written"] or q.kind == "written"
        outlets = {labels.get(q.sentence.article_id, q.sentence.article_id) for q in qs}
        for w in wordings.values():
            w["sentences"] = w["sentences"][:CITED_SHOWN]
            if len(w["outlets"]) > CITED_SHOWN:
                w["outlets"] = w["outlets"][:CITED_SHOWN] + [
                    f"{len(w['outlets']) - CITED_SHOWN} more"
                ]
        remarks.append(
            {
                "wordings": list(wordings.values())[:WORDINGS_SHOWN],
                "outlets": len(outlets),
                "first": _order(qs[0]),
            }
        )
    remarks.sort(key=lambda r: (-r["outlets"], r["first"]))
    return remarks


def _speaker(name: str, quotes: list[Quote], ctx: PageContext, people: dict) -> dict:
    person = people.get(name)
    remarks = _remarks(quotes, ctx.labels)
    return {
        "name": name,
        "anchor": _speakers.anchor(name),
        "role": person.role if person else None,
        "role_sentence": person.role_sentence if person else None,
        "side": person.side if person else None,
        # only people on the Who's who page have an anchor there
        "listed": person is not None and not person.is_author,
        "count": len(quotes),
        "remarks": remarks[:REMARKS_SHOWN],
        "more": remarks[REMARKS_SHOWN:REMARKS_MAX],
        "hidden": max(0, len(remarks) - REMARKS_MAX),
    }


def groups(ctx: PageContext) -> tuple[list[dict], list[dict], int]:
    """(speaker groups in page order, unattributed remarks, number of quotes)."""
    ex = ctx.extraction
    quotes = [q for f in ex.articles for q in f.quotes]
    people = _speakers.people_by_name(ex)
    counts: Counter = Counter(q.speaker for q in quotes if q.speaker)
    by_speaker: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.speaker:
            by_speaker.setdefault(q.speaker, []).append(q)
    grouped: dict[str, list[dict]] = {key: [] for key, _ in _speakers.GROUPS}
    for name in sorted(by_speaker, key=lambda n: (-counts[n], n))[:SPEAKERS_SHOWN]:
        key = _speakers.group_of(people.get(name), counts)
        grouped[key].append(_speaker(name, by_speaker[name], ctx, people))
    out = [
        {"title": ctx.tr.word(title), "speakers": grouped[key]}
        for key, title in _speakers.GROUPS
        if grouped[key]
    ]
    unattributed = _remarks([q for q in quotes if not q.speaker], ctx.labels)
    return out, unattributed, len(quotes)


def build(ctx: PageContext) -> str:
    speaker_groups, unattributed, total = groups(ctx)
    named = {q.speaker for f in ctx.extraction.articles for q in f.quotes if q.speaker}
    return ctx.render(
        "reactions.md.j2",
        PATH,
        groups=speaker_groups,
        unattributed=unattributed[:UNATTRIBUTED_SHOWN],
        unattributed_more=unattributed[UNATTRIBUTED_SHOWN:UNATTRIBUTED_MAX],
        unattributed_hidden=max(0, len(unattributed) - UNATTRIBUTED_MAX),
        total=total,
        speakers=len(named),
        speakers_shown=sum(len(g["speakers"]) for g in speaker_groups),
        speakers_hidden=len(named) - sum(len(g["speakers"]) for g in speaker_groups),
    )
