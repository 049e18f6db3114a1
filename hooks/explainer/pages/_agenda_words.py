"""What an agenda phrase is about: light stemming, content words and head nouns.

Reads: a phrase. Produces: its stems, content words (generic framing words left out) and heads.
Limits: English. The head of a noun phrase is its last word; past a generic last word, the
nearest specific word before it, else what follows its preposition ("the fight against illegal
narcotics trafficking" is about trafficking, "measures to address X" about X). A hyphenated
compound is its parts ("drug-trafficking", "Norland-Southland war"), except a prefix joined to its
word ("co-operation").
"""

from __future__ import annotations

import re

from explainer.compare.similarity import STOP_WORDS
from explainer.pages._agenda_phrases import PREPOSITIONS, conjuncts

_WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|[^\W\d_]{2,}")
# Prefixes joined to the word they modify ("co-operation" is "cooperation"), and prefixes that
# name a stance on the topic rather than a topic ("counternarcotics" is about narcotics).
_JOINED = ("co-", "cross-", "non-", "re-", "pre-", "post-")
_STANCE = ("counter-", "counter", "anti-", "anti")
# Nouns, verbs and adjectives that frame an item rather than name it: the item is what they
# are about. Relationship nouns ("communication", "ties", "dialogue") and conflict nouns ("war",
# "conflicts", "tensions") are framed by what they join ("naval communication", "the war in
# X"); forum nouns ("meeting", "talks") are the event, not an item of it.
GENERIC = frozenset(
    "fight fighting strategy strategies effort efforts measure measures need needs way ways "
    "issue issues question questions matter matters topic topics situation flow flows "
    "cooperation co-operation coordination co-ordination collaboration support assistance "
    "operation operations challenge challenges talk talks discussion discussions plan plans "
    "step steps approach approaches area areas role prospect prospects possibility "
    "possibilities concern concerns agenda item items point points sharing progress "
    "communication communications ties relations relationship dialogue contact contacts "
    "channel channels mechanism mechanisms framework group groups war wars conflict conflicts "
    "tension tensions friction importance range status "
    "meeting meetings summit visit encounter session "
    "leader leaders official officials country countries nation nations people "
    "curb curbing boost boosting strengthen strengthening stem stemming reduce reducing "
    "address addressing combat combating combatting tackle tackling promote promoting "
    "improve improving increase increasing expand expanding deepen deepening ensure ensuring "
    "prevent preventing resolve resolving ease easing renew renewing restore restoring "
    "reestablish reestablishing reestablishment resume resuming resumption reinstate "
    "reinstating reinstatement reopen reopening maintain maintaining maintenance continue "
    "continued continuing create creating establish establishing work working make making "
    "take taking keep keeping manage managing stabilize stabilise stabilizing stabilising "
    "urgent key joint new possible potential further greater closer better broader wider "
    "mutual practical concrete various several other ongoing shared regional global "
    "international bilateral high-level together instead "
    # time and count words frame when and how many, not what
    "day days week weeks month months year years hour hours time times night morning "
    "one two three four five six seven eight nine ten dozen dozens hundreds thousands".split()
)


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
    elif w.endswith("ity") and len(w) > 4:  # "unity" and "unite"
        w = w[:-1]
    for suffix in ("ing", "ion", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)


def _parts(word: str) -> list[str]:
    """A hyphenated compound as its words ("drug-trafficking"), unless the hyphen joins a
    prefix ("co-operation", "counter-terrorism") or it is one word ("high-level")."""
    low = word.lower()
    if "-" not in low or low in GENERIC or low.startswith(_JOINED + _STANCE):
        return [word]
    return [p for p in word.split("-") if len(p) >= 2]


def _stems(text: str) -> list[str]:
    return [
        stem(p)
        for w in _WORD.findall(text)
        for p in _parts(w)
        if p.lower() not in STOP_WORDS and w.lower() not in STOP_WORDS
    ]


def words(phrase: str) -> frozenset[str]:
    """The content words of a phrase, stemmed, generic framing words left out."""
    return frozenset(w for w in _stems(phrase) if w not in _GENERIC_STEMS)


# A phrase after these names where something goes or comes from, not what it is about
# ("assistance to Southland", "teams to the region"), unless a verb follows ("measures to
# address X").
_GENTILIC = re.compile(r"[A-Z]\w*(?:ese|ian|ish|an|i)$")
_DIRECTION = frozenset("to from into toward towards".split())
_DETERMINER = frozenset("the a an its their his her our this these those".split())


def _head(text: str) -> set[str]:
    """What one noun phrase is about: its last word; past a generic last word, the nearest
    specific word before it ("regional security cooperation") that is not a possessor or a
    name ("Norland's assistance" is assistance), else what follows its preposition ("the fight
    against X", "measures to address X")."""
    tokens = text.split()
    while tokens:
        cut = next((k for k, t in enumerate(tokens) if t.lower() in PREPOSITIONS), len(tokens))
        core = _stems(" ".join(tokens[:cut]))
        if core and core[-1] not in _GENERIC_STEMS:
            return {core[-1]}
        # a possessor or a name before a generic noun says whose it is, not what
        # ("Norland's assistance", "Valdorian role in the production of X")
        owned = {stem(t) for t in tokens[:cut] if re.search(r"['’]s?$", t) or _GENTILIC.match(t)}
        specific = [s for s in core if s not in _GENERIC_STEMS and s not in owned]
        if specific:
            return {specific[-1]}
        after = tokens[cut + 1 : cut + 2]
        if cut < len(tokens) and tokens[cut].lower() in _DIRECTION and after and (
            after[0][:1].isupper() or after[0].lower() in _DETERMINER
        ):
            return set()
        tokens = tokens[cut + 1 :]
    return set()


def heads(phrase: str) -> frozenset[str]:
    """The head of each item a phrase coordinates ("counternarcotics operations and
    intelligence sharing" -> narcotic, intelligence)."""
    out: set[str] = set()
    for part in conjuncts(phrase):
        first, *rest = re.split(r"\s+(?:and|or|as well as)\s+", part)
        out |= _head(first)
        for piece in rest:  # "cultivation and trafficking", not "between Norland and Southland"
            if piece[:1].islower() or len(piece.split()) > 1:
                out |= _head(piece)
    return frozenset(out)


def main_head(phrase: str) -> str | None:
    """The head of the first item a phrase names: what a coordinated phrase is mainly about."""
    for part in conjuncts(phrase):
        for h in sorted(_head(re.split(r"\s+(?:and|or|as well as)\s+", part)[0])):
            return h
    return None


def same_item(a: str, b: str) -> bool:
    """Whether two phrases name one agenda item: the head of one is a content word of the
    other."""
    return bool(heads(a) & words(b) or heads(b) & words(a))
