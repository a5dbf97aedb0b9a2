"""The matrix table view: wrapped headers, coloured cells with text, keyboard.

Headers wrap long acteur names over a few lines (full name in the tooltip)
and the row labels stay on the left while scrolling (they are the vertical
header). Every cell shows its value as text on its colour, so a
black-and-white projector or print still reads; a row breaking a rule gets a
red mark in its header and red rules around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..roles import Role
from .model import MatrixModel

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtGui import QContextMenuEvent, QResizeEvent

ISSUE_RED = QColor("#b3261e")
ISSUE_TINT = QColor("#fbe3e1")
CHANGED = QColor("#111111")


class WrapHeader(QHeaderView):
    """A header whose labels wrap over several lines instead of being cut."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None,
                 max_lines: int = 4, width: int = 240) -> None:
        super().__init__(orientation, parent)
        self.max_lines = max_lines
        self.fixed_width = width
        self._heights: dict[tuple[str, int], int] = {}
        self._hint_height: int | None = None
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _text(self, logical: int) -> str:
        model = self.model()
        return str(model.headerData(logical, self.orientation()) or "") if model else ""

    def _issues(self, logical: int) -> list:
        model = self.model()
        if model is None or self.orientation() != Qt.Orientation.Vertical:
            return []
        return model.headerData(logical, self.orientation(), Role.ISSUE) or []

    def _text_rect(self, rect: QRect, logical: int) -> QRect:
        if self.orientation() == Qt.Orientation.Vertical:
            return rect.adjusted(22, 2, -6, -2)
        return rect.adjusted(4, 3, -4, -3)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._forget_hint)
            model.headerDataChanged.connect(self._forget_hint)

    def _forget_hint(self, *_args: object) -> None:
        self._hint_height = None

    def set_width(self, width: int, max_lines: int) -> None:
        """Wrap the labels to another width: the remembered heights no longer hold."""
        self.fixed_width = width
        self.max_lines = max_lines
        self._heights.clear()

    def wrapped_height(self, text: str, width: int) -> int:
        key = (text, width)
        cached = self._heights.get(key)
        if cached is None:
            fm = QFontMetrics(self.font())
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
            height = fm.boundingRect(QRect(0, 0, max(20, width), 10_000), flags, text).height()
            cached = self._heights[key] = min(height, fm.lineSpacing() * self.max_lines)
        return cached

    def sectionSizeFromContents(self, logical: int) -> QSize:
        text = self._text(logical)
        if self.orientation() == Qt.Orientation.Horizontal:
            width = self.sectionSize(logical) or self.defaultSectionSize()
            return QSize(width, self.wrapped_height(text, width - 8) + 10)
        return QSize(self.fixed_width, max(30, self.wrapped_height(text, self.fixed_width - 28)
                                           + 8))

    def sizeHint(self) -> QSize:
        """Computed here: Qt's own would ask every section for its size, in Python."""
        if self.orientation() == Qt.Orientation.Vertical:
            return QSize(self.fixed_width, self.length())
        if self._hint_height is None:
            model = self.model()
            count = model.columnCount() if model else 0
            self._hint_height = max(
                (self.sectionSizeFromContents(i).height() for i in range(count)), default=30)
        return QSize(self.length(), max(30, self._hint_height))

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        painter.save()
        issues = self._issues(logical)
        palette = self.palette()
        painter.fillRect(rect, ISSUE_TINT if issues else palette.color(QPalette.ColorRole.Button))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        selected = self.selectionModel() is not None and (
            self.selectionModel().isRowSelected(logical)
            if self.orientation() == Qt.Orientation.Vertical
            else self.selectionModel().isColumnSelected(logical))
        current = self.selectionModel().currentIndex() if self.selectionModel() else None
        is_current = current is not None and current.isValid() and (
            current.row() if self.orientation() == Qt.Orientation.Vertical
            else current.column()) == logical
        model_font = self.model().headerData(logical, self.orientation(),
                                             Qt.ItemDataRole.FontRole) if self.model() else None
        font = QFont(model_font if model_font is not None else self.font())
        font.setBold(bool(selected or is_current) or font.bold())
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        if issues:
            painter.setPen(ISSUE_RED)
            painter.drawText(QRect(rect.left() + 4, rect.top(), 18, rect.height()),
                             Qt.AlignmentFlag.AlignCenter, "⚠")
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), ISSUE_RED)
            painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        text_rect = self._text_rect(rect, logical)
        align = (Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                 if self.orientation() == Qt.Orientation.Vertical else Qt.AlignmentFlag.AlignCenter)
        text = self._text(logical)
        fm = QFontMetrics(font)
        bound = fm.boundingRect(text_rect, int(align | Qt.TextFlag.TextWordWrap), text)
        if bound.height() > text_rect.height():  # too long even wrapped: cut the last line
            lines = max(1, text_rect.height() // fm.lineSpacing())
            text = _elide_lines(text, fm, text_rect.width(), lines)
        painter.drawText(text_rect, int(align | Qt.TextFlag.TextWordWrap), text)
        painter.restore()


def _elide_lines(text: str, fm: QFontMetrics, width: int, lines: int) -> str:
    words, out, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not line:
            line = trial
        else:
            out.append(line)
            line = word
    out.append(line)
    if len(out) <= lines:
        return "\n".join(out)
    kept = out[:lines]
    kept[-1] = fm.elidedText(" ".join([kept[-1], *out[lines:]]), Qt.TextElideMode.ElideRight,
                             width)
    return "\n".join(kept)


class CellDelegate(QStyledItemDelegate):
    """Paints a cell: its colour, its text, rule marks and comparison marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: (row id, acteur id) of cells to outline as changed (comparison view).
        self.changed: set[tuple[str, str]] = set()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # Hot path: a screen of the matrix is a few hundred calls; keep Qt calls few.
        rect = option.rect
        model = index.model()
        if isinstance(model, MatrixModel):
            text, bg, fg, issue, culprit = model.cell_style(index.row(), index.column())
        else:
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            bg = index.data(Qt.ItemDataRole.BackgroundRole)
            fg = index.data(Qt.ItemDataRole.ForegroundRole)
            issue, culprit = index.data(Role.ISSUE), index.data(Role.CULPRIT)
        if bg is not None:
            painter.fillRect(rect, bg)
        elif issue:
            painter.fillRect(rect, ISSUE_TINT)
        if text:
            painter.setPen(fg.color() if fg is not None else self._text_colour(option))
            painter.drawText(rect, _CENTER, text)
        if issue:
            painter.setPen(_ISSUE_PEN)
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            if culprit:
                painter.setPen(_CULPRIT_PEN)
                painter.drawRect(rect.adjusted(2, 2, -2, -2))
        if self.changed and isinstance(model, MatrixModel) and model.key(index) in self.changed:
            painter.save()
            painter.setPen(_CHANGED_PEN)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
            painter.setBrush(CHANGED)
            painter.drawPolygon([rect.topRight() + QPoint(-10, 2), rect.topRight() + QPoint(-2, 2),
                                 rect.topRight() + QPoint(-2, 10)])
            painter.restore()
        if option.state & QStyle.StateFlag.State_Selected:
            # black outside, white inside: visible on the palest and the darkest level
            painter.save()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_SELECTED_PEN)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.setPen(_SELECTED_INNER_PEN)
            painter.drawRect(rect.adjusted(3, 3, -4, -4))
            painter.restore()

    @staticmethod
    def _text_colour(option: QStyleOptionViewItem) -> QColor:
        return option.palette.color(QPalette.ColorRole.Text)


_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ISSUE_PEN = QPen(ISSUE_RED, 1)
_CULPRIT_PEN = QPen(ISSUE_RED, 2, Qt.PenStyle.DashLine)
_CHANGED_PEN = QPen(CHANGED, 3)
_SELECTED_PEN = QPen(QColor("#000000"), 3)
_SELECTED_INNER_PEN = QPen(QColor("#ffffff"), 1)


class MatrixView(QTableView):
    """Keyboard and mouse editing of a matrix; the tool turns requests into commands."""

    #: (list of (row, column) positions, stored value or None)
    cellsRequested = Signal(list, object)
    copyRequested = Signal()
    pasteRequested = Signal()

    def __init__(self, keys: dict[str, str | None], choices: list[tuple[str | None, str]],
                 parent: QWidget | None = None, readonly: bool = False) -> None:
        super().__init__(parent)
        self.keys = keys
        self.choices = choices
        self.readonly = readonly
        self.setHorizontalHeader(WrapHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(WrapHeader(Qt.Orientation.Vertical, self, max_lines=3))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(104)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(34)
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.doubleClicked.connect(lambda _i: self.open_choices())

    def setModel(self, model: QAbstractItemModel) -> None:
        super().setModel(model)
        self._kept: tuple[str, str] | None = None
        model.modelAboutToBeReset.connect(self._keep_current)
        model.modelReset.connect(self._restore_current)
        model.modelReset.connect(self.fit_rows)
        model.headerDataChanged.connect(lambda o, a, b: self.fit_rows()
                                        if o == Qt.Orientation.Vertical else None)
        self.fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Row labels take at most a third of a narrow view (they wrap onto more lines),
        so the acteur columns keep room at 1024×768."""
        super().resizeEvent(event)
        header = self.verticalHeader()
        if isinstance(header, WrapHeader) and header.max_lines > 1:
            width = max(150, min(240, int(self.width() * 0.34)))
            if width != header.fixed_width:
                header.set_width(width, 3 if width >= 200 else 4)
                self.fit_rows()
                header.updateGeometry()
                self.updateGeometries()

    def _keep_current(self) -> None:
        index = self.currentIndex()
        model = self.model()
        self._kept = model.key(index) if index.isValid() and isinstance(model, MatrixModel) \
            else None

    def _restore_current(self) -> None:
        """A reload (row added, columns chosen) keeps the cursor on the same cell."""
        model = self.model()
        if self._kept is None or not isinstance(model, MatrixModel):
            return
        row_id, acteur_id = self._kept
        row, col = model.row_of(row_id), model.col_of(acteur_id)
        if row >= 0:
            self.setCurrentIndex(model.index(row, max(col, 0)))

    def fit_rows(self) -> None:
        """Row heights from the wrapped row labels (cheaper than ResizeToContents)."""
        header = self.verticalHeader()
        assert isinstance(header, WrapHeader)
        model = self.model()
        for i in range(model.rowCount()):
            h = header.sectionSizeFromContents(i).height()
            if header.sectionSize(i) != h:
                header.resizeSection(i, h)
        self.horizontalHeader().updateGeometry()

    # -- requests ---------------------------------------------------------------
    def selected_positions(self) -> list[tuple[int, int]]:
        positions = sorted({(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()})
        current = self.currentIndex()
        if not positions and current.isValid():
            positions = [(current.row(), current.column())]
        return positions

    def request(self, value: str | None) -> None:
        positions = self.selected_positions()
        if positions and not self.readonly:
            self.cellsRequested.emit(positions, value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copyRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            if not self.readonly:
                self.pasteRequested.emit()
            return
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.request(None)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.open_choices()
                return
            text = event.text().casefold()
            if text and text in self.keys:
                self.request(self.keys[text])
                return
        super().keyPressEvent(event)

    def choices_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("matrixChoices")
        menu.setAccessibleName(self.tr("Valeur de la cellule"))
        for value, label in self.choices:
            action = QAction(label, menu)
            action.setData(value)
            action.triggered.connect(lambda _c=False, v=value: self.request(v))
            menu.addAction(action)
        return menu

    def open_choices(self) -> None:
        index = self.currentIndex()
        if self.readonly or not index.isValid():
            return
        menu = self.choices_menu()
        rect = self.visualRect(index)
        menu.popup(self.viewport().mapToGlobal(rect.bottomLeft()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = QMenu(self) if self.readonly else self.choices_menu()
        menu.addSeparator()
        copy = menu.addAction(self.tr("Copier"))
        copy.triggered.connect(self.copyRequested.emit)
        if not self.readonly:
            paste = menu.addAction(self.tr("Coller"))
            paste.triggered.connect(self.pasteRequested.emit)
        menu.popup(event.globalPos())


class IssuesPanel(QListWidget):
    """The rule checks in plain French; clicking one goes to its row."""

    rowActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("matrixIssues")
        self.setAccessibleName(self.tr("Points d'attention"))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.itemActivated.connect(self._go)
        self.itemClicked.connect(self._go)
        self._shown: list[tuple[str, str]] = []
        self._empty: tuple[bool, bool] = (False, False)

    def show_issues(self, issues: list, empty: bool = False, untouched: bool = False) -> None:
        wanted = [(str(i.row), i.message) for i in issues]
        state = (empty, untouched)
        if wanted == self._shown and state == self._empty and self.count():
            return
        self._shown, self._empty = wanted, state
        self.setUpdatesEnabled(False)
        self.clear()
        if empty:
            item = QListWidgetItem(self.tr("La matrice est vide : choisissez ses acteurs "
                                           "(« Acteurs… ») et ajoutez des lignes."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        elif untouched:
            item = QListWidgetItem(self.tr(
                "À remplir : choisissez une cellule et tapez une valeur (voir la légende "
                "au-dessus) ; les règles de chaque ligne seront vérifiées dès la première "
                "cellule remplie."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        elif not wanted:
            item = QListWidgetItem(self.tr("✓ Aucun point d'attention : chaque ligne respecte "
                                           "les règles."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        for row_id, message in wanted:
            item = QListWidgetItem("⚠ " + message)
            item.setData(Role.ID, row_id)
            item.setForeground(ISSUE_RED.darker(120))
            self.addItem(item)
        self.fit_items()
        self.setUpdatesEnabled(True)

    def wrapped_height(self, text: str, width: int) -> int:
        """The height of ``text`` wrapped at ``width`` (what the item must be given)."""
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        return self.fontMetrics().boundingRect(QRect(0, 0, max(40, width), 100000), flags,
                                               text).height()

    def fit_items(self) -> None:
        """Each message gets the height of its wrapped text: never cut with "…".

        Qt's own wrapped size hints were measured at another width and stayed
        too short after the panel was resized, so long warnings were elided.
        """
        width = self.viewport().width() - 2 * self.spacing() - 12
        for row in range(self.count()):
            item = self.item(row)
            height = self.wrapped_height(item.text(), width) + 6
            item.setSizeHint(QSize(max(40, width), height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_items()

    def messages(self) -> list[str]:
        return [m for _r, m in self._shown]

    def _go(self, item: QListWidgetItem) -> None:
        row_id = item.data(Role.ID)
        if row_id:
            self.rowActivated.emit(row_id)
