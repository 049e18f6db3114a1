"""Dialogue with dashes, as Spanish and Portuguese papers print it (helper for find.py).

Reads: the sentences of one paragraph that opens with a dash, the people index and mentions.
Produces: one Quote per sentence of each spoken stretch, every stretch of the paragraph with
the speaker and cue of the first insert that holds a speech cue:
"—No vamos a ceder —dijo la ministra X—. Es definitivo." is "No vamos a ceder" and "Es
definitivo.", both X's; "— Não vamos recuar — disse o ministro. — A decisão está tomada." too.
Limits: the dashes alternate speech and narration (a dash after a sentence end that opens a
capitalised stretch starts a new spoken turn); a paragraph with no insert holding a cue (an
interview question, a list) gives nothing; a dash inside a word is no boundary; a dash aside
inside the spoken words ("—Esto es —y lo digo claro— inaceptable") is read as narration.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from explainer.extract.quotes._lang import Lang
from explainer.extract.quotes._spans import Cue, quote_sentences, speech_cues
from explainer.extract.quotes._speakers import speaker_after
from explainer.model import Quote, Sentence

_END = re.compile(r"[.!?…]\W*$")


def opens_dialogue(s: Sentence, lg: Lang) -> bool:
    """A paragraph that opens with a dash; or a list item whose text has a dash insert that
    opens with a speech cue (ingestion reads a run of "— ..." lines as a dash list and drops
    the first dash: "Não vamos recuar — disse o ministro.")."""
    if not lg.dashes:
        return False
    if s.block_kind == "paragraph":
        return s.text.lstrip().startswith(lg.dashes)
    if s.block_kind != "item" or s.text.lstrip().startswith(lg.dashes):
        return False
    return any(c.start > 0 and s.text[: c.start].rstrip().endswith(lg.dashes)
               for c in _verbs(s.text, lg))


def _verbs(text: str, lg: Lang) -> list[Cue]:
    """The speech verbs of a text: a dash insert says "—dijo X—", never "—según X—" ("—
    segundo ano seguido" is an ordinal)."""
    return [c for c in speech_cues(text, [], lg) if c.word in lg.inverting]


def _stretches(text: str, lg: Lang) -> list[tuple[int, int, bool]]:
    """(start, end, spoken) for the stretches between the dashes of a paragraph."""
    marks = "".join(re.escape(d) for d in lg.dashes)
    cuts = [m.start() for m in re.finditer(f"[{marks}]", text)
            if m.start() == 0 or text[m.start() - 1].isspace() or m.end() == len(text)
            or not text[m.end()].isalnum() or not text[m.start() - 1].isalnum()]
    if not text.lstrip().startswith(lg.dashes):
        cuts.insert(0, -1)  # a list item whose first dash ingestion dropped
    out, spoken = [], False
    for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True):
        body = text[a + 1 : b].strip()
        prev = text[: a].rstrip() if a >= 0 else ""
        spoken = not spoken
        if not spoken and body[:1].isupper() and _END.search(prev):
            spoken = True  # "— ... — disse ele. — A decisão ...": a new spoken turn
        out.append((a + 1, b, spoken))
    return out


def dialogue_quotes(block: Sequence[Sentence], lg: Lang, mentions_of: Callable,
                    last_subject: str | None, written: Callable) -> dict[int, list[Quote]]:
    """The quotes of each sentence of a dialogue paragraph, by sentence index."""
    starts, pos = [], 0
    for s in block:
        starts.append(pos)
        pos += len(s.text) + 1
    text = " ".join(s.text for s in block)
    parts = _stretches(text, lg)
    masked = list(text)
    for a, b, spoken in parts:
        if spoken:
            masked[a:b] = " " * (b - a)
    masked = "".join(masked)
    mentions = sorted(mentions_of(masked), key=lambda m: m.start)
    speaker, cue = None, None
    for a, b, spoken in parts:
        cues = [c for c in _verbs(masked[:b], lg) if c.start >= a]
        if not spoken and cues:
            cue = cues[0]
            speaker = speaker_after(masked, a, cue, mentions, last_subject, lg)
            break
    if cue is None:
        return {}  # no insert names a speaker: the sentences are read as any others
    out: dict[int, list[Quote]] = {s.index: [] for s in block}
    kind = "written" if written(text, cue) else "direct"
    for a, b, spoken in parts:
        if not spoken:
            continue
        for s, at in zip(block, starts, strict=True):
            lo, hi = max(a, at), min(b, at + len(s.text))
            words = text[lo:hi].strip().lstrip(" ,;.").strip()
            if lo < hi and re.search(r"\w", words):
                out[s.index].extend(Quote(t, speaker, s, cue.word, kind)
                                    for t in quote_sentences(words))
    return out


__all__ = ["dialogue_quotes", "opens_dialogue"]
