"""What follows the interface's language: Qt's own words, headers, the guide, the templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from lieuxcommuns_desktop.ui import app as app_module
from tests.english_catalogue import serve_english_catalogue


@pytest.fixture
def english(app, tmp_path, monkeypatch):
    """The interface in English, as the app installs it (catalogue compiled from the .ts)."""
    from lieuxcommuns_desktop import language

    serve_english_catalogue(tmp_path / "i18n", monkeypatch)
    app_module.install_language("en")
    yield
    language.reset()
    app_module.install_language("fr")


def test_qt_own_words_are_french_in_french(app):
    app_module.install_language("fr")
    assert app_module.current_language() == "fr"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    assert sorted(b.text() for b in box.buttons()) == ["Annuler", "Fermer"]
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QLineEdit", "Select All") != "Select All"


def test_qt_catalogue_is_found_in_pyside6_folder(app, monkeypatch):
    """A build whose QLibraryInfo points nowhere still finds qtbase_fr in PySide6."""
    from PySide6.QtCore import QLibraryInfo

    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: "/nonexistent"))
    assert any(Path(d, "qtbase_fr.qm").is_file() for d in app_module.qt_translations_dirs())
    app_module.install_language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def _header(window, key: str) -> str:
    window.navigation.select("page", key)
    model = window.current_page.model
    return model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def test_organisation_columns_say_name_and_people_last_name(english, window, sample_path):
    window.open_path(sample_path)
    assert _header(window, "acteurs") == "Name"
    assert _header(window, "collectivites") == "Name"
    assert _header(window, "participants") == "Last name"


def test_guide_follows_the_language(app, qtbot):
    from lieuxcommuns_desktop.ui.dialogs.guide import GuideDialog, guide_path

    assert guide_path("fr").name == "guide.md"
    assert guide_path("en").name == "guide.en.md"
    assert guide_path("de").name == "guide.md"  # no German guide: the French one
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "Guide d'utilisation" in dialog.browser.toPlainText()


def test_english_guide_opens_in_english_with_its_own_screenshots(english, qtbot):
    from lieuxcommuns_desktop.ui.dialogs.guide import GuideDialog, guide_path

    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "User guide" in text and "Guide d'utilisation" not in text
    images = [line for line in guide_path("en").read_text("utf-8").splitlines()
              if line.startswith("![")]
    assert images and all("](screenshots/en-" in line for line in images)
    for line in images:
        assert (guide_path("en").parent / line.split("](", 1)[1].rstrip(")")).is_file(), line


def test_templates_follow_the_language(english, window, qtbot):
    from lieuxcommuns_desktop.ui.dialogs.templates import TemplateChooserDialog

    dialog = TemplateChooserDialog(window)
    qtbot.addWidget(dialog)
    titles = [t.title for t in dialog.templates]
    assert "Public-commons partnership workshop" in titles
    assert not any("Atelier partenariat" in t for t in titles)
    window.show_start_page()
    first = window.start_page.templates.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert first.startswith(dialog.templates[0].title)


SMALL_WORDS = {"a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by",
               "for", "from", "as", "per", "with", "into", "vs"}


def _title_case(text: str) -> bool:
    """docs/translating.md: menus and buttons in Title Case ("Save a Copy As…")."""
    import re

    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text.replace("&", ""))
    return all((i == 0 and w[0].isupper()) or w.lower() in SMALL_WORDS or w[0].isupper()
               for i, w in enumerate(words))


def _button_texts(root) -> dict[str, str]:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton

    texts = {}
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, QCheckBox | QRadioButton) and button.text():
            texts[button.text()] = f"{type(button).__name__} {button.objectName()}"
    for action in root.findChildren(QAction):
        if action.text() and not action.isSeparator():
            texts[action.text()] = f"action {action.objectName()}"
    # A unit ("+1 min") or a placeholder ("(none)") is not a title.
    return {t: w for t, w in texts.items() if t.lstrip("&")[:1].isalpha()}


def test_english_menus_and_buttons_are_title_case(english, window, sample_path, qtbot):
    from lieuxcommuns_desktop.ui import registry
    from lieuxcommuns_desktop.ui.dialogs.preferences import PreferencesDialog
    from lieuxcommuns_desktop.ui.dialogs.templates import (
        TemplateChooserDialog,
        TemplateStepsDialog,
    )

    window.open_path(sample_path)
    seen = dict(_button_texts(window))
    for entry in registry.NOTEBOOK_PAGES:
        if window.navigation.select("page", entry.key):
            seen.update(_button_texts(window.current_page))
    window.open_atelier(window.navigation.atelier_ids()[0], "sheet")
    page = window.current_page
    for key in page.keys:
        page.show_tool(key)
        seen.update(_button_texts(page))
    window.show_start_page()
    seen.update(_button_texts(window.start_page))
    for dialog in (TemplateChooserDialog(window), TemplateStepsDialog(window),
                   PreferencesDialog(window)):
        qtbot.addWidget(dialog)
        seen.update(_button_texts(dialog))
    assert len(seen) > 40
    wrong = {t: w for t, w in seen.items() if not _title_case(t)}
    assert not wrong, wrong


def test_template_summary_keeps_the_objective_inert(english, window, qtbot):
    from lieuxcommuns_desktop.core import templates
    from lieuxcommuns_desktop.ui.dialogs.templates import TemplateChooserDialog
    from lieuxcommuns_desktop.ui.settings import personal_templates_dir

    mine = templates.Template(key="mon-atelier", title="Mon atelier",
                              objective="<i>Tout</i> & rien",
                              steps=(templates.Step(title="Seule", minutes=20),))
    templates.write_personal(mine, personal_templates_dir())
    dialog = TemplateChooserDialog(window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow([t.key for t in dialog.templates].index("mon-atelier"))
    text = dialog.objective.text()
    assert "Duration:</b> 20\u00a0min" in text and "<i>" not in text
    assert "&lt;i&gt;Tout&lt;/i&gt; &amp; rien" in text
    dialog.list.setCurrentRow(0)
    assert f"in {len(dialog.templates[0].steps)} steps" in dialog.objective.text()
