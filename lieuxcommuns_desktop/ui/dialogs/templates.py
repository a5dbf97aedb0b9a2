"""Choosing a thematic template, or some of its steps."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...core import templates
from ..plain import literal, plain
from ..settings import personal_templates_dir
from .buttons import ok_cancel

log = logging.getLogger(__name__)


def load_templates() -> list[Any]:
    try:
        from ..app import current_language

        return list(templates.list_templates(personal_templates_dir(), lang=current_language()))
    except Exception:  # a broken data file must not break the window
        log.exception("cannot list templates")
        return []


#: No-break space: "3 h 20" must never wrap into "3" / "h 20" in a narrow list.
NBSP = "\u00a0"


def duration(minutes: int) -> str:
    """A total such as ``3 h 20`` or ``45 min``, with no-break spaces."""
    hours, rest = divmod(int(minutes), 60)
    return f"{hours}{NBSP}h{NBSP}{rest:02d}" if hours else f"{rest}{NBSP}min"


def describe(template: templates.Template) -> str:
    kind = "" if template.builtin else " ★"
    return f"{template.title}{kind}{NBSP}— {duration(template.total_minutes)}"


class TemplateChooserDialog(QDialog):
    """Pick a template for a new atelier: title, objective and total duration."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateChooser")
        self.setAccessibleName(self.tr("Choisir un modèle d'atelier"))
        self.setWindowTitle(self.tr("Nouvel atelier depuis un modèle"))
        self.templates = load_templates()
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Modèles thématiques"))
        for template in self.templates:
            item = QListWidgetItem(describe(template), self.list)
            item.setToolTip(literal(template.objective))
        self.objective = plain(QLabel(self))
        self.objective.setObjectName("templateObjective")
        self.objective.setWordWrap(True)
        self.objective.setMinimumHeight(80)
        self.objective.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = ok_cancel(self, "templateChooserButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Modèles thématiques :"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.objective)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.templates:
            self.list.setCurrentRow(0)
        self.resize(620, 460)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            t = self.templates[row]
            self.objective.setText(self.tr("<b>Objectif.</b> {objective}<br><b>Durée :</b> "
                                           "{duration} en %n séquence(s)", "",
                                           len(t.steps)).format(
                objective=html.escape(t.objective), duration=duration(t.total_minutes)))

    def selected(self) -> Any | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None


class TemplateStepsDialog(QDialog):
    """Pick steps of any template to add to an agenda."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateSteps")
        self.setAccessibleName(self.tr("Ajouter des séquences depuis un modèle"))
        self.setWindowTitle(self.tr("Ajouter des séquences depuis un modèle"))
        self.templates = load_templates()
        self.combo = QComboBox(self)
        self.combo.setObjectName("templateStepsTemplate")
        self.combo.setAccessibleName(self.tr("Modèle"))
        for template in self.templates:
            self.combo.addItem(describe(template))
        self.steps = QListWidget(self)
        self.steps.setObjectName("templateStepsList")
        self.steps.setAccessibleName(self.tr("Séquences du modèle"))
        buttons = ok_cancel(self, "templateStepsButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(QLabel(self.tr("Cochez les séquences à ajouter :"), self))
        layout.addWidget(self.steps, 1)
        layout.addWidget(buttons)
        self.combo.currentIndexChanged.connect(self._fill)
        self._fill(0)
        self.resize(560, 460)

    def available(self) -> bool:
        return bool(self.templates)

    def explain_unavailable(self) -> None:
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("Aucun modèle n'est disponible dans cette version."))

    def _fill(self, index: int) -> None:
        self.steps.clear()
        if not 0 <= index < len(self.templates):
            return
        for step in self.templates[index].steps:
            item = QListWidgetItem(f"{step.title} ({step.minutes} min)", self.steps)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(literal(step.instructions))

    def check(self, rows: list[int]) -> None:
        for row in rows:
            self.steps.item(row).setCheckState(Qt.CheckState.Checked)

    def selected_template(self) -> Any | None:
        index = self.combo.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def selected_indexes(self) -> list[int]:
        return [row for row in range(self.steps.count())
                if self.steps.item(row).checkState() == Qt.CheckState.Checked]

    def selected_steps(self) -> list[dict[str, Any]]:
        from ...core.services.agenda import step_values

        index = self.combo.currentIndex()
        if not 0 <= index < len(self.templates):
            return []
        steps = self.templates[index].steps
        return [step_values(steps[row]) for row in range(self.steps.count())
                if self.steps.item(row).checkState() == Qt.CheckState.Checked]
