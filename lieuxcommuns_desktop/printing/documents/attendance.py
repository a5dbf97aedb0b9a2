"""*Feuille d'émargement*: prefilled participants, blank rows, room to sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ..data import AtelierData
from ..format import long_date
from ..layout import RULE, SHADE, Section, styles
from ..options import KitOptions
from ..text import para

CTX = "printing"
#: Tall enough to sign by hand.
ROW_HEIGHT = 11 * mm

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
    rows = [[Paragraph(tr(CTX, h), st.cell_bold) for h in headers]]
    for person in data.people:
        rows.append([Paragraph(para(person.last_name), st.cell),
                     Paragraph(para(person.first_name), st.cell),
                     Paragraph(para(person.structure), st.cell),
                     Paragraph(para(person.email), st.cell), ""])
    rows.extend([["", "", "", "", ""] for _ in range(max(0, options.blank_rows))])
    table = Table(rows, colWidths=[34 * mm, 28 * mm, 42 * mm, 42 * mm, None],
                  rowHeights=[None] + [ROW_HEIGHT] * (len(rows) - 1), repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    header = tr(CTX, QT_TRANSLATE_NOOP("printing", "{title} — {date} — {place}"),
                title=para(data.title), date=long_date(data.date), place=para(data.place or "—"))
    flow = [
        Paragraph(tr(CTX, QT_TRANSLATE_NOOP("printing", "Feuille d'émargement")), st.h1),
        Paragraph(header, st.body),
        Spacer(0, 4 * mm),
        table,
        Spacer(0, 4 * mm),
        Paragraph(tr(CTX, NOTICE), st.small),
    ]
    return [Section("attendance", "a4", flow)]
