"""One atelier's minutes as a single self-contained HTML page, from the site's templates.

``printing.blog.html_page`` (the ``minutes --format html`` command) calls this,
so the minutes and the published site share ``atelier_body.html``, its
partials (photos, votes, experiments) and its escaping. The page stands alone:
the site's stylesheet is inlined (without its ``@font-face`` rules, whose
fonts are not beside a lone file: the reader's DejaVu or Verdana serve), the
photos and the map's backdrop are ``data:`` URIs, and there is no script.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from functools import cache
from typing import Any

from markupsafe import Markup

from ..core.services.atelier_views import PhotoItem
from ..printing.data import AtelierData
from ..resources import resource
from . import boards, experiments
from .pages import atelier_context, environment
from .site_data import AtelierEntry
from .words import words

_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}\s*")


@cache
def inline_css() -> Markup:
    """The site's stylesheet for a lone page: no rule that loads a file."""
    css = resource("site", "assets", "site.css").read_text("utf-8")
    return Markup(_FONT_FACE.sub("", css).replace("</", "<\\/"))


def _data_uri(item: PhotoItem) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(item.data).decode("ascii")


def render_minutes(data: AtelierData, participation: dict[str, Any], licence_line: str,
                   *, with_maps: bool) -> str:
    t = words()
    entry = AtelierEntry("", "", data.title, data.date, dt.datetime(2000, 1, 1), None,
                         [data.collectivite] if data.collectivite else [], data)
    context = atelier_context(None, entry, t, link_expedition=False)
    if not with_maps:
        context["maps"] = []
    context["extra_sections"] = [
        *boards.sections(data, _data_uri, t),
        *experiments.section(experiments.minutes_mentions(data.experiments)),
    ]
    context.update(t=t, lang=t["lang"], root="", participation=participation,
                   licence_line=licence_line, css=inline_css())
    return environment().get_template("minutes.html").render(context)
