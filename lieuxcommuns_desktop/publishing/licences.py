"""The Creative Commons licences a programme may publish under."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    code: str
    url: str


_KINDS = ("BY-SA", "BY", "BY-NC", "BY-NC-SA", "BY-ND", "BY-NC-ND")
#: Short names as the programme's licence field holds them, with their deed.
CHOICES: tuple[Licence, ...] = (
    *(Licence(f"CC {k} 4.0", f"https://creativecommons.org/licenses/{k.lower()}/4.0/")
      for k in _KINDS),
    Licence("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
)
DEFAULT = CHOICES[0]


def _key(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.strip().upper())


def licence_of(text: str) -> Licence | None:
    """The CC licence named by a programme's licence field, None when unknown.

    Tolerant of case and separators ("cc-by-sa 4.0"); an empty field means the default.
    """
    if not text.strip():
        return DEFAULT
    wanted = _key(text)
    for choice in CHOICES:
        if _key(choice.code) == wanted:
            return choice
    return None
