"""The README cannot drift: every command it shows exists, and CI calls its test command."""

import re
from pathlib import Path

from typer.main import get_command

from gyoryu.cli import app

ROOT = Path(__file__).resolve().parent.parent


def cli_commands() -> set[str]:
    root = get_command(app)
    names = set()
    for name, cmd in root.commands.items():
        names.add(name)
        for sub in getattr(cmd, "commands", {}):
            names.add(f"{name} {sub}")
    return names


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text()
    shown = re.findall(r"^gyoryu ([a-z-]+(?: [a-z-]+)?)", readme, flags=re.M)
    assert shown
    known = cli_commands()
    missing = [c for c in shown if c not in known and c.split(" ")[0] not in known]
    assert missing == []


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / "README.md").read_text()
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    assert "make run" in (ROOT / "README.md").read_text()
