"""The address of a team server: ``postgresql://USER@HOST[:PORT]/DB[?sslmode=…]``.

The facilitator types (or pastes) a ``postgresql://`` URL; SQLAlchemy needs
``postgresql+psycopg://``. A password written into the URL is taken out and
handled apart: an address is stored (in the notebook's list of peers, in the
settings, in the keyring's service name) only without it. Query options are
passed to libpq as they are, ``sslmode`` and ``sslrootcert`` first among them
(docs/team.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from .errors import TeamError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
#: libpq options a URL may carry (others are refused rather than passed blindly).
ALLOWED_OPTIONS = frozenset({
    "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "sslcompression",
    "connect_timeout", "application_name", "target_session_attrs", "options",
})
SSLMODES = frozenset({"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """A parsed server URL; ``password`` is whatever the URL carried (usually None)."""

    user: str
    host: str
    port: int
    database: str
    options: tuple[tuple[str, str], ...] = ()
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def url(self) -> str:
        """``postgresql://user@host:port/db?…``, never with a password: safe to store and show."""
        query = f"?{urlencode(self.options)}" if self.options else ""
        return (f"postgresql://{quote(self.user, safe='')}@{self._netloc}/"
                f"{quote(self.database, safe='')}{query}")

    @property
    def server(self) -> str:
        """``host:port/db``: what messages name."""
        return f"{self._netloc}/{self.database}"

    @property
    def _netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def sslmode(self) -> str | None:
        return dict(self.options).get("sslmode")

    def sqlalchemy_url(self, password: str | None) -> URL:
        """The engine URL; the password is a separate field, never formatted into text."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg", username=self.user, password=password, host=self.host,
            port=self.port, database=self.database, query=dict(self.options),
        )


def parse(url: str) -> ServerAddress:
    """Read a server URL, or raise ``TeamError("bad_url")`` saying how it is written."""
    text = (url or "").strip()
    shown = _without_password(text)
    try:
        parts = urlsplit(text)
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise TeamError("bad_url", url=shown) from exc
    if parts.scheme.lower() not in SCHEMES or not parts.hostname or not parts.username:
        raise TeamError("bad_url", url=shown)
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database or parts.fragment:
        raise TeamError("bad_url", url=shown)
    options = tuple(parse_qsl(parts.query, keep_blank_values=True))
    for key, value in options:
        if key not in ALLOWED_OPTIONS or (key == "sslmode" and value not in SSLMODES):
            raise TeamError("bad_url", url=shown)
    password = unquote(parts.password) if parts.password is not None else None
    return ServerAddress(unquote(parts.username), parts.hostname, port, database, options,
                         password)


def _without_password(text: str) -> str:
    """``text`` with anything between ``user:`` and ``@`` blanked, for a message."""
    scheme, sep, rest = text.partition("://")
    if not sep or "@" not in rest.split("/", 1)[0]:
        return text
    auth, _, host = rest.partition("@")
    user = auth.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
