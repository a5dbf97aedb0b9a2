"""What several subcommands share: the notebook and atelier arguments, and
opening a notebook read-only on one atelier.

No ``NAME`` here, so ``cli.discover`` does not take this module for a command.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..core.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts fast
    from ..core.model import Atelier
    from ..core.services.notebook import Notebook

CTX = "cli"  # a name, not a literal: lupdate reads tr("cli", x) as a message "cli"


def add_notebook_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=tr(CTX, QT_TRANSLATE_NOOP("cli", "carnet .lieux")))


def add_atelier_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--atelier", required=True, metavar="ID_OR_TITLE", help=tr(
        CTX, QT_TRANSLATE_NOOP("cli", "identifiant ou titre exact de l'atelier")))


@contextmanager
def atelier_in(path: str, key: str) -> Iterator[tuple[Notebook, Atelier]]:
    """The notebook at ``path``, opened read-only, and its atelier ``key``.

    Read-only: printing or exporting never writes, and works while the
    facilitator has the same notebook open in the window.
    """
    from ..core.services.lookup import atelier_by_id_or_title
    from ..core.services.notebook import Notebook

    nb = Notebook.open(path, readonly=True)
    try:
        yield nb, atelier_by_id_or_title(nb, key)
    finally:
        nb.close()
