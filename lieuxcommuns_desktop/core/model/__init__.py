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
:mod:`.tools` (an atelier's maps, matrices, notes, evaluation),
:mod:`.experiments`, :mod:`.boards` (photos, votes) and :mod:`.follow_up` (an
experiment's indicators, milestones…). They are imported here in the order they
were always declared, so that the tables reach ``Base.metadata`` — and a new
notebook's schema — in the same order; import them from this package.

The vocabularies the columns take (``Circle``, ``NoteKind``…) are not
re-exported: import them from :mod:`core.enums`, where ``labels`` and the
services find them too, so their list is written once.
"""

# No ``from __future__ import annotations`` in this package: see base.py.
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
from .boards import (
    Photo,
    PhotoData,
    Vote,
    VoteCount,
    VoteOption,
    VoteRound,
)
from .experiments import (
    Experimentation,
    ExperimentationLog,
    ToolKind,
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
from .tools import (
    CommonsAssessment,
    Decision,
    DecisionCell,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    MapPlacement,
    MatrixColumn,
    Note,
    Relation,
    Responsibility,
    RoleCell,
    StakeholderMap,
)

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
    "new_id",
    "utcnow",
]

#: interchange and snapshots insert in this order and delete in reverse.
ENTITIES: tuple[type[Record], ...] = (
    Programme,
    Collectivite,
    Thematique,
    Membership,
    Phase,
    Ressource,
    Acteur,
    Participant,
    Atelier,
    AtelierCollectivite,
    Sequence,
    Attendance,
    Photo,
    PhotoData,
    StakeholderMap,
    MapPlacement,
    Relation,
    MatrixColumn,
    Responsibility,
    RoleCell,
    Decision,
    DecisionCell,
    CommonsAssessment,
    Note,
    EvaluationQuestion,
    EvaluationForm,
    EvaluationAnswer,
    ToolKind,
    Experimentation,
    Vote,
    VoteOption,
    VoteRound,
    VoteCount,
    ExperimentationLog,
    ExperimentationPartner,
    ExperimentationAtelier,
    ExperimentationOrigin,
    Indicator,
    IndicatorValue,
    Milestone,
    StatusTransition,
)

ENTITY_BY_TABLE: dict[str, type[Record]] = {e.__tablename__: e for e in ENTITIES}
