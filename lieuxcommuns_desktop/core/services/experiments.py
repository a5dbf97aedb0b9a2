"""Experiment edits (*mise en test*): from the room's note to measured results.

Each function is one intention ("make this decision an experiment", "it is
now running, because…", "12 people came in March") in one committed
transaction, and returns a :class:`~.edits.Edit` (the rows before and
after), so the window wraps any of them in one undo step exactly as the
programme page does (``ProgrammeEditCommand``).

Rules kept here rather than in the UI:

* statuses move only along :data:`TRANSITIONS`, each move dated (never in the
  future, never before the previous move) and recorded with its reason; giving
  up (*abandonnée*) needs a reason;
* a measured value is a finite number within :data:`VALUE_RANGE` (typed text
  such as ``"12,5"`` is read the French way), dated no later than today;
* an indicator's unit cannot change once values exist unless the caller says
  so (``confirm_unit=True``): the values are not converted, and the message
  says it;
* an experiment made from a note or decision copies its text and its atelier's
  title, so that deleting them later leaves the experiment its origin.

Reads (the experiment page, the comparison, the follow-up letter) are in
:mod:`.experiments_views`.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..enums import AtelierLinkRole, ExperimentationStatus, OriginKind
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..labels import label
from ..model import (
    Atelier,
    Collectivite,
    Decision,
    Experimentation,
    ExperimentationAtelier,
    ExperimentationOrigin,
    ExperimentationPartner,
    Indicator,
    IndicatorValue,
    Milestone,
    Note,
    Ressource,
    StatusTransition,
    ToolKind,
)
from .edits import Edit, Tracker, delete_record, redo, undo
from .edits import get as get_record
from .notebook import Notebook
from .programme import check_date

__all__ = ["Edit", "ExperimentError", "redo", "undo"]

CTX = "experiments"
S = ExperimentationStatus

MESSAGES = {
    "not_a_number": QT_TRANSLATE_NOOP(
        "experiments", "« {value} » n'est pas un nombre : tapez une valeur comme 12 ou 12,5."),
    "not_finite": QT_TRANSLATE_NOOP(
        "experiments", "« {value} » n'est pas une valeur mesurable (infinie ou indéfinie)."),
    "out_of_range": QT_TRANSLATE_NOOP(
        "experiments", "{value} est hors des limites permises (de {low} à {high})."),
    "future_measure": QT_TRANSLATE_NOOP(
        "experiments", "Une mesure ne peut pas être datée dans le futur ({date}) : "
        "rien n'a été enregistré."),
    "unit_change": QT_TRANSLATE_NOOP(
        "experiments", "« {indicator} » a déjà des mesures en « {unit} » : changer "
        "l'unité ne convertit pas les valeurs. Confirmez pour changer quand même."),
    "transition": QT_TRANSLATE_NOOP(
        "experiments", "Passer de « {current} » à « {target} » n'est pas prévu "
        "(possible : {allowed})."),
    "reason_needed": QT_TRANSLATE_NOOP(
        "experiments", "Dites pourquoi l'expérimentation est abandonnée : la raison sera "
        "transmise au second cercle."),
    "future_transition": QT_TRANSLATE_NOOP(
        "experiments", "Un changement de statut ne peut pas être daté dans le futur ({date})."),
    "transition_order": QT_TRANSLATE_NOOP(
        "experiments", "Ce changement ({date}) serait antérieur au précédent ({previous})."),
    "dates": QT_TRANSLATE_NOOP(
        "experiments", "L'expérimentation doit finir après son début ({start} → {end}). "
        "Rien n'a été modifié."),
    "empty": QT_TRANSLATE_NOOP("experiments", "Le champ « {field} » ne peut pas être vide."),
    "already_partner": QT_TRANSLATE_NOOP(
        "experiments", "« {collectivite} » est déjà partenaire de cette expérimentation."),
    "lead_partner": QT_TRANSLATE_NOOP(
        "experiments", "« {collectivite} » porte déjà cette expérimentation."),
    "already_linked": QT_TRANSLATE_NOOP(
        "experiments", "L'atelier « {atelier} » est déjà lié à cette expérimentation."),
    "none": QT_TRANSLATE_NOOP("experiments", "aucun"),
}

# Field names shown in "empty" messages.
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("experiments", "titre"),
    "name": QT_TRANSLATE_NOOP("experiments", "nom"),
}

#: Allowed moves: envisagée → en préparation → en cours → évaluée → essaimée, or abandonnée.
TRANSITIONS: dict[ExperimentationStatus, tuple[ExperimentationStatus, ...]] = {
    S.ENVISAGEE: (S.EN_PREPARATION, S.EN_COURS, S.ABANDONNEE),
    S.EN_PREPARATION: (S.ENVISAGEE, S.EN_COURS, S.ABANDONNEE),
    S.EN_COURS: (S.EVALUEE, S.ABANDONNEE),
    S.EVALUEE: (S.ESSAIMEE, S.EN_COURS, S.ABANDONNEE),
    S.ESSAIMEE: (),
    S.ABANDONNEE: (S.ENVISAGEE,),
    # Schema 2's statuses, should one survive an old merge: treated as their mapping.
    S.SUSPENDUE: (S.EN_COURS, S.EVALUEE, S.ABANDONNEE),
    S.TERMINEE: (S.EVALUEE, S.ESSAIMEE, S.ABANDONNEE),
}

#: What a measure may be: the interchange format's bounds for real numbers.
VALUE_RANGE = (-1e6, 1e6)

#: Fields :func:`edit` may change.
EDITABLE = frozenset({"title", "hypothesis", "description", "tool_tested", "tool_kind_id",
                      "ressource_id", "collectivite_id", "start_date", "end_date", "lessons"})


class ExperimentError(ValidationError):
    """An experiment edit refused before anything was written."""

    @property
    def message(self) -> str:
        return tr(CTX, MESSAGES.get(self.code, self.code), **self.params)


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


# -- numbers ------------------------------------------------------------------------
def parse_value(value: object) -> float:
    """A measured value from a number or typed text ("12,5", " 3 "), else ExperimentError."""
    if isinstance(value, bool):
        raise ExperimentError("not_a_number", value=str(value))
    if isinstance(value, int | float):
        number = float(value)
        shown = str(value)
    elif isinstance(value, str):
        shown = value.strip()[:40]
        text = value.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise ExperimentError("not_a_number", value=shown) from None
        if text.lower().lstrip("+-") in ("nan", "inf", "infinity"):
            raise ExperimentError("not_finite", value=shown)
    else:
        raise ExperimentError("not_a_number", value=str(value)[:40])
    if not math.isfinite(number):
        raise ExperimentError("not_finite", value=shown)
    low, high = VALUE_RANGE
    if not low <= number <= high:
        raise ExperimentError("out_of_range", value=shown, low=f"{low:g}", high=f"{high:g}")
    return number


def _optional_value(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_value(value)


def _text(value: str, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ExperimentError("empty", field=tr(CTX, FIELD_NAMES[field]))
    return text


def _title_from(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= 80 else first[:79].rstrip() + "…"


# -- creation -------------------------------------------------------------------------
def create(nb: Notebook, title: str, *, collectivite_id: str | None = None,
           tool_kind_id: str | None = None, today: dt.date | None = None) -> Edit:
    """A new experiment, *envisagée* today."""
    title = _text(title, "title")
    with nb.write() as session:
        track = Tracker(session)
        exp = track.add(Experimentation(title=title, collectivite_id=collectivite_id,
                                        tool_kind_id=tool_kind_id, status=S.ENVISAGEE))
        track.add(StatusTransition(experimentation_id=exp.id, date=_today(today),
                                   from_status=None, to_status=S.ENVISAGEE, reason=""))
        return track.finish()


def create_from_note(nb: Notebook, note_id: str, *, title: str | None = None,
                     today: dt.date | None = None) -> Edit:
    """*En faire une expérimentation*: the note's text copied, its atelier as origin."""
    with nb.write() as session:
        note = get_record(session, Note, note_id)
        atelier = get_record(session, Atelier, note.atelier_id)
        return _create_from(session, atelier, OriginKind.NOTE, note.text, title,
                            _today(today), note_id=note.id)


