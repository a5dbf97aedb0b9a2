"""The experiments an atelier gave birth to or reviewed, in its minutes (PDF, MD, HTML).

One section after the actions, only when there is something to list: the
facilitator's minutes say what the room started, and the second circle reads
which experiments were discussed again. One sentence per experiment, written
here once for the three formats; each caller passes its own escaping.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph

from ..core.enums import AtelierLinkRole
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.labels import label
from ..core.services.experiments_views import AtelierExperiment
from .layout import styles
from .text import para

CTX = "printing"
TITLE = QT_TRANSLATE_NOOP("printing", "Expérimentations")
BORN = QT_TRANSLATE_NOOP("printing", "« {title} » — née de cet atelier — {status}")
REVIEWED = QT_TRANSLATE_NOOP("printing", "« {title} » — suivie lors de cet atelier — {status}")
LEAD = QT_TRANSLATE_NOOP("printing", " (portée par {lead})")


def sentences(items: list[AtelierExperiment]) -> list[str]:
    out = []
    for item in items:
        text = BORN if item.role is AtelierLinkRole.ORIGINE else REVIEWED
        line = tr(CTX, text, title=item.title, status=label(item.status))
        out.append(line + (tr(CTX, LEAD, lead=item.lead) if item.lead else ""))
    return out


def pdf_flowables(items: list[AtelierExperiment]) -> list[Flowable]:
    if not items:
        return []
    st = styles()
    return [Paragraph(para(tr(CTX, TITLE)), st.h2),
            *(Paragraph("• " + para(line), st.body) for line in sentences(items))]


def markdown_lines(items: list[AtelierExperiment], escape: Callable[[str], str]) -> list[str]:
    if not items:
        return []
    return ["", f"## {escape(tr(CTX, TITLE))}", "",
            *(f"- {escape(line)}" for line in sentences(items))]


def html_parts(items: list[AtelierExperiment], escape: Callable[[str], str]) -> list[str]:
    if not items:
        return []
    return [f"<h2>{escape(tr(CTX, TITLE))}</h2>", "<ul class=\"experiments\">",
            *(f"<li>{escape(line)}</li>" for line in sentences(items)), "</ul>"]
