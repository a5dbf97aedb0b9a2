"""The programme poster (A3 landscape) and summary (A4), read back with pypdf."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A3, A4, landscape

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import ExpeditionRole, PhaseKind
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.services import programme, records
from lieuxcommuns_desktop.core.services.notebook import Notebook
from lieuxcommuns_desktop.printing.programme import write_programme

from ..core.programme_sample import TODAY, Sample

ROOT = Path(__file__).resolve().parents[2]


def words(path: Path, pages: slice = slice(None)) -> str:
    reader = pypdf.PdfReader(path)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages[pages])


def sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in pypdf.PdfReader(path).pages]


A3L = tuple(round(v) for v in landscape(A3))
A4P = tuple(round(v) for v in A4)


def long_name(prefix: str, length: int = 300) -> str:
    out, n = prefix, 0
    while len(out) < length:
        out += f" {prefix[:3].lower()}{n:03d}"
        n += 1
    return out[:length].rsplit(" ", 1)[0]


def test_poster_and_summary_name_every_collectivite_and_expedition(s: Sample, tmp_path) -> None:
    out = write_programme(s.nb, tmp_path / "programme.pdf", today=TODAY)
    pages = sizes(out)
    assert pages[0] == A3L and pages[-1] == A4P
    poster_pages = sum(1 for p in pages if p == A3L)
    poster, summary = words(out, slice(0, poster_pages)), words(out, slice(poster_pages, None))
    for name in ("Arcueil", "Bréval", "Cergy", "Dammarie", "Urbanisme transitoire",
                 "Gestion de l'eau", "Espaces naturels"):
        assert name in poster, name
        assert name in summary, name
    # Roles, the absence flag, the legend, phases, the index and the footer.
    assert "Pilote" in poster and "Second cercle" in poster
    assert "absente des deux derniers ateliers" in poster
    for legend in ("Brouillon", "Prêt", "Terminé", "Annulé", "Parcours apprenant",
                   "Mise en test", "aujourd'hui"):
        assert legend in poster, legend
    assert "Atelier e2" in poster and "5!" in poster  # e2 is the 5th, outside the phases
    assert "Ateliers à dater : 7. Atelier e3" in poster
    assert "page 1/" in poster and "Lieux Communs — essai" in poster
    # The summary answers the weekly questions.
    assert "Prochains ateliers" in summary and "Atelier u4" in summary
    assert "Bréval : personne aux deux derniers ateliers de « Urbanisme transitoire »" in summary
    assert "Hors de toute phase : Atelier e2 (15 juillet 2025)" in summary
    assert "4,50" in summary  # u1's evaluation mean


def test_names_of_300_characters_are_wrapped_never_cut(s: Sample, tmp_path) -> None:
    collectivite, expedition = long_name("Communauté"), long_name("Expédition")
    assert 290 <= len(collectivite) <= 300
    records.update(s.nb, m.Collectivite, s["A"], name=collectivite)
    records.update(s.nb, m.Thematique, s["U"], name=expedition)
    out = write_programme(s.nb, tmp_path / "long.pdf", ["poster"], today=TODAY)
    text = words(out)
    for word in collectivite.split() + expedition.split():
        assert word in text, word
    assert "…" not in text


def test_a_timeline_taller_than_a_page_splits_between_lanes(s: Sample, tmp_path) -> None:
    names = [long_name(f"Expé{n:02d}", 300) for n in range(14)]
    ids = [records.create(s.nb, m.Thematique, name=name, position=10 + n).id
           for n, name in enumerate(names)]
    for n, tid in enumerate(ids):
        records.create(s.nb, m.Atelier, title=f"Lointain {n}", thematique_id=tid,
                       collectivite_id=s["C"], date=dt.date(2025, 4, 1 + n))
    out = write_programme(s.nb, tmp_path / "tall.pdf", ["poster"], today=TODAY)
    text = words(out)
    assert len(sizes(out)) >= 2
    for name in names:
        assert all(word in text for word in name.split()), name[:8]


def test_empty_and_ten_year_programmes(tmp_path) -> None:
    nb = Notebook.create(tmp_path / "vide.lieux", title="Programme vide")
    try:
        out = write_programme(nb, tmp_path / "vide.pdf", today=TODAY)
        assert "Programme vide" in words(out) and "Aucune phase" in words(out)
        programme.create_phase(nb, PhaseKind.MISE_EN_TEST, dt.date(2025, 1, 1),
                               dt.date(2034, 12, 31))
        c = records.create(nb, m.Collectivite, name="Ville-Longue")
        t = records.create(nb, m.Thematique, name="Eau")
        programme.join_expedition(nb, c.id, t.id, ExpeditionRole.PILOTE)
        for year in range(2025, 2035):
            records.create(nb, m.Atelier, title=f"Atelier {year}", thematique_id=t.id,
                           collectivite_id=c.id, date=dt.date(year, 5, 1))
        out = write_programme(nb, tmp_path / "dix.pdf", today=TODAY)
        text = words(out)
        assert "2025" in text and "2034" in text and "Ville-Longue" in text
        assert "Atelier 2034" in text
    finally:
        nb.close()


def test_refuses_a_notebook_target_and_unknown_documents(s: Sample, tmp_path) -> None:
    with pytest.raises(LieuxError, match="carnet"):
        write_programme(s.nb, tmp_path / "x.lieux")
    with pytest.raises(LieuxError, match="cover"):
        write_programme(s.nb, tmp_path / "x.pdf", ["cover"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.lieux"]


def test_cli_kit_programme(s: Sample, tmp_path) -> None:
    env = {**os.environ, "LIEUXCOMMUNS_LANG": "fr"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "lieuxcommuns_desktop", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=120, env=env)

    out = tmp_path / "programme.pdf"
    done = cli("kit", str(s.nb.path), "--programme", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "Cergy" in words(out)
    summary = tmp_path / "synthese.pdf"
    done = cli("kit", str(s.nb.path), "--programme", "--only", "summary", "-o", str(summary))
    assert done.returncode == 0, done.stderr
    assert set(sizes(summary)) == {A4P}
    done = cli("kit", str(s.nb.path), "--programme", "--atelier", "x", "-o", str(out))
    assert done.returncode == 2  # one or the other
