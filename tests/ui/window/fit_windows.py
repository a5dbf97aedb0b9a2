"""Every top-level window and dialog of the app on a small screen (run by test_fit_screens).

Not collected by the normal run (no ``test_`` prefix): ``test_fit_screens.py``
runs this module in a child process whose offscreen screen is really
1024×768 or 1366×768 (``QT_QPA_PLATFORM=offscreen:configfile=…``), since one
process has one set of screens. ``LIEUXCOMMUNS_FIT_SCREEN`` says which,
``LIEUXCOMMUNS_LANG`` the language (English labels are often longer).

The list of windows is read from the code: every ``QDialog``, ``QMainWindow``
and ``QMessageBox`` subclass of ``lieuxcommuns_desktop.ui`` and every widget
that makes itself a window. Each needs a factory below; a new dialog without
one fails :func:`test_every_window_of_the_code_is_checked`.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QWidget,
)

import lieuxcommuns_desktop.ui as ui_package
from lieuxcommuns_desktop.ui import screen_fit
from tests.ui.window import sample
from tests.ui.window.fitcheck import problems

SCREEN = os.environ.get("LIEUXCOMMUNS_FIT_SCREEN", "")


def _ui_window_classes() -> set[str]:
    found: set[str] = set()
    for info in pkgutil.walk_packages(ui_package.__path__, "lieuxcommuns_desktop.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != info.name or not issubclass(cls, QWidget):
                continue
            if issubclass(cls, (QDialog, QMainWindow, QMessageBox)) or \
                    "Qt.WindowType.Window)" in inspect.getsource(cls):
                found.add(f"{cls.__module__}.{cls.__qualname__}")
    return found


class Ctx:
    """The sample notebook open in the main window, shared by the factories."""

    def __init__(self, tmp: Path) -> None:
        from lieuxcommuns_desktop.ui.main_window import MainWindow

        self.tmp = tmp
        self.path = sample.build(tmp / "drome.lieux", ateliers=3)
        self.main = MainWindow()
        self.main.show()
        self.main.open_path(self.path)
        self.doc = self.main.doc
        self.nb = self.doc.notebook
        self.atelier_id = self.main.navigation.atelier_ids()[0]
        self.main.open_atelier(self.atelier_id)


def _main(ctx: Ctx) -> QWidget:
    return ctx.main


def _live(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.live.window import LiveWindow

    live = LiveWindow(ctx.doc, ctx.atelier_id, ctx.main)
    live.timer.start()  # the timer's text, the plan and the step in view
    return live


def _live_projector(ctx: Ctx) -> QWidget:
    live = _live(ctx)
    return live.open_projector(full_screen=False)


def _map_projector(ctx: Ctx) -> QWidget:
    ctx.main.open_atelier(ctx.atelier_id, "map")
    tool = ctx.main.current_page.tools["map"]
    if tool.scene is None:
        tool.create_map("Carte des acteurs de la friche")
    return tool.open_projector()


def _print(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.printing.dialog import PrintDialog

    return PrintDialog(ctx.doc, ctx.atelier_id, ctx.main)


def _note(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.core.model import Note
    from lieuxcommuns_desktop.core.services import notes, records
    from lieuxcommuns_desktop.ui.notes.feed import NoteDialog

    note = notes.capture(ctx.nb, ctx.atelier_id, "> Réserver la salle @Sophie #15/12")
    return NoteDialog(ctx.doc, records.get(ctx.nb, Note, note.id), ctx.main)


def _relation(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.core.services.maps import RelationRow
    from lieuxcommuns_desktop.ui.canvas.dialogs import RelationDialog

    row = RelationRow("r", "a", "b", "cooperation", "Convention d'occupation", False)
    return RelationDialog(row, "Mairie de Montreuil-sur-Drôme",
                          "Association des usagers de la friche", ctx.main)


def _relation_target(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.core.enums import RelationKind
    from lieuxcommuns_desktop.core.model import Acteur
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.ui.canvas.relation_chooser import CardChoice, RelationTargetDialog

    cards = [CardChoice(a.id, a.name, a.category) for a in records.all_of(ctx.nb, Acteur)]
    return RelationTargetDialog(cards, cards[0].acteur_id, next(iter(RelationKind)), ctx.main)


def _photo_viewer(ctx: Ctx) -> QWidget:
    from PIL import Image

    from lieuxcommuns_desktop.core.services import photos
    from lieuxcommuns_desktop.ui.photos.viewer import PhotoViewer

    board = ctx.tmp / "tableau.jpg"
    Image.new("RGB", (3000, 2000), (200, 180, 90)).save(board)
    photos.import_file(ctx.nb, ctx.atelier_id, board)
    ids = [p.id for p in photos.list_photos(ctx.nb, ctx.atelier_id)]
    return PhotoViewer(ctx.doc, ids, 0, ctx.main)


def _backdrop(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.canvas.backdrop import BackdropDialog

    ctx.main.open_atelier(ctx.atelier_id, "map")
    tool = ctx.main.current_page.tools["map"]
    if tool.scene is None:
        tool.create_map("Carte des acteurs de la friche")
    return BackdropDialog(ctx.doc, tool.map_id, ctx.atelier_id, ctx.main)


def _new_vote(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.votes.panel import NewVoteDialog

    return NewVoteDialog(ctx.doc, ctx.atelier_id, None, ctx.main)


def _publish(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.dialogs.publish import PublishDialog

    return PublishDialog(ctx.doc, ctx.main)


def _experiment(ctx: Ctx) -> str:
    """An experiment of the sample notebook (made once) for its dialogs."""
    from lieuxcommuns_desktop.core.model import Experimentation
    from lieuxcommuns_desktop.core.services import experiments, records

    found = records.all_of(ctx.nb, Experimentation)
    if found:
        return found[0].id
    return experiments.create(ctx.nb, "Régie partagée de la friche").created("experimentation")[0]


def _indicator() -> object:
    import datetime as dt

    from lieuxcommuns_desktop.core.services.experiments_views import IndicatorView, Measure

    values = (Measure("m", dt.date(2026, 5, 1), 12.0, ""),)
    return IndicatorView("i", "Habitants impliqués", "personnes", 4.0, 30.0, values)


def _experiment_dialog(name: str) -> Callable[[Ctx], QWidget]:
    def make(ctx: Ctx) -> QWidget:
        from lieuxcommuns_desktop.core.enums import ExperimentationStatus
        from lieuxcommuns_desktop.ui.experiments import dialogs

        exp = _experiment(ctx)
        return {
            "EditDialog": lambda: dialogs.EditDialog(ctx.doc, "Modifier", ctx.main),
            "StatusDialog": lambda: dialogs.StatusDialog(
                ctx.doc, exp, ExperimentationStatus.EN_COURS, ctx.main),
            "IndicatorDialog": lambda: dialogs.IndicatorDialog(ctx.doc, exp, None, ctx.main),
            "MeasureDialog": lambda: dialogs.MeasureDialog(ctx.doc, _indicator(), ctx.main),
            "MilestoneDialog": lambda: dialogs.MilestoneDialog(ctx.doc, exp, ctx.main),
            "PartnersDialog": lambda: dialogs.PartnersDialog(
                ctx.doc, exp, None, set(), [("c1", "Ville de Die"), ("c2", "Ville de Crest")],
                ctx.main),
            "ReviewAteliersDialog": lambda: dialogs.ReviewAteliersDialog(
                ctx.doc, exp, [(f"a{n}", f"Atelier de suivi n° {n} — bilan d'étape "
                                        f"({n:02d}/03/2026)") for n in range(1, 30)],
                {"a2"}, {"a1"}, ctx.main),
        }[name]()

    return make


def _letter(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.experiments.letter_dialog import LetterDialog

    return LetterDialog(ctx.doc, ctx.main)


def _invite(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.core.model import Acteur, Participant
    from lieuxcommuns_desktop.core.services import records
    from lieuxcommuns_desktop.ui.attendance.widget import InvitePicker

    acteurs = {a.id: a for a in records.all_of(ctx.nb, Acteur)}
    return InvitePicker(records.all_of(ctx.nb, Participant), acteurs, ctx.main)


def _columns(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.core.services import matrices
    from lieuxcommuns_desktop.ui.matrices.tool import ColumnsDialog

    columns = matrices.acteurs(ctx.nb)
    return ColumnsDialog(columns, [c.acteur_id for c in columns[:3]], ctx.main)


def _csv(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.tables.csv_import import CsvImportDialog

    path = ctx.tmp / "inscrits.csv"
    path.write_text("Nom;Prénom;Structure;Courriel\nLeroy;Sophie;Mairie de Die;s@ex.org\n",
                    encoding="utf-8")
    return CsvImportDialog(ctx.doc, path, "participants", ctx.main)


def _lock(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.dialogs.lock import LockDialog
    from lieuxcommuns_desktop.ui.lock import Holder

    return LockDialog(ctx.main, ctx.path, Holder(4242, "portable-salle", "Lieux Communs"))


def _conflict_review(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.team.review import ConflictReviewDialog
    from tests.ui.team.conflicts import sample

    return ConflictReviewDialog(sample() * 40, ctx.main, source="carnet de Marie.lieux")


def _share(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.team.share import ShareDialog

    dialog = ShareDialog(ctx.doc, ctx.main)
    dialog.say("Le serveur d'équipe « serveur.exemple.org:5432/lieux » est injoignable "
               "(connection refused). Le carnet local n'a pas été modifié.", error=True)
    return dialog


def _plain(module: str, name: str) -> Callable[[Ctx], QWidget]:
    def make(ctx: Ctx) -> QWidget:
        return getattr(importlib.import_module(module), name)(ctx.main)

    return make


def _error_box(ctx: Ctx) -> QWidget:
    from lieuxcommuns_desktop.ui.errors import make_error_box

    return make_error_box(ctx.main, "Lieux Communs — erreur", "Une erreur inattendue " * 20,
                          "Traceback\n" * 200)


def _leave_box(ctx: Ctx) -> QWidget:
    return _live(ctx).leave_box()


UI = "lieuxcommuns_desktop.ui."
FACTORIES: dict[str, Callable[[Ctx], QWidget]] = {
    UI + "main_window.MainWindow": _main,
    UI + "live.window.LiveWindow": _live,
    UI + "live.projector.ProjectorWindow": _live_projector,
    UI + "canvas.projector.ProjectorWindow": _map_projector,
    UI + "printing.dialog.PrintDialog": _print,
    UI + "notes.feed.NoteDialog": _note,
    UI + "canvas.dialogs.RelationDialog": _relation,
    UI + "canvas.relation_chooser.RelationTargetDialog": _relation_target,
    UI + "canvas.backdrop.BackdropDialog": _backdrop,
    UI + "photos.viewer.PhotoViewer": _photo_viewer,
    UI + "votes.panel.NewVoteDialog": _new_vote,
    UI + "dialogs.publish.PublishDialog": _publish,
    UI + "experiments.dialogs.EditDialog": _experiment_dialog("EditDialog"),
    UI + "experiments.dialogs.StatusDialog": _experiment_dialog("StatusDialog"),
    UI + "experiments.dialogs.IndicatorDialog": _experiment_dialog("IndicatorDialog"),
    UI + "experiments.dialogs.MeasureDialog": _experiment_dialog("MeasureDialog"),
    UI + "experiments.dialogs.MilestoneDialog": _experiment_dialog("MilestoneDialog"),
    UI + "experiments.dialogs.PartnersDialog": _experiment_dialog("PartnersDialog"),
    UI + "experiments.dialogs.ReviewAteliersDialog": _experiment_dialog("ReviewAteliersDialog"),
    UI + "experiments.letter_dialog.LetterDialog": _letter,
    UI + "attendance.widget.InvitePicker": _invite,
    UI + "matrices.tool.ColumnsDialog": _columns,
    UI + "tables.csv_import.CsvImportDialog": _csv,
    UI + "dialogs.lock.LockDialog": _lock,
    UI + "team.review.ConflictReviewDialog": _conflict_review,
    UI + "team.share.ShareDialog": _share,
    UI + "dialogs.preferences.PreferencesDialog": _plain(UI + "dialogs.preferences",
                                                         "PreferencesDialog"),
    UI + "dialogs.guide.GuideDialog": _plain(UI + "dialogs.guide", "GuideDialog"),
    UI + "dialogs.templates.TemplateChooserDialog": _plain(UI + "dialogs.templates",
                                                           "TemplateChooserDialog"),
    UI + "dialogs.templates.TemplateStepsDialog": _plain(UI + "dialogs.templates",
                                                         "TemplateStepsDialog"),
    UI + "dialogs.about.AboutDialog": _plain(UI + "dialogs.about", "AboutDialog"),
}
#: Message boxes made without a class of their own.
BOXES: dict[str, Callable[[Ctx], QWidget]] = {
    "errors.make_error_box": _error_box,
    "live.window.LiveWindow.leave_box": _leave_box,
}


def _controls(window: QWidget) -> list[QWidget]:
    """Buttons, fields and lists the user needs, outside scrolled areas."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QLabel)):
            continue
        if widget.objectName().startswith("qt_") or \
                isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox, QTabBar)):
            continue  # parts of a Qt widget, checked through it (tab scrollers included)
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        parent = widget.parentWidget()
        scrolled = False
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea) or \
                    type(parent).__name__ in ("QToolBarExtension",):
                scrolled = True
                break
            parent = parent.parentWidget()
        if not scrolled and type(widget).__name__ != "QToolBarExtension":
            found.append(widget)
    return found


