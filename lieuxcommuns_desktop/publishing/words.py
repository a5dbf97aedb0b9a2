"""The site's own words, translatable: templates receive them as ``t.<key>``.

lupdate reads Python only, so every text a template shows lives here.
"""

from __future__ import annotations

from ..core.i18n import QT_TRANSLATE_NOOP, tr

CTX = "publishing"

WORDS: dict[str, str] = {
    # the language code of the published pages (lang attribute): "en" in English
    "lang": QT_TRANSLATE_NOOP("publishing", "fr"),
    "skip": QT_TRANSLATE_NOOP("publishing", "Aller au contenu"),
    "nav": QT_TRANSLATE_NOOP("publishing", "Navigation du site"),
    "home": QT_TRANSLATE_NOOP("publishing", "Programme"),
    "decisions_index": QT_TRANSLATE_NOOP("publishing", "Décisions et actions"),
    "credits": QT_TRANSLATE_NOOP("publishing", "Crédits"),
    "feed": QT_TRANSLATE_NOOP("publishing", "Flux Atom des ateliers et expérimentations"),
    "licence": QT_TRANSLATE_NOOP("publishing", "Licence"),
    "licence_before": QT_TRANSLATE_NOOP("publishing", "Contenus publiés sous licence"),
    "fonts_credit": QT_TRANSLATE_NOOP(
        "publishing", "Police de caractères DejaVu, livrée avec le site :"),
    "fonts_licence": QT_TRANSLATE_NOOP("publishing", "licence des polices DejaVu"),
    "phases": QT_TRANSLATE_NOOP("publishing", "Phases"),
    "phase": QT_TRANSLATE_NOOP("publishing", "Phase"),
    "kind": QT_TRANSLATE_NOOP("publishing", "Type"),
    "from": QT_TRANSLATE_NOOP("publishing", "Du"),
    "to": QT_TRANSLATE_NOOP("publishing", "Au"),
    "no_phase": QT_TRANSLATE_NOOP("publishing", "Aucune phase définie."),
    "expeditions": QT_TRANSLATE_NOOP("publishing", "Expéditions"),
    "expedition": QT_TRANSLATE_NOOP("publishing", "Expédition"),
    "no_expedition": QT_TRANSLATE_NOOP("publishing", "Aucune expédition."),
    "collectivites": QT_TRANSLATE_NOOP("publishing", "Collectivités"),
    "collectivite": QT_TRANSLATE_NOOP("publishing", "Collectivité"),
    "circle": QT_TRANSLATE_NOOP("publishing", "Cercle"),
    "territory": QT_TRANSLATE_NOOP("publishing", "Territoire"),
    "no_collectivite": QT_TRANSLATE_NOOP("publishing", "Aucune collectivité."),
    "ateliers": QT_TRANSLATE_NOOP("publishing", "Ateliers"),
    "atelier": QT_TRANSLATE_NOOP("publishing", "Atelier"),
    "no_atelier": QT_TRANSLATE_NOOP("publishing", "Aucun atelier."),
    "members": QT_TRANSLATE_NOOP("publishing", "Collectivités membres"),
    "role": QT_TRANSLATE_NOOP("publishing", "Rôle"),
    "joined": QT_TRANSLATE_NOOP("publishing", "Depuis le"),
    "no_member": QT_TRANSLATE_NOOP("publishing", "Aucune collectivité membre."),
    "date": QT_TRANSLATE_NOOP("publishing", "Date"),
    "place": QT_TRANSLATE_NOOP("publishing", "Lieu"),
    "facilitators": QT_TRANSLATE_NOOP("publishing", "Animation"),
    "objective": QT_TRANSLATE_NOOP("publishing", "Objectif"),
    "agenda": QT_TRANSLATE_NOOP("publishing", "Déroulé : prévu et réel"),
    "sequence": QT_TRANSLATE_NOOP("publishing", "Séquence"),
    "planned": QT_TRANSLATE_NOOP("publishing", "Prévu"),
    "actual": QT_TRANSLATE_NOOP("publishing", "Réel"),
    "no_step": QT_TRANSLATE_NOOP("publishing", "Aucune séquence."),
    "minutes": QT_TRANSLATE_NOOP("publishing", "Compte-rendu"),
    "outside": QT_TRANSLATE_NOOP("publishing", "Hors séquence"),
    "no_note": QT_TRANSLATE_NOOP("publishing", "Aucune note."),
    "decisions": QT_TRANSLATE_NOOP("publishing", "Décisions"),
    "decision": QT_TRANSLATE_NOOP("publishing", "Décision"),
    "no_decision": QT_TRANSLATE_NOOP("publishing", "Aucune décision notée."),
    "actions": QT_TRANSLATE_NOOP("publishing", "Actions"),
    "no_action": QT_TRANSLATE_NOOP("publishing", "Aucune action."),
    "who": QT_TRANSLATE_NOOP("publishing", "Qui"),
    "what": QT_TRANSLATE_NOOP("publishing", "Quoi"),
    "due": QT_TRANSLATE_NOOP("publishing", "Pour quand"),
    "done": QT_TRANSLATE_NOOP("publishing", "Fait"),
    "yes": QT_TRANSLATE_NOOP("publishing", "oui"),
    "no": QT_TRANSLATE_NOOP("publishing", "non"),
    "maps": QT_TRANSLATE_NOOP("publishing", "Cartes des acteurs"),
    "map": QT_TRANSLATE_NOOP("publishing", "Carte des acteurs"),
    "map_text": QT_TRANSLATE_NOOP("publishing", "La carte en texte"),
    "no_acteur": QT_TRANSLATE_NOOP("publishing", "Aucun acteur placé."),
    "relations": QT_TRANSLATE_NOOP("publishing", "Relations"),
    "matrices": QT_TRANSLATE_NOOP("publishing", "Matrices"),
    "roles_matrix": QT_TRANSLATE_NOOP("publishing", "Matrice des rôles (RACI)"),
    "decisions_today": QT_TRANSLATE_NOOP("publishing", "Matrice des décisions : aujourd'hui"),
    "decisions_target": QT_TRANSLATE_NOOP("publishing", "Matrice des décisions : cible"),
    "commons": QT_TRANSLATE_NOOP("publishing", "Grille des communs"),
    "principle": QT_TRANSLATE_NOOP("publishing", "Principe"),
    "status": QT_TRANSLATE_NOOP("publishing", "État"),
    "remark": QT_TRANSLATE_NOOP("publishing", "Remarque"),
    "structures": QT_TRANSLATE_NOOP("publishing", "Structures"),
    "relation_line": QT_TRANSLATE_NOOP("publishing", "{source} → {target} : {kind}"),
}


def words() -> dict[str, str]:
    """Every word in the current language."""
    return {key: tr(CTX, text) for key, text in WORDS.items()}
