"""How a build's problems are told on a terminal: every error, and one line for the notices.

Reads: the `Problem`s of one build. Produces: the lines the CLI prints and the hook logs.
Errors (an unusable seed) are printed one line each, as before, and so are notices that content
is left out (a file ignored, an article not mined). The other notices (a field that could not be
inferred, such as a missing byline) are expected on real seeds and are all listed on the site's
build report, so a terminal gets one summary line; `--verbose` (CLI) or `mkdocs -v` prints each.
"""

from __future__ import annotations

from collections.abc import Iterable

from explainer.model import ERROR, Problem

BUILD_REPORT = "About → Build report"


def loud(problems: Iterable[Problem]) -> list[Problem]:
    """Printed one line each: errors, and notices that content is left out."""
    return [p for p in problems if p.severity == ERROR or p.content_lost]


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


def notices(problems: Iterable[Problem]) -> list[Problem]:
    """The notices summed up in one line (the others are `loud`)."""
    return [p for p in problems if p.severity != ERROR and not p.content_lost]


def _seed(where: str) -> str:
    """'000_x.txt:7' and '000_x#key' -> '000_x' (the seed a notice is about)."""
    name = where.split(":", 1)[0].split("#", 1)[0]
    return name.rsplit(".", 1)[0] if "." in name else name


def notice_summary(problems: Iterable[Problem], verbose_hint: str) -> str | None:
    """One line for every notice of the build, or None when there is none."""
    found = notices(problems)
    if not found:
        return None
    seeds = len({_seed(p.where) for p in found})
    what = "notice" if len(found) == 1 else "notices"
    where = "seed" if seeds == 1 else "seeds"
    return (
        f"{len(found)} {what} about metadata that could not be inferred (no byline, date or "
        f"outlet, ...) in {seeds} {where}: each is listed on the site's {BUILD_REPORT}; "
        f"{verbose_hint} prints each here."
    )
