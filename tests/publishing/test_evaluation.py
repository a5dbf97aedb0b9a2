"""The participatory evaluation across the parcours: figures, site page, report."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

import html5lib
import pypdf
import pytest

from lieuxcommuns_desktop.commands import report_evaluation
from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import (
    MatrixVersion,
    ParticipationLevel,
    PrincipleStatus,
    QuestionKind,
)
from lieuxcommuns_desktop.core.services import records
from lieuxcommuns_desktop.core.services.evaluation_views import overview
from lieuxcommuns_desktop.core.services.notebook import Notebook

L = ParticipationLevel


@pytest.fixture
def book(tmp_path: Path) -> Notebook:
    nb = Notebook.create(tmp_path / "eval.lieux", title="Parcours")
    c = records.create
    eau = c(nb, m.Thematique, name="Eau")
    ville_a, ville_b = c(nb, m.Collectivite, name="Arcueil"), c(nb, m.Collectivite, name="Bréval")
    acteurs = [c(nb, m.Acteur, name=f"Acteur {i}") for i in range(2)]
    first = c(nb, m.Atelier, title="Premier", date=dt.date(2026, 1, 10), thematique_id=eau.id,
              collectivite_id=ville_a.id)
    second = c(nb, m.Atelier, title="Second", date=dt.date(2026, 3, 10), thematique_id=eau.id,
               collectivite_id=ville_b.id)
    undated = c(nb, m.Atelier, title="Sans date")
    c(nb, m.AtelierCollectivite, atelier_id=first.id, collectivite_id=ville_a.id)
    c(nb, m.AtelierCollectivite, atelier_id=second.id, collectivite_id=ville_a.id)
    c(nb, m.AtelierCollectivite, atelier_id=second.id, collectivite_id=ville_b.id)
    answers = {first.id: [2, 4], second.id: [5, 5, 5], undated.id: [1]}
    for atelier, text in ((first, "Les objectifs étaient clairs."),
                          (second, "les  objectifs étaient CLAIRS."),
                          (undated, "Les objectifs étaient clairs.")):
        q = c(nb, m.EvaluationQuestion, atelier_id=atelier.id, text=text,
              kind=QuestionKind.SCALE5)
        c(nb, m.EvaluationQuestion, atelier_id=atelier.id, text=f"Seulement ici {atelier.title}",
          kind=QuestionKind.SCALE5)
        for n, value in enumerate(answers[atelier.id]):
            form = c(nb, m.EvaluationForm, atelier_id=atelier.id, number=n + 1)
            c(nb, m.EvaluationAnswer, form_id=form.id, question_id=q.id, value=value)
    matrices = ((first, [L.INFORME, L.CO_DECIDE], [L.CO_DECIDE, L.CO_DECIDE]),
                (second, [L.CO_DECIDE, L.DECIDE], [L.CO_DECIDE, L.NON_CONCERNE]))
    for atelier, today, target in matrices:
        d = c(nb, m.Decision, atelier_id=atelier.id, label="Qui décide ?")
        for acteur, t_level, g_level in zip(acteurs, today, target, strict=True):
            c(nb, m.DecisionCell, decision_id=d.id, acteur_id=acteur.id,
              version=MatrixVersion.AUJOURDHUI, level=t_level)
            c(nb, m.DecisionCell, decision_id=d.id, acteur_id=acteur.id,
              version=MatrixVersion.CIBLE, level=g_level)
    for principle, status in ((1, PrincipleStatus.EN_PLACE), (2, PrincipleStatus.EN_DISCUSSION)):
        c(nb, m.CommonsAssessment, atelier_id=second.id, principle=principle, status=status)
    yield nb
    nb.close()


def test_a_question_asked_in_several_ateliers_is_followed_across_them(book) -> None:
    ov = overview(book)
    assert len(ov.shared) == 1  # the "Seulement ici" questions are each asked once
    q = ov.shared[0]
    assert [(r.title, r.mean, r.answers) for r in q.results] == [
        ("Premier", 3.0, 2), ("Second", 5.0, 3), ("Sans date", 1.0, 1)]
    assert q.by_expedition == [("Eau", 4.2, 5)]
    assert q.by_collectivite == [("Arcueil", 4.2, 5), ("Bréval", 5.0, 3)]


def test_codecision_and_commons_across_the_parcours(book) -> None:
    ov = overview(book)
    assert [(c.title, c.today, c.target) for c in ov.codecision] == [
        ("Premier", 0.5, 1.0), ("Second", 1.0, 1.0)]  # "non concerné" cells left out
    assert [(c.title, c.in_place, c.discussed) for c in ov.commons] == [("Second", 1, 1)]


def test_the_site_has_an_evaluation_page_linked_from_every_page(book, tmp_path) -> None:
    from lieuxcommuns_desktop.publishing.publish import publish

    publish(book, tmp_path / "site")
    page = tmp_path / "site" / "evaluation.html"
    html5lib.HTMLParser(strict=True).parse(page.read_bytes())
    text = page.read_text("utf-8")
    assert "Les objectifs étaient clairs." in text and "<svg" in text
    assert text.count("<circle") == 2 + 2 + 1  # dated means, co-decision, commons points
    assert 'href="../evaluation.html"' in (tmp_path / "site" / "ateliers"
                                           / "premier.html").read_text("utf-8")


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_report_evaluation_writes_html_and_pdf(book, tmp_path, fmt, capsys) -> None:
    parser = argparse.ArgumentParser()
    report_evaluation.add_arguments(parser)
    target = tmp_path / f"evaluation.{fmt}"
    book_path = book.path
    args = parser.parse_args([str(book_path), "--evaluation", "--format", fmt, "-o",
                              str(target)])
    assert report_evaluation.run(args) == 0
    if fmt == "html":
        html5lib.HTMLParser(strict=True).parse(target.read_bytes())
        text = target.read_text("utf-8")
        assert "http" not in text.replace("http://www.w3.org/2000/svg", "")
    else:
        text = "".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
        text = re.sub(r"\s+", " ", text)
    assert "Les objectifs étaient clairs." in text and "Arcueil" in text
    assert "4,2" in text and "50 %" in text


def test_report_refuses_to_overwrite_the_notebook(book) -> None:
    from lieuxcommuns_desktop.core.errors import LieuxError

    parser = argparse.ArgumentParser()
    report_evaluation.add_arguments(parser)
    args = parser.parse_args([str(book.path), "--evaluation", "-o", str(book.path)])
    with pytest.raises(LieuxError):
        report_evaluation.run(args)
