"""The README's command blocks paste and run as written.

Every ```sh block is read; each command line must be pasteable (no usage-style `[--x]`
brackets, no placeholders), name only scripts and files that exist, and pass only options the
command accepts. The cheap ones are run for real here (the CLI, `mkdocs build`); `scripts/check`
is CI itself and `mkdocs serve` never ends, so for those the names and options are checked.
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sh\n(.*?)```", README, flags=re.S)


def _commands() -> list[str]:
    lines = []
    for block in BLOCKS:
        for line in block.splitlines():
            line = line.split("  #", 1)[0].strip()  # trailing comments are explanation
            if line and not line.startswith("#"):
                lines.extend(part.strip() for part in line.split("&&"))
    return lines


COMMANDS = _commands()


def test_readme_has_the_two_commands():
    assert "python3 -m venv .venv" in COMMANDS[0] and COMMANDS[2].endswith("mkdocs serve")
    assert "scripts/check" in COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_pasteable(command):
    assert not re.search(r"\[-|<[A-Z_]+>|\bFILE\b|\bDIR\b|\.\.\.", command), command
    words = [w for w in shlex.split(command) if "=" not in w.split("/")[0]]
    program = words[0]
    if "/" in program and not program.startswith(".venv/"):
        assert (ROOT / program).exists(), f"{program} does not exist"
    for word in words[1:]:
        if re.fullmatch(r"(scripts|tests|hooks|seeds)/[\w./-]*", word):
            assert (ROOT / word).exists(), f"{word} in {command!r} does not exist"


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    environ = dict(os.environ, NO_MKDOCS_2_WARNING="1", **env)
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=environ)


def test_cli_command_runs_as_written(tmp_path):
    (cli,) = [c for c in COMMANDS if "-m explainer" in c]
    env, words = {}, shlex.split(cli)
    while "=" in words[0]:
        key, value = words.pop(0).split("=", 1)
        env[key] = str(ROOT / value)
    assert words[0] == ".venv/bin/python"
    words[words.index("--out") + 1] = str(tmp_path / "pages")  # not the user's build/
    run = _run([sys.executable, *words[1:]], **env)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "pages" / "index.md").exists()
    assert run.stdout.splitlines()[-1].startswith("Wrote ")


def test_documented_cli_options_exist():
    run = _run([sys.executable, "-m", "explainer", "--help"], PYTHONPATH=str(ROOT / "hooks"))
    for option in re.findall(r"`(--[a-z-]+)", README.split("## Test (one command)")[0]):
        assert option in run.stdout, f"README documents {option}; the CLI has no such option"


def test_mkdocs_build_command_runs_as_written(tmp_path):
    (build,) = [c for c in COMMANDS if c.endswith("mkdocs build --strict")]
    mkdocs = Path(sys.executable).parent / "mkdocs"
    args = [str(mkdocs), *shlex.split(build)[1:], "--site-dir", str(tmp_path / "site")]
    run = _run(args)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stderr.splitlines()
    assert [line for line in lines if "Fix:" in line] == []  # the shipped seeds have no error
    assert len([line for line in lines if "notices about metadata" in line]) == 1, lines
