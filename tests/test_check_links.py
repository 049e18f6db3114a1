"""scripts/check_links.py finds each kind of broken reference and nothing else."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_links", ROOT / "scripts" / "check_links.py")
check_links = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_links)

PAGE = """<!doctype html><html><head><title>t</title>
<link rel="stylesheet" href="{up}assets/site.css"></head><body>
<h1 id="top">Page</h1><p id="s1">One.</p>
<a href="{up}">home</a> <a href="{up}sources/a/#s1">cite</a> <a href="#top">top</a>
<a href="https://example.org/x">external</a> <a href="mailto:a@example.org">mail</a>
<img src="{up}assets/chart.svg" alt="chart">
{extra}
</body></html>"""


def _site(tmp_path: Path, extra: str = "") -> Path:
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "sources" / "a").mkdir(parents=True)
    (site / "assets" / "site.css").write_text("")
    (site / "assets" / "chart.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (site / "index.html").write_text(PAGE.format(up="", extra=extra))
    (site / "sources" / "a" / "index.html").write_text(PAGE.format(up="../../", extra=""))
    return site


def test_clean_site_has_no_problems(tmp_path):
    assert check_links.check_site(_site(tmp_path)) == []


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('<a href="missing/">x</a>', "link 'missing/': expected the file missing/index.html"),
        ('<a href="sources/a/#s99">x</a>', "expected an element with id 's99' in sources/a/"),
        ('<a href="#nowhere">x</a>', "expected an element with id 'nowhere' in index.html"),
        ('<img src="assets/none.png" alt="">', "expected the file assets/none.png"),
        ('<a href="/sources/a/">x</a>', "is root-absolute; expected a relative URL"),
        ('<a href="javascript:alert(1)">x</a>', "runs script"),
        ('<img srcset="assets/chart.svg 1x, assets/gone.svg 2x" alt="">', "assets/gone.svg"),
        ('<a href="../../outside.html">x</a>', "expected the file outside.html"),
    ],
)
def test_each_breakage_is_reported_once(tmp_path, extra, expected):
    problems = check_links.check_site(_site(tmp_path, extra))
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_cli_exit_status(tmp_path, capsys):
    assert check_links.main([str(_site(tmp_path))]) == 0
    assert check_links.main([str(_site(tmp_path / "b", '<a href="x.html">x</a>'))]) == 1
    assert "x.html" in capsys.readouterr().out
