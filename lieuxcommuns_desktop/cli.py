"""Command-line entry point: the GUI by default, headless subcommands by name.

``lieuxcommuns-desktop [FILE]`` opens the window; ``lieuxcommuns-desktop CMD …``
runs a subcommand from ``lieuxcommuns_desktop.commands``. Errors meant for the
user print one line on stderr in their language and exit 1; usage errors
exit 2 (argparse's convention).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from . import __version__, cli_argparse, commands, language, preload
from .core.errors import LieuxError
from .core.i18n import QT_TRANSLATE_NOOP, tr

CTX = "cli"
PROG = "lieuxcommuns-desktop"


def discover() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        name = getattr(module, "NAME", None)
        if name:
            found[name] = module
    return found


class _Parser(argparse.ArgumentParser):
    """argparse with its own messages passed through our translations."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        error = tr(CTX, QT_TRANSLATE_NOOP("cli", "erreur"))  # lupdate skips f-strings
        self.exit(2, f"{self.prog}: {error}: {message}\n")


def build_parser(found: dict[str, ModuleType]) -> argparse.ArgumentParser:
    lines = "\n".join(f"  {name:<10} {tr(CTX, mod.HELP)}" for name, mod in found.items())
    parser = _Parser(
        prog=PROG,
        description=tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "Lieux Communs : préparer, animer et documenter les ateliers "
            "de partenariats public-communs."
        )),
        epilog=tr(CTX, QT_TRANSLATE_NOOP("cli", "Commandes :")) + "\n" + lines,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help=cli_argparse.message("show program's version number and exit"))
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "ouvrir la fenêtre sur le carnet, afficher les secondes écoulées "
            "jusqu'au premier affichage puis jusqu'au carnet prêt, et quitter"
        )),
    )
    parser.add_argument(
        "file", nargs="?",
        help=tr(CTX, QT_TRANSLATE_NOOP("cli", "carnet .lieux à ouvrir")),
    )
    return parser


def build_command_parser(module: ModuleType) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"{PROG} {module.NAME}", description=tr(CTX, module.HELP))
    module.add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if preload.wanted(args):
        preload.import_core()  # before Qt: see preload's docstring
    language.install(language.from_environment())
    cli_argparse.install()
    found = discover()
    if args and args[0] in found:
        module = found[args[0]]
        options = build_command_parser(module).parse_args(args[1:])
        try:
            return int(module.run(options) or 0)
        except LieuxError as exc:
            print(f"{PROG}: {exc.message}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 130
    options = build_parser(found).parse_args(args)
    from .ui.launch import launch

    return launch(options.file, smoke=options.smoke)
