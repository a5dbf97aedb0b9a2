"""Why a photo was refused, in the facilitator's language (one line each)."""

from __future__ import annotations

from ..errors import LieuxError
from ..i18n import QT_TRANSLATE_NOOP, tr

CONTEXT = "photos"

MESSAGES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("photos", "« {name} » est vide."),
    "not_image": QT_TRANSLATE_NOOP(
        "photos", "« {name} » n'est pas une image lisible (fichier endommagé ou d'un autre type)."
    ),
    "unsupported": QT_TRANSLATE_NOOP(
        "photos",
        "« {name} » est au format {format}, que Lieux Communs ne lit pas : "
        "exportez-la en JPEG ou PNG.",
    ),
    "heic": QT_TRANSLATE_NOOP(
        "photos",
        "« {name} » est une photo HEIC : réglez le téléphone sur « le plus compatible » "
        "(JPEG) ou convertissez-la en JPEG.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "photos",
        "« {name} » mesure {width} × {height} pixels, au-delà de la limite de "
        "{limit} mégapixels : elle n'a pas été ouverte.",
    ),
    "too_large_unknown": QT_TRANSLATE_NOOP(
        "photos",
        "« {name} » dépasse de loin la limite de {limit} mégapixels : elle n'a pas été ouverte.",
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "photos", "« {name} » est incomplète ou endommagée : {reason}"
    ),
    "unreadable": QT_TRANSLATE_NOOP("photos", "Impossible de lire « {name} » : {reason}"),
}


class PhotoError(LieuxError):
    """A photo that cannot be imported; nothing of it was written."""

    @property
    def message(self) -> str:
        return tr(CONTEXT, MESSAGES.get(self.code, self.code), **self.params)
