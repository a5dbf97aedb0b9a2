"""What the participants see on the projector: title, their instructions, the timer.

It is fed only the séquence title, the participant-facing instructions and the
timer text by :class:`LiveWindow`; it never reads the notebook, so the
facilitator's instructions and notes cannot leak onto the wall.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ..votes.chart import BarChart

#: Brighter than the facilitator's colours: they must read on a dark wall.
PROJECTOR_COLOURS = {"normal": "#f5f5f5", "warning": "#ffa726", "critical": "#ff5252"}


class ProjectorWindow(QWidget):
    #: The projection ended (Esc on the wall, or closed by live mode).
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        #: A vote's results, made the first time one is projected.
        self.chart: BarChart | None = None
        self.setAccessibleName(self.tr("Vue projetée"))
        self.setWindowTitle(self.tr("Lieux Communs — vue projetée"))
        self.setStyleSheet("QWidget#projector { background: #101418; } QLabel { color: #f5f5f5; }")
        self.progress = QLabel(self)
        self.progress.setObjectName("projector_progress")
        self.title = QLabel(self)
        self.title.setObjectName("projector_title")
        self.text = QLabel(self)
        self.text.setObjectName("projector_text")
        self.timer = QLabel(self)
        self.timer.setObjectName("projector_timer")
        for label, size, bold in ((self.progress, 18, False), (self.title, 44, True),
                                  (self.text, 30, False), (self.timer, 120, True)):
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addSpacing(20)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.timer)
        self.resize(1024, 640)

    def show_vote(self, question: str, ranked: object) -> None:
        """A vote's results as a large bar chart instead of the instructions."""
        from ..votes.chart import BarChart

        if self.chart is None:
            self.chart = BarChart(self, large=True, dark=True)
            self.layout().insertWidget(3, self.chart, 2)
        self.chart.set_results(list(ranked))  # type: ignore[call-overload]  # rows of the results, as set_results reads them
        self.chart.show()
        self.title.setText(question)
        self.text.hide()

    def show_step(self, title: str, participant_text: str, progress: str = "") -> None:
        if self.chart is not None:
            self.chart.hide()
        self.title.setText(title)
        self.text.setText(participant_text)
        self.text.setVisible(bool(participant_text))
        self.progress.setText(progress)

    def show_timer(self, text: str, phase: str) -> None:
        self.timer.setText(text)
        self.timer.setProperty("phase", phase)
        self.timer.setStyleSheet(f"color: {PROJECTOR_COLOURS.get(phase, '#f5f5f5')};")

    def show_on(self, screen: QScreen | None, full_screen: bool = True) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def texts(self) -> list[str]:
        """Every text shown (for checks that nothing private is projected)."""
        return [label.text() for label in self.findChildren(QLabel)]
