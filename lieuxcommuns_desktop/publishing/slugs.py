"""Readable, stable and unique file names for the site's pages.

A slug comes from the title only ("Atelier 1 : la Halle" -> ``atelier-1-la-halle``),
so a page keeps its address across publications as long as its title does.
When titles collide, the record with the smallest id keeps the plain slug and
the others get the start of their id, which never changes either.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..core.labels import strip_accents

MAX_LENGTH = 60


def slugify(text: str, fallback: str) -> str:
    ascii_text = strip_accents(text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:MAX_LENGTH].strip("-")
    return slug or fallback


def unique_slugs(items: Iterable[tuple[str, str]], fallback: str) -> dict[str, str]:
    """id -> slug for (id, title) pairs; unique within the list."""
    groups: dict[str, list[str]] = defaultdict(list)
    for record_id, title in items:
        groups[slugify(title, fallback)].append(record_id)
    result: dict[str, str] = {}
    for base, ids in groups.items():
        ids.sort()
        result[ids[0]] = base
        for record_id in ids[1:]:
            result[record_id] = f"{base}-{re.sub(r'[^a-z0-9]', '', record_id.lower())[:8]}"
    # a suffixed slug might still equal another title's plain slug: extend it then
    taken: set[str] = set()
    for record_id in sorted(result):
        slug = result[record_id]
        while slug in taken:
            slug = f"{slug}-{re.sub(r'[^a-z0-9]', '', record_id.lower())[:12]}"
        taken.add(slug)
        result[record_id] = slug
    return result
