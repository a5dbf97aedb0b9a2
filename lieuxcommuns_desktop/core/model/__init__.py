"""The domain of a notebook (*carnet*), as SQLAlchemy 2 typed models.

Every record carries a stable UUID primary key and a modification time so that
two laptops' copies of a notebook can be merged record by record
(see ``interchange/``). Foreign keys cascade on delete in the database, so a
deleted atelier takes its séquences, notes and matrices with it in one
statement; ``snapshot.py`` collects those rows first so that the deletion can be
undone.

Timestamps (``modified_at``, note times, actual séquence start/end) are naive
UTC; workshop dates and start times are local wall-clock values.

The records are grouped by what they describe, one module each: :mod:`.base`
(the declarative base, ``Record``, the column helpers), :mod:`.programme`,
:mod:`.notes` (an atelier's notes and evaluation), :mod:`.tools` (its maps,
matrices and commons grid), :mod:`.experiments`, :mod:`.boards` (photos, votes)
and :mod:`.follow_up` (an experiment's indicators, milestones…). Import them
from this package.

:mod:`.tools`, :mod:`.boards` and :mod:`.follow_up` are mapped on first use:
the first screen of a start, the programme page, reads none of them, and
mapping their 22 classes is half of the model's import, paid before the first
window (issue 13, item 9). Whatever lists the tables — a new notebook's
schema, the check at open, cascades, the team server, migrations — goes
through :func:`metadata`, :data:`ENTITIES` or :data:`ENTITY_BY_TABLE`, which map
them all first.

The vocabularies the columns take (``Circle``, ``NoteKind``…) are not
re-exported: import them from :mod:`core.enums`, where ``labels`` and the
services find them too, so their list is written once.
"""

# No ``from __future__ import annotations`` in this package: see base.py.
import importlib
import sys
from collections.abc import Iterator, Mapping
from collections.abc import Sequence as SequenceABC
from typing import TYPE_CHECKING, overload

from sqlalchemy import MetaData

from .base import (
    APPLICATION_ID,
    NAMING,
    AtelierPart,
    Base,
    Positioned,
    Record,
    enum_column,
    fk,
    new_id,
    utcnow,
)
from .experiments import (
    Experimentation,
    ExperimentationLog,
    ToolKind,
)
from .notes import (
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    Note,
)
from .programme import (
    Acteur,
    Atelier,
    AtelierCollectivite,
    Attendance,
    Collectivite,
    Membership,
    Participant,
    Phase,
    Programme,
    Ressource,
    Sequence,
    Thematique,
)

if TYPE_CHECKING:  # mapped on first use at run time: see __getattr__
    from .boards import (
        Photo,
        PhotoData,
        Vote,
        VoteCount,
        VoteOption,
        VoteRound,
    )
    from .follow_up import (
        ExperimentationAtelier,
        ExperimentationOrigin,
        ExperimentationPartner,
        Indicator,
        IndicatorValue,
        Milestone,
        StatusTransition,
    )
    from .tools import (
        CommonsAssessment,
        Decision,
        DecisionCell,
        MapPlacement,
        MatrixColumn,
        Relation,
        Responsibility,
        RoleCell,
        StakeholderMap,
    )

#: The classes mapped on first use, and their module.
_LATER = {
    **dict.fromkeys(("Photo", "PhotoData", "Vote", "VoteCount", "VoteOption", "VoteRound"),
                    "boards"),
    **dict.fromkeys(("ExperimentationAtelier", "ExperimentationOrigin", "ExperimentationPartner",
                     "Indicator", "IndicatorValue", "Milestone", "StatusTransition"),
                    "follow_up"),
    **dict.fromkeys(("StakeholderMap", "MapPlacement", "Relation", "MatrixColumn",
                     "Responsibility", "RoleCell", "Decision", "DecisionCell",
                     "CommonsAssessment"), "tools"),
}


def __getattr__(name: str) -> object:
    """``model.Photo`` and ``from model import Photo``: the class, mapped now if it was not."""
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def load_all() -> None:
    """Map every record class, so that ``Base.metadata`` lists every table."""
    for module in dict.fromkeys(_LATER.values()):
        importlib.import_module(f"{__name__}.{module}")


def metadata() -> MetaData:
    """The domain's tables, all of them: what creates, checks or copies a schema reads."""
    load_all()
    return Base.metadata


