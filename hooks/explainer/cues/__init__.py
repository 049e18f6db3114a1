"""Per-language cue lists: the words each extraction stage looks for, one data file per stage
and language, read by one code path.

Reads: ``cues/<stage>.<lang>.yml`` beside this module (a mapping of list names to lists of
strings, or to mappings of strings). Produces: `cues(stage, lang)`, the mapping with every list
as a tuple (order kept: some lists are tried longest or first first), cached per process.
Limits: a language without a file for a stage gets an empty mapping, so the stage finds nothing
rather than applying another language's words; `LANGUAGES` lists the languages mined at all.

Why data files: a stage's rules (how a quotation, a title or a date is shaped) are the same in
English, Spanish and Portuguese; only the words differ ("said" / "dijo" / "disse"). Keeping the
words in YAML lets a reviewer who reads the language check them without reading the code, and
lets a new language be added by adding files.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent
# Languages whose articles are mined (the others are listed with a notice). Each has cue files
# for every stage and was measured on a hand-labelled blind cluster (method page).
LANGUAGES = ("en", "es", "pt")

__all__ = ["LANGUAGES", "cues", "words"]


def _frozen(value: object, where: str) -> object:
    if isinstance(value, list):
        if any(isinstance(v, bool) for v in value):
            # YAML reads a bare no / yes / on / off as a boolean: in a word list, a typo.
            raise ValueError(f"{where}: a boolean is not a word; quote no/yes/on/off in cue lists")
        return tuple(_frozen(v, where) for v in value)
    if isinstance(value, dict):
        return {str(k): _frozen(v, f"{where}.{k}") for k, v in value.items()}
    return value  # a scalar setting, flags (true/false) included


@cache
def cues(stage: str, lang: str) -> dict[str, object]:
    """The cue lists of `stage` for `lang` ({} when the language has none for that stage)."""
    path = HERE / f"{stage}.{lang}.yml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a mapping of list names to lists")
    return _frozen(data, path.name)  # type: ignore[return-value]


def words(stage: str, lang: str, name: str) -> tuple[str, ...]:
    """One list of a stage's cues (empty when absent)."""
    got = cues(stage, lang).get(name, ())
    return got if isinstance(got, tuple) else ()
