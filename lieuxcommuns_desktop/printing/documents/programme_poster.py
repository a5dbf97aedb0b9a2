"""The A3 landscape programme poster: timeline, membership grid, legend, index.

Every name is a wrapped paragraph (a 300-character collectivité or expedition
name takes more lines, never loses letters); roles and flags are words, so a
black-and-white copy says everything the screen does.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ...core.enums import AtelierStatus, ExpeditionRole, PhaseKind
from ...core.i18n import QT_TRANSLATE_NOOP, tr, translate
from ...core.labels import label
from ..format import long_date
from ..layout import RULE, SHADE, Section, styles
from ..programme_data import ProgrammeData
from ..programme_timeline import TimelineFlowable, draw_block, draw_phase
from ..text import para

CTX = "printing"
PAGE = "a3-landscape"

ABSENT = QT_TRANSLATE_NOOP("printing", "! absente des deux derniers ateliers")


def _t(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


class _Swatch(Flowable):
    """A legend sample: an atelier block or a phase band."""

    def __init__(self, status: AtelierStatus | None = None, phase: PhaseKind | None = None,
                 today: bool = False) -> None:
        super().__init__()
        self.status, self.phase, self.today = status, phase, today
        self.width, self.height = 22, 11

    def draw(self) -> None:
        if self.status is not None:
            draw_block(self.canv, 2, 0, 18, 11, self.status, "12")
        elif self.phase is not None:
            draw_phase(self.canv, 0, 0, 22, 11, self.phase)
        else:
            self.canv.setDash([3, 2])
            self.canv.setLineWidth(0.9)
            self.canv.line(11, 0, 11, 11)


def legend(data: ProgrammeData, width: float) -> Table:
    st = styles()
    small = st.cell.clone("legend", fontSize=7.5, leading=9)
    items: list[tuple[Flowable, str]] = [
        (_Swatch(status=s), para(label(s))) for s in AtelierStatus]
    items += [(_Swatch(phase=k), para(label(k))) for k in PhaseKind]
    items.append((_Swatch(today=True), para(_t(QT_TRANSLATE_NOOP("printing", "aujourd'hui")))))
    items.append((Paragraph("<b>12!</b>", small), para(_t(QT_TRANSLATE_NOOP(
        "printing", "atelier daté hors de toute phase")))))
    cells: list[object] = []
    for swatch, text in items:
        cells += [swatch, Paragraph(text, small)]
    per_row = 10  # five pairs per row
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    pair = width / (per_row // 2)
    table = Table(rows, colWidths=[26, pair - 26] * (per_row // 2))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
    ]))
    return table


def cell_text(data: ProgrammeData, collectivite_id: str, thematique_id: str) -> str:
    """Role, attendance since joining and the absence flag, as paragraph markup."""
    grid = data.grid
    cell = grid.cells.get((collectivite_id, thematique_id))
    if cell is None:
        return ""
    role = para(label(cell.role))
    parts = [f"<b>{role}</b>" if cell.role == ExpeditionRole.PILOTE else role]
    held = [a for a in grid.ateliers.get(thematique_id, ()) if a.held
            and (cell.joined_on is None or a.date >= cell.joined_on)]
    if held and cell.role != ExpeditionRole.SECOND_CERCLE:
        present = sum(1 for a in held if grid.present(collectivite_id, a.id))
        parts.append(para(translate("printing", "présente à %n atelier(s) sur {held}", None,
                                    present, held=len(held))))
    if (collectivite_id, thematique_id) in grid.absent:
        parts.append(f"<b>{para(_t(ABSENT))}</b>")
    return "<br/>".join(parts)


def membership_table(data: ProgrammeData, width: float) -> Table:
    st = styles()
    small = st.cell.clone("grid", fontSize=7.5, leading=9.2)
    bold = st.cell_bold.clone("gridb", fontSize=7.5, leading=9.2)
    expeditions = data.grid.expeditions
    first = min(170.0, width * 0.22)
    other = (width - first) / max(1, len(expeditions))
    header = [Paragraph(para(_t(QT_TRANSLATE_NOOP("printing", "Collectivité"))), bold)]
    header += [Paragraph(para(name), bold) for _id, name in expeditions]
    rows = [header]
    for cid, name in data.grid.collectivites:
        rows.append([Paragraph(para(name), bold)] + [
            Paragraph(cell_text(data, cid, tid), small) for tid, _n in expeditions])
    table = Table(rows, colWidths=[first] + [other] * len(expeditions), repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def index_table(data: ProgrammeData, width: float) -> Table:
    """N°, date, title, expedition, host and the others taking part, status."""
    st = styles()
    small = st.cell.clone("index", fontSize=7, leading=8.6)
    bold = st.cell_bold.clone("indexb", fontSize=7, leading=8.6)
    heads = (QT_TRANSLATE_NOOP("printing", "N°"), QT_TRANSLATE_NOOP("printing", "Date"),
             QT_TRANSLATE_NOOP("printing", "Atelier"),
             QT_TRANSLATE_NOOP("printing", "Expédition"),
             QT_TRANSLATE_NOOP("printing", "Accueil"),
             QT_TRANSLATE_NOOP("printing", "Autres collectivités"),
             QT_TRANSLATE_NOOP("printing", "Statut"))
    rows: list[list[object]] = [[Paragraph(para(_t(h)), bold) for h in heads]]
    names = data.collectivites
    for block in data.ateliers:
        number = str(data.numbers[block.id]) + ("!" if block.outside_phases else "")
        others = [names.get(c, "") for c in block.participant_ids if c != block.host_id]
        rows.append([
            Paragraph(number, small),
            Paragraph(para(long_date(block.date)), small),
            Paragraph(para(block.title), small),
            Paragraph(para(data.expeditions.get(block.thematique_id or "", "")), small),
            Paragraph(para(names.get(block.host_id or "", "")), small),
            Paragraph(para(", ".join(sorted(others, key=str.casefold))), small),
            Paragraph(para(label(block.status)), small),
        ])
    fractions = (0.035, 0.09, 0.27, 0.16, 0.14, 0.225, 0.08)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def build(data: ProgrammeData, width: float) -> list[Section]:
    st = styles()
    tl = data.timeline
    span = _t(QT_TRANSLATE_NOOP("printing", "du {start} au {end}"),
              start=long_date(tl.start), end=long_date(tl.end))
    flow: list[Flowable] = [
        Paragraph(para(data.title) or para(_t(QT_TRANSLATE_NOOP("printing", "Programme"))),
                  st.h1),
        Paragraph(para(" — ".join(x for x in (data.territory, span) if x)), st.small),
        Spacer(0, 2 * mm),
        legend(data, width),
        Spacer(0, 3 * mm),
        TimelineFlowable(data),
    ]
    if tl.undated:
        undated = ", ".join(f"{data.numbers[b.id]}. {para(b.title)}" for b in tl.undated)
        flow.append(Paragraph(para(_t(QT_TRANSLATE_NOOP("printing", "Ateliers à dater :")))
                              + " " + undated, st.small))
    flow += [
        Spacer(0, 4 * mm),
        Paragraph(para(_t(QT_TRANSLATE_NOOP("printing", "Qui participe à quelle expédition"))),
                  st.h2),
        membership_table(data, width),
        Spacer(0, 4 * mm),
        Paragraph(para(_t(QT_TRANSLATE_NOOP("printing", "Index des ateliers"))), st.h2),
        index_table(data, width),
    ]
    return [Section("programme-poster", PAGE, flow)]
