"""*Fichier › Fusionner un carnet…*: another notebook or a JSON export into the open one.

The engine (``core.sync``) reads the other file, plans the merge and asks
:func:`choose_with_dialog` only when there are conflicts; cancelling the review
writes nothing. The engine writes a backup beside the notebook before
writing (``carnet.avant-fusion.lieux``, never overwriting one), the merge
lands as ONE undo step (the engine's :class:`Edit` replayed by
:class:`ProgrammeEditCommand`), and the user reads what came in.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from ...core.errors import LieuxError
from ..document import Document
from ..errors import show_error
from ..plain import literal
from ..programme.edits import ProgrammeEditCommand
from . import report as report_text
from .review import ConflictReviewDialog

if TYPE_CHECKING:
    from ...core.services.edits import Edit
    from ...core.sync.merge import MergeReport
    from ...core.sync.state import SyncState

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

Chooser = Callable[[Any], Mapping[Any, str] | None]


def pick_source(parent: QWidget, doc: Document) -> Path | None:
    """The file dialog: a ``.lieux`` or a ``.json`` beside the notebook by default."""
    target, _ = QFileDialog.getOpenFileName(
        parent, translate("team_merge", "Fusionner un carnet"), str(doc.notebook.path.parent),
        translate("team_merge", "Carnets et exports (*.lieux *.json);;Carnets Lieux Communs "
                                "(*.lieux);;Échange JSON (*.json)"))
    return Path(target) if target else None


def choose_with_dialog(parent: QWidget | None, source: str = "") -> Chooser:
    """The ``choose`` the engine calls: the review dialog when the plan has conflicts."""
    def choose(plan: Any) -> Mapping[Any, str] | None:
        if not plan.conflicts:
            return {}
        dialog = ConflictReviewDialog(plan.conflicts, parent, source=source)
        try:
            return dialog.review()
        finally:
            dialog.deleteLater()

    return choose


def refusal(doc: Document, source: Path) -> str | None:
    """Why ``source`` cannot be merged into ``doc``, in one line; None when it can."""
    if doc.readonly:
        return translate("team_merge", "Ce carnet est ouvert en lecture seule : rien ne peut y "
                                       "être fusionné.")
    if not source.is_file():
        return translate("team_merge", "Le fichier « {name} » n'existe pas.").format(
            name=source.name)
    if source.resolve() == doc.notebook.path.resolve():
        return translate("team_merge", "C'est le carnet ouvert : choisissez un autre carnet "
                                       "à fusionner.")
    return None


def read_remote(source: Path) -> Any:
    """The other side's state: another notebook's, or a JSON export's."""
    from ...core.sync import sources

    if source.suffix.lower() == ".json":
        return sources.state_of_json(source)
    return sources.state_of_file(source)


def unreadable_text(source: Path) -> str:
    return translate("team_merge", "« {name} » n'est ni un carnet Lieux Communs ni un export "
                                   "JSON lisible : rien n'a été fusionné.").format(
        name=source.name)


def merge_file(parent: QWidget, doc: Document, source: Path, *,
               choose: Chooser | None = None, quiet: bool = False) -> Any:
    """Merge ``source`` into the open notebook; the engine's report, or None if nothing ran.

    ``quiet`` leaves out the closing message (the caller reports). Every
    refusal is one line in a dialog and leaves the notebook as it was.
    """
    from ...core.sync.merge import merge_into

    reason = refusal(doc, source)
    if reason:
        show_error(parent, reason)
        return None
    try:
        remote = read_remote(source)
    except LieuxError as exc:
        show_error(parent, exc.message)
        return None
    except (OSError, ValueError, sqlite3.Error) as exc:  # a foreign file the engine missed
        log.info("unreadable merge source %s: %s", source, exc)
        show_error(parent, unreadable_text(source))
        return None
    chooser = choose or choose_with_dialog(parent, source.name)
    try:  # the engine writes its backup (carnet.avant-fusion.lieux) before writing
        merged = merge_into(doc.notebook, remote, choose=chooser)
    except LieuxError as exc:
        show_error(parent, exc.message)
        return None
    if cancelled(merged):
        _status(parent, translate("team_merge", "Fusion annulée : rien n'a été écrit."))
        return None
    push_edit(doc, merged.edit, translate("team_merge", "Fusion de « {name} »").format(
        name=source.name))
    if not quiet:
        text = "\n".join(report_text.lines(merged))
        if without_deletions(remote):
            text += "\n" + translate("team_merge", "Un export JSON ne dit pas ce qui a été "
                                                  "supprimé : aucune suppression n'a été "
                                                  "reportée.")
        if merged.backup:
            text += "\n\n" + translate("team_merge", "Copie de sauvegarde d'avant la fusion : "
                                                     "{path}").format(path=merged.backup)
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("team_merge", "Fusion terminée"), literal(text),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("mergeReport")
        box.exec()
        box.deleteLater()
    return merged


def without_deletions(remote: SyncState) -> bool:
    """A plain JSON export: no dots of its own, so it cannot carry deletions."""
    from ...core.sync.sources import JSON_REPLICA

    vector = remote.vector
    return bool(vector) and all(str(r).startswith(JSON_REPLICA) for r in vector)


def cancelled(merged: MergeReport | None) -> bool:
    """The review was cancelled: the engine wrote nothing (a report marked so, or None)."""
    return merged is None or merged.cancelled


def push_edit(doc: Document, edit: Edit, text: str) -> bool:
    """The engine's edit (already written) as one step of the window's undo stack."""
    if not edit:
        return False
    return doc.run(ProgrammeEditCommand(doc, text, lambda: edit))


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)
