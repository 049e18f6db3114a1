"""Facts one source states and another contradicts: where something happened, and whether it
was done at all ("attended" / "did not attend", "signed" / "did not sign").

Reads: an Extraction, the source of each article and the sentences' name anchors. Produces:
Discrepancy items of kind "place" and "contradiction". Limits: a place is a capitalised name
right after "<verb in the past> in / at" ("met in Kessa"; not speech, not what is done to
people: a town and its region can both be where people were "killed in"); two places differ
only when the two sentences tell the same act in nearly the same words (FACT_MIN), by the same
named actor (named before the verb in both), on no different date, and neither source's
article names the other's place anywhere (a city named later is no contradiction); countries
are never compared with places. A denial is a negated verb ("did not", "never", "refused to")
whose act another source's similar sentence states, by the same named actor, without
negation; speech verbs and previews are left out (a preview's "will not attend" is an
expectation), and so is anything inside a quotation.
"""

from __future__ import annotations

import re

from explainer.compare._measure import quoted, stem
from explainer.compare._model import Discrepancy, Variant
from explainer.compare._units import quotes_by_sentence
from explainer.compare.similarity import tfidf
from explainer.lexicon import COUNTRIES, SPEECH_CUES, SPEECH_WORDS
from explainer.model import Extraction, Sentence

# Two sentences tell the same act at or above this cosine (their places or negations left
# out). High on purpose: a false contradiction is worse than a missed one. The invented pairs
# (tests/gold/regression_differences.yml) score 0.7 and more; two different acts of one person
# ("attended the talks" / "did not attend the dinner") stay under 0.5.
FACT_MIN = 0.5
# Sentences per article considered, so a large cluster stays linear enough.
MAX_FACTS = 400
# On a large cluster a word links a told place to at most this many others (the first, in
# article order): bounds the pairs scored, as _compare_claims.LINKS does; the test clusters
# never reach it.
LINKS = 32

_PLACE = re.compile(
    r"\b(?P<act>[a-z]{3,})\s+(?:in|at)\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
_NEGATION = re.compile(
    r"\b(?P<neg>(?:did|does|do|has|have|had|was|were|is|are)\s*(?:not|n[’']t)"
    r"|never|refused\s+to|declined\s+to)\s+(?:yet\s+|been\s+|even\s+)?(?P<verb>[a-z]{3,})\b"
)
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_VERB_AFTER_NEG = re.compile(r"\b(?:not|n[’']t|never|no)\s+(?:\w+\s+){0,2}$")
_IRREGULAR = {
    "met": "meet", "held": "hold", "began": "begin", "took": "take", "won": "win",
    "lost": "lose", "went": "go", "came": "come", "spoke": "speak", "sat": "sit",
    "signed": "sign", "left": "leave", "flew": "fly", "sent": "send",
}
# Verbs whose denial says nothing about the fact ("did not say", "did not respond").
_SPEECH = SPEECH_WORDS
_SUFFERED = frozenset(
    """killed died injured wounded arrested detained born buried displaced evacuated trapped
    stranded hospitalised hospitalized jailed imprisoned""".split()
)
_NOT_FACTS = frozenset(
    {stem(w) for c in SPEECH_CUES for w in c.split()}
    | set(
        """be have do go make get give know want expect comment respond elaborate specify
        disclose reveal identify name return immediately provide""".split()
    )
)
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That".split()
)


def places(text: str) -> set[str]:
    """The places an act is told in: "met in Kessa" -> {"Kessa"}."""
    return {
        m.group("place")
        for m in _PLACE.finditer(text)
        if m.group("place").split()[0] not in _CALENDAR and m.group("place") not in COUNTRIES
    }


def elsewhere(a: str, b: str) -> bool:
    """Whether the two texts tell an act in different places that neither names for the other
    ("met investors in Sorrel on Monday" / "in Brisk on Tuesday": a tour, two events)."""
    return apart(places(a), places(b), a, b)


