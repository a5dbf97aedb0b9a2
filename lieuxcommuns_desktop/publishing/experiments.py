"""Experiments in the site: a page each, an index, feed entries, and links from ateliers.

An extension of :mod:`.pages` like the evaluation page: it registers a page
builder, a navigation link, feed entries and an atelier section (the
experiments born at or reviewed in that atelier, linked to their pages).
Every free text of an experiment (hypothesis, description, lessons, the
origins' copied notes, the log, measures' comments, reasons of status
changes, milestones) goes through the publication's
:class:`~.consent.Censor`, so a participant's name written there is replaced
and listed in the review like anywhere else. The same atelier section,
without links, is in the one-page minutes (:mod:`.minutes`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from markupsafe import Markup

from ..core.enums import AtelierLinkRole, ExperimentationStatus
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.labels import label
from ..core.services.experiments_views import (
    AtelierExperiment,
    ExperimentPage,
    IndicatorView,
    all_pages,
)
from ..core.services.notebook import Notebook
from .consent import Censor
from .parts import FeedEntry, NavLink, Page, Section
from .slugs import unique_slugs

if TYPE_CHECKING:  # site_data imports this module: the site's types for the checker only
    from .site_data import AtelierEntry, SiteData

CTX = "publishing"
INDEX = "experimentations/index.html"
WORDS = {
    "experiments": QT_TRANSLATE_NOOP("publishing", "Expérimentations"),
    "experiment": QT_TRANSLATE_NOOP("publishing", "Expérimentation"),
    "no_experiment": QT_TRANSLATE_NOOP("publishing", "Aucune expérimentation."),
    "status": QT_TRANSLATE_NOOP("publishing", "Statut"),
    "lead": QT_TRANSLATE_NOOP("publishing", "Portée par"),
    "partners": QT_TRANSLATE_NOOP("publishing", "Partenaires"),
    "tool_kind": QT_TRANSLATE_NOOP("publishing", "Type d'outil"),
    "tool_tested": QT_TRANSLATE_NOOP("publishing", "Outil testé"),
    "ressource": QT_TRANSLATE_NOOP("publishing", "Ressource"),
    "period": QT_TRANSLATE_NOOP("publishing", "Période"),
    "hypothesis": QT_TRANSLATE_NOOP("publishing", "Hypothèse"),
    "description": QT_TRANSLATE_NOOP("publishing", "Description"),
    "lessons": QT_TRANSLATE_NOOP("publishing", "Enseignements"),
    "origins": QT_TRANSLATE_NOOP("publishing", "D'où elle vient"),
    "removed": QT_TRANSLATE_NOOP("publishing", "(supprimée du carnet depuis)"),
    "ateliers": QT_TRANSLATE_NOOP("publishing", "Ateliers"),
    "indicators": QT_TRANSLATE_NOOP("publishing", "Indicateurs"),
    "baseline": QT_TRANSLATE_NOOP("publishing", "Situation de départ"),
    "target": QT_TRANSLATE_NOOP("publishing", "Cible"),
    "last": QT_TRANSLATE_NOOP("publishing", "Dernière mesure"),
    "progress": QT_TRANSLATE_NOOP("publishing", "Chemin parcouru"),
    "value": QT_TRANSLATE_NOOP("publishing", "Valeur"),
    "comment": QT_TRANSLATE_NOOP("publishing", "Commentaire"),
    "chart": QT_TRANSLATE_NOOP("publishing", "Mesures de « {name} » dans le temps"),
    "milestones": QT_TRANSLATE_NOOP("publishing", "Jalons"),
    "history": QT_TRANSLATE_NOOP("publishing", "Historique du statut"),
    "reason": QT_TRANSLATE_NOOP("publishing", "Pourquoi"),
    "log": QT_TRANSLATE_NOOP("publishing", "Journal de bord"),
    "where": QT_TRANSLATE_NOOP("publishing", "expérimentation"),
}


def words() -> dict[str, str]:
    return {key: tr(CTX, text) for key, text in WORDS.items()}


@dataclass(frozen=True)
class ExperimentEntry:
    """One experiment as the site shows it: censored, with its page's address."""

    slug: str
    page: ExperimentPage

    @property
    def path(self) -> str:
        return f"experimentations/{self.slug}.html"


def _censored(p: ExperimentPage, censor: Censor) -> ExperimentPage:
    where = f"{p.title} — {words()['where']}"

    def c(text: str) -> str:
        return censor.text(text, where)

    return replace(
        p, tool_tested=c(p.tool_tested), hypothesis=c(p.hypothesis),
        description=c(p.description), lessons=c(p.lessons),
        origins=tuple(replace(o, text=c(o.text)) for o in p.origins),
        indicators=tuple(replace(i, values=tuple(v._replace(comment=c(v.comment))
                                                 for v in i.values)) for i in p.indicators),
        milestones=tuple(replace(m, title=c(m.title)) for m in p.milestones),
        transitions=tuple(replace(t, reason=c(t.reason)) for t in p.transitions),
        log=tuple(replace(e, text=c(e.text)) for e in p.log),
    )


