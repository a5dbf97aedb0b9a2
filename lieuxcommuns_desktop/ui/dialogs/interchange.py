"""JSON export and import from the Fichier menu, through ``core.interchange``.

``core.interchange`` is another part of the application, imported lazily;
its entry points are looked up by name so that this menu works with the
module's public functions as soon as it is present.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import LieuxError
from ..document import Document
from ..errors import output_refused, show_error
from ..plain import literal

log = logging.getLogger(__name__)



def _find(*names: str) -> Any | None:
    import importlib

    for module_name in ("lieuxcommuns_desktop.core.interchange",
                        "lieuxcommuns_desktop.core.interchange.exporter",
                        "lieuxcommuns_desktop.core.interchange.importer",
                        "lieuxcommuns_desktop.core.interchange.merge"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in names:
            fn = getattr(module, name, None)
            if callable(fn):
                return fn
    return None


def _unavailable(parent: QWidget) -> None:
    show_error(parent, QCoreApplication.translate(
        "interchange_ui", "L'échange JSON n'est pas disponible dans cette version."))


def export_json(parent: QWidget, doc: Document, target: Path) -> bool:
    export = _find("export_json")
    if export is None:
        _unavailable(parent)
        return False
    if output_refused(parent, target, doc.notebook.path):
        return False
    try:
        text = export(doc.notebook)
        writer = _find("write_atomic")
        if writer is not None:
            writer(target, text)
        else:
            target.write_text(text, encoding="utf-8")
    except LieuxError as exc:
        show_error(parent, exc.message)
        return False
    except OSError as exc:
        show_error(parent, str(exc))
        return False
    QMessageBox.information(parent, QCoreApplication.translate("interchange_ui", "Exporter (JSON)"),
                            literal(QCoreApplication.translate(
                                "interchange_ui", "Carnet exporté dans « {path} ».").format(
                                path=target)))
    return True


def import_json(parent: QWidget, doc: Document, source: Path) -> bool:
    merge = _find("import_file", "import_json", "merge_file", "merge_json", "merge")
    if merge is None:
        _unavailable(parent)
        return False
    try:
        try:
            report = merge(doc.notebook, source)
        except TypeError:
            report = merge(doc.notebook, source.read_bytes())
    except LieuxError as exc:
        show_error(parent, exc.message)
        return False
    # The merge is not an undoable step: older undo steps may no longer apply.
    doc.undo_stack.clear()
    summary = getattr(report, "summary", None)
    text = summary() if callable(summary) else (str(report) if report else "")
    QMessageBox.information(parent, QCoreApplication.translate("interchange_ui", "Importer (JSON)"),
                            literal(QCoreApplication.translate("interchange_ui", "Import terminé.")
                                    + (f"\n\n{text}" if text else "")))
    return True
