"""The name of every table of the notebook model, as one :class:`enum.StrEnum`.

Code that speaks of a table by name (a :class:`~.services.notebook.ChangeSet`'s
keys, an interchange document's sections, the sync machinery's ``tbl`` column)
uses these members instead of string literals, so a typo is an attribute error
and a rename is one edit. Members are ``str``: they compare equal to, hash like
and format as their value, so dictionaries keyed by plain names keep working.

The models take their ``__tablename__`` from here (``tests/test_table_names.py``
checks both agree and that no table name is spelt as a literal elsewhere). This
module imports neither Qt nor SQLAlchemy: the UI may import it on the start-up
path, before the first paint. Frozen Alembic revisions keep their literals.
"""

from __future__ import annotations

import enum


class Table(enum.StrEnum):
    """Every table of the model (not the sync bookkeeping tables, see ``core/sync/tables.py``)."""

    # The programme and its ateliers (core/model/programme.py)
    PROGRAMME = "programme"
    COLLECTIVITE = "collectivite"
    THEMATIQUE = "thematique"
    MEMBERSHIP = "membership"
    PHASE = "phase"
    RESSOURCE = "ressource"
    ATELIER = "atelier"
    ATELIER_COLLECTIVITE = "atelier_collectivite"
    SEQUENCE = "sequence"
    ACTEUR = "acteur"
    PARTICIPANT = "participant"
    ATTENDANCE = "attendance"

    # Photos and votes (core/model/boards.py)
    PHOTO = "photo"
    PHOTO_DATA = "photo_data"
    VOTE = "vote"
    VOTE_OPTION = "vote_option"
    VOTE_ROUND = "vote_round"
    VOTE_COUNT = "vote_count"

    # Experimentations and their follow-up (core/model/experiments.py, follow_up.py)
    TOOL_KIND = "tool_kind"
    EXPERIMENTATION = "experimentation"
    EXPERIMENTATION_LOG = "experimentation_log"
    EXPERIMENTATION_PARTNER = "experimentation_partner"
    EXPERIMENTATION_ATELIER = "experimentation_atelier"
    EXPERIMENTATION_ORIGIN = "experimentation_origin"
    INDICATOR = "indicator"
    INDICATOR_VALUE = "indicator_value"
    MILESTONE = "milestone"
    STATUS_TRANSITION = "status_transition"

    # An atelier's tools (core/model/tools.py)
    STAKEHOLDER_MAP = "stakeholder_map"
    MAP_PLACEMENT = "map_placement"
    RELATION = "relation"
    MATRIX_COLUMN = "matrix_column"
    RESPONSIBILITY = "responsibility"
    ROLE_CELL = "role_cell"
    DECISION = "decision"
    DECISION_CELL = "decision_cell"
    COMMONS_ASSESSMENT = "commons_assessment"
    NOTE = "note"
    EVALUATION_QUESTION = "evaluation_question"
    EVALUATION_FORM = "evaluation_form"
    EVALUATION_ANSWER = "evaluation_answer"
