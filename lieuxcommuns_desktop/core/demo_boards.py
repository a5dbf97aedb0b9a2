"""What the demo's first atelier left on paper: a photographed board and a dot vote.

Kept beside ``demo.py`` (already long) and called by :func:`demo.populate`.
The board is drawn here (post-its on a flip chart) and goes through the same
cleaning as an imported photo; it is attached to the séquence running when it
was "taken". The vote's counts are fixed, with a tie at the top of the first
round, so that the live panel, the projector's chart and the minutes show how
ties are marked.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .enums import PhotoTimeSource, Tool, VoteSource
from .model import (
    Decision,
    Photo,
    PhotoData,
    Sequence,
    Vote,
    VoteCount,
    VoteOption,
    VoteRound,
    new_id,
)

QUESTION = "Par quelle règle commencer ?"
ROUNDS = ("Importance", "Faisabilité d'ici l'été")
#: Dots per decision (in the matrix's order), per round; the first round ties at the top.
COUNTS = ((9, 9, 4, 6, 2, 1, 0, 3), (5, 11, 7, 2, 6, 3, 1, 0))


def add_votes(session: Session, atelier_id: str) -> None:
    """A vote on the atelier's decision séquence, options from its decision matrix."""
    sequences = list(session.scalars(select(Sequence).where(Sequence.atelier_id == atelier_id)
                                     .order_by(Sequence.position)))
    target = next((s for s in sequences if s.tool is Tool.DECISIONS), sequences[-1])
    decisions = list(session.scalars(select(Decision).where(Decision.atelier_id == atelier_id)
                                     .order_by(Decision.position)))
    vote = Vote(id=new_id(), atelier_id=atelier_id, sequence_id=target.id, question=QUESTION,
                position=0)
    session.add(vote)
    session.flush()
    options = [VoteOption(id=new_id(), vote_id=vote.id, label=d.label,
                          source_kind=VoteSource.DECISION, source_id=d.id, position=i)
               for i, d in enumerate(decisions)]
    rounds = [VoteRound(id=new_id(), vote_id=vote.id, name=name, position=i)
              for i, name in enumerate(ROUNDS)]
    session.add_all([*options, *rounds])
    session.flush()
    for round_, counts in zip(rounds, COUNTS, strict=True):
        for option, count in zip(options, counts, strict=False):
            session.add(VoteCount(round_id=round_.id, option_id=option.id, count=count))


POSTIT_COLOURS = ((250, 236, 120), (150, 205, 250), (250, 175, 195), (175, 230, 165))


def _board_jpeg() -> tuple[bytes, bytes, int, int]:
    """A flip chart covered with post-its, cleaned like an imported photo."""
    from PIL import Image, ImageDraw

    from .photos import decode

    image = Image.new("RGB", (1600, 1200), (238, 236, 228))
    draw = ImageDraw.Draw(image)
    for k in range(15):
        x, y = 90 + (k % 5) * 290, 110 + (k // 5) * 340
        draw.rectangle((x, y, x + 220, y + 220), fill=POSTIT_COLOURS[k % 4])
        for line in range(3):
            draw.line((x + 25, y + 60 + 50 * line, x + 190 - 20 * line, y + 65 + 50 * line),
                      fill=(35, 35, 90), width=7)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tableau.jpg"
        image.save(path, format="JPEG", quality=88)
        encoded = decode.encode(path)
    return encoded.data, encoded.thumbnail, encoded.width, encoded.height


def add_photo(session: Session, atelier_id: str) -> None:
    """The board of the séquence with recorded times, photographed near its end."""
    sequences = list(session.scalars(select(Sequence).where(
        Sequence.atelier_id == atelier_id, Sequence.actual_end.is_not(None))
        .order_by(Sequence.position)))
    if not sequences:
        return
    target = sequences[min(2, len(sequences) - 1)]
    assert target.actual_end is not None
    data, thumbnail, width, height = _board_jpeg()
    photo = Photo(id=new_id(), atelier_id=atelier_id, sequence_id=target.id,
                  taken_at=target.actual_end - dt.timedelta(minutes=3),
                  time_source=PhotoTimeSource.EXIF_OFFSET,
                  caption=f"Le tableau de « {target.title} »",
                  alt_text="Un tableau de papier couvert de post-it de quatre couleurs, "
                           "en cinq colonnes",
                  width=width, height=height, position=0, original_name="IMG_20240314_1042.jpg")
    session.add(photo)
    session.flush()
    session.add(PhotoData(id=new_id(), photo_id=photo.id, data=data, thumbnail=thumbnail))
