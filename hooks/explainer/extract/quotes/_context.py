"""Quotations with no speech cue of their own, attributed from the sentences around them
(helper for quotes.py).

Reads: an article's sentences in order, the quotes found so far and the people index.
Produces: Quote records for
- a whole quoted sentence right after an attributed one ("continued"), or after a short
  pronoun sentence that interrupts the same speaker ("“...,” X said. He paused. “...”");
- a whole quoted sentence attributed by the next sentence of its paragraph ("“Enough!” X told
  the committee ..."; cue "next sentence");
- a whole quoted sentence right after a sentence of its paragraph whose only person is its
  subject ("X addressed the donors. “We need the money ...”"; cue "context");
- a headline "X: ‘...’" (cue "headline") and "X did not hold back: “...”" (cue "colon");
- an unquoted passage after a lead-in "Analysis, from X: ..." (cue "lead-in");
- an unquoted paragraph credited by the next line ("attribution line").
Limits: when two people are named, or the person is not the subject, the quotation is left
out: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from explainer.extract.people import AliasIndex
from explainer.extract.quotes._lang import Lang, lang_of
from explainer.extract.quotes._spans import (
    Span,
    mask,
    quote_sentences,
    quote_spans,
    speech_cues,
    word_count,
)
from explainer.extract.quotes._speakers import speaker_before
from explainer.model import Quote, Sentence

# A credit line under an unquoted paragraph is short: "President X, on his call with Y" is 11.
MAX_CREDIT_WORDS = 16
# "Deputy Governor X told ...", "Foreign Minister X said it twice": the speaker opens the next
# sentence (a title of up to this many words before the name) and the cue follows it closely.
MAX_LEAD_WORDS = 4
MAX_NAME_TO_CUE = 2
_PRONOUN_START = re.compile(r"^\s*(?:He|She)\b")
# What may stand before a sentence's subject: its title or nationality ("Ukrainian Finance
# Minister"), or a short opener closed by a comma ("On Tuesday,"); "Protesters booed X" has X
# for object.
_LEAD = re.compile(
    r"^[\s“\"‘(]*(?:[^\s,;:]+(?:\s+[^\s,;:]+){0,3},\s+)?"
    r"(?:(?:[A-Z][\w.’'-]*|of|the)\s+){0,"
    + str(MAX_LEAD_WORDS) + r"}$"
)


def _lead(code: str) -> re.Pattern:
    """English titles are capitalised ("Deputy Governor X"); Spanish and Portuguese ones are
    not ("El presidente X", "A ministra da Fazenda, X"): their role nouns may stand there."""
    lg = lang_of(code)
    return lg.lead or _LEAD


_PREPOSITIONS = frozenset("to with against on from of for by about at into over than".split())
_POSSESSIVE = ("’s", "'s", "’", "'")


def only_quotation(text: str, spans: list[Span]) -> bool:
    """The whole sentence is one closed quotation: “...”."""
    return (len(spans) == 1 and not spans[0].open_end and not text[: spans[0].start].strip()
            and not text[spans[0].end :].strip(" .,!?"))


def _parts(span: Span, s: Sentence, speaker: str | None, cue: str, kind: str) -> list[Quote]:
    return [Quote(p, speaker, s, cue, kind) for p in quote_sentences(span.text)]


def _same_block(a: Sentence, b: Sentence) -> bool:
    return a.article_id == b.article_id and a.block == b.block


def continued(sents: Sequence[Sentence], k: int, span: Span, out: list[Quote],
              last_subject: str | None) -> list[Quote]:
    """A quotation with no cue right after an attributed one in the previous sentence goes on
    with the same speaker: one Quote per sentence inside it (cue "continued"); so it does
    after a short "He paused." that names nobody else."""
    s, prev = sents[k], sents[k - 1]
    last = out[-1] if out else None
    if last is None or prev.article_id != s.article_id:
        return []
    if last.sentence != prev:
        gap = k >= 2 and last.sentence == sents[k - 2] and _same_block(prev, s)
        if not (gap and last.speaker and last.speaker == last_subject
                and _PRONOUN_START.match(prev.text) and not quote_spans(prev.text)):
            return []
    if s.block_kind not in ("paragraph", prev.block_kind):
        return []
    return _parts(span, s, last.speaker, "continued", last.kind)


def _subject(text: str, index: AliasIndex, lead: re.Pattern = _LEAD) -> tuple[str | None, int]:
    """The one person a sentence names, when it opens the sentence as its subject, and how
    many people it names."""
    ms = index.find(text)
    people = {m.person for m in ms}
    if not ms:
        return None, 0
    m = ms[0]
    if not lead.match(text[: m.start]) or text[m.end :].startswith(_POSSESSIVE):
        return None, len(people)
    return m.person, len(people)


def from_next(sents: Sequence[Sentence], k: int, span: Span, index: AliasIndex,
              last_subject: str | None) -> list[Quote]:
    """“Enough is enough!” Deputy Governor X told the committee ...: the next sentence of the
    paragraph opens with the speaker and a speech cue, and quotes nothing itself."""
    if k + 1 >= len(sents) or not _same_block(sents[k], sents[k + 1]):
        return []
    nxt = sents[k + 1].text.replace("\u2011", "-")
    if quote_spans(nxt):
        return []
    cues = speech_cues(nxt, [], lang_of(sents[k].lang))
    if not cues:
        return []
    cue = cues[0]
    who, _ = _subject(nxt[: cue.start], index, _lead(sents[k].lang))
    ms = index.find(nxt[: cue.start])
    if who and ms and word_count(nxt[ms[0].end : cue.start]) <= MAX_NAME_TO_CUE:
        return _parts(span, sents[k], who, "next sentence", "direct")
    if _PRONOUN_START.match(nxt) and word_count(nxt[: cue.start]) == 1 and last_subject:
        return _parts(span, sents[k], last_subject, "next sentence", "direct")
    return []


def from_previous(sents: Sequence[Sentence], k: int, span: Span, index: AliasIndex) -> list[Quote]:
    """X addressed the donors on Tuesday. “We need the money ...”: the sentence before, in the
    same paragraph, names one person only, as its subject."""
    if k == 0 or not _same_block(sents[k - 1], sents[k]):
        return []
    prev = sents[k - 1].text.replace("\u2011", "-")
    spans = quote_spans(prev)
    if spans or speech_cues(prev, spans, lang_of(sents[k].lang)):
        return []
    who, n = _subject(prev, index, _lead(sents[k].lang))
    return _parts(span, sents[k], who, "context", "direct") if who and n == 1 else []


def headline_or_colon(s: Sentence, text: str, spans: list[Span],
                      index: AliasIndex) -> list[Quote]:
    """"X: ‘We will not close a ward’" (a heading) and "X did not hold back: “...”": the
    quotation ends the sentence, after a colon, and one person, the subject, comes before."""
    if len(spans) != 1 or text[spans[0].end :].strip(" .,!?”’\""):
        return []
    head = text[: spans[0].start].rstrip()
    if not head.endswith(":"):
        return []
    head = head[:-1].rstrip()
    ms = index.find(head)
    if s.block_kind == "heading":
        if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(head):
            return [Quote(spans[0].text, ms[0].person, s, "headline", "direct")]
        return []
    who, n = _subject(mask(head, []), index, _lead(s.lang))
    if who and n == 1 and not speech_cues(head, [], lang_of(s.lang)):
        return [Quote(spans[0].text, who, s, "colon", "direct")]
    return []


# "Analysis, from regional editor X: ...": a short label, "from" the person, a colon.
_LEAD_IN = re.compile(r"^[A-Z][\w’' -]{0,40}, from ([^:;“”\"]{3,80}):\s+(\S.*)$")


def lead_in(s: Sentence, text: str, index: AliasIndex) -> list[Quote]:
    """"Thought bubble, from X: The fact is ...": an unquoted passage credited by its
    lead-in, which ends with a known person's name (cue "lead-in", kind "block")."""
    m = _LEAD_IN.match(text)
    if not m or re.search(r"[“”\"]", text):
        return []
    ms = index.find(m.group(1))
    if not ms or ms[-1].end != len(m.group(1).rstrip()):
        return []
    return [Quote(m.group(2).strip(), ms[-1].person, s, "lead-in", "block")]


