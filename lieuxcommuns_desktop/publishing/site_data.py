"""The notebook's read models turned into the plain values a site is built from, censored.

One read of the notebook per publication, through the services' read models
(:func:`core.services.site_views.site_view`, the atelier views of the printed
kit, the experiments' and the evaluation's): :func:`read_site` returns a
:class:`SiteData` in which every participant is already named or replaced
and every free text scrubbed by the :class:`~.consent.Censor`, so no template
can publish a name by mistake. Contact fields and attendance are not even
read into it. No query here: ``publishing/`` only renders.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..core.errors import LieuxError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.services import site_views
from ..core.services.evaluation_views import EvaluationOverview, overview
from ..core.services.notebook import Notebook
from ..core.services.site_views import NoteInfo
from ..printing.data import AtelierData, NoteData, load, local
from .boards import scrub_boards, withhold_undescribed
from .consent import Censor
from .experiments import ExperimentEntry, read_experiments
from .licences import CHOICES, Licence, licence_of
from .slugs import unique_slugs

CTX = "publishing"
#: The fields a name may be found in, as the review screen names them.
FIELDS = {
    "owner": QT_TRANSLATE_NOOP("publishing", "responsable d'une action"),
    "note": QT_TRANSLATE_NOOP("publishing", "notes"),
    "objective": QT_TRANSLATE_NOOP("publishing", "objectif"),
    "facilitators": QT_TRANSLATE_NOOP("publishing", "animation (et crédits)"),
    "place": QT_TRANSLATE_NOOP("publishing", "lieu"),
    "commons": QT_TRANSLATE_NOOP("publishing", "grille des communs"),
    "agenda": QT_TRANSLATE_NOOP("publishing", "déroulé"),
    "matrices": QT_TRANSLATE_NOOP("publishing", "matrices"),
    "map": QT_TRANSLATE_NOOP("publishing", "carte des acteurs"),
    "description": QT_TRANSLATE_NOOP("publishing", "description"),
}


def at(title: str, key: str) -> str:
    """"Atelier X — notes": where a name would appear, for the review screen."""
    return f"{title} — {tr(CTX, FIELDS[key])}"


@dataclass(frozen=True)
class Member:
    collectivite: str
    role: str
    joined_on: dt.date | None


@dataclass
class AtelierEntry:
    id: str
    slug: str
    title: str
    date: dt.date | None
    modified_at: dt.datetime
    expedition_id: str | None
    collectivites: list[str]
    data: AtelierData

    @property
    def path(self) -> str:
        return f"ateliers/{self.slug}.html"


@dataclass
class Expedition:
    id: str
    slug: str
    name: str
    description: str
    modified_at: dt.datetime
    members: list[Member] = field(default_factory=list)
    ateliers: list[AtelierEntry] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"expeditions/{self.slug}.html"


@dataclass(frozen=True)
class CollectiviteEntry:
    name: str
    circle: str
    territory: str
    description: str


@dataclass(frozen=True)
class PhaseEntry:
    kind: str
    title: str
    start: dt.date
    end: dt.date


@dataclass
class SiteData:
    id: str
    title: str
    territory: str
    description: str
    licence: Licence
    phases: list[PhaseEntry]
    expeditions: list[Expedition]
    collectivites: list[CollectiviteEntry]
    ateliers: list[AtelierEntry]
    #: Structures credited: collectivités and the acteurs of the ateliers.
    structures: list[str]
    facilitators: list[str]
    censor: Censor
    #: The newest ``modified_at`` of what the site shows: the feed's "updated".
    updated: dt.datetime
    #: The participatory evaluation across the parcours (its own page).
    evaluation: EvaluationOverview | None = None
    #: Experiments (``experiments.ExperimentEntry``), censored, with their slugs.
    experiments: list[ExperimentEntry] = field(default_factory=list)


def _notes(notes: list[NoteInfo], censor: Censor,
           titles: dict[str, str]) -> dict[str, list[NoteData]]:
    """Every atelier's notes, owners named through the censor, texts scrubbed.

    In the order they were taken across all ateliers, the order the review
    screen lists the names found in them.
    """
    by_atelier: dict[str, list[NoteData]] = defaultdict(list)
    for n in notes:
        title = titles.get(n.atelier_id, "")
        if n.owner_participant_id:
            owner = censor.person(n.owner_participant_id, at(title, "owner"))
        elif n.owner_acteur is not None:
            owner = n.owner_acteur
        else:
            owner = censor.text(n.owner_text, at(title, "owner"))
        by_atelier[n.atelier_id].append(NoteData(
            n.kind, censor.text(n.text, at(title, "note")),
            local(n.created_at) or n.created_at,
            n.step_title, owner, n.due_date, n.done, n.step_id,
        ))
    return by_atelier


def scrub(data: AtelierData, censor: Censor, title: str) -> AtelierData:
    """Pass every free text of one atelier through the censor, in place."""
    data.objective = censor.text(data.objective, at(title, "objective"))
    data.facilitators = censor.text(data.facilitators, at(title, "facilitators"))
    data.place = censor.text(data.place, at(title, "place"))
    data.commons = [(n, st, censor.text(note, at(title, "commons")))
                    for n, st, note in data.commons]
    data.steps = [replace(step, title=censor.text(step.title, at(title, "agenda")),
                          method=censor.text(step.method, at(title, "agenda")))
                  for step in data.steps]
    where = at(title, "matrices")
    data.roles = replace(data.roles, rows=[censor.text(r, where) for r in data.roles.rows])
    data.decisions_today, data.decisions_target = (
        replace(mx, rows=[censor.text(r, where) for r in mx.rows])
        for mx in (data.decisions_today, data.decisions_target)
    )
    where = at(title, "map")
    data.maps = [replace(mp, title=censor.text(mp.title, where), relations=[
        replace(rel, label=censor.text(rel.label, where)) for rel in mp.relations])
        for mp in data.maps]
    scrub_boards(data, censor, title)
    return data


def censored_minutes(nb: Notebook, data: AtelierData) -> AtelierData:
    """One atelier's minutes as published: names only with consent, no contacts.

    For ``minutes --format md|html`` (the blog): owners and note texts are
    scanned like every other free text, since the data holds owners by name.
    """
    censor = Censor(site_views.people(nb))
    scrub(data, censor, data.title)
    data.notes = [replace(n, text=censor.text(n.text, at(data.title, "note")),
                          owner=censor.text(n.owner, at(data.title, "owner")))
                  for n in data.notes]
    return data


def _split_names(text: str) -> list[str]:
    parts = text.replace(";", ",").replace("\n", ",").replace(" et ", ",").split(",")
    return [p.strip() for p in parts if p.strip()]


def read_site(nb: Notebook) -> SiteData:
    """Everything the site shows, read once; raises when the licence is not a CC one."""
    view = site_views.site_view(nb)
    programme = view.programme
    licence_text = programme.licence if programme else ""
    licence = licence_of(licence_text)
    if licence is None:
        raise LieuxError("unknown_licence", licence=licence_text,
                         choices=", ".join(c.code for c in CHOICES))
    censor = Censor(view.people)
    titles = {a.id: a.title for a in view.ateliers}
    notes = _notes(view.notes, censor, titles)
    collectivites = {c.id: c for c in view.collectivites}
    thematiques = view.expeditions
    memberships = view.members
    phases = [PhaseEntry(p.kind, p.title, p.start, p.end) for p in view.phases]
    acteur_names = sorted(view.acteur_names, key=str.casefold)
    stamps = [*(a.modified_at for a in view.ateliers), *(t.modified_at for t in thematiques),
              *(ms.modified_at for ms in memberships)]
    if programme is not None:
        stamps.append(programme.modified_at)
    slugs = unique_slugs([(a.id, a.title) for a in view.ateliers], "atelier")
    ateliers: list[AtelierEntry] = []
    for row in view.ateliers:
        data = load(nb, row.id)
        data.notes = notes.get(row.id, [])
        data.people = []  # attendance never goes into the site
        scrub(data, censor, row.title)
        withhold_undescribed(data, censor, row.title)
        data.questions = []  # evaluation answers: published by the evaluation pages only
        ateliers.append(AtelierEntry(row.id, slugs[row.id], row.title, row.date,
                                     row.modified_at, row.thematique_id,
                                     sorted(row.collectivites, key=str.casefold), data))
    ateliers.sort(key=lambda a: (a.date or dt.date.max, a.title.casefold(), a.id))
    exp_slugs = unique_slugs([(t.id, t.name) for t in thematiques], "expedition")
    expeditions = []
    for t in thematiques:
        description = censor.text(t.description, at(t.name, "description"))
        expedition = Expedition(t.id, exp_slugs[t.id], t.name, description, t.modified_at)
        expedition.members = sorted(
            (Member(collectivites[ms.collectivite_id].name, ms.role, ms.joined_on)
             for ms in memberships
             if ms.thematique_id == t.id and ms.collectivite_id in collectivites),
            key=lambda mb: (mb.collectivite.casefold(), mb.role),
        )
        expedition.ateliers = [a for a in ateliers if a.expedition_id == t.id]
        expeditions.append(expedition)
    facilitators = sorted({name for a in ateliers for name in _split_names(a.data.facilitators)},
                          key=str.casefold)
    collectivite_entries = sorted(
        (CollectiviteEntry(c.name, c.circle, c.territory,
                           censor.text(c.description, at(c.name, "description")))
         for c in collectivites.values()),
        key=lambda c: c.name.casefold(),
    )
    experiments = read_experiments(nb, censor)
    stamps += [e.page.modified_at for e in experiments]
    structures = sorted({*(c.name for c in collectivite_entries), *acteur_names},
                        key=str.casefold)
    return SiteData(
        id=programme.id if programme else "",
        title=(programme.title if programme else "") or "Lieux Communs",
        territory=programme.territory if programme else "",
        description=censor.text(programme.description if programme else "",
                                at(programme.title if programme else "", "description")),
        licence=licence,
        phases=phases,
        expeditions=expeditions,
        collectivites=collectivite_entries,
        ateliers=ateliers,
        structures=structures,
        facilitators=facilitators,
        censor=censor,
        updated=max(stamps, default=dt.datetime(2000, 1, 1)),
        evaluation=overview(nb),
        experiments=experiments,
    )
