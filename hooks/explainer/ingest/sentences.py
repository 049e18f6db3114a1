"""Split an article's blocks into numbered sentences.

Reads: Article.blocks. Produces: Sentence tuples with stable, 1-based indices in article order.
Limits: pysbd (the article language's rules, PYSBD_LANGUAGE) decides every boundary, on each
block separately, so a sentence never spans two blocks; headings, list items and attribution
lines are one sentence each. Spanish and Portuguese (pysbd's Spanish rules; it has no
Portuguese) are then repaired with that language's cues/sentences.<lang>.yml: a piece ending on
a title ("Sr.", "Av.", "pág.") or followed by a lower-case word or a comma is joined to the one
before, and a real word pysbd's rules take for an abbreviation ("contra.", "no.") or a suffix
that often ends a sentence ("S.A.", "EE.UU.", "p.m.") ends one before a capital. Measured on
hand-labelled paragraphs (tests/test_sentences_es_pt.py); no fast path for them.

Speed: pysbd costs ~4-6 ms per KB, which alone would cap extraction at ~0.2 MB/s. A fast path
cuts each block at boundaries pysbd always splits ("word. Capital", the word not one of pysbd's
abbreviations, not inside quotes/brackets) and hands pysbd only the pieces that still hold a
sentence mark; a piece without one is a sentence as it stands. tests/test_sentences.py checks
the result equals pysbd's on every block of the real seeds and the synthetic clusters.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd
from explainer.cues import cues, words
from explainer.model import Article, Sentence
from pysbd.between_punctuation import BetweenPunctuation
from pysbd.exclamation_words import ExclamationWords
from pysbd.lang.common.standard import Standard
from pysbd.lists_item_replacer import ListItemReplacer
from pysbd.utils import TextSpan

# Blocks that are one unit whatever their punctuation.
_WHOLE_BLOCKS = {"heading", "item", "attribution"}
# Any character pysbd may end a sentence on (its English rules plus the CJK/fullwidth marks).
_MARK = re.compile(r"[.!?…。｡．！？]")
# A piece ending in a mark followed only by closing quotes/brackets.
_END = re.compile(r"[.!?…。｡．！？]+[\"'”’)\]»]*\s*$")
# "word. Capital", "word.” Capital", "word? Capital", "word!” Capital": the boundaries the fast
# path takes on its own. The word must start after whitespace (not "e.g.", "example.com.",
# "co-op.") and be a plain word in lower or title case (not "U.S.", "NATO." or an initial).
# A quotation opening right after a full stop starts a sentence; after a closing quote it
# does not (pysbd keeps `favour.” “Is` together).
_SAFE = re.compile(
    r"(?<!\S)(?P<word>[A-Za-z][a-z]+)"
    r"(?:[.!?](?P<close>”)[ \t]+(?=[A-Z])|\.[ \t]+(?=[A-Z“])|[!?][ \t]+(?=[A-Z]))"
)
# pysbd treats these words followed by a period as abbreviations ("etc.", "Gen.", also real
# words such as "may." and "is."): never a fast boundary, whatever follows.
_ABBREVIATIONS = frozenset(a.lower() for a in Standard.Abbreviation.ABBREVIATIONS)
# Marks pysbd never ends a sentence on: a title before a name ("Ms. Venn"), an initialism
# before a lower-case word ("9 a.m. in", "the U.N. building").
_PREPOSITIVE = "|".join(Standard.Abbreviation.PREPOSITIVE_ABBREVIATIONS)
_NO_SPLIT = re.compile(
    rf"(?<![A-Za-z.])(?:(?i:{_PREPOSITIVE})\.(?= [A-Z])|(?:[A-Za-z]\.){{2,}}(?= [a-z]))"
)
# A quotation or bracket followed by a lower-case word or a comma does not end the sentence.
_CONTINUES = re.compile(r"\s*(?:,|[a-z])")
# Spans where pysbd hides punctuation (quotations, brackets, -- asides): no fast boundary inside.
_PROTECTED = [
    re.compile(p)
    for p in (
        BetweenPunctuation.BETWEEN_SINGLE_QUOTES_REGEX,
        BetweenPunctuation.BETWEEN_SINGLE_QUOTE_SLANTED_REGEX,
        BetweenPunctuation.BETWEEN_DOUBLE_QUOTES_REGEX_2,
        BetweenPunctuation.BETWEEN_SQUARE_BRACKETS_REGEX_2,
        BetweenPunctuation.BETWEEN_PARENS_REGEX_2,
        BetweenPunctuation.BETWEEN_QUOTE_ARROW_REGEX_2,
        BetweenPunctuation.BETWEEN_EM_DASHES_REGEX_2,
        BetweenPunctuation.BETWEEN_QUOTE_SLANTED_REGEX_2,
    )
]
# Cheap pre-check for pysbd's list rules ("a.", "b)", "(iv)", "1.", "2)"), which are slow: text
# without any of these shapes is never changed by ListItemReplacer.
_LISTY = re.compile(r"(?i:[a-z\d]\)|(?<!\S)[a-z]\.)|\d\.(?=[\s)]|$)")
# Names with "!" in them that pysbd never splits on ("Yahoo!").
_EXCLAIMED = re.compile(ExclamationWords.EXCLAMATION_REGEX)
# Cheap pre-check: blocks without any of these characters have no protected span.
_OPENERS = re.compile(r"['‘\"\[(«“]|--")


class _Segmenter(pysbd.Segmenter):
    """pysbd's segmenter, minus a regex compile per sentence.

    Stock pysbd maps each sentence back onto the input with `re.finditer(re.escape(sentence))`:
    one new pattern per sentence, which also evicts pysbd's own rule patterns from `re`'s
    512-entry cache, so they are recompiled on every call (over half of pysbd's time, measured).
    This does the same search with str.find; tests/test_sentences.py checks equal output.
    """

    def sentences_with_char_spans(self, sentences):
        text = self.original_text
        spans = []
        prior_end = 0
        for sent in sentences:
            if not sent:  # the regex would match "" anywhere; keep pysbd's own handling
                spans.extend(super().sentences_with_char_spans([sent]))
                continue
            pos = 0
            while (start := text.find(sent, pos)) >= 0:
                end = start + len(sent)
                while end < len(text) and text[end].isspace():
                    end += 1
                if end > prior_end:
                    spans.append(TextSpan(text[start:end], start, end))
                    prior_end = end
                    break
                pos = end
        return spans


# pysbd's rules per article language. pysbd has Spanish but no Portuguese; Portuguese takes the
# Spanish rules (the same sentence marks and most abbreviations: Sr., Sra., Dr., pág.). On the
# hand-labelled paragraphs of tests/data/sentences_es_pt.txt the Spanish rules beat the English
# ones for both languages (boundary precision es 0.69 vs 0.60, pt 0.76 vs 0.73; recall 1.0).
# Any other language is not mined and takes the English rules, as it did before languages were
# told apart here.
PYSBD_LANGUAGE = {"en": "en", "es": "es", "pt": "es"}


@lru_cache(maxsize=4)
def _segmenter(lang: str = "en") -> pysbd.Segmenter:
    return _Segmenter(language=PYSBD_LANGUAGE.get(lang, "en"), clean=False)


def _pysbd(text: str, lang: str = "en") -> list[str]:
    return [s.strip() for s in _segmenter(lang).segment(text) if s.strip()]


def _protected(text: str) -> list[tuple[int, int]]:
    if not _OPENERS.search(text):
        return []
    return [m.span() for rx in _PROTECTED for m in rx.finditer(text)]


def _cuts(text: str) -> list[int]:
    """Offsets where pysbd is certain to start a new sentence."""
    candidates = [m for m in _SAFE.finditer(text) if m.group("word").lower() not in _ABBREVIATIONS]
    if not candidates:
        return []
    # pysbd rewrites numbered/lettered lists and "Yahoo!"-style names before splitting; leave
    # such blocks to it whole.
    if _EXCLAIMED.search(text):
        return []
    if _LISTY.search(text) and ListItemReplacer(text).add_line_break() != text:
        return []
    spans = _protected(text)
    cuts = []
    for m in candidates:
        dot = m.end("word")
        # "word.” Next": the quotation must close right there, not inside another span.
        if m.group("close") and not any(b == dot + 2 for _, b in spans):
            continue
        if not any(a < dot < b and b != dot + 2 for a, b in spans):
            cuts.append(m.end())
    return cuts


def _whole(text: str) -> bool:
    """True when pysbd would certainly return `text` as one sentence."""
    body = _END.sub("", text)
    marks = [m.start() for m in _MARK.finditer(body)]
    if not marks:
        return True
    quiet = {i for m in _NO_SPLIT.finditer(body) for i in range(*m.span())}
    quiet.update(i for a, b in _protected(body) if _CONTINUES.match(body, b) for i in range(a, b))
    return all(i in quiet for i in marks)


def _piece(text: str) -> list[str]:
    if not text.strip():
        return []
    return [text.strip()] if _whole(text) else _pysbd(text)


def _split_block(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for cut in _cuts(text):
        out.extend(_piece(text[start:cut]))
        start = cut
    out.extend(_piece(text[start:]))
    return out


# The first letter of a piece, after dialogue dashes, quotes, brackets and inverted marks.
_FIRST_LETTER = re.compile(r"^[\s\-–—\"'“‘«(\[¿¡]*(?P<c>\w)")
# A piece opening on one of these continues the sentence before it ("EE.UU. | , con sede").
_CONTINUATION = ",;:)]»”"


def _listed(names) -> str:
    """Words of a cue list, each followed by its full stop, as one case-blind alternation."""
    alts = "|".join(map(re.escape, sorted(names, key=lambda t: (-len(t), t))))
    return rf"(?<![\w.])(?i:{alts})\."


@lru_cache(maxsize=8)
def _repairs(lang: str) -> tuple[re.Pattern | None, bool, re.Pattern | None]:
    """The language's repairs from cues/sentences.<lang>.yml, built once per language: a pattern
    for a piece that ends on a title ("Sr.", "Av.", "pág."), whether a lower-case start
    continues the sentence, and a pattern for where a listed word ends one before a capital."""
    found = cues("sentences", lang)
    titles = found.get("titles", ())
    listed = words("sentences", lang, "end_before_capital")
    ends = re.compile(_listed(titles) + "$") if titles else None
    cut = re.compile(_listed(listed) + r"[ \t]+(?=[¿¡«“\"—]?[A-ZÀ-Ý])") if listed else None
    return ends, bool(found.get("join_lowercase")), cut


def _unblock(pieces: list[str], lang: str) -> list[str]:
    """Split the pieces pysbd kept whole at "word. Capital" where the word is a real word its
    rules take for an abbreviation ("votou contra. Segundo", "dijo que no. Luego") or an
    abbreviation that often ends a sentence ("S.A. La obra")."""
    cut = _repairs(lang)[2]
    if cut is None:
        return pieces
    return [part for piece in pieces for part in _cut_at(piece, cut)]


def _cut_at(piece: str, cut: re.Pattern) -> list[str]:
    out, start = [], 0
    for m in cut.finditer(piece):
        out.append(piece[start : m.end()].strip())
        start = m.end()
    return [*out, piece[start:].strip()]


def _repair(text: str, pieces: list[str], lang: str) -> list[str]:
    """Join the pieces pysbd cut after a title or before a lower-case continuation; a joined
    sentence is the text between its first and last piece, as written."""
    ends, lowercase, _ = _repairs(lang)
    spans: list[list[int]] = []
    pos = 0
    for piece in pieces:
        start = text.find(piece, pos)
        if start < 0:  # pysbd changed the text: keep its pieces as they are
            return pieces
        pos = start + len(piece)
        first = _FIRST_LETTER.match(piece)
        if spans and (
            (ends is not None and ends.search(text[spans[-1][0] : spans[-1][1]]))
            or (lowercase and (piece[0] in _CONTINUATION or (first and first["c"].islower())))
        ):
            spans[-1][1] = pos
        else:
            spans.append([start, pos])
    return [text[a:b] for a, b in spans]


def _split_other(text: str, lang: str) -> list[str]:
    """Another language's block: pysbd with that language's rules, no fast path (the fast path's
    boundaries are proven for pysbd's English rules only), then that language's repairs."""
    return _repair(text, _unblock(_pysbd(text, lang), lang), lang) if text.strip() else []


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    heading: str | None = None
    lang = article.language or "en"
    split = (
        _split_block
        if PYSBD_LANGUAGE.get(lang, "en") == "en"
        else (lambda text: _split_other(text, lang))
    )
    for i, block in enumerate(article.blocks):
        if block.kind == "heading":
            heading = block.text.strip()
        parts = [block.text.strip()] if block.kind in _WHOLE_BLOCKS else split(block.text)
        for part in parts:
            if not part:
                continue
            out.append(
                Sentence(
                    article_id=article.id,
                    index=len(out) + 1,
                    text=part,
                    block=i,
                    block_kind=block.kind,
                    heading=heading if block.kind != "heading" else None,
                    lang=lang,
                )
            )
    return tuple(out)
