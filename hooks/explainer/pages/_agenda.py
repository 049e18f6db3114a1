"""Agenda items, merged across sources: bullet items of agenda lists and cue phrases.

Reads: each article's sentences, topics and kind. Produces: `AgendaItem`s (label, the sentences
naming it, the sources, every wording) for the articles of the given kinds, most sources first.
Limits: phrases come from _agenda_phrases.py. Two phrases name the same item when the head noun
of one (the last word of its noun phrase; past a generic noun such as "fight", "measures" or
"cooperation" to what it is about: "the fight against illegal narcotics trafficking" is about
trafficking) is a content word of the other, after light stemming (plurals, -ing, -ion,
"counter"/"anti" prefixes): "Counternarcotics", "Counternarcotics operations and intelligence
sharing" and "the fight against illegal narcotics trafficking" are one item. Words that mean the
same but share no stem ("drugs", "narcotics") stay apart; two items with one head and different
modifiers ("border security", "energy security") are merged. An item is labelled with its
shortest wording that names its most common head.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import Extraction, Sentence
from ..similarity import STOP_WORDS
from ._agenda_phrases import PREPOSITIONS, conjuncts, phrases

_AGENDA_HEADING = re.compile(
    r"agenda|on the table|discuss|issues|priorit|expected|\bcover|\btalks\b|focus",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|[^\W\d_]{2,}")
# Prefixes joined to the word they modify ("co-operation" is "cooperation"), and prefixes that
# name a stance on the topic rather than a topic ("counternarcotics" is about narcotics).
_JOINED = ("co-", "cross-", "non-", "re-", "pre-", "post-")
_STANCE = ("counter-", "counter", "anti-", "anti")
# Nouns and verbs that frame an item rather than name it: the item is what they are about.
GENERIC = frozenset(
    "fight fighting strategy strategies effort efforts measure measures need needs way ways "
    "issue issues question questions matter matters topic topics situation flow flows "
    "cooperation co-operation coordination co-ordination collaboration support assistance "
    "operation operations challenge challenges talk talks discussion discussions plan plans "
    "step steps approach approaches area areas role prospect prospects possibility "
    "possibilities concern concerns agenda item items point points sharing progress "
    "curb curbing boost boosting strengthen strengthening stem stemming reduce reducing "
    "address addressing combat combating combatting tackle tackling promote promoting "
    "improve improving increase increasing expand expanding deepen deepening ensure ensuring "
    "prevent preventing resolve resolving ease easing renew renewing restore restoring "
    "urgent key joint new possible potential further greater closer better broader wider "
    "mutual practical concrete various several other".split()
)


@dataclass
class AgendaItem:
    label: str
    sentences: list[Sentence]
    outlets: list[str]
    forms: list[str]


def stem(word: str) -> str:
    """Light stemming: 'Counternarcotics' -> 'narcotic', 'trafficking' -> 'traffick',
    'co-operation' -> 'cooperat', 'strategies' -> 'strategy'."""
    w = word.lower().replace("’", "'").split("'")[0]
    for p in _JOINED:
        if w.startswith(p):
            w = p[:-1] + w[len(p) :]
    for p in _STANCE:
        if w.startswith(p) and len(w) - len(p) >= 4:
            w = w[len(p) :]
            break
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    for suffix in ("ing", "ion", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)


def _stems(text: str) -> list[str]:
    return [
        stem(w) for w in _WORD.findall(text) if w.lower() not in STOP_WORDS
    ]


def words(phrase: str) -> frozenset[str]:
    """The content words of a phrase, stemmed, generic framing words left out."""
    return frozenset(w for w in _stems(phrase) if w not in _GENERIC_STEMS)


def _head(text: str) -> set[str]:
    """What one noun phrase is about: its last word; past a generic last word, the nearest
    specific word before it ("regional security cooperation"), else what follows its
    preposition ("the fight against X", "measures to address X")."""
    tokens = text.split()
    while tokens:
        cut = next((k for k, t in enumerate(tokens) if t.lower() in PREPOSITIONS), len(tokens))
        core = [s for s in _stems(" ".join(tokens[:cut]))]
        if core and core[-1] not in _GENERIC_STEMS:
            return {core[-1]}
        specific = [s for s in core if s not in _GENERIC_STEMS]
        if specific:
            return {specific[-1]}
        tokens = tokens[cut + 1 :]
    return set()


def heads(phrase: str) -> frozenset[str]:
    """The head of each item a phrase coordinates ("counternarcotics operations and
    intelligence sharing" -> narcotic, intelligence)."""
    out: set[str] = set()
    for part in conjuncts(phrase):
        for piece in re.split(r"\s+(?:and|or)\s+", part):
            out |= _head(piece)
    return frozenset(out)


def same_item(a: str, b: str) -> bool:
    """Whether two phrases name one agenda item (see the module notes)."""
    return bool(heads(a) & words(b) or heads(b) & words(a))


def _agenda_lists(sentences) -> set[str]:
    """The bullets of lists introduced as an agenda: by the subheading above them or by the
    sentence that opens the list ("The agenda includes:"). A list under "What is at stake" is
    not one, whatever the topic of its sentences."""
    keys: set[str] = set()
    intro = None
    for s in sentences:
        if s.block_kind != "item":
            intro = s
            continue
        by_heading = bool(s.heading and _AGENDA_HEADING.search(s.heading))
        by_intro = intro is not None and intro.block_kind != "heading" and (
            intro.heading == s.heading and bool(_AGENDA_HEADING.search(intro.text))
        )
        if by_heading or by_intro:
            keys.add(s.key)
    return keys


def _mentions(extraction: Extraction, kinds: tuple[str, ...]) -> list[tuple[str, Sentence]]:
    found: list[tuple[str, Sentence]] = []
    for f in extraction.articles:
        if f.kind not in kinds:
            continue
        listed = _agenda_lists(f.sentences)
        for s in f.sentences:
            for phrase in phrases(s, s.key in listed):
                if words(phrase):  # "cooperation" alone names no item
                    found.append((phrase, s))
    return found


def _groups(forms: list[str]) -> list[list[int]]:
    """Union-find over the phrases, joined by a head one has among the other's words; through a
    word index, so a large cluster costs no comparison of every pair of phrases."""
    parent = list(range(len(forms)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_word: dict[str, list[int]] = {}
    heads_of: dict[str, list[int]] = {}
    for i, f in enumerate(forms):
        for w in sorted(words(f)):
            by_word.setdefault(w, []).append(i)
        for h in sorted(heads(f)):
            heads_of.setdefault(h, []).append(i)
    # every phrase headed by h joins every phrase that has h among its words: one chain per h
    for h in sorted(heads_of):
        members = heads_of[h] + by_word.get(h, [])
        for i, j in zip(members, members[1:], strict=False):
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(forms)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _label(forms: list[str], named_by: dict[str, set[str]]) -> str:
    """The shortest wording that names the item's most common head (more sources first)."""
    counts = Counter(h for f in forms for h in heads(f))
    top = min(counts, key=lambda h: (-counts[h], h)) if counts else None
    naming = [f for f in forms if top is None or top in words(f)] or forms
    return min(naming, key=lambda f: (len(f.split()), -len(named_by[f]), len(f), f.lower()))


def agenda_items(
    extraction: Extraction, labels: dict[str, str], kinds: tuple[str, ...]
) -> list[AgendaItem]:
    """Items named by articles of the given kinds, most sources first."""
    mentions = _mentions(extraction, kinds)
    named_by: dict[str, set[str]] = {}
    for phrase, s in mentions:
        named_by.setdefault(phrase, set()).add(labels.get(s.article_id, s.article_id))
    forms = sorted(named_by, key=lambda f: f.lower())
    out: list[AgendaItem] = []
    for group in _groups(forms):
        members = {forms[i] for i in group}
        cited = [s for phrase, s in mentions if phrase in members]
        cited.sort(key=lambda x: (x.article_id, x.index))
        # one sentence per source first, so that a capped list of citations names each source
        first: dict[str, Sentence] = {}
        for s in cited:
            first.setdefault(s.article_id, s)
        ordered = list(first.values()) + [s for s in cited if s not in first.values()]
        sentences = list({s.key: s for s in ordered}.values())
        ordered_forms = [f for f in forms if f in members]
        ordered_forms.sort(key=lambda f: (-len(named_by[f]), len(f.split()), f.lower()))
        label = _label(ordered_forms, named_by)
        out.append(
            AgendaItem(
                label=label[:1].upper() + label[1:],
                sentences=sentences,
                outlets=sorted({o for f in members for o in named_by[f]}),
                forms=list({f.lower(): f for f in [label, *ordered_forms][::-1]}.values())[::-1],
            )
        )
    out.sort(key=lambda i: (-len(i.outlets), -len(i.sentences), i.label.lower()))
    return out
