"""*Compte-rendu*: who came, what was said step by step, decisions, actions, timings."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ...core.enums import ActeurCategory, NoteKind
from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ...core.labels import label
from .. import atelier_experiments, cells, fonts, photos_votes
from ..data import AtelierData, NoteData, notes_by_step
from ..format import attendance_sentence, clock, duration, long_date
from ..layout import Section, grid_table, label_column, paragraphs, styles, subtitle
from ..options import KitOptions
from ..text import para

CTX = "printing"


def _t(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def build(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    flow: list[Flowable] = [
        Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Compte-rendu")), st.h1),
        Paragraph(para(subtitle(data)), st.body),
    ]
    if data.objective:
        flow += paragraphs(data.objective, st.body)
    flow += _attendance(data)
    flow += _timings(data)
    flow += _notes_by_step(data)
    flow += _decisions(data)
    flow += _actions(data)
    flow += atelier_experiments.pdf_flowables(data.experiments)
    flow += photos_votes.pdf_flow(data)
    return [Section("minutes", "a4", flow)]


def _attendance(data: AtelierData) -> list[Flowable]:
    st = styles()
    present = [p for p in data.people if p.present]
    walk_ins = sum(1 for p in present if p.walk_in)
    flow: list[Flowable] = [
        Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Participation")), st.h2),
        Paragraph(para(attendance_sentence(len(present), len(data.people), walk_ins)),
                  st.body),
        Spacer(0, 2 * mm),
    ]
    counts = Counter(p.category for p in present)
    rows = [[Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Catégorie d'acteurs")), st.cell_bold),
             Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Présent·es")), st.cell_bold)]]
    for category in ActeurCategory:
        if counts.get(category.value):
            rows.append([label(category), str(counts[category.value])])
    if counts.get(None):
        rows.append([_t(QT_TRANSLATE_NOOP("printing", "Sans structure connue")),
                     str(counts[None])])
    if len(rows) > 1:
        flow.append(grid_table(rows, [90 * mm, 30 * mm]))
    return flow


def _timings(data: AtelierData) -> list[Flowable]:
    st = styles()
    header = [QT_TRANSLATE_NOOP("printing", "Séquence"), QT_TRANSLATE_NOOP("printing", "Prévu"),
              QT_TRANSLATE_NOOP("printing", "Réel"), QT_TRANSLATE_NOOP("printing", "Écart")]
    rows = [[Paragraph(_t(h), st.label) for h in header]]
    gap_width = label_column([_t(header[3]), "+999 min"], 18 * mm)
    for step in data.steps:
        actual = step.actual_minutes
        gap = "" if actual is None else f"{actual - step.minutes:+d} min"
        real = "—" if actual is None else (
            f"{clock(step.actual_start)} – {clock(step.actual_end)} ({duration(actual)})")
        rows.append([
            paragraphs(step.title, st.cell),
            f"{clock(step.start)} – {clock(step.end)} ({duration(step.minutes)})",
            real,
            gap,
        ])
    return [Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Déroulé : prévu et réel")), st.h2),
            grid_table(rows, [None, 48 * mm, 48 * mm, gap_width])]


def _note(note: NoteData, style: ParagraphStyle) -> list[Flowable]:
    """One note: kind and time as the bullet, the text as a single-style paragraph.

    A single style keeps reportlab on its fast line-breaking path: a minutes of
    500 notes lays out about twice as fast as with inline bold.
    """
    bullet = f"{label(NoteKind(note.kind))} {clock(note.created_at)}"
    return paragraphs(note.text, style, bullet=escape(bullet))


def _notes_by_step(data: AtelierData) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [
        Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Notes par séquence")), st.h2)]
    bullets = [f"{label(kind)} 00h00" for kind in NoteKind]
    indent = cells.longest_word(bullets, fonts.BOLD, 8) + 6 * mm
    note_style = ParagraphStyle("note", parent=st.cell, leftIndent=max(34 * mm, indent),
                                bulletIndent=0, bulletFontName=fonts.BOLD, bulletFontSize=8,
                                spaceAfter=1.5)
    groups = notes_by_step(data)
    if not groups:
        flow.append(Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Aucune note.")), st.body))
    for step, notes in groups:
        heading = step.title if step else _t(QT_TRANSLATE_NOOP("printing", "Hors séquence"))
        flow += paragraphs(heading, st.h3)
        for note in notes:
            flow += _note(note, note_style)
        flow.append(Spacer(0, 2 * mm))
    return flow


def _decisions(data: AtelierData) -> list[Flowable]:
    st = styles()
    decisions = [n for n in data.notes if n.kind == NoteKind.DECISION.value]
    flow: list[Flowable] = [Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Décisions")), st.h2)]
    if not decisions:
        flow.append(Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Aucune décision notée.")),
                              st.body))
    for note in decisions:
        flow += paragraphs(note.text, st.body, prefix="• ")
    return flow


def _actions(data: AtelierData) -> list[Flowable]:
    st = styles()
    header = [QT_TRANSLATE_NOOP("printing", "Qui"), QT_TRANSLATE_NOOP("printing", "Quoi"),
              QT_TRANSLATE_NOOP("printing", "Pour quand"), QT_TRANSLATE_NOOP("printing", "Fait")]
    rows = [[Paragraph(_t(h), st.label) for h in header]]
    done_width = label_column([_t(header[3])], 12 * mm)
    for action in data.actions:
        rows.append([
            paragraphs(action.owner or "—", st.cell),
            paragraphs(action.text, st.cell),
            long_date(action.due_date) if action.due_date else "—",
            "✓" if action.done else "",
        ])
    flow: list[Flowable] = [Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Actions")), st.h2)]
    if len(rows) == 1:
        flow.append(Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Aucune action.")), st.body))
    else:
        flow.append(grid_table(rows, [40 * mm, None, 32 * mm, done_width]))
    return flow
