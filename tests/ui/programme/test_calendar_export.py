"""*Fichier › Exporter le calendrier…* writes an .ics a calendar reads, never onto a notebook."""

from __future__ import annotations

from pathlib import Path

import icalendar
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lieuxcommuns_desktop.core.ical import uid_of
from lieuxcommuns_desktop.ui.document import Document
from lieuxcommuns_desktop.ui.programme.exports import export_calendar
from tests.core.programme_sample import Sample, build


def test_the_menu_action_writes_a_calendar(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    s = build(tmp_path / "programme.lieux")
    s.nb.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(s.nb.path)
    assert window.doc is not None
    target = tmp_path / "ateliers.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",  # the file dialog's user, mocked
                        lambda *_a, **_k: (str(target), ""))
    window.actions_by_key["export_calendar"].trigger()
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    uids = {str(event["uid"]) for event in calendar.walk("VEVENT")}
    assert uids == {uid_of(s[k]) for k in ("u1", "u2", "u3", "u4", "e1", "e2")}


def test_export_refuses_the_notebook_itself(qtbot, s: Sample, monkeypatch) -> None:
    parent = QMessageBox()
    qtbot.addWidget(parent)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    before = s.nb.path.read_bytes()
    assert export_calendar(parent, Document(s.nb), s.nb.path) is None
    assert said and s.nb.path.name in said[0]
    assert s.nb.path.read_bytes() == before
