"""Merging notebooks: the public API (``docs/merge.md``).

:func:`plan_merge` says what merging a remote state would do and which
conflicts it holds (pure); :func:`resolve` applies the choices;
:func:`merge_into` does it all on an open notebook in one transaction, a
backup first, and returns a :class:`MergeReport` whose ``edit`` undoes it in
one step. The rules live in ``plan.py``, the writing in ``apply.py``.
"""

from __future__ import annotations

from .apply import Chooser, MergeReport, backup_before_merge, merge_into
from .plan import (
    PENDING,
    Choice,
    ChoiceKey,
    Conflict,
    Decision,
    DeleteConflict,
    FieldConflict,
    MergePlan,
    plan_merge,
    resolve,
    settle,
)

__all__ = [
    "PENDING", "Choice", "ChoiceKey", "Chooser", "Conflict", "Decision", "DeleteConflict",
    "FieldConflict", "MergePlan", "MergeReport", "backup_before_merge", "merge_into",
    "plan_merge", "resolve", "settle",
]
