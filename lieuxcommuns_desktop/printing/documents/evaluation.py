"""The participatory evaluation form handed out at the end of the atelier."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ..data import AtelierData
from ..layout import RULE, Section, paragraphs, style_table, styles, subtitle
from ..options import KitOptions
from ..text import para

CTX = "printing"

SCALE = (
    QT_TRANSLATE_NOOP("printing", "pas du tout"),
    QT_TRANSLATE_NOOP("printing", "peu"),
    QT_TRANSLATE_NOOP("printing", "moyennement"),
    QT_TRANSLATE_NOOP("printing", "plutôt"),
    QT_TRANSLATE_NOOP("printing", "tout à fait"),
)
BOX = "☐"


def build(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    flow: list[Flowable] = [
        Paragraph(tr(CTX, QT_TRANSLATE_NOOP("printing", "Évaluation de l'atelier")), st.h1),
        Paragraph(para(subtitle(data, place=False)), st.body),
        Paragraph(tr(CTX, QT_TRANSLATE_NOOP(
            "printing", "Cochez une case par question et répondez librement aux questions "
            "ouvertes. Ce questionnaire est anonyme.")), st.small),
        Spacer(0, 4 * mm),
    ]
    for number, question in enumerate(data.questions, start=1):
        # A long question flows; its last lines stay with the boxes or lines to fill.
        *head, title = paragraphs(question.text, st.body, prefix=f"<b>{number}.</b> ")
        flow.extend(head)
        if question.kind == "scale5":
            cells = [[Paragraph(f"{BOX} {i}<br/><font size=7>{tr(CTX, word)}</font>", st.cell)
                      for i, word in enumerate(SCALE, start=1)]]
            scale = Table(cells, colWidths=[30 * mm] * 5)
            style_table(scale, [("VALIGN", (0, 0), (-1, -1), "TOP")])
            flow.append(KeepTogether([title, Spacer(0, 1.5 * mm), scale, Spacer(0, 4 * mm)]))
        else:
            lines = Table([[""]] * 4, colWidths=[175 * mm], rowHeights=[8 * mm] * 4)
            style_table(lines, [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
            flow.append(KeepTogether([title, lines, Spacer(0, 4 * mm)]))
    if not data.questions:
        flow.append(Paragraph(tr(CTX, QT_TRANSLATE_NOOP(
            "printing", "Aucune question d'évaluation n'est définie pour cet atelier.")),
            st.body))
    return [Section("evaluation", "a4", flow)]
