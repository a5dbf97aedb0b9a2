"""Publishing the programme as a static site: the demo, a big programme, a re-publication.

    python benchmarks/publish.py

Prints, each beside a baseline measured in the same run on the same notebook
(the interchange export, which also reads every row and writes one file):

* the demo programme published into an empty folder (target: within 3 s);
* a programme of 120 ateliers, 5,000 notes and 300 photos (ten of them
  without alt text, so withheld; one backdrop under a map in every tenth
  atelier), each atelier with a map and matrices (target: within 60 s);
* re-publishing the big programme after one edit (target: within 5 s), and
  how many files that rewrote.

Figures only: nothing here fails on a slow machine.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lieuxcommuns_desktop.core import interchange  # noqa: E402
from lieuxcommuns_desktop.core import model as m  # noqa: E402
from lieuxcommuns_desktop.core.demo import build_demo  # noqa: E402
from lieuxcommuns_desktop.core.enums import (  # noqa: E402
    ActeurCategory,
    MatrixVersion,
    NoteKind,
    ParticipationLevel,
    Raci,
)
from lieuxcommuns_desktop.core.services import records  # noqa: E402
from lieuxcommuns_desktop.core.services.notebook import Notebook  # noqa: E402
from lieuxcommuns_desktop.publishing.publish import publish  # noqa: E402

ATELIERS, NOTES, PHOTOS = 120, 5000, 300


def _jpeg(n: int) -> tuple[bytes, int, int]:
    """A distinct 1280 × 960 JPEG (a board photo's size once re-encoded, give or take)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1280, 960), (236 - n % 40, 232, 224))
    draw = ImageDraw.Draw(image)
    for k in range(12):
        x, y = 60 + (k % 4) * 300, 60 + (k // 4) * 300
        draw.rectangle((x, y, x + 220, y + 220), fill=((n * 37 + k * 50) % 255, 200, 120))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue(), 1280, 960


def build_big(path: Path) -> Path:
    rng = random.Random(17)
    nb = Notebook.create(path, title="Grand programme")
    try:
        with nb.write() as s:
            thematiques = [m.Thematique(id=m.new_id(), name=f"Expédition {i}", position=i)
                           for i in range(4)]
            collectivites = [m.Collectivite(id=m.new_id(), name=f"Ville {i}") for i in range(8)]
            acteurs = [m.Acteur(id=m.new_id(), name=f"Acteur {i}",
                                category=list(ActeurCategory)[i % 8]) for i in range(24)]
            people = [m.Participant(id=m.new_id(), first_name=f"Prénom{i}", last_name=f"Nom{i}",
                                    acteur_id=acteurs[i % 24].id, consent=i % 2 == 0,
                                    email=f"p{i}@exemple.org") for i in range(60)]
            s.add_all([*thematiques, *collectivites, *acteurs, *people])
            s.flush()
            for a in range(ATELIERS):
                atelier = m.Atelier(
                    id=m.new_id(), title=f"Atelier {a} : lieu partagé", objective="Objectif " * 20,
                    thematique_id=thematiques[a % 4].id, collectivite_id=collectivites[a % 8].id,
                    date=dt.date(2026, 1, 1) + dt.timedelta(days=3 * a),
                    start_time=dt.time(9, 30), facilitators="Prénom0 Nom0, Prénom1 Nom1")
                s.add(atelier)
                s.flush()
                steps = [m.Sequence(id=m.new_id(), atelier_id=atelier.id, position=k,
                                    title=f"Séquence {k}", minutes=20) for k in range(5)]
                smap = m.StakeholderMap(id=m.new_id(), atelier_id=atelier.id, title="Carte")
                s.add_all([*steps, smap])
                s.flush()
                chosen = rng.sample(acteurs, 10)
                s.add_all([m.MapPlacement(map_id=smap.id, acteur_id=ac.id,
                                          x=rng.uniform(-400, 400), y=rng.uniform(-400, 400))
                           for ac in chosen])
                s.add_all([m.MatrixColumn(atelier_id=atelier.id, matrix=kind, acteur_id=ac.id,
                                          position=i)
                           for kind in ("roles", "decisions") for i, ac in enumerate(chosen[:6])])
                for r in range(4):
                    resp = m.Responsibility(id=m.new_id(), atelier_id=atelier.id, position=r,
                                            label=f"Responsabilité {r}")
                    dec = m.Decision(id=m.new_id(), atelier_id=atelier.id, position=r,
                                     label=f"Décision {r}")
                    s.add_all([resp, dec])
                    s.flush()
                    s.add_all([m.RoleCell(responsibility_id=resp.id, acteur_id=ac.id,
                                          value=list(Raci)[i % 4])
                               for i, ac in enumerate(chosen[:6])])
                    s.add_all([m.DecisionCell(decision_id=dec.id, acteur_id=ac.id, version=v,
                                              level=list(ParticipationLevel)[(i + r) % 6])
                               for i, ac in enumerate(chosen[:6]) for v in MatrixVersion])
                per = NOTES // ATELIERS + (1 if a < NOTES % ATELIERS else 0)
                s.add_all([m.Note(atelier_id=atelier.id, sequence_id=steps[n % 5].id,
                                  kind=list(NoteKind)[n % len(NoteKind)],
                                  text=f"Note {n} où Prénom{n % 60} Nom{n % 60} propose une idée.",
                                  owner_participant_id=people[n % 60].id)
                           for n in range(per)])
                for k in range(PHOTOS // ATELIERS + (1 if a < PHOTOS % ATELIERS else 0)):
                    number = a * 3 + k
                    data, width, height = _jpeg(number)
                    photo = m.Photo(id=m.new_id(), atelier_id=atelier.id,
                                    sequence_id=steps[k % 5].id,
                                    taken_at=dt.datetime(2026, 1, 1, 10) + dt.timedelta(days=a),
                                    caption=f"Tableau {number}", width=width, height=height,
                                    alt_text="" if number % 30 == 0 else f"Post-it {number}",
                                    position=k)
                    s.add(photo)
                    s.flush()
                    s.add(m.PhotoData(photo_id=photo.id, data=data, thumbnail=data[:2000]))
                    if a % 10 == 0 and k == 0:
                        smap.backdrop_photo_id = photo.id
                        smap.backdrop_in_print = True
    finally:
        nb.close()
    return path


T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run(path: Path, folder: Path, label: str, target: float) -> None:
    nb = Notebook.open(path, readonly=True)
    try:
        baseline, _ = timed(lambda: interchange.export_json(nb))
        seconds, report = timed(lambda: publish(nb, folder))
    finally:
        nb.close()
    print(f"{label}: publish {seconds:6.2f} s (target {target:.0f} s) — "
          f"baseline interchange export {baseline:6.2f} s — {len(report.written)} files")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        demo = build_demo(tmp_path / "demo.lieux")
        run(demo, tmp_path / "demo-site", "demo programme", 3)
        big = build_big(tmp_path / "big.lieux")
        nb = Notebook.open(big, readonly=True)
        try:
            print(f"big programme: {records.count(nb, m.Atelier)} ateliers, "
                  f"{records.count(nb, m.Note)} notes, {records.count(nb, m.Photo)} photos")
        finally:
            nb.close()
        run(big, tmp_path / "big-site", "big programme (first)", 60)
        nb = Notebook.open(big)
        try:
            atelier = records.all_of(nb, m.Atelier, m.Atelier.id)[0]
            records.update(nb, m.Atelier, atelier.id, objective="Objectif revu")
        finally:
            nb.close()
        run(big, tmp_path / "big-site", "big programme (after one edit)", 5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
