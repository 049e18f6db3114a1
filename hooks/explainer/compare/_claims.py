"""Which claims several sources share, and which only one source reports.

Reads: an Extraction and the source of each article. Produces: SharedClaims and SingleClaims.
Limits: "the same claim" is approximated by TF-IDF cosine (bag of words, see similarity.py)
constrained by a shared anchor (a person, place or organisation named in both, the same figure
value, or the same date) and by what they say beyond names (two content words in common, or a
figure or date; across languages, where no content word can be shared, a figure or a date,
or one figure slot with the same value and a shared name: _across.slot_pairs);
paraphrases with few shared words are missed, and two different
claims about the same people can be paired when their wording overlaps a lot. Shown as
"similar reports" with the evidence, never as proof of agreement.
"""

from __future__ import annotations

import re

from explainer.compare._across import slot_pairs
from explainer.compare._measure import quoted, stem, unit_of
from explainer.compare._model import SharedClaim, SingleClaim
from explainer.compare._units import quotes_by_sentence
from explainer.compare._when import date_range, event_day
from explainer.compare.similarity import tfidf, tokens
from explainer.lexicon import ROLE_NOUNS, SPEECH_WORDS
from explainer.model import Extraction, Sentence

# Two sentences from different sources report the same claim at or above this cosine (and
# share an anchor). Chosen by reading the ranked pairs of the seeds and the synthetic cluster:
# every anchored pair above 0.27 was the same claim (lowest: "very constructive" / "constructive",
# 0.278); between 0.2 and 0.27 about half were merely about the same people.
SHARED_MIN = 0.27
# A sentence counts as reported by one source only when no sentence of another source reaches
# this cosine with it: lower than SHARED_MIN, so "single" errs towards fewer, surer items.
SINGLE_MAX = 0.2
# Sentences shorter than this (in words) carry no checkable claim ("Marrow struck a firmer tone.").
MIN_WORDS = 6
# Topics a preview may contribute: what it says happened before it was written. Its agenda,
# outcome and implications sentences are expectations, not reports.
PREVIEW_TOPICS = ("background", "reactions")
# Dates this close to the news peg are the event itself, not a separate checkable claim.
PEG_DAYS = 7
# Besides the cosine, two sentences must share this many content words beyond the names, roles
# ("chief executive", "shipping economist"), speech verbs, dates and numbers, or else a figure
# or a date. A shared name alone pairs different remarks of one person ("X said A" / "X said B":
# all their common words are the name, the role and "said"). 2: every true pair of the seeds and
# the synthetic cluster shares two or more ("capture", "deteriorated"; "lost", "harvest") or a
# date; one shared topic word ("strike", "diversions") joined different opinions of one analyst.
CONTENT_MIN = 2
# On a large cluster a word links a sentence to at most this many others that share it (the
# first ones, in article order), which bounds the pairs scored at about sentences x words x
# LINKS instead of sentences squared. The longest such list is 12 on the seeds, the synthetic
# and the held-out clusters, so their results are exact; 500 synthetic articles repeating one
# template have lists in the thousands, where a claim still pairs with its first LINKS reports.
LINKS = 32

_CAPITAL = re.compile(r"\b[A-Z][\w’'-]{2,}")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")
# A number written in digits that is not a year: "2,200", "3.5", "450" (figures the figures stage
# may not have read, such as a bare "3,100" without its noun, still tie two reports together).
_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|\b(?!(?:1[89]|20)\d\d\b)\d{3,}\b"
)
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# Words of time and quantity: what a figure or a date anchor stands for, never content.
_DATE_WORDS = frozenset(
    "early mid late year years month months week weeks day days ago last next this today "
    "yesterday tomorrow night morning evening percent per cent million millions billion "
    "billions thousand thousands hundred hundreds dozen dozens".split()
)
_SPEECH = SPEECH_WORDS
_FUTURE = re.compile(r"\b(?:will|shall|expected to|scheduled)\b", re.IGNORECASE)
# Capitalised words that are not names, for the fallback when no people stage ran.
_NOT_NAMES = frozenset(
    "The This That These Those President Prime Minister Minister Foreign Secretary State Vice "
    "Senator Ambassador Mr Mrs Ms Dr And But However While When After Before In On At For With "
    "From Despite Both Its His Her Their".split()
)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"


