"""*Feuille d'émargement*: prefilled participants, blank rows, room to sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ..data import AtelierData
from ..format import long_date
from ..layout import Section, grid_table, styles
from ..options import KitOptions
from ..text import line, para

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
    rows: list[list] = [[tr(CTX, h) for h in headers]]
    for person in data.people:
        # Plain strings, elided to their column: a sheet of 200 names stays fast.
        rows.append([line(person.last_name, 22), line(person.first_name, 18),
                     line(person.structure, 28), line(person.email, 28), ""])
    rows.extend([["", "", "", "", ""] for _ in range(max(0, options.blank_rows))])
    table = grid_table(rows, [34 * mm, 28 * mm, 42 * mm, 42 * mm, None], row_height=ROW_HEIGHT,
                       grid=True)
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
