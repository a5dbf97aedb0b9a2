"""Atelier-level use cases of the window: new, from a template, duplicate, save as template."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core import templates
from ...core.model import Atelier
from ...core.services import ateliers, records
from ..commands import Command
from ..document import Document

log = logging.getLogger(__name__)



class RecreateCommand(Command):
    """A service call that creates an atelier; undo deletes it, redo restores it exactly."""

    def __init__(self, doc: Document, text: str, create: Callable[[], Any]) -> None:
        super().__init__(doc, text)
        self.create = create
        self.atelier_id: str | None = None
        self.snapshot: records.Snapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            records.restore(self.doc.notebook, self.snapshot)
            return
        result = self.create()
        self.atelier_id = str(getattr(result, "id", result))

    def revert(self) -> None:
        if self.atelier_id is not None:
            self.snapshot = records.delete(self.doc.notebook, Atelier, self.atelier_id)


def new_atelier(doc: Document, thematique_id: str | None = None) -> str | None:
    title = QCoreApplication.translate("ateliers", "Nouvel atelier")
    values = {"title": title, "thematique_id": thematique_id}
    from ..commands import CreateCommand

    command = CreateCommand(doc, Atelier, values, title)
    return command.record_id if doc.run(command) else None


def new_from_template(doc: Document, template: Any, *, title: str | None = None,
                      thematique_id: str | None = None) -> str | None:
    def create() -> Any:
        return ateliers.create_from_template(doc.notebook, template, title=title,
                                             thematique_id=thematique_id)

    command = RecreateCommand(doc, QCoreApplication.translate(
        "ateliers", "Nouvel atelier depuis « {title} »").format(
        title=template.title), create)
    return command.atelier_id if doc.run(command) else None


def duplicate(doc: Document, atelier_id: str) -> str | None:
    source = records.get(doc.notebook, Atelier, atelier_id)
    title = QCoreApplication.translate("ateliers", "{title} (copie)").format(title=source.title)
    command = RecreateCommand(doc, QCoreApplication.translate(
        "ateliers", "Dupliquer « {title} »").format(title=source.title),
                              lambda: ateliers.duplicate_atelier(doc.notebook, atelier_id, title))
    return command.atelier_id if doc.run(command) else None


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return key[:60].strip("-") or "modele"


def save_as_template(doc: Document, atelier_id: str, title: str, personal_dir: Path) -> Path:
    """Write the atelier's preparation as a personal template file."""
    base = slug(title)
    key, n = base, 2
    builtin = templates.builtin_keys()
    while key in builtin or (personal_dir / f"{key}.json").exists():
        key, n = f"{base}-{n}", n + 1
    return ateliers.save_as_template(doc.notebook, atelier_id, key, title, personal_dir)
