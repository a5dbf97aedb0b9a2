"""Photos of the paper boards and dot votes (*gommettes*), taken during an atelier."""

# No ``from __future__ import annotations`` here: SQLAlchemy would then have to
# eval() every ``Mapped[...]`` string when the classes are mapped, a fifth of
# this module's import time, paid at every start. Annotations naming a class
# defined further down must therefore be quoted.
import datetime as dt

from sqlalchemy import DateTime, Integer, LargeBinary, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..enums import PhotoTimeSource, VoteSource
from ..tables import Table
from .base import AtelierPart, Positioned, Record, enum_column, fk


class Photo(AtelierPart, Positioned):
    """A photo of a paper board, attached to the séquence running when it was taken.

    The image bytes live in :class:`PhotoData`, so that listing an atelier's
    photos (gallery, notes feed, minutes' outline) never reads them.
    """

    __tablename__ = Table.PHOTO.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    #: None: taken outside every séquence, attached to the atelier itself.
    sequence_id: Mapped[str | None] = fk(Table.SEQUENCE, nullable=True, cascade=False)
    #: Naive UTC, like the séquences' actual times.
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    time_source: Mapped[PhotoTimeSource] = mapped_column(
        enum_column(PhotoTimeSource), default=PhotoTimeSource.FILE_TIME
    )
    caption: Mapped[str] = mapped_column(Text, default="")
    #: Required before publication (minutes for the blog, HTML).
    alt_text: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    original_name: Mapped[str] = mapped_column(Text, default="")


class PhotoData(Record):
    """A photo's clean JPEG and thumbnail (no metadata), read only when shown."""

    __tablename__ = Table.PHOTO_DATA.value
    __table_args__ = (UniqueConstraint("photo_id"),)

    photo_id: Mapped[str] = fk(Table.PHOTO)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)


class Vote(AtelierPart, Positioned):
    """A dot vote (*gommettes*) on a séquence: a question, options, rounds of counts."""

    __tablename__ = Table.VOTE.value

    atelier_id: Mapped[str] = fk(Table.ATELIER)
    sequence_id: Mapped[str | None] = fk(Table.SEQUENCE, nullable=True, cascade=False)
    question: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class VoteOption(Positioned):
    __tablename__ = Table.VOTE_OPTION.value

    vote_id: Mapped[str] = fk(Table.VOTE)
    label: Mapped[str] = mapped_column(Text)
    source_kind: Mapped[VoteSource] = mapped_column(
        enum_column(VoteSource), default=VoteSource.SAISIE
    )
    #: The idea note's or decision's id, the principle's number; not a foreign
    #: key: the option keeps its label when its source is deleted.
    source_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class VoteRound(Positioned):
    """One round of a vote (*importance*, *faisabilité*…)."""

    __tablename__ = Table.VOTE_ROUND.value

    vote_id: Mapped[str] = fk(Table.VOTE)
    name: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class VoteCount(Record):
    __tablename__ = Table.VOTE_COUNT.value
    __table_args__ = (UniqueConstraint("round_id", "option_id"),)

    round_id: Mapped[str] = fk(Table.VOTE_ROUND)
    option_id: Mapped[str] = fk(Table.VOTE_OPTION)
    count: Mapped[int] = mapped_column(Integer, default=0)


