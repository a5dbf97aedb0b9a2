"""The common state of a conflict through a real team server (``core/sync/base.py``)."""

from __future__ import annotations

from lieuxcommuns_desktop.core.sync.merge import FieldConflict

from .teamkit import edit, ids, sync_as


def test_a_value_pushed_then_changed_again_is_the_common_state_of_the_next_conflict(pair) -> None:
    a, b, db = pair
    acteur = ids(a, "acteur")[0]
    edit(a, "acteur", acteur, name="Nom partagé")
    sync_as(a, db, "anim_a")  # the server now holds "Nom partagé": Camille's entry is dropped
    sync_as(b, db, "anim_b")
    edit(a, "acteur", acteur, name="Nom de Camille")
    edit(b, "acteur", acteur, name="Nom de Samir")
    sync_as(b, db, "anim_b")
    report = sync_as(a, db, "anim_a")
    (conflict,) = [c for c in report.conflicts if isinstance(c, FieldConflict)]
    assert (conflict.column, conflict.mine, conflict.theirs, conflict.base) == (
        "name", "Nom de Camille", "Nom de Samir", "Nom partagé")
