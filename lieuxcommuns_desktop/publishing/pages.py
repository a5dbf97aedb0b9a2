"""Render a :class:`SiteData` into the site's files (path -> bytes), with Jinja2.

Autoescaping is on for every ``.html`` and ``.xml`` template; the only
markup that reaches a page unescaped is what this package builds itself (the
map's SVG, escaped by :mod:`printing.map_svg`, and the ``paragraphs``/``lines``
filters, which escape first). Every value printed goes through
:func:`clean` (``finalize``): control characters, lone surrogates and
non-characters, which no HTML5 or XML parser accepts, are dropped.

Extension points, for the pages other issues add (experiments, photos,
votes): append a builder to :data:`PAGE_BUILDERS` (it yields :class:`Page`),
a section to an atelier page with :data:`ATELIER_SECTIONS`, a section of the
home page with :data:`HOME_SECTIONS`, a navigation link with :data:`NAV_LINKS`,
a feed entry with :data:`FEED_ENTRIES`, and files that are not pages (the
photos) with :data:`FILE_BUILDERS`. Registered so: the evaluation page
(:mod:`.evaluation`), the experiments (:mod:`.experiments`), the photos and
votes (:mod:`.boards`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..core.enums import (
    ActeurCategory,
    Circle,
    ExpeditionRole,
    NoteKind,
    ParticipationLevel,
    PhaseKind,
    PrincipleStatus,
    RelationKind,
)
from ..core.labels import label, principle_label
from ..printing.format import clock, duration, long_date
from ..resources import resource
from .boards import backdrop_path
from .parts import FeedEntry, NavLink, Page, Section, clean, lines, paragraphs
from .site_data import AtelierEntry, SiteData
from .words import words

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
         "DejaVuSans-BoldOblique.ttf", "LICENSE-DejaVu.txt")


PageBuilder = Callable[[SiteData], Iterable[Page]]
AtelierSection = Callable[[SiteData, AtelierEntry], Iterable[Section]]


def _enum_label(enum_cls: type) -> Callable[[str], str]:
    def show(value: str | None) -> str:
        if value is None:
            return ""
        try:
            return label(enum_cls(value))
        except ValueError:
            return str(value)
    return show


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader([str(resource("site", "templates")),
                                 str(resource("site", "assets"))]),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        finalize=clean,
        keep_trailing_newline=True,
    )
    env.filters.update(lines=lines, paragraphs=paragraphs)
    env.globals.update(
        long_date=long_date, clock=clock, duration=duration,
        phase_label=_enum_label(PhaseKind), circle_label=_enum_label(Circle),
        role_label=_enum_label(ExpeditionRole), note_kind_label=_enum_label(NoteKind),
        principle_status_label=_enum_label(PrincipleStatus),
        principle_label=principle_label,
        atom_date=lambda v: f"{v:%Y-%m-%dT%H:%M:%S}Z",
    )
    return env


# -- the pages -------------------------------------------------------------------------

def _notes_by_step(entry: AtelierEntry, t: dict[str, str]) -> list[tuple[str, list[Any]]]:
    """Notes under their séquence, by id: three "Pause" steps keep their own notes."""
    from ..printing.data import notes_by_step

    return [(step.title if step is not None else t["outside"], notes)
            for step, notes in notes_by_step(entry.data)]


def _map_views(entry: AtelierEntry, t: dict[str, str],
               backdrop_href: Callable[[Any], str] | None) -> list[dict[str, Any]]:
    from ..printing.map_svg import data_uri, render

    views = []
    category = _enum_label(ActeurCategory)
    kind = _enum_label(RelationKind)
    for mp in entry.data.maps:
        names = {p.acteur_id: p.name for p in mp.placements}
        views.append({
            "title": mp.title,
            "svg": Markup(render(mp, backdrop_href=backdrop_href or data_uri)),
            "acteurs": sorted(((p.name, category(p.category)) for p in mp.placements),
                              key=lambda a: (a[0].casefold(), a[1])),
            "relations": sorted(
                t["relation_line"].format(source=names.get(r.source_id, "?"),
                                          target=names.get(r.target_id, "?"),
                                          kind=r.label or kind(r.kind))
                for r in mp.relations
            ),
        })
    return views


def atelier_context(site: SiteData | None, entry: AtelierEntry, t: dict[str, str],
                    *, link_expedition: bool = True,
                    backdrop_href: Callable[[Any], str] | None = None) -> dict[str, Any]:
    """What ``atelier_body.html`` needs; shared by the site and the one-page minutes.

    ``backdrop_href`` gives a map backdrop's address (a ``data:`` URI when None);
    without a ``site`` (the minutes) the caller adds the extra sections itself.
    """
    d = entry.data
    level = _enum_label(ParticipationLevel)
    expedition = None
    if site is not None:
        expedition = next((e for e in site.expeditions if e.id == entry.expedition_id), None)
    matrices = [
        (t[key], mx, cell) for key, mx, cell in (
            ("roles_matrix", d.roles, lambda v: v or ""),
            ("decisions_today", d.decisions_today, level),
            ("decisions_target", d.decisions_target, level),
        ) if mx.rows and mx.columns
    ]
    return {
        "d": d, "expedition": expedition, "link_expedition": link_expedition,
        "collectivites": entry.collectivites,
        "notes_by_step": _notes_by_step(entry, t),
        "decisions": [n for n in d.notes if n.kind == NoteKind.DECISION.value],
        "maps": _map_views(entry, t, backdrop_href), "matrices": matrices,
        "extra_sections": [s for build in ATELIER_SECTIONS for s in build(site, entry)]
        if site is not None else [],
    }


def home_pages(site: SiteData) -> Iterable[Page]:
    yield Page("index.html", "home.html", {
        "extra_sections": [s for build in HOME_SECTIONS for s in build(site)],
    }, site.updated)


def expedition_pages(site: SiteData) -> Iterable[Page]:
    for e in site.expeditions:
        newest = max([e.modified_at, *(a.modified_at for a in e.ateliers)])
        yield Page(e.path, "expedition.html", {"e": e}, newest)


def atelier_pages(site: SiteData) -> Iterable[Page]:
    t = words()
    for entry in site.ateliers:
        yield Page(entry.path, "atelier.html",
                   atelier_context(site, entry, t,
                                   backdrop_href=lambda b: "../" + backdrop_path(b)),
                   entry.modified_at)


def decisions_pages(site: SiteData) -> Iterable[Page]:
    decisions = [(a, n) for a in site.ateliers for n in a.data.notes
                 if n.kind == NoteKind.DECISION.value]
    actions = [(a, n) for a in site.ateliers for n in a.data.actions]
    yield Page("decisions.html", "decisions.html",
               {"decisions": decisions, "actions": actions}, site.updated)


def credits_pages(site: SiteData) -> Iterable[Page]:
    yield Page("credits.html", "credits.html", {}, site.updated)


def atelier_entries(site: SiteData) -> Iterable[FeedEntry]:
    for a in site.ateliers:
        summary = a.data.objective.strip()
        yield FeedEntry(a.id, a.title, a.path, a.modified_at,
                        summary[:300] + ("…" if len(summary) > 300 else ""))


#: Builders of the site's pages, in order. Extensions append theirs.
PAGE_BUILDERS: list[PageBuilder] = [
    home_pages, expedition_pages, atelier_pages, decisions_pages, credits_pages,
]
#: Extra sections of an atelier page (votes, photos, experiments born there…).
ATELIER_SECTIONS: list[AtelierSection] = []
#: Extra sections of the home page.
HOME_SECTIONS: list[Callable[[SiteData], Iterable[Section]]] = []
#: Extra links of the navigation bar (e.g. an experiments index).
NAV_LINKS: list[Callable[[SiteData], Iterable[NavLink]]] = []
#: Entries of the Atom feed, newest first once gathered.
FEED_ENTRIES: list[Callable[[SiteData], Iterable[FeedEntry]]] = [atelier_entries]
#: Files of the site that are not rendered pages (path, bytes): photos, backdrops.
FILE_BUILDERS: list[Callable[[SiteData], Iterable[tuple[str, bytes]]]] = []


def _register_extensions() -> None:
    """The evaluation, experiments, photos and votes: extensions like any other."""
    from . import boards, experiments
    from .evaluation import evaluation_link, evaluation_pages

    PAGE_BUILDERS.extend([experiments.experiment_pages, evaluation_pages])
    NAV_LINKS.extend([experiments.experiments_link, evaluation_link])
    FEED_ENTRIES.append(experiments.experiment_entries)
    ATELIER_SECTIONS.extend([boards.site_sections, experiments.atelier_section])
    FILE_BUILDERS.append(boards.site_files)


_register_extensions()


def _root(path: str) -> str:
    return "../" * path.count("/")


def render_site(site: SiteData, *, base_url: str = "") -> dict[str, bytes]:
    """Every file of the site, by path relative to its root."""
    env = environment()
    t = words()
    if base_url and not base_url.endswith("/"):
        base_url += "/"
    common = {"site": site, "t": t, "lang": t["lang"], "base_url": base_url,
              "nav_extra": [link for build in NAV_LINKS for link in build(site)]}
    files: dict[str, bytes] = {}
    sitemap: list[tuple[str, str]] = []
    for build in PAGE_BUILDERS:
        for page in build(site):
            context = {**common, **page.context, "root": _root(page.path),
                       "page": {"path": page.path,
                                "modified": f"{page.modified:%Y-%m-%d}" if page.modified
                                else ""}}
            files[page.path] = env.get_template(page.template).render(context).encode("utf-8")
            sitemap.append((page.path, context["page"]["modified"]))
    entries = sorted((e for build in FEED_ENTRIES for e in build(site)),
                     key=lambda e: (e.modified_at, e.id), reverse=True)
    files["feed.xml"] = env.get_template("feed.xml").render(
        {**common, "entries": entries}).encode("utf-8")
    files["sitemap.xml"] = env.get_template("sitemap.xml").render(
        {**common, "urls": sorted(sitemap)}).encode("utf-8")
    for build_files in FILE_BUILDERS:
        files.update(build_files(site))
    for name in ("site.css", "print.css"):
        files[f"assets/{name}"] = resource("site", "assets", name).read_bytes()
    for name in FONTS:
        files[f"assets/fonts/{name}"] = resource("fonts", name).read_bytes()
    return files
