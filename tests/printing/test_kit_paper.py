"""What a print shop and a room see on paper: embedded fonts, whole words and names,
counts that agree with their nouns, headings never left alone at a page bottom."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.i18n import translate
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.printing import kit
from lieuxcommuns_desktop.printing.data import AtelierData, Matrix, NoteData, Step
from lieuxcommuns_desktop.printing.documents import minutes
from lieuxcommuns_desktop.printing.format import attendance_sentence
from lieuxcommuns_desktop.printing.layout import Footer, write_pdf
from lieuxcommuns_desktop.printing.options import KitOptions


def fonts_of(path: Path) -> list[tuple[str, bool]]:
    """Every font a page names, with whether its program is embedded."""
    found = []
    for page in pypdf.PdfReader(path).pages:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font.get("/BaseFont")), embedded))
    return found


#: Lines of the running footer (the test notebook's programme is "Carnet de test").
FOOTER = re.compile(r"page \d+/\d+|CC BY-SA 4\.0|^Carnet de test$")


def flat_text(path: Path) -> str:
    """The text of every page without its running footer, whitespace collapsed."""
    lines = [line for page in pypdf.PdfReader(path).pages
             for line in page.extract_text().splitlines()
             if not re.search(FOOTER, line.strip())]
    return " ".join(" ".join(lines).split())


def test_every_font_of_every_page_is_embedded(notebook, mapped_atelier, tmp_path) -> None:
    out = kit.write_kit(notebook, mapped_atelier.id, tmp_path / "kit.pdf")
    found = fonts_of(out)
    assert found, "the kit names no font at all?"
    assert [name for name, embedded in found if not embedded] == []
    assert not any("Helvetica" in name for name, _e in found)


def test_english_kit_breaks_no_word_inside(notebook, mapped_atelier, english, tmp_path) -> None:
    out = kit.write_kit(notebook, mapped_atelier.id, tmp_path / "en.pdf",
                        KitOptions(documents=("facilitator", "minutes", "cover")))
    lines = [line.strip() for page in pypdf.PdfReader(out).pages
             for line in page.extract_text().splitlines()]
    # The field and column labels the kit writes itself are each on one line, whole.
    for label in ("Instructions", "Materials", "Difference", "Local authority"):
        assert any(line == label or line.startswith(label + " ") for line in lines), label
    assert not any(line in ("Instruction", "s", "Differe", "nce") for line in lines)
    assert fonts_of(out) and all(embedded for _n, embedded in fonts_of(out))


def test_counts_agree_with_their_nouns_in_french() -> None:
    assert attendance_sentence(1, 1, 1) == (
        "1 personne présente sur 1 inscrite, dont 1 personne venue sans inscription.")
    assert attendance_sentence(12, 15, 0) == (
        "12 personnes présentes sur 15 inscrites, dont 0 personne venue sans inscription.")
    assert attendance_sentence(12, 15, 2) == (
        "12 personnes présentes sur 15 inscrites, dont 2 personnes venues sans inscription.")
    assert translate("printing", "%n personne(s) présente(s)", None, 2) == (
        "2 personnes présentes")


def test_counts_agree_with_their_nouns_in_english(english) -> None:
    assert attendance_sentence(1, 1, 1) == (
        "1 person present out of 1 registered, including 1 walk-in.")
    assert attendance_sentence(12, 15, 3) == (
        "12 people present out of 15 registered, including 3 walk-ins.")


def _second_walk_in(notebook) -> None:
    """The fixture has one walk-in (Zola01); Zola02 came unannounced too."""
    second = next(a for a in records.all_of(notebook, m.Attendance)
                  if records.get(notebook, m.Participant, a.participant_id).last_name == "Zola02")
    records.update(notebook, m.Attendance, second.id, walk_in=True)


def test_minutes_sentence_in_the_pdf(notebook, atelier, tmp_path) -> None:
    out = kit.write_kit(notebook, atelier.id, tmp_path / "m.pdf",
                        KitOptions(documents=("minutes",)))
    assert "8 personnes présentes sur 12 inscrites, dont 1 personne venue sans inscription." \
        in flat_text(out)
    _second_walk_in(notebook)
    out = kit.write_kit(notebook, atelier.id, tmp_path / "m2.pdf",
                        KitOptions(documents=("minutes",)))
    assert "8 personnes présentes sur 12 inscrites, dont 2 personnes venues sans inscription." \
        in flat_text(out)


def test_minutes_sentence_in_the_english_pdf(notebook, atelier, english, tmp_path) -> None:
    out = kit.write_kit(notebook, atelier.id, tmp_path / "m.pdf",
                        KitOptions(documents=("minutes",)))
    assert "8 people present out of 12 registered, including 1 walk-in." in flat_text(out)
    _second_walk_in(notebook)
    out = kit.write_kit(notebook, atelier.id, tmp_path / "m2.pdf",
                        KitOptions(documents=("minutes",)))
    assert "8 people present out of 12 registered, including 2 walk-ins." in flat_text(out)


def _data(notes: int, decisions: int) -> AtelierData:
    when = dt.datetime(2026, 3, 12, 10, 0)
    step = Step("Atelier", 60, dt.time(9), dt.time(10), "", "", "", "", "aucun", None, None,
                "s1")
    empty = Matrix([], [], [])
    return AtelierData(
        programme="Programme", territory="", licence="CC BY-SA 4.0", title="Atelier",
        thematique="", ressource="", ressource_place="", collectivite="",
        date=dt.date(2026, 3, 12), start_time=dt.time(9), place="", facilitators="",
        objective="", planned_minutes=None, steps=[step], people=[], maps=[], roles=empty,
        decisions_today=empty, decisions_target=empty, commons=[],
        notes=[NoteData("note", f"Remarque numéro {i}", when, "Atelier", step_id="s1")
               for i in range(notes)]
        + [NoteData("decision", f"Décision numéro {i}", when, "Atelier", step_id="s1")
           for i in range(decisions)],
        questions=[])


def test_decisions_heading_never_alone_at_a_page_bottom(tmp_path) -> None:
    """Whatever the number of notes before it, "Décisions" starts a page with its list."""
    footer = re.compile(r"page \d+/\d+|CC BY-SA|^Programme")
    checked = 0
    for count in range(30, 75):
        out = write_pdf(tmp_path / f"m{count}.pdf", minutes.build(_data(count, 2),
                                                                  KitOptions()),
                        Footer("Programme", "CC BY-SA 4.0"))
        pages = pypdf.PdfReader(out).pages
        for page in pages[:-1]:
            body = [line.strip() for line in page.extract_text().splitlines()
                    if line.strip() and not footer.search(line)]
            assert body[-1] not in ("Décisions", "Actions", "Notes par séquence"), count
        checked += len(pages) > 1
    assert checked  # some of these minutes did run over a page


@pytest.mark.parametrize("kind", ["step", "responsibility", "decision", "acteur", "note"])
def test_long_texts_always_print(notebook, tmp_path, kind) -> None:
    """Texts longer than a page split across pages (or shrink); the kit always prints."""
    atelier = records.create(notebook, m.Atelier, title="Long", date=dt.date(2026, 3, 12),
                             start_time=dt.time(9, 30))
    word = {"step": "Étape", "responsibility": "Responsabilité", "decision": "Décision",
            "acteur": "Acteur", "note": "Note"}[kind]
    # Spaced words and one unbroken run: both must print.
    spaced = " ".join([word] * (5000 // (len(word) + 1)))
    solid = "X" * {"step": 2000, "acteur": 600}.get(kind, 5000)
    step = records.create(notebook, m.Sequence, atelier_id=atelier.id, position=0,
                          title=spaced[:2000] if kind == "step" else "Accueil", minutes=10)
    records.create(notebook, m.Sequence, atelier_id=atelier.id, position=1,
                   title=solid if kind == "step" else "Suite", minutes=10)
    names = [spaced[:600], solid] if kind == "acteur" else ["Mairie", "Collectif"]
    acteurs = [records.create(notebook, m.Acteur, name=n, category="habitants") for n in names]
    for i, acteur in enumerate(acteurs):
        for matrix in ("roles", "decisions"):
            records.create(notebook, m.MatrixColumn, atelier_id=atelier.id, matrix=matrix,
                           acteur_id=acteur.id, position=i)
    labels = [spaced, solid] if kind in ("responsibility", "decision") else ["Ouvrir"]
    for i, text in enumerate(labels):
        resp = records.create(notebook, m.Responsibility, atelier_id=atelier.id, position=i,
                              label=text if kind == "responsibility" else f"R{i}")
        records.create(notebook, m.RoleCell, responsibility_id=resp.id,
                       acteur_id=acteurs[0].id, value="A")
        dec = records.create(notebook, m.Decision, atelier_id=atelier.id, position=i,
                             label=text if kind == "decision" else f"D{i}")
        records.create(notebook, m.DecisionCell, decision_id=dec.id, acteur_id=acteurs[0].id,
                       version="aujourdhui", level="5")
    if kind == "note":
        for text in (spaced, solid):
            records.create(notebook, m.Note, atelier_id=atelier.id, sequence_id=step.id,
                           kind="decision", text=text)
    out = kit.write_kit(notebook, atelier.id, tmp_path / f"{kind}.pdf")
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 10
    text = flat_text(out)
    assert "Feuille d'émargement" in text and "Évaluation de l'atelier" in text
    # The long text is printed in full somewhere (the agenda, a matrix, the minutes):
    # every one of its words, though a repeated table header may come between pages.
    longest = spaced[:2000] if kind == "step" else spaced[:600] if kind == "acteur" else spaced
    assert text.count(word) >= longest.count(word)
    assert longest[:500] in text


def test_step_titles_never_alone_at_a_page_bottom(tmp_path) -> None:
    """The facilitator's agenda keeps each step's title and time cue with its first detail."""
    from lieuxcommuns_desktop.printing.documents import agenda

    footer = re.compile(r"page \d+/\d+|CC BY-SA|^Programme")
    base = _data(0, 0)
    spread = 0
    for count in range(0, 60, 2):  # the first step's text pushes the others down
        steps = [Step(f"Étape {i}", 10, dt.time(9), dt.time(10), "Méthode " * 3,
                      "Consigne longue à lire à voix haute. " * (3 + (count if i == 0 else 0)),
                      "", "Post-it", "aucun", None, None, f"s{i}") for i in range(12)]
        data = AtelierData(**{**base.__dict__, "steps": steps})
        out = write_pdf(tmp_path / f"f{count}.pdf", agenda.build_facilitator(data, KitOptions()),
                        Footer("Programme", "CC BY-SA 4.0"))
        pages = pypdf.PdfReader(out).pages
        for page in pages[:-1]:
            body = [line.strip() for line in page.extract_text().splitlines()
                    if line.strip() and not footer.search(line)]
            assert "fin à T+" not in body[-1] and not re.match(r"\d+\. Étape", body[-1]), count
        spread += len(pages) > 1
    assert spread
