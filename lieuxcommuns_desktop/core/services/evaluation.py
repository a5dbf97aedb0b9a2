"""Participatory evaluation: the paper forms re-entered, and their summary.

Each answer typed is one committed write (:func:`set_answer`), so a long
evening of re-entry loses nothing; the first answer of a new row creates its
form. :func:`summary` gives, per question, the distribution over 1..5, the
mean and the open answers, for the window and the minutes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from ..enums import QuestionKind
from ..errors import LieuxError
from ..i18n import QT_TRANSLATE_NOOP
from ..model import EvaluationAnswer, EvaluationForm, EvaluationQuestion, new_id
from ..tables import Table
from . import edits
from .notebook import Notebook

#: Offered when an atelier has no question yet (a template usually brings its own).
DEFAULT_QUESTIONS: tuple[tuple[str, QuestionKind], ...] = (
    (QT_TRANSLATE_NOOP("evaluation", "L'atelier a répondu à mes attentes"), QuestionKind.SCALE5),
    (QT_TRANSLATE_NOOP("evaluation", "J'ai pu m'exprimer et être entendu·e"),
     QuestionKind.SCALE5),
    (QT_TRANSLATE_NOOP("evaluation", "Les outils (carte, matrices) m'ont été utiles"),
     QuestionKind.SCALE5),
    (QT_TRANSLATE_NOOP("evaluation", "Ce que je retiens"), QuestionKind.OPEN),
    (QT_TRANSLATE_NOOP("evaluation", "Ce qui pourrait être amélioré"), QuestionKind.OPEN),
)


def questions(nb: Notebook, atelier_id: str) -> list[EvaluationQuestion]:
    with nb.read() as session:
        return list(session.scalars(
            select(EvaluationQuestion).where(EvaluationQuestion.atelier_id == atelier_id)
            .order_by(EvaluationQuestion.position, EvaluationQuestion.text)))


@dataclass
class FormRow:
    id: str
    number: int
    #: question id -> 1..5 (scale) or text (open)
    answers: dict[str, int | str] = field(default_factory=dict)


def forms(nb: Notebook, atelier_id: str) -> list[FormRow]:
    with nb.read() as session:
        rows = {f.id: FormRow(f.id, f.number) for f in session.scalars(
            select(EvaluationForm).where(EvaluationForm.atelier_id == atelier_id)
            .order_by(EvaluationForm.number, EvaluationForm.id))}
        answers = session.scalars(
            select(EvaluationAnswer).join(EvaluationForm)
            .where(EvaluationForm.atelier_id == atelier_id))
        for a in answers:
            row = rows.get(a.form_id)
            if row is None:
                continue
            if a.value is not None:
                row.answers[a.question_id] = a.value
            elif a.text:
                row.answers[a.question_id] = a.text
    return list(rows.values())


def set_answer(
    nb: Notebook, atelier_id: str, form_id: str | None, question_id: str,
    value: int | str | None, *, new_form_id: str | None = None,
) -> tuple[str, bool, int | str | None]:
    """Write one answer (None clears it), creating the form when ``form_id`` is None.

    Returns ``(form_id, created, previous)``: the form written, whether it is
    new, and the answer it replaced.
    """
    edit = answer(nb, atelier_id, form_id, question_id, value, new_form_id=new_form_id)
    created = edit.created(Table.EVALUATION_FORM)
    before = [row for row in edit.before.get(Table.EVALUATION_ANSWER, {}).values() if row]
    previous = None
    if before:
        previous = before[0]["value"] if before[0]["value"] is not None else (
            before[0]["text"] or None)
    return (created[0] if created else str(form_id)), bool(created), previous


def answer(
    nb: Notebook, atelier_id: str, form_id: str | None, question_id: str,
    value: int | str | None, *, new_form_id: str | None = None,
) -> edits.Edit:
    """:func:`set_answer` as an edit: undo puts the previous answer back or removes the new form."""
    with nb.write() as session:
        tracker = edits.Tracker(session)
        question = session.get(EvaluationQuestion, question_id)
        if question is None or question.atelier_id != atelier_id:
            raise LieuxError("not_found", what="question", key=question_id)
        if isinstance(value, str) and question.kind is QuestionKind.SCALE5:
            value = int(value) if value.strip() else None
        if isinstance(value, int) and not 1 <= value <= 5:
            raise LieuxError("invalid_value", field=question.text, value=value)
        if form_id is None:
            number = (session.scalar(select(func.max(EvaluationForm.number))
                                     .where(EvaluationForm.atelier_id == atelier_id)) or 0) + 1
            form = EvaluationForm(id=new_form_id or new_id(), atelier_id=atelier_id,
                                  number=number)
            tracker.add(form)
            session.flush()
            form_id = form.id
        row = session.scalar(select(EvaluationAnswer).where(
            EvaluationAnswer.form_id == form_id, EvaluationAnswer.question_id == question_id))
        if value is None or value == "":
            if row is not None:
                tracker.delete(row)
        else:
            if row is None:
                row = tracker.add(EvaluationAnswer(form_id=form_id, question_id=question_id))
            if isinstance(value, int):
                tracker.update(row, value=value, text="")
            else:
                tracker.update(row, value=None, text=value.strip())
        return tracker.finish()


@dataclass(frozen=True)
class QuestionSummary:
    question_id: str
    text: str
    kind: QuestionKind
    #: 1..5 -> number of forms that gave it
    distribution: dict[int, int]
    count: int
    mean: float | None
    open_answers: list[str]


def summary(nb: Notebook, atelier_id: str) -> list[QuestionSummary]:
    rows = forms(nb, atelier_id)
    result = []
    for q in questions(nb, atelier_id):
        values = [r.answers[q.id] for r in rows if q.id in r.answers]
        if q.kind is QuestionKind.SCALE5:
            scores = [v for v in values if isinstance(v, int)]
            dist = {i: scores.count(i) for i in range(1, 6)}
            mean = sum(scores) / len(scores) if scores else None
            result.append(QuestionSummary(q.id, q.text, q.kind, dist, len(scores), mean, []))
        else:
            texts = [v for v in values if isinstance(v, str) and v]
            result.append(QuestionSummary(q.id, q.text, q.kind, {}, len(texts), None, texts))
    return result
