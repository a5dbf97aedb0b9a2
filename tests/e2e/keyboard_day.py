"""A workshop run with the keyboard only, on a 1024×768 screen (run by test_keyboard_day).

Not collected by the normal run: ``test_keyboard_day.py`` runs it in a child
process whose offscreen screen is 1024×768, once in French and once in English
(``LIEUXCOMMUNS_LANG``). Every key goes where a real key goes: to the focused
widget, or to the open popup. Not keys: opening the sample notebook (as
Fichier › Ouvrir does after its file dialog), the file dialog's answer when the
kit is saved, the live timer's clock, and activating a window (a window
manager's job the offscreen platform does not do).

The day: the atelier chosen in the navigation → live mode (F5) → the timer
started → notes of every kind, an action whose owner is picked from the ``@``
suggestions and with a ``#date`` → the next séquence → the projector opened
(F9) and closed (Esc on it) → attendance (Ctrl+Tab): a person ticked from the
search box (Ctrl+F) and a walk-in typed → a note edited from the feed → live mode left (Esc, Enter)
→ the kit printed (Ctrl+P) and read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import NoteKind
from lieuxcommuns_desktop.core.services import notes, records
from tests.e2e import helpers
from tests.ui.window import sample

HERE = Path(__file__).resolve().parent
LANG = os.environ.get("LIEUXCOMMUNS_LANG", "fr")
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
T0 = dt.datetime(2026, 4, 2, 8, 0)


h = helpers


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def focused() -> QWidget:
    target = (QApplication.activePopupWidget() or QApplication.focusWidget()
              or QApplication.activeWindow())  # a window without a focusable widget
    assert target is not None, "no widget has the keyboard focus"
    return target


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_in(qtbot, text: str) -> None:
    h.type_text(qtbot, focused(), text)


def tab_to(qtbot, widget: QWidget, limit: int = 25, back: bool = False) -> None:
    """Tab (or Shift+Tab) until ``widget`` has the focus, as a keyboard user does."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        if back:
            press(qtbot, K.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            press(qtbot, K.Key_Tab)
    assert QApplication.focusWidget() is widget, (
        f"Tab never reached {widget.objectName()!r}; stopped on "
        f"{QApplication.focusWidget().objectName()!r}")


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    from lieuxcommuns_desktop.ui.live import timer

    fake = Clock()
    monkeypatch.setattr(timer, "utcnow", fake)
    return fake


@pytest.fixture
def window(qapp, qtbot):
    from lieuxcommuns_desktop.ui import app as app_module
    from lieuxcommuns_desktop.ui import screen_fit
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    app_module.configure(qapp)
    app_module.install_language(LANG)
    screen_fit.install(qapp)  # as create_app does
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _live_window(main):
    from lieuxcommuns_desktop.ui.live.window import LiveWindow

    shown = [w for w in main.findChildren(LiveWindow) if w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_a_workshop_by_keyboard(window, qtbot, clock, tmp_path, monkeypatch) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1024, 768)
    path = sample.build(tmp_path / "drome.lieux", ateliers=2)
    window.open_path(path)
    h.activate(window)
    assert screen.contains(window.frameGeometry())
    nb = window.doc.notebook
    atelier_id = window.navigation.atelier_ids()[0]

    # The atelier, from the navigation (F6 then arrows).
    if QApplication.focusWidget() is not window.navigation:
        press(qtbot, K.Key_F6)  # F6 goes to the navigation (and back)
    assert QApplication.focusWidget() is window.navigation
    for _ in range(30):
        if window.navigation.current() == ("atelier", atelier_id):
            break
        press(qtbot, K.Key_Down)
    assert window.navigation.current() == ("atelier", atelier_id), (
        window.navigation.current(), QApplication.focusWidget())
    assert window.current_atelier == atelier_id

    # Live mode; the timer started.
    press(qtbot, K.Key_F5)
    live = _live_window(window)
    h.activate(live)
    assert screen.contains(live.frameGeometry())
    assert QApplication.focusWidget() is live.capture.entry
    assert live.leave_button.text() == {"fr": "Quitter l'animation",
                                        "en": "Leave live mode"}[LANG]  # the language asked
    press(qtbot, K.Key_F5)
    assert live.timer.state.running
    first_step = live.timer.state.sequence_id

    def note(text: str, kind_key: int | None = None) -> None:
        clock.now += dt.timedelta(seconds=30)
        if kind_key is not None:
            press(qtbot, kind_key, CTRL)
        type_in(qtbot, text)
        press(qtbot, K.Key_Return)
        assert live.capture.entry.text() == ""

    note("Les habitants veulent un lieu ouvert le dimanche")
    note("Un jardin partagé sur le toit", K.Key_2)
    note("? Qui garde les clés")
    note("! La mairie prête la salle deux soirs par mois")
    note("Le bruit en soirée inquiète les voisins", K.Key_6)

    # An action: the owner chosen in the @ suggestions, then a #date, one note.
    attendees = [p for p in records.all_of(nb, m.Participant)]
    owner = next(p for p in attendees if p.first_name == "Claire")
    clock.now += dt.timedelta(seconds=30)
    type_in(qtbot, "> Réserver la salle @Cla")
    popup = live.capture.at_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    wanted = f"{owner.first_name} {owner.last_name}"
    for _ in range(popup.model().rowCount()):
        press(qtbot, K.Key_Down)
        if popup.currentIndex().data() == wanted:
            break
    assert popup.currentIndex().data() == wanted
    press(qtbot, K.Key_Return)
    assert not popup.isVisible() and len(notes.notes_of(nb, atelier_id)) == 5
    type_in(qtbot, "#15/12")
    press(qtbot, K.Key_Return)

    # The next séquence, a note there.
    clock.now += dt.timedelta(minutes=15)
    press(qtbot, K.Key_PageDown)
    assert live.timer.state.sequence_id != first_step
    note("* Une fête de quartier pour l'ouverture")

    # The projector: F9 opens it, Esc on it closes it, the button follows.
    press(qtbot, K.Key_F9)
    projector = live.projector
    assert projector is not None and projector.isVisible()
    assert live.project_button.text() == tr("LiveWindow", "Fermer la projection")
    h.activate(projector)
    press(qtbot, K.Key_Escape)
    assert not projector.isVisible()
    assert live.project_button.text() == tr("LiveWindow", "Projeter")
    h.activate(live)

    # Attendance: Ctrl+Tab to its tab, Ctrl+F, a name, Enter ticks; a walk-in typed.
    absent = next(a for a in records.all_of(nb, m.Attendance, atelier_id=atelier_id)
                  if not a.present)
    person = records.get(nb, m.Participant, absent.participant_id)
    press(qtbot, K.Key_Tab, CTRL)
    attendance = live.load_attendance()
    assert live.tabs.currentWidget() is live.attendance_page
    assert QApplication.focusWidget() is attendance.view  # Ctrl+Tab brought the keys here
    press(qtbot, K.Key_F, CTRL)
    assert QApplication.focusWidget() is attendance.filter_edit
    type_in(qtbot, person.last_name)
    press(qtbot, K.Key_Return)  # the only one left: ticked
    assert records.get(nb, m.Attendance, absent.id).present
    tab_to(qtbot, attendance.walk_in_edit)
    type_in(qtbot, "Nadia Amrani, Collectif de la gare")
    press(qtbot, K.Key_Return)
    assert [p.first_name for p in records.all_of(nb, m.Participant)
            if p.last_name == "Amrani"] == ["Nadia"]

    # Past the dot votes, back to the notes: edit the decision from the feed.
    press(qtbot, K.Key_Tab, CTRL)
    assert live.tabs.currentWidget() is live.votes
    press(qtbot, K.Key_Tab, CTRL)
    assert live.tabs.currentIndex() == 0
    tab_to(qtbot, live.feed)
    decision = next(n for n in notes.notes_of(nb, atelier_id) if n.kind is NoteKind.DECISION)
    press(qtbot, K.Key_Home)
    for _ in range(20):
        if live.feed.current_note_id() == decision.id:
            break
        press(qtbot, K.Key_Down)
    assert live.feed.current_note_id() == decision.id

    def edit(dialog) -> None:
        assert dialog.objectName() == "note_dialog"
        assert screen.contains(dialog.frameGeometry())
        h.activate(dialog)
        assert QApplication.focusWidget() is dialog.text
        press(qtbot, K.Key_A, CTRL)
        type_in(qtbot, "La mairie prête la salle trois soirs par mois")
        press(qtbot, K.Key_Return)

    with h.answering_modal(edit):
        press(qtbot, K.Key_Return)
    assert records.get(nb, m.Note, decision.id).text == \
        "La mairie prête la salle trois soirs par mois"

    # Leave live mode: Esc, then Enter on the confirmation.
    h.activate(live)

    def confirm(box) -> None:
        assert box.objectName() == "live_leave_confirm"
        h.activate(box)
        press(qtbot, K.Key_Return)

    with h.answering_modal(confirm):
        press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: not live.isVisible(), timeout=5000)

    # The kit: Ctrl+P, the preview, Tab to "Enregistrer en PDF…", Space; Esc closes.
    h.activate(window)
    target = tmp_path / "kit.pdf"

    def save(dialog) -> None:
        assert dialog.objectName() == "printDialog"
        assert screen.contains(dialog.frameGeometry())
        h.activate(dialog)
        assert dialog.wait_ready(), dialog.status.text()
        with monkeypatch.context() as patch:
            patch.setattr(QFileDialog, "getSaveFileName",
                          lambda *_a, **_k: (str(target), "PDF (*.pdf)"))
            tab_to(qtbot, dialog.save_button)
            press(qtbot, K.Key_Space)
        assert target.exists()
        press(qtbot, K.Key_Escape)

    with h.answering_modal(save):
        press(qtbot, K.Key_P, CTRL)

    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(target).pages)
                    .replace("\u2019", "'").split())
    for expected in ("La mairie prête la salle trois soirs par mois", "Réserver la salle",
                     wanted, "Qui garde les clés", "Une fête de quartier pour l'ouverture",
                     "Amrani"):
        assert expected in text, f"{expected!r} not in the kit"
    action = next(n for n in notes.notes_of(nb, atelier_id) if n.kind is NoteKind.ACTION)
    assert action.owner_participant_id == owner.id
    assert (action.due_date.day, action.due_date.month) == (15, 12)
    assert len(notes.notes_of(nb, atelier_id)) == 7
