"""*Feuille d'émargement*: prefilled participants, blank rows, room to sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from ...core.i18n import QT_TRANSLATE_NOOP, tr
from .. import cells, fonts
from ..data import AtelierData
from ..format import long_date
from ..layout import SUBTITLE, Section, grid_table, styles
from ..options import KitOptions
from ..text import line, para

CTX = "printing"
#: Tall enough to sign by hand.
ROW_HEIGHT = 11 * mm
#: Longest cell printed whole (a dozen lines of the column); longer is elided.
CELL_MAX = 500

NOTICE = QT_TRANSLATE_NOOP(
    "printing",
    "Données personnelles : ces informations servent uniquement à attester la présence à "
    "l'atelier et à envoyer le compte-rendu. Elles sont conservées par l'équipe d'animation "
    "pendant la durée du programme puis supprimées. Vous pouvez y accéder, les faire corriger "
    "ou supprimer en écrivant à l'équipe d'animation. Le courriel est facultatif.",
)


def build(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    headers = [
        QT_TRANSLATE_NOOP("printing", "Nom"), QT_TRANSLATE_NOOP("printing", "Prénom"),
        QT_TRANSLATE_NOOP("printing", "Structure"), QT_TRANSLATE_NOOP("printing", "Courriel"),
        QT_TRANSLATE_NOOP("printing", "Signature"),
    ]
    widths = [30 * mm, 24 * mm, 40 * mm, 52 * mm]  # signature: the remaining 34 mm
    rows: list[list[object]] = [[tr(CTX, h) for h in headers]]
    heights: list[float | None] = []
    for person in data.people:
        values = (person.last_name, person.first_name, person.structure, person.email)
        printed = [_cell(v, w - cells.PADDING) for v, w in zip(values, widths, strict=True)]
        rows.append([*printed, ""])
        needed = max([0.0] + [c.wrap(w - cells.PADDING, 1e9)[1] + 8
                              for c, w in zip(printed, widths, strict=True)
                              if isinstance(c, Paragraph)])
        # Room to sign; a longer text sizes its row (and may split across pages).
        heights.append(ROW_HEIGHT if needed <= ROW_HEIGHT else None)
    rows.extend([["", "", "", "", ""] for _ in range(max(0, options.blank_rows))])
    heights.extend([ROW_HEIGHT] * max(0, options.blank_rows))
    table = grid_table(rows, [*widths, None], row_heights=heights, grid=True)
    header = tr(CTX, QT_TRANSLATE_NOOP("printing", "{title} — {date} — {place}"),
                title=para(line(data.title, SUBTITLE)), date=long_date(data.date),
                place=para(line(data.place or "—", SUBTITLE)))
    flow = [
        Paragraph(tr(CTX, QT_TRANSLATE_NOOP("printing", "Feuille d'émargement")), st.h1),
        Paragraph(header, st.body),
        Spacer(0, 4 * mm),
        table,
    ]
    # The notice is in every page's footer: each sheet handed round says why we ask.
    return [Section("attendance", "a4-notice", flow, notice=para(tr(CTX, NOTICE)))]


def _cell(value: str, width: float) -> str | Paragraph:
    """A name as it must be read: whole, shrunk a little or wrapped, never cut.

    Most names fit on one line as a plain string (cheap: a sheet of 200 names
    stays fast); a longer one becomes a paragraph in a smaller size that wraps
    between words, then inside a word only when a word alone is too wide.
    Beyond :data:`CELL_MAX` characters it is no name but pasted text: cut.
    """
    text = line(value, CELL_MAX)
    if stringWidth(text, fonts.REGULAR, 9) <= width:
        return text
    st = styles()
    size = cells.fitting_size([text], width, fonts.REGULAR, sizes=(8.0, 7.0))
    return Paragraph(para(text), cells.style_at(st.cell, size))
