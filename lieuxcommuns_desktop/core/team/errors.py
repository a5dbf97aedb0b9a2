"""What goes wrong with a team server, in the facilitator's words.

Every refusal says what to do and that nothing was changed where that is
true: a server refused before the merge leaves the local notebook untouched.
The messages are French (the source language) marked for Qt's translation and
rendered through :func:`core.i18n.tr`, like :mod:`core.errors`.
"""

from __future__ import annotations

from ..errors import LieuxError
from ..i18n import QT_TRANSLATE_NOOP, tr

CONTEXT = "team"

MESSAGES: dict[str, str] = {
    "bad_url": QT_TRANSLATE_NOOP(
        "team",
        "Adresse de serveur invalide : « {url} ». Elle s'écrit "
        "postgresql://UTILISATEUR@SERVEUR/BASE (avec :PORT et ?sslmode=… si besoin).",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur d'équipe « {server} » est injoignable ({reason}). "
        "Le carnet local n'a pas été modifié ; la synchronisation reprendra plus tard.",
    ),
    "auth": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur d'équipe « {server} » a refusé l'identifiant ou le mot de passe de "
        "« {user} ». Le carnet local n'a pas été modifié.",
    ),
    "no_password": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur d'équipe « {server} » demande un mot de passe pour « {user} » "
        "(variable LIEUX_PASSWORD, trousseau du système ou saisie au terminal). "
        "Le carnet local n'a pas été modifié.",
    ),
    "no_database": QT_TRANSLATE_NOOP(
        "team",
        "La base « {database} » n'existe pas sur le serveur « {server} » : demandez au service "
        "informatique de la créer (docs/team.md). Le carnet local n'a pas été modifié.",
    ),
    "tls_required": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur « {server} » exige une connexion chiffrée : ajoutez ?sslmode=require "
        "(ou verify-full) à l'adresse. Le carnet local n'a pas été modifié.",
    ),
    "tls_failed": QT_TRANSLATE_NOOP(
        "team",
        "La connexion chiffrée au serveur « {server} » a échoué ({reason}). "
        "Le carnet local n'a pas été modifié.",
    ),
    "other_app": QT_TRANSLATE_NOOP(
        "team",
        "La base « {database} » du serveur « {server} » contient les données d'une autre "
        "application : Lieux Communs ne l'utilisera pas. Demandez une base vide. "
        "Le carnet local n'a pas été modifié.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur d'équipe « {server} » a été mis à jour par une version plus récente de "
        "Lieux Communs (format {version}, cette version connaît le format {supported}). "
        "Mettez l'application à jour pour synchroniser. Le carnet local n'a pas été modifié.",
    ),
    "rights": QT_TRANSLATE_NOOP(
        "team",
        "L'utilisateur « {user} » n'a pas les droits nécessaires sur la base « {database} » "
        "({detail}) : demandez au service informatique de l'ajouter au rôle de l'équipe "
        "(docs/team.md). Le carnet local n'a pas été modifié.",
    ),
    "other_programme": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur d'équipe « {server} » partage un autre programme (« {title} ») : "
        "une base ne partage qu'un programme. Le carnet local n'a pas été modifié.",
    ),
    "not_shared": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur d'équipe « {server} » ne partage encore aucun programme : partagez d'abord "
        "ce carnet (Fichier › Partager sur un serveur d'équipe…, ou sync --share). "
        "Le carnet local n'a pas été modifié.",
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur d'équipe « {server} » a envoyé des données refusées ({reason}). "
        "Le carnet local n'a pas été modifié.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "team",
        "Le serveur d'équipe « {server} » a reçu d'autres modifications pendant chaque essai "
        "de synchronisation. Ce qui est arrivé a été fusionné dans le carnet ; "
        "réessayez dans un instant pour envoyer vos modifications.",
    ),
    "interrupted": QT_TRANSLATE_NOOP(
        "team",
        "La synchronisation avec « {server} » a été interrompue ({reason}). Le carnet et le "
        "serveur restent cohérents ; la prochaine synchronisation la terminera.",
    ),
    "no_keyring": QT_TRANSLATE_NOOP(
        "team",
        "Aucun trousseau de mots de passe n'est disponible sur cet ordinateur : le mot de passe "
        "du serveur d'équipe ne sera pas enregistré et sera demandé à chaque synchronisation.",
    ),
}


class TeamError(LieuxError):
    """A team server refused, or could not be reached; the message says what to do.

    ``touched_local`` is False when the local notebook was not written (every
    refusal before the merge), True when a merge was written before the
    problem (the next sync completes it).
    """

    touched_local = False

    @property
    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        return tr(CONTEXT, template, **self.params)
