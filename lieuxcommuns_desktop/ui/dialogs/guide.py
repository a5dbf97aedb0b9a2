"""The user guide, read inside the app (offline), in the interface's language.

``docs/guide.md`` is the French guide; ``docs/guide.<lang>.md`` (``guide.en.md``)
its translation, with its own screenshots. A language without a guide of its
own falls back to the French one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def guide_path(lang: str | None = None) -> Path | None:
    """The guide for ``lang`` (default: the interface's language), else the French one."""
    if lang is None:
        from ..app import current_language

        lang = current_language()
    from ...resources import resource

    # A source checkout's docs/, else docs shipped with the resources (wheel, bundle).
    folders = (Path(__file__).resolve().parents[3] / "docs", resource("docs"))
    names = ([f"guide.{lang}.md"] if lang != "fr" else []) + ["guide.md"]
    for name in names:
        for folder in folders:
            if (folder / name).is_file():
                return folder / name
    return None


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setAccessibleName(self.tr("Guide d'utilisation"))
        self.setWindowTitle(self.tr("Guide d'utilisation"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("Guide d'utilisation"))
        path = guide_path()
        if path is not None:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.browser.setMarkdown(self.tr(
                "# Lieux Communs\n\nChoisissez un atelier dans l'arbre de navigation à gauche : "
                "sa fiche et ses outils (déroulé, émargement, carte…) s'ouvrent au centre. "
                "Chaque modification est enregistrée aussitôt ; Ctrl+Z l'annule."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("guideButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(860, 640)
