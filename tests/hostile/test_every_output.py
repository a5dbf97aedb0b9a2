"""Hostile text in every text field, pushed through every output: all parse, all stay inert.

The notebook (:mod:`hostile_data`) holds markup, quote breaks, spreadsheet
formulas, control characters, a right-to-left override, emoji and 5,000-character
strings in every free-text column of every entity. Each output is produced the
way the facilitator produces it (the commands, the window's exports) and read
back with an independent parser: pypdf, html5lib, xml.etree, Pillow, csv, json.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from lieuxcommuns_desktop import cli
from lieuxcommuns_desktop.core import csv_io, csv_safe, interchange
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.printing.options import DOCUMENTS
from tests.hostile import hostile_data

HERE = Path(__file__).resolve().parent


hostile = hostile_data

#: C0 controls a terminal or a parser must never receive (tab and newline are fine).
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: The hostile tags, raw (escaped, they are harmless text).
RAW_MARKUP = ("<script", "<img", '<span style="font-size:60pt"')


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path, atelier_id = hostile.build(tmp_path_factory.mktemp("hostile") / "hostile.lieux")
    nb = Notebook.open(path)
    try:  # the payload that breaks an attribute goes where the issue found it: a map title
        first_map = records.all_of(nb, m.StakeholderMap, m.StakeholderMap.position)
        first_map = next(x for x in first_map if x.atelier_id == atelier_id)
        records.update(nb, m.StakeholderMap, first_map.id, title=hostile.HOSTILE[0])
    finally:
        nb.close()
    return path, atelier_id


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("outputs")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- the data itself -----------------------------------------------------------------
def test_every_text_field_of_every_entity_holds_hostile_text(book) -> None:
    path, _atelier = book
    nb = Notebook.open(path, readonly=True)
    try:
        for entity in m.ENTITIES:
            columns = hostile.text_columns(entity)
            if not columns:
                continue
            rows = records.all_of(nb, entity)
            assert rows, f"the demo has no {entity.__tablename__}: that field goes untested"
            for column in columns:
                values = {getattr(r, column) for r in rows}
                assert values & set(hostile.HOSTILE) or hostile.ATELIER_TITLE in values, (
                    entity.__tablename__, column)
    finally:
        nb.close()


# -- kit -----------------------------------------------------------------------------
@pytest.mark.parametrize("document", DOCUMENTS)
def test_kit_document_prints_and_reads_back(book, out, capsys, document: str) -> None:
    import pypdf

    path, atelier = book
    target = out / f"kit-{document}.pdf"
    code, _stdout, err = run(capsys, "kit", str(path), "--atelier", atelier, "--only", document,
                             "-o", str(target))
    assert code == 0, err
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert text.strip()


def test_whole_kit_prints(book, out, capsys) -> None:
    import pypdf

    path, atelier = book
    code, _stdout, err = run(capsys, "kit", str(path), "--atelier", atelier,
                             "-o", str(out / "kit.pdf"))
    assert code == 0, err
    assert len(pypdf.PdfReader(out / "kit.pdf").pages) >= 10


# -- minutes -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def minutes_html(book, out) -> bytes:
    path, atelier = book
    target = out / "minutes.html"
    assert cli.main(["minutes", str(path), "--atelier", atelier, "--format", "html",
                     "-o", str(target)]) == 0
    return target.read_bytes()


def test_minutes_markdown_escapes_every_markup(book, out, capsys) -> None:
    path, atelier = book
    target = out / "minutes.md"
    code, _stdout, err = run(capsys, "minutes", str(path), "--atelier", atelier,
                             "--format", "md", "-o", str(target))
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert "script" in text  # the hostile text is there…
    assert not re.search(r"(?<!\\)<[A-Za-z!/]", text)  # …but never as a raw tag


def test_minutes_html_has_no_script_image_or_live_markup(minutes_html: bytes) -> None:
    import html5lib

    tree = html5lib.parse(minutes_html, namespaceHTMLElements=False)
    tags = {str(el.tag).rsplit("}", 1)[-1] for el in tree.iter()}
    assert "script" not in tags and "iframe" not in tags
    # The only images are the atelier's photos, inlined by the app (issue 16): a JPEG
    # data: URI and the attributes it writes, the hostile alt text as a value.
    images = [el for el in tree.iter() if str(el.tag).endswith("img")]
    assert images
    for image in images:
        assert image.attrib["src"].startswith("data:image/jpeg;base64,")
        assert set(image.attrib) <= {"src", "alt", "width", "height", "style"}
    body = "".join(tree.find("body").itertext())
    assert "<script>alert('x')</script>" in body  # shown literally, as text
    spans = [el for el in tree.iter() if str(el.tag).endswith("span")
             and "60pt" in el.attrib.get("style", "")]
    assert not spans


def test_minutes_html_has_no_event_attribute(minutes_html: bytes) -> None:
    import html5lib

    tree = html5lib.parse(minutes_html, namespaceHTMLElements=False)
    live = [(el.tag, name) for el in tree.iter() for name in el.attrib
            if name.lower().startswith("on")]
    assert live == []


def test_minutes_html_parses_without_error(minutes_html: bytes) -> None:
    import html5lib

    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    parser.parse(minutes_html)
    assert not CONTROLS.search(minutes_html.decode("utf-8"))


# -- map -------------------------------------------------------------------------------
def test_map_svg_and_png_are_written(book, out, capsys) -> None:
    from PIL import Image

    path, atelier = book
    for suffix in ("svg", "png"):
        code, _stdout, err = run(capsys, "map", str(path), "--atelier", atelier,
                                 "-o", str(out / f"carte.{suffix}"), "--width", "800")
        assert code == 0, err
    with Image.open(out / "carte.png") as image:
        assert image.width == 800 and image.height > 0
    svg = (out / "carte.svg").read_text(encoding="utf-8")
    assert not any(raw in svg for raw in RAW_MARKUP)


def test_map_svg_is_well_formed(book, out, capsys) -> None:
    import xml.etree.ElementTree as ET

    path, atelier = book
    target = out / "carte-xml.svg"
    assert run(capsys, "map", str(path), "--atelier", atelier, "-o", str(target))[0] == 0
    root = ET.parse(target).getroot()
    assert root.tag.endswith("svg")


# -- CSV -------------------------------------------------------------------------------
def _cells(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=";")
            for cell in row]


def _live_formula(cell: str) -> bool:
    return cell.startswith(csv_safe.TRIGGERS) and csv_safe.neutralise(cell) != cell


def test_matrix_csvs_read_back_and_hold_no_live_formula(book, out, capsys) -> None:
    path, atelier = book
    folder = out / "csv"
    code, stdout, err = run(capsys, "export", str(path), "--format", "csv", "--atelier", atelier,
                            "-o", str(folder))
    assert code == 0, err
    written = [Path(line) for line in stdout.splitlines()]
    assert len(written) == 4
    cells = [c for p in written for c in _cells(p)]
    assert any(c.startswith("'=") for c in cells)  # hostile formulas were there, neutralised
    assert [c for c in cells if _live_formula(c)] == []


def test_people_csvs_read_back_neutralised_and_reimport_identically(book, out) -> None:
    path, _atelier = book
    nb = Notebook.open(path, readonly=True)
    try:
        acteurs = records.all_of(nb, m.Acteur)
        participants = records.all_of(nb, m.Participant)
        by_id = {a.id: a for a in acteurs}
        for kind, (headers, rows) in {
            "acteurs": csv_io.acteur_table(acteurs),
            "participants": csv_io.participant_table(participants, by_id),
        }.items():
            target = out / f"{kind}.csv"
            csv_io.write_csv(target, headers, rows)
            cells = _cells(target)
            assert [c for c in cells if _live_formula(c)] == [], kind
            table = csv_io.read_csv(target)
            assert table.delimiter == ";" and len(table.rows) == len(rows)
            # read back through the import: every cell is the exported value again
            expected = [[str(v).strip() for v in row] for row in rows]
            assert [r[:len(headers)] for r in table.rows] == expected, kind
    finally:
        nb.close()


# -- JSON --------------------------------------------------------------------------------
def test_json_export_loads_and_reimports_identically(book, out, capsys, tmp_path) -> None:
    import datetime as dt

    path, _atelier = book
    target = out / "carnet.json"
    code, _stdout, err = run(capsys, "export", str(path), "-o", str(target))
    assert code == 0, err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document  # a whole notebook
    fixed = dt.datetime(2026, 5, 1, 12, 0, 0)
    source = Notebook.open(path, readonly=True)
    copy = Notebook.create(tmp_path / "copie.lieux")
    try:
        text = interchange.export_json(source, exported_at=fixed)
        report = interchange.import_json(copy, text)
        assert report.conflicts == []
        assert interchange.export_json(copy, exported_at=fixed) == text
    finally:
        source.close()
        copy.close()


# -- search ------------------------------------------------------------------------------
def test_search_finds_hostile_notes(book, capsys) -> None:
    path, _atelier = book
    code, stdout, err = run(capsys, "search", str(path), "Fête")
    assert code == 0, err
    assert "Fête" in stdout and len(stdout.splitlines()) >= 1


def test_search_output_holds_no_terminal_control(book, capsys) -> None:
    path, _atelier = book
    code, stdout, _err = run(capsys, "search", str(path), "Cloche")
    assert code == 0 and "Cloche" in stdout
    assert not CONTROLS.search(stdout.replace("\r\n", "\n"))


# -- the window ----------------------------------------------------------------------------
@pytest.fixture
def window(qapp, qtbot, monkeypatch, book):
    from PySide6.QtWidgets import QMessageBox

    from lieuxcommuns_desktop.ui import app as app_module
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    app_module.configure(qapp)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    assert win.open_path(book[0], readonly=True)
    win.shown_boxes = shown
    yield win
    win.close()


def test_window_views_open_on_the_hostile_notebook(window, qtbot, book) -> None:
    from lieuxcommuns_desktop.ui import registry

    _path, atelier = book
    for entry in registry.NOTEBOOK_PAGES:
        window.navigation.select("page", entry.key)
        qtbot.wait(1)
        assert window.current_page is not None, entry.key
    window.navigation.select("programme")
    window.open_atelier(atelier)
    page = window.current_page
    for key in page.keys:
        assert page.show_tool(key) or key == "sheet", key
        qtbot.wait(1)
    window.grab()  # paints every visible view once
    assert window.shown_boxes == []  # no error box on the way


# -- user text is shown as text ----------------------------------------------------------
def _renders_markup(text: object, fmt) -> bool:  # Qt.TextFormat
    """True when Qt would render ``text`` as rich text and it holds a hostile tag raw."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt

    if not isinstance(text, str) or not any(raw in text for raw in RAW_MARKUP):
        return False
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text)


