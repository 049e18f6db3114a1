"""Link quotations that report the same remark in different words, across sources.

Reads: every Quote of the cluster. Produces: the same quotes (same order) with Quote.remark
set; quotes that report one remark share an id ("he became very nice" in one outlet, "became
very friendly" in another; "very positive" / "positive").
Limits: needs the same (known) speaker and two different articles; compares content words
only (function words: English here, other languages' from cues/remarks.<lang>.yml), with a
small table of evaluative near-synonyms (nice ~ friendly, English only), so a paraphrase that
shares no content word stays apart, and an unattributed quote is never linked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from explainer.cues import words
from explainer.model import Quote

# Overlap coefficient |A & B| / min(|A|, |B|) on content words. On the seeds the two true
# pairs score 1.0 ("positive" within "very positive"; "became nice" ~ "became friendly" through
# the synonym table) and the closest false pair of the same speaker across sources 0.33 (one
# shared "drug"). 0.6 demands more than one shared word out of two: without the synonym table
# "became nice" / "became friendly" would score 0.5 and stay apart, which is the failure we
# prefer (a missed link) to chaining unrelated two-word quotes through one common word.
MIN_OVERLAP = 0.6

# Words that carry no content of their own: function words, pronouns, intensifiers (so "very
# positive" and "positive" compare equal) and hedges.
_STOP = frozenset(
    """a an the and or but if of to in on at by for with from as into about over than that this
    these those it its it's is are was were be been being am do does did done have has had will
    would shall should can could may might must not no nor so very really quite too also just
    even only still much more most all any some such i me my we us our you your he him his she
    her they them their there here what which who whom whose when where why how then now again
    ever never up out off one other each we're weren't don't didn't isn't wasn't can't won't
    i'm i've we've you're they're he's she's let's""".split()
)
# Evaluative near-synonyms that reporters swap when paraphrasing; each maps to one class word.
_SYNONYMS = {
    "nice": "friendly", "friendly": "friendly", "cordial": "friendly", "warm": "friendly",
    "amicable": "friendly", "kind": "friendly",
    "positive": "positive", "productive": "positive", "constructive": "positive",
    "fruitful": "positive",
    "negative": "negative", "unproductive": "negative",
    "terrible": "bad", "awful": "bad", "bad": "bad",
    "huge": "big", "enormous": "big", "big": "big", "massive": "big",
}
_WORD = re.compile(r"[a-z][a-z’'\-]*")
# Other languages' words may hold accented letters ("está", "não").
_ANY_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def link_remarks(quotes: Sequence[Quote]) -> list[Quote]:
    order = sorted(range(len(quotes)), key=lambda i: _sort_key(quotes[i]))
    rank = {i: pos for pos, i in enumerate(order)}
    parent = {i: i for i in order}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only quotes of one speaker are ever linked, so pairs are formed within a speaker's
    # quotes (linear in the cluster, not quadratic); the groups do not depend on pair order.
    by_speaker: dict[str, list[int]] = {}
    for i in order:
        if quotes[i].speaker is not None:
            by_speaker.setdefault(quotes[i].speaker, []).append(i)
    # A pair with no content word in common scores 0, so only pairs that share a word (found
    # through a word -> quotes index) are scored.
    for group in by_speaker.values():
        words = [_content(quotes[i].text, quotes[i].sentence.lang) for i in group]
        having: dict[str, list[int]] = {}
        for pos, ws in enumerate(words):
            for w in ws:
                having.setdefault(w, []).append(pos)
        for a_pos, a in enumerate(group):
            art, wa = quotes[a].sentence.article_id, words[a_pos]
            near: set[int] = set()
            for w in wa:
                near.update(having[w])
            ra = find(a)
            for b_pos in near:
                b = group[b_pos]
                if b_pos <= a_pos or art == quotes[b].sentence.article_id:
                    continue
                rb = find(b)
                # Already one group: the pair could not change it.
                if rb != ra and overlap(wa, words[b_pos]) >= MIN_OVERLAP:
                    ra, rb = (ra, rb) if rank[ra] < rank[rb] else (rb, ra)
                    parent[rb] = ra
    ids: dict[int, int] = {}
    for i in order:  # ids in reading order of each group's first quote, from 1
        ids.setdefault(find(i), len(ids) + 1)
    return [replace(q, remark=ids[find(i)]) for i, q in enumerate(quotes)]


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """A language's function words, read once (_content runs for every quote)."""
    return frozenset(words("remarks", lang, "stop"))


def _content(text: str, lang: str = "en") -> frozenset[str]:
    """Content words; Spanish and Portuguese function words come from cues/remarks.<lang>.yml
    (their synonyms table is English only)."""
    out = set()
    stop = _STOP if lang == "en" else _stop_words(lang)
    for w in (_WORD if lang == "en" else _ANY_WORD).findall(text.lower().replace("’", "'")):
        if w in stop or len(w) < 2:
            continue
        out.add(_SYNONYMS.get(w, _stem(w)))
    return frozenset(out)


def _stem(word: str) -> str:
    """Plural and third-person "s" only ("belongs" ~ "belong"); anything heavier merges
    unrelated words in quotes this short."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _sort_key(q: Quote) -> tuple:
    return (q.sentence.article_id, q.sentence.index, q.text, q.speaker or "")