def create_from_decision(nb: Notebook, decision_id: str, *, title: str | None = None,
                         today: dt.date | None = None) -> Edit:
    """The same from a row of the decision matrix (its label copied)."""
    with nb.write() as session:
        decision = get_record(session, Decision, decision_id)
        atelier = get_record(session, Atelier, decision.atelier_id)
        return _create_from(session, atelier, OriginKind.DECISION, decision.label, title,
                            _today(today), decision_id=decision.id)


def _create_from(session: Session, atelier: Atelier, kind: OriginKind, text: str,
                 title: str | None, today: dt.date, **link: str) -> Edit:
    title = (title or "").strip() or _title_from(text) or atelier.title
    track = Tracker(session)
    exp = track.add(Experimentation(
        title=title, collectivite_id=atelier.collectivite_id,
        ressource_id=atelier.ressource_id, hypothesis=text, status=S.ENVISAGEE))
    track.add(ExperimentationAtelier(experimentation_id=exp.id, atelier_id=atelier.id,
                                     role=AtelierLinkRole.ORIGINE, atelier_title=atelier.title,
                                     atelier_date=atelier.date))
    track.add(ExperimentationOrigin(experimentation_id=exp.id, kind=kind, text=text,
                                    atelier_id=atelier.id, atelier_title=atelier.title,
                                    **link))
    track.add(StatusTransition(experimentation_id=exp.id, date=today, from_status=None,
                               to_status=S.ENVISAGEE, reason=atelier.title))
    return track.finish()


