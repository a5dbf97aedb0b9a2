"""Local experiments (*mises en test*) and their log; the kinds of tool they test."""

# No ``from __future__ import annotations`` here: SQLAlchemy would then have to
# eval() every ``Mapped[...]`` string when the classes are mapped, a fifth of
# this module's import time, paid at every start. Annotations naming a class
# defined further down must therefore be quoted.
import datetime as dt

from sqlalchemy import Date, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..enums import ExperimentationStatus
from ..tables import Table
from .base import Positioned, Record, enum_column, fk


class ToolKind(Positioned):
    """A kind of tool an experiment tests; an editable list seeded at creation (``tool_kinds``)."""

    __tablename__ = Table.TOOL_KIND.value

    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Experimentation(Record):
    """A local experiment (*mise en test*) followed over months.

    ``collectivite_id`` is the lead collectivité; partners are
    :class:`ExperimentationPartner` rows. ``tool_tested`` stays as free text
    beside the kind of tool (details: "convention d'occupation de 18 mois").
    """

    __tablename__ = Table.EXPERIMENTATION.value

    collectivite_id: Mapped[str | None] = fk(Table.COLLECTIVITE, nullable=True, cascade=False)
    title: Mapped[str] = mapped_column(Text)
    tool_tested: Mapped[str] = mapped_column(Text, default="")
    hypothesis: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ExperimentationStatus] = mapped_column(
        enum_column(ExperimentationStatus), default=ExperimentationStatus.ENVISAGEE
    )
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    ressource_id: Mapped[str | None] = fk(Table.RESSOURCE, nullable=True, cascade=False)
    tool_kind_id: Mapped[str | None] = fk(Table.TOOL_KIND, nullable=True, cascade=False)
    #: What was learnt, for the comparison and the second circle's letter.
    lessons: Mapped[str] = mapped_column(Text, default="")


class ExperimentationLog(Record):
    __tablename__ = Table.EXPERIMENTATION_LOG.value

    experimentation_id: Mapped[str] = fk(Table.EXPERIMENTATION)
    date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")


