"""Share a notebook on a team server, and sync it: pull, merge, push.

A sync never edits the notebook behind the merge's back and never leaves the
server half written:

1. connect and check the server (another application's database, a newer
   schema, missing rights, another programme: refused, nothing written);
2. **pull** what the server has that the notebook's version vector does not
   cover (one snapshot, checked row by row before use);
3. **merge** it into the notebook with ``core.sync.merge.merge_into`` — one
   local transaction, conflicts resolved by ``prefer`` or by ``choose`` (the
   review dialog), the same as *Fusionner un carnet*;
4. **push** what the server's vector does not cover, with the ancestors those
   rows need (``delta``), in one server transaction that first checks that no
   other laptop pushed since step 2 — if one did, back to step 2.

Cut anywhere, both sides stay valid: before 3 nothing was written; between 3
and 4 the notebook holds a merge the server does not know yet, which the next
sync pushes (its pull brings nothing new); a push is one transaction. Each
sync finally records in the notebook's ``sync_peer`` what the server
acknowledged (the URL without password).

Each operation is written once, as a generator of steps (:data:`Steps`):
steps 1, 2 and 4 are *yielded* as callables that touch only the server, and
everything that reads or writes the notebook runs in the generator itself.
:func:`drive` runs them in place (the command line, :func:`sync`,
:func:`share`); the window runs the yielded steps on a worker thread so that
it never freezes, while the merge stays on its GUI thread.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select

from ..errors import StoreError
from ..model import Programme
from ..tables import Table
from .errors import TeamError
from .server import ServerMoved, TeamServer

if TYPE_CHECKING:
    from ..services.notebook import Notebook
    from ..sync.apply import Chooser, MergeReport
    from ..sync.merge import Choice, Conflict
    from ..sync.state import SyncState

#: Called with "connected", "pulled", "merged", "pushed": progress for the window, and
#: the place where tests cut a sync.
PhaseHook = Callable[[str], None]
#: Pushes refused because another laptop pushed first, before giving up for now.
MAX_ATTEMPTS = 5
T = TypeVar("T")
#: A sync as a generator: it yields each *network* step (a callable that talks to
#: the server and never touches the notebook), receives its result (or its
#: exception, thrown in), and does every notebook read, merge and write itself,
#: on the thread that drives it. :func:`drive` runs the steps in place; the
#: window runs them on a worker so that it never freezes during a sync.
Steps = Generator[Callable[[], Any], Any, T]


@dataclass
class SyncReport:
    """What one sync did, for the window's report and the command line."""

    server: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    #: Rows and deletions sent to the server.
    pushed: int = 0
    pushed_deletions: int = 0
    attempts: int = 0
    shared: bool = False
    #: The notebook was made from the server (:func:`join`).
    joined: bool = False
    cancelled: bool = False
    #: The merges' reports (their ``edit`` undoes them in the window), one per attempt.
    merges: list[MergeReport] = field(default_factory=list)

    @property
    def received(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.deleted.values())

    @property
    def choices(self) -> dict[tuple[str, str, str | None], Choice]:
        """The choice applied to each conflict, by (table, id, column or None)."""
        out: dict[tuple[str, str, str | None], Choice] = {}
        for merged in self.merges:
            out.update(merged.choices)
        return out

    #: A sync keeps no backup copy (``merge`` keeps one): the server holds what came in.
    backup = None


def drive(steps: Steps[T]) -> T:
    """Run a sync's steps one after the other on this thread (the command line, tests).

    The window runs the same steps with the network ones on a worker thread
    (``ui/team/worker.py``): the driver only decides *where* each step runs.
    """
    try:
        step = next(steps)
        while True:
            try:
                value = step()
            except BaseException as exc:  # handed back to the steps
                step = steps.throw(exc)
            else:
                step = steps.send(value)
    except StopIteration as done:
        result: T = done.value  # a generator's return value is untyped on StopIteration
        return result


def share(nb: Notebook, url: str, password: str | None, *, choose: Chooser | None = None,
          on_phase: PhaseHook | None = None) -> SyncReport:
    """Share the notebook's programme on an empty team database (or the one it shares).

    Creates the tables (the team's role owns them), marks the database as this
    programme's, then syncs: the first push brings every record. On a server
    that already shares this programme it is a sync whose conflicts go to
    ``choose`` (the review dialog) when given, else keep this notebook's side.
    """
    return drive(share_steps(nb, url, password, choose=choose, on_phase=on_phase))


def sync(nb: Notebook, url: str, password: str | None, *, prefer: Choice = "mine",
         choose: Chooser | None = None, on_phase: PhaseHook | None = None) -> SyncReport:
    """Pull, merge and push; retried while other laptops push in between."""
    return drive(sync_steps(nb, url, password, prefer=prefer, choose=choose,
                            on_phase=on_phase))


