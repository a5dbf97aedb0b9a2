"""What every record of a notebook shares: the declarative base, the UUID key and
modification time, the foreign-key and enum column helpers.

Every record carries a stable UUID primary key and a modification time so that
two laptops' copies of a notebook can be merged record by record.
"""

# No ``from __future__ import annotations`` here: SQLAlchemy would then have to
# eval() every ``Mapped[...]`` string when the classes are mapped, a fifth of
# this module's import time, paid at every start. Annotations naming a class
# defined further down must therefore be quoted.
import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    DateTime,
    ForeignKey,
    MetaData,
    String,
    Table,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..tables import Table as TableName

APPLICATION_ID = 0x4C434F4D

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """Naive UTC, microsecond precision: the order of two edits is kept."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def enum_column(enum_cls: type) -> SAEnum:
    """Store an enum by its value as plain text, no CHECK constraint.

    A CHECK would have to be rebuilt by a migration each time a vocabulary
    grows; the services validate values instead.
    """
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record(Base):
    """What every mergeable record has."""

    __abstract__ = True
    if TYPE_CHECKING:  # a mapped class's table is a Table (the base only says FromClause)
        __table__: ClassVar[Table]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Positioned(Record):
    """A record the user puts in order among its siblings (``position``, from 0).

    Lets the generic reorder and the copy of an atelier's children sort by
    ``position`` with its type known. Each subclass declares the column itself,
    where it always stood, so that the tables' column order does not change;
    ``tests/core/test_model_kinds.py`` checks that the declarations and the
    tables agree.
    """

    __abstract__ = True
    if TYPE_CHECKING:
        position: Mapped[int]


class AtelierPart(Record):
    """A record that belongs to one atelier (``atelier_id``, never NULL).

    Its rows go with the atelier: copied with it, deleted with it. The column is
    declared by each subclass, like :class:`Positioned`'s.
    """

    __abstract__ = True
    if TYPE_CHECKING:
        atelier_id: Mapped[str]


def fk(target: TableName, *, nullable: bool = False, cascade: bool = True) -> Mapped[Any]:
    """A UUID foreign key; owned children cascade, loose links are set NULL."""
    return mapped_column(
        String(36),
        ForeignKey(f"{target.value}.id", ondelete="CASCADE" if cascade else "SET NULL"),
        nullable=nullable,
        index=True,
    )

