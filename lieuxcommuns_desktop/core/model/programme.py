"""The programme and who takes part: collectivités, thématiques, phases, ressources,
ateliers and their séquences, acteurs, participants and attendance."""

# No ``from __future__ import annotations`` here: SQLAlchemy would then have to
# eval() every ``Mapped[...]`` string when the classes are mapped, a fifth of
# this module's import time, paid at every start. Annotations naming a class
# defined further down must therefore be quoted.
import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Integer, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..enums import (
    ActeurCategory,
    AtelierStatus,
    Circle,
    ExpeditionRole,
    PhaseKind,
    ResourceKind,
    Tool,
)
from ..tables import Table
from .base import AtelierPart, Positioned, Record, enum_column, fk


class Programme(Record):
    """The learning path the notebook documents; one row per notebook."""

    __tablename__ = Table.PROGRAMME.value

    title: Mapped[str] = mapped_column(Text, default="")
    territory: Mapped[str] = mapped_column(Text, default="")
    licence: Mapped[str] = mapped_column(Text, default="CC BY-SA 4.0")
    description: Mapped[str] = mapped_column(Text, default="")


class Collectivite(Record):
    __tablename__ = Table.COLLECTIVITE.value

    name: Mapped[str] = mapped_column(Text)
    circle: Mapped[Circle] = mapped_column(enum_column(Circle), default=Circle.PARTICIPANTE)
    territory: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Thematique(Positioned):
    __tablename__ = Table.THEMATIQUE.value

    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Membership(Record):
    """A collectivité's participation in an expedition (*thématique*), with its role."""

    __tablename__ = Table.MEMBERSHIP.value
    __table_args__ = (UniqueConstraint("collectivite_id", "thematique_id"),)

    collectivite_id: Mapped[str] = fk(Table.COLLECTIVITE)
    thematique_id: Mapped[str] = fk(Table.THEMATIQUE)
    role: Mapped[ExpeditionRole] = mapped_column(
        enum_column(ExpeditionRole), default=ExpeditionRole.PARTICIPANTE
    )
    #: When it joined; None when unknown (derived from undated ateliers).
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Phase(Record):
    """A period of the programme (*parcours apprenant*, *mise en test*); several allowed."""

    __tablename__ = Table.PHASE.value

    kind: Mapped[PhaseKind] = mapped_column(
        enum_column(PhaseKind), default=PhaseKind.PARCOURS_APPRENANT
    )
    title: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)


class Ressource(Record):
    __tablename__ = Table.RESSOURCE.value

    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[ResourceKind] = mapped_column(
        enum_column(ResourceKind), default=ResourceKind.AUTRE
    )
    place: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    collectivite_id: Mapped[str | None] = fk(Table.COLLECTIVITE, nullable=True, cascade=False)


class Atelier(Record):
    """A workshop; ``collectivite_id`` is its host (*collectivité d'accueil*).

    The collectivités taking part, the host among them, are
    :class:`AtelierCollectivite` rows.
    """

    __tablename__ = Table.ATELIER.value

    title: Mapped[str] = mapped_column(Text)
    thematique_id: Mapped[str | None] = fk(Table.THEMATIQUE, nullable=True, cascade=False)
    ressource_id: Mapped[str | None] = fk(Table.RESSOURCE, nullable=True, cascade=False)
    collectivite_id: Mapped[str | None] = fk(Table.COLLECTIVITE, nullable=True, cascade=False)
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    place: Mapped[str] = mapped_column(Text, default="")
    facilitators: Mapped[str] = mapped_column(Text, default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[AtelierStatus] = mapped_column(
        enum_column(AtelierStatus), default=AtelierStatus.BROUILLON
    )
    #: The slot booked for the workshop, in minutes; the agenda warns beyond it.
    planned_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: Key of the built-in or personal template it was made from, if any.
    template_key: Mapped[str] = mapped_column(Text, default="")
    #: Live mode's state (current séquence, timer) as JSON, so a restart resumes.
    live_state: Mapped[str] = mapped_column(Text, default="")


class AtelierCollectivite(AtelierPart):
    """A collectivité taking part in an atelier (*collectivités participantes*)."""

    __tablename__ = Table.ATELIER_COLLECTIVITE.value
    __table_args__ = (UniqueConstraint("atelier_id", "collectivite_id"),)

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    collectivite_id: Mapped[str] = fk(Table.COLLECTIVITE)


class Sequence(AtelierPart, Positioned):
    """One agenda step (*séquence*)."""

    __tablename__ = Table.SEQUENCE.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(Integer, default=10)
    method: Mapped[str] = mapped_column(Text, default="")
    instructions: Mapped[str] = mapped_column(Text, default="")
    #: What the projector shows to participants (never the facilitator's notes).
    participant_instructions: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    tool: Mapped[Tool] = mapped_column(enum_column(Tool), default=Tool.AUCUN)
    actual_start: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    actual_end: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Acteur(Record):
    """A stakeholder organisation or group (*partie prenante*)."""

    __tablename__ = Table.ACTEUR.value

    name: Mapped[str] = mapped_column(Text)
    category: Mapped[ActeurCategory] = mapped_column(
        enum_column(ActeurCategory), default=ActeurCategory.AUTRES
    )
    description: Mapped[str] = mapped_column(Text, default="")
    collectivite_id: Mapped[str | None] = fk(Table.COLLECTIVITE, nullable=True, cascade=False)


class Participant(Record):
    __tablename__ = Table.PARTICIPANT.value

    last_name: Mapped[str] = mapped_column(Text, default="")
    first_name: Mapped[str] = mapped_column(Text, default="")
    acteur_id: Mapped[str | None] = fk(Table.ACTEUR, nullable=True, cascade=False)
    #: Free text when the person's structure is not (yet) an acteur.
    structure: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    #: Agreed to be named in what is published (off by default): without it the
    #: person appears by structure or role only (``publishing/consent.py``).
    consent: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendance(AtelierPart):
    """A participant invited to or present at an atelier."""

    __tablename__ = Table.ATTENDANCE.value
    __table_args__ = (UniqueConstraint("atelier_id", "participant_id"),)

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    participant_id: Mapped[str] = fk(Table.PARTICIPANT)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    arrived_at: Mapped[dt.time | None] = mapped_column(Time, nullable=True)