def _capitalised(extraction: Extraction) -> dict[str, set[str]]:
    """Capitalised words as name anchors, so places and parties the people stage does not list
    ("Valdoria") still count. A sentence-initial word counts only if the cluster also writes it
    capitalised mid-sentence (which rules out "Relations", "Data")."""
    mid: set[str] = set()
    found: dict[str, list[tuple[str, bool]]] = {}
    for f in extraction.articles:
        for s in f.sentences:
            for m in _CAPITAL.finditer(s.text):
                word = m.group(0).rstrip("’'").removesuffix("’s").removesuffix("'s")
                if word in _NOT_NAMES:
                    continue
                initial = not s.text[: m.start()].strip(" “\"‘'")
                found.setdefault(s.key, []).append((word, initial))
                if not initial:
                    mid.add(word)
    return {
        key: {f"name:{w}" for w, initial in words if not initial or w in mid}
        for key, words in found.items()
    }


_LAST: list = [None, None]


def anchors(extraction: Extraction) -> dict[str, set[str]]:
    """sentence key -> {"name:…", "figure:…", "date:…"} labels it can be matched on (the
    comparison and the pages ask for the same Extraction's: the last answer is kept)."""
    if _LAST[0] is not extraction:
        _LAST[0], _LAST[1] = extraction, _anchors(extraction)
    return {k: set(v) for k, v in _LAST[1].items()}


def _anchors(extraction: Extraction) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {k: set(v) for k, v in _capitalised(extraction).items()}
    for p in extraction.people:
        if not p.is_author:
            for s in p.mentions:
                out.setdefault(s.key, set()).add(f"name:{p.name}")
    for e in extraction.entities:
        for s in e.mentions:
            out.setdefault(s.key, set()).add(f"name:{e.name}")
    said = quotes_by_sentence(extraction)
    for f in extraction.articles:
        for s in f.sentences:
            for m in _NUMBER.finditer(s.text):
                if not quoted(s, m.group(0), said.get(s.key, ())):
                    out.setdefault(s.key, set()).add(f"figure:{m.group(0)}")
        for fig in f.figures:
            # a number inside a quotation is the speaker's, not a reported figure
            if not quoted(fig.sentence, fig.text, tuple(said.get(fig.sentence.key, ()))):
                out.setdefault(fig.sentence.key, set()).add(f"figure:{_fmt(fig.value)}")
        for d in f.dates:
            out.setdefault(d.sentence.key, set()).add(f"date:{d.iso}")
    return out


def content_words(text: str) -> set[str]:
    """What a sentence says beyond who and when: lower-case words that are not stop words,
    speech verbs, date words, role nouns or the words that qualify a role ("shipping
    economist", "union's general secretary")."""
    words = [m.group(0) for m in _WORD.finditer(text)]
    out: set[str] = set()
    for i, w in enumerate(words):
        lw = w.lower().replace("’", "'").split("'")[0]
        nxt = words[i + 1] if i + 1 < len(words) else ""  # a lower-case role: "chief executive"
        if w[0].isupper() or lw in ROLE_NOUNS or nxt in ROLE_NOUNS:
            continue
        if lw in _SPEECH or lw in _DATE_WORDS:
            continue
        out.update(stem(t) for t in tokens(lw))
    return out


def _checkable(shared: set[str]) -> bool:
    """A shared figure or date (a weekday or month read as a name counts as a date)."""
    return any(
        a.startswith(("figure:", "date:")) or (a.startswith("name:") and a[5:] in _CALENDAR)
        for a in shared
    )


def candidates(extraction: Extraction) -> list[Sentence]:
    """Sentences that may stand for a claim, in article order."""
    out = []
    for f in extraction.articles:
        topic = {t.sentence.key: t.topic for t in f.topics}
        for s in f.sentences:
            if s.block_kind in ("heading", "attribution") or len(s.text.split()) < MIN_WORDS:
                continue
            if f.kind == "preview" and (
                topic.get(s.key) not in PREVIEW_TOPICS or _FUTURE.search(s.text)
            ):
                continue
            out.append(s)
    return out


def _label(anchor: str) -> str:
    return anchor.split(":", 1)[1]


def _shown(common: set[str]) -> tuple[str, ...]:
    """Anchor labels to show: "Ilse Marrow" makes "Ilse" and "Marrow" redundant."""
    labels = sorted({_label(a) for a in common})
    return tuple(x for x in labels if not any(x != y and f" {x} " in f" {y} " for y in labels))


