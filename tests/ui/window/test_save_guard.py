"""The window's save dialogs refuse what ``-o`` refuses: the notebook, a ``.lieux``,
a folder, a device — with a message box, and nothing written.

Only the file dialog's answer is patched; the message boxes are the real ones
(their ``exec`` returns at once, see ``conftest.shown``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records


def _answer(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))


@pytest.fixture
def opened(window, sample_path: Path):
    from lieuxcommuns_desktop.core.services import maps
    from lieuxcommuns_desktop.core.services.notebook import Notebook

    nb = Notebook.open(sample_path)
    maps.create_map(nb, records.all_of(nb, m.Atelier, m.Atelier.date)[0].id, "Carte")
    nb.close()
    assert window.open_path(sample_path)
    return window


@pytest.fixture
def hostile_targets(tmp_path: Path, sample_path: Path) -> dict[str, Path]:
    link = tmp_path / "lien.csv"
    link.symlink_to(sample_path)
    other = tmp_path / "autre.lieux"
    other.write_bytes(b"un autre carnet")
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    return {"notebook": sample_path, "link": link, "other": other, "folder": folder,
            "device": Path(os.devnull)}


def test_json_export_refuses_the_open_notebook(opened, shown, monkeypatch, sample_path) -> None:
    before = sample_path.read_bytes()
    _answer(monkeypatch, sample_path)
    opened.export_json()
    assert len(shown) == 1 and "carnet ouvert" in shown[0]
    assert sample_path.read_bytes() == before
    link = sample_path.with_name("lien.json")
    link.symlink_to(sample_path)
    _answer(monkeypatch, link)
    opened.export_json()
    assert len(shown) == 2 and "carnet ouvert" in shown[1]
    assert sample_path.read_bytes() == before and link.is_symlink()


def test_table_csv_export_refuses_every_dangerous_target(
    opened, shown, monkeypatch, sample_path, hostile_targets,
) -> None:
    opened.navigation.select("page", "acteurs")
    page = opened.current_page
    before = sample_path.read_bytes()
    for name, target in hostile_targets.items():
        _answer(monkeypatch, target)
        assert page.export_csv() is False, name
    assert len(shown) == len(hostile_targets)
    assert sample_path.read_bytes() == before
    assert hostile_targets["other"].read_bytes() == b"un autre carnet"
    assert hostile_targets["folder"].is_dir() and os.path.exists(os.devnull)
    good = sample_path.with_name("acteurs.csv")
    _answer(monkeypatch, good)
    assert page.export_csv() and good.read_bytes().startswith(b"\xef\xbb\xbf")


def _first_atelier(window) -> str:
    return records.all_of(window.doc.notebook, m.Atelier, m.Atelier.date)[0].id


def test_map_svg_and_matrix_csv_refuse_the_notebook(opened, shown, monkeypatch,
                                                    sample_path) -> None:
    from lieuxcommuns_desktop.ui.matrices.tool import export_csv

    opened.open_atelier(_first_atelier(opened), "map")
    tool = opened.current_page.tools["map"]
    before = sample_path.read_bytes()
    link = sample_path.with_name("carte.svg")
    link.symlink_to(sample_path)
    _answer(monkeypatch, link)
    tool.export_svg_dialog()
    assert len(shown) == 1 and "carnet ouvert" in shown[0]
    assert link.is_symlink() and sample_path.read_bytes() == before

    from lieuxcommuns_desktop.core.services import matrices

    data = matrices.read_matrix(opened.doc.notebook, _first_atelier(opened), "roles")
    _answer(monkeypatch, sample_path)
    export_csv(opened, opened.doc, data, "roles.csv")
    assert len(shown) == 2 and sample_path.read_bytes() == before


def test_commons_csv_refuses_a_folder(opened, shown, monkeypatch, tmp_path) -> None:
    opened.open_atelier(_first_atelier(opened), "commons")
    tool = opened.current_page.tools["commons"]
    folder = tmp_path / "communs.csv"
    folder.mkdir()
    _answer(monkeypatch, folder)
    tool.export_csv()
    assert len(shown) == 1 and "est un dossier" in shown[0]
    assert folder.is_dir() and not list(folder.iterdir())


def test_print_dialog_pdf_refuses_the_notebook(app, qtbot, shown, monkeypatch,
                                               sample_path) -> None:
    from lieuxcommuns_desktop.core.services.notebook import Notebook
    from lieuxcommuns_desktop.ui.document import Document
    from lieuxcommuns_desktop.ui.printing.dialog import PrintDialog

    doc = Document(Notebook.open(sample_path))
    atelier = records.all_of(doc.notebook, m.Atelier, m.Atelier.date)[0].id
    dialog = PrintDialog(doc, atelier)
    qtbot.addWidget(dialog)
    assert dialog.wait_ready()
    before = sample_path.read_bytes()
    _answer(monkeypatch, sample_path)
    assert dialog.save_pdf() is None
    assert len(shown) == 1 and "carnet ouvert" in shown[0]
    assert sample_path.read_bytes() == before
    good = sample_path.with_name("kit.pdf")
    _answer(monkeypatch, good)
    assert dialog.save_pdf() == good and good.read_bytes().startswith(b"%PDF")
    dialog.done(0)
    doc.close()