def share_steps(nb: Notebook, url: str, password: str | None, *,
                choose: Chooser | None = None,
                on_phase: PhaseHook | None = None) -> Steps[SyncReport]:
    """:func:`share` as steps (see :data:`Steps`)."""
    _writable(nb)
    server = yield partial(TeamServer.connect, url, password)
    try:
        _phase(on_phase, "connected")
        return (yield from share_with_steps(nb, server, choose=choose, on_phase=on_phase))
    finally:
        server.close()


def sync_steps(nb: Notebook, url: str, password: str | None, *, prefer: Choice = "mine",
               choose: Chooser | None = None,
               on_phase: PhaseHook | None = None) -> Steps[SyncReport]:
    """:func:`sync` as steps (see :data:`Steps`)."""
    _writable(nb)
    server = yield partial(TeamServer.connect, url, password)
    try:
        _phase(on_phase, "connected")
        return (yield from sync_with_steps(nb, server, prefer=prefer, choose=choose,
                                           on_phase=on_phase))
    finally:
        server.close()


def join(path: Path | str, url: str, password: str | None, *,
         on_phase: PhaseHook | None = None) -> tuple[Notebook, SyncReport]:
    """A new notebook at ``path`` holding the programme the server shares (a new laptop).

    The server is checked before the file is created. The new notebook's own
    empty programme is removed before the first sync, which brings the
    server's; anything both have (the seeded tool kinds) and that differs
    takes the server's version. Returns the open notebook and the report.
    """
    with TeamServer.connect(url, password) as server:
        _phase(on_phase, "connected")
        return join_with(path, server, on_phase=on_phase)


def join_with(path: Path | str, server: TeamServer, *,
              on_phase: PhaseHook | None = None) -> tuple[Notebook, SyncReport]:
    """:func:`join` on a server already connected."""
    from ..services.notebook import Notebook

    info = server.check()
    if not info.ours or info.programme_id is None:
        raise TeamError("not_shared", server=server.address.server)
    nb = Notebook.create(path)
    try:
        with nb.write() as session:
            for programme in session.scalars(select(Programme)).all():
                session.delete(programme)
        report = drive(_sync_steps(nb, server, prefer="theirs", choose=None,
                                   on_phase=on_phase))
    except BaseException:
        nb.close()
        Path(path).unlink(missing_ok=True)
        raise
    report.joined = True
    return nb, report


def share_with(nb: Notebook, server: TeamServer, *, choose: Chooser | None = None,
               on_phase: PhaseHook | None = None) -> SyncReport:
    """:func:`share` on a server already connected (the command line checks it first)."""
    return drive(share_with_steps(nb, server, choose=choose, on_phase=on_phase))


def share_with_steps(nb: Notebook, server: TeamServer, *, choose: Chooser | None = None,
                     on_phase: PhaseHook | None = None) -> Steps[SyncReport]:
    _writable(nb)
    programme_id, title = _programme(nb)
    yield partial(_claim, server, programme_id, title)
    report = yield from _sync_steps(nb, server, prefer="mine", choose=choose, on_phase=on_phase)
    report.shared = True
    return report


def sync_with(nb: Notebook, server: TeamServer, *, prefer: Choice = "mine",
              choose: Chooser | None = None,
              on_phase: PhaseHook | None = None) -> SyncReport:
    """:func:`sync` on a server already connected."""
    return drive(sync_with_steps(nb, server, prefer=prefer, choose=choose, on_phase=on_phase))


def sync_with_steps(nb: Notebook, server: TeamServer, *, prefer: Choice = "mine",
                    choose: Chooser | None = None,
                    on_phase: PhaseHook | None = None) -> Steps[SyncReport]:
    _writable(nb)
    programme_id, _title = _programme(nb)
    yield partial(_ready, server, programme_id)
    return (yield from _sync_steps(nb, server, prefer=prefer, choose=choose, on_phase=on_phase))


# -- network steps (no notebook in them: they may run on any thread) ------------------
def _claim(server: TeamServer, programme_id: str, title: str) -> None:
    """Make (or upgrade) the tables and mark the database as this programme's."""
    server.check()
    server.create_or_upgrade()
    server.claim(programme_id, title)


def _ready(server: TeamServer, programme_id: str) -> None:
    """Refuse a server that does not share this programme; upgrade an older one."""
    from ..store import SCHEMA_VERSION

    info = server.check()
    if not info.ours or info.programme_id is None:
        raise TeamError("not_shared", server=server.address.server)
    if info.programme_id != programme_id:
        raise TeamError("other_programme", server=server.address.server,
                        title=info.programme_title)
    if info.version < SCHEMA_VERSION:
        server.create_or_upgrade()


