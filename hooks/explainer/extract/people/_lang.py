"""Roles, names and credits written the way Spanish and Portuguese write them, from the cue files
`cues/people.<lang>.yml` (private helper for people.py and _credits.py).

Reads: a sentence's language, its text and its capitalised runs. Produces, for a language whose
cue file lists `titles`: the runs tidied for that language (sentence words such as "Según",
"Nesta" dropped from their start; a title's own capitalised words split off, "secretária de
Estado | Joana Prado"; a name written in parts joined, "Luis Alberto | de los | Ríos", "Gil | y |
Rojas"); the role and side written before a name ("el presidente de Colombia, X", "el
presidente colombiano, X", "la ministra de Relaciones Exteriores, X", "o presidente X") or
after it ("X, ministro de Hacienda,", "X, portavoz del Gobierno,"); whether a name is an
organisation, a place or a portfolio ("Ministerio de ...", "Supremo Tribunal Federal", "Casa
Blanca", "Relaciones Exteriores"); and credit lines ("Foto: X", "Por X", "Con información de
EFE", "Reportagem: X") with the names they credit.
Limits: the same functions serve every language through its word lists; English has no cue file
with these lists, so English text keeps the English rules of the other modules (byte-identical
output). A side is only a country the lists know (written as the English gazetteer writes it,
so one person has one side in every language); a title must be listed; "y"/"e" joins a lone
surname only ("Gil y Rojas"), never two full names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explainer.cues import cues
from explainer.extract.people._runs import Tok, cap_runs, country_of

# How far back from a name a title may start ("el embajador de EE.UU. en Bogotá, " is 36
# characters; the longest shape in the test table is under 80): searching only this tail keeps
# the end-anchored pattern linear in the sentence length.
MAX_ROLE_CHARS = 120
_CAP = r"[A-ZÀ-Þ][\w.’'-]*"


def _alt(words, capital: bool = False) -> str:
    """An alternation of the phrases, longest first, spaces matching any run of spaces; with
    `capital`, a phrase may also start with a capital (a sentence's first word)."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        body = r"\s+".join(re.escape(p) for p in w.split())
        if capital and w[:1].isalpha():
            body = f"[{w[0].upper()}{w[0]}]" + body[len(re.escape(w[0])) :]
        out.append(body)
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


@dataclass(frozen=True)
class Lang:
    before: re.Pattern  # a title ending right before a name
    after: re.Pattern  # ", <title> ..." right after a name
    credit_colon: re.Pattern
    credit_by: re.Pattern
    not_name: frozenset
    org_words: frozenset
    place_words: frozenset
    place_prefixes: frozenset
    portfolio: frozenset
    places: frozenset
    countries: dict
    demonyms: dict
    connectors: frozenset  # gaps that join two runs into one name: " de los "
    joiners: frozenset  # gaps between a name and a lone surname: " y "
    credit_split: re.Pattern
    leader: re.Pattern  # "el mandatario colombiano", not followed by a name
    leader_titles: tuple[str, ...]
    relational: frozenset  # "su homólogo estadounidense, X": a side, but no role of its own
    of_tail: re.Pattern  # "X da Bolívia", "X, de Brasil,": the country a name is from
    plural: re.Pattern  # "los presidentes" before a list of names (see _lists.py)
    plurals: dict  # "presidentes" -> "presidente"


def _words(c: dict, key: str) -> tuple[str, ...]:
    got = c.get(key, ())
    return tuple(got) if isinstance(got, tuple) else ()


def _map(c: dict, key: str) -> dict[str, str]:
    got = c.get(key, {})
    return dict(got) if isinstance(got, dict) else {}


@cache
def lang_cues(lang: str) -> Lang | None:
    """The compiled cues of `lang`, or None when its people cue file lists no titles."""
    c = cues("people", lang)
    if not _words(c, "titles"):
        return None
    demonyms = _map(c, "demonyms")
    title = _alt(_words(c, "titles"), capital=True)
    adj = _alt([*demonyms, *_words(c, "role_adjectives")])
    det = _alt(_words(c, "determiners"), capital=True)
    prep = _alt(_words(c, "prepositions"))
    inner = _alt([*_words(c, "name_connectors"), *_words(c, "surname_joiners"),
                  *_words(c, "prepositions")])
    comp = (rf"(?:{_alt(_words(c, 'complement_articles'))}\s+)?"
            rf"(?:{_CAP}(?:\s+(?:{inner}\s+)?{_CAP})*|[a-zà-ÿ][\w-]*)")
    role = (rf"(?P<title>{title})(?:\s+(?P<adj>{adj}))?(?:\s+(?P<prep>{prep})\s+(?P<comp>{comp}))?"
            rf"(?:\s+(?P<adj2>{adj}))?")
    clause = _alt(_words(c, "clause_words"))
    by_name = rf"{_CAP}(?:\s+(?:{inner}\s+)?{_CAP}){{0,4}}"
    joiners = _alt(_words(c, "credit_joiners"))
    return Lang(
        before=re.compile(rf"(?<![\w-])(?:{det}\s+)?{role}\s*,?\s*$"),
        after=re.compile(rf"^\s*(?:\([^()]{{1,20}}\)\s*)?,\s+(?:{det}\s+)?{role}"
                         rf"(?=\s*(?:[,;:)]|\.(?:\s|$)|$|\s+{clause}\b))"),
        credit_colon=re.compile(rf"^\(?\s*{_alt(_words(c, 'credit_labels'))}\s*:\s*(.{{1,160}})$"),
        credit_by=re.compile(rf"^{_alt(_words(c, 'credit_by'))}\s+({by_name}(?:\s*(?:,|&|"
                             rf"{joiners})\s*{by_name})*)\s*(?:[,|/(–-].{{0,40}})?$"),
        not_name=frozenset(_words(c, "not_name")),
        org_words=frozenset(_words(c, "org_words")),
        place_words=frozenset(_words(c, "place_words")),
        place_prefixes=frozenset(_words(c, "place_prefixes")),
        portfolio=frozenset(_words(c, "portfolio_words")),
        places=frozenset(_words(c, "places")),
        countries=_map(c, "countries"),
        demonyms=demonyms,
        connectors=frozenset(f" {w} " for w in _words(c, "name_connectors")),
        joiners=frozenset(f" {w} " for w in _words(c, "surname_joiners")),
        credit_split=re.compile(rf"[/;,()]|\s+via\s+|\s+&\s+|\s+{joiners}\s+"),
        leader=re.compile(rf"(?<![\w-]){det}\s+{_alt(_words(c, 'leader_nouns'))}"
                          rf"(?:\s+(?P<dem>{_alt(demonyms)}))?(?![\w-])"
                          rf"(?!\s*,?\s*(?:{prep}\s|[A-ZÀ-Þ(]))"),
        leader_titles=tuple(t.lower() for t in _words(c, "leader_titles")),
        relational=frozenset(_words(c, "relational_titles")),
        of_tail=re.compile(rf"^\s*,?\s*{_alt(_words(c, 'of_words'))}\s+({_CAP}(?:\s+{_CAP})*)"
                           rf"(?=\s*[,;:.)]|\s+{joiners}\s|\s*$)"),
        plural=re.compile(rf"(?<![\w-])(?:{det}\s+)?(?P<pl>{_alt(_plurals(c), capital=True)})\s+"),
        plurals=_plurals(c),
    )


def _plurals(c: dict) -> dict[str, str]:
    """One-word titles in the plural, written as Spanish and Portuguese write them: a vowel
    takes -s ("presidentes"), a consonant -es ("líderes", "senadores")."""
    out: dict[str, str] = {}
    for t in _words(c, "titles"):
        if " " not in t and "-" not in t:
            out.setdefault(t + ("s" if t[-1] in "aeiouáéó" else "es"), t)
    return out


def country(lw: Lang, phrase: str) -> str | None:
    """The country a phrase names, in this language or in the English gazetteer."""
    return lw.countries.get(phrase) or country_of(phrase.split())


def role_around(lw: Lang, before: str, after: str) -> tuple[str | None, str | None, bool] | None:
    """(role as written, side, titled) from the text before a name ("el presidente de
    Colombia, ": a title) or, failing that, after it (", ministro de Hacienda,": an appositive,
    ranked like an English one below a title)."""
    m = lw.before.search(before[-MAX_ROLE_CHARS:])
    titled = m is not None
    m = m or lw.after.match(after)
    if not m:
        return None
    side = None
    parts = [m.group("title")]
    for key in ("adj", "adj2"):
        adj = m.group(key)
        if adj and adj in lw.demonyms:
            side = side or lw.demonyms[adj]
        elif adj and key == "adj":
            parts.append(adj)
    comp = m.group("comp")
    if comp:
        head = re.split(r"\s+(?:en|em|no|na|ante|junto)\s+", comp)[0]
        found = country(lw, head)
        if found:
            side = side or found
        else:  # "ministra de Medio Ambiente de Colombia": the role as written, and a side
            parts += [m.group("prep"), comp]
            tail = re.split(r"\s+(?:de|del|do|da|dos|das)\s+", comp)
            side = side or (country(lw, tail[-1]) if len(tail) > 1 else None)
    if m.group("adj2") and m.group("adj2") not in lw.demonyms:
        parts.append(m.group("adj2"))
    if m.group("title").lower() in lw.relational:  # a counterpart of someone: the side only
        return (None, side, titled) if side else None
    role = " ".join(" ".join(parts).split())
    # "..., líder del Centro Democrático.": the sentence's full stop is not the role's.
    return (role[:-1] if role.endswith(".") and "." not in role[:-1] else role), side, titled


def not_a_person(lw: Lang, name: tuple[Tok, ...], titled: bool) -> bool:
    """An organisation, a place, a portfolio or a sentence word in this language."""
    words = [t.text for t in name]
    phrase = " ".join(words)
    if phrase in lw.places or country(lw, phrase):
        return True
    if any(w in lw.org_words or w in lw.place_words or w in lw.not_name for w in words):
        return True
    if all(w in lw.portfolio or w[:1].islower() for w in words):
        return True
    if all(w.isupper() for w in words if len(w) > 1):  # a dateline ("LA PAZ —"), acronyms
        return True
    return not titled and words[0] in lw.place_prefixes and len(words) > 1


def tidy_runs(lw: Lang, text: str, runs: list[list[Tok]]) -> list[list[Tok]]:
    """Runs as this language writes names: joined across particles, a title's capitalised
    words split off, sentence words dropped from their start."""
    joined: list[list[Tok]] = []
    for run in runs:
        prev = joined[-1] if joined else None
        if prev and _joins(lw, text, prev, run):
            gap = text[prev[-1].end : run[0].start]
            at = prev[-1].end
            for w in gap.split():
                at = text.index(w, at)
                prev.append(Tok(w, at, at + len(w), False, False))
                at += len(w)
            prev.extend(run)
        else:
            joined.append(list(run))
    out: list[list[Tok]] = []
    for run in joined:
        for part in _split_title(lw, text, _place_tail_off(lw, run)):
            while part and (part[0].text in lw.not_name or not part[0].cap):
                part = part[1:]
            while part and not part[-1].cap:
                part = part[:-1]
            if part:
                out.append(part)
    return out


def _joins(lw: Lang, text: str, prev: list[Tok], run: list[Tok]) -> bool:
    gap = text[prev[-1].end : run[0].start]
    if prev[-1].possessive or run[0].text in lw.not_name:
        return False
    phrase = " ".join(t.text for t in run)
    if phrase in lw.places or country(lw, phrase):  # "Ramón Ortega de Colombia"
        return False
    if gap in lw.connectors:
        return True
    # "Gil y Rojas,": a lone surname after a name of two or more words, ending the clause;
    # "Ana Costa y Ortega dijeron" names two people.
    after = text[run[-1].end : run[-1].end + 1]
    return gap in lw.joiners and len(prev) >= 2 and len(run) == 1 and after in ",.;:)"


def _place_tail_off(lw: Lang, run: list[Tok]) -> list[Tok]:
    """"Luis Ortega da Bolívia" is the name "Luis Ortega" and where he is from."""
    for j in range(2, len(run) - 1):
        phrase = " ".join(t.text for t in run[j + 1 :])
        if not run[j].cap and (phrase in lw.places or country(lw, phrase)):
            return run[:j]
    return run


def _split_title(lw: Lang, text: str, run: list[Tok]) -> list[list[Tok]]:
    """"secretária de Estado Joana Prado" is read as one run "Estado Joana Prado": the title
    that ends inside it gives its words back."""
    for j in range(1, len(run)):
        tail_from = max(0, run[j].start - MAX_ROLE_CHARS)
        m = lw.before.search(text[tail_from : run[j].start])
        if not m or tail_from + m.start() > run[0].start:
            continue
        # "líder del Centro Democrático": one word left is the complement's, unless the words
        # split off are the title itself ("Presidente Lula").
        if len(run) - j >= 2 or tail_from + m.start("title") >= run[0].start:
            return [run[:j], run[j:]]
    return [run]


def sentence_runs(s) -> list[list[Tok]]:
    """A sentence's capitalised runs, tidied for its language when it has cues."""
    runs = cap_runs(s.text.replace("\u2011", "-"))
    lw = lang_cues(s.lang)
    return tidy_runs(lw, s.text.replace("\u2011", "-"), runs) if lw else runs


def leader_aliases(sents, acc: dict, index) -> None:
    """"el mandatario colombiano", "o chefe do Executivo": an alias of the one person named in
    the article whose role is a leader's title (of the demonym's country, when one is written)."""
    named: dict[str, set[str]] = {}
    for s in sents:
        named.setdefault(s.article_id, set()).update(m.person for m in index.find(s.text))
    for s in sents:
        lw = lang_cues(s.lang)
        if lw is None or s.block_kind == "heading":
            continue
        for m in lw.leader.finditer(s.text):
            side = lw.demonyms.get(m.group("dem") or "")
            who = sorted(n for n in named[s.article_id] if (a := acc[n]).role
                         and (side is None or a.side == side)
                         and a.role.lower().startswith(lw.leader_titles))
            if len(who) == 1:
                acc[who[0]].aliases.add(m.group(0))


def credit(lw: Lang, text: str) -> list[str] | None:
    """The names a credit line credits ([] for an agency alone), or None for no credit line."""
    text = text.strip()
    m = lw.credit_colon.match(text) or lw.credit_by.match(text)
    if not m:
        return None
    return [p.strip(" .") for p in lw.credit_split.split(m.group(1)) if p.strip(" .")]
