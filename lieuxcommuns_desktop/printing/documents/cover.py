"""Cover page: what, when, where, who — and under which licence."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ..data import AtelierData
from ..format import clock, duration, long_date
from ..layout import RULE, SUBTITLE, Section, label_column, paragraphs, styles
from ..options import KitOptions
from ..tables import kit_table
from ..text import line, para

CTX = "printing"


def build(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    rows = [
        (QT_TRANSLATE_NOOP("printing", "Date"), long_date(data.date)),
        (QT_TRANSLATE_NOOP("printing", "Horaires"),
         f"{clock(data.start_time)} – {clock(data.steps[-1].end) if data.steps else '—'}"
         f" ({duration(data.total_minutes)})"),
        (QT_TRANSLATE_NOOP("printing", "Lieu"), data.place),
        (QT_TRANSLATE_NOOP("printing", "Collectivité"), data.collectivite),
        (QT_TRANSLATE_NOOP("printing", "Ressource"),
         ", ".join(x for x in (data.ressource, data.ressource_place) if x)),
        (QT_TRANSLATE_NOOP("printing", "Thématique"), data.thematique),
        (QT_TRANSLATE_NOOP("printing", "Animation"), data.facilitators),
    ]
    table = kit_table(
        [[Paragraph(tr(CTX, label), st.label), paragraphs(value or "—", st.body)]
         for label, value in rows],
        [label_column([tr(CTX, label) for label, _v in rows], 40 * mm), None], commands=[
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ])
    flow = [
        *paragraphs(data.programme, st.h2),
        Spacer(0, 30 * mm),
        *paragraphs(data.title, st.title),
        *paragraphs(data.objective, st.big),
        Spacer(0, 12 * mm),
        table,
        Spacer(0, 20 * mm),
        Paragraph(
            tr(CTX, QT_TRANSLATE_NOOP(
                "printing", "Documents publiés sous licence {licence}. Vous pouvez les copier, "
                "les adapter et les partager en citant la source et sous la même licence."),
               licence=para(line(data.licence, SUBTITLE))),
            st.small,
        ),
    ]
    return [Section("cover", "a4", flow)]
