"""What is said in an atelier and what the room answers: notes and the evaluation forms.

Apart from the other tools' records (:mod:`.tools`) because the programme page,
the first screen of a start, counts them: these are mapped at start, the maps
and matrices when first used (see the package's docstring).
"""

# No ``from __future__ import annotations`` here: see base.py.
import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..enums import NoteKind, QuestionKind
from ..tables import Table
from .base import AtelierPart, Positioned, Record, enum_column, fk, utcnow


class Note(AtelierPart):
    """A timestamped note; an *action* is a note with an owner and a due date."""

    __tablename__ = Table.NOTE.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    sequence_id: Mapped[str | None] = fk(Table.SEQUENCE, nullable=True, cascade=False)
    kind: Mapped[NoteKind] = mapped_column(enum_column(NoteKind), default=NoteKind.NOTE)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    owner_participant_id: Mapped[str | None] = fk(Table.PARTICIPANT, nullable=True, cascade=False)
    owner_acteur_id: Mapped[str | None] = fk(Table.ACTEUR, nullable=True, cascade=False)
    #: Free-text owner when it is neither a known participant nor an acteur.
    owner_text: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class EvaluationQuestion(AtelierPart, Positioned):
    __tablename__ = Table.EVALUATION_QUESTION.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[QuestionKind] = mapped_column(
        enum_column(QuestionKind), default=QuestionKind.SCALE5
    )


class EvaluationForm(AtelierPart):
    """One paper evaluation form, re-entered after the workshop."""

    __tablename__ = Table.EVALUATION_FORM.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    number: Mapped[int] = mapped_column(Integer, default=0)


class EvaluationAnswer(Record):
    __tablename__ = Table.EVALUATION_ANSWER.value
    __table_args__ = (UniqueConstraint("form_id", "question_id"),)

    form_id: Mapped[str] = fk(Table.EVALUATION_FORM)
    question_id: Mapped[str] = fk(Table.EVALUATION_QUESTION)
    #: 1..5 for a scale question, None when left blank or for open questions.
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