def _sync_steps(nb: Notebook, server: TeamServer, *, prefer: Choice, choose: Chooser | None,
                on_phase: PhaseHook | None) -> Steps[SyncReport]:
    from ..sync.merge import merge_into

    report = SyncReport(server.url)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        report.attempts = attempt
        mine = local_vector(nb)
        remote: SyncState = yield partial(server.pull, mine)
        _phase(on_phase, "pulled")
        if remote.rows or remote.tombstones or not _covers(mine, remote.vector):
            # No backup copy per sync (one every few minutes would pile up): the
            # server holds what came in, and the window undoes the merge in one step.
            merged = merge_into(nb, remote, prefer=prefer, choose=choose, backup=False)
            if merged.cancelled:  # the review dialog was cancelled: nothing written nor sent
                report.cancelled = True
                report.conflicts = list(merged.conflicts)
                return report
            _add(report, merged)
        _phase(on_phase, "merged")
        delta = local_delta(nb, remote.vector)
        try:
            yield partial(server.push, delta, remote.vector)
        except ServerMoved:
            continue
        report.pushed = sum(1 for row in delta.rows.values()  # changed, not owners brought along
                            if any(not dot.covered_by(remote.vector) for dot in row.dots()))
        report.pushed_deletions = len(delta.tombstones)
        _phase(on_phase, "pushed")
        remember_peer(nb, server.url, delta.vector)
        return report
    error = TeamError("busy", server=server.address.server)
    error.touched_local = True
    raise error


# -- the local side ------------------------------------------------------------
def local_vector(nb: Notebook) -> dict[str, int]:
    from ..sync.state import read_vector

    with nb.store.engine.connect() as conn:
        return read_vector(conn)


def local_delta(nb: Notebook, since: Mapping[str, int]) -> SyncState:
    """What ``since`` does not cover, with the rows those need, in one read transaction."""
    from .delta import add_ancestors, read_delta

    with nb.store.engine.connect() as conn, conn.begin():
        state = read_delta(conn, since)
        add_ancestors(conn, state)
    return state


def remember_peer(nb: Notebook, url: str, vector: Mapping[str, int]) -> None:
    """Record what the server acknowledged (its URL without password, never a password).

    The common states of fields it now holds as the laptop does are dropped
    (``core/sync/base.py``): a later change starts a fresh one.
    """
    from ..sync.base import prunable, prune_bases
    from ..sync.tables import sync_peer

    text = json.dumps(dict(sorted(vector.items())), separators=(",", ":"))
    with nb.store.engine.connect() as conn:
        known = conn.execute(select(sync_peer.c.vector).where(sync_peer.c.peer == url)).first()
        stale = bool(prunable(conn, vector))
    if known is not None and known[0] == text and not stale:
        return  # nothing new: the file keeps its bytes
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with nb.write() as session:
        if known is None:
            session.execute(sync_peer.insert().values(peer=url, vector=text, synced_at=now))
        else:
            session.execute(sync_peer.update().where(sync_peer.c.peer == url)
                            .values(vector=text, synced_at=now))
        prune_bases(session.connection(), vector)


def last_synced(nb: Notebook, url: str) -> dt.datetime | None:
    """When a sync with ``url`` last moved something either way (naive UTC), or None.

    A sync that finds nothing new writes nothing to the notebook (its bytes stay
    the same), so this time is not refreshed by it: the window keeps the time of
    its last sync in memory for that.
    """
    from ..sync.tables import sync_peer
    from .address import parse

    peer = parse(url).url
    with nb.store.engine.connect() as conn:
        return conn.execute(select(sync_peer.c.synced_at)
                            .where(sync_peer.c.peer == peer)).scalar_one_or_none()


def team_servers(nb: Notebook) -> list[str]:
    """The team servers this notebook synced with (URLs without password), latest first."""
    from ..sync.tables import sync_peer

    with nb.store.engine.connect() as conn:
        rows = conn.execute(select(sync_peer.c.peer, sync_peer.c.synced_at)
                            .where(sync_peer.c.peer.like("postgresql://%"))).all()
    return [peer for peer, _when in sorted(rows, key=lambda r: r[1] or dt.datetime.min,
                                           reverse=True)]


def _programme(nb: Notebook) -> tuple[str, str]:
    with nb.store.engine.connect() as conn:
        row = conn.execute(select(Programme.id, Programme.title).order_by(Programme.id)).first()
    if row is None:
        raise StoreError("missing_tables", path=nb.path, tables=Table.PROGRAMME)
    return str(row[0]), str(row[1] or "")


def _writable(nb: Notebook) -> None:
    if nb.readonly:
        raise StoreError("readonly_notebook")


def _add(report: SyncReport, merged: MergeReport) -> None:
    report.merges.append(merged)
    for mine, theirs in ((report.added, merged.added), (report.updated, merged.updated),
                         (report.deleted, merged.deleted)):
        for table, n in theirs.items():
            mine[table] = mine.get(table, 0) + n
    report.conflicts.extend(merged.conflicts)


def _covers(vector: Mapping[str, int], other: Mapping[str, int]) -> bool:
    return all(n <= vector.get(replica, 0) for replica, n in other.items())


def _phase(hook: PhaseHook | None, name: str) -> None:
    if hook is not None:
        hook(name)
