"""Evaluation forms re-entered answer by answer, and their summary."""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.enums import QuestionKind
from lieuxcommuns_desktop.core.errors import LieuxError
from lieuxcommuns_desktop.core.services import edits, evaluation, records


def test_forms_and_summary(notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="A")
    q1 = records.create(notebook, m.EvaluationQuestion, atelier_id=atelier.id, position=0,
                        text="Utile ?", kind=QuestionKind.SCALE5)
    q2 = records.create(notebook, m.EvaluationQuestion, atelier_id=atelier.id, position=1,
                        text="Remarques", kind=QuestionKind.OPEN)
    f1, created, _ = evaluation.set_answer(notebook, atelier.id, None, q1.id, 4)
    assert created
    evaluation.set_answer(notebook, atelier.id, f1, q2.id, "Très bien")
    f2, created, _ = evaluation.set_answer(notebook, atelier.id, None, q1.id, "5")
    _f, created, previous = evaluation.set_answer(notebook, atelier.id, f2, q1.id, 2)
    assert not created and previous == 5
    assert [f.number for f in evaluation.forms(notebook, atelier.id)] == [1, 2]
    s1, s2 = evaluation.summary(notebook, atelier.id)
    assert s1.distribution == {1: 0, 2: 1, 3: 0, 4: 1, 5: 0} and s1.mean == 3.0
    assert s1.count == 2
    assert s2.open_answers == ["Très bien"] and s2.mean is None
    evaluation.set_answer(notebook, atelier.id, f1, q2.id, None)
    assert evaluation.summary(notebook, atelier.id)[1].open_answers == []
    with pytest.raises(LieuxError):
        evaluation.set_answer(notebook, atelier.id, f1, q1.id, 6)


def test_an_answer_is_an_edit_undone_with_its_new_form(notebook) -> None:
    atelier = records.create(notebook, m.Atelier, title="A")
    q1 = records.create(notebook, m.EvaluationQuestion, atelier_id=atelier.id, position=0,
                        text="Utile ?", kind=QuestionKind.SCALE5)
    first = evaluation.answer(notebook, atelier.id, None, q1.id, "4")
    (form_id,) = first.created("evaluation_form")
    second = evaluation.answer(notebook, atelier.id, form_id, q1.id, 2)
    edits.undo(notebook, second)
    (kept,) = records.all_of(notebook, m.EvaluationAnswer)
    assert kept.value == 4
    edits.undo(notebook, first)
    assert records.count(notebook, m.EvaluationForm) == 0
    assert records.count(notebook, m.EvaluationAnswer) == 0
    edits.redo(notebook, first)
    assert records.get(notebook, m.EvaluationForm, form_id).number == 1
