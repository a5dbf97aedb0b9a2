"""The minutes for the programme's blog: Markdown and one self-contained HTML page.

Both carry the licence. User text is escaped for each format (Markdown's
punctuation, HTML entities) so a note can never inject markup or load a file.
The HTML embeds the stakeholder map as inline SVG when :mod:`map_svg` can draw it.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from ..core.enums import ActeurCategory, NoteKind
from ..core.fileio import write_atomic
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.labels import label
from . import atelier_experiments
from .data import AtelierData
from .format import clock, duration, long_date

CTX = "printing"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=]|\d+\.)", re.MULTILINE)


def _t(text: str, **params: object) -> str:
    return tr(CTX, text, **params)


def md_escape(value: object) -> str:
    text = "" if value is None else str(value)
    text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return text.replace("\n", "  \n")


def _sections(data: AtelierData) -> dict[str, object]:
    """The minutes' content as plain values, shared by both formats."""
    present = [p for p in data.people if p.present]
    counts = Counter(p.category for p in present)
    notes_by_step: dict[str, list] = {}
    titles = [s.title for s in data.steps]
    for note in data.notes:
        notes_by_step.setdefault(note.step_title if note.step_title in titles else "",
                                 []).append(note)
    return {
        "present": present,
        "counts": [(label(c), counts[c.value]) for c in ActeurCategory if counts.get(c.value)],
        "notes_by_step": [(t, notes_by_step[t]) for t in [*titles, ""] if t in notes_by_step],
        "decisions": [n for n in data.notes if n.kind == NoteKind.DECISION.value],
    }


def markdown(data: AtelierData) -> str:
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
            md_escape(_t(QT_TRANSLATE_NOOP(
                "printing", "{present} personnes présentes sur {invited} inscrites, "
                "dont {walk_ins} venues sans inscription."),
                present=len(s["present"]), invited=len(data.people),
                walk_ins=sum(1 for p in s["present"] if p.walk_in))), ""]
    for name, count in s["counts"]:
        out.append(f"- {md_escape(name)} : {count}")
    out += ["", f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Déroulé : prévu et réel')))}",
            "",
            "| " + " | ".join(md_escape(_t(h)) for h in (
                QT_TRANSLATE_NOOP("printing", "Séquence"), QT_TRANSLATE_NOOP("printing", "Prévu"),
                QT_TRANSLATE_NOOP("printing", "Réel"))) + " |",
            "|---|---|---|"]
    for step in data.steps:
        real = "—" if step.actual_minutes is None else (
            f"{clock(step.actual_start)} – {clock(step.actual_end)} "
            f"({duration(step.actual_minutes)})")
        out.append(f"| {md_escape(step.title).replace('|', '/')} | {clock(step.start)} – "
                   f"{clock(step.end)} ({duration(step.minutes)}) | {real} |")
    out += ["", f"## {md_escape(_t(QT_TRANSLATE_NOOP('printing', 'Notes par séquence')))}", ""]
    for title, notes in s["notes_by_step"]:
        out += [f"### {md_escape(title or _t(QT_TRANSLATE_NOOP('printing', 'Hors séquence')))}",
                ""]
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
            out.append(f"| {md_escape(a.owner or '—')} | {md_escape(a.text)} | "
                       f"{long_date(a.due_date) if a.due_date else '—'} | "
                       f"{'✓' if a.done else ''} |")
    else:
        out.append(md_escape(_t(QT_TRANSLATE_NOOP("printing", "Aucune action."))))
    out += atelier_experiments.markdown_lines(data.experiments, md_escape)
    out += ["", "---", "", md_escape(_licence_line(data)), ""]
    return "\n".join(out)


def _licence_line(data: AtelierData) -> str:
    return _t(QT_TRANSLATE_NOOP(
        "printing", "{programme} — publié sous licence {licence}."),
        programme=data.programme, licence=data.licence)


