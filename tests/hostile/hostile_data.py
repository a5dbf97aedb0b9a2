"""A notebook with hostile text in every text field of every entity (test data).

Built from the realistic demo notebook, then every free-text column of every
row is overwritten, through one committed ``Notebook.write`` (so the notes'
search index follows), with one of :data:`HOSTILE`, chosen by row and column so
that every kind of hostile text reaches every kind of field. Not a conftest:
``tests/hostile/`` is shared with other test files; import it by path.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Text, select

from lieuxcommuns_desktop.core import model as m
from lieuxcommuns_desktop.core.demo import build_demo
from lieuxcommuns_desktop.core.services.notebook import Notebook

#: Columns that hold machine data, not text typed by the facilitator.
NOT_FREE_TEXT = {"id", "template_key", "live_state", "matrix"}

LONG = ("Très long texte " * 320)[:5000]
HOSTILE: tuple[str, ...] = (
    'Carte" onload="alert(document.domain)',
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    '<span style="font-size:60pt">Géant<img src="file:///etc/passwd"></span>',
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://evil.example\";\"clic\")",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+A1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "Cloche\x07 échap\x1b[2J retour\r arrière\x08 fin",
    "photo \u202egnp.exe",
    "Fête 🎉 👩🏽‍🔧 🏳️‍🌈 ﷽",
    "l'apostrophe & « guillemets » <b>gras</b> ]]> --> <!-- ",
    LONG,
)
#: The atelier every per-atelier output is asked for: its title is markup.
ATELIER_TITLE = '<span style="font-size:60pt">Atelier<img src="file:///etc/passwd"></span>'


def text_columns(entity: type[m.Record]) -> list[str]:
    return [c.key for c in entity.__table__.columns
            if isinstance(c.type, Text) and not c.foreign_keys and c.key not in NOT_FREE_TEXT]


def build(path: Path) -> tuple[Path, str]:
    """The hostile notebook at ``path`` and the id of the atelier to print."""
    build_demo(path)
    nb = Notebook.open(path)
    try:
        with nb.write() as session:
            for e_index, entity in enumerate(m.ENTITIES):
                columns = text_columns(entity)
                if not columns:
                    continue
                for r_index, row in enumerate(session.scalars(select(entity))):
                    for c_index, column in enumerate(columns):
                        value = HOSTILE[(e_index + r_index + c_index) % len(HOSTILE)]
                        setattr(row, column, value)
            # The first atelier with a map: every per-atelier output has something to show.
            with_map = select(m.StakeholderMap.atelier_id)
            atelier = session.scalars(select(m.Atelier).where(m.Atelier.id.in_(with_map))
                                      .order_by(m.Atelier.date)).first()
            atelier.title = ATELIER_TITLE
            atelier_id = atelier.id
    finally:
        nb.close()
    return path, atelier_id


def fields_covered() -> dict[str, list[str]]:
    """Entity table → the columns :func:`build` fills (for the suite's own check)."""
    return {e.__tablename__: text_columns(e) for e in m.ENTITIES if text_columns(e)}
