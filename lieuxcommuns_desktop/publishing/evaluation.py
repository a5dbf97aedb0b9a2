"""The evaluation across the parcours as HTML: a section of the site and a report.

Charts are inline SVG drawn here (no script, nothing loaded), each with a
title for assistive technology and the table of its figures right after it as
the text alternative. Used by the site's ``evaluation.html`` page (a
:data:`pages.PAGE_BUILDERS` entry) and by ``report --evaluation``
(:mod:`.evaluation_report`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.services.evaluation_views import EvaluationOverview
from ..printing.format import long_date
from .parts import NavLink, Page, clean

if TYPE_CHECKING:  # site_data imports this module: the site's types for the checker only
    from .site_data import SiteData

CTX = "publishing"
WORDS = {
    "evaluation": QT_TRANSLATE_NOOP("publishing", "Évaluation participative"),
    "evaluation_intro": QT_TRANSLATE_NOOP(
        "publishing", "Les questions posées dans plusieurs ateliers, de 1 (pas du tout) à 5 "
        "(tout à fait), atelier après atelier ; la part de co-décision dans les matrices des "
        "décisions ; les principes des communs en place."),
    "shared": QT_TRANSLATE_NOOP("publishing", "Questions partagées"),
    "no_shared": QT_TRANSLATE_NOOP("publishing", "Aucune question posée dans plusieurs ateliers."),
    "mean": QT_TRANSLATE_NOOP("publishing", "Moyenne"),
    "answers": QT_TRANSLATE_NOOP("publishing", "Réponses"),
    "per_expedition": QT_TRANSLATE_NOOP("publishing", "Par expédition"),
    "per_collectivite": QT_TRANSLATE_NOOP("publishing", "Par collectivité"),
    "over_time": QT_TRANSLATE_NOOP("publishing", "Moyenne atelier après atelier : {question}"),
    "open_note": QT_TRANSLATE_NOOP(
        "publishing", "Question ouverte : les réponses sont comptées, pas publiées."),
    "codecision": QT_TRANSLATE_NOOP("publishing", "La co-décision a-t-elle progressé ?"),
    "codecision_note": QT_TRANSLATE_NOOP(
        "publishing", "Part des cases de la matrice des décisions à « co-décide » ou "
        "« décide », aujourd'hui et dans la cible."),
    "codecision_chart": QT_TRANSLATE_NOOP(
        "publishing", "Part de co-décision aujourd'hui, atelier après atelier"),
    "today": QT_TRANSLATE_NOOP("publishing", "Aujourd'hui"),
    "target": QT_TRANSLATE_NOOP("publishing", "Cible"),
    "no_matrix": QT_TRANSLATE_NOOP("publishing", "Aucune matrice des décisions remplie."),
    "commons_title": QT_TRANSLATE_NOOP("publishing", "Les communs à travers le parcours"),
    "commons_chart": QT_TRANSLATE_NOOP(
        "publishing", "Principes en place (sur 8), atelier après atelier"),
    "in_place": QT_TRANSLATE_NOOP("publishing", "En place (sur 8)"),
    "discussed": QT_TRANSLATE_NOOP("publishing", "En discussion"),
    "no_grid": QT_TRANSLATE_NOOP("publishing", "Aucune grille des communs remplie."),
    "undated_left_out": QT_TRANSLATE_NOOP(
        "publishing", "Les ateliers sans date figurent dans le tableau, pas sur le graphique."),
    "decimal": QT_TRANSLATE_NOOP("publishing", ","),
}

W, H, LEFT, BOTTOM, TOP, RIGHT = 640, 240, 48, 36, 16, 16


def words() -> dict[str, str]:
    return {key: tr(CTX, text) for key, text in WORDS.items()}


def _num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def chart(title: str, points: Sequence[tuple[dt.date | None, float | None]],
          low: float, high: float, ticks: Iterable[tuple[float, str]]) -> Markup:
    """A line chart of dated values, as inline SVG; undated or empty points left out."""
    dated = [(d, v) for d, v in points if d is not None and v is not None]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" role="img" '
             f'aria-label={quoteattr(" ".join(title.split()))} '
             f'font-family="DejaVu Sans, Verdana, sans-serif" font-size="11">'
             f"<title>{escape(title)}</title>"]
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def y_of(v: float) -> float:
        return TOP + plot_h * (1 - (v - low) / (high - low))

    for value, text in ticks:
        y = y_of(value)
        parts.append(f'<line x1="{LEFT}" y1="{_num(y)}" x2="{W - RIGHT}" y2="{_num(y)}" '
                     f'stroke="#d0d0d0" stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{_num(y + 4)}" text-anchor="end" '
                     f'fill="#3d3d3d">{escape(text)}</text>')
    if dated:
        first, last = dated[0][0], dated[-1][0]
        span = max((last - first).days, 1)
        xy = [(LEFT + plot_w * ((d - first).days / span if len(dated) > 1 else 0.5), y_of(v))
              for d, v in dated]
        parts.append('<polyline fill="none" stroke="#2d6a4f" stroke-width="2" points="'
                     + " ".join(f"{_num(x)},{_num(y)}" for x, y in xy) + '"/>')
        parts += [f'<circle cx="{_num(x)}" cy="{_num(y)}" r="4" fill="#1b4332"/>' for x, y in xy]
        for d, anchor, x in ((first, "start", LEFT), (last, "end", W - RIGHT)):
            parts.append(f'<text x="{x}" y="{H - 10}" text-anchor="{anchor}" fill="#3d3d3d">'
                         f"{escape(long_date(d))}</text>")
    parts.append("</svg>")
    return Markup(clean("".join(parts)))


def context(ov: EvaluationOverview) -> dict[str, Any]:
    """What ``evaluation_body.html`` needs: the overview, its charts and formatters."""
    e = words()

    def mean(v: float | None) -> str:
        return "—" if v is None else f"{v:.1f}".replace(".", e["decimal"])

    def share(v: float | None) -> str:
        return "—" if v is None else f"{round(v * 100)} %"

    scale = [(float(n), str(n)) for n in range(1, 6)]
    questions = [
        (q, chart(e["over_time"].format(question=q.text),
                  [(r.date, r.mean) for r in q.results], 1, 5, scale)
         if q.kind == "scale5" else None)
        for q in ov.shared
    ]
    return {
        "ev": ov, "e": e, "mean": mean, "share": share, "questions": questions,
        "atelier_paths": {},
        "codecision_chart": chart(e["codecision_chart"],
                                  [(c.date, c.today) for c in ov.codecision], 0, 1,
                                  [(0.0, "0 %"), (0.5, "50 %"), (1.0, "100 %")]),
        "commons_chart": chart(e["commons_chart"], [(c.date, c.in_place) for c in ov.commons],
                               0, 8, [(float(n), str(n)) for n in (0, 2, 4, 6, 8)]),
    }


def evaluation_pages(site: SiteData) -> Iterable[Page]:
    if site.evaluation is None:
        return
    paths = {a.id: a.path for a in site.ateliers}
    yield Page("evaluation.html", "evaluation.html",
               {**context(site.evaluation), "atelier_paths": paths}, site.updated)


def evaluation_link(site: SiteData) -> Iterable[NavLink]:
    if site.evaluation is not None:
        yield NavLink("evaluation.html", words()["evaluation"])