def html_page(data: AtelierData, map_svg: str = "") -> str:
    s = _sections(data)
    e = html.escape
    parts = [
        "<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
        f"<title>{e(data.title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="license" content="{e(data.licence)}">',
        "<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;"
        "padding:0 1rem;color:#1a1a1a;line-height:1.5}table{border-collapse:collapse;"
        "width:100%}td,th{border-bottom:1px solid #bbb;padding:.3rem .5rem;text-align:left;"
        "vertical-align:top}th{background:#eee}.kind{font-weight:600}"
        "figure svg{max-width:100%;height:auto}footer{margin-top:3rem;color:#555;"
        "font-size:.9rem}</style></head><body>",
        f"<h1>{e(_t(QT_TRANSLATE_NOOP('printing', 'Compte-rendu')))} — {e(data.title)}</h1>",
        f"<p><em>{e(long_date(data.date))}{(' — ' + e(data.place)) if data.place else ''}"
        "</em></p>",
    ]
    if data.objective:
        parts.append(f"<p>{e(data.objective)}</p>")
    parts.append(f"<h2>{e(_t(QT_TRANSLATE_NOOP('printing', 'Participation')))}</h2>")
    parts.append("<p>" + e(_t(QT_TRANSLATE_NOOP(
        "printing", "{present} personnes présentes sur {invited} inscrites, "
        "dont {walk_ins} venues sans inscription."),
        present=len(s["present"]), invited=len(data.people),
        walk_ins=sum(1 for p in s["present"] if p.walk_in))) + "</p>")
    if s["counts"]:
        parts.append("<ul>" + "".join(f"<li>{e(n)} : {c}</li>" for n, c in s["counts"])
                     + "</ul>")
    if map_svg:
        parts.append(f"<h2>{e(_t(QT_TRANSLATE_NOOP('printing', 'Carte des acteurs')))}</h2>")
        parts.append(f"<figure>{map_svg}</figure>")
    parts.append(f"<h2>{e(_t(QT_TRANSLATE_NOOP('printing', 'Déroulé : prévu et réel')))}</h2>")
    parts.append("<table><tr>" + "".join(f"<th>{e(_t(h))}</th>" for h in (
        QT_TRANSLATE_NOOP("printing", "Séquence"), QT_TRANSLATE_NOOP("printing", "Prévu"),
        QT_TRANSLATE_NOOP("printing", "Réel"))) + "</tr>")
    for step in data.steps:
        real = "—" if step.actual_minutes is None else (
            f"{clock(step.actual_start)} – {clock(step.actual_end)} "
            f"({duration(step.actual_minutes)})")
        parts.append(f"<tr><td>{e(step.title)}</td><td>{clock(step.start)} – "
                     f"{clock(step.end)} ({duration(step.minutes)})</td><td>{e(real)}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2>{e(_t(QT_TRANSLATE_NOOP('printing', 'Notes par séquence')))}</h2>")
    for title, notes in s["notes_by_step"]:
        heading = title or _t(QT_TRANSLATE_NOOP("printing", "Hors séquence"))
        parts.append(f"<h3>{e(heading)}</h3><ul>")
        for note in notes:
            text = e(note.text).replace("\n", "<br>")
            parts.append(f'<li><span class="kind">{e(label(NoteKind(note.kind)))}</span> '
                         f"({clock(note.created_at)}) — {text}</li>")
        parts.append("</ul>")
    parts.append(f"<h2>{e(_t(QT_TRANSLATE_NOOP('printing', 'Décisions')))}</h2><ul>")
    parts += [f"<li>{e(n.text)}</li>" for n in s["decisions"]]
    parts.append("</ul>")
    parts.append(f"<h2>{e(_t(QT_TRANSLATE_NOOP('printing', 'Actions')))}</h2>")
    parts.append("<table><tr>" + "".join(f"<th>{e(_t(h))}</th>" for h in (
        QT_TRANSLATE_NOOP("printing", "Qui"), QT_TRANSLATE_NOOP("printing", "Quoi"),
        QT_TRANSLATE_NOOP("printing", "Pour quand"), QT_TRANSLATE_NOOP("printing", "Fait")))
        + "</tr>")
    for a in data.actions:
        parts.append(f"<tr><td>{e(a.owner or '—')}</td><td>{e(a.text)}</td>"
                     f"<td>{e(long_date(a.due_date)) if a.due_date else '—'}</td>"
                     f"<td>{'✓' if a.done else ''}</td></tr>")
    parts.append("</table>")
    parts += atelier_experiments.html_parts(data.experiments, e)
    parts.append(f'<footer><p>{e(_licence_line(data))}</p></footer></body></html>')
    return "\n".join(parts)


def write_text(target: Path | str, content: str) -> Path:
    """Write beside the target then rename, so a failure keeps the old file."""
    return write_atomic(target, content)


def first_map_svg(data: AtelierData) -> str:
    """The atelier's first map as inline SVG, or "" when it has none."""
    if not data.maps:
        return ""
    from .map_svg import render

    return render(data.maps[0])
