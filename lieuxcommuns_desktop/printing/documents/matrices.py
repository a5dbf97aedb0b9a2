"""Role and decision matrices, filled and blank, and the commons grid.

Cells print their value as text (R/A/C/I, the participation level's words)
on a grey ramp, so the town hall's black-and-white printer loses nothing.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ...core import rules
from ...core.enums import OSTROM_PRINCIPLES, ParticipationLevel, PrincipleStatus
from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ...core.labels import label, principle_label
from .. import cells
from ..data import AtelierData, Matrix
from ..layout import (
    RULE,
    SHADE,
    SUBTITLE,
    Section,
    grid_table,
    paragraphs,
    style_table,
    styles,
)
from ..options import KitOptions
from ..tables import kit_table
from ..text import line, para

CTX = "printing"
#: Grey ramp by participation rank: darker = more power (legible in B/W).
LEVEL_FILL = ["#ffffff", "#f2f2f2", "#e0e0e0", "#c8c8c8", "#a8a8a8", "#858585"]

RACI_LEGEND = QT_TRANSLATE_NOOP(
    "printing", "R : réalise · A : rend compte / arbitre (un seul par ligne) · C : consulté · "
    "I : informé")


def _t(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


# A header row is repeated on every page: it stays short whatever the names.
HEADER_MAX_HEIGHT = 30 * mm
# A blank row is tall enough to write in by hand.
BLANK_ROW = 9 * mm
TALL_ROW = 90 * mm


def _matrix_table(matrix: Matrix, width: float, *, blank: bool, decision: bool) -> list[Flowable]:
    """The matrix as a table (plus the full names of columns it had to abridge).

    Acteur names shrink then wrap in their column; row labels of any length
    split across pages (``splitInRow``), so a kit always prints.
    """
    st = styles()
    columns = matrix.columns if not blank else (matrix.columns or [""] * 6)
    label_width = min(70 * mm, width * 0.32)
    col_width = (width - label_width) / max(1, len(columns))
    inner = col_width - cells.PADDING
    fitted = [cells.bounded(name, st.cell_bold, inner, HEADER_MAX_HEIGHT) for name in columns]
    head = [Paragraph("", st.cell)] + [f.paragraph for f in fitted]
    rows = [head]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        # Body cells at the top: reportlab cannot split a vertically centred row.
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
    ]
    # Level words ("Co-décide", "Not concerned") shrink together until whole in a column.
    level_style = cells.style_at(st.cell, cells.fitting_size(
        [label(level) for level in ParticipationLevel], inner))
    labels = matrix.rows if not blank else (matrix.rows or [""] * 8)
    heights: list[float | None] = [None]
    tallest = 0.0
    for r, row_label in enumerate(labels, start=1):
        values = [] if blank else matrix.cells[r - 1]
        label_cell = paragraphs(row_label, st.cell)
        line: list[object] = [label_cell]
        for c in range(len(columns)):
            value = values[c] if c < len(values) else None
            if value is None or blank:
                line.append("")
            elif decision:
                level = ParticipationLevel(value)
                line.append(Paragraph(para(label(level)), level_style))
                commands.append(("BACKGROUND", (c + 1, r), (c + 1, r),
                                 colors.HexColor(LEVEL_FILL[level.rank])))
            else:
                line.append(Paragraph(f"<b>{para(value)}</b>", st.cell))
        rows.append(line)
        needed = max(p.wrap(label_width - cells.PADDING, 1e9)[1] for p in label_cell) + 8
        tallest = max(tallest, needed)
        # A blank row leaves room to write, unless the label itself needs more.
        heights.append(BLANK_ROW if blank and needed <= BLANK_ROW else None)
    # A row taller than half a page is split where the page ends, not moved under a
    # second header on the same page (reportlab tries whole rows first otherwise).
    table = kit_table(rows, [label_width] + [col_width] * len(columns), repeat_rows=1,
                      row_heights=heights, commands=commands,
                      split_by_row=0 if tallest > TALL_ROW else 1)
    abridged = [name for name, f in zip(columns, fitted, strict=True) if f.elided]
    if not abridged:
        return [table]
    note = _t(QT_TRANSLATE_NOOP("printing", "Noms complets des colonnes abrégées :"))
    return [table, Spacer(0, 2 * mm), Paragraph(note, st.small)] + [
        piece for name in abridged for piece in paragraphs(name, st.small, prefix="• ")]


def _short_names(matrix: Matrix) -> dict[int, str]:
    """Column names as the points to watch quote them: the matrix shows them whole."""
    return {i: line(name, SUBTITLE) for i, name in enumerate(matrix.columns)}


def _issues_list(issues: list[rules.Issue]) -> list[Flowable]:
    st = styles()
    if not issues:
        return []
    flow = [Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Points d'attention")), st.h2)]
    for issue in issues:
        flow += paragraphs(issue.message, st.cell, prefix="• ")
    return flow


def _scale_legend() -> Table:
    st = styles()
    row = [[Paragraph(f"{level.value} — {para(label(level))}", st.cell)
            for level in ParticipationLevel]]
    table = Table(row)
    style_table(table, [("GRID", (0, 0), (-1, -1), 0.5, RULE)]
                + [("BACKGROUND", (i, 0), (i, 0), colors.HexColor(LEVEL_FILL[i]))
                   for i in range(6)])
    return table


def build_roles(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    width = 267 * mm  # A4 landscape frame
    m = data.roles
    issues = rules.check_raci([(i, line(row, SUBTITLE), dict(enumerate(m.cells[i])))
                               for i, row in enumerate(m.rows)], names=_short_names(m))
    filled = [Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Matrice des rôles")), st.h1),
              Paragraph(para(line(data.title, SUBTITLE)), st.body),
              Paragraph(_t(RACI_LEGEND), st.small),
              Spacer(0, 3 * mm), *_matrix_table(m, width, blank=False, decision=False)]
    filled += _issues_list(issues)
    blank = [Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Matrice des rôles — à remplir")),
                       st.h1), Paragraph(_t(RACI_LEGEND), st.small), Spacer(0, 3 * mm),
             *_matrix_table(m, width, blank=True, decision=False)]
    return [Section("roles", "a4-landscape", filled), Section("roles", "a4-landscape", blank)]


def build_decisions(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    width = 267 * mm
    sections = []
    for matrix, title in (
        (data.decisions_today, QT_TRANSLATE_NOOP("printing", "Matrice de décision — aujourd'hui")),
        (data.decisions_target, QT_TRANSLATE_NOOP("printing", "Matrice de décision — cible")),
    ):
        issues = rules.check_decisions(
            [(i, line(row, SUBTITLE), dict(enumerate(matrix.cells[i])))
             for i, row in enumerate(matrix.rows)], names=_short_names(matrix))
        flow = [Paragraph(_t(title), st.h1), Paragraph(para(line(data.title, SUBTITLE)), st.body),
                _scale_legend(), Spacer(0, 3 * mm),
                *_matrix_table(matrix, width, blank=False, decision=True)]
        flow += _issues_list(issues)
        sections.append(Section("decisions", "a4-landscape", flow))
    blank = [Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Matrice de décision — à remplir")),
                       st.h1), _scale_legend(), Spacer(0, 3 * mm),
             *_matrix_table(data.decisions_today, width, blank=True, decision=True)]
    sections.append(Section("decisions", "a4-landscape", blank))
    return sections


def build_commons(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    header = [QT_TRANSLATE_NOOP("printing", "Principe"), QT_TRANSLATE_NOOP("printing", "État"),
              QT_TRANSLATE_NOOP("printing", "Observations")]
    rows = [[Paragraph(_t(h), st.cell_bold) for h in header]]
    assessed = {index: (status, note) for index, status, note in data.commons}
    for index in range(1, len(OSTROM_PRINCIPLES) + 1):
        status, note = assessed.get(index, (None, ""))
        rows.append([
            Paragraph(f"{index}. {para(principle_label(index))}", st.cell),
            Paragraph(para(label(PrincipleStatus(status))) if status else "", st.cell),
            paragraphs(note, st.cell),
        ])
    flow = [Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Grille des communs")), st.h1),
            Paragraph(para(line(data.title, SUBTITLE)), st.body),
            Paragraph(_t(QT_TRANSLATE_NOOP(
                "printing", "Les huit principes de conception d'Elinor Ostrom — état : absent, "
                "en discussion, en place.")), st.small),
            Spacer(0, 3 * mm), grid_table(rows, [75 * mm, 28 * mm, None], grid=True)]
    return [Section("commons", "a4", flow)]
