"""The model's abstract kinds say what the tables hold.

``Positioned`` and ``AtelierPart`` only declare ``position`` / ``atelier_id``
for the type checker (each record declares its own column, so the column order
of the tables stays as it was): this checks both directions against the real
tables, so that a generic reorder or an atelier's copy never meets a record
without the column, and no ordered record is left out of them.
"""

from __future__ import annotations

import pytest

from lieuxcommuns_desktop.core import model as m

m.load_all()  # the classes mapped on first use too
MAPPED = sorted((mapper.class_ for mapper in m.Base.registry.mappers),
                key=lambda cls: cls.__name__)


@pytest.mark.parametrize("entity", MAPPED, ids=lambda cls: cls.__name__)
def test_positioned_records_are_those_with_a_position(entity: type[m.Record]) -> None:
    assert issubclass(entity, m.Positioned) == ("position" in entity.__table__.c)


@pytest.mark.parametrize("entity", MAPPED, ids=lambda cls: cls.__name__)
def test_atelier_parts_are_those_that_belong_to_one_atelier(entity: type[m.Record]) -> None:
    column = entity.__table__.c.get("atelier_id")
    belongs = column is not None and not column.nullable
    assert issubclass(entity, m.AtelierPart) == belongs


def test_the_kinds_add_no_column() -> None:
    """Declared for the checker only: an abstract class with no table of its own."""
    assert m.Positioned.__abstract__ and m.AtelierPart.__abstract__
    assert "position" not in vars(m.Positioned) and "atelier_id" not in vars(m.AtelierPart)
