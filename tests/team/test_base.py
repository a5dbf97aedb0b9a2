"""The common state of a conflict through a real team server (``core/sync/base.py``)."""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop.core.sync.merge import FieldConflict
from lieuxcommuns_desktop.core.team import sync as team

from .teamkit import copy_of, edit, ids, make_notebook


@pytest.fixture
def pair(tmp_path, ready_db):
    """Camille's notebook shared on the server, and Samir's copy of it."""
    a = make_notebook(tmp_path / "camille.lieux")
    team.share(a, ready_db.url("anim_a"), ready_db.password("anim_a"))
    b = copy_of(a, tmp_path / "samir.lieux")
    yield a, b, ready_db
    a.close()
    b.close()


def _sync(nb, db, user: str, **kwargs):
    return team.sync(nb, db.url(user), db.password(user), **kwargs)


def test_a_value_pushed_then_changed_again_is_the_common_state_of_the_next_conflict(pair) -> None:
    a, b, db = pair
    acteur = ids(a, "acteur")[0]
    edit(a, "acteur", acteur, name="Nom partagé")
    _sync(a, db, "anim_a")  # the server now holds "Nom partagé": Camille's entry is dropped
    _sync(b, db, "anim_b")
    edit(a, "acteur", acteur, name="Nom de Camille")
    edit(b, "acteur", acteur, name="Nom de Samir")
    _sync(b, db, "anim_b")
    report = _sync(a, db, "anim_a")
    (conflict,) = [c for c in report.conflicts if isinstance(c, FieldConflict)]
    assert (conflict.column, conflict.mine, conflict.theirs, conflict.base) == (
        "name", "Nom de Camille", "Nom de Samir", "Nom partagé")
