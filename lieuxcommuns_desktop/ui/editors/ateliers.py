"""Atelier-level use cases of the window: new, from a template, duplicate, save as template.

``core.services.ateliers`` and ``core.templates`` belong to another part of
the application; they are imported lazily, and a simple equivalent built on
the records and agenda services stands in when a partial build lacks them.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.model import Atelier, Sequence, new_id
from ...core.services import agenda, records
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


def _ateliers_service() -> Any | None:
    try:
        from ...core.services import ateliers
    except ImportError:
        return None
    return ateliers


def _fallback_from_template(doc: Document, template: Any, title: str | None,
                            thematique_id: str | None) -> str:
    atelier = records.create(
        doc.notebook, Atelier, id=new_id(), title=title or template.title,
        objective=template.objective, template_key=template.key,
        planned_minutes=template.total_minutes, thematique_id=thematique_id,
    )
    agenda.insert_sequences(doc.notebook, atelier.id,
                            [agenda.step_values(s) for s in template.steps])
    return atelier.id


def new_atelier(doc: Document, thematique_id: str | None = None) -> str | None:
    title = QCoreApplication.translate("ateliers", "Nouvel atelier")
    values = {"title": title, "thematique_id": thematique_id}
    from ..commands import CreateCommand

    command = CreateCommand(doc, Atelier, values, title)
    return command.record_id if doc.run(command) else None


def new_from_template(doc: Document, template: Any, *, title: str | None = None,
                      thematique_id: str | None = None) -> str | None:
    service = _ateliers_service()
    if service is not None and hasattr(service, "create_from_template"):
        def create() -> Any:
            return service.create_from_template(doc.notebook, template, title=title,
                                                thematique_id=thematique_id)
    else:
        def create() -> Any:
            return _fallback_from_template(doc, template, title, thematique_id)
    command = RecreateCommand(doc, QCoreApplication.translate(
        "ateliers", "Nouvel atelier depuis « {title} »").format(
        title=template.title), create)
    return command.atelier_id if doc.run(command) else None


def duplicate(doc: Document, atelier_id: str) -> str | None:
    source = records.get(doc.notebook, Atelier, atelier_id)
    title = QCoreApplication.translate("ateliers", "{title} (copie)").format(title=source.title)
    service = _ateliers_service()
    copy = getattr(service, "duplicate_atelier", None) or agenda.duplicate_atelier
    command = RecreateCommand(doc, QCoreApplication.translate(
        "ateliers", "Dupliquer « {title} »").format(title=source.title),
                              lambda: copy(doc.notebook, atelier_id, title))
    return command.atelier_id if doc.run(command) else None


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return key[:60].strip("-") or "modele"


def save_as_template(doc: Document, atelier_id: str, title: str, personal_dir: Path) -> Path:
    """Write the atelier's preparation as a personal template file."""
    from ...core import templates

    base = slug(title)
    key, n = base, 2
    builtin = templates.builtin_keys()
    while key in builtin or (personal_dir / f"{key}.json").exists():
        key, n = f"{base}-{n}", n + 1
    service = _ateliers_service()
    if service is not None and hasattr(service, "save_as_template"):
        return Path(service.save_as_template(doc.notebook, atelier_id, key, title, personal_dir))
    atelier = records.get(doc.notebook, Atelier, atelier_id)
    steps = tuple(
        templates.Step(title=s.title, minutes=s.minutes, method=s.method,
                       instructions=s.instructions,
                       participant_instructions=s.participant_instructions,
                       materials=s.materials, tool=s.tool)
        for s in records.all_of(doc.notebook, Sequence, Sequence.position,
                                atelier_id=atelier_id)
    )
    template = templates.Template(key=key, title=title, objective=atelier.objective,
                                  steps=steps)
    return templates.write_personal(template, personal_dir)