def link_atelier(nb: Notebook, experimentation_id: str, atelier_id: str,
                 role: AtelierLinkRole = AtelierLinkRole.REVUE) -> Edit:
    """The experiment was reviewed at (or born in) this atelier; its title is copied."""
    role = AtelierLinkRole(role)
    with nb.write() as session:
        get_record(session, Experimentation, experimentation_id)
        atelier = get_record(session, Atelier, atelier_id)
        if session.scalars(select(ExperimentationAtelier).where(
                ExperimentationAtelier.experimentation_id == experimentation_id,
                ExperimentationAtelier.atelier_id == atelier_id,
                ExperimentationAtelier.role == role)).first():
            raise ExperimentError("already_linked", atelier=atelier.title)
        track = Tracker(session)
        track.add(ExperimentationAtelier(experimentation_id=experimentation_id,
                                         atelier_id=atelier_id, role=role,
                                         atelier_title=atelier.title,
                                         atelier_date=atelier.date))
        return track.finish()


def unlink_atelier(nb: Notebook, experimentation_id: str, atelier_id: str,
                   role: AtelierLinkRole = AtelierLinkRole.REVUE) -> Edit:
    """The experiment is no longer said to be reviewed at (or born in) this atelier.

    Only the link goes: the experiment, its origin text and the atelier stay.
    """
    with nb.write() as session:
        track = Tracker(session)
        for row in session.scalars(select(ExperimentationAtelier).where(
                ExperimentationAtelier.experimentation_id == experimentation_id,
                ExperimentationAtelier.atelier_id == atelier_id,
                ExperimentationAtelier.role == AtelierLinkRole(role))):
            track.delete(row)
        return track.finish()


# -- fields ------------------------------------------------------------------------------
def edit(nb: Notebook, experimentation_id: str, **values: Any) -> Edit:
    """Change the form's fields (see :data:`EDITABLE`); references are checked."""
    unknown = set(values) - EDITABLE
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    if "title" in values:
        values["title"] = _text(values["title"], "title")
    for name in ("start_date", "end_date"):
        check_date(values.get(name), name)
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Experimentation, experimentation_id)
        exp = get_record(session, Experimentation, experimentation_id)
        for name, entity in (("tool_kind_id", ToolKind), ("ressource_id", Ressource),
                             ("collectivite_id", Collectivite)):
            if values.get(name) is not None:
                get_record(session, entity, values[name])
        start = values.get("start_date", exp.start_date)
        end = values.get("end_date", exp.end_date)
        if start is not None and end is not None and end < start:
            raise ExperimentError("dates", start=start.isoformat(), end=end.isoformat())
        for name, value in values.items():
            setattr(exp, name, value.strip() if isinstance(value, str) else value)
        return track.finish()


