"""The domain of a notebook (*carnet*), as SQLAlchemy 2 typed models.

Every record carries a stable UUID primary key and a modification time so that
two laptops' copies of a notebook can be merged record by record
(see ``interchange.py``). Foreign keys cascade on delete in the database, so a
deleted atelier takes its séquences, notes and matrices with it in one
statement; ``snapshot.py`` collects those rows first so that the deletion can be
undone.

Timestamps (``modified_at``, note times, actual séquence start/end) are naive
UTC; workshop dates and start times are local wall-clock values.
"""

# No ``from __future__ import annotations`` here: SQLAlchemy would then have to
# eval() every ``Mapped[...]`` string when the classes are mapped, a fifth of
# this module's import time, paid at every start. Annotations naming a class
# defined further down must therefore be quoted.
import datetime as dt
import uuid
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .enums import (
    ActeurCategory,
    AtelierLinkRole,
    AtelierStatus,
    Circle,
    ExpeditionRole,
    ExperimentationStatus,
    MapLayout,
    MatrixVersion,
    NoteKind,
    OriginKind,
    ParticipationLevel,
    PhaseKind,
    PhotoTimeSource,
    PrincipleStatus,
    QuestionKind,
    Raci,
    RelationKind,
    ResourceKind,
    Tool,
    VoteSource,
)

#: Written to ``PRAGMA application_id`` ("LCOM"), so the file says what it is.
APPLICATION_ID = 0x4C434F4D

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """Naive UTC, microsecond precision: the order of two edits is kept."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def enum_column(enum_cls: type) -> SAEnum:
    """Store an enum by its value as plain text, no CHECK constraint.

    A CHECK would have to be rebuilt by a migration each time a vocabulary
    grows; the services validate values instead.
    """
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record(Base):
    """What every mergeable record has."""

    __abstract__ = True
    if TYPE_CHECKING:  # a mapped class's table is a Table (the base only says FromClause)
        __table__: ClassVar[Table]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


def fk(target: str, *, nullable: bool = False, cascade: bool = True) -> Mapped:
    """A UUID foreign key; owned children cascade, loose links are set NULL."""
    return mapped_column(
        String(36),
        ForeignKey(f"{target}.id", ondelete="CASCADE" if cascade else "SET NULL"),
        nullable=nullable,
        index=True,
    )


class Programme(Record):
    """The learning path the notebook documents; one row per notebook."""

    __tablename__ = "programme"

    title: Mapped[str] = mapped_column(Text, default="")
    territory: Mapped[str] = mapped_column(Text, default="")
    licence: Mapped[str] = mapped_column(Text, default="CC BY-SA 4.0")
    description: Mapped[str] = mapped_column(Text, default="")


class Collectivite(Record):
    __tablename__ = "collectivite"

    name: Mapped[str] = mapped_column(Text)
    circle: Mapped[Circle] = mapped_column(enum_column(Circle), default=Circle.PARTICIPANTE)
    territory: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Thematique(Record):
    __tablename__ = "thematique"

    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Membership(Record):
    """A collectivité's participation in an expedition (*thématique*), with its role."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("collectivite_id", "thematique_id"),)

    collectivite_id: Mapped[str] = fk("collectivite")
    thematique_id: Mapped[str] = fk("thematique")
    role: Mapped[ExpeditionRole] = mapped_column(
        enum_column(ExpeditionRole), default=ExpeditionRole.PARTICIPANTE
    )
    #: When it joined; None when unknown (derived from undated ateliers).
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Phase(Record):
    """A period of the programme (*parcours apprenant*, *mise en test*); several allowed."""

    __tablename__ = "phase"

    kind: Mapped[PhaseKind] = mapped_column(
        enum_column(PhaseKind), default=PhaseKind.PARCOURS_APPRENANT
    )
    title: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)


