"""*Fichier › Partager sur un serveur d'équipe…*: the server's URL, the user, a password.

The URL and the user are remembered for this notebook on this computer
(:mod:`.link`); the password only in the system keyring when the box is
ticked (:mod:`.secrets`). *Tester la connexion* checks the server without
writing; *Partager* pushes the notebook (``core.team.sync.share``), or, on a
server that already shares this programme, syncs it with its conflicts in
the review dialog. Both talk to the server on a worker thread. Every
failure is one line under the fields, and the notebook is left as it was.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LieuxError
from ..document import Document
from ..plain import plain
from . import link as team_link
from . import secrets
from .sync_control import StoppedError
from .worker import StepRunner

log = logging.getLogger(__name__)


class ShareDialog(QDialog):
    """Connect the open notebook to a team server; :attr:`result_report` after sharing."""

    #: A connection test or a share ended: whether it went well (the window goes on
    #: meanwhile: the network part runs on a worker, :class:`StepRunner`).
    worked = Signal(bool)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.runner = StepRunner(self)
        self.result_report: Any = None
        #: A line for the status bar after sharing (the keyring could not keep the password).
        self.notice = ""
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Partager sur un serveur d'équipe"))
        self.setAccessibleName(self.tr("Partager sur un serveur d'équipe"))

        intro = plain(QLabel(self.tr(
            "Le carnet reste sur cet ordinateur et marche hors ligne ; le serveur PostgreSQL "
            "de l'équipe en garde une copie commune, que « Synchroniser » met à jour dans les "
            "deux sens."), self))
        intro.setWordWrap(True)

        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("shareUrl")
        self.url_edit.setPlaceholderText("postgresql://serveur.exemple.org/lieux?sslmode=require")
        self.url_edit.setAccessibleName(self.tr("Adresse du serveur"))
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("shareUser")
        self.user_edit.setAccessibleName(self.tr("Utilisateur"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("sharePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Mot de passe"))
        self.remember_box = QCheckBox(self.tr("&Retenir le mot de passe dans le trousseau du "
                                              "système"), self)
        self.remember_box.setObjectName("shareRemember")
        self.remember_box.setToolTip(self.tr("Jamais dans le carnet ni dans les préférences."))

        form = QFormLayout()
        form.addRow(self.tr("&Adresse :"), self.url_edit)
        form.addRow(self.tr("&Utilisateur :"), self.user_edit)
        form.addRow(self.tr("&Mot de passe :"), self.password_edit)
        form.addRow("", self.remember_box)
        for field in (self.url_edit, self.user_edit, self.password_edit):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.status = plain(QLabel(self))
        self.status.setObjectName("shareStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.test_button = QPushButton(self.tr("&Tester la connexion"), self)
        self.test_button.setObjectName("shareTest")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.share_button = QPushButton(self.tr("&Partager"), self)
        self.share_button.setObjectName("shareGo")
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.cancel_button.setObjectName("shareCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)

        known = team_link.load(doc.notebook.path)
        if known is not None:
            self.url_edit.setText(known.url)
            self.user_edit.setText(known.user)
            self.password_edit.setText(secrets.get(known) or "")
        self.resize(620, 340)

    # -- reading the fields ---------------------------------------------------------------------
    def read_fields(self) -> tuple[team_link.TeamLink, str | None] | None:
        """The link and the password, or None after saying what is wrong."""
        try:
            found, in_url = team_link.parse(self.url_edit.text(), self.user_edit.text())
        except team_link.LinkError as exc:
            self.say(str(exc), error=True)
            return None
        password = self.password_edit.text() or in_url
        if in_url:  # a password typed into the URL moves to its own field, out of the URL
            self.url_edit.setText(found.url)
            self.password_edit.setText(in_url)
        return found, password or None

    def say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        palette = self.status.palette()
        colour = QColor("#a40000") if error else self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.status.setPalette(palette)

    # -- actions (the network part on a worker: the window never freezes) ---------------------
    def test_connection(self) -> bool:
        """Check the server without writing; True when the check started (:attr:`worked`)."""
        fields = self.read_fields()
        if fields is None or self.runner.busy:
            return False
        found, password = fields
        self.say(self.tr("Connexion à {server}…").format(server=team_link.display(found)))
        self._working(True)
        self.runner.start(_check_steps(found.url, password),
                          lambda ok, value: self._tested(found, ok, value))
        return True

    def _tested(self, found: team_link.TeamLink, ok: bool, info: Any) -> None:
        self._working(False)
        if not ok:
            self._failed(info)
            return
        server = team_link.display(found)
        if info.programme_id:
            self.say(self.tr("Connexion réussie : le serveur {server} partage le programme "
                             "« {title} ».").format(server=server, title=info.programme_title))
        else:
            self.say(self.tr("Connexion réussie : le serveur {server} peut recevoir ce "
                             "carnet.").format(server=server))
        self.worked.emit(True)

    def share(self) -> bool:
        """Share on an empty server, or join one that already shares this programme.

        Both are ``core.team.sync.share``: records both sides changed go through
        the review dialog (cancelling it stops everything, nothing written nor
        sent). True when the share started; the dialog is accepted when it ends well.
        """
        from ...core.team import sync as team_sync
        from .merge_flow import choose_with_dialog
        from .sync_control import stopping

        if self.doc.readonly:
            self.say(self.tr("Ce carnet est ouvert en lecture seule."), error=True)
            return False
        fields = self.read_fields()
        if fields is None or self.runner.busy:
            return False
        found, password = fields
        self.say(self.tr("Partage en cours…"))
        self._working(True)
        choose = stopping(choose_with_dialog(self, team_link.display(found)))
        self.runner.start(
            team_sync.share_steps(self.doc.notebook, found.url, password, choose=choose),
            lambda ok, value: self._shared(found, password, ok, value))
        return True

    def _shared(self, found: team_link.TeamLink, password: str | None, ok: bool,
                value: Any) -> None:
        self._working(False)
        if not ok:
            self._failed(value)
            return
        self.result_report = value
        team_link.save(self.doc.notebook.path, found)
        if password is not None and not secrets.remember(
                found, password, keyring=self.remember_box.isChecked()):
            self.notice = self.tr("Partagé, mais le trousseau du système n'a pas pu garder le "
                                  "mot de passe : il sera demandé à chaque session.")
        self.worked.emit(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, StoppedError):
            self.say(self.tr("Partage annulé : rien n'a été écrit."), error=True)
        elif isinstance(exc, LieuxError):
            self.say(exc.message, error=True)
        else:
            self.worked.emit(False)
            raise exc  # the app's error dialog, with the log
        self.worked.emit(False)

    def _working(self, busy: bool) -> None:
        """While the server answers: the fields and actions wait; *Annuler* stops."""
        for widget in (self.url_edit, self.user_edit, self.password_edit, self.remember_box,
                       self.test_button, self.share_button):
            widget.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()
        else:
            self.url_edit.setFocus()

    def reject(self) -> None:
        """*Annuler* (or Esc), even while the server answers: nothing more is written."""
        if self.runner.busy:
            self.runner.cancel()
            self._working(False)
        super().reject()


def _check_steps(url: str, password: str | None) -> Any:
    """Connect and check (one network step): the server's ``ServerInfo``, else a ``TeamError``."""
    return (yield partial(_check_server, url, password))


def _check_server(url: str, password: str | None) -> Any:
    """Connect and check, writing nothing: the server's ``ServerInfo``, else a ``TeamError``."""
    from ...core.team.server import TeamServer

    with TeamServer.connect(url, password) as server:
        return server.check()
