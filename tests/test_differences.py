"""Issue 10: the differences between sources that matter most, on invented clusters.

Each cluster of tests/gold/regression_differences.yml is written to a folder as Markdown
articles with front matter and run through the real pipeline (`extract`) and `compare_sources`.
Scored: every `must` difference surfaced (each side cited, from different sources), no
`must_not` value shown in any difference, and at most one false difference per cluster.
"""

from __future__ import annotations

import pytest
import yaml
from _gold_c import GOLD
from explainer.compare.run import compare_sources
from explainer.pipeline import extract

# First run (rules of 34a1db0), the 11 clusters written before any fix: 4 of 9 must rows
# surfaced (vote share, quote wording, verdict date, prison sentence), 0 false differences;
# missed: the trade figure (goods / exports), the toll (killing N people / death toll), the
# agreement (without signing), the place and the denial (no such kinds yet). The last two
# clusters were added while fixing.
CLUSTERS = yaml.safe_load((GOLD / "regression_differences.yml").read_text(encoding="utf-8"))
# Issue 10: differences surfaced R >= 0.8 on new blind sets, at most one false difference
# per cluster; on these invented rows every must row is expected.
MAX_FALSE = 1


def write_cluster(cluster: dict, folder) -> None:
    for k, a in enumerate(cluster["articles"]):
        head = {"title": a["title"], "outlet": a["outlet"], "published": str(a["published"])}
        text = "---\n" + yaml.safe_dump(head, sort_keys=False) + "---\n\n" + a["text"]
        (folder / f"{k:03d}_{a['outlet'].lower().replace(' ', '_')}.md").write_text(
            text, encoding="utf-8"
        )


def _matches(d, row: dict) -> bool:
    if d.kind != row["kind"]:
        return False
    if row.get("note") and row["note"] not in d.note:
        return False
    sides = []
    for want in row["values"]:
        hit = {v.source for v in d.variants if want.lower() in v.value.lower()}
        if not hit:
            return False
        sides.append(hit)
    # the values come from different sources
    return len(set().union(*sides)) >= 2 and all(len(s) >= 1 for s in sides)


def score(cluster: dict, folder) -> dict:
    write_cluster(cluster, folder)
    comparison = compare_sources(extract(folder))
    found = [any(_matches(d, row) for d in comparison.discrepancies) for row in cluster["must"]]
    false, banned = [], []
    for d in comparison.discrepancies:
        if any(_matches(d, row) for row in cluster["must"]):
            continue
        false.append(f"{d.kind}: {d.subject!r} {[v.value for v in d.variants]}")
        values = " | ".join(v.value.lower() for v in d.variants)
        unless = cluster.get("unless_note")
        if any(b.lower() in values for b in cluster["must_not"]) and not (
            unless and unless in d.note
        ):
            banned.append(false[-1])
    return {"found": sum(found), "must": len(found), "false": false, "banned": banned,
            "missed": [r for r, ok in zip(cluster["must"], found, strict=True) if not ok]}


@pytest.mark.parametrize("cluster", CLUSTERS, ids=[c["name"] for c in CLUSTERS])
def test_cluster_differences(cluster, tmp_path):
    s = score(cluster, tmp_path)
    print(f"\n{cluster['name']}: {s}")
    assert not s["missed"], s
    assert not s["banned"], s
    assert len(s["false"]) <= MAX_FALSE, s


def test_differences_summary(tmp_path):
    found = must = false = banned = 0
    for k, cluster in enumerate(CLUSTERS):
        folder = tmp_path / str(k)
        folder.mkdir()
        s = score(cluster, folder)
        found, must = found + s["found"], must + s["must"]
        false, banned = false + len(s["false"]), banned + len(s["banned"])
    print(f"\ndifferences / issue-10 clusters ({len(CLUSTERS)}): surfaced {found}/{must}, "
          f"false {false} (must-not shown {banned})")
    assert found == must


