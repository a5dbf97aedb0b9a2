"""The demo's dot votes: the friche's first atelier voted on its decisions in two rounds.

Kept beside ``demo.py`` (already long) and called by :func:`demo.populate`.
Counts are fixed, with a tie at the top of the first round, so that the live
panel, the projector's chart and the minutes show how ties are marked.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .enums import Tool, VoteSource
from .model import Decision, Sequence, Vote, VoteCount, VoteOption, VoteRound, new_id

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
