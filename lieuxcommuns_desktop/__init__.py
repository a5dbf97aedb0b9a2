"""Lieux Communs — the facilitator's desktop companion for public-commons workshops."""

from __future__ import annotations

from importlib import metadata


def _source_version() -> str:
    """``version`` of pyproject.toml (the single source of truth) in a source checkout."""
    import re
    from pathlib import Path

    try:
        text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8")
    except OSError:
        return "0+unknown"
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else "0+unknown"


try:
    __version__ = metadata.version("lieuxcommuns-desktop")
except metadata.PackageNotFoundError:  # a source tree (a bundle ships the metadata)
    __version__ = _source_version()

APP_NAME = "Lieux Communs"
