"""Who may be named in a publication, and what stands for those who may not.

A participant is named only with their consent (``Participant.consent``).
Everyone else appears by structure or role: "Collectif des voisins",
"trésorière, Ville de Saint-Ébrard", or the acteur category ("une personne
— Habitants & usagers"). Free texts (notes, objectives, facilitators, the
commons grid's remarks) are scanned for participants' names: a name found
there is replaced and flagged for review. E-mail addresses and phone numbers
found in free texts are masked whatever the consent.

The :class:`Censor` is built once per publication and used by every page, so
the review screen and the site can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..core.enums import ActeurCategory
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.labels import label
from ..core.services.site_views import PersonInfo  # what the censor knows of a person

CTX = "publishing"

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Phone numbers as people write them: "06 12 34 56 78", "0612345678", "+33 6 12 34 56 78",
#: "+33 (0)6 12 34 56 78" — not years ("2026-2027") nor amounts ("10 000 000").
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?\d|0\d)(?:[ .\-]?\d{2}){4}(?!\w)"
)
#: A surname alone is replaced only when at least this long (avoids "Le", "Roy"…).
MIN_SURNAME = 4


@dataclass(frozen=True)
class ReviewLine:
    """One person's name at one place of the site, and what is published instead."""

    name: str
    where: str
    published: str
    #: Found in a free text (not a field meant for names): check it by hand.
    flagged: bool = False
    #: "person", or "photo" for a photo left out of the site (no alt text).
    kind: str = "person"


def replacement(person: PersonInfo) -> str:
    """The words standing for a participant who did not consent to be named."""
    role, structure = person.role.strip(), person.structure.strip()
    if role and structure:
        return f"{role}, {structure}"
    if structure:
        return structure
    if role:
        return role
    if person.category:
        try:
            cat = label(ActeurCategory(person.category))
        except ValueError:
            cat = person.category
        return tr(CTX, QT_TRANSLATE_NOOP("publishing", "une personne ({category})"),
                  category=cat)
    return tr(CTX, QT_TRANSLATE_NOOP("publishing", "une personne participante"))


def _name_patterns(person: PersonInfo) -> list[re.Pattern[str]]:
    first, last = person.first_name.strip(), person.last_name.strip()
    forms = {f for f in (f"{first} {last}".strip(), f"{last} {first}".strip()) if f}
    patterns = [re.compile(rf"(?<!\w){re.escape(f)}(?!\w)", re.IGNORECASE)
                for f in sorted(forms, key=len, reverse=True)]
    if len(last) >= MIN_SURNAME:  # a surname alone, as written (capitalised)
        patterns.append(re.compile(rf"(?<!\w){re.escape(last)}(?!\w)"))
    return patterns


def _key(person: PersonInfo) -> str:
    """What every name pattern of ``person`` contains, case folded."""
    return (person.last_name.strip() or person.first_name.strip()).casefold()


@dataclass
class Censor:
    """Names people as they agreed to, and scrubs free texts; records what it did."""

    people: list[PersonInfo]
    lines: list[ReviewLine] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {p.id: p for p in self.people}
        # Every pattern of a person holds their surname (else first name): a text
        # without it, case folded, cannot match, and is not searched (speed).
        self._hidden = [(_key(p), p, _name_patterns(p), replacement(p))
                        for p in self.people if not p.consent and p.full_name]
        self._named = [(_key(p), p, _name_patterns(p))
                       for p in self.people if p.consent and p.full_name]
        self._seen: set[tuple[str, str, str]] = set()

    def _note(self, line: ReviewLine) -> None:
        key = (line.name, line.where, line.published)
        if key not in self._seen:
            self._seen.add(key)
            self.lines.append(line)

    def record(self, line: ReviewLine) -> None:
        """Add a line of another kind to the review (e.g. a photo left out)."""
        self._note(line)

    def person(self, person_id: str | None, where: str) -> str:
        """A participant as the site shows them: their name or its replacement."""
        person = self._by_id.get(person_id or "")
        if person is None:
            return ""
        shown = person.full_name if person.consent else replacement(person)
        self._note(ReviewLine(person.full_name, where, shown))
        return shown

    def text(self, value: str, where: str) -> str:
        """A free text with contacts masked and unconsented names replaced."""
        if not value:
            return value
        if "@" in value:
            value = EMAIL_RE.sub(tr(CTX, QT_TRANSLATE_NOOP(
                "publishing", "[courriel masqué]")), value)
        value = PHONE_RE.sub(tr(CTX, QT_TRANSLATE_NOOP("publishing", "[téléphone masqué]")),
                             value)
        folded = value.casefold()
        for key, person, patterns, instead in self._hidden:
            if key not in folded:
                continue
            for pattern in patterns:
                if pattern.search(value):
                    value = pattern.sub(instead, value)
                    self._note(ReviewLine(person.full_name, where, instead, flagged=True))
            folded = value.casefold()
        for key, person, patterns in self._named:
            if key in folded and any(p.search(value) for p in patterns):
                self._note(ReviewLine(person.full_name, where, person.full_name, flagged=True))
        return value

    def review(self) -> list[ReviewLine]:
        """Every name met so far, sorted by name then place."""
        return sorted(self.lines, key=lambda r: (r.name.casefold(), r.where, r.published))


def sort_people(people: Iterable[PersonInfo]) -> list[PersonInfo]:
    return sorted(people, key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.id))
