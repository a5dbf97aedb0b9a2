"""The type of a value parsed from JSON, for the readers of JSON files.

The interchange files, the team sync's wire format and the templates arrive as
``json.load`` results: ``Any`` to the type checker. Naming what they really are
lets each reader's checks (``isinstance`` before use) narrow them, and keeps
``Any`` for values that are truly dynamic (a column's Python value).
"""

from __future__ import annotations

from typing import TypeAlias

#: What ``json.load`` returns (no ``parse_float``/``object_hook`` changes it).
JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"
#: A JSON object, the usual top of a document.
JSONObject: TypeAlias = "dict[str, JSONValue]"
