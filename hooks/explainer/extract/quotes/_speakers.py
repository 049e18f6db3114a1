"""Who speaks a quotation, from the words around its cue (helper for quotes.py).

Reads: a sentence with its quotations blanked out, the speech cue, the known people named in
it and the subject of the sentence before. Produces: the canonical speaker, or None.
Limits: the speaker is the nearest person, pronoun or role noun before the cue (he/she -> the
last subject), the name before an aside that runs up to the cue ("X, who led the agency, said"),
or a name right after a cue that a reporter inverts ("said X"); a name that only modifies the
speaking noun ("X's office said", "a spokesman for X") or a group noun ("officials said")
gives None. Where the language drops subject pronouns (Spanish, Portuguese), a singular verb
with no subject of its own ("—afirmó.", "Luego añadió que", "dijo a X") is the last subject's;
a noun phrase after the verb ("señaló el Ministerio") or a plural verb gives None.
"""

from __future__ import annotations

import re

from explainer.extract.people import AliasIndex, Mention
from explainer.extract.quotes._lang import EN, Lang
from explainer.extract.quotes._spans import Cue, word_count

# An aside between the speaker and the cue ("X, who led the agency since 2019, said") has no
# clause break and is short; longer stretches usually hold a clause of their own.
MAX_ASIDE_WORDS = 25
_ASIDE_STOP = re.compile(r"[;:—–]")
# "Aras's office said", "a spokesman for the president of Aras called": the words between a
# name that only modifies the speaking noun and the cue.
MAX_MODIFIED_WORDS = 3
# Words that open a clause before the subject: "After meeting Y, X said ...".
_OPENERS = frozenset("""After Before When While Since Although Though As If Following Despite
    During In At On Unlike Like With Asked Speaking""".split())


def _resolve(m: Mention | None, pronoun: re.Match | None, last_subject: str | None) -> str | None:
    if m is not None and (pronoun is None or m.end >= pronoun.end()):
        return m.person
    return last_subject if pronoun is not None else None


def speaker_before(masked: str, cue: Cue, mentions: list[Mention],
                    last_subject: str | None, lg: Lang = EN) -> str | None:
    head = masked[: cue.start]
    right_after = next((x.person for x in mentions if x.start >= cue.end
                        and (cue.word in lg.inverting or cue.word in lg.according)
                        and _inverted_gap(masked[cue.end : x.start], lg)), None)
    group = lg.group_subject.search(head) if lg.group_subject else None
    if group and lg.pro_drop and _complement(head, group.start(), mentions, lg):
        group = None  # "la presidenta de la Comisión indicó": the institution is her post's
    if cue.word in lg.according or group:
        if cue.word not in lg.according:
            return None
        # "Según él, ...", "Segundo ela, ...": the pronoun is the last subject.
        rest = masked[cue.end :].lstrip()
        pron = lg.pronoun.match(rest) if lg.pro_drop else None
        own = lg.own and rest.lower().startswith(lg.own)  # "según sus palabras, ..."
        return right_after or (last_subject if pron or own else None)
    if cue.word.endswith("ing") and head.rstrip().endswith(","):
        # "X reaffirmed that he views Y as a rival, adding, “...”": the subject speaks.
        return _clause_subject(head, mentions, last_subject)
    aside = _before_aside(head, mentions, lg)
    if aside is not None:
        return aside
    m = next((m for m in reversed(mentions) if m.end <= cue.start), None)
    if m is not None and _modifier_of_speaker(masked, m, cue.start, lg):
        return None
    pron = None
    for p in lg.pronoun.finditer(head):
        pron = p
    if m is None and pron is None:
        if right_after or _subject_after(masked, cue, lg):
            return right_after  # "según informó el Ministerio": a subject after the verb
        return _dropped(head, cue, last_subject, lg)
    if pron is not None and (m is None or m.end < pron.end()):
        # "X, who led ..., rejected what she called": a subject earlier in the same sentence
        # comes before the previous sentence's.
        subject = _subject_in(masked[: pron.start()], mentions, lg)
        return subject or last_subject
    return _resolve(m, pron, last_subject)


_CLAUSE = re.compile(r"[,;:—–(]")


def _complement(head: str, at: int, mentions: list[Mention], lg: Lang) -> bool:
    """The capitalised phrase from `at` completes the person or role named right before it
    ("la presidenta | de la Comisión Nórdica", "o ministro | da Fazenda"): only a preposition
    and an article stand between them."""
    m = next((m for m in reversed(mentions) if m.end <= at + 1), None)
    words = head[m.end :].split() if m else []
    k = 0  # the lower-case words before the phrase
    while k < len(words) and not words[k][:1].isupper():
        k += 1
    return 0 < k <= 2 and k < len(words) and words[0] in lg.of_noun


def _inverted_gap(between: str, lg: Lang) -> bool:
    """"said X", "según la ministra de Hacienda, X": the words a reporter puts between an
    inverted cue and its speaker (beyond one word, a comma ends them unless the name follows
    it: "según el ministro, X" is X's)."""
    n = word_count(between)
    return n <= 1 or (n <= lg.max_inverted_gap and "," not in between.rstrip().rstrip(","))