class Ressource(Record):
    __tablename__ = "ressource"

    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[ResourceKind] = mapped_column(
        enum_column(ResourceKind), default=ResourceKind.AUTRE
    )
    place: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    collectivite_id: Mapped[str | None] = fk("collectivite", nullable=True, cascade=False)


class Atelier(Record):
    """A workshop; ``collectivite_id`` is its host (*collectivité d'accueil*).

    The collectivités taking part, the host among them, are
    :class:`AtelierCollectivite` rows.
    """

    __tablename__ = "atelier"

    title: Mapped[str] = mapped_column(Text)
    thematique_id: Mapped[str | None] = fk("thematique", nullable=True, cascade=False)
    ressource_id: Mapped[str | None] = fk("ressource", nullable=True, cascade=False)
    collectivite_id: Mapped[str | None] = fk("collectivite", nullable=True, cascade=False)
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    place: Mapped[str] = mapped_column(Text, default="")
    facilitators: Mapped[str] = mapped_column(Text, default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[AtelierStatus] = mapped_column(
        enum_column(AtelierStatus), default=AtelierStatus.BROUILLON
    )
    #: The slot booked for the workshop, in minutes; the agenda warns beyond it.
    planned_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: Key of the built-in or personal template it was made from, if any.
    template_key: Mapped[str] = mapped_column(Text, default="")
    #: Live mode's state (current séquence, timer) as JSON, so a restart resumes.
    live_state: Mapped[str] = mapped_column(Text, default="")


class AtelierCollectivite(Record):
    """A collectivité taking part in an atelier (*collectivités participantes*)."""

    __tablename__ = "atelier_collectivite"
    __table_args__ = (UniqueConstraint("atelier_id", "collectivite_id"),)

    atelier_id: Mapped[str] = fk("atelier")
    collectivite_id: Mapped[str] = fk("collectivite")


class Sequence(Record):
    """One agenda step (*séquence*)."""

    __tablename__ = "sequence"

    atelier_id: Mapped[str] = fk("atelier")
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(Integer, default=10)
    method: Mapped[str] = mapped_column(Text, default="")
    instructions: Mapped[str] = mapped_column(Text, default="")
    #: What the projector shows to participants (never the facilitator's notes).
    participant_instructions: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    tool: Mapped[Tool] = mapped_column(enum_column(Tool), default=Tool.AUCUN)
    actual_start: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    actual_end: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Acteur(Record):
    """A stakeholder organisation or group (*partie prenante*)."""

    __tablename__ = "acteur"

    name: Mapped[str] = mapped_column(Text)
    category: Mapped[ActeurCategory] = mapped_column(
        enum_column(ActeurCategory), default=ActeurCategory.AUTRES
    )
    description: Mapped[str] = mapped_column(Text, default="")
    collectivite_id: Mapped[str | None] = fk("collectivite", nullable=True, cascade=False)


class Participant(Record):
    __tablename__ = "participant"

    last_name: Mapped[str] = mapped_column(Text, default="")
    first_name: Mapped[str] = mapped_column(Text, default="")
    acteur_id: Mapped[str | None] = fk("acteur", nullable=True, cascade=False)
    #: Free text when the person's structure is not (yet) an acteur.
    structure: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    #: Agreed to be named in what is published (off by default): without it the
    #: person appears by structure or role only (``publishing/consent.py``).
    consent: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendance(Record):
    """A participant invited to or present at an atelier."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("atelier_id", "participant_id"),)

    atelier_id: Mapped[str] = fk("atelier")
    participant_id: Mapped[str] = fk("participant")
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    arrived_at: Mapped[dt.time | None] = mapped_column(Time, nullable=True)


class StakeholderMap(Record):
    """*Carte des acteurs*: an atelier may hold several (aujourd'hui, demain…)."""

    __tablename__ = "stakeholder_map"

    atelier_id: Mapped[str] = fk("atelier")
    title: Mapped[str] = mapped_column(Text, default="")
    layout: Mapped[MapLayout] = mapped_column(enum_column(MapLayout), default=MapLayout.ONION)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: A photo of the paper map shown under the cards (*fond de carte*), if any.
    backdrop_photo_id: Mapped[str | None] = fk("photo", nullable=True, cascade=False)
    backdrop_x: Mapped[float] = mapped_column(Float, default=0.0)
    backdrop_y: Mapped[float] = mapped_column(Float, default=0.0)
    backdrop_scale: Mapped[float] = mapped_column(Float, default=1.0)
    backdrop_opacity: Mapped[float] = mapped_column(Float, default=0.5)
    backdrop_in_projection: Mapped[bool] = mapped_column(Boolean, default=True)
    backdrop_in_print: Mapped[bool] = mapped_column(Boolean, default=False)


class MapPlacement(Record):
    """An acteur placed on a map; coordinates in scene units (map is ±500)."""

    __tablename__ = "map_placement"
    __table_args__ = (UniqueConstraint("map_id", "acteur_id"),)

    map_id: Mapped[str] = fk("stakeholder_map")
    acteur_id: Mapped[str] = fk("acteur")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)


class Relation(Record):
    __tablename__ = "relation"

    map_id: Mapped[str] = fk("stakeholder_map")
    source_id: Mapped[str] = fk("acteur")
    target_id: Mapped[str] = fk("acteur")
    kind: Mapped[RelationKind] = mapped_column(
        enum_column(RelationKind), default=RelationKind.COOPERATION
    )
    label: Mapped[str] = mapped_column(Text, default="")
    two_way: Mapped[bool] = mapped_column(Boolean, default=False)


class MatrixColumn(Record):
    """An acteur chosen as a column of an atelier's role or decision matrix."""

    __tablename__ = "matrix_column"
    __table_args__ = (UniqueConstraint("atelier_id", "matrix", "acteur_id"),)

    atelier_id: Mapped[str] = fk("atelier")
    #: "roles" or "decisions"; both decision versions share their columns.
    matrix: Mapped[str] = mapped_column(String(16))
    acteur_id: Mapped[str] = fk("acteur")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Responsibility(Record):
    """A row of the role matrix (RACI)."""

    __tablename__ = "responsibility"

    atelier_id: Mapped[str] = fk("atelier")
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text)


