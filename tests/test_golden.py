"""The generated pages for the seeds, compared with a golden copy in tests/golden/.

Any change to the output shows up here as a unified diff. After checking that the change is
wanted, refresh the copy with:

    .venv/bin/pytest tests/test_golden.py --update-goldens
"""

import difflib
from pathlib import Path

import pytest
from explainer.site import build_site

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return build_site(ROOT / "seeds").pages


def test_pages_match_golden_copy(pages, request):
    if request.config.getoption("--update-goldens"):
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for path, text in pages.items():
            target = GOLDEN / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
    golden = {
        str(p.relative_to(GOLDEN)): p.read_text(encoding="utf-8")
        for p in sorted(GOLDEN.rglob("*.md"))
    }
    assert sorted(golden) == sorted(pages), "pages added or removed: run with --update-goldens"
    diffs = []
    for path, text in pages.items():
        if golden[path] != text:
            diffs.extend(
                difflib.unified_diff(
                    golden[path].splitlines(),
                    text.splitlines(),
                    f"golden/{path}",
                    f"now/{path}",
                    lineterm="",
                )
            )
    assert not diffs, (
        "generated pages changed (refresh with --update-goldens if wanted):\n"
        + "\n".join(diffs[:200])
    )
