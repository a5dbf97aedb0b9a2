"""The minutes' photos (per séquence, with captions) and dot votes, in every format.

Kept apart from ``documents/minutes.py`` and ``blog.py`` (each calls one
function here) so that the photo and vote sections grow without touching the
rest of the minutes. Photos are the stored JPEGs, already stripped of every
metadata block at import: the PDF embeds them, the HTML page inlines them as
``data:`` URIs (one self-contained file for the blog), and the Markdown refers
to image files written beside it (:func:`photo_files`).
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, tr, translate
from ..core.services.atelier_views import PhotoItem, PrintBackdrop, VoteItem
from ..core.votes import Ranked

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

CTX = "printing"


def _t(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def by_step(items: list[PhotoItem], order: list[str]) -> list[tuple[str, list[PhotoItem]]]:
    """Photos grouped in the agenda's order, the atelier's own ones last.

    Each title once: two séquences named "Pause" share one heading rather
    than printing the same photos twice.
    """
    groups: dict[str, list[PhotoItem]] = {}
    for item in items:
        groups.setdefault(item.step_title if item.step_title in order else "", []).append(item)
    return [(t, groups[t]) for t in dict.fromkeys([*order, ""]) if t in groups]


def rank_text(item: Ranked) -> str:
    """"1", or "1 =" when tied: ties are marked the same way on screen and on paper."""
    return f"{item.rank} =" if item.tied else str(item.rank)


def _heading(title: str) -> str:
    return title or _t(QT_TRANSLATE_NOOP("printing", "Hors séquence"))


def _round_name(name: str) -> str:
    return name or _t(QT_TRANSLATE_NOOP("printing", "Résultats"))


# -- PDF ----------------------------------------------------------------------------
def pdf_flow(data: object) -> list[Flowable]:
    """Flowables for the minutes: photos per séquence, then the votes."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Image as PdfImage
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from .layout import grid_table, styles
    from .text import para

    st = styles()
    flow: list[Flowable] = []
    photos: list[PhotoItem] = getattr(data, "photos", [])
    order = [s.title for s in getattr(data, "steps", [])]
    if photos:
        flow.append(Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Photos par séquence")), st.h2))
    for title, items in by_step(photos, order):
        flow.append(Paragraph(f"<b>{para(_heading(title))}</b>", st.body))
        for item in items:
            scale = min(120 * mm / max(item.width, 1), 85 * mm / max(item.height, 1))
            import io

            image = PdfImage(io.BytesIO(item.data), width=item.width * scale,
                             height=item.height * scale)
            image.hAlign = "LEFT"
            caption = item.caption or item.alt_text
            block = [image]
            if caption:
                block.append(Paragraph(para(caption), st.cell))
            flow.append(KeepTogether([*block, Spacer(0, 3 * mm)]))
    votes: list[VoteItem] = getattr(data, "votes", [])
    if votes:
        flow.append(Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Votes (gommettes)")), st.h2))
    for vote in votes:
        flow.append(Paragraph(f"<b>{para(vote.question)}</b> — {para(_heading(vote.step_title))}",
                              st.body))
        for name, ranked in vote.rounds:
            rows = [[Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Rang")), st.cell_bold),
                     Paragraph(para(_round_name(name)), st.cell_bold),
                     Paragraph(_t(QT_TRANSLATE_NOOP("printing", "Gommettes")), st.cell_bold)]]
            rows += [[rank_text(r), Paragraph(para(r.label), st.cell), str(r.count)]
                     for r in ranked]
            flow.append(grid_table(rows, [16 * mm, None, 24 * mm]))
            flow.append(Spacer(0, 2 * mm))
    return flow


# -- HTML ---------------------------------------------------------------------------
def html_parts(data: object) -> list[str]:
    """Sections of the blog page; images inline as ``data:`` URIs (a single file)."""
    e = html.escape
    parts: list[str] = []
    photos: list[PhotoItem] = getattr(data, "photos", [])
    order = [s.title for s in getattr(data, "steps", [])]
    if photos:
        parts.append(f"<h2>{e(_t(QT_TRANSLATE_NOOP('printing', 'Photos par séquence')))}</h2>")
    for title, items in by_step(photos, order):
        parts.append(f"<h3>{e(_heading(title))}</h3>")
        for item in items:
            uri = "data:image/jpeg;base64," + base64.b64encode(item.data).decode("ascii")
            caption = f"<figcaption>{e(item.caption)}</figcaption>" if item.caption else ""
            parts.append(f'<figure><img src="{uri}" alt="{e(item.alt_text)}" '
                         f'width="{item.width}" height="{item.height}" '
                         f'style="max-width:100%;height:auto">{caption}</figure>')
    votes: list[VoteItem] = getattr(data, "votes", [])
    if votes:
        parts.append(f"<h2>{e(_t(QT_TRANSLATE_NOOP('printing', 'Votes (gommettes)')))}</h2>")
    for vote in votes:
        parts.append(f"<h3>{e(vote.question)} — {e(_heading(vote.step_title))}</h3>")
        for name, ranked in vote.rounds:
            parts.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in (
                _t(QT_TRANSLATE_NOOP("printing", "Rang")), _round_name(name),
                _t(QT_TRANSLATE_NOOP("printing", "Gommettes")))) + "</tr>")
            parts += [f"<tr><td>{e(rank_text(r))}</td><td>{e(r.label)}</td>"
                      f"<td>{r.count}</td></tr>" for r in ranked]
            parts.append("</table>")
    return parts


