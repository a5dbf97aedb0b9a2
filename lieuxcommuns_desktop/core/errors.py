"""Errors that reach the user, with messages in the user's language.

A :class:`LieuxError` carries a code and parameters; its text is looked up at
display time through :func:`core.i18n.tr`, so the CLI and the window show it in
the chosen language while core stays free of Qt.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, tr

CONTEXT = "errors"

MESSAGES: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » n'existe pas."),
    "exists": QT_TRANSLATE_NOOP(
        "errors", "Le fichier « {path} » existe déjà ; il n'a pas été remplacé."
    ),
    "not_a_file": QT_TRANSLATE_NOOP("errors", "« {path} » n'est pas un fichier."),
    "unreadable": QT_TRANSLATE_NOOP(
        "errors", "Impossible de lire « {path} » : {reason}"
    ),
    "empty": QT_TRANSLATE_NOOP(
        "errors", "Le fichier « {path} » est vide : ce n'est pas un carnet Lieux Communs."
    ),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "errors",
        "Le fichier « {path} » n'est pas un carnet Lieux Communs "
        "(format inconnu ou fichier endommagé).",
    ),
    "other_app": QT_TRANSLATE_NOOP(
        "errors",
        "Le fichier « {path} » est une base de données d'un autre programme, "
        "pas un carnet Lieux Communs.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "errors",
        "Le carnet « {path} » a été créé par une version plus récente de Lieux Communs "
        "(format {version}, cette version lit jusqu'au format {supported}). "
        "Mettez l'application à jour pour l'ouvrir.",
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "errors",
        "Le carnet « {path} » est incomplet (fichier tronqué, copie interrompue ?). "
        "Il n'a pas été modifié ; utilisez une sauvegarde.",
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "errors", "Le carnet « {path} » est endommagé : {reason}. Il n'a pas été modifié."
    ),
    "missing_tables": QT_TRANSLATE_NOOP(
        "errors",
        "Le carnet « {path} » est incomplet : des tables manquent ({tables}). "
        "Il n'a pas été modifié ; utilisez une sauvegarde.",
    ),
    "readonly_file": QT_TRANSLATE_NOOP(
        "errors",
        "Le carnet « {path} » est en lecture seule : il peut être ouvert en lecture "
        "seule ou copié ailleurs, mais pas modifié.",
    ),
    "readonly_folder": QT_TRANSLATE_NOOP(
        "errors",
        "Le dossier de « {path} » est protégé en écriture : le carnet peut être ouvert "
        "en lecture seule ou copié ailleurs, mais pas modifié ici.",
    ),
    "readonly_notebook": QT_TRANSLATE_NOOP(
        "errors", "Ce carnet est ouvert en lecture seule : la modification n'a pas été faite."
    ),
    "write_failed": QT_TRANSLATE_NOOP(
        "errors", "La modification n'a pas pu être enregistrée : {reason}"
    ),
    "busy": QT_TRANSLATE_NOOP(
        "errors",
        "La modification n'a pas pu être enregistrée : un autre programme modifie ce carnet "
        "en ce moment. Réessayez dans un instant.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "errors",
        "Le carnet « {path} » est ouvert dans Lieux Communs ({holder}) : fermez-le avant "
        "d'importer, ou importez depuis la fenêtre. Rien n'a été modifié.",
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "errors",
        "La mise à jour du carnet « {path} » a échoué : {reason}. "
        "Le fichier d'origine est intact ; une copie de sauvegarde est dans « {backup} ».",
    ),
    "needs_upgrade": QT_TRANSLATE_NOOP(
        "errors",
        "Le carnet « {path} » est dans un ancien format ({version}) : il doit être mis à jour "
        "avant d'être lu, ce qui est impossible en lecture seule. Ouvrez-le normalement, ou "
        "ouvrez-en une copie.",
    ),
    "not_found": QT_TRANSLATE_NOOP("errors", "Élément introuvable : {what} « {key} »."),
    "ambiguous": QT_TRANSLATE_NOOP(
        "errors", "Plusieurs éléments correspondent à « {key} » : {candidates}."
    ),
    "invalid_value": QT_TRANSLATE_NOOP(
        "errors", "Valeur invalide pour {field} : « {value} »."
    ),
    "invalid_json": QT_TRANSLATE_NOOP(
        "errors", "Fichier d'échange invalide, à l'endroit {where} : {reason}"
    ),
    "io": QT_TRANSLATE_NOOP("errors", "Impossible d'écrire « {path} » : {reason}"),
    "output_notebook": QT_TRANSLATE_NOOP(
        "errors", "« {path} » est le carnet ouvert : choisissez un autre fichier de sortie. "
        "Rien n'a été écrit."
    ),
    "output_lieux": QT_TRANSLATE_NOOP(
        "errors", "« {path} » est un carnet Lieux Communs : une sortie ne le remplace jamais. "
        "Rien n'a été écrit."
    ),
    "output_folder": QT_TRANSLATE_NOOP(
        "errors", "« {path} » est un dossier : indiquez un nom de fichier. Rien n'a été écrit."
    ),
    "site_folder_taken": QT_TRANSLATE_NOOP(
        "errors",
        "Le dossier « {path} » n'est pas vide et ne contient pas une publication précédente : "
        "choisissez un dossier vide ou celui d'une publication. Rien n'a été écrit.",
    ),
    "unknown_licence": QT_TRANSLATE_NOOP(
        "errors",
        "La licence « {licence} » du programme n'est pas une licence Creative Commons connue "
        "({choices}) : choisissez-en une dans la fiche du programme. Rien n'a été publié.",
    ),
    "output_not_folder": QT_TRANSLATE_NOOP(
        "errors", "« {path} » n'est pas un dossier : indiquez un dossier. Rien n'a été écrit."
    ),
    "output_special": QT_TRANSLATE_NOOP(
        "errors", "« {path} » n'est pas un fichier ordinaire (périphérique, tube…) : "
        "choisissez un fichier. Rien n'a été écrit."
    ),
}


class LieuxError(Exception):
    """An error whose message is meant for the facilitator, not a traceback."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = {k: ("" if v is None else v) for k, v in params.items()}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        return tr(CONTEXT, template, **self.params)

    def __str__(self) -> str:
        return self.message


class StoreError(LieuxError):
    """The notebook file cannot be opened, created or written as asked."""


class RefusedOutputError(LieuxError):
    """An output target that must not be written (the notebook, a device…).

    A usage error: the command line exits with 2, as argparse does.
    """

    exit_code = 2


class ValidationError(LieuxError):
    """Input rejected before anything was written."""