class RoleCell(Record):
    __tablename__ = "role_cell"
    __table_args__ = (UniqueConstraint("responsibility_id", "acteur_id"),)

    responsibility_id: Mapped[str] = fk("responsibility")
    acteur_id: Mapped[str] = fk("acteur")
    value: Mapped[Raci] = mapped_column(enum_column(Raci))


class Decision(Record):
    """A row of the decision matrix (*règles d'usage*, *budget*…)."""

    __tablename__ = "decision"

    atelier_id: Mapped[str] = fk("atelier")
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text)


class DecisionCell(Record):
    __tablename__ = "decision_cell"
    __table_args__ = (UniqueConstraint("decision_id", "acteur_id", "version"),)

    decision_id: Mapped[str] = fk("decision")
    acteur_id: Mapped[str] = fk("acteur")
    version: Mapped[MatrixVersion] = mapped_column(enum_column(MatrixVersion))
    level: Mapped[ParticipationLevel] = mapped_column(enum_column(ParticipationLevel))


class CommonsAssessment(Record):
    """One of Ostrom's 8 principles assessed for an atelier (*grille des communs*)."""

    __tablename__ = "commons_assessment"
    __table_args__ = (UniqueConstraint("atelier_id", "principle"),)

    atelier_id: Mapped[str] = fk("atelier")
    #: 1..8, the index in ``enums.OSTROM_PRINCIPLES`` plus one.
    principle: Mapped[int] = mapped_column(Integer)
    status: Mapped[PrincipleStatus] = mapped_column(
        enum_column(PrincipleStatus), default=PrincipleStatus.ABSENT
    )
    note: Mapped[str] = mapped_column(Text, default="")


