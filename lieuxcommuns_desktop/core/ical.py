"""The programme's ateliers as an iCalendar file (RFC 5545), with ``icalendar``.

One event per dated atelier. Its UID is made from the atelier's UUID, so a
calendar application re-importing a newer export *updates* each workshop
instead of adding a copy; ``DTSTAMP`` and ``LAST-MODIFIED`` come from the
atelier's ``modified_at``, so two exports of an unchanged notebook are the
same bytes, and ``SEQUENCE`` grows with each edit of the atelier.

Times are the notebook's: local wall-clock dates and start times, written as
floating times (no time zone), which every calendar shows as written. An
atelier without a start time is an all-day event. The end is the start plus
the agenda's total (else the planned slot); without either there is no end.
Text is cleaned of control characters so the file stays valid whatever was
typed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from sqlalchemy import select

from .. import __version__
from .enums import AtelierStatus
from .fileio import check_output, write_atomic_bytes
from .model import Atelier, Programme, Thematique
from .services.notebook import Notebook
from .services.programme_views import blocks

#: ``<uuid>@`` this: unique worldwide and stable for the atelier's life.
UID_DOMAIN = "lieuxcommuns.atelier"

#: SEQUENCE is seconds of ``modified_at`` since this instant (fits 32 bits until 2068).
SEQUENCE_EPOCH = dt.datetime(2000, 1, 1)

_STATUS = {
    AtelierStatus.BROUILLON: "TENTATIVE",
    AtelierStatus.PRET: "CONFIRMED",
    AtelierStatus.EN_COURS: "CONFIRMED",
    AtelierStatus.TERMINE: "CONFIRMED",
    AtelierStatus.ANNULE: "CANCELLED",
}


def uid_of(atelier_id: str) -> str:
    return f"{atelier_id}@{UID_DOMAIN}"


def clean(text: str) -> str:
    """Text an iCalendar reader accepts: no control or bidi-format characters but newlines."""
    out = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        category = unicodedata.category(ch)
        if ch in "\n\t":
            out.append(ch)
        elif category == "Cc" or (category == "Cf" and ch != "\u200d"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def calendar_bytes(nb: Notebook) -> bytes:
    """The whole programme's dated ateliers as one ``VCALENDAR``."""
    from icalendar import Calendar, Event  # deferred: only exporting pays for it

    with nb.read() as session:
        programme = session.scalars(select(Programme)).first()
        modified, planned = {}, {}
        for atelier_id, modified_at, planned_minutes in session.execute(
                select(Atelier.id, Atelier.modified_at, Atelier.planned_minutes)):
            modified[atelier_id], planned[atelier_id] = modified_at, planned_minutes
        thematiques = dict(session.execute(select(Thematique.id, Thematique.name)).all())
    title = clean(programme.title) if programme else ""
    cal = Calendar()
    cal.add("prodid", f"-//Lieux Communs//lieuxcommuns-desktop {__version__}//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if title:
        cal.add("x-wr-calname", title)
    for block in blocks(nb):
        if block.date is None:
            continue
        event = Event()
        event.add("uid", uid_of(block.id))
        stamp = modified[block.id].replace(tzinfo=dt.UTC)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        # Grows with every edit: calendars that compare SEQUENCE take the update.
        event.add("sequence", max(0, int((modified[block.id] - SEQUENCE_EPOCH).total_seconds())))
        event.add("summary", clean(block.title))
        minutes = block.minutes or planned[block.id] or 0
        if block.start_time is None:
            event.add("dtstart", block.date)
            event.add("dtend", block.date + dt.timedelta(days=1))
        else:
            start = dt.datetime.combine(block.date, block.start_time)
            event.add("dtstart", start)
            if minutes:
                event.add("dtend", start + dt.timedelta(minutes=minutes))
        if block.place:
            event.add("location", clean(block.place))
        if block.objective:
            event.add("description", clean(block.objective))
        if block.thematique_id in thematiques:
            event.add("categories", [clean(thematiques[block.thematique_id])])
        event.add("status", _STATUS.get(block.status, "CONFIRMED"))
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def write_calendar(nb: Notebook, target: Path | str, *, notebook_path: Path | None = None) -> Path:
    """Write the calendar atomically; a ``.lieux`` target (a notebook!) is refused."""
    target = check_output(target, notebook=notebook_path or nb.path)
    return write_atomic_bytes(target, calendar_bytes(nb))
