"""The A4 programme summary: phases, expeditions and their members, the weekly questions.

What the programme lead sends or pins up: who is on which expedition, what
comes next, which actions are open or late, how the experiments stand, how
the ateliers were rated, and what needs attention (ateliers to date, dated
outside every phase, members who stopped coming).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ...core.enums import ExpeditionRole
from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ...core.labels import label
from ..format import long_date
from ..layout import Section, grid_table, styles
from ..programme_data import ProgrammeData
from ..text import para

CTX = "printing"
PAGE = "a4"
NONE = QT_TRANSLATE_NOOP("printing", "aucun")


def _t(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def _table(head: tuple[str, ...], rows: list[list[str]], fractions: tuple[float, ...],
           width: float) -> Flowable:
    st = styles()
    cells = [[Paragraph(para(_t(h)), st.cell_bold) for h in head]]
    cells += [[Paragraph(para(value), st.cell) for value in row] for row in rows]
    return grid_table(cells, [width * f for f in fractions])


def build(data: ProgrammeData, width: float) -> list[Section]:
    st = styles()
    flow: list[Flowable] = [
        Paragraph(para(data.title) or para(_t(QT_TRANSLATE_NOOP("printing", "Programme"))),
                  st.title),
    ]
    if data.territory:
        flow.append(Paragraph(para(data.territory), st.h2))
    if data.description:
        flow.append(Paragraph(para(data.description), st.body))
    flow.append(Paragraph(para(_t(QT_TRANSLATE_NOOP("printing", "Situation au {date}"),
                                  date=long_date(data.today))), st.small))

    h1 = st.h1.clone("programme-h1", keepWithNext=1)  # never alone at a page's foot

    def heading(text: str) -> None:
        flow.append(Paragraph(para(_t(text)), h1))

    heading(QT_TRANSLATE_NOOP("printing", "Phases"))
    phases = data.timeline.phases
    if phases:
        flow.append(_table(
            (QT_TRANSLATE_NOOP("printing", "Phase"), QT_TRANSLATE_NOOP("printing", "Intitulé"),
             QT_TRANSLATE_NOOP("printing", "Début"), QT_TRANSLATE_NOOP("printing", "Fin")),
            [[label(p.kind), p.title, long_date(p.start), long_date(p.end)] for p in phases],
            (0.22, 0.38, 0.2, 0.2), width))
    else:
        flow.append(Paragraph(para(_t(QT_TRANSLATE_NOOP(
            "printing", "Aucune phase n'est encore datée."))), st.body))

    heading(QT_TRANSLATE_NOOP("printing", "Expéditions et collectivités"))
    names = dict(data.grid.collectivites)
    counts: dict[str, int] = {}
    for block in data.ateliers:
        if block.thematique_id:
            counts[block.thematique_id] = counts.get(block.thematique_id, 0) + 1
    rows = []
    for tid, name in data.grid.expeditions:
        members = {role: sorted((names[c] for (c, t), cell in data.grid.cells.items()
                                 if t == tid and cell.role == role), key=str.casefold)
                   for role in ExpeditionRole}
        rows.append([name] + [", ".join(members[r]) or "—" for r in ExpeditionRole]
                    + [str(counts.get(tid, 0))])
    flow.append(_table(
        (QT_TRANSLATE_NOOP("printing", "Expédition"), QT_TRANSLATE_NOOP("printing", "Pilote"),
         QT_TRANSLATE_NOOP("printing", "Participantes"),
         QT_TRANSLATE_NOOP("printing", "Second cercle"),
         QT_TRANSLATE_NOOP("printing", "Ateliers")),
        rows, (0.22, 0.19, 0.26, 0.19, 0.14), width))

    heading(QT_TRANSLATE_NOOP("printing", "Prochains ateliers"))
    board = data.dashboard
    if board.next_ateliers:
        flow.append(_table(
            (QT_TRANSLATE_NOOP("printing", "Date"), QT_TRANSLATE_NOOP("printing", "Atelier"),
             QT_TRANSLATE_NOOP("printing", "Expédition"),
             QT_TRANSLATE_NOOP("printing", "Accueil")),
            [[long_date(b.date), b.title, data.expeditions.get(b.thematique_id or "", ""),
              data.collectivites.get(b.host_id or "", "")] for b in board.next_ateliers],
            (0.2, 0.4, 0.2, 0.2), width))
    else:
        flow.append(Paragraph(para(_t(NONE)), st.body))

    heading(QT_TRANSLATE_NOOP("printing", "Actions ouvertes par collectivité"))
    if board.actions:
        flow.append(_table(
            (QT_TRANSLATE_NOOP("printing", "Collectivité"),
             QT_TRANSLATE_NOOP("printing", "Ouvertes"),
             QT_TRANSLATE_NOOP("printing", "En retard")),
            [[a.name or _t(QT_TRANSLATE_NOOP("printing", "Sans collectivité")), str(a.open),
              str(a.overdue)] for a in board.actions],
            (0.6, 0.2, 0.2), width))
    else:
        flow.append(Paragraph(para(_t(NONE)), st.body))

    heading(QT_TRANSLATE_NOOP("printing", "Expérimentations"))
    flow.append(Paragraph(para(" · ".join(
        f"{label(status)} : {n}" for status, n in board.experiments.items())), st.body))

    heading(QT_TRANSLATE_NOOP("printing", "Évaluation des ateliers (moyenne sur 5)"))
    if board.evaluations:
        flow.append(_table(
            (QT_TRANSLATE_NOOP("printing", "Date"), QT_TRANSLATE_NOOP("printing", "Atelier"),
             QT_TRANSLATE_NOOP("printing", "Moyenne"),
             QT_TRANSLATE_NOOP("printing", "Réponses")),
            [[long_date(e.date), e.title, f"{e.mean:.2f}".replace(".", ","), str(e.answers)]
             for e in board.evaluations],
            (0.2, 0.5, 0.15, 0.15), width))
    else:
        flow.append(Paragraph(para(_t(NONE)), st.body))

    heading(QT_TRANSLATE_NOOP("printing", "Points d'attention"))
    notes = []
    if data.timeline.undated:
        notes.append(_t(QT_TRANSLATE_NOOP("printing", "À dater : {titles}"),
                        titles=" ; ".join(b.title for b in data.timeline.undated)))
    outside = data.timeline.outside_phases
    if outside:
        notes.append(_t(QT_TRANSLATE_NOOP("printing", "Hors de toute phase : {titles}"),
                        titles=" ; ".join(f"{b.title} ({long_date(b.date)})" for b in outside)))
    for cid, tid in sorted(data.grid.absent, key=lambda k: (names[k[0]], k[1])):
        notes.append(_t(QT_TRANSLATE_NOOP(
            "printing", "{collectivite} : personne aux deux derniers ateliers de « {expedition} »"),
            collectivite=names[cid], expedition=data.expeditions.get(tid, "")))
    for note in notes or [_t(NONE)]:
        flow.append(Paragraph(para(note), st.body))
        flow.append(Spacer(0, 1.5 * mm))
    return [Section("programme-summary", PAGE, flow)]
