"""Lieux Communs — the facilitator's desktop companion for public-commons workshops."""

from __future__ import annotations


def _source_version() -> str | None:
    """``version`` of pyproject.toml (the single source of truth) in a source checkout.

    Read first because it is cheap: ``importlib.metadata`` costs about 55 ms at
    every start (it imports the ``email`` package to parse the METADATA file),
    a third of a bare window's start. None outside a checkout of this project.
    """
    import re
    from pathlib import Path

    try:
        text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8")
    except OSError:
        return None
    if not re.search(r'^name\s*=\s*"lieuxcommuns-desktop"', text, re.MULTILINE):
        return None  # some other project's file beside an installed package
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else None


def _installed_version() -> str:
    """The version an installed wheel or the bundle records (their metadata)."""
    from importlib import metadata

    try:
        return metadata.version("lieuxcommuns-desktop")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _source_version() or _installed_version()

APP_NAME = "Lieux Communs"