def _dropped(head: str, cue: Cue, last_subject: str | None, lg: Lang) -> str | None:
    """"—No vamos a ceder —afirmó.", "Y añadió que ...": in a language that drops subject
    pronouns, a singular verb with no subject in its clause speaks for the last subject; "El
    Gobierno aseguró" has one (no person)."""
    if not lg.pro_drop or cue.word in lg.plural:
        return None
    words = _CLAUSE.split(head)[-1].split()
    for opener in sorted(lg.openers, key=len, reverse=True):
        n = len(opener.split())
        if " ".join(words[:n]).lower() == opener:
            words = words[n:]
            break
    after_prep = False  # "le habló a Europa y dijo": a noun phrase after a preposition is
    for w in words:     # an object, not the verb's subject
        if w.lower() in lg.prepositions:
            after_prep = True
        elif not (after_prep and (w[:1].isupper() or w.lower() in lg.not_after)):
            after_prep = False
            if w[:1].isupper() or w.lower() in lg.not_after:
                return None
    return last_subject


def _subject_after(masked: str, cue: Cue, lg: Lang) -> bool:
    """"señaló el Ministerio", "afirmou a Casa Branca": a noun phrase right after the verb is
    its subject (a "—afirmó." or "dijo a la prensa" has none)."""
    nxt = masked[cue.end :].split()
    return bool(nxt) and (nxt[0].lower() in lg.not_after or nxt[0][:1].isupper())


def _clause_subject(head: str, mentions: list[Mention], last_subject: str | None) -> str | None:
    """The subject of the main clause: the first person named outside an opening clause
    ("After meeting Y, X ...") and not after a preposition; a pronoun before them is the
    subject of the sentence before."""
    start = 0
    if head.split(" ", 1)[0] in _OPENERS and "," in head:
        start = head.index(",") + 1
    first = next((m for m in mentions if start <= m.start and m.end <= len(head)
                  and not _object(head, m)), None)
    pron = EN.pronoun.search(head, start)
    if pron is not None and (first is None or pron.start() < first.start):
        return last_subject
    return first.person if first else None


def _before_aside(head: str, mentions: list[Mention], lg: Lang = EN) -> str | None:
    """"X, who succeeded Y as head of the agency in 2019, said": the name right before an
    aside that runs up to the cue is the speaker, not a name inside the aside."""
    if not head.rstrip().endswith(","):
        return None
    # The last such name: "Unlike Y, X, who ..., said" is X's.
    for m in reversed(mentions):
        rest = head[m.end :]
        if (m.end < len(head) and rest.startswith(",") and not _ASIDE_STOP.search(rest)
                and 1 <= word_count(rest) <= MAX_ASIDE_WORDS
                and not _object(head, m, lg.prepositions)):
            return m.person
    return None


def _object(text: str, m: Mention, prepositions: frozenset[str] = EN.prepositions) -> bool:
    words = text[: m.start].split()
    return bool(words) and words[-1].lower() in prepositions


def _modifier_of_speaker(masked: str, m: Mention, cue_start: int, lg: Lang = EN) -> bool:
    """"Aras's office said", "a spokesman for Aras called": the name only modifies the noun
    that speaks, so the speaker is not that person ("Aras's admission that" is Aras's own;
    "with Aras suggesting" has Aras for subject)."""
    between = masked[m.end : cue_start]
    if "," in between or word_count(between) > MAX_MODIFIED_WORDS:
        return False
    if attributive(masked, m):
        return True
    if between.startswith(("’s", "'s")):
        return word_count(between) > 1
    return _object(masked, m, lg.of_noun)


def attributive(masked: str, m: Mention) -> bool:
    """"a Vidal supporter told reporters": after "a"/"an", a name before a lower-case noun
    only says whose supporter, aide or backer speaks."""
    words = masked[: m.start].split()
    return bool(words) and words[-1].lower() in ("a", "an") and bool(
        re.match(r"\s+[a-z]", masked[m.end :]))


def _subject_in(head: str, mentions: list[Mention], lg: Lang = EN) -> str | None:
    for m in mentions:
        if m.end > len(head):
            break
        words = head[: m.start].split()
        if not words or words[-1].lower() not in lg.prepositions:
            return m.person
    return None


def speaker_after(masked: str, span_end: int, cue: Cue, mentions: list[Mention],
                   last_subject: str | None, lg: Lang = EN) -> str | None:
    window = masked[span_end : cue.end + lg.after_window]
    near = [x for x in mentions if span_end <= x.start <= cue.end + lg.after_window]
    pron = lg.pronoun.search(window)
    if lg.pro_drop:
        # "«...», dijo a X", "afirmó en la reunión con X el presidente": X is spoken to or
        # about; "dijo el portavoz de X": X's spokesperson speaks.
        near = [x for x in near if not _object(masked, x, lg.addressee)]
    if near:
        # "“...,” Aras's office said", "“...,” said a spokesman for Aras": not Aras.
        after = masked[near[0].end :]
        by_cue = near[0].start >= cue.end and not masked[cue.end : near[0].start].strip()
        if not by_cue and (after.startswith(("’s", "'s")) or _object(masked, near[0], lg.of_noun)
                           or attributive(masked, near[0])):
            return None
        return near[0].person
    return last_subject if pron else _dropped_after(masked, cue, last_subject, lg)


def _dropped_after(masked: str, cue: Cue, last_subject: str | None, lg: Lang) -> str | None:
    if lg.pro_drop and cue.word not in lg.plural and not _subject_after(masked, cue, lg):
        return last_subject
    return None


def first_at_start(text: str, index: AliasIndex) -> str | None:
    ms = index.find(text)
    return ms[0].person if ms and ms[0].start == 0 else None