__all__ = [
    "APPLICATION_ID",
    "ENTITIES",
    "ENTITY_BY_TABLE",
    "NAMING",
    "Acteur",
    "Atelier",
    "AtelierCollectivite",
    "AtelierPart",
    "Attendance",
    "Base",
    "Collectivite",
    "CommonsAssessment",
    "Decision",
    "DecisionCell",
    "EvaluationAnswer",
    "EvaluationForm",
    "EvaluationQuestion",
    "Experimentation",
    "ExperimentationAtelier",
    "ExperimentationLog",
    "ExperimentationOrigin",
    "ExperimentationPartner",
    "Indicator",
    "IndicatorValue",
    "MapPlacement",
    "MatrixColumn",
    "Membership",
    "Milestone",
    "Note",
    "Participant",
    "Phase",
    "Photo",
    "PhotoData",
    "Positioned",
    "Programme",
    "Record",
    "Relation",
    "Responsibility",
    "Ressource",
    "RoleCell",
    "Sequence",
    "StakeholderMap",
    "StatusTransition",
    "Thematique",
    "ToolKind",
    "Vote",
    "VoteCount",
    "VoteOption",
    "VoteRound",
    "enum_column",
    "fk",
    "load_all",
    "metadata",
    "new_id",
    "utcnow",
]

#: The record classes in the order interchange and snapshots insert (and delete in
#: reverse), by name: the classes mapped on first use are looked up when first read.
_ENTITY_NAMES: tuple[str, ...] = (
    "Programme",
    "Collectivite",
    "Thematique",
    "Membership",
    "Phase",
    "Ressource",
    "Acteur",
    "Participant",
    "Atelier",
    "AtelierCollectivite",
    "Sequence",
    "Attendance",
    "Photo",
    "PhotoData",
    "StakeholderMap",
    "MapPlacement",
    "Relation",
    "MatrixColumn",
    "Responsibility",
    "RoleCell",
    "Decision",
    "DecisionCell",
    "CommonsAssessment",
    "Note",
    "EvaluationQuestion",
    "EvaluationForm",
    "EvaluationAnswer",
    "ToolKind",
    "Experimentation",
    "Vote",
    "VoteOption",
    "VoteRound",
    "VoteCount",
    "ExperimentationLog",
    "ExperimentationPartner",
    "ExperimentationAtelier",
    "ExperimentationOrigin",
    "Indicator",
    "IndicatorValue",
    "Milestone",
    "StatusTransition",
)


class _Entities(SequenceABC[type[Record]]):
    """:data:`ENTITIES`: a tuple of every record class that maps them all when first read."""

    def __init__(self) -> None:
        self._classes: tuple[type[Record], ...] | None = None

    def classes(self) -> tuple[type[Record], ...]:
        if self._classes is None:
            load_all()
            package = sys.modules[__name__]
            self._classes = tuple(getattr(package, name) for name in _ENTITY_NAMES)
        return self._classes

    @overload
    def __getitem__(self, index: int) -> type[Record]: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[type[Record], ...]: ...

    def __getitem__(self, index: int | slice) -> "type[Record] | tuple[type[Record], ...]":
        return self.classes()[index]

    def __len__(self) -> int:
        return len(_ENTITY_NAMES)

    def __iter__(self) -> Iterator[type[Record]]:
        return iter(self.classes())

    def __reversed__(self) -> Iterator[type[Record]]:
        return reversed(self.classes())


class _EntityByTable(Mapping[str, type[Record]]):
    """:data:`ENTITY_BY_TABLE`: table name → record class, every class mapped when first read."""

    def __init__(self, entities: _Entities) -> None:
        self._entities = entities
        self._by_table: dict[str, type[Record]] | None = None

    def _table(self) -> dict[str, type[Record]]:
        if self._by_table is None:
            self._by_table = {e.__tablename__: e for e in self._entities.classes()}
        return self._by_table

    def __getitem__(self, table: str) -> type[Record]:
        return self._table()[table]

    def __len__(self) -> int:
        return len(_ENTITY_NAMES)

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())


#: interchange and snapshots insert in this order and delete in reverse.
ENTITIES = _Entities()

ENTITY_BY_TABLE = _EntityByTable(ENTITIES)
