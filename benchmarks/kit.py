"""How long the printed kit takes, beside plain reportlab doing the same pages.

Prints, for the largest demo atelier and for a generated atelier of 100
acteurs, 40 participants and 500 notes: the kit's time, its page count, and
the time of a plain reportlab document of as many pages of plain text (the
baseline), with the ratio. Targets: demo kit within 2 s; large kit within 3×
its baseline. Run: ``python benchmarks/kit.py``.

Then the hostile atelier of issue 12: an acteur name of 40,000 characters on
the map, a note of 1 MB, labels of 5,000 — its kit beside the same baseline —
and the card-name fitting alone: the old elision (one character removed per
measure, quadratic) on a name of N characters beside today's bisection.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ActeurCategory, NoteKind
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.printing import fonts
from lieuxcommuns_desktop.printing.kit import write_kit

ROUNDS = 3


def large_atelier(folder: Path) -> tuple[Notebook, str]:
    rng = random.Random(7)
    nb = Notebook.create(folder / "large.lieux", title="Banc d'essai")
    atelier = records.create(nb, m.Atelier, title="Grand atelier", date=dt.date(2026, 5, 4),
                             start_time=dt.time(9, 0), place="Halle")
    objects: list[m.Record] = []
    steps = [m.Sequence(id=m.new_id(), atelier_id=atelier.id, position=i, title=f"Séquence {i}",
                        minutes=20, instructions="Vous échangez par groupes. " * 6)
             for i in range(9)]
    acteurs = [m.Acteur(id=m.new_id(), name=f"Acteur {i} de la vallée",
                        category=list(ActeurCategory)[i % 8]) for i in range(100)]
    objects += steps + acteurs
    smap = m.StakeholderMap(id=m.new_id(), atelier_id=atelier.id, title="Carte")
    objects.append(smap)
    objects += [m.MapPlacement(map_id=smap.id, acteur_id=a.id, x=rng.uniform(-440, 440),
                               y=rng.uniform(-440, 440)) for a in acteurs]
    objects += [m.Relation(map_id=smap.id, source_id=rng.choice(acteurs).id,
                           target_id=rng.choice(acteurs).id) for _ in range(150)]
    for i in range(40):
        person = m.Participant(id=m.new_id(), last_name=f"Nom{i:02d}", first_name="Prénom",
                               acteur_id=acteurs[i].id, email=f"p{i}@example.org")
        objects += [person, m.Attendance(atelier_id=atelier.id, participant_id=person.id,
                                         present=i % 4 != 0)]
    for i, a in enumerate(acteurs[:12]):
        objects += [m.MatrixColumn(atelier_id=atelier.id, matrix="roles", acteur_id=a.id,
                                   position=i),
                    m.MatrixColumn(atelier_id=atelier.id, matrix="decisions", acteur_id=a.id,
                                   position=i)]
    for i in range(500):
        objects.append(m.Note(atelier_id=atelier.id, sequence_id=steps[i % 9].id,
                              kind=list(NoteKind)[i % 6], text=f"Note {i} : " + "mot " * 20))
    records.create_many(nb, objects)
    return nb, atelier.id


def hostile_atelier(folder: Path) -> tuple[Notebook, str]:
    """Issue 12's long texts: a 40,000-character name, a 1 MB note, 5,000-character labels."""
    nb = Notebook.create(folder / "hostile.lieux", title="Textes longs")
    atelier = records.create(nb, m.Atelier, title="Atelier aux textes longs",
                             date=dt.date(2026, 5, 4), start_time=dt.time(9, 0))
    step = records.create(nb, m.Sequence, atelier_id=atelier.id, position=0,
                          title="Étape " * 333, minutes=30)
    acteurs = [records.create(nb, m.Acteur, name=name, category="habitants")
               for name in ("X" * 40_000, "Nom " * 150, "Mairie")]
    smap = records.create(nb, m.StakeholderMap, atelier_id=atelier.id, title="Carte")
    for i, acteur in enumerate(acteurs):
        records.create(nb, m.MapPlacement, map_id=smap.id, acteur_id=acteur.id,
                       x=-200.0 + 200 * i, y=0.0)
        for matrix in ("roles", "decisions"):
            records.create(nb, m.MatrixColumn, atelier_id=atelier.id, matrix=matrix,
                           acteur_id=acteur.id, position=i)
    resp = records.create(nb, m.Responsibility, atelier_id=atelier.id, label="Tâche " * 833)
    records.create(nb, m.RoleCell, responsibility_id=resp.id, acteur_id=acteurs[0].id,
                   value="A")
    records.create(nb, m.Decision, atelier_id=atelier.id, label="Décision " * 555)
    records.create(nb, m.Note, atelier_id=atelier.id, sequence_id=step.id, kind="decision",
                   text="mot " * 250_000)
    return nb, atelier.id


