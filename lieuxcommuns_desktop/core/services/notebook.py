"""The open notebook as the services see it: short sessions and change events.

Every edit runs in :meth:`Notebook.write`, one committed transaction that
returns only once SQLite has the data on disk; the rows it touched are then
published as one :class:`ChangeSet` to the subscribers (the window's Qt
bridge, tests). Nothing outside ``core.services`` opens a write session.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from .. import fts
from ..errors import StoreError
from ..model import Note, Record, utcnow
from ..store import WRITE_OPTION, Store

log = logging.getLogger(__name__)


@dataclass
class ChangeSet:
    """What one committed edit touched: table name -> ids, by operation.

    The keys are table names (:class:`~..tables.Table` members, or the plain
    strings they equal); views ask :meth:`touches` or :meth:`ids` with ``Table``
    members rather than spelling names.
    """

    created: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)

    def add(self, op: str, table: str, record_id: str) -> None:
        getattr(self, op).setdefault(table, set()).add(record_id)

    @property
    def tables(self) -> set[str]:
        return set(self.created) | set(self.updated) | set(self.deleted)

    def touches(self, *tables: str) -> bool:
        """Whether the edit touched any of ``tables`` (members of :class:`~..tables.Table`)."""
        return any(t in self.created or t in self.updated or t in self.deleted for t in tables)

    def ids(self, table: str) -> set[str]:
        return (
            self.created.get(table, set())
            | self.updated.get(table, set())
            | self.deleted.get(table, set())
        )

    def __bool__(self) -> bool:
        return bool(self.tables)


Subscriber = Callable[[ChangeSet], None]


class Notebook:
    """A :class:`Store` plus the unit-of-work and publish/subscribe around it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)
        self._subscribers: list[Subscriber] = []
        self.last_saved_at: dt.datetime | None = None
        #: Notes were deleted since opening: the index is merged at close.
        self._notes_deleted = False

    # -- lifecycle -----------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Notebook:
        return cls(Store.open(path, readonly=readonly))

    @classmethod
    def create(cls, path: Path | str, *, title: str = "") -> Notebook:
        return cls(Store.create(path, title=title))

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def close(self) -> None:
        self._subscribers.clear()
        if self._notes_deleted and not self.readonly:
            self._forget_deleted_words()
        self.store.close()

    def _forget_deleted_words(self) -> None:
        """Merge the notes index so deleted notes' words leave the file (see ``fts``)."""
        self._notes_deleted = False
        try:
            with self.store.engine.begin() as conn:
                fts.optimize(conn)
        except Exception:  # the notebook is sound without it; next close tries again
            log.exception("could not merge the notes index of %s", self.path)

    # -- events --------------------------------------------------------------
    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` after each committed edit; returns an unsubscriber."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def publish(self, changes: ChangeSet) -> None:
        for callback in list(self._subscribers):
            try:
                callback(changes)
            except Exception:  # a broken view must not undo a committed edit
                log.exception("change subscriber failed")

    # -- units of work ------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session; objects stay usable after it closes."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self, changes: ChangeSet | None = None) -> Iterator[Session]:
        """One committed transaction; publishes what it touched afterwards.

        ``changes`` lets a service add rows the ORM cannot see, such as the
        children a database cascade deleted.
        """
        if self.readonly:
            raise StoreError("readonly_notebook")
        changes = changes if changes is not None else ChangeSet()
        session = self._sessions()
        _track(session, changes)
        try:
            with session.begin():
                # BEGIN IMMEDIATE, and deleted notes remembered for the index purge.
                fts.track(session.connection(execution_options={WRITE_OPTION: True}))
                yield session
                session.flush()
                if _index_notes(session, changes):
                    self._notes_deleted = True
        except StoreError:
            raise
        except Exception as exc:
            if _is_db_error(exc):
                if "database is locked" in _short(exc):  # SQLITE_BUSY after the busy timeout
                    raise StoreError("busy") from exc
                raise StoreError("write_failed", reason=_short(exc)) from exc
            raise
        finally:
            session.close()
        self.last_saved_at = utcnow()
        if changes:
            self.publish(changes)


def _track(session: Session, changes: ChangeSet) -> None:
    """Stamp ``modified_at`` and record which rows a flush touched."""

    @event.listens_for(session, "before_flush")
    def _before_flush(sess: Session, _ctx: object, _instances: object) -> None:
        now = utcnow()
        keep = sess.info.get("keep_modified", False)
        # An import sets session.info["keep_modified"] to keep the sender's times.
        for obj in sess.new:
            if isinstance(obj, Record) and not (keep and obj.modified_at):
                obj.modified_at = now
        for obj in sess.dirty:
            if isinstance(obj, Record) and sess.is_modified(obj) and not keep:
                obj.modified_at = now

    @event.listens_for(session, "after_flush")
    def _after_flush(sess: Session, _ctx: object) -> None:
        for obj in sess.new:
            if isinstance(obj, Record):
                changes.add("created", obj.__tablename__, obj.id)
        for obj in sess.dirty:
            if isinstance(obj, Record) and sess.is_modified(obj):
                changes.add("updated", obj.__tablename__, obj.id)
        for obj in sess.deleted:
            if isinstance(obj, Record):
                changes.add("deleted", obj.__tablename__, obj.id)


def _index_notes(session: Session, changes: ChangeSet) -> int:
    """Bring the index up to date; returns how many deleted notes left it."""
    note = Note.__tablename__
    changed = changes.created.get(note, set()) | changes.updated.get(note, set())
    deleted = changes.deleted.get(note, set())
    return fts.sync(session.connection(), changed - deleted)


def _is_db_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError)


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
