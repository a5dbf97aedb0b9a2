"""The user guide, read inside the app (offline): ``docs/guide.md`` when shipped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def guide_path() -> Path | None:
    here = Path(__file__).resolve()
    for candidate in (here.parents[3] / "docs" / "guide.md",
                      here.parents[2] / "resources" / "docs" / "guide.md"):
        if candidate.is_file():
            return candidate
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
