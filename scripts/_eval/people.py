"""People scorer: person found (P/R), with the stated role, side right."""

from __future__ import annotations

from _eval.match import (
    Cluster,
    Result,
    _seed_gold,
    greedy_pairs,
    norm,
)


def _names(p) -> set[str]:
    return {norm(p.name), *(norm(a) for a in p.aliases)}


def _roles(g: dict) -> list[str]:
    """The gold role and, in a multilingual cluster, the same role as worded in the other
    languages (`role_alternatives`): any of them counts as the stated role."""
    return [w for w in (norm(r) for r in [g.get("role"), *(g.get("role_alternatives") or [])]) if w]


def same_person(g: dict, p) -> bool:
    """The gold name equals the extracted name or an alias, either way."""
    gnames = {norm(g["name"]), *(norm(a) for a in g.get("aliases") or [])}
    return norm(p.name) in gnames or norm(g["name"]) in _names(p)


def pair_people(gold: list[dict], people: list) -> tuple[list[tuple[dict, object]], list]:
    """Gold people (not authors) paired with extracted people (not authors), greedily."""
    gold_people = [g for g in gold if isinstance(g, dict) and not g.get("is_author")]
    return greedy_pairs(gold_people, [p for p in people if not p.is_author], same_person)


def _match_people(res: Result, set_: str, gold: list[dict], people: list, where: str) -> None:
    gold_people = [g for g in gold if not g.get("is_author")]
    extracted = [p for p in people if not p.is_author]
    pairs, extra = pair_people(gold, people)
    found = with_role = roles_right = roles_n = sides_right = sides_n = 0
    for g, person in pairs:
        if person is None:
            res.note(f"{set_} people", f"{where}: missed {g['name']!r}")
            continue
        found += 1
        if g.get("side"):
            sides_n += 1
            if norm(person.side) == norm(g["side"]):
                sides_right += 1
            else:
                res.note(
                    f"{set_} people",
                    f"{where}: side of {g['name']!r}: {person.side!r}, gold {g['side']!r}",
                )
        want, got = norm(g.get("role")), norm(person.role)
        if not want:
            with_role += 1
            continue
        roles_n += 1
        if got and any(w in got or got in w for w in _roles(g)):
            roles_right += 1
            with_role += 1
        else:
            res.note(
                f"{set_} people",
                f"{where}: role of {g['name']!r}: {person.role!r}, gold {g.get('role')!r}",
            )
    for p in extra:
        res.note(f"{set_} people", f"{where}: extra {p.name!r}")
    res.pr(set_, "people", "person found", found, len(extracted), len(gold_people))
    res.pr(
        set_, "people", "found with the stated role", with_role, len(extracted), len(gold_people)
    )
    res.acc(set_, "people", "role right (found, role stated)", roles_right, roles_n)
    if sides_n:  # held-out passages state no sides: no row rather than a vacuous 1.00
        res.acc(set_, "people", "side right (found, side stated)", sides_right, sides_n)


def eval_people(res: Result, clusters: dict[str, Cluster]) -> None:
    gold = _seed_gold(res, "people")
    if gold is None:
        return
    _match_people(res, "seeds", gold, list(clusters["seeds"].ex.people), "seeds")
