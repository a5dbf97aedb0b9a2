"""Atelier-level use cases of the window: new, from a template, duplicate, save as template."""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core import templates
from ...core.model import Atelier, new_id
from ...core.services import ateliers, records
from ..commands import RecreateCommand, create_command
from ..document import Document

log = logging.getLogger(__name__)



def new_atelier(doc: Document, thematique_id: str | None = None) -> str | None:
    title = QCoreApplication.translate("ateliers", "Nouvel atelier")
    atelier_id = new_id()
    values = {"id": atelier_id, "title": title, "thematique_id": thematique_id}
    return atelier_id if doc.run(create_command(doc, Atelier, values, title)) else None


def new_from_template(doc: Document, template: Any, *, title: str | None = None,
                      thematique_id: str | None = None) -> str | None:
    def create() -> Any:
        return ateliers.create_from_template(doc.notebook, template, title=title,
                                             thematique_id=thematique_id)

    command = RecreateCommand(doc, QCoreApplication.translate(
        "ateliers", "Nouvel atelier depuis « {title} »").format(
        title=template.title), Atelier, create)
    return command.record_id if doc.run(command) else None


def duplicate(doc: Document, atelier_id: str) -> str | None:
    source = records.get(doc.notebook, Atelier, atelier_id)
    title = QCoreApplication.translate("ateliers", "{title} (copie)").format(title=source.title)
    command = RecreateCommand(doc, QCoreApplication.translate(
        "ateliers", "Dupliquer « {title} »").format(title=source.title), Atelier,
                              lambda: ateliers.duplicate_atelier(doc.notebook, atelier_id, title))
    return command.record_id if doc.run(command) else None


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