def read_experiments(nb: Notebook, censor: Censor) -> list[ExperimentEntry]:
    """Every experiment, censored, in title order, each with a stable slug."""
    pages = [_censored(p, censor) for p in all_pages(nb)]
    slugs = unique_slugs([(p.id, p.title) for p in pages], "experimentation")
    return [ExperimentEntry(slugs[p.id], p) for p in pages]


# -- formatting ------------------------------------------------------------------------
def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    decimal = tr(CTX, QT_TRANSLATE_NOOP("publishing", ","))
    return text.replace(".", decimal) + (f" {unit}" if unit else "")


def _progress(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def _indicator_chart(ind: IndicatorView) -> Markup | None:
    from .evaluation import chart

    if len(ind.values) < 2:
        return None
    values = [v.value for v in ind.values]
    for bound in (ind.baseline, ind.target):
        if bound is not None:
            values.append(bound)
    low, high = min(values), max(values)
    if high == low:
        high = low + 1
    ticks = [(low, _number(low)), (high, _number(high))]
    if ind.target is not None and ind.target not in (low, high):  # the target, as a line
        ticks.append((ind.target, _number(ind.target)))
    return chart(words()["chart"].format(name=ind.name),
                 [(v.date, v.value) for v in ind.values], low, high, ticks)


# -- the pages ------------------------------------------------------------------------------
def _atelier_paths(site: SiteData) -> dict[str, str]:
    return {a.id: a.path for a in site.ateliers}


def experiment_pages(site: SiteData) -> Iterable[Page]:
    if not site.experiments:
        return
    w = words()
    yield Page(INDEX, "experiments.html", {"w": w, "status": label}, site.updated)
    paths = _atelier_paths(site)
    for entry in site.experiments:
        p = entry.page
        yield Page(entry.path, "experiment.html", {
            "w": w, "x": p, "status": label(p.status),
            "atelier_links": [(paths.get(a.atelier_id or ""), a) for a in p.ateliers],
            "role": label, "origin_kind": label, "number": _number, "progress": _progress,
            "charts": {i.id: _indicator_chart(i) for i in p.indicators},
        }, p.modified_at)


def experiments_link(site: SiteData) -> Iterable[NavLink]:
    if site.experiments:
        yield NavLink(INDEX, words()["experiments"])


def experiment_entries(site: SiteData) -> Iterable[FeedEntry]:
    for entry in site.experiments:
        p = entry.page
        summary = (p.hypothesis or p.description).strip()
        yield FeedEntry(p.id, p.title, entry.path, p.modified_at,
                        summary[:300] + ("…" if len(summary) > 300 else ""))


@dataclass(frozen=True)
class Mention:
    """An experiment in an atelier's section: the minutes' sentence around a title.

    The sentence is the printed minutes' own (:mod:`printing.atelier_experiments`),
    so the PDF, the Markdown, the HTML minutes and the site say the same thing;
    in the site the title links to the experiment's page.
    """

    before: str
    title: str
    after: str
    href: str | None


def mention(title: str, role: AtelierLinkRole, status: ExperimentationStatus, lead: str,
            href: str | None) -> Mention:
    from ..printing import atelier_experiments as ae

    mark = "\uE000"  # a private-use character no title holds, cut out at once
    text = ae.BORN if role is AtelierLinkRole.ORIGINE else ae.REVIEWED
    sentence = tr(ae.CTX, text, title=mark, status=label(status))
    if lead:
        sentence += tr(ae.CTX, ae.LEAD, lead=lead)
    before, _mark, after = sentence.partition(mark)
    return Mention(before, title, after, href)


def section(mentions: list[Mention]) -> list[Section]:
    """The "experiments" section of an atelier page or minutes (none when empty)."""
    from .pages import environment

    if not mentions:
        return []
    w = words()
    body = environment().get_template("experiments_part.html").render(mentions=mentions)
    return [Section("experimentations", w["experiments"], Markup(body))]


def atelier_section(site: SiteData, atelier: AtelierEntry) -> Iterable[Section]:
    """:data:`pages.ATELIER_SECTIONS` entry: born here first, each linked to its page."""
    found: dict[str, tuple[int, Mention]] = {}
    for entry in site.experiments:
        p = entry.page
        roles = [a.role for a in p.ateliers if a.atelier_id == atelier.id]
        if not roles:
            continue
        role = AtelierLinkRole.ORIGINE if AtelierLinkRole.ORIGINE in roles else roles[0]
        found[p.id] = (0 if role is AtelierLinkRole.ORIGINE else 1,
                       mention(p.title, role, p.status, p.lead, "../" + entry.path))
    ordered = sorted(found.values(), key=lambda pair: (pair[0], pair[1].title.casefold()))
    return section([m for _order, m in ordered])


def minutes_mentions(items: Iterable[AtelierExperiment]) -> list[Mention]:
    """The one-page minutes' mentions (``AtelierExperiment``), with no page to link to."""
    return [mention(i.title, i.role, i.status, i.lead, None) for i in items]