# Added with the fixes (not part of the first run): must-NOT-surface pairs guarding the looser
# rules (casualty words, short clauses read with their sentence, ranges, places, denials).
def _pair(a: str, b: str, published_a="2025-06-02T10:00", published_b="2025-06-02T12:00"):
    return {
        "name": "pair",
        "articles": [
            {"outlet": "Outlet A", "published": published_a, "title": "A", "text": a},
            {"outlet": "Outlet B", "published": published_b, "title": "B", "text": b},
        ],
        "must": [],
        "must_not": [],
    }


NOT_DIFFERENCES = [
    ("the dead and the injured are two counts",
     "The blast killed 14 people in the Orsa market on Monday, police said.",
     "The blast injured 40 people in the Orsa market on Monday, police said."),
    ("a toll of an earlier disaster",
     "The flood killed 12 people in the Tarn valley, officials said.",
     "The 2019 flood in the Tarn valley killed 300 people, officials recalled."),
    ("a range holds the other value",
     "Between 30 and 40 people were arrested outside the Halm courthouse on Monday.",
     "Police arrested 35 people outside the Halm courthouse on Monday."),
    ("one act in two places on two days is a tour",
     "Premier Ines Valk met investors in Sorrel on Monday.",
     "Premier Ines Valk met investors in Brisk on Tuesday."),
    ("a place the other source names too",
     "The envoys met in Kessa on Monday, the ministry said.",
     "The envoys met in Orn, a suburb of Kessa, on Monday."),
    ("a denial of a different act",
     "Interior Minister Sabine Kroll attended the security talks in Rennet on Tuesday.",
     "Interior Minister Sabine Kroll did not attend the dinner that followed in Rennet."),
    ("two candidates' vote shares are two measures",
     "Lena Oskarsen won 51.6 percent of the vote in Sunday's runoff, the commission said.",
     "Piet Kornel won 48.4 percent of the vote in Sunday's runoff, the commission said."),
    ("a venue in a town the other source names it inside",
     "The envoys met at the Orrin estate in Kessa on Monday.",
     "The envoys met at the Orrin estate in Lindau, Kessa, on Monday."),
    ("a venue placed in its country",
     "The envoys met at the Orrin estate in Kessa on Monday.",
     "The envoys met at the Orrin estate in France on Monday."),
    ("a bare share is the share of the name beside it, not of the clause's first name",
     "Lund is on 50.6 per cent against 49.4 per cent for Berg, the election board said.",
     "Berg received 49.4% of the votes, while Lund won 50.6%, the election board said."),
    ("a first in a year and in over a year agree",
     "Mayor Ivo Dane met Sela Marr for the first time in a year on Monday.",
     "Mayor Ivo Dane met Sela Marr on Monday for the first time in over a year."),
    ("two firsts about different things",
     "The closure is the first time the Orvik bridge has shut since the storm.",
     "The vote marks the first time since 1990 that the Orvik council has met outside the hall."),
    ("tolls in two places are two counts",
     "The quake killed 40 people in Kessa, officials said.",
     "The quake killed 12 people in Lindau, officials said."),
    ("foreigners killed are a part of the toll",
     "More than 1,100 people have died in the Dalmar earthquake.",
     "Four Kelmish tourists were killed in the earthquake, their embassy said."),
    ("a quake and its aftershock are two events",
     "A 7.1-magnitude earthquake struck Dalmar before dawn.",
     "A 5.8-magnitude aftershock struck Dalmar hours later."),
    ("an arrival and a departure on one day are two moments",
     "Trade Minister Lena Oskarsen arrived in Kessa on Monday morning for the talks.",
     "Trade Minister Lena Oskarsen left Kessa on Monday afternoon after the talks."),
    ("an opening and a closing on one day are two moments",
     "The Kessa summit opened on Monday morning with a speech by Ines Valk.",
     "The Kessa summit closed on Monday afternoon with a speech by Ines Valk."),
    ("'today' a day off a named weekday is the publication stamp's slack",
     "A strong earthquake struck Dalmar on Sunday, officials in Dalmar said.",
     "Kelm pledged aid to Dalmar, where a strong earthquake struck today, officials said."),
    ("a speech verb denied is no fact",
     "Finance Minister Tor Ekman said the budget would balance by 2027.",
     "Finance Minister Tor Ekman did not say when the budget would balance."),
    # a span of years is one value (start, end): never its start against another's end
    ("a span of years and the year it ended are one term",
     "Critics said turnout was low among voters for Ana Vell, who was governor of Kessa from"
     " 2004-2011.",
     "Ana Vell, who left office in 2011 as the most popular governor of Kessa, won the vote."),
    ("a span of years and a year inside it",
     "Ana Vell was governor of Kessa from 2004 to 2011, her party said.",
     "Ana Vell was governor of Kessa in 2004, her party said."),
    ("one span printed two ways",
     "Ana Vell was governor of Kessa from 2004-11, her party said.",
     "Ana Vell was governor of Kessa between 2004 and 2011, her party said."),
    # a result told after a sentence dating an earlier round is that round's, when the other
    # source names that round's day elsewhere than at its own figure
    ("a first round's share and the runoff's",
     "Ana Vell won Sunday's runoff in Kessa.\n\nKessa held a general election on May 4. Ana Vell"
     " received 46.1%, while Piet Orr won 40.3% of the votes.",
     "With almost all ballots counted in Sunday's runoff, Ana Vell received 52.4 percent of the"
     " valid votes, the commission said.\n\nNeither candidate won a majority in the first round"
     " on May 4."),
    ("a first round's share told by both, beside the runoff's",
     "Ana Vell won Sunday's runoff in Kessa.\n\nKessa held a general election on May 4. Ana Vell"
     " received 46.1%, while Piet Orr won 40.3% of the votes.",
     "Ana Vell received 46.1 percent of the votes in the general election on May 4.\n\nWith"
     " almost all ballots counted in Sunday's runoff, Ana Vell received 52.4 percent of the valid"
     " votes, the commission said."),
    # a meeting's length is compared only with another length of the same meeting
    ("a mediator's deadline is no meeting's length",
     "Union leaders and port owners talked for 14 hours on Monday, the union said.",
     "Labour Minister Sabine Kroll said on Monday she would appoint a mediator within 48 hours,"
     " the union said."),
    ("meetings with different people are two meetings",
     "Premier Ines Valk met President Tomas Orr for two hours in Kessa on Monday.",
     "Premier Ines Valk met Chancellor Piet Dane for four hours in Kessa on Monday."),
    ("a journey's length is no meeting's length",
     "Premier Ines Valk travelled for 11 hours to reach the talks in Kessa.",
     "Premier Ines Valk met President Tomas Orr for three hours in Kessa."),
    ("the ministers' meeting and the leaders' are two meetings",
     "The ministers met for three hours in Kessa on Monday.",
     "The two leaders talked for two hours in Kessa on Monday."),
    ("meetings on two days are two meetings",
     "Premier Ines Valk and President Tomas Orr met for two hours in Kessa on Monday.",
     "Premier Ines Valk and President Tomas Orr met for five hours in Kessa on Wednesday."),
    ("both sides of a dispute are not the two people another meeting names",
     "Both sides talked for 14 hours in Kessa on Monday, the union said.",
     "Premier Ines Valk met President Tomas Orr for two hours in Kessa on Monday."),
]


@pytest.mark.parametrize("why,a,b", NOT_DIFFERENCES, ids=[r[0] for r in NOT_DIFFERENCES])
def test_not_a_difference(why, a, b, tmp_path):
    write_cluster(_pair(a, b), tmp_path)
    found = compare_sources(extract(tmp_path)).discrepancies
    assert not found, [(d.kind, [v.value for v in d.variants]) for d in found]
