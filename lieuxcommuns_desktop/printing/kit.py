"""Assemble the chosen documents of an atelier into one PDF, written safely."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..core.services.notebook import Notebook
from . import data as kit_data
from .documents import agenda, attendance, cover, evaluation, maps, matrices, minutes
from .layout import Footer, Section, write_pdf
from .options import DOCUMENTS, KitOptions

Builder = Callable[[kit_data.AtelierData, KitOptions], list[Section]]

BUILDERS: dict[str, Builder] = {
    "cover": cover.build,
    "agenda": agenda.build_participant,
    "facilitator": agenda.build_facilitator,
    "map": maps.build_maps,
    "templates": maps.build_templates,
    "roles": matrices.build_roles,
    "decisions": matrices.build_decisions,
    "commons": matrices.build_commons,
    "attendance": attendance.build,
    "minutes": minutes.build,
    "evaluation": evaluation.build,
}


def sections(data: kit_data.AtelierData, options: KitOptions) -> list[Section]:
    result: list[Section] = []
    for key in DOCUMENTS:
        if key in options.documents and key in BUILDERS:
            result.extend(BUILDERS[key](data, options))
    return result


def write_kit(
    nb: Notebook, atelier_id: str, target: Path | str, options: KitOptions | None = None,
    progress: Callable[[int], None] | None = None, *, letter_since: dt.date | None = None,
) -> Path:
    """Write the atelier's chosen documents to ``target``.

    ``"letter"`` among the documents (the print dialog offers it, unticked)
    appends the programme's *lettre de suivi* — every experiment, or those
    changed since ``letter_since`` — to hand to the second circle in the room.
    """
    options = options or KitOptions()
    atelier = kit_data.load(nb, atelier_id)
    result = sections(atelier, options)
    if "letter" in options.documents:
        from ..core.services import experiments_views
        from . import letter
        from .layout import MARGIN, PAGE_SIZES

        result += letter.build(experiments_views.letter(nb, since=letter_since),
                               PAGE_SIZES[letter.PAGE][0] - 2 * MARGIN)
    return write_pdf(target, result, Footer(atelier.programme, atelier.licence),
                     title=atelier.title, progress=progress)