def _markup_shown(root) -> list[str]:  # a QWidget
    """Labels, tooltips and item tooltips under ``root`` that would render user markup."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

    def columns(model, parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # list models keep columnCount private: one column
            return 1

    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel) and _renders_markup(widget.text(), widget.textFormat()):
            found.append(f"label {widget.objectName()}: {widget.text()[:60]!r}")
        if _renders_markup(widget.toolTip(), Qt.TextFormat.AutoText):
            found.append(f"tooltip {widget.objectName()}: {widget.toolTip()[:60]!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            stack = [None]
            while stack:
                parent = stack.pop()
                parent_index = parent if parent is not None else QModelIndex()
                for row in range(min(model.rowCount(parent_index), 200)):
                    for col in range(columns(model, parent_index)):
                        index = model.index(row, col, parent_index)
                        tip = index.data(Qt.ItemDataRole.ToolTipRole)
                        if _renders_markup(tip, Qt.TextFormat.AutoText):
                            found.append(f"item tooltip {widget.objectName()}: {tip[:60]!r}")
                        if col == 0 and model.rowCount(index) > 0:
                            stack.append(index)
            for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                count = columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal \
                    else min(model.rowCount(), 200)
                for section in range(count):
                    tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
                    if _renders_markup(tip, Qt.TextFormat.AutoText):
                        found.append(f"header tooltip {widget.objectName()}: {tip[:60]!r}")
    return found


def test_no_view_renders_user_markup(window, qtbot, book) -> None:
    from PySide6.QtCore import Qt

    from lieuxcommuns_desktop.ui import registry

    _path, atelier = book
    problems: list[str] = []
    for entry in registry.NOTEBOOK_PAGES:
        window.navigation.select("page", entry.key)
        problems += _markup_shown(window)
    window.navigation.select("programme")
    problems += _markup_shown(window)
    window.open_atelier(atelier)
    page = window.current_page
    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert hostile.ATELIER_TITLE in page.heading.text()
    for key in page.keys:
        page.show_tool(key)
        problems += _markup_shown(window)
    assert problems == []


def test_live_window_and_print_dialog_show_user_text_literally(window, qtbot, book) -> None:
    from lieuxcommuns_desktop.ui import registry

    _path, atelier = book
    live = registry.LIVE_WINDOW.load()(window.doc, atelier, window)
    qtbot.addWidget(live)
    live.show()
    assert _markup_shown(live) == []
    live.close()
    dialog = registry.PRINT_DIALOG.load()(window.doc, atelier, window)
    qtbot.addWidget(dialog)
    dialog.wait_ready()  # ready or failed (hprint's layout work): either way, no markup shown
    assert _markup_shown(dialog) == []
    dialog.done(0)
