"""What people.py gathers about one name while it reads the cluster, and how two records of
one person are folded together (private helper for people.py).

Reads: the roles, sides and aliases found next to a name. Produces: `Acc` records; the rank
that decides which of two roles a person keeps; the folding of "Kestranian President Tomas
Okafor" into "Tomas Okafor" and of spellings that differ only by accents ("Joaquín Peña" /
"Joaquin Pena") into one record.
Limits: accents are folded, not transliterations ("Yuri" / "Iouri" stay two spellings).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from explainer.lexicon import NAME_CONNECTORS
from explainer.model import Sentence

# A role stated in the cluster's main language (the one most of its articles use) outranks a
# role stated in any other: added to role_rank, whose ranks are 0..2.
MAIN_LANGUAGE_BONUS = 3


@dataclass
class Acc:
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    role_sentence: Sentence | None = None
    role_rank: int = -1  # see role_rank: a better-ranked role replaces the one found first
    side: str | None = None
    of_words: list[str] | None = None  # "Minister X of Valdoria": a side once countries are known
    main: str = "en"  # the cluster's main language (explainer.language.main_language)
    langs: set[str] = field(default_factory=set)  # languages of the sentences naming it


def role_rank(role: str, titled: bool) -> int:
    """A past post ("former President") ranks below any current one; a formal title
    ("President X") above a lower-case description ("incumbent leader X")."""
    words = role.replace("-", " ").lower().split()
    if "former" in words or words[:1] == ["ex"]:
        return 0
    return 2 if titled else 1


def set_role(a: Acc, role: str, s: Sentence, titled: bool) -> bool:
    """Keep the role if it outranks the one found before (the first of equals stays)."""
    rank = role_rank(role, titled) + (MAIN_LANGUAGE_BONUS if s.lang == a.main else 0)
    if rank <= a.role_rank:
        return False
    a.role, a.role_sentence, a.role_rank = role, s, rank
    return True


def _fold(a: Acc, into: Acc, alias: str) -> None:
    into.aliases |= a.aliases | {alias}
    if a.role_rank > into.role_rank:
        into.role, into.role_sentence, into.role_rank = a.role, a.role_sentence, a.role_rank
    into.side = into.side or a.side
    into.of_words = into.of_words or a.of_words


def merge_suffixes(acc: dict[str, Acc]) -> None:
    """"Kestranian President Tomas Okafor" read as a name (an unknown side word) is
    "Tomas Okafor": fold the longer form into the shorter full name it ends with. A name seen in
    a language that writes two surnames ("Ramón Ortega Salcedo", "Ana Souza da Costa", in a
    sentence of SECOND_SURNAME_LANGS) folds into the name it extends by one surname, and one
    with a middle name into the name without it (_middle_name)."""
    for long in sorted(acc, key=lambda n: (-len(n.split()), n)):
        if long not in acc:
            continue
        for short in sorted(acc):
            if short != long and _particles(long).endswith(" " + _particles(short)) and all(
                w in NAME_CONNECTORS for w in _particles(short).split()[:-1]
            ):  # "Von der Brink" is the surname of "Ana von der Brink", not a full name
                _fold(acc.pop(short), acc[long], short)
                continue
            if short != long and len(short.split()) >= 2 and (
                long.endswith(" " + short) or _second_surname(long, short, acc[long].langs)
                or _middle_name(long, short, acc[long].langs)
            ):
                _fold(acc.pop(long), acc[short], long)
                break


# Languages whose names often carry a second surname the press drops ("Petro Urrego").
SECOND_SURNAME_LANGS = frozenset({"es", "pt"})


def _second_surname(long: str, short: str, langs: set[str]) -> bool:
    extra = long[len(short) + 1 :].split() if long.startswith(short + " ") else []
    return bool(extra and langs & SECOND_SURNAME_LANGS and extra[-1][:1].isupper()
                and all(w.islower() for w in extra[:-1]))


def _middle_name(long: str, short: str, langs: set[str]) -> bool:
    """"Luis Alberto Ortega Ruiz" in a language of SECOND_SURNAME_LANGS is "Luis Ortega Ruiz"
    with a middle name: the same first name and the same surnames (two or more words of the
    shorter name after the first), capitalised words in between."""
    lw, sw = long.split(), short.split()
    return bool(langs & SECOND_SURNAME_LANGS and len(sw) >= 3 and len(lw) > len(sw)
                and lw[0] == sw[0] and lw[-(len(sw) - 1) :] == sw[1:]
                and all(w[:1].isupper() for w in lw[1 : len(lw) - len(sw) + 1]))


def _particles(name: str) -> str:
    """The name with its particles in lower case ("Von der Brink" -> "von der Brink"): a
    capital on a particle is a matter of style, not another person."""
    return " ".join(w.lower() if w.lower() in NAME_CONNECTORS else w for w in name.split())


def unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def merge_spellings(acc: dict[str, Acc]) -> None:
    """"Joaquín Peña Ruiz" and "Joaquin Pena Ruiz" are one person: the
    accented spelling (the fuller one) is kept as the name."""
    groups: dict[str, list[str]] = {}
    for name in sorted(acc):
        groups.setdefault(unaccented(_particles(name)), []).append(name)
    for names in groups.values():
        if len(names) < 2:
            continue
        keep = max(names, key=lambda n: (n != unaccented(n), n))
        for other in names:
            if other != keep:
                _fold(acc.pop(other), acc[keep], other)
