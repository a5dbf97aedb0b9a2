"""What an atelier's tools hold: stakeholder maps, the roles and decisions
matrices, the commons grid (notes and the evaluation forms are in :mod:`.notes`)."""

# No ``from __future__ import annotations`` here: SQLAlchemy would then have to
# eval() every ``Mapped[...]`` string when the classes are mapped, a fifth of
# this module's import time, paid at every start. Annotations naming a class
# defined further down must therefore be quoted.

from sqlalchemy import Boolean, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..enums import (
    MapLayout,
    MatrixVersion,
    ParticipationLevel,
    PrincipleStatus,
    Raci,
    RelationKind,
)
from ..tables import Table
from .base import AtelierPart, Positioned, Record, enum_column, fk


class StakeholderMap(AtelierPart, Positioned):
    """*Carte des acteurs*: an atelier may hold several (aujourd'hui, demain…)."""

    __tablename__ = Table.STAKEHOLDER_MAP.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    title: Mapped[str] = mapped_column(Text, default="")
    layout: Mapped[MapLayout] = mapped_column(enum_column(MapLayout), default=MapLayout.ONION)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: A photo of the paper map shown under the cards (*fond de carte*), if any.
    backdrop_photo_id: Mapped[str | None] = fk(Table.PHOTO, nullable=True, cascade=False)
    backdrop_x: Mapped[float] = mapped_column(Float, default=0.0)
    backdrop_y: Mapped[float] = mapped_column(Float, default=0.0)
    backdrop_scale: Mapped[float] = mapped_column(Float, default=1.0)
    backdrop_opacity: Mapped[float] = mapped_column(Float, default=0.5)
    backdrop_in_projection: Mapped[bool] = mapped_column(Boolean, default=True)
    backdrop_in_print: Mapped[bool] = mapped_column(Boolean, default=False)


class MapPlacement(Record):
    """An acteur placed on a map; coordinates in scene units (map is ±500)."""

    __tablename__ = Table.MAP_PLACEMENT.value
    __table_args__ = (UniqueConstraint("map_id", "acteur_id"),)

    map_id: Mapped[str] = fk(Table.STAKEHOLDER_MAP)
    acteur_id: Mapped[str] = fk(Table.ACTEUR)
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)


class Relation(Record):
    __tablename__ = Table.RELATION.value

    map_id: Mapped[str] = fk(Table.STAKEHOLDER_MAP)
    source_id: Mapped[str] = fk(Table.ACTEUR)
    target_id: Mapped[str] = fk(Table.ACTEUR)
    kind: Mapped[RelationKind] = mapped_column(
        enum_column(RelationKind), default=RelationKind.COOPERATION
    )
    label: Mapped[str] = mapped_column(Text, default="")
    two_way: Mapped[bool] = mapped_column(Boolean, default=False)


class MatrixColumn(AtelierPart, Positioned):
    """An acteur chosen as a column of an atelier's role or decision matrix."""

    __tablename__ = Table.MATRIX_COLUMN.value
    __table_args__ = (UniqueConstraint("atelier_id", "matrix", "acteur_id"),)

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    #: "roles" or "decisions"; both decision versions share their columns.
    matrix: Mapped[str] = mapped_column(String(16))
    acteur_id: Mapped[str] = fk(Table.ACTEUR)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Responsibility(AtelierPart, Positioned):
    """A row of the role matrix (RACI)."""

    __tablename__ = Table.RESPONSIBILITY.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text)


class RoleCell(Record):
    __tablename__ = Table.ROLE_CELL.value
    __table_args__ = (UniqueConstraint("responsibility_id", "acteur_id"),)

    responsibility_id: Mapped[str] = fk(Table.RESPONSIBILITY)
    acteur_id: Mapped[str] = fk(Table.ACTEUR)
    value: Mapped[Raci] = mapped_column(enum_column(Raci))


class Decision(AtelierPart, Positioned):
    """A row of the decision matrix (*règles d'usage*, *budget*…)."""

    __tablename__ = Table.DECISION.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text)


class DecisionCell(Record):
    __tablename__ = Table.DECISION_CELL.value
    __table_args__ = (UniqueConstraint("decision_id", "acteur_id", "version"),)

    decision_id: Mapped[str] = fk(Table.DECISION)
    acteur_id: Mapped[str] = fk(Table.ACTEUR)
    version: Mapped[MatrixVersion] = mapped_column(enum_column(MatrixVersion))
    level: Mapped[ParticipationLevel] = mapped_column(enum_column(ParticipationLevel))


class CommonsAssessment(AtelierPart):
    """One of Ostrom's 8 principles assessed for an atelier (*grille des communs*)."""

    __tablename__ = Table.COMMONS_ASSESSMENT.value
    __table_args__ = (UniqueConstraint("atelier_id", "principle"),)

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    #: 1..8, the index in ``enums.OSTROM_PRINCIPLES`` plus one.
    principle: Mapped[int] = mapped_column(Integer)
    status: Mapped[PrincipleStatus] = mapped_column(
        enum_column(PrincipleStatus), default=PrincipleStatus.ABSENT
    )
    note: Mapped[str] = mapped_column(Text, default="")
