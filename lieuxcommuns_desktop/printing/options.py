"""What the facilitator chose in the print dialog or on the command line."""

from __future__ import annotations

from dataclasses import dataclass

#: Every document of the kit, in the order the kit prints them.
DOCUMENTS: tuple[str, ...] = (
    "cover", "agenda", "facilitator", "map", "templates", "roles", "decisions",
    "commons", "attendance", "minutes", "evaluation",
)


@dataclass(frozen=True)
class KitOptions:
    documents: tuple[str, ...] = DOCUMENTS
    #: Paper of the canvases (maps, blank templates): "a3" landscape or "a4".
    paper: str = "a3"
    blank_rows: int = 10

    @property
    def canvas_page(self) -> str:
        return "a3-landscape" if self.paper == "a3" else "a4-landscape"
