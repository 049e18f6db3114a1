"""Key figures for the Overview: one line per measure, the measures most sources give first.

Reads: the extraction's figures (those _key_gate.py lets stand), and the comparison's groups of
figures that give one measure different values (`conflict_groups`, the rule the Compare and
Data pages use). Produces: `key_figures(...)` (Lines: one value with every source that gives
it, or, when sources differ, each value with its sources) and `rows(...)`, the lines as the
Overview template shows them.
Limits: figures that agree are one value of one measure when they give the same number and the
head noun of one is a counted word of the other ("6.4 magnitude tremor", "6.4-magnitude",
"6.4 magnitude shock"), with the same names in what is counted; in a measure the comparison
ties, the same number and qualifier worded in other languages ("25 años", "25 anos"). Two
lines never share a noun phrase: when figures of one noun phrase give different values and the
comparison does not tie them, only a value that strictly more sources give than any other is
shown (the others are on the Data page), else none: the page does not pick one of several
equally supported values. A figure only one source gives is shown only from a report's
statement, and only to fill the list up to MIN_LINES.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from explainer.compare import conflict_groups, group_subjects, quotes_by_sentence, source_of
from explainer.model import Extraction, Figure, Sentence
from explainer.pages._key_gate import (
    counted,
    head,
    names,
    norm,
    one,
    phrase,
    reason_left_out,
    words,
)

# Lines shown at most; single-source figures fill up to MIN_LINES when fewer measures are
# repeated (a lone figure is shown only to give the page something to read).
MAX_LINES = 5
MIN_LINES = 3
# A figure joins a value when it agrees with its first MEMBERS_CHECKED figures (the bound the
# comparison uses too): a figure a thousand articles repeat is not compared a million times.
# Values on the seeds and the test clusters hold fewer, so they are unchanged.
MEMBERS_CHECKED = 24
# Citations per line, and values listed on a line where sources differ.
CITED_SHOWN = 5
VALUES_SHOWN = 4
# A unit a figure prints as a symbol: "62%" counts "percent of seats" -> "62% of seats".
SYMBOLS = {"percent": "%", "dollars": "$", "euros": "€"}


@dataclass
class Value:
    """One value of a measure, with the figures (one per sentence) that give it."""

    figures: list[Figure]
    sources: list[str]

    @property
    def first(self) -> Figure:
        return self.figures[0]

    @property
    def shown(self) -> Figure:
        """The wording most of its figures print ("6.4 magnitude tremor" twice, "6.4
        magnitude shock" once), the first of equals."""
        said = [norm(f.text) for f in self.figures]
        return max(self.figures, key=lambda f: (said.count(norm(f.text)), -self.figures.index(f)))


@dataclass
class Line:
    values: list[Value]  # one when the sources agree; most sources first
    subject: str = ""  # what the values count, when they differ
    differ: bool = False
    sources: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Noun:
    """What a figure counts, worked out once: its head noun, counted words, names, phrase."""

    head: str
    words: tuple[str, ...]
    names: frozenset[str]
    phrase: tuple[str, frozenset[str]]

    @classmethod
    def of(cls, fig: Figure) -> _Noun:
        found = words(fig)
        h = head(fig, found)
        return cls(h, tuple(found), names(fig), phrase(fig, found, h))


def _agree(a: _Noun, b: _Noun) -> bool:
    """One measure, for two figures of the same value: the head noun of one is a counted word
    of the other ("6.4-magnitude": magnitude; "6.4 tremor": tremor; "6.4 magnitude shock")."""
    if not any(one(a.head, w) for w in b.words) and not any(one(b.head, w) for w in a.words):
        return False
    return not (a.names and b.names and a.names != b.names)


def _keys(noun: _Noun) -> set[str]:
    """Index keys: two words `one` matches end alike (a compound and its last part)."""
    return {w[-4:] for w in (noun.head, *noun.words)}


def _values(figs: list[Figure], source: dict[str, str], nouns: dict[int, _Noun]) -> list[Value]:
    """Figures that give one value of one measure, grouped (complete link: a figure joins a
    value only if it agrees with every figure in it). A figure is compared only with values of
    its number that share the ending of a counted word (an index: a thousand articles give
    thousands of figures of small numbers)."""
    out: list[Value] = []
    index: dict[tuple[float, str], list[int]] = {}
    for fig in figs:
        noun = nouns[id(fig)]
        near = sorted({k for key in _keys(noun) for k in index.get((fig.value, key), ())})
        for k in near:
            if all(_agree(noun, nouns[id(x)]) for x in out[k].figures[:MEMBERS_CHECKED]):
                out[k].figures.append(fig)
                break
        else:
            k = len(out)
            out.append(Value([fig], []))
        for key in _keys(noun):
            if k not in index.setdefault((fig.value, key), []):
                index[(fig.value, key)].append(k)
    for v in out:
        v.sources = sorted({source[f.sentence.article_id] for f in v.figures})
    return out


def _joined(values: list[Value], v: Value) -> list[Value]:
    """`values` of one measure with `v` added: one value with a value of the same number and
    qualifier worded in other languages ("25 años", "25 anos"), whose words never match across
    languages; the comparison already tied them to one measure."""
    said = {f.sentence.lang for f in v.figures}
    number = (v.first.value, v.first.qualifier or "")
    for k, u in enumerate(values):
        if (u.first.value, u.first.qualifier or "") == number and not said & {
            f.sentence.lang for f in u.figures
        }:
            both = Value(u.figures + v.figures, sorted({*u.sources, *v.sources}))
            return [*values[:k], both, *values[k + 1 :]]
    return [*values, v]


def _never(_: Sentence) -> bool:
    return False


def key_figures(
    extraction: Extraction, kinds: dict[str, str], lone: Callable[[Sentence], bool] = _never
) -> list[Line]:
    """The Overview's key figures. `kinds`: article id -> kind (a figure only analyses give
    ranks after one reports give); `lone`: whether a figure one source gives may be shown from
    this sentence (a report's statement: not a preview's, not a caption)."""
    source = source_of(extraction)
    said = quotes_by_sentence(extraction)
    figs = [
        fig
        for f in extraction.articles
        for fig in f.figures
        if reason_left_out(fig, said.get(fig.sentence.key, ())) is None
    ]
    groups = conflict_groups(extraction, source)
    nouns = {}
    for fig in [*figs, *(g for group in groups for g in group)]:
        if id(fig) not in nouns:
            nouns[id(fig)] = _Noun.of(fig)
    values = _values(figs, source, nouns)
    where = {id(fig): v for v in values for fig in v.figures}
    lines: list[Line] = []
    tied: set[int] = set()
    for group, subject in zip(groups, group_subjects(extraction, groups), strict=True):
        mine, ids = [], set()
        for fig in group:
            v = where.get(id(fig)) or Value([fig], [source[fig.sentence.article_id]])
            if id(v) not in ids:
                ids.add(id(v))
                mine = _joined(mine, v)
        tied |= ids
        lines.append(Line(mine, subject, differ=True))
    lines += [Line([v]) for v in values if id(v) not in tied]
    for line in lines:
        line.values.sort(key=lambda v: (-len(v.sources), v.first.sentence.key))
        line.sources = {s for v in line.values for s in v.sources}
    return _chosen(lines, kinds, nouns, lone)


def _rank(line: Line, kinds: dict[str, str]) -> tuple:
    first = line.values[0].first
    analysis = all(kinds.get(f.sentence.article_id) == "analysis" for v in line.values
                   for f in v.figures)
    return (-len(line.sources), analysis, first.sentence.index, first.sentence.key)


def _chosen(lines: list[Line], kinds: dict[str, str], nouns: dict[int, _Noun], lone) -> list[Line]:
    lines.sort(key=lambda line: _rank(line, kinds))
    keys = [{nouns[id(f)].phrase for v in line.values for f in v.figures} for line in lines]
    # how many sources the best value of each noun phrase has, and how many values reach it
    best: dict[tuple, list[int]] = {}
    for line, mine in zip(lines, keys, strict=True):
        for key in mine:
            best.setdefault(key, []).append(len(line.sources))
    out: list[Line] = []
    taken: set[tuple] = set()
    for line, mine in zip(lines, keys, strict=True):
        if mine & taken:
            continue  # one line per noun phrase: a better-supported one is shown
        if not line.differ and any(
            len(best[k]) > 1 and best[k][1] >= len(line.sources) for k in mine
        ):
            continue  # another value of this noun phrase is as well supported: pick none
        if len(line.sources) < 2 and len(out) >= MIN_LINES:
            break
        if len(line.sources) < 2 and not lone(line.values[0].first.sentence):
            continue
        taken |= mine
        out.append(line)
        if len(out) == MAX_LINES:
            break
    return out


def cited(line: Line) -> list[Sentence]:
    """The sentences a line cites: one per source first, then the rest."""
    seen, first, rest = set(), [], []
    for v in line.values:
        for f in v.figures:
            (rest if f.sentence.article_id in seen else first).append(f.sentence)
            seen.add(f.sentence.article_id)
    return (first + rest)[:CITED_SHOWN]


def _rest(text: str, counts: str) -> str | None:
    """What `counts` adds to the printed figure when the two overlap, so a key figure reads as
    one phrase: ('At least 126 people', 'people killed') -> 'killed'; ('36 known strikes',
    'known strikes') -> ''; ('62%', 'percent of seats') -> 'of seats'. None when they do not
    overlap (shown as 'text — counts')."""
    said, more = text.lower().split(), counts.split()
    symbol = SYMBOLS.get(more[0].lower()) if more else None
    if symbol and text.rstrip().endswith(symbol):
        return " ".join(more[1:])
    for n in range(min(len(said), len(more)), 0, -1):
        if said[-n:] == [w.lower() for w in more[:n]]:
            return " ".join(more[n:])
    return None


def _one_per_article(figs: list[Figure]) -> list[Figure]:
    seen, out = set(), []
    for f in figs:
        if f.sentence.article_id not in seen:
            seen.add(f.sentence.article_id)
            out.append(f)
    return out


def rows(lines: list[Line], labels: dict[str, str]) -> list[dict]:
    """The lines as the Overview template lays them out; `labels`: article id -> source name."""
    out = []
    for line in lines:
        top = line.values[0].shown
        out.append(
            {
                "text": top.text,
                "counts": counted(top),
                "rest": _rest(top.text, counted(top)),
                "subject": line.subject,
                "differ": line.differ,
                "sources": len(line.sources),
                "values": [
                    {
                        "text": v.shown.text,
                        "sources": ", ".join(
                            labels[f.sentence.article_id] for f in _one_per_article(v.figures)
                        ),
                        "sentences": [f.sentence for f in _one_per_article(v.figures)],
                    }
                    for v in line.values[:VALUES_SHOWN]
                ],
                "more_values": max(0, len(line.values) - VALUES_SHOWN),
                "sentences": cited(line),
            }
        )
    return out
