"""No bullet on any explainer page opens with a pronoun or demonstrative whose referent the page
does not show (issue 10), on every cluster the repository has: the seeds, the synthetic and the
held-out cluster, and every real blind cluster under tests/clusters/*/seeds (globbed: clusters
added later are covered without a change here). A referent put in brackets ("[Vell] said") is
resolved; a quotation opens with its quotation mark and is the speaker's.

The check is written apart from pages/_standalone.py, from the issue's list of openings.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from _cluster import EVERY_CLUSTER
from explainer.site import build_site

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = EVERY_CLUSTER

BULLET = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(?P<text>.*)")
# What a bullet may open with before its statement: a bold label ("**Source**:", "**Date** —"),
# a tag pill, a dash.
MARKUP = re.compile(r"^(?:\*\*[^*]+\*\*:?\s*|<span[^>]*>[^<]*</span>\s*|[—–]\s*)+")
CONNECTIVE = r"(?:(?:however|but|and|yet|also|still|meanwhile|moreover|then|instead),?\s+)?"
REFERS_BACK = re.compile(
    rf"^{CONNECTIVE}(?:he|she|they|it|his|her|their|its|this|that|these|those|such|"
    r"the move|the latter)\b"
    # after a short opening adjunct: "Before the trip, he ..."
    r"|^(?:before|after|during|in|on|for|despite|since|when|while|asked|speaking)\s"
    r"(?:[^\s,]+\s){0,4}[^\s,]+,\s+(?:he|she|they)\b",
    re.IGNORECASE,
)
# Openings that refer to nothing before: deictic time, "it" with nothing to stand for.
STANDS = re.compile(
    r"^(?:this|that|these) (?:week|year|month|morning|afternoon|evening|weekend|days|time)\b"
    r"|^it (?:is|was|will be|would be|has been|remains|seems|appears|may be|could be)\s"
    r"(?:\w+\s){0,4}?(?:that|whether|if|to|how|why|when|unclear|clear|likely|unlikely|"
    r"possible|time)\b",
    re.IGNORECASE,
)


def dangling(line: str) -> bool:
    m = BULLET.match(line)
    if not m:
        return False
    text = html.unescape(MARKUP.sub("", m.group("text")))
    return bool(REFERS_BACK.match(text)) and not STANDS.match(text)


@pytest.mark.parametrize(
    "line,bad",
    [
        ("- He feared the label.[^1]", True),
        ("    - Those measures had to be waived.[^2]", True),
        ("- **Ledger**: This phone call paved the way.[^3]", True),
        ("- However, this relationship has faced strain.[^4]", True),
        ("- Before the trip, he called for protests.[^5]", True),
        ("- &#91;Vell&#93; feared the label.[^1]", False),
        ("- Norland shut the gates.[^1] Those measures angered Southland.[^2]", False),
        ("- This week's summit marks a turning point.[^1]", False),
        ("- It is unclear whether the gates will reopen.[^1]", False),
        ("- “This is the strongest turnout,” the union said.[^1]", False),
        ("- **Drug trafficking**[^1] <span class=\"md-tag\">Ledger</span>", False),
    ],
)
def test_the_check_itself(line, bad):
    assert dangling(line) is bad


@pytest.mark.parametrize("name", sorted(CLUSTERS))
def test_no_bullet_opens_with_an_unresolved_reference(name):
    site = build_site(CLUSTERS[name])
    bad = []
    for path, page in site.pages.items():
        if path.startswith(("sources/", "about/")):
            continue  # the articles themselves, and the build report about reading them
        for n, line in enumerate(page.split("\n[^1]:")[0].splitlines(), 1):
            if dangling(line):
                bad.append(f"{path}:{n}: {line.strip()[:140]}")
    assert not bad, f"{name}: bullets that lean on a sentence not shown:\n" + "\n".join(bad)
