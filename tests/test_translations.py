"""The translation sources are complete, faithful, up to date with the code, and they load.

French is the source language; ``resources/i18n/lieuxcommuns_<lang>.ts`` hold the
other languages. A string added to the code without being translated, a
translation that lost a ``{placeholder}`` (``str.format`` would then raise or
drop a value), or a catalogue that no longer compiles all fail here.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))
BIN = Path(sys.executable).parent

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^{}]*)?\}|%[1-9n]")
HTML_TAG = re.compile(
    r"</?(?:h[1-6]|p|b|i|u|br|em|strong|span|div|table|tr|td|th|ul|ol|li|a|font|code|pre|sup|sub)"
    r"\b[^>]*/?>", re.IGNORECASE)
# A keyboard accelerator: "&" before a letter, not "&&" nor a lone " & ".
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


def _update_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "build" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _texts(message: ET.Element) -> list[str]:
    """The translation(s) of a message: one text, or each plural form."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _marks(text: str) -> tuple[list[str], list[str], int]:
    return (sorted(PLACEHOLDER.findall(text)),
            sorted(tag.lower() for tag in HTML_TAG.findall(text)),
            len(ACCELERATOR.findall(text)))


def _tool(name: str) -> Path:
    tool = BIN / name
    if not tool.exists():
        pytest.skip(f"{name} not found next to {sys.executable} (PySide6 tools not installed)")
    return tool


def test_translation_files_exist() -> None:
    assert [ts.name for ts in TS_FILES] == ["lieuxcommuns_en.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source")
        if not context:
            problems.append(f"no context (a tr() lupdate cannot attribute): {source!r}")
        kind = message.find("translation").get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"[{context}] {kind}: {source!r}")
        elif any(not text.strip() for text in _texts(message)):
            problems.append(f"[{context}] empty translation: {source!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_placeholders_tags_and_accelerators(ts: Path) -> None:
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source")
        for text in _texts(message):
            if _marks(text) != _marks(source):
                problems.append(f"[{context}] {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_plural_messages_have_every_form(ts: Path) -> None:
    plurals = [(c, m) for c, m in _messages(ts) if m.get("numerus") == "yes"]
    assert plurals, "the code has %n messages; they should be here"
    for context, message in plurals:
        assert len(_texts(message)) == 2, (context, message.findtext("source"))  # English


def test_ts_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Every string lupdate finds in the package is in the committed .ts."""
    _tool("pyside6-lupdate")
    script = _update_script()
    fresh = tmp_path / "fresh_en.ts"
    subprocess.run(script.lupdate_command(fresh), cwd=ROOT, check=True, capture_output=True,
                   timeout=60)
    committed = {(c, m.findtext("source")) for c, m in _messages(I18N / "lieuxcommuns_en.ts")}
    found = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    assert len(found) > 500
    missing = sorted(found - committed)
    assert not missing, (
        "strings in the code but not in resources/i18n/lieuxcommuns_en.ts; run "
        "`python build/update_translations.py` and translate them:\n"
        + "\n".join(f"[{c}] {s!r}" for c, s in missing))


@pytest.fixture
def english(qapp, tmp_path: Path, monkeypatch):
    """The English catalogue compiled from the committed .ts and installed like the app does."""
    from lieuxcommuns_desktop import language
    from tests.english_catalogue import serve_english_catalogue

    serve_english_catalogue(tmp_path / "i18n", monkeypatch)
    assert language.install("en")
    yield

    language.install("fr")  # back to the French the other tests expect


def test_english_catalogue_translates_core_and_widgets(english, qtbot) -> None:
    from PySide6.QtWidgets import QMenu

    from lieuxcommuns_desktop.core import i18n
    from lieuxcommuns_desktop.core.errors import LieuxError
    from lieuxcommuns_desktop.ui.main_window import MainWindow

    # Qt-free layer: a marked message, its placeholder filled after translation.
    assert i18n.tr("errors", "Le fichier « {path} » n'existe pas.", path="a.lieux") == \
        "The file “a.lieux” does not exist."
    assert "does not exist" in str(LieuxError("missing", path="a.lieux"))
    # A widget's own self.tr() strings.
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Workshop", "&Help"]
    # Within each menu, every accelerator letter is used once.
    for menu in window.menuBar().findChildren(QMenu):
        letters = [ACCELERATOR.split(a.text())[1][0].lower()
                   for a in menu.actions() if ACCELERATOR.search(a.text())]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_french_stays_the_default(qapp) -> None:
    """Without an installed catalogue, the source (French) is shown."""
    from lieuxcommuns_desktop.core import i18n

    assert i18n.tr("errors", "Le fichier « {path} » n'existe pas.", path="a") == \
        "Le fichier « a » n'existe pas."


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_update_script_reads_every_module() -> None:
    script = _update_script()
    files = set(script.source_files())
    assert "lieuxcommuns_desktop/ui/main_window.py" in files
    assert "lieuxcommuns_desktop/core/errors.py" in files
    assert not any("migrations/versions" in f for f in files)
