"""One table of patterns per language: English from the module's own regular expressions,
Spanish and Portuguese from the stage's cue files, under the same names.

Reads: `cues/<stage>.<lang>.yml` (through `cues()` in this package). Produces:
`patterns(stage, lang, english)`, a mapping name -> compiled pattern with the names of
`english`. A list in the cue file is a set of alternatives (regular-expression fragments)
matched as whole words; a string is a whole pattern, for cues with a shape of their own
("^Tras\\s+..."); a name the file lacks never matches.
Limits: a language without a cue file for the stage uses the English patterns, as it did before
es/pt were mined. Flags (case) are the English pattern's.
"""

from __future__ import annotations

import re

from explainer.cues import cues

NEVER = re.compile(r"(?!x)x")
_BUILT: dict[tuple[str, str], dict[str, re.Pattern[str]]] = {}


def compile_cue(value: object, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A cue file value as a pattern: alternatives as whole words, or a whole pattern."""
    if isinstance(value, str):
        return re.compile(value, flags)
    if isinstance(value, tuple) and value:
        alts = sorted((str(v) for v in value), key=len, reverse=True)  # longest first
        return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", flags)
    return NEVER


def patterns(
    stage: str, lang: str, english: dict[str, re.Pattern[str]]
) -> dict[str, re.Pattern[str]]:
    data = cues(stage, lang) if lang != "en" else {}
    if not data:
        return english
    key = (stage, lang)
    if key not in _BUILT:
        _BUILT[key] = {
            name: compile_cue(data.get(name), en.flags) for name, en in english.items()
        }
    return _BUILT[key]
