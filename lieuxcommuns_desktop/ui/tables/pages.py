"""The notebook's table pages: collectivités, ressources, acteurs, participants,
expérimentations (with their dated log). Each is ``Cls(doc, parent=None)``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...core import model as m
from ...core.enums import ActeurCategory, Circle, ResourceKind
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.labels import category_colour
from ...core.services import records as svc
from ...core.services.people import display_name
from ..document import Document
from .model import Column
from .page import TablePage, translate


def _collectivite(width: int = 170) -> Column:
    return Column("collectivite_id", QT_TRANSLATE_NOOP("tables", "Collectivité"), "fk",
                  fk=m.Collectivite, width=width)


class CollectivitesPage(TablePage):
    entity = m.Collectivite
    key = "collectivites"
    title = QT_TRANSLATE_NOOP("tables", "Collectivités")
    noun_one = QT_TRANSLATE_NOOP("tables", "collectivité")
    new_name = QT_TRANSLATE_NOOP("tables", "Nouvelle collectivité")
    add_text = QT_TRANSLATE_NOOP("tables", "Ajouter une collectivité")
    order_by = (m.Collectivite.name,)

    def count_text(self, total: int, shown: int | None = None) -> str:
        if shown is None or shown == total:
            return translate("tables", "%n collectivité(s)", None, total)
        return translate("tables", "{shown} sur %n collectivité(s)", None,
                         total).format(shown=shown)

    def columns(self) -> list[Column]:
        return [
            Column("name", QT_TRANSLATE_NOOP("tables", "Nom"), width=300),
            Column("circle", QT_TRANSLATE_NOOP("tables", "Cercle"), "enum", enum=Circle,
                   width=120),
            Column("territory", QT_TRANSLATE_NOOP("tables", "Territoire"), width=150),
            Column("contact", QT_TRANSLATE_NOOP("tables", "Contact"), width=220),
            Column("description", QT_TRANSLATE_NOOP("tables", "Description"), stretch=True),
        ]


class RessourcesPage(TablePage):
    entity = m.Ressource
    key = "ressources"
    title = QT_TRANSLATE_NOOP("tables", "Ressources")
    noun_one = QT_TRANSLATE_NOOP("tables", "ressource")
    new_name = QT_TRANSLATE_NOOP("tables", "Nouvelle ressource")
    add_text = QT_TRANSLATE_NOOP("tables", "Ajouter une ressource")
    order_by = (m.Ressource.name,)

    def count_text(self, total: int, shown: int | None = None) -> str:
        if shown is None or shown == total:
            return translate("tables", "%n ressource(s)", None, total)
        return translate("tables", "{shown} sur %n ressource(s)", None,
                         total).format(shown=shown)

    def columns(self) -> list[Column]:
        return [
            Column("name", QT_TRANSLATE_NOOP("tables", "Nom"), width=220),
            Column("kind", QT_TRANSLATE_NOOP("tables", "Type"), "enum", enum=ResourceKind,
                   width=150),
            Column("place", QT_TRANSLATE_NOOP("tables", "Lieu"), width=170),
            _collectivite(),
            Column("description", QT_TRANSLATE_NOOP("tables", "Description"), stretch=True),
        ]


class ActeursPage(TablePage):
    entity = m.Acteur
    key = "acteurs"
    title = QT_TRANSLATE_NOOP("tables", "Acteurs")
    noun_one = QT_TRANSLATE_NOOP("tables", "acteur")
    new_name = QT_TRANSLATE_NOOP("tables", "Nouvel acteur")
    add_text = QT_TRANSLATE_NOOP("tables", "Ajouter un acteur")
    csv_kind = "acteurs"
    order_by = (m.Acteur.name,)

    def count_text(self, total: int, shown: int | None = None) -> str:
        if shown is None or shown == total:
            return translate("tables", "%n acteur(s)", None, total)
        return translate("tables", "{shown} sur %n acteur(s)", None,
                         total).format(shown=shown)

    def columns(self) -> list[Column]:
        return [
            Column("name", QT_TRANSLATE_NOOP("tables", "Nom"), width=230),
            Column("category", QT_TRANSLATE_NOOP("tables", "Catégorie"), "enum",
                   enum=ActeurCategory, colour=category_colour, width=230),
            _collectivite(),
            Column("description", QT_TRANSLATE_NOOP("tables", "Description"), stretch=True),
        ]


class ParticipantsPage(TablePage):
    entity = m.Participant
    key = "participants"
    title = QT_TRANSLATE_NOOP("tables", "Participant·es")
    noun_one = QT_TRANSLATE_NOOP("tables", "participant·e")
    new_name = QT_TRANSLATE_NOOP("tables", "Nom")
    add_text = QT_TRANSLATE_NOOP("tables", "Ajouter un·e participant·e")
    csv_kind = "participants"
    order_by = (m.Participant.last_name, m.Participant.first_name)

    def count_text(self, total: int, shown: int | None = None) -> str:
        if shown is None or shown == total:
            return translate("tables", "%n participant·e(s)", None, total)
        return translate("tables", "{shown} sur %n participant·e(s)", None,
                         total).format(shown=shown)

    def columns(self) -> list[Column]:
        return [
            Column("last_name", QT_TRANSLATE_NOOP("tables", "Nom de famille"), width=140),
            Column("first_name", QT_TRANSLATE_NOOP("tables", "Prénom"), width=120),
            Column("acteur_id", QT_TRANSLATE_NOOP("tables", "Acteur"), "fk", fk=m.Acteur,
                   colour=lambda a: category_colour(a.category), width=200),
            Column("structure", QT_TRANSLATE_NOOP("tables", "Structure (texte libre)"),
                   width=170),
            Column("email", QT_TRANSLATE_NOOP("tables", "Courriel"), width=210),
            Column("phone", QT_TRANSLATE_NOOP("tables", "Téléphone"), width=120),
            Column("role", QT_TRANSLATE_NOOP("tables", "Fonction"), width=150),
            Column("consent", QT_TRANSLATE_NOOP("tables", "Accepte d'être nommé·e"), "bool",
                   width=90, stretch=True),
        ]

    def new_values(self) -> dict[str, Any]:
        return {"last_name": translate("tables", "Nom"), "first_name": ""}

    def label_of(self, record: Any) -> str:
        return display_name(record) or translate("tables", "(sans nom)")


class ExperimentationLogPanel(TablePage):
    """The dated log of one expérimentation (date + text)."""

    entity = m.ExperimentationLog
    key = "experimentationLog"
    title = QT_TRANSLATE_NOOP("tables", "Journal")
    noun_one = QT_TRANSLATE_NOOP("tables", "entrée")
    add_text = QT_TRANSLATE_NOOP("tables", "Ajouter une entrée")
    experimentation_id: str | None = None

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def count_text(self, total: int, shown: int | None = None) -> str:
        if shown is None or shown == total:
            return translate("tables", "%n entrée(s)", None, total)
        return translate("tables", "{shown} sur %n entrée(s)", None,
                         total).format(shown=shown)

    def columns(self) -> list[Column]:
        return [
            Column("date", QT_TRANSLATE_NOOP("tables", "Date"), "date", width=110),
            Column("text", QT_TRANSLATE_NOOP("tables", "Ce qui s'est passé"), stretch=True),
        ]

    def load(self) -> list[Any]:
        if not self.experimentation_id:
            return []
        return svc.all_of(self.doc.notebook, m.ExperimentationLog, m.ExperimentationLog.date,
                          experimentation_id=self.experimentation_id)

    def set_experimentation(self, experimentation_id: str | None) -> None:
        self.experimentation_id = experimentation_id
        self.model.reload()
        self._selection_changed()

    def new_values(self) -> dict[str, Any]:
        return {"experimentation_id": self.experimentation_id, "date": dt.date.today(),
                "text": ""}

    def add_record(self) -> str | None:
        if not self.experimentation_id:
            return None
        record_id = super().add_record()
        if record_id:  # the date is today: go straight to the text
            index = self.select_id(record_id, 1)
            self.view.edit(index)
        return record_id

    def label_of(self, record: Any) -> str:
        return record.date.strftime("%d/%m/%Y")

    def _selection_changed(self, *_args: object) -> None:
        super()._selection_changed()
        has_parent = self.experimentation_id is not None
        self.add_action.setEnabled(has_parent and not self.doc.readonly)
