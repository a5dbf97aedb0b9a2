"""What was on paper, on the atelier pages: photos of the boards and dot votes.

Photos are the stored JPEGs, already stripped of every metadata block at
import. In the site each one is an image file (``photos/<id>.jpg``, a name
with no user text in it that stays put across publications); in the
one-page minutes it is a ``data:`` URI, so the page stays one file. Both
render through the same partials (``photos_part.html``, ``votes_part.html``)
as sections of ``atelier_body.html``.

Consent: captions, alt texts, vote questions and option labels are free
texts, scanned by the :class:`~.consent.Censor` like notes. A photo without
an alt text is not published: the site leaves it out and the review screen
lists it (:func:`withhold_undescribed`), so it is never dropped silently.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.services.atelier_views import PhotoItem, PrintBackdrop
from ..printing.data import AtelierData
from ..printing.photos_votes import by_step, rank_text
from .consent import Censor, ReviewLine
from .parts import Section

if TYPE_CHECKING:  # site_data imports this module: the site's types for the checker only
    from .site_data import AtelierEntry, SiteData

CTX = "publishing"
WORDS = {
    "photos": QT_TRANSLATE_NOOP("publishing", "Photos"),
    "votes": QT_TRANSLATE_NOOP("publishing", "Votes (gommettes)"),
    "rank": QT_TRANSLATE_NOOP("publishing", "Rang"),
    "option": QT_TRANSLATE_NOOP("publishing", "Proposition"),
    "dots": QT_TRANSLATE_NOOP("publishing", "Gommettes"),
    "results": QT_TRANSLATE_NOOP("publishing", "Résultats"),
    "where_photos": QT_TRANSLATE_NOOP("publishing", "photos"),
    "where_votes": QT_TRANSLATE_NOOP("publishing", "votes"),
    "photo_named": QT_TRANSLATE_NOOP("publishing", "Photo « {name} »"),
    "withheld": QT_TRANSLATE_NOOP(
        "publishing", "non publiée : texte alternatif manquant (onglet Photos)"),
}

#: ``src`` of a photo in a page: a site path from the page, or a data: URI.
Source = Callable[[PhotoItem], str]


def words() -> dict[str, str]:
    return {key: tr(CTX, text) for key, text in WORDS.items()}


def scrub_boards(data: AtelierData, censor: Censor, title: str) -> None:
    """Captions, alt texts, questions and option labels through the censor, in place."""
    w = words()
    where_photos, where_votes = f"{title} — {w['where_photos']}", f"{title} — {w['where_votes']}"
    data.photos = [replace(p, caption=censor.text(p.caption, where_photos),
                           alt_text=censor.text(p.alt_text, where_photos))
                   for p in data.photos]
    data.votes = [replace(v, question=censor.text(v.question, where_votes), rounds=[
        (censor.text(name, where_votes),
         [replace(r, label=censor.text(r.label, where_votes)) for r in ranked])
        for name, ranked in v.rounds]) for v in data.votes]


def withhold_undescribed(data: AtelierData, censor: Censor, title: str) -> None:
    """Leave out the photos without alt text, each listed in the review instead."""
    w = words()
    kept = []
    for photo in data.photos:
        if photo.alt_text.strip():
            kept.append(photo)
            continue
        censor.record(ReviewLine(
            w["photo_named"].format(name=photo.caption or photo.file_name),
            f"{title} — {w['where_photos']}", w["withheld"], flagged=True, kind="photo"))
    data.photos = kept


def photo_path(item: PhotoItem) -> str:
    return f"photos/{item.id}.jpg"


def backdrop_path(backdrop: PrintBackdrop) -> str:
    """Named by content: the same photo under two maps is one file."""
    return f"photos/fond-{hashlib.sha256(backdrop.data).hexdigest()[:16]}.jpg"


def _photo_groups(data: AtelierData, src: Source, outside: str) -> list[tuple[str, list[Any]]]:
    order = [s.title for s in data.steps]
    return [(title or outside, [{"src": src(p), "alt": p.alt_text, "caption": p.caption,
                                 "width": p.width, "height": p.height} for p in items])
            for title, items in by_step(data.photos, order)]


def _votes(data: AtelierData, outside: str, results: str) -> list[dict[str, Any]]:
    return [{"question": v.question, "step": v.step_title or outside,
             "rounds": [(name or results,
                         [(rank_text(r), r.label, r.count, round(r.share * 100)) for r in ranked])
                        for name, ranked in v.rounds]}
            for v in data.votes]


def sections(data: AtelierData, src: Source, t: dict[str, str]) -> list[Section]:
    """The photos and votes sections of one atelier page (none when empty)."""
    from .pages import environment

    w = words()
    env = environment()
    out = []
    if data.photos:
        out.append(Section("photos", w["photos"], Markup(env.get_template(
            "photos_part.html").render(groups=_photo_groups(data, src, t["outside"])))))
    if data.votes:
        out.append(Section("votes", w["votes"], Markup(env.get_template(
            "votes_part.html").render(w=w, votes=_votes(data, t["outside"], w["results"])))))
    return out


def site_sections(site: SiteData, entry: AtelierEntry) -> Iterable[Section]:
    """:data:`pages.ATELIER_SECTIONS` entry: image files one folder up from ``ateliers/``."""
    from .words import words as site_words

    return sections(entry.data, lambda p: "../" + photo_path(p), site_words())


def site_files(site: SiteData) -> Iterable[tuple[str, bytes]]:
    """:data:`pages.FILE_BUILDERS` entry: the photos and the maps' backdrops."""
    for entry in site.ateliers:
        for photo in entry.data.photos:
            yield photo_path(photo), photo.data
        for mp in entry.data.maps:
            if mp.backdrop is not None:
                yield backdrop_path(mp.backdrop), mp.backdrop.data