def claims(extraction: Extraction, sources: dict[str, str]):
    """(shared claims, single-source claims)."""
    sents = candidates(extraction)
    sim = tfidf([s.text for s in sents])
    marks = anchors(extraction)
    src = [sources[s.article_id] for s in sents]
    words = [content_words(s.text) for s in sents]
    pairs = []
    # Only pairs that can reach SHARED_MIN are scored (similarity.py: prefix filtering); on a
    # large cluster a term links at most LINKS sentences.
    for i, j in sim.pairs(sim.index(SHARED_MIN), LINKS):
        if src[i] != src[j]:
            score = sim.cosine(i, j)
            if score < SHARED_MIN:
                continue
            shared = marks.get(sents[i].key, set()) & marks.get(sents[j].key, set())
            # across languages the content words cannot match: a shared figure or date must
            worded = sents[i].lang == sents[j].lang and len(words[i] & words[j]) >= CONTENT_MIN
            if shared and (_checkable(shared) or worded):
                pairs.append((-round(score, 12), i, j, shared))
    # across languages, one figure slot with the same value and a shared name (_across.py)
    seen = {(i, j) for _, i, j, _ in pairs}
    for i, j, shared in slot_pairs(extraction, sents, src, marks):
        if (i, j) not in seen:
            pairs.append((-round(sim.cosine(i, j), 12), i, j, shared))
    near = sim.index(SINGLE_MAX)

    def reported_elsewhere(k: int) -> bool:
        return sim.nearest_at_least(k, near, SINGLE_MAX, lambda j: src[j] == src[k])

    shared = _group(pairs, sents, src, marks)
    return shared, _single(extraction, sources, sents, src, reported_elsewhere, shared)


def _group(pairs, sents, src, marks) -> tuple[SharedClaim, ...]:
    # Greedy, strongest pair first; a sentence joins one group, a group holds one sentence per
    # source, and a newcomer must pair with every member, not just one: "the deal's 6.5 percent"
    # ~ "a demand of 9 percent" ~ "demanding 9 percent" is a chain of two claims, not one.
    groups: list[dict] = []
    member: dict[int, int] = {}
    linked = {(i, j) for _, i, j, _ in pairs} | {(j, i) for _, i, j, _ in pairs}
    for neg, i, j, _ in sorted(pairs):
        gi, gj = member.get(i), member.get(j)
        if gi is None and gj is None:
            member[i] = member[j] = len(groups)
            groups.append({"idx": [i, j], "score": -neg})
        elif (gi is None) != (gj is None):
            g, new = (gi, j) if gi is not None else (gj, i)
            if src[new] not in {src[k] for k in groups[g]["idx"]} and all(
                (new, k) in linked for k in groups[g]["idx"]
            ):
                groups[g]["idx"].append(new)
                groups[g]["score"] = min(groups[g]["score"], -neg)
                member[new] = g
    out = []
    for g in groups:
        idx = g["idx"]
        common = set.intersection(*(marks.get(sents[k].key, set()) for k in idx))
        if not common:
            common = marks.get(sents[idx[0]].key, set()) & marks.get(sents[idx[1]].key, set())
        out.append(
            SharedClaim(
                sentences=tuple(sents[k] for k in idx),
                sources=tuple(src[k] for k in idx),
                anchors=_shown(common),
                score=round(g["score"], 3),
            )
        )
    return tuple(sorted(out, key=lambda c: (-len(c.sources), -c.score, c.sentences[0].key)))


def _single(extraction, sources, sents, src, reported_elsewhere, shared) -> tuple[SingleClaim, ...]:
    kinds = {f.article.id: f.kind for f in extraction.articles}
    in_shared = {s.key for c in shared for s in c.sentences}
    units: dict[str, set[str]] = {}
    figures: dict[str, list] = {}
    for f in extraction.articles:
        for g in f.figures:
            units.setdefault(unit_of(g), set()).add(sources[f.article.id])
            figures.setdefault(g.sentence.key, []).append(g)
    peg = event_day(extraction)
    said = quotes_by_sentence(extraction)
    # a date inside a quotation is the speaker's word, not a checkable dated claim
    dates = {
        d.sentence.key: d
        for f in extraction.articles
        for d in f.dates
        if not quoted(d.sentence, d.text, said.get(d.sentence.key, ()))
    }
    out = []
    for k, s in enumerate(sents):
        if kinds.get(s.article_id) != "report" or s.key in in_shared:
            continue
        # A figure whose counted unit no other source uses: nobody else reports that quantity.
        alone = [g.text for g in figures.get(s.key, ()) if units.get(unit_of(g)) == {src[k]}]
        d = dates.get(s.key)
        dated = (
            d is not None
            and not (peg and (r := date_range(d)) and abs((r[0] - peg).days) <= PEG_DAYS)
            and not reported_elsewhere(k)
        )
        if alone or dated:
            labels = alone + ([d.text] if dated else [])
            out.append(SingleClaim(source=src[k], sentence=s, anchors=tuple(labels)))
    return tuple(sorted(out, key=lambda c: (c.source, c.sentence.article_id, c.sentence.index)))
