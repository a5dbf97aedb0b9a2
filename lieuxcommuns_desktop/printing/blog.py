"""The minutes for the programme's blog: Markdown and one self-contained HTML page.

Both carry the licence. User text is escaped for each format (Markdown's
punctuation here; the HTML page is rendered by :mod:`publishing.minutes` from
the published site's own templates, with Jinja2's autoescaping, quotes
included) so a note can never inject markup or load a file, and characters
XML 1.0 forbids are dropped so the page always parses. The HTML embeds the
stakeholder maps as inline SVG.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TypedDict

from ..core.enums import ActeurCategory, NoteKind
from ..core.fileio import write_atomic
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.labels import label
from . import atelier_experiments, photos_votes
from .data import AtelierData, NoteData, Person, Step, notes_by_step
from .format import attendance_sentence, clock, duration, long_date
from .text import xml_safe

CTX = "printing"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=]|\d+\.)", re.MULTILINE)


def _t(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def md_escape(value: object) -> str:
    text = xml_safe(value)
    text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return text.replace("\n", "  \n")


def _md_cell(value: object) -> str:
    """A table cell stays on its row: line breaks become spaces."""
    return md_escape(" ".join(xml_safe(value).split()))


class _Sections(TypedDict):
    present: list[Person]
    attendance: str
    counts: list[tuple[str, int]]
    notes_by_step: list[tuple[str, list[NoteData]]]
    decisions: list[NoteData]


def _sections(data: AtelierData) -> _Sections:
    """The minutes' content as plain values, shared by both formats."""
    present = [p for p in data.people if p.present]
    counts = Counter(p.category for p in present)
    return {
        "present": present,
        "attendance": attendance_sentence(len(present), len(data.people),
                                          sum(1 for p in present if p.walk_in)),
        "counts": [(label(c), counts[c.value]) for c in ActeurCategory if counts.get(c.value)],
        "notes_by_step": [
            (step.title if step else _t(QT_TRANSLATE_NOOP("printing", "Hors séquence")), notes)
            for step, notes in notes_by_step(data)],
        "decisions": [n for n in data.notes if n.kind == NoteKind.DECISION.value],
    }


def _real(step: Step) -> str:
    if step.actual_minutes is None:
        return "—"
    return (f"{clock(step.actual_start)} – {clock(step.actual_end)} "
            f"({duration(step.actual_minutes)})")


def markdown(data: AtelierData, image_folder: str = "photos") -> str:
    s = _sections(data)
    out = [
        f"# {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Compte-rendu')))} — "
        f"{md_escape(data.title)}",
        "",
        f"*{md_escape(long_date(data.date))}" + (f" — {md_escape(data.place)}*" if data.place
                                                  else "*"),
        "",
    ]
    if data.objective:
        out += [md_escape(data.objective), ""]
    out += [f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Participation')))}", "",
            md_escape(s["attendance"]), ""]
    for name, count in s["counts"]:
        out.append(f"- {md_escape(name)} : {count}")
    out += ["", f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Déroulé : prévu et réel')))}",
            "",
            "| " + " | ".join(md_escape(_t(h)) for h in (
                QT_TRANSLATE_NOOP("printing", "Séquence"), QT_TRANSLATE_NOOP("printing", "Prévu"),
                QT_TRANSLATE_NOOP("printing", "Réel"))) + " |",
            "|---|---|---|"]
    for step in data.steps:
        out.append(f"| {_md_cell(step.title)} | {clock(step.start)} – "
                   f"{clock(step.end)} ({duration(step.minutes)}) | {_real(step)} |")
    out += ["", f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Notes par séquence')))}", ""]
    for title, notes in s["notes_by_step"]:
        out += [f"### {md_escape(' '.join(title.split()))}", ""]
        for note in notes:
            out.append(f"- **{md_escape(label(NoteKind(note.kind)))}** "
                       f"({clock(note.created_at)}) — {md_escape(note.text)}")
        out.append("")
    out += [f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Décisions')))}", ""]
    out += [f"- {md_escape(n.text)}" for n in s["decisions"]] or [
        md_escape(_t(QT_TRANSLATE_NOOP("printing", "Aucune décision notée.")))]
    out += ["", f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Actions')))}", ""]
    if data.actions:
        out += ["| " + " | ".join(md_escape(_t(h)) for h in (
            QT_TRANSLATE_NOOP("printing", "Qui"), QT_TRANSLATE_NOOP("printing", "Quoi"),
            QT_TRANSLATE_NOOP("printing", "Pour quand"), QT_TRANSLATE_NOOP("printing", "Fait")))
            + " |", "|---|---|---|---|"]
        for a in data.actions:
            out.append(f"| {_md_cell(a.owner or '—')} | {_md_cell(a.text)} | "
                       f"{long_date(a.due_date) if a.due_date else '—'} | "
                       f"{'✓' if a.done else ''} |")
    else:
        out.append(md_escape(_t(QT_TRANSLATE_NOOP("printing", "Aucune action."))))
    out += atelier_experiments.markdown_lines(data.experiments, md_escape)
    out += ["", *photos_votes.markdown_lines(data, image_folder)]
    out += ["", "---", "", md_escape(_licence_line(data)), ""]
    return "\n".join(out)


def _licence_line(data: AtelierData) -> str:
    return _t(QT_TRANSLATE_NOOP(
        "printing", "{programme} — publié sous licence {licence}."),
        programme=data.programme, licence=data.licence)


def html_page(data: AtelierData, map_svg: str = "", *, with_maps: bool | None = None) -> str:
    """The minutes as one self-contained page, from the published site's templates.

    ``publishing.minutes`` renders it with the site's ``minutes.html`` and
    ``atelier_body.html``: the same markup, partials and escaping as an atelier
    page of the site, the stylesheet inline, images as ``data:`` URIs. The maps
    (each with its backdrop when switched on for print) are drawn when
    ``with_maps`` is true — by default when a ``map_svg`` is given, as before;
    the participation counts are the minutes' own section, never in the site.
    """
    from ..publishing.minutes import render_minutes

    s = _sections(data)
    participation = {
        "heading": _t(QT_TRANSLATE_NOOP("printing", "Participation")),
        "sentence": s["attendance"],
        "counts": s["counts"],
    }
    return render_minutes(data, participation, _licence_line(data),
                          with_maps=bool(map_svg) if with_maps is None else with_maps)


def write_text(target: Path | str, content: str) -> Path:
    """Write beside the target then rename, so a failure keeps the old file."""
    return write_atomic(target, content)


def first_map_svg(data: AtelierData) -> str:
    """The atelier's first map as inline SVG, or "" when it has none."""
    if not data.maps:
        return ""
    from .map_svg import render

    return render(data.maps[0])
