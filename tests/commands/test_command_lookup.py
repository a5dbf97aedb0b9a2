"""A command is found by its name alone: a start of the window imports no command module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lieuxcommuns_desktop import cli

ROOT = Path(__file__).resolve().parents[2]


def test_every_command_is_found_by_its_name() -> None:
    found = cli.discover()
    assert len(found) >= 14
    for name, module in found.items():
        # The module bears the command's name (a trailing _ for a Python keyword).
        assert module.__name__.rsplit(".", 1)[1] in (name, f"{name}_")
        assert cli.find_command(name) is module


def test_what_is_not_a_command_opens_the_window() -> None:
    for word in ("carnet.lieux", "/tmp/x.lieux", "--smoke", "_common", "report_evaluation",
                 "import_", "Check", ""):
        assert cli.find_command(word) is None, word


def test_the_help_still_lists_every_command() -> None:
    text = cli.build_parser().format_help()
    assert all(f"  {name} " in text for name in cli.discover())


def test_a_start_of_the_window_imports_no_command() -> None:
    code = ("import sys\n"
            "from lieuxcommuns_desktop import cli\n"
            "cli.find_command('carnet.lieux'); cli.build_parser().parse_args(['--smoke', 'x'])\n"
            "print(sorted(m for m in sys.modules if '.commands.' in m))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=60)
    assert done.stdout.strip() == "[]"
