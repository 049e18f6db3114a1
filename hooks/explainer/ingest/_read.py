"""Bytes of a seed file -> text, or the one Problem that says why it cannot be used.

Reads: a seed file's raw bytes. Produces: normalised text (BOM removed, LF line endings,
typographic hyphens and no-break spaces made plain) or a Problem(severity=ERROR).
Limits: encodings other than UTF-8/16/32 are guessed by charset-normalizer, which can mistake
one single-byte Western code page for another on short texts (see CP1252_MARGIN).
"""

from __future__ import annotations

import codecs
import re

from explainer.model import ERROR, Problem

# 20 MB: a long article is ~50 KB and a saved page with inline images a few MB; anything
# bigger is not an article (a video, a database dump) and would stall every rebuild.
MAX_SEED_BYTES = 20 * 1024 * 1024
# Share of control characters above which decoded "text" is treated as binary. Real articles
# have none besides tab/newline; 5% leaves room for a stray form feed or escape sequence.
MAX_CONTROL_RATIO = 0.05
# charset-normalizer scores cp1250/cp1257 about as well as cp1252 on short Latin text; news in
# a Western language saved by Windows tools is nearly always cp1252, so prefer it when its
# chaos score is within this margin of the best guess (measured: 0.066 on a 90-byte sample).
CP1252_MARGIN = 0.1

FIX_TEXT = "save the article as plain text (.txt), Markdown (.md) or HTML (.html)."

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")
# Dashes and spaces that look like ASCII ones but defeat matching ("co\u2011operation").
_PLAIN = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)


def _problem(name: str, message: str, fix: str) -> Problem:
    return Problem(where=name, message=message, fix=fix, severity=ERROR)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM has a NUL in every other byte; other NULs mean binary."""
    if len(data) < 4 or len(data) % 2:
        return None
    for offset, codec in ((1, "utf-16-le"), (0, "utf-16-be")):
        zeros = data[offset::2].count(0)
        if zeros >= 0.9 * (len(data) // 2):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 seeds need it

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best + CP1252_MARGIN:
            return str(m)
    return str(matches[0])


def decode(name: str, data: bytes) -> tuple[str | None, Problem | None]:
    """Return (text, None) or (None, problem). `name` is the seed file name, for messages."""
    if not data:
        return None, _problem(
            name,
            "expected article text, found an empty file (0 bytes).",
            "paste the article into the file, or delete it.",
        )
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                return None, _problem(
                    name,
                    f"expected {codec.upper()} text (the file starts with its byte-order mark), "
                    f"found an invalid byte at offset {e.start}.",
                    "re-save the file as UTF-8.",
                )
            break
    if text is None and b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            return None, _problem(
                name,
                f"expected text, found binary data (NUL byte at offset {data.index(0)}).",
                FIX_TEXT,
            )
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            text = _guess(data)
            if text is None:
                return None, _problem(
                    name,
                    "expected text in UTF-8 or another known encoding, found bytes no encoding "
                    f"decodes (first non-UTF-8 byte 0x{data[e.start]:02x} at offset {e.start}).",
                    "re-save the file as UTF-8.",
                )
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > MAX_CONTROL_RATIO:
        return None, _problem(
            name,
            f"expected text, found binary data ({controls} control characters in the first "
            f"{len(sample)}).",
            FIX_TEXT,
        )
    if not text.strip():
        return None, _problem(
            name,
            f"expected article text, found only whitespace ({_size(len(data))}).",
            "paste the article into the file, or delete it.",
        )
    return normalise(text), None


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_PLAIN)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def too_large(name: str, size: int) -> Problem | None:
    if size <= MAX_SEED_BYTES:
        return None
    return _problem(
        name,
        f"expected an article of at most {_size(MAX_SEED_BYTES)}, found {_size(size)}; skipped.",
        "remove it from seeds/ (an article is text, not media), or split it.",
    )


def unreadable(name: str, err: OSError) -> Problem:
    reason = err.strerror or type(err).__name__
    return _problem(
        name,
        f"expected a readable file, found an error reading it ({reason}).",
        f"make it readable (chmod a+r seeds/{name}) or remove it.",
    )
