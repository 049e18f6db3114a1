"""People (with roles and sides), organisations and places across the whole cluster.

Reads: every article's sentences (headings are not harvested for names: Title-Case headlines
make false names) and Article.author.
Produces: Person records (canonical full name, every alias seen, role and side where the text
states them, every sentence naming them) and Entity records (organisations, places); bylines
become Person(is_author=True), kept apart from the people in the story.
Limits: rules, not a model. A person is found through a title, read whole ("Defense Minister
X", "Colombian President X", "EU Trade Commissioner X", "Former U.S. Ambassador to Mexico X",
"Deputy Prime Minister and Foreign Minister X", "the President of Colombia, X"), an appositive
("X, a Colombia expert at ...", "X, the country's deputy foreign minister"), or a run of two or
more capitalised name-like words; a lone surname only joins a full name seen somewhere in the
cluster (a first word too, for a name written family name first: "Han", "President Han" of "Han
Meilin"; an inner word of a long name: "Beto"); spellings that differ by accents are one
person. Of two roles a person is given, a current one outranks a former one and a title a
lower-case description (_people_acc.py).
A nickname after "so-called", "dubbed", "known as" is a label, not a person; other quoted
nicknames ("extradition of “X Y”") are taken as names.
Sides (see _people_sides.py) are written as country names: a nationality adjective the gazetteer
lacks ("Kestranian President X") becomes the country the cluster names ("Kestrana"), else stays
as written; "Minister X of Y", "on the Y side, were A and B" and "P was accompanied by A and B"
(A and B on P's side) give sides too.
Not people (see _people_orgs.py): outlets (Article.outlet, a wire dateline's "(Outlet)"), runs
with an organisation word (Ltd, Group, Union, Radio, Wire, Terminals ...), names the text
treats as organisations ("X, which ...", listed among organisations, "the X Y", "X Workers'
Union") unless a role is stated, the names of credit lines ("Editing by X", "Photo: X/Agency",
"By X, date": kept as credits, see _people_credits.py; a reporter the story names and credits
is its byline only), lines of bare names (a byline, a menu); a last name the text uses as a
place ("the Port of X") is no alias; ships, storms, operations, events, two-word places,
machines after a model code ("C-130J Super X") and the organisation owning a role ("Free
Democrats leader X") are no people (_people_context.py). Roles around a name: see _people_appos.py.
Spanish and Portuguese (any language with a people cue file): the same steps with that
language's titles, particles, non-person words and credit labels (_lang.py); a role stated in
the cluster's main language outranks one in another (_acc.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from explainer.extract.people._acc import Acc, merge_spellings, merge_suffixes, set_role
from explainer.extract.people._appos import (
    ITS,
    THE_COUNTRY,
    appointed_as,
    appositive,
    list_role,
    role_before,
)
from explainer.extract.people._context import (
    context_country,
    countries_in,
    joint_title,
    lower_modifier,
    nickname,
    not_a_person,
    possessive_side,
    title_to,
)
from explainer.extract.people._credits import bare_names, credit_names, is_credit
from explainer.extract.people._entities import entities
from explainer.extract.people._lang import lang_cues, role_around, sentence_runs
from explainer.extract.people._lang import not_a_person as lang_not_person
from explainer.extract.people._lists import country_after, plural_title
from explainer.extract.people._match import AliasIndex
from explainer.extract.people._names import authors, inner_forms, short_forms
from explainer.extract.people._orgs import (
    after_the,
    corporate_names,
    org_follows,
    outlet_names,
    place_words,
)
from explainer.extract.people._roles import role_nouns
from explainer.extract.people._runs import (
    Tok,
    country_of,
    is_honorific,
    is_name_tokens,
    parse_run,
)
from explainer.extract.people._sides import SideNames, delegation_sides
from explainer.language import main_language
from explainer.lexicon import INVERTING_CUES, NAME_CONNECTORS, TITLES
from explainer.model import Article, Entity, Person, Sentence

_TITLE_ALT = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
# "the President of Colombia, Gustavo Petro" / "the President of the United States, ..."
_TITLE_OF = re.compile(rf"\b({_TITLE_ALT}) of (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)*),\s*$")
# "Foreign Minister Dario Venn of Valdoria": a titled name followed by "of" + capitalised words.
_OF_AFTER = re.compile(r" of ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)")
_CUE_AFTER = re.compile(r",?\s+(?:" + "|".join(sorted(INVERTING_CUES | {"told"})) + r")\b")
_CLOCK_BEFORE = re.compile(r"\d[\d:.]*\s*$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")


def find_people(
    articles: Iterable[Article], sentences: Iterable[Sentence] | Mapping[str, Iterable[Sentence]]
) -> tuple[list[Person], list[Entity]]:
    articles = list(articles)
    sents = _flatten(sentences)
    # Every sentence is tokenised once; the harvest, the organisation cues and the entities
    # all read the same capitalised runs.
    runs = [sentence_runs(s) for s in sents]
    outlets, corporate = outlet_names(articles, sents), corporate_names(sents, runs)
    places = place_words(sents)
    acc: dict[str, Acc] = {}
    # The site's language: a role stated in it outranks one in another language.
    main = main_language(a.language for a in articles)
    # surname and title forms: (word, title, side, sentence, at the sentence start)
    singles: list[tuple[str, str | None, str | None, Sentence, bool]] = []
    weak: set[str] = set()  # untitled names seen only at a sentence start
    strong: set[str] = set()
    last_country: dict[str, str | None] = {}  # per article: the country named last
    for s, s_runs in zip(sents, runs, strict=True):
        named = countries_in(s_runs)
        if s.block_kind != "heading" and not is_credit(s) and not bare_names(s):
            context = (named, last_country.get(s.article_id))
            _harvest(s, s_runs, acc, singles, weak, strong, context, main)
        if named:
            last_country[s.article_id] = named[-1][1]
    for name in sorted(acc):
        # An outlet; or a name the text treats as an organisation, unless a role was stated.
        if name in outlets or name in corporate and acc[name].role is None:
            del acc[name]
    strong_surnames = {n.split()[-1] for n in strong}
    for name in sorted(weak - strong):
        if name.split()[-1] in strong_surnames:  # "Later Trump" beside "Donald Trump"
            acc.pop(name, None)
    merge_suffixes(acc)
    merge_spellings(acc)
    # A last word the text uses as a place ("the Port of X") is no alias for a person.
    by_surname = {w: n for w, n in short_forms(acc, last=True).items() if w not in places}
    by_first = {w: n for w, n in short_forms(acc, last=False).items() if w not in by_surname}
    by_inner = {w: n for w, n in inner_forms(acc).items()
                if w not in by_surname and w not in by_first and w not in places}
    for word, title, side, s, initial in singles:
        full = by_surname.get(word) or by_inner.get(word)
        if full is None and (title or not initial):
            # "Han said", "President Han" beside "Han Meilin": a title before a first word is
            # only written for a name given family name first.
            full = by_first.get(word)
        if full is None:
            if title and not is_honorific(title):  # "Senator Moreno" with no full name anywhere
                full = word
                acc.setdefault(full, Acc(main=main))
            else:
                continue
        _note(acc[full], f"{title} {word}" if title else word, title, side, s)
    for word, full in by_surname.items():
        acc[full].aliases.add(word)
    norm = SideNames(sents, [a.side for a in acc.values()])
    for a in acc.values():
        a.side = norm(a.side) or (norm.of_phrase(a.of_words) if a.of_words else None)
    index = AliasIndex({n: a.aliases for n, a in acc.items()})
    role_nouns(sents, acc, index, norm)
    index = AliasIndex({n: a.aliases for n, a in acc.items()})
    sides = {n: a.side for n, a in acc.items()}
    for name, side in delegation_sides(sents, index, sides, norm).items():
        acc[name].side = side
    mentions: dict[str, list[Sentence]] = {n: [] for n in acc}
    for s in sents:
        for name in sorted({m.person for m in index.find(s.text)}):
            mentions[name].append(s)
    credited: dict[str, set[str]] = {a.id: {p.name for p in authors([a], [])} for a in articles}
    for s in sents:
        if is_credit(s):
            credited.setdefault(s.article_id, set()).update(credit_names(s))
    people = [
        Person(n, tuple(sorted(a.aliases - {n})), a.role, a.role_sentence, a.side,
               tuple(mentions[n]))
        for n, a in sorted(acc.items())
        # A reporter named in the story they are credited for ("X, a reporter from ...,
        # is in the city") is its byline, not a person in it.
        if mentions[n] and not all(n in credited.get(x.article_id, ()) for x in mentions[n])
    ]
    people += authors(articles, sorted({n for names in credited.values() for n in names}))
    known = frozenset(outlets | corporate), frozenset(places)
    return people, entities(sents, set(acc), *known, runs=runs)


def _flatten(sentences) -> list[Sentence]:
    if isinstance(sentences, Mapping):
        sentences = [s for group in sentences.values() for s in group]
    return sorted(sentences, key=lambda s: (s.article_id, s.index))


def _note(a: Acc, alias: str, title: str | None, side: str | None, s: Sentence) -> None:
    a.aliases.add(alias)
    a.langs.add(s.lang)
    if title and not is_honorific(title):
        set_role(a, title, s, titled=True)
    if side and a.side is None:
        a.side = side


def _harvest(
    s: Sentence, runs: list[list[Tok]], acc: dict[str, Acc], singles: list, weak: set,
    strong: set, context: tuple = ((), None), main: str = "en",
) -> None:
    """`context`: the countries this sentence names (offset, country) and the article's
    last country before it, for "the country's minister"."""
    text = s.text.replace("\u2011", "-")
    lw = lang_cues(s.lang)  # this language's cue words, when it has a people cue file
    for k, run in enumerate(runs):
        p = parse_run(run)
        if not p.name:
            continue
        to = None if p.title else title_to(text, runs, k, p.name)
        if to:  # "Ambassador to Mexico Earl Tanner"
            p = replace(p, title=to[0], side=to[1], name=p.name[to[2] :])
        side = p.side or possessive_side(text, runs, k) or country_after(lw, text, p.name)
        title = p.title
        before = text[: p.start]
        if title == "PM" and _CLOCK_BEFORE.search(before):
            continue  # "at 4 PM Eastern Time": a time, not a prime minister
        if title:
            title, side = joint_title(text, runs, k, title, side)
            title = lower_modifier(before, title)
        # Both end-anchored patterns below need their last character first (a cheap test).
        m = _TITLE_OF.search(before) if before.rstrip().endswith(",") else None
        if m and not title:
            # "the President of Colombia, X" (a side); "the Leader of the Opposition, X" (a post)
            country = country_of(m.group(2).split())
            title = m.group(1) if country else m.group(0).strip().rstrip(",")
            side = side or country
        # "el presidente de Colombia, X" (a title), "X, ministro de Hacienda," (an appositive)
        cued = role_around(lw, before, text[p.name[-1].end :]) if lw and not title else None
        if cued and cued[2]:
            title, side = cued[0], side or cued[1]
        title = title or plural_title(lw, before, cued)  # "los presidentes A de Chile, B y C"
        name = " ".join(t.text for t in p.name)
        if nickname(before) or lw and lang_not_person(lw, p.name, title is not None):
            continue
        app_role, app_side = cued[:2] if cued and not cued[2] else appositive(text, p.name[-1])
        # "MDC-Alliance president Mr X": an honorific states no role, the words before may.
        before_role, before_side = (
            (None, None) if title and not is_honorific(title) else role_before(before)
        )
        role = (appointed_as(text, before, p.name[-1]) or app_role or before_role
                or list_role(before, text[p.name[-1].end :]))
        if app_role is None and before_role:
            app_side = before_side
        if app_side in (ITS, THE_COUNTRY):
            app_side = context_country(p.start, app_side is ITS, *context)
        if len(p.name) == 1:
            if is_name_tokens(p.name):
                # "the Bill" is no first name; a sentence's first word may be any word,
                # unless a speech verb follows it ("Gao said").
                initial = (_sentence_initial(text, run[0]) and not _CUE_AFTER.match(
                    text, run[-1].end)) or bool(_DETERMINER_BEFORE.search(text[: run[0].start]))
                singles.append((name, title, side, s, initial))
            continue
        untitled = title is None and role is None
        if not is_name_tokens(p.name, titled=not untitled):
            continue
        if untitled and not _untitled_ok(p.name):
            continue
        if untitled and (after_the(text, run, p) or org_follows(text, runs, k)
                         or not_a_person(text, runs, k, p.name)):
            continue
        # (tidy_runs has dropped a cue language's sentence words already)
        if untitled and _sentence_initial(text, run[0]) and lw is None:
            weak.add(name)  # "Later Trump": the first word may be an ordinary capitalised word
        else:
            strong.add(name)
        a = acc.setdefault(name, Acc(main=main))
        surface = text[run[0].start : p.name[-1].start + len(p.name[-1].text)]
        _note(a, surface, title, side, s)
        of = _OF_AFTER.match(text, p.name[-1].end)
        if of and title and a.of_words is None:
            a.of_words = of.group(1).split()
        if role and set_role(a, role, s, titled=False):
            t, c = _title_of_country(role)
            a.role = t or role
            a.side = a.side or c
        a.side = a.side or app_side


def _sentence_initial(text: str, tok: Tok) -> bool:
    return text[: tok.start].strip(" “\"‘'(—–-") == ""


def _untitled_ok(name: tuple[Tok, ...]) -> bool:
    # "Carlos Alberto Ribas de Souza": connectors do not count.
    return 2 <= sum(t.text not in NAME_CONNECTORS for t in name) <= 4


def _title_of_country(role: str) -> tuple[str | None, str | None]:
    """"President of Colombia" -> ("President", "Colombia"); "Leader of the Opposition in
    Queensland" names no country and stays whole."""
    m = re.match(rf"^({_TITLE_ALT}) of (?:the )?(.+)$", role)
    country = country_of(m.group(2).split()) if m else None
    return (m.group(1), country) if country else (None, None)