# -- Markdown -----------------------------------------------------------------------
def markdown_lines(data: object, image_folder: str) -> list[str]:
    """Sections of the Markdown minutes; images refer to ``image_folder/<file>``."""
    from .blog import md_escape

    out: list[str] = []
    photos: list[PhotoItem] = getattr(data, "photos", [])
    order = [s.title for s in getattr(data, "steps", [])]
    if photos:
        out += [f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Photos par séquence')))}", ""]
    for title, items in by_step(photos, order):
        out += [f"### {md_escape(_heading(title))}", ""]
        for item in items:
            alt = md_escape(item.alt_text).replace("\n", " ")
            out.append(f"![{alt}]({image_folder}/{item.file_name})")
            if item.caption:
                out += ["", f"*{md_escape(item.caption)}*"]
            out.append("")
    votes: list[VoteItem] = getattr(data, "votes", [])
    if votes:
        out += [f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Votes (gommettes)')))}", ""]
    for vote in votes:
        out += [f"### {md_escape(vote.question)} — {md_escape(_heading(vote.step_title))}", ""]
        for name, ranked in vote.rounds:
            out += [f"| {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Rang')))} | "
                    f"{md_escape(_round_name(name)).replace('|', '/')} | "
                    f"{md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Gommettes')))} |",
                    "|---|---|---|"]
            out += [f"| {rank_text(r)} | {md_escape(r.label).replace('|', '/')} | {r.count} |"
                    for r in ranked]
            out.append("")
    return out


def image_folder_for(target: Path | str) -> Path:
    """Where a Markdown export's images go: ``<name>-photos/`` beside it."""
    target = Path(target)
    return target.with_name(f"{target.stem}-photos")


def photo_files(data: object, target: Path | str) -> list[Path]:
    """Write the photos beside the Markdown file ``target``; returns the files written."""
    from ..core.fileio import write_atomic_bytes

    items: list[PhotoItem] = getattr(data, "photos", [])
    if not items:
        return []
    folder = image_folder_for(target)
    folder.mkdir(exist_ok=True)
    return [write_atomic_bytes(folder / item.file_name, item.data) for item in items]


def missing_alt_text(data: object) -> list[PhotoItem]:
    """Photos without an alt text: the blog's minutes are not published without one."""
    return [p for p in getattr(data, "photos", []) if not p.alt_text.strip()]


class AltTextMissingError(ValidationError):
    """The minutes cannot be published while a photo lacks its alt text."""

    @property
    def message(self) -> str:
        count = self.params.get("count")
        return translate(
            "printing", "%n photo(s) sans texte alternatif ({names}) : ajoutez-le dans "
            "l'onglet Photos avant de publier le compte-rendu.", None,
            count if isinstance(count, int) else 0, **self.params)


def refuse_missing_alt_text(data: object) -> None:
    """Publishing (HTML, Markdown) needs every photo's alt text; one line says which."""
    missing = missing_alt_text(data)
    if missing:
        names = ", ".join(p.caption or p.file_name for p in missing[:5])
        raise AltTextMissingError("alt_text", count=len(missing), names=names)


# -- the map's backdrop in print ----------------------------------------------------
def draw_pdf_backdrop(canvas: Canvas, backdrop: PrintBackdrop | None) -> None:
    """On a reportlab canvas already in map units with y down: the photo, upright, faded."""
    if backdrop is None:
        return
    import io

    from reportlab.lib.utils import ImageReader

    c = canvas
    c.saveState()
    c.setFillAlpha(backdrop.opacity)
    c.translate(backdrop.x, backdrop.y + backdrop.height)
    c.scale(1, -1)
    c.drawImage(ImageReader(io.BytesIO(backdrop.data)), 0, 0,
                backdrop.width, backdrop.height)
    c.restoreState()
