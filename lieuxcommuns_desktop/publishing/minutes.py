"""One atelier's minutes as a single self-contained HTML page, from the site's templates.

``printing.blog.html_page`` (the ``minutes --format html`` command) calls this,
so the minutes and the published site share ``atelier_body.html`` and its
escaping. No external reference: the style is inline, fonts are the reader's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..printing.data import AtelierData
from .pages import atelier_context, environment
from .site_data import AtelierEntry
from .words import words


def render_minutes(data: AtelierData, participation: dict[str, Any], licence_line: str,
                   *, with_maps: bool) -> str:
    t = words()
    entry = AtelierEntry("", "", data.title, data.date, dt.datetime(2000, 1, 1), None,
                         [data.collectivite] if data.collectivite else [], data)
    context = atelier_context(None, entry, t, link_expedition=False)
    if not with_maps:
        context["maps"] = []
    context.update(t=t, lang=t["lang"], root="", participation=participation,
                   licence_line=licence_line)
    return environment().get_template("minutes.html").render(context)
