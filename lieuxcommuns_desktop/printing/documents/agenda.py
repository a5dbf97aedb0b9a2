"""The two agendas: clock times for participants, the full script for facilitators."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ..data import AtelierData
from ..format import clock, duration
from ..layout import (
    RULE,
    SHADE,
    Section,
    label_column,
    paragraphs,
    styles,
    subtitle,
)
from ..options import KitOptions
from ..tables import kit_table
from ..text import para

CTX = "printing"

TOOLS = {
    "aucun": "",
    "carte": QT_TRANSLATE_NOOP("printing", "Carte des acteurs"),
    "roles": QT_TRANSLATE_NOOP("printing", "Matrice des rôles"),
    "decisions": QT_TRANSLATE_NOOP("printing", "Matrice de décision"),
    "communs": QT_TRANSLATE_NOOP("printing", "Grille des communs"),
    "notes": QT_TRANSLATE_NOOP("printing", "Prise de notes"),
    "evaluation": QT_TRANSLATE_NOOP("printing", "Évaluation"),
}


def _heading(data: AtelierData, title: str) -> list[Flowable]:
    st = styles()
    return [
        Paragraph(para(title), st.h1),
        Paragraph(para(subtitle(data)), st.body),
        Spacer(0, 5 * mm),
    ]


def build_participant(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    rows = [[Paragraph(tr(CTX, QT_TRANSLATE_NOOP("printing", "Horaire")), st.label),
             Paragraph(tr(CTX, QT_TRANSLATE_NOOP("printing", "Séquence")), st.label)]]
    for step in data.steps:
        rows.append([Paragraph(f"{clock(step.start)} – {clock(step.end)}", st.cell),
                     paragraphs(step.title, st.cell)])
    table = kit_table(rows, [35 * mm, None], repeat_rows=1, commands=[
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ])
    flow = _heading(data, tr(CTX, QT_TRANSLATE_NOOP("printing", "Programme de l'atelier")))
    if data.objective:
        flow += [*paragraphs(data.objective, st.body), Spacer(0, 5 * mm)]
    flow.append(table)
    return [Section("agenda", "a4", flow)]


def build_facilitator(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    flow = _heading(data, tr(CTX, QT_TRANSLATE_NOOP("printing", "Déroulé d'animation")))
    total = tr(CTX, QT_TRANSLATE_NOOP("printing", "Durée totale : {duration}"),
               duration=duration(data.total_minutes))
    if data.planned_minutes:
        total += " — " + tr(CTX, QT_TRANSLATE_NOOP("printing", "créneau prévu : {slot}"),
                            slot=duration(data.planned_minutes))
    flow.append(Paragraph(total, st.body))
    labels = [QT_TRANSLATE_NOOP("printing", "Méthode"), QT_TRANSLATE_NOOP("printing", "Consigne"),
              QT_TRANSLATE_NOOP("printing", "Matériel"), QT_TRANSLATE_NOOP("printing", "Outil")]
    label_width = label_column([tr(CTX, x) for x in labels], 25 * mm)
    elapsed = 0
    for index, step in enumerate(data.steps, start=1):
        elapsed += step.minutes
        cue = tr(CTX, QT_TRANSLATE_NOOP(
            "printing", "{start} – {end} · {minutes} · fin à T+{elapsed}"),
            start=clock(step.start), end=clock(step.end), minutes=duration(step.minutes),
            elapsed=duration(elapsed))
        details = []
        for label, value in zip(labels, (
            step.method, step.instructions, step.materials,
            tr(CTX, TOOLS.get(step.tool, "")) if TOOLS.get(step.tool) else "",
        ), strict=True):
            if value:
                details.append([Paragraph(tr(CTX, label), st.label),
                                paragraphs(value, st.cell)])
        cue_style = ParagraphStyle("cue", parent=st.small, keepWithNext=1 if details else 0)
        flow += [*paragraphs(step.title, st.h2, prefix=f"{index}. "), Paragraph(cue, cue_style)]
        # One small table per detail: the title and its time cue keep with the first
        # (keepWithNext), never alone at a page bottom; long details still flow.
        for detail in details:
            flow.append(kit_table([detail], [label_width, None], commands=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
    return [Section("facilitator", "a4", flow)]
