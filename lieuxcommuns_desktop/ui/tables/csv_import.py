"""Import participants or acteurs from a registration spreadsheet (CSV).

The dialog shows the first rows, guesses which column is which, lists every
row that cannot be imported and why, and imports only when the whole file is
valid — in one transaction and one undo step. Cancelling writes nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import csv_io
from ...core.enums import ActeurCategory
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.labels import label
from ...core.model import Acteur, Participant
from ...core.services import people
from ...core.services import records as svc
from ..commands import EditCommand
from ..document import Document
from ..plain import literal, plain

log = logging.getLogger(__name__)

PREVIEW_ROWS = 8
ENCODINGS = (("utf-8-sig", "UTF-8 (BOM)"), ("utf-8", "UTF-8"),
             ("cp1252", "Windows-1252"), ("latin-1", "ISO-8859-1"))
DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("csv_import", "virgule ( , )"),
    ";": QT_TRANSLATE_NOOP("csv_import", "point-virgule ( ; )"),
    "\t": QT_TRANSLATE_NOOP("csv_import", "tabulation"),
}


def tr(text: str) -> str:
    """Translate a string marked elsewhere with ``QT_TRANSLATE_NOOP("csv_import", ...)``."""
    return QCoreApplication.translate("csv_import", text)


# Literals are spelled ``translate("csv_import", "...")`` so that pyside6-lupdate sees the context.
translate = QCoreApplication.translate


class CsvImportDialog(QDialog):
    """Column mapping, preview, per-row errors; imports only a valid file."""

    def __init__(self, doc: Document, path: Path, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.path, self.kind = doc, Path(path), kind
        self.fields = csv_io.KINDS[kind]
        self.table: csv_io.CsvTable | None = None
        self.plan: csv_io.ImportPlan | None = None
        self.setObjectName("csvImportDialog")
        self.setAccessibleName(translate("csv_import", "Importer un CSV"))
        title = translate(
            "csv_import", "Importer des participant·es") if kind == "participants" else \
            translate("csv_import", "Importer des acteurs")
        self.setWindowTitle(f"{title} — {self.path.name}")
        self.resize(960, 640)
        self._build()
        self.reread(guess=True)

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        source = QHBoxLayout()
        self.file_label = plain(QLabel(self.path.name, self))
        self.file_label.setObjectName("csvFileName")
        self.file_label.setToolTip(literal(str(self.path)))
        source.addWidget(QLabel(translate("csv_import", "Fichier :"), self))
        source.addWidget(self.file_label, 1)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("csvEncoding")
        self.encoding_combo.setAccessibleName(translate("csv_import", "Encodage"))
        for code, name in ENCODINGS:
            self.encoding_combo.addItem(name, code)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("csvDelimiter")
        self.delimiter_combo.setAccessibleName(translate("csv_import", "Séparateur"))
        for delimiter, name in DELIMITER_NAMES.items():
            self.delimiter_combo.addItem(tr(name), delimiter)
        encoding_label = QLabel(translate("csv_import", "&Encodage :"), self)
        encoding_label.setBuddy(self.encoding_combo)
        delimiter_label = QLabel(translate("csv_import", "&Séparateur :"), self)
        delimiter_label.setBuddy(self.delimiter_combo)
        self.encoding_combo.currentIndexChanged.connect(self._reread_chosen)
        self.delimiter_combo.currentIndexChanged.connect(self._reread_chosen)
        source.addWidget(encoding_label)
        source.addWidget(self.encoding_combo)
        source.addWidget(delimiter_label)
        source.addWidget(self.delimiter_combo)
        self.reread_button = QPushButton(translate("csv_import", "&Relire le fichier"), self)
        self.reread_button.setObjectName("csvReread")
        self.reread_button.setAccessibleName(translate("csv_import", "Relire le fichier"))
        self.reread_button.setToolTip(translate(
            "csv_import", "Après avoir corrigé le fichier dans le tableur"))
        self.reread_button.clicked.connect(lambda: self.reread(guess=False))
        source.addWidget(self.reread_button)
        layout.addLayout(source)

        middle = QHBoxLayout()
        mapping_box = QGroupBox(translate("csv_import", "Colonnes"), self)
        form = QFormLayout(mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        for f in self.fields:
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"csvMap_{f.key}")
            combo.setAccessibleName(f.label)
            combo.currentIndexChanged.connect(self._mapping_changed)
            text = f"{f.label} *" if f.required else f.label
            form.addRow(text, combo)
            self.mapping_combos[f.key] = combo
        hint = QLabel(translate("csv_import", "* obligatoire"), mapping_box)
        hint.setEnabled(False)
        form.addRow(hint)
        middle.addWidget(mapping_box)

        preview_box = QGroupBox(translate("csv_import", "Aperçu des premières lignes"), self)
        preview_layout = QVBoxLayout(preview_box)
        self.preview = QTableWidget(preview_box)
        self.preview.setObjectName("csvPreview")
        self.preview.setAccessibleName(translate("csv_import", "Aperçu"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        preview_layout.addWidget(self.preview)
        middle.addWidget(preview_box, 1)
        layout.addLayout(middle, 3)

        errors_box = QGroupBox(translate("csv_import", "Lignes à corriger"), self)
        errors_layout = QVBoxLayout(errors_box)
        self.errors = QListWidget(errors_box)
        self.errors.setObjectName("csvErrors")
        self.errors.setAccessibleName(translate("csv_import", "Lignes à corriger"))
        errors_layout.addWidget(self.errors)
        self.categories_hint = plain(QLabel(errors_box))
        self.categories_hint.setObjectName("csvCategoriesHint")
        self.categories_hint.setWordWrap(True)
        self.categories_hint.setText(translate(
            "csv_import", "Catégories reconnues : {names}.").format(
            names=", ".join(label(c) for c in ActeurCategory)))
        self.categories_hint.hide()
        errors_layout.addWidget(self.categories_hint)
        layout.addWidget(errors_box, 2)

        self.summary = plain(QLabel(self))
        self.summary.setObjectName("csvSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            translate("csv_import", "&Importer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("csvImportButton")
        self.import_button.setAccessibleName(translate("csv_import", "Importer"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("csv_import", "Annuler"))
        cancel.setObjectName("csvCancelButton")
        cancel.setAccessibleName(translate("csv_import", "Annuler"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- reading and checking --------------------------------------------------
    def reread(self, guess: bool) -> None:
        """Read the file again (with the chosen encoding/delimiter unless guessing)."""
        encoding = None if guess else self.encoding_combo.currentData()
        delimiter = None if guess else self.delimiter_combo.currentData()
        old_columns = len(self.table.headers) if self.table is not None else -1
        try:
            self.table = csv_io.read_csv(self.path, encoding, delimiter)
        except (OSError, LookupError) as exc:
            self.table = None
            self.errors.clear()
            self.errors.addItem(translate(
                "csv_import", "Impossible de lire le fichier : {reason}").format(
                reason=(exc.strerror if isinstance(exc, OSError) else None) or str(exc)))
            self._set_ready(False, translate(
                "csv_import", "Import impossible : le fichier ne peut pas être lu."))
            return
        for combo, value in ((self.encoding_combo, self.table.encoding),
                             (self.delimiter_combo, self.table.delimiter)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        # The user's choices survive a re-read of the same columns (a corrected file),
        # not a different split (another delimiter): that one is guessed afresh.
        same_columns = old_columns == len(self.table.headers)
        previous = self.mapping() if not guess and same_columns else {}
        mapping = csv_io.guess_mapping(self.table.headers, self.kind)
        for key, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("csv_import", "— ne pas importer —"), None)
            for i, header in enumerate(self.table.headers):
                combo.addItem(header or translate("csv_import", "(colonne {number})").format(
                    number=i + 1), i)
            wanted = previous.get(key, mapping.get(key))
            if wanted is not None and wanted >= len(self.table.headers):
                wanted = mapping.get(key)
            combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else 0)
            combo.blockSignals(False)
        self._mapping_changed()

    def _reread_chosen(self, *_args: object) -> None:
        self.reread(guess=False)

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.mapping_combos.items()}

    def _mapping_changed(self, *_args: object) -> None:
        if self.table is None:
            return
        mapping = self.mapping()
        self._fill_preview(mapping)
        nb = self.doc.notebook
        self.plan = csv_io.plan_import(self.table, mapping, self.kind,
                                       svc.all_of(nb, Acteur), svc.all_of(nb, Participant))
        self.errors.clear()
        for problem in self.plan.problems:
            self.errors.addItem(problem)
        for error in self.plan.errors:
            self.errors.addItem(error.message)
        self.categories_hint.setVisible(
            any(e.code == "bad_category" for e in self.plan.errors))
        red = QBrush(QColor("#B00020"))
        for i in range(self.errors.count()):
            self.errors.item(i).setForeground(red)
        self._summarise()

    def _fill_preview(self, mapping: dict[str, int | None]) -> None:
        assert self.table is not None
        by_column = {i: f.label for f in self.fields if (i := mapping.get(f.key)) is not None}
        headers = self.table.headers
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        rows = self.table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        labels = [f"{h}\n→ {by_column[i]}" if i in by_column else f"{h}\n—"
                  for i, h in enumerate(headers)]
        self.preview.setHorizontalHeaderLabels(labels)
        self.preview.setVerticalHeaderLabels([str(n) for n in self.table.lines[:PREVIEW_ROWS]])
        grey = QBrush(QColor("#888888"))
        for r, row in enumerate(rows):
            for c in range(len(headers)):
                item = QTableWidgetItem(row[c] if c < len(row) else "")
                if c not in by_column:
                    item.setForeground(grey)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    def _summarise(self) -> None:
        plan = self.plan
        assert plan is not None
        n_errors = len(plan.errors)
        if plan.problems:
            self._set_ready(False, translate("csv_import", "Import impossible : {problem}").format(
                problem=plan.problems[0]))
            return
        if n_errors:
            lines = len({e.line for e in plan.errors})
            self._set_ready(False, translate("csv_import",
                "Import impossible : %n ligne(s) à corriger (liste ci-dessus). Rien n'a été "
                "importé. Corrigez le fichier puis « Relire le fichier ».", None, lines))
            return
        parts = []
        if plan.participants:
            parts.append(translate(
                "csv_import", "%n participant·e(s)", None, len(plan.participants)))
        if plan.acteurs:
            parts.append(translate(
                "csv_import", "%n nouvel(s) acteur(s)", None, len(plan.acteurs)))
        if not parts:
            self._set_ready(False, translate(
                "csv_import", "Rien à importer : %n ligne(s) déjà dans le carnet, aucune "
                "nouvelle.", None, plan.duplicates))
            return
        text = translate("csv_import", "Prêt à importer : {what}.").format(
            what=translate("csv_import", " et ").join(parts))
        if plan.duplicates:
            text += " " + translate(
                "csv_import", "%n ligne(s) déjà dans le carnet (sera|seront) ignorée(s).", None,
                plan.duplicates)
        self._set_ready(True, text)

    def _set_ready(self, ready: bool, text: str) -> None:
        self.import_button.setEnabled(ready and not self.doc.readonly)
        self.import_button.setToolTip("" if ready else literal(text))
        self.summary.setText(text)
        colour = "#1B5E20" if ready else "#B00020"
        self.summary.setStyleSheet(f"color: {colour}; font-weight: bold;")

    # -- importing -------------------------------------------------------------
    def do_import(self) -> None:
        """Write the whole plan in one transaction, as one undo step."""
        plan = self.plan
        if plan is None or not plan.ok or self.doc.readonly:
            return
        nb = self.doc.notebook
        text = translate("csv_import", "Importer {file}").format(file=self.path.name)
        command = EditCommand(
            self.doc, text, lambda: people.import_people(nb, plan.acteurs, plan.participants).edit)
        if self.doc.run(command):
            self.accept()
