"""Command-line entry point: the GUI by default, headless subcommands by name.

``lieuxcommuns-desktop [FILE]`` opens the window; ``lieuxcommuns-desktop CMD …``
runs a subcommand from ``lieuxcommuns_desktop.commands``. Errors meant for the
user print one line on stderr in their language and exit 1; usage errors
exit 2 (argparse's convention).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType

from . import __version__, cli_argparse, commands, language, preload
from .core.errors import LieuxError
from .core.i18n import QT_TRANSLATE_NOOP, tr

CTX = "cli"
PROG = "lieuxcommuns-desktop"


def discover() -> dict[str, ModuleType]:
    """Every command, by name: each module of ``commands`` imported (the help lists them)."""
    import pkgutil

    found: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        name = getattr(module, "NAME", None)
        if name:
            found[name] = module
    return found


def find_command(name: str) -> ModuleType | None:
    """The command called ``name``, importing its module alone, or None.

    A command's module bears its name, with a trailing ``_`` when the name is a
    Python keyword (``import_``). A start of the window names no command, so it
    imports none of them.
    """
    for module_name in (name, f"{name}_"):
        if not module_name.isidentifier() or module_name.startswith("_"):
            continue
        full = f"{commands.__name__}.{module_name}"
        if importlib.util.find_spec(full) is None:
            continue
        module = importlib.import_module(full)
        if getattr(module, "NAME", None) == name:
            return module
    return None


class _Parser(argparse.ArgumentParser):
    """argparse with its own messages passed through our translations."""

    def error(self, message: str) -> None:  # type: ignore[override]  # exits like argparse's, through sys.exit
        self.print_usage(sys.stderr)
        error = tr(CTX, QT_TRANSLATE_NOOP("cli", "erreur"))  # lupdate skips f-strings
        self.exit(2, f"{self.prog}: {error}: {message}\n")


class _MainParser(_Parser):
    """The window's parser: its help lists every command, imported only to print it."""

    def format_help(self) -> str:
        if not self.epilog:
            lines = "\n".join(f"  {name:<10} {tr(CTX, mod.HELP)}"
                              for name, mod in discover().items())
            self.epilog = tr(CTX, QT_TRANSLATE_NOOP("cli", "Commandes :")) + "\n" + lines
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    parser = _MainParser(
        prog=PROG,
        description=tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "Lieux Communs : préparer, animer et documenter les ateliers "
            "de partenariats public-communs."
        )),
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


def run_command(module: ModuleType, options: argparse.Namespace) -> int:
    """Run one subcommand; whatever goes wrong, the user reads one line, never a traceback.

    SQLite errors met while reading (a damaged page deep in a table) name the
    notebook; a closed pipe (``… | head``) ends quietly with the shell's SIGPIPE
    status; anything unforeseen still prints one line and exits 70, so a test
    can tell a bug from an expected refusal.
    """
    from .core.errors import StoreError

    _quiet_logging()
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 prints, escaped
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]  # a replaced stream may not be a TextIOWrapper
        except (AttributeError, ValueError, OSError):
            pass
    try:
        status = int(module.run(options) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in Python's exit handler
        return status
    except LieuxError as exc:
        return _fail(exc.message, status=int(getattr(exc, "exit_code", 1)))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except Exception as exc:
        if _is_database_error(exc):
            path = getattr(options, "file", "") or ""
            return _fail(StoreError("corrupt", path=path, reason=_first_line(exc)).message)
        if isinstance(exc, OSError):
            where = exc.filename or getattr(options, "output", "") or ""
            return _fail(LieuxError("io", path=where, reason=exc.strerror or exc).message)
        return _fail(tr(CTX, QT_TRANSLATE_NOOP(
            "cli", "erreur interne inattendue ({kind}) : {reason}"),
            kind=type(exc).__name__, reason=_first_line(exc)), status=70)


def _fail(message: str, status: int = 1) -> int:
    try:
        print(f"{PROG}: {_one_line(message)}", file=sys.stderr, flush=True)
    except OSError:
        pass
    return status


def _one_line(text: str) -> str:
    from .core.terminal import clean

    return " ".join(clean(text).split())


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _is_database_error(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, sqlite3.Error | DBAPIError)


def _silence_stdout() -> None:
    """After a closed pipe, stop Python's own flush at exit from raising again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _quiet_logging() -> None:
    """Log records are for the window's log file; on a terminal they would add tracebacks.

    ``LIEUXCOMMUNS_DEBUG=1`` shows them on stderr.
    """
    import logging
    import os

    root = logging.getLogger()
    if os.environ.get("LIEUXCOMMUNS_DEBUG"):
        logging.basicConfig(level=logging.DEBUG)
    elif not root.handlers:
        root.addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if preload.wanted(args):
        preload.import_core()  # before Qt: see preload's docstring
    language.install(language.from_environment())
    cli_argparse.install()
    module = find_command(args[0]) if args else None
    if module is not None:
        options = build_command_parser(module).parse_args(args[1:])
        return run_command(module, options)
    options = build_parser().parse_args(args)
    from .ui.launch import launch

    return launch(options.file, smoke=options.smoke)
