"""An experiment's follow-up: partners, the ateliers and notes it came from,
indicators and their values, milestones and status changes."""

# No ``from __future__ import annotations`` here: SQLAlchemy would then have to
# eval() every ``Mapped[...]`` string when the classes are mapped, a fifth of
# this module's import time, paid at every start. Annotations naming a class
# defined further down must therefore be quoted.
import datetime as dt

from sqlalchemy import Boolean, Date, Float, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..enums import AtelierLinkRole, ExperimentationStatus, OriginKind
from ..tables import Table
from .base import Positioned, Record, enum_column, fk


class ExperimentationPartner(Record):
    """A partner collectivité of an experiment (the lead is ``experimentation.collectivite_id``)."""

    __tablename__ = Table.EXPERIMENTATION_PARTNER.value
    __table_args__ = (UniqueConstraint("experimentation_id", "collectivite_id"),)

    experimentation_id: Mapped[str] = fk(Table.EXPERIMENTATION)
    collectivite_id: Mapped[str] = fk(Table.COLLECTIVITE)


class ExperimentationAtelier(Record):
    """An atelier the experiment was born in or reviewed at.

    The atelier's title and date are copied: when the atelier is deleted the
    link is set NULL and the experiment still says where it came from.
    """

    __tablename__ = Table.EXPERIMENTATION_ATELIER.value

    experimentation_id: Mapped[str] = fk(Table.EXPERIMENTATION)
    atelier_id: Mapped[str | None] = fk(Table.ATELIER, nullable=True, cascade=False)
    role: Mapped[AtelierLinkRole] = mapped_column(
        enum_column(AtelierLinkRole), default=AtelierLinkRole.ORIGINE
    )
    atelier_title: Mapped[str] = mapped_column(Text, default="")
    atelier_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ExperimentationOrigin(Record):
    """The note or decision an experiment came from, its text copied.

    A deleted note or decision sets its link NULL; the copied text stays and the
    experiment page says the origin was removed.
    """

    __tablename__ = Table.EXPERIMENTATION_ORIGIN.value

    experimentation_id: Mapped[str] = fk(Table.EXPERIMENTATION)
    kind: Mapped[OriginKind] = mapped_column(enum_column(OriginKind), default=OriginKind.NOTE)
    note_id: Mapped[str | None] = fk(Table.NOTE, nullable=True, cascade=False)
    decision_id: Mapped[str | None] = fk(Table.DECISION, nullable=True, cascade=False)
    atelier_id: Mapped[str | None] = fk(Table.ATELIER, nullable=True, cascade=False)
    text: Mapped[str] = mapped_column(Text, default="")
    atelier_title: Mapped[str] = mapped_column(Text, default="")


class Indicator(Positioned):
    """*Indicateur*: a measure an experiment follows; values are :class:`IndicatorValue`."""

    __tablename__ = Table.INDICATOR.value

    experimentation_id: Mapped[str] = fk(Table.EXPERIMENTATION)
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorValue(Record):
    """One dated measure of an indicator."""

    __tablename__ = Table.INDICATOR_VALUE.value

    indicator_id: Mapped[str] = fk(Table.INDICATOR)
    date: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")


class Milestone(Positioned):
    """*Jalon*: a dated step of an experiment, ticked when done."""

    __tablename__ = Table.MILESTONE.value

    experimentation_id: Mapped[str] = fk(Table.EXPERIMENTATION)
    title: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class StatusTransition(Record):
    """A dated change of an experiment's status, with the reason given."""

    __tablename__ = Table.STATUS_TRANSITION.value

    experimentation_id: Mapped[str] = fk(Table.EXPERIMENTATION)
    date: Mapped[dt.date] = mapped_column(Date)
    from_status: Mapped[ExperimentationStatus | None] = mapped_column(
        enum_column(ExperimentationStatus), nullable=True
    )
    to_status: Mapped[ExperimentationStatus] = mapped_column(enum_column(ExperimentationStatus))
    reason: Mapped[str] = mapped_column(Text, default="")


#: Every mergeable entity in dependency order (parents before children):