def credited_paragraph(sents: Sequence[Sentence], k: int, index: AliasIndex) -> bool:
    """A paragraph with no quotation marks whose next block is only a person's name (with an
    optional title and ", on ..."): an unquoted quotation, when ingestion did not mark it."""
    s = sents[k]
    if s.block_kind != "paragraph" or re.search(r"[“”\"‘]", s.text):
        return False
    nxt = next((x for x in sents[k + 1 :] if x.block != s.block), None)
    if nxt is None or nxt.block != s.block + 1 or nxt.block_kind not in ("heading", "attribution"):
        return False
    line = nxt.text.strip()
    if word_count(line) > MAX_CREDIT_WORDS or line.endswith((".", "!", "?", ":")):
        return False
    head = line.split(",")[0]
    ms = index.find(head)
    return bool(ms) and ms[-1].end == len(head.rstrip()) and " " in ms[-1].surface.strip()


def credit(sents: Sequence[Sentence], k: int, index: AliasIndex) -> str | None:
    s = sents[k]
    for x in sents[k + 1 :]:
        if x.block == s.block:
            continue
        if x.block_kind in ("attribution", "heading"):
            ms = index.find(x.text.split(",")[0])
            return ms[0].person if ms else None
        if x.block_kind != "quote_block":
            return None
    return None


def colon_lead(s: Sentence, text: str, lg: Lang, mentions_of: Callable[[str], list],
               last_subject: str | None) -> Quote | None:
    """"Sobre isso, o presidente disse:" closing a paragraph with no quotation: the one that
    opens the next paragraph is the speaker's (find.py carries it like a quotation left open).
    `mentions_of(text)` is only called for such a sentence (most sentences are not)."""
    cues = speech_cues(text, [], lg) if text.rstrip().endswith(":") else []
    if not cues or text[cues[-1].end :].strip() != ":":
        return None
    mentions = sorted(mentions_of(text), key=lambda m: m.start)
    who = speaker_before(text, cues[-1], mentions, last_subject, lg)
    return Quote("", who, s, cues[-1].word, "direct") if who else None
