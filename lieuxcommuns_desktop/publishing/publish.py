"""Publish a notebook's programme as a static site: the one call the CLI and the window use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.services.notebook import Notebook
from .consent import ReviewLine
from .pages import render_site
from .site_data import read_site
from .writer import WriteReport, write_site


@dataclass
class Publication:
    files: dict[str, bytes]
    review: list[ReviewLine]


def prepare(nb: Notebook, *, base_url: str = "") -> Publication:
    """Render the whole site in memory and the review of every name it holds."""
    site = read_site(nb)
    files = render_site(site, base_url=base_url)
    return Publication(files, site.censor.review())


def review(nb: Notebook) -> list[ReviewLine]:
    """Every person's name, where it would appear and what is published instead."""
    return prepare(nb).review


def publish(nb: Notebook, folder: Path | str, *, base_url: str = "") -> WriteReport:
    return write_site(prepare(nb, base_url=base_url).files, folder)
