"""A photo of the paper map as a semi-transparent backdrop under a stakeholder map.

After a workshop the facilitator traces the cards over the photographed paper
map: the photo lies under the cards, moved (centre ``x``, ``y`` in scene
units, the map being ±500) and scaled (scene units per photo pixel), at an
opacity, and shown or not on the projector and in print. One undoable edit
per change, like the programme page's edits.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import LieuxError, ValidationError
from ..model import Photo, StakeholderMap
from .edits import Edit, Tracker, redo, undo
from .notebook import Notebook

__all__ = ["Backdrop", "Edit", "get", "redo", "set_backdrop", "undo"]

SCALE_RANGE = (0.01, 20.0)
POSITION_RANGE = (-5000.0, 5000.0)


@dataclass(frozen=True)
class Backdrop:
    photo_id: str | None
    x: float
    y: float
    scale: float
    opacity: float
    in_projection: bool
    in_print: bool


def get(nb: Notebook, map_id: str) -> Backdrop:
    with nb.read() as session:
        smap = session.get(StakeholderMap, map_id)
        if smap is None:
            raise LieuxError("not_found", what="stakeholder_map", key=map_id)
        return Backdrop(smap.backdrop_photo_id, smap.backdrop_x, smap.backdrop_y,
                        smap.backdrop_scale, smap.backdrop_opacity,
                        smap.backdrop_in_projection, smap.backdrop_in_print)


def _bounded(name: str, value: float, low: float, high: float) -> float:
    value = float(value)
    if not low <= value <= high:  # NaN fails both comparisons
        raise ValidationError("invalid_value", field=name, value=value)
    return value


_UNSET = object()


def set_backdrop(nb: Notebook, map_id: str, *, photo_id: object = _UNSET,
                 x: float | None = None, y: float | None = None,
                 scale: float | None = None, opacity: float | None = None,
                 in_projection: bool | None = None, in_print: bool | None = None) -> Edit:
    """Change any of the backdrop's settings; ``photo_id=None`` removes the photo."""
    with nb.write() as session:
        track = Tracker(session)
        track.touch(StakeholderMap, map_id)
        smap = session.get(StakeholderMap, map_id)
        if smap is None:
            raise LieuxError("not_found", what="stakeholder_map", key=map_id)
        if photo_id is not _UNSET:
            if photo_id is not None:
                photo = session.get(Photo, photo_id)
                if photo is None or photo.atelier_id != smap.atelier_id:
                    raise LieuxError("not_found", what="photo", key=str(photo_id))
            # The _UNSET sentinel is an object: `is not` does not narrow it away.
            smap.backdrop_photo_id = photo_id  # type: ignore[assignment]  # str | None here
        if x is not None:
            smap.backdrop_x = _bounded("x", x, *POSITION_RANGE)
        if y is not None:
            smap.backdrop_y = _bounded("y", y, *POSITION_RANGE)
        if scale is not None:
            smap.backdrop_scale = _bounded("scale", scale, *SCALE_RANGE)
        if opacity is not None:
            smap.backdrop_opacity = _bounded("opacity", opacity, 0.0, 1.0)
        if in_projection is not None:
            smap.backdrop_in_projection = bool(in_projection)
        if in_print is not None:
            smap.backdrop_in_print = bool(in_print)
        return track.finish()
