"""Stakeholder maps, filled and as blank A3 templates to fill by hand."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ...core.enums import MapLayout
from ...core.i18n import QT_TRANSLATE_NOOP, tr
from ..data import AtelierData, MapData
from ..layout import SUBTITLE, Section, styles
from ..map_pdf import MapFlowable
from ..options import KitOptions
from ..text import line, para

CTX = "printing"


def build_maps(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    sections = []
    for smap in data.maps:
        title = smap.title or tr(CTX, QT_TRANSLATE_NOOP("printing", "Carte des acteurs"))
        sections.append(Section("map", options.canvas_page, [
            Paragraph(para(line(title, SUBTITLE)), st.h1),
            Paragraph(para(line(data.title, SUBTITLE)), st.small),
            MapFlowable(smap, height_share=0.92),
        ]))
    return sections


def build_templates(data: AtelierData, options: KitOptions) -> list[Section]:
    st = styles()
    sections = []
    for layout, title in (
        (MapLayout.ONION, QT_TRANSLATE_NOOP(
            "printing", "Carte des acteurs — l'oignon (à remplir)")),
        (MapLayout.POWER_INTEREST, QT_TRANSLATE_NOOP(
            "printing", "Carte des acteurs — pouvoir / intérêt (à remplir)")),
    ):
        empty = MapData(title="", layout=layout.value, placements=[], relations=[])
        sections.append(Section("templates", options.canvas_page, [
            Paragraph(para(tr(CTX, title)), st.h1),
            Paragraph(para(line(data.title, SUBTITLE)), st.small),
            MapFlowable(empty, blank_layout=layout.value, height_share=0.92),
        ]))
    return sections