def apart(pa: set[str], pb: set[str], a: str, b: str) -> bool:
    """Whether texts `a` and `b`, placing their act in `pa` and `pb`, place it apart: both
    place it, in no common place, and neither text names the other's place."""
    return bool(pa and pb and not pa & pb and not any(p in b for p in pa)
                and not any(p in a for p in pb))


def _lemma(word: str) -> str:
    w = word.lower()
    return _IRREGULAR.get(w, stem(w))


def _sentences(extraction: Extraction, sources: dict[str, str]):
    """(source, sentence, article text) of the report and analysis sentences."""
    out = []
    for f in extraction.articles:
        if f.kind == "preview":
            continue
        text = " ".join(s.text for s in f.sentences)
        out += [
            (sources[f.article.id], s, text)
            for s in f.sentences[:MAX_FACTS]
            if s.block_kind in ("paragraph", "item")
        ]
    return out


def _facts(extraction: Extraction, sources: dict[str, str], pattern: re.Pattern, keep):
    """(source, sentence, article text, match) of each match of `pattern` that `keep` accepts,
    outside quotations, in the report and analysis sentences."""
    said = quotes_by_sentence(extraction)
    return [
        (src, s, text, m)
        for src, s, text in _sentences(extraction, sources)
        for m in pattern.finditer(s.text)
        if keep(m) and not quoted(s, m.group(0), said.get(s.key, ()))
    ]


def _before(text: str, end: int) -> str:
    """From the start of the clause up to `end`: "Defence ministers ... met"."""
    lo = max([0] + [m.end() for m in re.finditer(r"[,;:—–(]", text[:end])])
    return text[lo:end].strip()


def _clause(text: str, start: int, end: int) -> str:
    """The clause around text[start:end], cut at punctuation."""
    lo = max([0] + [m.end() for m in re.finditer(r"[,;:—–(]", text[:start])])
    hi = min([len(text)] + [end + m.start() for m in re.finditer(r"[,;:—–()]", text[end:])])
    return text[lo:hi].strip()


def _dates(extraction: Extraction) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in extraction.articles:
        for d in f.dates:
            out.setdefault(d.sentence.key, set()).add(d.iso)
    return out


def _names(marks: dict[str, set[str]], s: Sentence, before: int | None = None) -> set[str]:
    """The names anchored in the sentence; with `before`, only those printed before that
    offset (the actors of the act there, not its objects)."""
    names = {x for x in marks.get(s.key, ()) if x.startswith("name:")}
    if before is None:
        return names
    return {x for x in names if _last_word(x[5:]) in s.text[:before]}


def _last_word(name: str) -> str:
    return name.split()[-1] if name.split() else name


def _is_act(word: str) -> bool:
    """A verb of an act in the past ("met", "gathered") that is not speech and not something
    done to people (a town and its region both "killed in" are no contradiction)."""
    w = word.lower()
    if w in _SPEECH or w in _SUFFERED:
        return False
    return w in _IRREGULAR or (w.endswith("ed") and len(w) > 4)


