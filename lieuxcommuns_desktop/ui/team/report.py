"""What a merge or a sync brought in, as the lines a person reads.

Counts per kind of record with plural forms ("3 ateliers, 1 note"), then how
the conflicts were settled. Used by the merge's closing message and by the
sync's status line alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from .kinds import counts_text

translate = QCoreApplication.translate


class ChangeReport(Protocol):
    """What a merge's and a sync's reports both say (``MergeReport``, ``SyncReport``)."""

    @property
    def added(self) -> Mapping[str, int]: ...
    @property
    def updated(self) -> Mapping[str, int]: ...
    @property
    def deleted(self) -> Mapping[str, int]: ...
    @property
    def conflicts(self) -> Sequence[object]: ...
    @property
    def choices(self) -> Mapping[tuple[str, str, str | None], str]: ...


def total(counts: Mapping[str, int] | None) -> int:
    return sum((counts or {}).values())


def lines(report: ChangeReport) -> list[str]:
    """The summary of a ``MergeReport`` (``added``, ``updated``, ``deleted``, ``conflicts``)."""
    out: list[str] = []
    for counts, text in ((report.added, translate("team_report", "Ajoutés : {what}")),
                         (report.updated, translate("team_report", "Modifiés : {what}")),
                         (report.deleted, translate("team_report", "Supprimés : {what}"))):
        what = counts_text(counts or {})
        if what:
            out.append(text.format(what=what))
    conflicts = list(report.conflicts)
    if conflicts:
        theirs = sum(1 for choice in report.choices.values() if choice == "theirs")
        out.append(translate("team_report", "%n conflit(s) réglé(s)", "", len(conflicts))
                   + " — " + translate("team_report", "%n pris de l'autre côté", "", theirs))
    if not out:
        out.append(translate("team_report", "Rien de nouveau : les deux carnets étaient déjà "
                                            "d'accord."))
    return out


def short(report: ChangeReport) -> str:
    """One line for the status bar: how many records changed, how many conflicts."""
    changed = total(report.added) + total(report.updated) + total(report.deleted)
    if not changed and not report.conflicts:
        return translate("team_report", "rien de nouveau")
    text = translate("team_report", "%n enregistrement(s) reçu(s)", "", changed)
    conflicts = len(report.conflicts)
    if conflicts:
        text += ", " + translate("team_report", "%n conflit(s) réglé(s)", "", conflicts)
    return text