class Note(Record):
    """A timestamped note; an *action* is a note with an owner and a due date."""

    __tablename__ = "note"

    atelier_id: Mapped[str] = fk("atelier")
    sequence_id: Mapped[str | None] = fk("sequence", nullable=True, cascade=False)
    kind: Mapped[NoteKind] = mapped_column(enum_column(NoteKind), default=NoteKind.NOTE)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    owner_participant_id: Mapped[str | None] = fk("participant", nullable=True, cascade=False)
    owner_acteur_id: Mapped[str | None] = fk("acteur", nullable=True, cascade=False)
    #: Free-text owner when it is neither a known participant nor an acteur.
    owner_text: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class EvaluationQuestion(Record):
    __tablename__ = "evaluation_question"

    atelier_id: Mapped[str] = fk("atelier")
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[QuestionKind] = mapped_column(
        enum_column(QuestionKind), default=QuestionKind.SCALE5
    )


class EvaluationForm(Record):
    """One paper evaluation form, re-entered after the workshop."""

    __tablename__ = "evaluation_form"

    atelier_id: Mapped[str] = fk("atelier")
    number: Mapped[int] = mapped_column(Integer, default=0)


class EvaluationAnswer(Record):
    __tablename__ = "evaluation_answer"
    __table_args__ = (UniqueConstraint("form_id", "question_id"),)

    form_id: Mapped[str] = fk("evaluation_form")
    question_id: Mapped[str] = fk("evaluation_question")
    #: 1..5 for a scale question, None when left blank or for open questions.
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")


class ToolKind(Record):
    """A kind of tool an experiment tests; an editable list seeded at creation (``tool_kinds``)."""

    __tablename__ = "tool_kind"

    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Experimentation(Record):
    """A local experiment (*mise en test*) followed over months.

    ``collectivite_id`` is the lead collectivité; partners are
    :class:`ExperimentationPartner` rows. ``tool_tested`` stays as free text
    beside the kind of tool (details: "convention d'occupation de 18 mois").
    """

    __tablename__ = "experimentation"

    collectivite_id: Mapped[str | None] = fk("collectivite", nullable=True, cascade=False)
    title: Mapped[str] = mapped_column(Text)
    tool_tested: Mapped[str] = mapped_column(Text, default="")
    hypothesis: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ExperimentationStatus] = mapped_column(
        enum_column(ExperimentationStatus), default=ExperimentationStatus.ENVISAGEE
    )
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    ressource_id: Mapped[str | None] = fk("ressource", nullable=True, cascade=False)
    tool_kind_id: Mapped[str | None] = fk("tool_kind", nullable=True, cascade=False)
    #: What was learnt, for the comparison and the second circle's letter.
    lessons: Mapped[str] = mapped_column(Text, default="")


class ExperimentationLog(Record):
    __tablename__ = "experimentation_log"

    experimentation_id: Mapped[str] = fk("experimentation")
    date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")


class Photo(Record):
    """A photo of a paper board, attached to the séquence running when it was taken.

    The image bytes live in :class:`PhotoData`, so that listing an atelier's
    photos (gallery, notes feed, minutes' outline) never reads them.
    """

    __tablename__ = "photo"

    atelier_id: Mapped[str] = fk("atelier")
    #: None: taken outside every séquence, attached to the atelier itself.
    sequence_id: Mapped[str | None] = fk("sequence", nullable=True, cascade=False)
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

    __tablename__ = "photo_data"
    __table_args__ = (UniqueConstraint("photo_id"),)

    photo_id: Mapped[str] = fk("photo")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)


