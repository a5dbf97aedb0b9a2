"""Lieux Communs — the facilitator's desktop companion for public-commons workshops."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("lieuxcommuns-desktop")
except metadata.PackageNotFoundError:  # running from a source tree or a bundle
    __version__ = "0.1.0"

APP_NAME = "Lieux Communs"
ORG_NAME = "Lieux Communs"