def add_partner(nb: Notebook, experimentation_id: str, collectivite_id: str) -> Edit:
    with nb.write() as session:
        exp = get_record(session, Experimentation, experimentation_id)
        collectivite = get_record(session, Collectivite, collectivite_id)
        if exp.collectivite_id == collectivite_id:
            raise ExperimentError("lead_partner", collectivite=collectivite.name)
        if session.scalars(select(ExperimentationPartner).where(
                ExperimentationPartner.experimentation_id == experimentation_id,
                ExperimentationPartner.collectivite_id == collectivite_id)).first():
            raise ExperimentError("already_partner", collectivite=collectivite.name)
        track = Tracker(session)
        track.add(ExperimentationPartner(experimentation_id=experimentation_id,
                                         collectivite_id=collectivite_id))
        return track.finish()


def remove_partner(nb: Notebook, experimentation_id: str, collectivite_id: str) -> Edit:
    with nb.write() as session:
        track = Tracker(session)
        for row in session.scalars(select(ExperimentationPartner).where(
                ExperimentationPartner.experimentation_id == experimentation_id,
                ExperimentationPartner.collectivite_id == collectivite_id)):
            track.delete(row)
        return track.finish()


# -- status -------------------------------------------------------------------------------
def allowed_statuses(current: ExperimentationStatus) -> tuple[ExperimentationStatus, ...]:
    return TRANSITIONS.get(S(current), ())


def change_status(nb: Notebook, experimentation_id: str, status: ExperimentationStatus,
                  reason: str = "", *, date: dt.date | None = None,
                  today: dt.date | None = None) -> Edit:
    """Move to ``status`` on ``date`` (today by default) for ``reason``; see :data:`TRANSITIONS`."""
    status = S(status)
    day = date or _today(today)
    check_date(day)
    if day > _today(today):
        raise ExperimentError("future_transition", date=day.isoformat())
    reason = (reason or "").strip()
    if status is S.ABANDONNEE and not reason:
        raise ExperimentError("reason_needed")
    with nb.write() as session:
        exp = get_record(session, Experimentation, experimentation_id)
        allowed = allowed_statuses(exp.status)
        if status not in allowed:
            raise ExperimentError(
                "transition", current=label(exp.status), target=label(status),
                allowed=", ".join(label(s) for s in allowed) or tr(CTX, MESSAGES["none"]))
        previous = session.scalar(select(func.max(StatusTransition.date)).where(
            StatusTransition.experimentation_id == experimentation_id))
        if previous is not None and day < previous:
            raise ExperimentError("transition_order", date=day.isoformat(),
                                  previous=previous.isoformat())
        track = Tracker(session)
        track.touch(Experimentation, experimentation_id)
        track.add(StatusTransition(experimentation_id=experimentation_id, date=day,
                                   from_status=exp.status, to_status=status, reason=reason))
        exp.status = status
        if status is S.EN_COURS and exp.start_date is None:
            exp.start_date = day
        if status in (S.EVALUEE, S.ABANDONNEE) and exp.end_date is None:
            exp.end_date = day
        return track.finish()


# -- indicators ----------------------------------------------------------------------------
def add_indicator(nb: Notebook, experimentation_id: str, name: str, unit: str = "",
                  baseline: object = None, target: object = None) -> Edit:
    name = _text(name, "name")
    base, goal = _optional_value(baseline), _optional_value(target)
    with nb.write() as session:
        get_record(session, Experimentation, experimentation_id)
        position = session.scalar(select(func.count()).select_from(Indicator).where(
            Indicator.experimentation_id == experimentation_id)) or 0
        track = Tracker(session)
        track.add(Indicator(experimentation_id=experimentation_id, name=name,
                            unit=(unit or "").strip(), baseline=base, target=goal,
                            position=position))
        return track.finish()


_UNSET: Any = object()


