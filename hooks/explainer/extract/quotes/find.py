"""Direct quotations in one article, with their speakers.

Reads: one article's sentences (in order) and the cluster's people (names and aliases).
Produces: Quote records, one per sentence of a quotation: the quoted words, the canonical
speaker (or None), the cue that attributes them, and the kind: "direct" (in quotation marks),
"written" (a written message), "block" (an unquoted paragraph credited by the next line, e.g.
"President X").
Limits: a quotation counts when a speech cue governs it (scare quotes and labels have none), or
when its paragraph leaves no doubt who speaks (_quote_context: a quotation going on after an
attributed one, "“...” X told ...", "X addressed ... “...”", headlines "X: ‘...’", an
unquoted passage after "Label, from X:"); a reported clause opened by a cue carries it to the
next quotation of the sentence ("X said that “A” the talks would go on, “B”"). The speaker
(_quote_speakers) is the nearest person, pronoun or role noun before the cue (he/she -> the last
subject), the name before an aside, the agent of a passive ("described as ... by X"), or a name
right after an inverted cue ("said X"), or the clause subject before ", adding,"; a speaker
who is not a known person (an institution, "X's office", "a Vidal supporter", "both
leaders", "the representative") gives None. Every language runs this code with its own words
(_lang, cues/quotes.<lang>.yml): Spanish and Portuguese add dropped subjects ("—afirmó." is the
last subject's) and dash dialogue (_dashes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache, partial

from explainer.extract.people import AliasIndex, Mention
from explainer.extract.quotes._context import (
    colon_lead,
    continued,
    credit,
    credited_paragraph,
    from_next,
    from_previous,
    headline_or_colon,
    lead_in,
    only_quotation,
)
from explainer.extract.quotes._dashes import dialogue_quotes, opens_dialogue
from explainer.extract.quotes._lang import EN, Lang, lang_of
from explainer.extract.quotes._spans import (
    Cue,
    Span,
    mask,
    quote_sentences,
    quote_spans,
    speech_cues,
    word_count,
)
from explainer.extract.quotes._speakers import first_at_start, speaker_after, speaker_before
from explainer.lexicon import ROLE_NOUNS
from explainer.model import Person, Quote, Sentence

# How far (in words) a cue may stand before the quotation it governs. The longest gap in the
# seeds is 9 ("stated that he would go to the White House to “defend the nation”"); beyond
# about 10 words the cue usually governs another clause.
MAX_CUE_GAP = 10
# A cue followed by reported speech ("said she would ...", "told X that the union would ...")
# governs a quotation that closes that clause at the sentence end, up to this many words away
# (the blind cluster's longest was 16; longer clauses usually change subject on the way).
MAX_REPORTED_GAP = 20
# How far after a quotation the cue may come: "“...”, he declared", "“...,” said the minister",
# "“...,” the union's chief negotiator, Ana Ruiz, said" (6).
MAX_AFTER_GAP = 8
# A second quotation in the same sentence joined by a short "and that they were" inherits the
# first one's speaker and cue.
MAX_CHAIN_GAP = 6

# "citing a “senior official”", "quoting an “aide”": up to this many words, ending in a role.
MAX_LABEL_WORDS = 5
_SOURCE_BEFORE = re.compile(r"\b(?:citing|quoting|cited|quoted|from|by)\s+(?:a|an|the)\s+$")
_CLAUSE_BREAK = re.compile(r"[;:—–()]|[.!?]\s")
_WRITTEN_CONTEXT = re.compile(r"\b(?:written|letter|message|note|post|statement on)\b", re.I)
_PASSIVE_BY = re.compile(r"^[\s,]*by\s+")
_DETERMINERS = frozenset("its their his her our my your the".split())
_FUNCTION_WORDS = frozenset(
    """of and or but to in on at for with by as that which who is was were are be been has had
    have will would could should may might can from into than""".split()
)


def find_quotes(sentences: Sequence[Sentence], people: Iterable[Person]) -> list[Quote]:
    story = [p for p in people if not p.is_author]
    index = _alias_index(tuple((p.name, tuple(p.aliases)) for p in story))
    roles = {p.name: (p.role or "").lower() for p in story}
    sents = sorted(sentences, key=lambda s: s.index)
    recent: list[str] = []  # people named so far in this article, most recent last
    out: list[Quote] = []
    last_subject: str | None = None
    carry: Quote | None = None  # a quotation left open at the end of the previous sentence
    dialogue: dict[int, list[Quote]] = {}  # quotes of a dash-dialogue paragraph, by sentence
    for k, s in enumerate(sents):
        lg = lang_of(s.lang)
        text = s.text.replace("\u2011", "-")
        spans = quote_spans(text)
        found: list[Quote] = []
        if opens_dialogue(s, lg) and (k == 0 or sents[k - 1].block != s.block):
            block = [x for x in sents[k:] if x.article_id == s.article_id and x.block == s.block]
            dialogue = dialogue_quotes(block, lg, _mentions_of(index, (recent, roles), lg),
                                       last_subject, partial(_written, lg=lg))
        if s.index in dialogue:
            found, spans = dialogue.pop(s.index), []
        elif s.block_kind == "quote_block" or credited_paragraph(sents, k, index):
            who = credit(sents, k, index)
            if who is not None or s.block_kind == "quote_block":
                found.append(Quote(text, who, s, "attribution line", "block"))
        if not found and not spans:
            found = lead_in(s, text, index)
        if not found:
            found = _direct(text, spans, s, index, last_subject, carry, (recent, roles, lg))
        if not found and spans and not speech_cues(text, spans, lg):
            found = _uncued(sents, k, text, spans, out, index, last_subject)
        # "el Ministerio de Salud", "o Itamaraty": an institution the people stage kept.
        found = [replace(q, speaker=None) if q.speaker and q.speaker.split()[0] in lg.not_people
                 else q for q in found]
        carry = (found[-1] if found and spans and spans[-1].open_end else None if spans or found
                 else colon_lead(s, text, lg, _mentions_of(index, (recent, roles), lg),
                                 last_subject))
        out.extend(found)
        last_subject = _next_subject(text, spans, found, index, last_subject, lg)
        recent.extend(m.person for m in index.find(mask(text, spans)))
    return out


def _mentions_of(index: AliasIndex, history: tuple, lg: Lang) -> Callable[[str], list[Mention]]:
    """The people a text names and the role nouns pointing to one (history: recent, roles)."""
    return lambda t: index.find(t) + _role_mentions(t, *history, lg)


def _uncued(sents: Sequence[Sentence], k: int, text: str, spans: list[Span], out: list[Quote],
            index: AliasIndex, last_subject: str | None) -> list[Quote]:
    """A quotation no cue governs: attributed from its neighbours when they leave no doubt
    (see _quote_context), else left out."""
    if not only_quotation(text, spans):
        return headline_or_colon(sents[k], text, spans, index)
    return ((continued(sents, k, spans[0], out, last_subject) if k else [])
            or from_next(sents, k, spans[0], index, last_subject)
            or from_previous(sents, k, spans[0], index))


# Every article of a cluster is read against the same people: build their matcher once.
@lru_cache(maxsize=4)
def _alias_index(names: tuple[tuple[str, tuple[str, ...]], ...]) -> AliasIndex:
    return AliasIndex(dict(names))


def _role_mentions(masked: str, recent: list[str], roles: dict[str, str],
                   lg: Lang = EN) -> list[Mention]:
    """"the ambassador said", "subrayó el presidente": the person named most recently whose
    role ends in that noun (holds it anywhere, where the noun comes first: "ministra de X")."""
    out = []
    for m in lg.role_re.finditer(masked):
        noun = m.group(1)
        if noun not in lg.role_nouns:
            continue
        who = next((p for p in reversed(recent) if _holds(roles.get(p, ""), noun, lg)), None)
        if who:
            # "do senador": the mention is the noun, so the "do" before it reads as "of".
            start = m.start(1) if lg.role_at_noun else m.start()
            out.append(Mention(start, m.end(), who, m.group()))
    return out


def _holds(role: str, noun: str, lg: Lang) -> bool:
    """"el mandatario" holds "presidente de X"; English roles end in their noun."""
    if not lg.role_anywhere:
        return role.endswith(noun)
    nouns = {noun, *lg.role_synonyms.get(noun, ())}
    return bool(role) and "*" in nouns or bool(nouns & set(re.split(r"[\s-]+", role)))


def _direct(text: str, spans: list[Span], s: Sentence, index: AliasIndex,
            last_subject: str | None, carry: Quote | None, history: tuple) -> list[Quote]:
    lg = history[2]
    cues = speech_cues(text, spans, lg)
    masked = mask(text, spans)
    mentions = sorted(index.find(masked) + _role_mentions(masked, *history),
                      key=lambda m: m.start)
    found: list[Quote] = []
    prev: tuple[Span, Quote] | None = None
    opened = False  # the last quote's cue came before it: a reported clause may go on
    for n, span in enumerate(spans):
        if n == 0 and carry is not None and span.start == 0:
            q = Quote(span.text, carry.speaker, s, carry.cue, carry.kind)
            found.append(q)
            prev = (span, q)
            continue
        if (lg.label_before.search(text[: span.start]) or _modifier(text, span)
                or _source_label(text, span)):
            continue
        seg_start = prev[0].end if prev else 0
        # "According to X, ... “...”" governs the whole sentence, however far the quotation.
        before = [c for c in cues if seg_start <= c.start < span.start
                  and (word_count(text[c.end : span.start]) <= MAX_CUE_GAP
                       or _reported(text, c, span, lg)
                       or c.word in lg.according)]
        next_start = spans[n + 1].start if n + 1 < len(spans) else len(text)
        after_text = text[span.end : next_start]
        speaker, cue = None, None
        if _PASSIVE_BY.match(after_text) and before:
            cue = before[-1]
            agent = _PASSIVE_BY.sub("", after_text)
            speaker = first_at_start(agent, index)
        elif before:
            cue = before[-1]
            speaker = speaker_before(masked, cue, mentions, last_subject, lg)
            opened = True
        else:
            after = [c for c in cues if span.end <= c.start < next_start
                     and word_count(text[span.end : c.start]) <= MAX_AFTER_GAP]
            if after and not re.match(r"^[\s,]*(?:but|and|or|while)\b", after_text):
                cue = after[0]
                speaker = speaker_after(masked, span.end, cue, mentions, last_subject, lg)
            elif prev and prev[1].cue and (_chained(text[prev[0].end : span.start]) or opened
                                           and _reported_on(text, prev[0], span, cues, mentions)):
                q = Quote(span.text, prev[1].speaker, s, prev[1].cue, prev[1].kind)
                found.append(q)
                prev = (span, q)
                continue
            opened = False
        if cue is None:
            continue
        kind = "written" if _written(text, cue, lg) else "direct"
        q = Quote(span.text, speaker, s, cue.word, kind)
        found.append(q)
        prev = (span, q)
    # One quote per sentence of a quotation ("“A. B,” X said": “A.” and “B”).
    return [replace(q, text=t) for q in found for t in quote_sentences(q.text)]


def _reported(text: str, cue: Cue, span: Span, lg: Lang) -> bool:
    """"Corvo said she would meet both sides ... and bring them together “as soon as ...”": the
    quotation closes a reported-speech clause that the cue opens, at the sentence end."""
    between = text[cue.end : span.start]
    return (word_count(between) <= MAX_REPORTED_GAP and bool(lg.reported.match(between))
            and not re.search(r"[;:—–]|[“”\"]", between)
            and not text[span.end :].strip(" .,!?”\"’"))


def _modifier(text: str, span: Span) -> bool:
    """"its “blue corridor” plan": a quoted phrase between a determiner and a noun is a label."""
    before = text[: span.start].rstrip().rsplit(" ", 1)[-1].lower()
    nxt = re.match(r"\s+([a-z]+)", text[span.end :])
    return before in _DETERMINERS and bool(nxt) and nxt.group(1) not in _FUNCTION_WORDS


def _source_label(text: str, span: Span) -> bool:
    """"citing a “senior administration official”": a quoted name for a source, not words."""
    words = re.sub(r"[^\w\s-]", "", span.text).split()
    return (len(words) <= MAX_LABEL_WORDS and bool(words) and words[-1].lower() in ROLE_NOUNS
            and bool(_SOURCE_BEFORE.search(text[: span.start])))


def _chained(between: str) -> bool:
    return word_count(between) <= MAX_CHAIN_GAP and bool(
        re.match(r"^[\s,]*(?:and|but|or)\b", between)
    )


def _reported_on(text: str, prev: Span, span: Span, cues: list[Cue],
                 mentions: list[Mention]) -> bool:
    """"X said that “A” the talks would go on, “B”": a reported clause that the cue before
    the first quotation opened goes on to the next one, with no other cue, name or clause
    break between them."""
    between = text[prev.end : span.start]
    # “Day of Unity”: words in title case name a thing, they are not the speaker's words.
    if all(w[:1].isupper() for w in span.text.split() if w not in _FUNCTION_WORDS):
        return False
    return (word_count(between) <= MAX_CUE_GAP and not _CLAUSE_BREAK.search(between)
            and not any(prev.end <= c.start < span.start for c in cues)
            and not any(prev.end <= m.start < span.start for m in mentions))


def _written(text: str, cue: Cue, lg: Lang = EN) -> bool:
    return cue.word in lg.written and bool(_WRITTEN_CONTEXT.search(text[: cue.start])) or (
        cue.word in lg.always_written
    )


def _next_subject(text: str, spans: list[Span], found: list[Quote], index: AliasIndex,
                  last: str | None, lg: Lang = EN) -> str | None:
    """Who "he"/"she" points to in the next sentence: the last speaker, else the first person
    named here who is not the object of a preposition."""
    spoken = [q.speaker for q in found if q.speaker]
    if spoken:
        return spoken[-1]
    masked = mask(text, spans)
    for m in index.find(masked):
        words = masked[: m.start].split()
        if not words or words[-1].lower() not in lg.prepositions:
            return m.person
    # "“...,” the representative said." then "“...,” he added.": "he" is the one who spoke
    # here, who is no known person, not the person named before.
    return None if found else last
