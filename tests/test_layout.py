"""The package layout (README "How it works", CONTRIBUTING.md): no import cycle among
explainer's modules, no module over 300 lines, no import of another package's private module,
and every package's __init__ says what it reads and produces and names its public functions."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "hooks"
PKG = ROOT / "explainer"
MAX_LINES = 300


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in sorted(PKG.rglob("*.py"))}
PACKAGES = {_name(p) for p in PKG.rglob("__init__.py")}


def _package_of(module: str) -> str:
    return module if module in PACKAGES else module.rsplit(".", 1)[0]


def _imports(module: str) -> set[str]:
    """The explainer modules `module` imports (a `from pkg import name` naming a submodule counts
    as importing that submodule)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    here = _package_of(module).split(".")
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(
                    here[: len(here) - node.level + 1] + ([node.module] if node.module else [])
                )
            else:
                base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return {m for m in found if m in MODULES and m != module}


GRAPH = {m: _imports(m) for m in MODULES}


def test_no_import_cycle():
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles = []

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for n in sorted(GRAPH[m]):
            if state.get(n) == 1:
                cycles.append(path[path.index(n) :] + [n])
            elif n not in state:
                visit(n, path + [n])
        state[m] = 2

    for m in sorted(GRAPH):
        if m not in state:
            visit(m, [m])
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_no_module_over_300_lines():
    long = {m: n for m, p in MODULES.items() if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert not long, long


def test_no_private_module_of_another_package():
    wrong = []
    for m, deps in GRAPH.items():
        for d in deps:
            leaf = d.rsplit(".", 1)[-1]
            if leaf.startswith("_") and d not in PACKAGES:
                owner = d.rsplit(".", 1)[0]
                if not (m == owner or m.startswith(owner + ".")):
                    wrong.append(f"{m} imports {d}")
    assert not wrong, "\n".join(sorted(wrong))


def test_every_package_init_has_docstring_and_all():
    bad = []
    for pkg in sorted(PACKAGES):
        tree = ast.parse(MODULES[pkg].read_text(encoding="utf-8"))
        names = {
            t.id
            for n in tree.body
            if isinstance(n, ast.Assign)
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        if not ast.get_docstring(tree) or "__all__" not in names:
            bad.append(pkg)
    assert not bad, bad
