"""The participatory evaluation across the parcours: read models, no writes.

Each atelier has its own evaluation questions; a question is *shared* when
the same text (compared case-, accent- and space-insensitively) is asked in
several ateliers — templates make that the usual case. For those, the mean of
the 1–5 answers per atelier, over time, and per expedition and collectivité
(every collectivité taking part in the atelier). Beside them, two measures
the matrices and the grid already hold: how much of the decision matrix
reaches co-decision today and in the target, and how many of the commons
principles are in place, atelier after atelier. Open answers are counted,
never quoted: they may name people.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from .. import model as m
from ..enums import MatrixVersion, ParticipationLevel, PrincipleStatus, QuestionKind
from ..labels import fold
from .notebook import Notebook

#: Levels that count as shared decision ("co-décide" and "décide").
CODECISION = frozenset({ParticipationLevel.CO_DECIDE, ParticipationLevel.DECIDE})


@dataclass(frozen=True)
class AtelierResult:
    atelier_id: str
    title: str
    date: dt.date | None
    mean: float | None
    answers: int


@dataclass
class SharedQuestion:
    text: str
    kind: str
    results: list[AtelierResult] = field(default_factory=list)
    by_expedition: list[tuple[str, float | None, int]] = field(default_factory=list)
    by_collectivite: list[tuple[str, float | None, int]] = field(default_factory=list)

    @property
    def answers(self) -> int:
        return sum(r.answers for r in self.results)


@dataclass(frozen=True)
class CoDecision:
    atelier_id: str
    title: str
    date: dt.date | None
    #: Share (0..1) of the filled cells at co-décide or décide; None without cells.
    today: float | None
    target: float | None


@dataclass(frozen=True)
class CommonsPoint:
    atelier_id: str
    title: str
    date: dt.date | None
    in_place: int
    discussed: int


@dataclass
class EvaluationOverview:
    shared: list[SharedQuestion]
    codecision: list[CoDecision]
    commons: list[CommonsPoint]


def _order(date: dt.date | None, title: str, atelier_id: str) -> tuple[dt.date, str, str]:
    return (date or dt.date.max, title.casefold(), atelier_id)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def overview(nb: Notebook) -> EvaluationOverview:
    with nb.read() as s:
        ateliers = {a.id: a for a in s.scalars(select(m.Atelier))}
        expeditions = dict(s.execute(select(m.Thematique.id, m.Thematique.name)).all())
        collectivites = dict(s.execute(select(m.Collectivite.id, m.Collectivite.name)).all())
        taking_part: dict[str, set[str]] = defaultdict(set)
        for a_id, c_id in s.execute(select(m.AtelierCollectivite.atelier_id,
                                           m.AtelierCollectivite.collectivite_id)):
            taking_part[a_id].add(c_id)
        questions = list(s.scalars(select(m.EvaluationQuestion)))
        answers: dict[str, list[int]] = defaultdict(list)
        counts: dict[str, int] = defaultdict(int)
        for q_id, value, text in s.execute(select(m.EvaluationAnswer.question_id,
                                                  m.EvaluationAnswer.value,
                                                  m.EvaluationAnswer.text)):
            if value is not None:
                answers[q_id].append(value)
            if value is not None or text.strip():
                counts[q_id] += 1
        cells = s.execute(select(m.Decision.atelier_id, m.DecisionCell.version,
                                 m.DecisionCell.level)
                          .join(m.DecisionCell, m.DecisionCell.decision_id == m.Decision.id)).all()
        grid = s.execute(select(m.CommonsAssessment.atelier_id,
                                m.CommonsAssessment.status)).all()

    groups: dict[tuple[str, str], list[m.EvaluationQuestion]] = defaultdict(list)
    for q in questions:
        if q.atelier_id in ateliers and q.text.strip():
            groups[(fold(" ".join(q.text.split())), q.kind.value)].append(q)
    shared = []
    for (_key, kind), qs in groups.items():
        if len({q.atelier_id for q in qs}) < 2:
            continue
        qs.sort(key=lambda q: _order(ateliers[q.atelier_id].date,
                                     ateliers[q.atelier_id].title, q.atelier_id))
        question = SharedQuestion(" ".join(qs[0].text.split()), kind)
        per_exp: dict[str, list[int]] = defaultdict(list)
        per_col: dict[str, list[int]] = defaultdict(list)
        for q in qs:
            atelier = ateliers[q.atelier_id]
            values = answers.get(q.id, [])
            question.results.append(AtelierResult(atelier.id, atelier.title, atelier.date,
                                                  _mean(values), counts.get(q.id, 0)))
            if atelier.thematique_id in expeditions:
                per_exp[expeditions[atelier.thematique_id]].extend(values)
            for c_id in taking_part.get(atelier.id, ()):
                if c_id in collectivites:
                    per_col[collectivites[c_id]].extend(values)
        question.by_expedition = [(name, _mean(v), len(v))
                                  for name, v in sorted(per_exp.items(),
                                                        key=lambda kv: kv[0].casefold())]
        question.by_collectivite = [(name, _mean(v), len(v))
                                    for name, v in sorted(per_col.items(),
                                                          key=lambda kv: kv[0].casefold())]
        shared.append(question)
    shared.sort(key=lambda q: (-len(q.results), q.text.casefold()))

    levels: dict[tuple[str, MatrixVersion], list[bool]] = defaultdict(list)
    for a_id, version, level in cells:
        if level != ParticipationLevel.NON_CONCERNE:
            levels[(a_id, version)].append(level in CODECISION)
    codecision = []
    for a_id in {a for a, _v in levels}:
        atelier = ateliers[a_id]
        today, target = (levels.get((a_id, v), []) for v in (MatrixVersion.AUJOURDHUI,
                                                              MatrixVersion.CIBLE))
        codecision.append(CoDecision(a_id, atelier.title, atelier.date,
                                     sum(today) / len(today) if today else None,
                                     sum(target) / len(target) if target else None))
    codecision.sort(key=lambda c: _order(c.date, c.title, c.atelier_id))

    statuses: dict[str, list[PrincipleStatus]] = defaultdict(list)
    for a_id, status in grid:
        statuses[a_id].append(status)
    commons = sorted(
        (CommonsPoint(a_id, ateliers[a_id].title, ateliers[a_id].date,
                      sum(st == PrincipleStatus.EN_PLACE for st in sts),
                      sum(st == PrincipleStatus.EN_DISCUSSION for st in sts))
         for a_id, sts in statuses.items() if a_id in ateliers),
        key=lambda c: _order(c.date, c.title, c.atelier_id),
    )
    return EvaluationOverview(
        [q for q in shared if q.kind == QuestionKind.SCALE5.value]
        + [q for q in shared if q.kind != QuestionKind.SCALE5.value],
        codecision, commons,
    )
