"""Fichier › Imprimer… : choose the documents, preview the kit, save or print it.

Without an atelier the dialog prints the programme's documents, the
evaluation report among them (unticked by default), and the *lettre de suivi*
of the experiments (all, or those changed since a date, unticked too); the
report and the letter can also be saved as one HTML page each, as
``report --evaluation`` and ``report --experiments`` do. With an atelier it
prints the atelier's kit, and offers the letter too (unticked, after the kit,
with the same options): it is what the second circle is handed in the room.
The evaluation report stays with the programme's documents: it is read by the
programme's lead and funders, not in a workshop.

The kit is generated off the GUI thread (reportlab on a large atelier takes a
moment) into a temporary PDF that the preview shows; *Enregistrer en PDF*
copies it atomically, *Imprimer* renders its pages onto a QPrinter. The
window never blocks and a failure is shown, not raised.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LieuxError
from ...core.fileio import copy_atomic
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.model import Atelier
from ...core.services import records
from ...printing.options import DOCUMENTS, KitOptions
from ...printing.programme import DIALOG_DOCUMENTS
from ..document import Document
from ..plain import isolate, literal, plain
from ..save_dialog import ask_save_path
from ..screen_fit import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintDevice
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

TITLES = {
    "cover": QT_TRANSLATE_NOOP("PrintDialog", "Couverture"),
    "agenda": QT_TRANSLATE_NOOP("PrintDialog", "Programme (participant·es)"),
    "facilitator": QT_TRANSLATE_NOOP("PrintDialog", "Déroulé d'animation"),
    "map": QT_TRANSLATE_NOOP("PrintDialog", "Carte des acteurs"),
    "templates": QT_TRANSLATE_NOOP("PrintDialog", "Canevas vierges (A3)"),
    "roles": QT_TRANSLATE_NOOP("PrintDialog", "Matrice des rôles"),
    "decisions": QT_TRANSLATE_NOOP("PrintDialog", "Matrices de décision"),
    "commons": QT_TRANSLATE_NOOP("PrintDialog", "Grille des communs"),
    "attendance": QT_TRANSLATE_NOOP("PrintDialog", "Feuille d'émargement"),
    "minutes": QT_TRANSLATE_NOOP("PrintDialog", "Compte-rendu"),
    "evaluation": QT_TRANSLATE_NOOP("PrintDialog", "Questionnaire d'évaluation"),
    "poster": QT_TRANSLATE_NOOP("PrintDialog", "Affiche du programme (A3 paysage)"),
    "summary": QT_TRANSLATE_NOOP("PrintDialog", "Synthèse du programme (A4)"),
    "evaluation_report": QT_TRANSLATE_NOOP("PrintDialog", "Rapport d'évaluation du programme"),
    "letter": QT_TRANSLATE_NOOP("PrintDialog", "Lettre de suivi des expérimentations"),
}
#: What the dialog offers with an atelier: its kit, then the follow-up letter.
KIT_DOCUMENTS: tuple[str, ...] = (*DOCUMENTS, "letter")
#: Documents offered but not ticked when the dialog opens.
UNTICKED = ("evaluation_report", "letter")  # long: printed when asked for


class _Worker(QObject):
    """Writes one kit on a worker thread and says where it put it."""

    finished = Signal(str)
    failed = Signal(str)
    progress = Signal(int)

    def __init__(self, doc: Document, atelier_id: str | None, options: KitOptions,
                 target: Path, since: dt.date | None = None) -> None:
        super().__init__()
        self.doc, self.atelier_id, self.options, self.target = doc, atelier_id, options, target
        self.since = since

    @Slot()
    def run(self) -> None:
        from ...printing.kit import write_kit
        from ...printing.programme import write_programme

        try:
            if self.atelier_id is None:  # the programme's poster, summary, letter
                write_programme(self.doc.notebook, self.target, self.options.documents,
                                since=self.since, progress=self.progress.emit)
            else:
                write_kit(self.doc.notebook, self.atelier_id, self.target, self.options,
                          progress=self.progress.emit, letter_since=self.since)
        except LieuxError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # reportlab layout errors: report, keep the app alive
            log.exception("kit generation failed")
            self.failed.emit(str(exc))
        else:
            self.finished.emit(str(self.target))


class PrintDialog(QDialog):
    """The kit of an atelier, or — without an atelier — the programme's poster and summary."""

    def __init__(self, doc: Document, atelier_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.atelier_id = doc, atelier_id
        self.setObjectName("printDialog")
        if atelier_id is None:
            self.documents: tuple[str, ...] = DIALOG_DOCUMENTS
            self.setWindowTitle(self.tr("Imprimer le programme"))
        else:
            self.documents = KIT_DOCUMENTS
            atelier = records.get(doc.notebook, Atelier, atelier_id)
            self.setWindowTitle(
                self.tr("Imprimer le kit — {title}").format(title=isolate(atelier.title)))
        fit_to_screen(self, wanted=QSize(1100, 720))
        self._tmpdir = tempfile.TemporaryDirectory(prefix="lieux-kit-")
        self._generation = 0
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._ready: Path | None = None
        self._pending = False

        self.checks: dict[str, QCheckBox] = {}
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Documents à imprimer :")))
        for key in self.documents:
            box = QCheckBox(self.tr(TITLES[key]))
            box.setObjectName(f"doc_{key}")
            box.setAccessibleName(self.tr(TITLES[key]))
            box.setChecked(key not in UNTICKED)
            box.toggled.connect(self._schedule)
            self.checks[key] = box
            side.addWidget(box)
        form = QFormLayout()
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.setAccessibleName(self.tr("Format des canevas"))
        self.paper.addItem(self.tr("A3 paysage"), "a3")
        self.paper.addItem(self.tr("A4 paysage"), "a4")
        self.paper.currentIndexChanged.connect(self._schedule)
        form.addRow(self.tr("Canevas :"), self.paper)
        self.blank_rows = QSpinBox()
        self.blank_rows.setObjectName("blankRows")
        self.blank_rows.setAccessibleName(self.tr("Lignes vierges d'émargement"))
        self.blank_rows.setRange(0, 100)
        self.blank_rows.setValue(10)
        self.blank_rows.valueChanged.connect(self._schedule)
        form.addRow(self.tr("Lignes vierges :"), self.blank_rows)
        if atelier_id is not None:  # the programme's documents have their own paper
            side.addLayout(form)
        else:
            for widget in (self.paper, self.blank_rows):
                widget.setParent(self)
                widget.hide()
        side.addLayout(self._letter_options())
        side.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Préparation des documents"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        side.addWidget(self.progress)
        self.status = plain(QLabel())
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        side.addWidget(self.status)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Enregistrer en PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.setAccessibleName(self.tr("Enregistrer en PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.print_button.setObjectName("print")
        self.print_button.setAccessibleName(self.tr("Imprimer"))
        self.print_button.clicked.connect(self.print_kit)
        self.html_button: QPushButton | None = None
        if atelier_id is None:
            self.html_button = QPushButton(self.tr("Rapport d'évaluation en &HTML…"))
            self.html_button.setObjectName("evaluationHtml")
            self.html_button.setAccessibleName(self.tr("Rapport d'évaluation en HTML"))
            self.html_button.clicked.connect(lambda: self.save_evaluation_html())
            side.addWidget(self.html_button)
        close = QPushButton(self.tr("Fermer"))
        close.setObjectName("close")
        close.setAccessibleName(self.tr("Fermer"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)
        side.addLayout(buttons)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview")
        self.view.setAccessibleName(self.tr("Aperçu du kit"))
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        layout = QHBoxLayout(self)
        left = QWidget()
        left.setLayout(side)
        left.setMaximumWidth(330)
        layout.addWidget(left)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.generate)
        self._set_busy(False)
        self._schedule()

    def _letter_options(self) -> QVBoxLayout:
        """Since when, and the HTML page: the options of ``report --experiments``."""
        self.letter_only_since = QCheckBox(self.tr("Lettre : seulement ce qui a changé "
                                                   "&depuis le"))
        self.letter_only_since.setObjectName("letterOnlySince")
        self.letter_only_since.setAccessibleName(self.tr(
            "Lettre de suivi : seulement ce qui a changé depuis une date"))
        self.letter_since = QDateEdit()
        self.letter_since.setObjectName("letterSince")
        self.letter_since.setAccessibleName(self.tr("Date des changements retenus"))
        self.letter_since.setCalendarPopup(True)
        self.letter_since.setDisplayFormat("dd/MM/yyyy")
        start = dt.date.today() - dt.timedelta(days=30)
        self.letter_since.setDate(QDate(start.year, start.month, start.day))
        self.letter_html_button = QPushButton(self.tr("Enregistrer la lettre en &HTML…"))
        self.letter_html_button.setObjectName("letterHtml")
        self.letter_html_button.setAccessibleName(self.tr("Enregistrer la lettre en HTML"))
        self.letter_html_button.clicked.connect(lambda: self.save_letter_html())
        letter_box = self.checks["letter"]
        for signal in (letter_box.toggled, self.letter_only_since.toggled):
            signal.connect(self._follow_letter)
        self.letter_only_since.toggled.connect(self._schedule)
        self.letter_since.dateChanged.connect(self._schedule)
        layout = QVBoxLayout()
        layout.addWidget(self.letter_only_since)
        layout.addWidget(self.letter_since)
        layout.addWidget(self.letter_html_button)
        self._follow_letter()
        return layout

    def _follow_letter(self) -> None:
        wanted = self.checks["letter"].isChecked()
        self.letter_only_since.setEnabled(wanted)
        self.letter_since.setEnabled(wanted and self.letter_only_since.isChecked())
        self.letter_html_button.setEnabled(wanted)

    def letter_since_date(self) -> dt.date | None:
        """The letter's ``--since``, or None for every experiment."""
        if not self.letter_only_since.isChecked():
            return None
        q = self.letter_since.date()
        return dt.date(q.year(), q.month(), q.day())

    def save_letter_html(self, target: str | None = None) -> Path | None:
        """The letter as one HTML page (never over the notebook); its path, or None."""
        from ...printing.letter_html import write_letter_html

        since = self.letter_since_date()
        return self._save_html(
            target, self.tr("Enregistrer la lettre en HTML"), "lettre-de-suivi.html",
            lambda path: write_letter_html(self.doc.notebook, path, since=since),
            self.tr("Lettre enregistrée dans {path}."))

    def _save_html(self, target: str | None, title: str, suggested: str,
                   write: Callable[[Path], Path], saved: str) -> Path | None:
        """Ask where (unless ``target``), refuse a notebook, write, say where it went."""
        path = ask_save_path(self, title, str(Path.home() / suggested),
                             self.tr("Pages HTML (*.html)"), self.doc.notebook.path, target)
        if path is None:
            return None
        try:
            written = write(path)
        except LieuxError as exc:
            self.status.setText(exc.message)
            return None
        except OSError as exc:
            self.status.setText(LieuxError("io", path=path, reason=exc.strerror or exc).message)
            return None
        self.status.setText(saved.format(path=written))
        return written

    # -- options ---------------------------------------------------------------
    def options(self) -> KitOptions:
        return KitOptions(
            documents=tuple(k for k, box in self.checks.items() if box.isChecked()),
            paper=self.paper.currentData(),
            blank_rows=self.blank_rows.value(),
        )

    def _schedule(self) -> None:
        self._timer.start()

    # -- generation --------------------------------------------------------------
    def generate(self) -> None:
        """Regenerate the preview; a request during a run is queued, not lost."""
        if self._thread is not None:
            self._pending = True
            return
        options = self.options()
        if not options.documents:
            self.pdf.close()
            self._ready = None
            self.status.setText(self.tr("Cochez au moins un document."))
            self._set_busy(False)
            return
        self._generation += 1
        target = Path(self._tmpdir.name) / f"kit-{self._generation}.pdf"
        self._thread = QThread(self)
        self._worker = _Worker(self.doc, self.atelier_id, options, target,
                               self.letter_since_date())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.finished.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._on_thread_done)
        self._set_busy(True)
        self.status.setText(self.tr("Préparation des documents…"))
        self._thread.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        ready = not busy and self._ready is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    @Slot(str)
    def _on_finished(self, path: str) -> None:
        self._ready = Path(path)
        self.pdf.load(path)
        self.status.setText(self.tr("%n page(s) prête(s).", "", self.pdf.pageCount()))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._ready = None
        self.status.setText(message)

    @Slot()
    def _on_thread_done(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._set_busy(False)
        if self._pending:
            self._pending = False
            self.generate()

    def wait_ready(self, timeout_ms: int = 60000) -> bool:
        """For tests and scripts: block until the current generation is done."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while (self._thread is not None or self._timer.isActive() or self._pending) and (
            not deadline.hasExpired()
        ):
            QCoreApplication.processEvents()
            QThread.msleep(10)
        return self._ready is not None

    # -- output ------------------------------------------------------------------
    def save_pdf(self, target: str | None = None) -> Path | None:
        if self._ready is None:
            return None
        name = ("kit.pdf" if self.atelier_id else "lettre-de-suivi.pdf"
                if self.options().documents == ("letter",) else "programme.pdf")
        path = ask_save_path(self, self.tr("Enregistrer en PDF"), str(Path.home() / name),
                             self.tr("Documents PDF (*.pdf)"), self.doc.notebook.path, target)
        if path is None:
            return None
        try:
            copy_atomic(self._ready, path)
        except LieuxError as exc:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), literal(exc.message))
            return None
        self.status.setText(self.tr("PDF enregistré dans {path}.").format(path=path))
        return path

    def save_evaluation_html(self, target: str | None = None) -> Path | None:
        """The programme's evaluation report as one HTML page (never onto a notebook)."""
        from ...publishing.evaluation_report import write_report

        return self._save_html(
            target, self.tr("Rapport d'évaluation en HTML"), "evaluation.html",
            lambda path: write_report(self.doc.notebook, path, "html"),
            self.tr("Rapport enregistré dans {path}."))

    def print_kit(self, printer: QPrinter | None = None) -> bool:  # injectable in tests
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._ready is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return render_pdf(self.pdf, printer)

    def done(self, result: int) -> None:
        self._timer.stop()  # no preview may start once the dialog is closing
        self._pending = False
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(30000)
        super().done(result)


def render_pdf(pdf: QPdfDocument, printer: QPaintDevice) -> bool:
    """Paint each PDF page, scaled to fit, onto a printer (or any paint device)."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(pdf.pageCount()):
            if index:
                printer.newPage()
            area = painter.viewport()
            size = pdf.pagePointSize(index).toSize()
            scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = pdf.render(index, QSize(max(1, scaled.width()), max(1, scaled.height())))
            painter.drawImage(area.topLeft(), image)
    finally:
        painter.end()
    return True
