"""*Synchroniser*, by hand and every few minutes, and the team line of the status bar.

By hand (Ctrl+Shift+Y): asks the password if none is known and opens the
conflict review when the server's changes meet local ones. Automatically:
a timer first checks, off the GUI thread, that the server answers at all,
then syncs. Either way the network steps (connect, pull, push) run on a
worker (:mod:`.worker`) while the window goes on; the merge, the review and
the undo step run on the GUI thread between them, and the status bar's team
line says which phase the sync is in. The automatic sync never runs while a
dialog is open, in live mode, or without a password already known, and it
never opens a dialog itself: a sync that would need choices is left for the
user, and failures are one status line, not a pop-up every few minutes.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import socket
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit

from ...core.errors import LieuxError
from ..plain import plain
from . import link as team_link
from . import report as report_text
from . import secrets
from .worker import StepRunner

if TYPE_CHECKING:
    from ...core.team.sync import SyncReport
    from ..document import Document
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

#: Minutes between automatic syncs while the server answers.
AUTO_MINUTES = 5
PROBE_SECONDS = 3.0


class TeamSync(QObject):
    """Owns the sync action's work, the timer and the status label of one window."""

    #: (token, reachable) from the probe thread, delivered on the GUI thread.
    probed = Signal(int, bool)
    #: A sync finished: its report (None when it failed or was deferred).
    finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.runner = StepRunner(self)
        #: The document a running sync writes into, and its server as messages name it.
        self._syncing: Document | None = None
        self._server = ""
        self.label = plain(QLabel(window))
        self.label.setObjectName("teamStatus")
        self.label.setAccessibleName(self.tr("État de la synchronisation"))
        window.statusBar().addPermanentWidget(self.label)
        self.label.hide()
        self.timer = QTimer(self)
        self.timer.setObjectName("teamTimer")
        self.timer.setInterval(AUTO_MINUTES * 60_000)
        self.timer.timeout.connect(self.tick)
        self.probed.connect(self._on_probed)
        self._token = 0

    # -- state ---------------------------------------------------------------------------------
    @property
    def doc(self) -> Document | None:
        return self.main.doc

    def current_link(self) -> team_link.TeamLink | None:
        doc = self.doc
        return None if doc is None else team_link.load(doc.notebook.path)

    def refresh(self) -> None:
        """After a notebook opened or closed, or a share: start or stop the timer."""
        if self.running and self.doc is not self._syncing:
            self.runner.cancel()  # its notebook closed: nothing more is written
            self._syncing = None
            self.finished.emit(None)
        found = self.current_link()
        if found is None or self.doc is None or self.doc.readonly:
            self.timer.stop()
            self.label.hide()
            return
        self.label.show()
        if not self.label.text():
            self.show_state(self.tr("Équipe : {server}").format(
                server=team_link.display(found)))
        if not self.timer.isActive():
            self.timer.start()

    def show_state(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)

    def _message(self, text: str) -> None:
        self.main.statusBar().showMessage(text, 10_000)

    # -- by hand ---------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """The *Synchroniser* action: may ask the password and open the review.

        True when a sync started (it goes on in the background: :attr:`finished`).
        """
        doc = self.doc
        if doc is None or self.running:
            return False
        if doc.readonly:
            self._message(self.tr("Ce carnet est ouvert en lecture seule."))
            return False
        found = self.current_link()
        if found is None:
            self._message(self.tr("Ce carnet n'est partagé sur aucun serveur : "
                                  "Fichier › Partager sur un serveur d'équipe…"))
            return False
        password = secrets.get(found)
        if password is None:
            password = self.ask_password(found)
            if password is None:
                return False
        return self.run(found, password, interactive=True)

    def ask_password(self, found: team_link.TeamLink) -> str | None:
        text, ok = QInputDialog.getText(
            self.main, self.tr("Synchroniser"),
            self.tr("Mot de passe de {user} sur {server} :").format(
                user=found.user, server=team_link.display(found)),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
        secrets.remember(found, text, keyring=False)
        return text

    # -- automatically ----------------------------------------------------------------------------
    def may_run_now(self) -> bool:
        """Whether an automatic sync may start: nothing the user is in the middle of."""
        doc = self.doc
        if self.running or doc is None or doc.readonly:
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return False
        return not self._live_mode()

    def _live_mode(self) -> bool:
        from .. import registry

        live = registry.LIVE_WINDOW.load()
        return any(w.isVisible() for w in self.main.findChildren(live))

    def tick(self) -> None:
        found = self.current_link()
        if found is None or not self.may_run_now() or secrets.get(found) is None:
            return
        self._token += 1
        token, url = self._token, found.url
        QThreadPool.globalInstance().start(lambda: self._probe(token, url))

    def _probe(self, token: int, url: str) -> None:
        """On a pool thread: the answer goes back to the GUI thread through ``probed``."""
        answered = reachable(url)
        try:
            self.probed.emit(token, answered)
        except RuntimeError:  # the window closed meanwhile
            log.debug("probe answered after the window closed")

    def _on_probed(self, token: int, answered: bool) -> None:
        found = self.current_link()
        if token != self._token or found is None:
            return  # the notebook changed meanwhile
        if not answered:
            self.show_state(self.tr("Équipe : serveur injoignable ({time})").format(
                time=_now()))
            return
        password = secrets.get(found)
        if password is not None and self.may_run_now():
            self.run(found, password, interactive=False)

    # -- the sync itself -------------------------------------------------------------------------
    def run(self, found: team_link.TeamLink, password: str, *, interactive: bool) -> bool:
        """Start one sync; False when none could start. :attr:`finished` tells the end.

        The network steps run on a worker (:class:`StepRunner`); the merge, the
        review dialog and the undo step run here, on the GUI thread, between them.
        """
        from ...core.team import sync as team_sync
        from .merge_flow import choose_with_dialog

        doc = self.doc
        if doc is None or self.running:
            return False
        choose = stopping(choose_with_dialog(self.main, team_link.display(found))
                          if interactive else _defer)
        self._syncing = doc
        self._server = team_link.display(found)
        self.show_phase("start")
        steps = team_sync.sync_steps(doc.notebook, found.url, password, choose=choose,
                                     on_phase=self.show_phase)
        self.runner.start(steps, lambda ok, value: self._ended(doc, found, interactive, ok, value),
                          guard=lambda: self.doc is doc)
        return True

    @property
    def running(self) -> bool:
        return self.runner.busy

    def show_phase(self, phase: str) -> None:
        """The progress line: what the sync is doing now (``on_phase`` of the core sync)."""
        texts = {
            "start": self.tr("Équipe : connexion à {server}…"),
            "connected": self.tr("Équipe : réception des changements de {server}…"),
            "pulled": self.tr("Équipe : fusion des changements reçus…"),
            "merged": self.tr("Équipe : envoi des changements à {server}…"),
        }
        text = texts.get(phase)
        if text is not None:
            self.show_state(text.format(server=self._server))

    def _ended(self, doc: Document, found: team_link.TeamLink, interactive: bool, ok: bool,
               value: Any) -> None:
        """On the GUI thread, when the steps are over: land the merge, say how it went."""
        self._syncing = None
        if not ok:
            self._failed(found, interactive, value)
            return
        synced = value
        self.land(doc, synced, found)
        from .merge_flow import cancelled

        if synced.cancelled or any(cancelled(m) for m in synced.merges):
            self._stopped(interactive)
            self.finished.emit(synced)
            return
        self.show_state(self.tr("Équipe : synchronisé à {time}").format(time=_now()))
        self._message(self.tr("Synchronisation : {received}, {sent}").format(
            received=report_text.short(synced),
            sent=self.tr("%n enregistrement(s) envoyé(s)", "",
                         int(synced.pushed + synced.pushed_deletions))))
        self.finished.emit(synced)

    def _stopped(self, interactive: bool) -> None:
        if interactive:
            self.show_state(self.tr("Équipe : synchronisation annulée, rien n'a été écrit"))
        else:
            self.show_state(self.tr("Équipe : des conflits attendent — Synchroniser "
                                    "(Ctrl+Maj+Y) pour les régler"))

    def _failed(self, found: team_link.TeamLink, interactive: bool, exc: BaseException) -> None:
        from .worker import CancelledError

        if isinstance(exc, CancelledError):  # the notebook closed meanwhile: nothing to say
            self.finished.emit(None)
            return
        if isinstance(exc, StoppedError):
            self._stopped(interactive)
            self.finished.emit(None)
            return
        self.show_state(self.tr("Équipe : échec de la synchronisation ({time})").format(
            time=_now()))
        if isinstance(exc, LieuxError):
            self._message(exc.message)
            if exc.code == "auth":
                secrets.forget(found)  # a refused password is asked again, not retried
            if interactive:
                from ..errors import show_error

                show_error(self.main, exc.message)
            self.finished.emit(None)
            return
        self.finished.emit(None)
        if interactive:
            raise exc  # the app's error dialog, with the log
        log.error("automatic sync failed", exc_info=exc)  # a status line, not a dialog

    def land(self, doc: Document, synced: SyncReport, found: team_link.TeamLink) -> None:
        """The merges of one sync (one per attempt) as ONE undo step."""
        from ...core.services.edits import merge as merge_edits  # SQLAlchemy: not at start
        from .merge_flow import push_edit

        edits = [m.edit for m in synced.merges if m.edit]
        if not edits:
            return
        push_edit(doc, functools.reduce(merge_edits, edits),
                  self.tr("Synchronisation avec {server}").format(
                      server=team_link.display(found)))


class StoppedError(Exception):
    """The review was cancelled (or deferred): stop the whole sync before anything is written.

    Raised from ``choose`` rather than returning None so that the sync stops
    before its push too: a push after an unmerged pull would send local
    values over changes this notebook has not seen.
    """


def stopping(choose: Any) -> Any:
    def guarded(plan: Any) -> Mapping[Any, str]:
        picked = choose(plan)
        if picked is None:
            raise StoppedError
        return picked

    return guarded


def _defer(plan: Any) -> Mapping[Any, str] | None:
    """The automatic sync's ``choose``: no choices without the user (None: nothing written)."""
    return None if plan.conflicts else {}


def reachable(url: str) -> bool:
    """Whether the server's port answers within :data:`PROBE_SECONDS` (any thread)."""
    from ...core.team.address import parse
    from ...core.team.errors import TeamError

    try:
        address = parse(url)
        with socket.create_connection((address.host, address.port), timeout=PROBE_SECONDS):
            return True
    except (OSError, ValueError, TeamError):
        return False


def _now() -> str:
    return dt.datetime.now().strftime("%H:%M")