def fitting(length: int) -> tuple[float, float]:
    """Seconds to elide a ``length``-character name: old linear loop, today's bisection."""
    from lieuxcommuns_desktop.printing.map_drawing import fit_lines
    from lieuxcommuns_desktop.printing.map_svg import SvgPainter

    painter, name = SvgPainter(), "X" * length

    def old_fit(text: str, width: float, size: float) -> str:
        if painter.text_width(text, size) <= width:
            return text
        while text and painter.text_width(text + "…", size) > width:
            text = text[:-1]
        return text.rstrip() + "…"

    start = time.perf_counter()
    old_fit(name, 102, 11)
    old = time.perf_counter() - start
    start = time.perf_counter()
    fit_lines(painter, name, 102, 38)
    return old, time.perf_counter() - start


def baseline(target: Path, pages: int) -> float:
    """Plain paragraphs in the kit's own embedded font, one page of text per page."""
    style = getSampleStyleSheet()["Normal"].clone("plain", fontName=fonts.register())
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page} : " + "texte simple " * 40, style)
                  for _ in range(8)]
        story.append(PageBreak())
    start = time.perf_counter()
    SimpleDocTemplate(str(target), pagesize=A4).build(story)
    return time.perf_counter() - start


def timed_kit(nb: Notebook, atelier_id: str, target: Path) -> tuple[float, int]:
    start = time.perf_counter()
    write_kit(nb, atelier_id, target)
    elapsed = time.perf_counter() - start
    return elapsed, len(pypdf.PdfReader(target).pages)


def measure(label: str, nb: Notebook, atelier_id: str, folder: Path) -> None:
    kits, bases, pages = [], [], 0
    for _ in range(ROUNDS):  # alternate so both see the same machine load
        seconds, pages = timed_kit(nb, atelier_id, folder / "kit.pdf")
        kits.append(seconds)
        bases.append(baseline(folder / "base.pdf", pages))
    kit, base = statistics.median(kits), statistics.median(bases)
    print(f"{label:<28} {pages:>5} p  kit {kit:6.2f} s   plain reportlab {base:6.2f} s"
          f"   ratio {kit / base:4.1f}x")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"median of {ROUNDS} alternating runs")
        try:
            from lieuxcommuns_desktop.core.demo import build_demo
        except ImportError:
            print("demo notebook: not available in this tree")
        else:
            build_demo(folder / "demo.lieux")
            nb = Notebook.open(folder / "demo.lieux", readonly=True)
            largest = max(records.all_of(nb, m.Atelier),
                          key=lambda a: records.count(nb, m.Note, atelier_id=a.id))
            measure(f"demo: {largest.title[:20]}", nb, largest.id, folder)
            nb.close()
        nb, atelier_id = large_atelier(folder)
        measure("100 acteurs, 40 pers., 500 n.", nb, atelier_id, folder)
        nb.close()
        nb, atelier_id = hostile_atelier(folder)
        measure("40k name, 1 MB note, 5k labels", nb, atelier_id, folder)
        nb.close()
        for length in (2_000, 5_000, 10_000):
            old, new = fitting(length)
            print(f"card name of {length:>6} chars   old one-by-one {old:7.3f} s"
                  f"   bisection {new:7.4f} s   ratio {old / new:8.0f}x")


if __name__ == "__main__":
    main()
