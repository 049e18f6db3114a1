"""Which agenda phrases name one item, and what the item is called.

Reads: the phrases, what each is about (its core) and the names of who acts and whose it is.
Produces: groups of phrases, and a group's label. Limits: see _agenda.py; heads and words come
from _agenda_words.py.
"""

from __future__ import annotations

import re
from collections import Counter

from explainer.compare.similarity import STOP_WORDS
from explainer.pages._agenda_phrases import PREPOSITIONS
from explainer.pages._agenda_words import (
    _GENERIC_STEMS,
    GENERIC,
    _stems,
    heads,
    main_head,
    stem,
    words,
)

_CAPITAL = re.compile(r"\b[A-Z][\w-]*")
_NOT_NAMES = STOP_WORDS | GENERIC


def name_keys(texts, lower: set[str], people: dict[str, set[str]]) -> frozenset[str]:
    """Names in some text: capitalised words never written in lower case in the cluster
    ("Norland", "Vell"; not "Prime", "Relief"), nor function or framing words ("They",
    "Officials"); a person's name words stand for the person ("Ada" and "Vell" are one),
    others by their first four letters ("Norlandic" is Norland)."""
    return frozenset(
        key
        for a in texts
        for w in _CAPITAL.findall(a)
        if w.lower() not in lower and len(w) > 1 and w.lower() not in _NOT_NAMES
        for key in people.get(w.lower(), {w[:4].lower()})
    )


def owner(core: str) -> str:
    """The words before a phrase's first preposition: whose item it is ("the Kestran team",
    "Ten NGRF teams"), not where it goes ("teams to Southland")."""
    tokens = core.split()
    cut = next((k for k, t in enumerate(tokens) if t.lower() in PREPOSITIONS), len(tokens))
    return " ".join(tokens[:cut])


def groups(
    forms: list[str], cores: dict[str, str], keys: dict[str, tuple], bare: set[str],
    names: set[str],
) -> list:
    """Union-find over the phrases: those with a head in common, then each phrase left alone
    with the item whose head it names; never two groups whose actors, or owners, differ.
    Phrases sharing a name join first ("the Kestran team" joins Kestra's team before any team
    of no stated owner does). Through a word index, so a large cluster costs no comparison of
    every pair of phrases."""
    parent = list(range(len(forms)))
    who = [keys[f] for f in forms]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a == b or any(x and y and not x & y for x, y in zip(who[a], who[b], strict=True)):
            return
        keep, gone = min(a, b), max(a, b)
        parent[gone] = keep
        who[keep] = tuple(x | y for x, y in zip(who[keep], who[gone], strict=True))

    heads_of: dict[str, list[int]] = {}
    for i, f in enumerate(forms):
        # a bare verb phrase is also about its verb ("unite a split region": unity)
        verb = {stem(f.split()[0])} if f in bare else set()
        for h in sorted((heads(cores[f]) | verb) - names):
            heads_of.setdefault(h, []).append(i)
    # phrases with one main head are one item: a chain per head, those sharing a name first
    # ("economic measures ... and trafficking" is about the measures, not the trafficking)
    main: dict[str, list[int]] = {}
    for i, f in enumerate(forms):
        h = main_head(cores[f])
        if h and h not in names:  # a person is no item ("persuade Trump to ...")
            main.setdefault(h, []).append(i)
    for h in sorted(main):
        named: dict[str, list[int]] = {}
        for i in main[h]:
            for k in sorted(who[i][0] | who[i][1]):
                named.setdefault(k, []).append(i)
        for chain in [*named.values(), main[h]]:
            for i, j in zip(chain, chain[1:], strict=False):
                join(i, j)
    # an item most wordings of which name another item's head is about that item too
    # ("curb illicit timber felling" and "the felling of timber" join "timber");
    # a phrase alone, naming no other head, joins the item one of whose wordings also has its
    # head ("intelligence sharing" joins "counternarcotics operations and intelligence
    # sharing"; "timber" does not join "combating the timber trade"). Each joins one
    # item, the largest, so that "combating the drug trade" never makes one item of "drugs"
    # and "trade" (one wording of three names drugs).
    members: dict[int, list[int]] = {}
    for i in range(len(forms)):
        members.setdefault(root(i), []).append(i)
    size = Counter({r: len(m) for r, m in members.items()})
    for r in sorted(members):
        group = members[r]
        own = {main_head(cores[forms[i]]) for i in group}
        named = Counter(w for i in group for w in words(cores[forms[i]]))
        shared = {w for w, n in named.items() if 2 * n > len(group)} - own
        near = {root(j) for w in sorted(shared) for j in main.get(w, [])} - {root(r)}
        if not near and len(group) == 1:
            mine = heads(cores[forms[r]]) - names
            near = {root(j) for h in sorted(mine) for j in heads_of.get(h, [])}
            near.discard(root(r))
        for t in sorted(near, key=lambda t: (-size[t], t)):
            total = size[root(r)] + size[t]
            join(r, t)
            if root(r) == root(t):
                size[root(r)] = total
                break
    groups: dict[int, list[int]] = {}
    for i in range(len(forms)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _frame(core: str) -> str:
    """The last word before a phrase's first preposition: what kind of thing it names about
    its head ("naval communication", "naval conflicts")."""
    stems = _stems(owner(core))
    return stems[-1] if stems else ""


def label(forms: list[str], named_by: dict[str, set[str]], cores, bare: set[str]) -> str:
    """The shortest wording that names the item's commonest head; a wording with its subject
    before a bare verb phrase ("Whether X will concede" before "concede the race"). When
    that wording frames the head with a generic noun most wordings do not use, the shortest of
    those using the commonest one ("re-establish naval communications", not "naval
    conflicts", when most speak of communication)."""
    # the head most wordings name, as their head or not ("unity" in "calm and unity" and in
    # "unite a split region")
    named = {h for f in forms for h in heads(cores[f])}
    counts = Counter(h for f in forms for h in named & words(cores[f]))
    top = min(counts, key=lambda h: (-counts[h], h)) if counts else None
    naming = [f for f in forms if top is None or top in words(f)] or forms

    def shortest(among: list[str]) -> str:
        return min(
            among,
            key=lambda f: (f in bare, len(f.split()), -len(named_by[f]), len(f), f.lower()),
        )

    label = shortest(naming)
    frames = Counter(_frame(cores[f]) for f in naming)
    common = min(frames, key=lambda k: (-frames[k], k))
    if _frame(cores[label]) in _GENERIC_STEMS and common in _GENERIC_STEMS and (
        frames[common] > frames[_frame(cores[label])]
    ):
        label = shortest([f for f in naming if _frame(cores[f]) == common])
    return label