def place_conflicts(
    extraction: Extraction, sources: dict[str, str], marks: dict[str, set[str]]
) -> list[Discrepancy]:
    facts = _facts(
        extraction,
        sources,
        _PLACE,
        lambda m: _is_act(m.group("act"))
        and m.group("place").split()[0] not in _CALENDAR
        and m.group("place") not in COUNTRIES,
    )
    masked = [s.text.replace(m.group("place"), " ") for _, s, _, m in facts]
    acts = [_lemma(m.group("act")) for _, _, _, m in facts]
    sim = tfidf(masked)
    dates = _dates(extraction)
    found: dict[tuple[str, str], dict[tuple[str, str], Variant]] = {}
    subjects: dict[tuple[str, str], str] = {}
    for i, j in sim.pairs(sim.index(FACT_MIN), LINKS):
        (si, a, ta, ma), (sj, b, tb, mb) = facts[i], facts[j]
        pa, pb = ma.group("place"), mb.group("place")
        if si == sj or pa == pb or acts[i] != acts[j]:
            continue
        if pa in tb or pb in ta or sim.cosine(i, j) < FACT_MIN:
            continue
        da, db = dates.get(a.key, set()), dates.get(b.key, set())
        if da and db and not da & db:
            continue  # a tour: one act in two places on two days
        shared = (_names(marks, a, ma.start()) & _names(marks, b, mb.start())) - {
            f"name:{pa}",
            f"name:{pb}",
        }
        if not shared:
            continue
        key = (acts[i], min(shared))
        if key not in found:
            subjects[key] = _before(a.text, ma.end("act"))
        group = found.setdefault(key, {})
        group.setdefault((si, pa), Variant(si, pa, a))
        group.setdefault((sj, pb), Variant(sj, pb, b))
    return [
        Discrepancy(
            "place",
            subjects[key],
            tuple(sorted(v.values(), key=lambda x: (x.source, x.sentence.key))),
            "the same act told in nearly the same words, in a different place",
        )
        for key, v in sorted(found.items())
    ]


def contradiction_conflicts(
    extraction: Extraction, sources: dict[str, str], marks: dict[str, set[str]]
) -> list[Discrepancy]:
    denials = [
        (src, s, m, _lemma(m.group("verb")))
        for src, s, _, m in _facts(
            extraction, sources, _NEGATION, lambda m: _lemma(m.group("verb")) not in _NOT_FACTS
        )
    ]
    if not denials:
        return []
    # idf over every sentence (scores do not depend on which ones hold the verb); only those
    # that hold a denied verb are scored against the denials
    facts = [(src, s) for src, s, _ in _sentences(extraction, sources)]
    lemmas = {d[3] for d in denials}
    holding = [
        j
        for j, (_, s) in enumerate(facts)
        if any(_lemma(w) in lemmas for w in _LOWER_WORD.findall(s.text))
    ]
    denied = {s.key for _, s, _, _ in denials}
    said = quotes_by_sentence(extraction)
    texts = [_NEGATION.sub(lambda m: m.group("verb"), s.text) for _, s in facts]
    sim = tfidf(texts)
    at = {s.key: k for k, (_, s) in enumerate(facts)}
    found: dict[tuple[str, str], dict[tuple[str, str], Variant]] = {}
    subjects: dict[tuple[str, str], str] = {}
    for src_k, s_k, m, lemma in denials:
        k = at[s_k.key]
        for j in holding:
            src_j, s_j = facts[j]
            if src_j == src_k or s_j.key in denied or sim.cosine(k, j) < FACT_MIN:
                continue
            stated = _stated(s_j.text, lemma)
            if stated is None:
                continue
            shared = _names(marks, s_k, m.start()) & _names(marks, s_j, stated.start())
            if not shared or quoted(s_j, stated.group(0), said.get(s_j.key, ())):
                continue
            key = (lemma, min(shared))
            if key not in found:
                subjects[key] = _clause(s_j.text, stated.start(), stated.end())
            group = found.setdefault(key, {})
            group.setdefault((src_j, stated.group(0)), Variant(src_j, stated.group(0), s_j))
            group.setdefault((src_k, m.group(0)), Variant(src_k, m.group(0), s_k))
    return [
        Discrepancy(
            "contradiction",
            subjects[key],
            tuple(sorted(v.values(), key=lambda x: (x.source, x.sentence.key))),
            "one source states it, another says it did not happen",
        )
        for key, v in sorted(found.items())
    ]


def _stated(text: str, lemma: str) -> re.Match | None:
    """The word stating the act in `text` without a negation before it, or None."""
    for m in _LOWER_WORD.finditer(text):
        if _lemma(m.group(0)) == lemma and not _VERB_AFTER_NEG.search(text[: m.start()]):
            return m
    return None
