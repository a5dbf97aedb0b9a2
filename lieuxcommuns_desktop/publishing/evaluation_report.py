"""The programme's evaluation report, HTML (from the site's templates) or PDF (reportlab).

The same figures as the site's ``evaluation.html``
(:func:`core.services.evaluation_views.overview`); the PDF shows them as
tables, one per shared question, then co-decision and the commons grid.
:func:`story` is also a document of the programme's print dialog
(``printing.programme``, key ``evaluation_report``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.fileio import atomic_path, write_atomic
from ..core.services import site_views
from ..core.services.evaluation_views import EvaluationOverview, overview
from ..core.services.notebook import Notebook
from ..printing.format import long_date
from . import evaluation
from .pages import environment
from .parts import clean
from .words import words

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def _programme(nb: Notebook) -> tuple[str, str]:
    """The programme's title and licence, as the report's header and PDF subject show them."""
    programme = site_views.programme(nb)
    if programme is None:
        return "", "CC BY-SA 4.0"
    return programme.title, programme.licence or "CC BY-SA 4.0"


def html_report(nb: Notebook) -> str:
    title, licence = _programme(nb)
    t = words()
    ctx = evaluation.context(overview(nb))
    return environment().get_template("evaluation_report.html").render(
        {**ctx, "t": t, "lang": t["lang"], "root": "", "programme": title,
         "licence": licence})


def _pdf_tables(ov: EvaluationOverview, e: dict[str, str], t: dict[str, str],
                ctx: dict[str, Any]) -> list[Flowable]:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from ..printing import fonts

    fonts.register()
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = fonts.BOLD if "Heading" in style.name else fonts.REGULAR
    grid = TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                       ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
                       ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8efe9")),
                       ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def p(text: str, style: str = "BodyText") -> Paragraph:
        return Paragraph(escape(clean(text)), styles[style])

    def table(header: list[str], rows: list[list[str]]) -> Table:
        body = [[p(h) for h in header]] + [[p(c) for c in r] for r in rows]
        out = Table(body, repeatRows=1, hAlign="LEFT")
        out.setStyle(grid)
        return out

    mean, share = ctx["mean"], ctx["share"]
    story: list[Flowable] = [p(e["evaluation_intro"]), p(e["shared"], "Heading2")]
    for q in ov.shared:
        story.append(p(q.text, "Heading3"))
        if q.kind == "scale5":
            story.append(table([t["atelier"], t["date"], e["mean"], e["answers"]],
                               [[r.title, long_date(r.date), mean(r.mean), str(r.answers)]
                                for r in q.results]))
            for heading, rows in ((e["per_expedition"], q.by_expedition),
                                  (e["per_collectivite"], q.by_collectivite)):
                if rows:
                    story.append(Spacer(1, 4))
                    story.append(table([heading, e["mean"], e["answers"]],
                                       [[n, mean(v), str(c)] for n, v, c in rows]))
        else:
            story.append(p(e["open_note"]))
            story.append(table([t["atelier"], t["date"], e["answers"]],
                               [[r.title, long_date(r.date), str(r.answers)]
                                for r in q.results]))
    if not ov.shared:
        story.append(p(e["no_shared"]))
    story += [p(e["codecision"], "Heading2"), p(e["codecision_note"])]
    story.append(table([t["atelier"], t["date"], e["today"], e["target"]],
                       [[c.title, long_date(c.date), share(c.today), share(c.target)]
                        for c in ov.codecision]) if ov.codecision else p(e["no_matrix"]))
    story.append(p(e["commons_title"], "Heading2"))
    story.append(table([t["atelier"], t["date"], e["in_place"], e["discussed"]],
                       [[c.title, long_date(c.date), str(c.in_place), str(c.discussed)]
                        for c in ov.commons]) if ov.commons else p(e["no_grid"]))
    return story


def story(nb: Notebook) -> list[Flowable]:
    """The report's flowables (title, then tables): the PDF report and the print dialog's."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from ..printing import fonts

    title, _licence = _programme(nb)
    ov = overview(nb)
    e, t = evaluation.words(), words()
    heading = getSampleStyleSheet()["Title"]
    fonts.register()
    heading.fontName = fonts.BOLD
    return [Paragraph(escape(clean(f"{e['evaluation']} — {title}")), heading),
            *_pdf_tables(ov, e, t, evaluation.context(ov))]


def pdf_report(nb: Notebook, target: Path) -> Path:
    """Write the report as a PDF beside ``target`` then move it into place."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    title, licence = _programme(nb)
    flowables = story(nb)
    with atomic_path(target) as part:  # a failure half-way leaves no half PDF
        doc = SimpleDocTemplate(str(part), pagesize=A4,
                                title=clean(evaluation.words()["evaluation"]),
                                author=clean(title), subject=licence)
        doc.build(flowables)
    return target


def write_report(nb: Notebook, target: Path | str, fmt: str) -> Path:
    target = Path(target)
    if fmt == "pdf":
        return pdf_report(nb, target)
    return write_atomic(target, html_report(nb))