class Vote(Record):
    """A dot vote (*gommettes*) on a séquence: a question, options, rounds of counts."""

    __tablename__ = "vote"

    atelier_id: Mapped[str] = fk("atelier")
    sequence_id: Mapped[str | None] = fk("sequence", nullable=True, cascade=False)
    question: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class VoteOption(Record):
    __tablename__ = "vote_option"

    vote_id: Mapped[str] = fk("vote")
    label: Mapped[str] = mapped_column(Text)
    source_kind: Mapped[VoteSource] = mapped_column(
        enum_column(VoteSource), default=VoteSource.SAISIE
    )
    #: The idea note's or decision's id, the principle's number; not a foreign
    #: key: the option keeps its label when its source is deleted.
    source_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class VoteRound(Record):
    """One round of a vote (*importance*, *faisabilité*…)."""

    __tablename__ = "vote_round"

    vote_id: Mapped[str] = fk("vote")
    name: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class VoteCount(Record):
    __tablename__ = "vote_count"
    __table_args__ = (UniqueConstraint("round_id", "option_id"),)

    round_id: Mapped[str] = fk("vote_round")
    option_id: Mapped[str] = fk("vote_option")
    count: Mapped[int] = mapped_column(Integer, default=0)


class ExperimentationPartner(Record):
    """A partner collectivité of an experiment (the lead is ``experimentation.collectivite_id``)."""

    __tablename__ = "experimentation_partner"
    __table_args__ = (UniqueConstraint("experimentation_id", "collectivite_id"),)

    experimentation_id: Mapped[str] = fk("experimentation")
    collectivite_id: Mapped[str] = fk("collectivite")


class ExperimentationAtelier(Record):
    """An atelier the experiment was born in or reviewed at.

    The atelier's title and date are copied: when the atelier is deleted the
    link is set NULL and the experiment still says where it came from.
    """

    __tablename__ = "experimentation_atelier"

    experimentation_id: Mapped[str] = fk("experimentation")
    atelier_id: Mapped[str | None] = fk("atelier", nullable=True, cascade=False)
    role: Mapped[AtelierLinkRole] = mapped_column(
        enum_column(AtelierLinkRole), default=AtelierLinkRole.ORIGINE
    )
    atelier_title: Mapped[str] = mapped_column(Text, default="")
    atelier_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ExperimentationOrigin(Record):
    """The note or decision an experiment came from, its text copied.

    A deleted note or decision sets its link NULL; the copied text stays and the
    experiment page says the origin was removed.
    """

    __tablename__ = "experimentation_origin"

    experimentation_id: Mapped[str] = fk("experimentation")
    kind: Mapped[OriginKind] = mapped_column(enum_column(OriginKind), default=OriginKind.NOTE)
    note_id: Mapped[str | None] = fk("note", nullable=True, cascade=False)
    decision_id: Mapped[str | None] = fk("decision", nullable=True, cascade=False)
    atelier_id: Mapped[str | None] = fk("atelier", nullable=True, cascade=False)
    text: Mapped[str] = mapped_column(Text, default="")
    atelier_title: Mapped[str] = mapped_column(Text, default="")


class Indicator(Record):
    """*Indicateur*: a measure an experiment follows; values are :class:`IndicatorValue`."""

    __tablename__ = "indicator"

    experimentation_id: Mapped[str] = fk("experimentation")
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorValue(Record):
    """One dated measure of an indicator."""

    __tablename__ = "indicator_value"

    indicator_id: Mapped[str] = fk("indicator")
    date: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")


class Milestone(Record):
    """*Jalon*: a dated step of an experiment, ticked when done."""

    __tablename__ = "milestone"

    experimentation_id: Mapped[str] = fk("experimentation")
    title: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class StatusTransition(Record):
    """A dated change of an experiment's status, with the reason given."""

    __tablename__ = "status_transition"

    experimentation_id: Mapped[str] = fk("experimentation")
    date: Mapped[dt.date] = mapped_column(Date)
    from_status: Mapped[ExperimentationStatus | None] = mapped_column(
        enum_column(ExperimentationStatus), nullable=True
    )
    to_status: Mapped[ExperimentationStatus] = mapped_column(enum_column(ExperimentationStatus))
    reason: Mapped[str] = mapped_column(Text, default="")


#: Every mergeable entity in dependency order (parents before children):
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