def edit_indicator(nb: Notebook, indicator_id: str, *, name: str | None = None,
                   unit: str | None = None, baseline: object = _UNSET,
                   target: object = _UNSET, confirm_unit: bool = False) -> Edit:
    """Change an indicator; a new unit over existing values needs ``confirm_unit``."""
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Indicator, indicator_id)
        indicator = get_record(session, Indicator, indicator_id)
        if name is not None:
            indicator.name = _text(name, "name")
        if unit is not None and unit.strip() != indicator.unit:
            count = session.scalar(select(func.count()).select_from(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator_id)) or 0
            if count and not confirm_unit:
                raise ExperimentError("unit_change", indicator=indicator.name,
                                      unit=indicator.unit)
            indicator.unit = unit.strip()
        if baseline is not _UNSET:
            indicator.baseline = _optional_value(baseline)
        if target is not _UNSET:
            indicator.target = _optional_value(target)
        return track.finish()


def delete_indicator(nb: Notebook, indicator_id: str) -> Edit:
    """The indicator and its measures (deleted first, so that undo restores them)."""
    return delete_record(nb, Indicator, indicator_id, children=IndicatorValue.indicator_id)


def _check_measure_date(day: dt.date, today: dt.date | None) -> None:
    check_date(day)
    if day > _today(today):
        raise ExperimentError("future_measure", date=day.isoformat())


def add_value(nb: Notebook, indicator_id: str, date: dt.date, value: object,
              comment: str = "", *, today: dt.date | None = None) -> Edit:
    """Record a measure; bad numbers and future dates are refused (nothing written)."""
    number = parse_value(value)
    _check_measure_date(date, today)
    with nb.write() as session:
        get_record(session, Indicator, indicator_id)
        track = Tracker(session)
        track.add(IndicatorValue(indicator_id=indicator_id, date=date, value=number,
                                 comment=(comment or "").strip()))
        return track.finish()


def edit_value(nb: Notebook, value_id: str, *, date: dt.date | None = None,
               value: object = _UNSET, comment: str | None = None,
               today: dt.date | None = None) -> Edit:
    """Correct one measure (a typo, the wrong day): checked as :func:`add_value` checks
    a new one, before anything is written; one :class:`Edit`, so one undo step."""
    number = parse_value(value) if value is not _UNSET else None
    if date is not None:
        _check_measure_date(date, today)
    with nb.write() as session:
        track = Tracker(session)
        track.touch(IndicatorValue, value_id)
        row = get_record(session, IndicatorValue, value_id)
        if date is not None:
            row.date = date
        if number is not None:
            row.value = number
        if comment is not None:
            row.comment = comment.strip()
        return track.finish()


def delete_value(nb: Notebook, value_id: str) -> Edit:
    return delete_record(nb, IndicatorValue, value_id)


# -- milestones ------------------------------------------------------------------------------
def add_milestone(nb: Notebook, experimentation_id: str, title: str,
                  due_date: dt.date | None = None) -> Edit:
    title = _text(title, "title")
    check_date(due_date, "due_date")
    with nb.write() as session:
        get_record(session, Experimentation, experimentation_id)
        position = session.scalar(select(func.count()).select_from(Milestone).where(
            Milestone.experimentation_id == experimentation_id)) or 0
        track = Tracker(session)
        track.add(Milestone(experimentation_id=experimentation_id, title=title,
                            due_date=due_date, done=False, position=position))
        return track.finish()


def edit_milestone(nb: Notebook, milestone_id: str, *, title: str | None = None,
                   due_date: dt.date | None = _UNSET, done: bool | None = None) -> Edit:
    if due_date is not _UNSET:
        check_date(due_date, "due_date")
    with nb.write() as session:
        track = Tracker(session)
        track.touch(Milestone, milestone_id)
        milestone = get_record(session, Milestone, milestone_id)
        if title is not None:
            milestone.title = _text(title, "title")
        if due_date is not _UNSET:
            milestone.due_date = due_date
        if done is not None:
            milestone.done = bool(done)
        return track.finish()


def delete_milestone(nb: Notebook, milestone_id: str) -> Edit:
    return delete_record(nb, Milestone, milestone_id)