@pytest.fixture(scope="module")
def ctx(qapp, tmp_path_factory):
    from lieuxcommuns_desktop.ui.app import create_app

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "excepthook", sys.excepthook)  # create_app installs its own
        assert create_app([]) is qapp  # the app's own set-up, window fitting included
    made = Ctx(tmp_path_factory.mktemp("fit"))
    # The main window's first screen painted, the app fits every window from then on.
    deadline = time.monotonic() + 5
    while not screen_fit.installed(qapp) and time.monotonic() < deadline:
        qapp.processEvents()
    assert screen_fit.installed(qapp)
    lang = os.environ.get("LIEUXCOMMUNS_LANG", "fr")
    assert made.main.menuBar().actions()[0].text() == {"fr": "&Fichier", "en": "&File"}[lang]
    yield made
    made.main.close()


def test_the_screen_is_the_one_asked(qapp) -> None:
    width, height = (int(v) for v in SCREEN.split("x"))
    assert QGuiApplication.primaryScreen().availableGeometry() == QRect(0, 0, width, height)


def test_every_window_of_the_code_is_checked() -> None:
    assert _ui_window_classes() == set(FACTORIES)


@pytest.mark.parametrize("name", sorted(FACTORIES) + sorted(BOXES))
def test_fits(ctx, qapp, qtbot, name) -> None:
    screen_fit.install(qapp)  # as ctx found it: tests/conftest.py removes it after each test
    window = (FACTORIES.get(name) or BOXES[name])(ctx)
    if not window.isVisible():
        window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    available = window.screen().availableGeometry()
    assert problems(window, available, _controls(window)) == []
    if isinstance(window, QDialog):
        window.reject()  # done(): the print dialog waits for its preview thread
    elif window is not ctx.main:
        window.close()


def test_main_window_saved_on_a_big_screen_restores_inside(ctx, qtbot) -> None:
    """Geometry saved at 1280×760 (and at 1920×1080) then the app opens on this screen."""
    from PySide6.QtCore import QByteArray

    from lieuxcommuns_desktop.ui import settings
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    for width, height in ((1280, 760), (1920, 1080)):
        big = QMainWindow()
        big.setGeometry(QRect(200, 150, width, height))  # wider than the screen, off its edge
        saved = big.saveGeometry()
        big.deleteLater()
        assert isinstance(saved, QByteArray) and not saved.isEmpty()
        settings.set_value("window/geometry", saved)
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        available = window.screen().availableGeometry()
        assert available.contains(window.frameGeometry()), (width, window.frameGeometry())
        window.close()
