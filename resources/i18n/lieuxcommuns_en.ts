<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="33"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="34"/>
        <source>À propos de Lieux Communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="37"/>
        <source>&lt;h2&gt;Lieux Communs {version}&lt;/h2&gt;&lt;p&gt;Préparer, animer et documenter les ateliers de partenariats public-communs, sans connexion.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="52"/>
        <source>Polices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="52"/>
        <source>SIL Open Font License 1.1 (polices livrées) ; sinon polices du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="59"/>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="62"/>
        <source>&lt;p&gt;Ce programme est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU, version 3 ou ultérieure. Les contenus produits avec (comptes rendus, modèles) sont publiés par défaut sous licence CC BY-SA 4.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="69"/>
        <source>&lt;p&gt;Qt et PySide6 sont utilisés sous LGPLv3 : vous pouvez les remplacer par une version modifiée.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="68"/>
        <source>Filtrer par collectivité</source>
        <extracomment>(atelier_id, note_id): show this note in its atelier&apos;s notes tool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="69"/>
        <source>&amp;Masquer les actions faites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="71"/>
        <source>Masquer les actions faites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="74"/>
        <source>Voir dans l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="76"/>
        <source>Voir l&apos;action dans les notes de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="79"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="81"/>
        <source>Faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="81"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="81"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="81"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="82"/>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="82"/>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="95"/>
        <source>&amp;Collectivité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="126"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="143"/>
        <source>en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="171"/>
        <source>%1 à faire, dont %2 en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="204"/>
        <source>Action faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="204"/>
        <source>Action à refaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="90"/>
        <source>Déroulé de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="97"/>
        <source>Alerte de durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="104"/>
        <source>Durée totale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="108"/>
        <source>Séquences du déroulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="137"/>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="282"/>
        <source>Ajouter une séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="138"/>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="139"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="140"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="141"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="142"/>
        <source>Ajouter depuis un modèle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="161"/>
        <source>Consigne pour l&apos;animateur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="166"/>
        <source>Consigne projetée aux participant·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="170"/>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="178"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="176"/>
        <source>Consigne (animation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="177"/>
        <source>Consigne projetée (participant·es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="234"/>
        <source> — créneau prévu : {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="236"/>
        <source>Total : {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="267"/>
        <source>Modifier la consigne de « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="280"/>
        <source>Nouvelle séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="290"/>
        <source>Dupliquer la séquence « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="299"/>
        <source>Supprimer la séquence « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="313"/>
        <source>Déplacer la séquence « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="334"/>
        <source>Ajouter {count} séquence(s) depuis un modèle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtelierForm</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="65"/>
        <source>Fiche de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="78"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="79"/>
        <source>&amp;Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="82"/>
        <source>Thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="82"/>
        <source>Ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="83"/>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="88"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="91"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="96"/>
        <source>non fixée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="93"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="94"/>
        <source>Heure de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="98"/>
        <source>&amp;Heure de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="99"/>
        <source>Créneau prévu (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="103"/>
        <source>non prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="104"/>
        <source>&amp;Créneau prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="105"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="106"/>
        <source>&amp;Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="107"/>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="108"/>
        <source>&amp;Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="109"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="114"/>
        <source>&amp;Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="115"/>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="118"/>
        <source>&amp;Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="184"/>
        <source>Modifier « {field} » de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtelierPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="220"/>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="228"/>
        <source>Outils de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="248"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="274"/>
        <source>(atelier supprimé)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="134"/>
        <source>Acteurs de la matrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="137"/>
        <source>Cochez les acteurs à afficher en colonnes ; l&apos;ordre de la liste est celui des colonnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="141"/>
        <source>Acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="156"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="156"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsGridTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="210"/>
        <source>Grille des communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="215"/>
        <source>Principes d&apos;Ostrom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="236"/>
        <source>Évolution des principes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="248"/>
        <source>Statut : touches 0 absent · 1 en discussion · 2 en place, ou Entrée ; note : double-clic ou F2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="251"/>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="287"/>
        <source>Rattachez l&apos;atelier à une ressource pour suivre l&apos;évolution des principes d&apos;un atelier à l&apos;autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="294"/>
        <source>Un seul atelier sur cette ressource : l&apos;évolution apparaîtra avec le suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="298"/>
        <source>&lt;b&gt;Évolution&lt;/b&gt; sur les {n} ateliers de la ressource, du plus ancien au plus récent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="305"/>
        <source>Exporter en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="305"/>
        <source>Tableur CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="313"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="319"/>
        <source>{principle} : {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="324"/>
        <source>Note : {principle}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="93"/>
        <source>0 absent · 1 en discussion · 2 en place (ou Entrée)</source>
        <extracomment>(principle number, new note) typed in the note column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="94"/>
        <source>Double-cliquez ou F2 pour écrire une note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="114"/>
        <source>Principe d&apos;Ostrom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="114"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="114"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="244"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="245"/>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="264"/>
        <source>Changements entre aujourd&apos;hui et la cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="270"/>
        <source>&lt;b&gt;Changements&lt;/b&gt; d&apos;aujourd&apos;hui à la cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="310"/>
        <source>Aucune différence entre aujourd&apos;hui et la cible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="311"/>
        <source>%n changement(s) entre aujourd&apos;hui et la cible — cellules encadrées en noir.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionMatrixTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="325"/>
        <source>Matrice de décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="332"/>
        <source>Versions de la matrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="334"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="334"/>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="334"/>
        <source>Comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="345"/>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="403"/>
        <source>Copier aujourd&apos;hui vers cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="348"/>
        <source>Part de la situation d&apos;aujourd&apos;hui pour dessiner la cible (annulable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="355"/>
        <source>— touches 0 à 5 ; Suppr pour vider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationGrid</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="56"/>
        <source>Saisie des formulaires d&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="163"/>
        <source>Évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="169"/>
        <source>Un formulaire par ligne. Chiffres 1 à 5 pour les questions à échelle, texte pour les questions ouvertes, Entrée pour le formulaire suivant, Suppr pour effacer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="173"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="388"/>
        <source>Supprimer le formulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="175"/>
        <source>Supprimer le formulaire choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="188"/>
        <source>Résultats de l&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="193"/>
        <source>Questions du formulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="196"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="197"/>
        <source>Texte de la question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="200"/>
        <source>Type de question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="201"/>
        <source>Échelle 1 à 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="202"/>
        <source>Question ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="205"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="206"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="207"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="208"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="209"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="210"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="442"/>
        <source>Ajouter les questions types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="233"/>
        <source>Saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="234"/>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="235"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="271"/>
        <source>n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="272"/>
        <source>nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="298"/>
        <source>%n formulaire(s) saisi(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="314"/>
        <source>Moyenne : %1 / 5 (%2 réponses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="316"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="322"/>
        <source>Aucune réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="340"/>
        <source>échelle 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="341"/>
        <source>ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="374"/>
        <source>Réponse « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="408"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="448"/>
        <source>Ajouter une question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="421"/>
        <source>Modifier la question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="427"/>
        <source>Supprimer la question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="437"/>
        <source>Déplacer la question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/guide.py" line="23"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/guide.py" line="24"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/guide.py" line="27"/>
        <source>Guide d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/guide.py" line="34"/>
        <source># Lieux Communs

Choisissez un atelier dans l&apos;arbre de navigation à gauche : sa fiche et ses outils (déroulé, émargement, carte…) s&apos;ouvrent au centre. Chaque modification est enregistrée aussitôt ; Ctrl+Z l&apos;annule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="379"/>
        <source>Points d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="396"/>
        <source>La matrice est vide : choisissez ses acteurs (« Acteurs… ») et ajoutez des lignes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="401"/>
        <source>✓ Aucun point d&apos;attention : chaque ligne respecte les règles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveTimer</name>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/live/timer.py" line="145"/>
        <source>Prolonger de %n min</source>
        <extracomment>Colours of the countdown: orange with 20 % left, red at 5 % and in overrun. The reading at each tick (a ``live.Reading``). The state changed through an action (séquence, running, plan). The countdown reached zero (once per séquence).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/timer.py" line="151"/>
        <source>Décaler la fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/timer.py" line="152"/>
        <source>Resserrer les séquences restantes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="83"/>
        <source>Mode animation</source>
        <extracomment>``Sequence.tool`` -&gt; the registry key of the tool the main window opens. (atelier_id, registry tool key): the main window should show that tool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="113"/>
        <source>Mode animation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="122"/>
        <source>Avancement du déroulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="146"/>
        <source>Ouvrir l&apos;outil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="166"/>
        <source>Notes et émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="168"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="171"/>
        <source>Émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="195"/>
        <source>Temps restant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="201"/>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="392"/>
        <source>Démarrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="202"/>
        <source>Démarrer / pause / reprendre (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="204"/>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="205"/>
        <source>Prolonger d&apos;une minute (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="207"/>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="208"/>
        <source>Prolonger de cinq minutes (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="210"/>
        <source>◀ Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="211"/>
        <source>Séquence précédente (Page précédente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="213"/>
        <source>Suivante ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="214"/>
        <source>Séquence suivante (Page suivante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="220"/>
        <source>Replanifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="227"/>
        <source>Durée minimale par séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="229"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="231"/>
        <source>Décaler la fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="232"/>
        <source>Garder les durées, finir plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="236"/>
        <source>Resserrer les séquences restantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="237"/>
        <source>Raccourcir les séquences suivantes pour finir à l&apos;heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="242"/>
        <source>Minimum par séquence :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="253"/>
        <source>Déroulé replanifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="255"/>
        <source>Séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="255"/>
        <source>Prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="255"/>
        <source>Horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="256"/>
        <source>Réel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="265"/>
        <source>Écran du projecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="272"/>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="535"/>
        <source>Projeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="273"/>
        <source>Afficher la vue des participants (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="275"/>
        <source>Son discret en fin de séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="277"/>
        <source>Son en fin de séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="279"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="280"/>
        <source>Annuler la dernière modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="282"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="283"/>
        <source>Rétablir la modification annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="354"/>
        <source>Atelier terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="355"/>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="358"/>
        <source>%1 séquences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="357"/>
        <source>Prêt à commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="360"/>
        <source>Appuyez sur F5 pour démarrer la première séquence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="365"/>
        <source>D&apos;abord : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="369"/>
        <source>Séquence %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="375"/>
        <source>Matériel : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="382"/>
        <source>Ouvrir : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="385"/>
        <source>Ensuite : %1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="389"/>
        <source>C&apos;est la dernière séquence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="391"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="392"/>
        <source>Reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="413"/>
        <source>Fin de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="431"/>
        <source> — en pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="433"/>
        <source>sur %1 — fin prévue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="436"/>
        <source>Dépassement de %1 : décalez la fin ou resserrez les séquences suivantes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="524"/>
        <source>L&apos;émargement n&apos;est pas disponible dans cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="550"/>
        <source>Fermer la projection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="18"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="20"/>
        <source>Carnet déjà ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="23"/>
        <source> (programme {app}, processus {pid} sur {host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="25"/>
        <source>Le carnet « {name} » est déjà ouvert dans une autre fenêtre ou une autre instance de Lieux Communs{who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="29"/>
        <source>Deux fenêtres qui modifient le même carnet se marcheraient dessus. Vous pouvez l&apos;ouvrir en lecture seule, ou en ouvrir une copie à modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="31"/>
        <source>Ouvrir en &amp;lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="34"/>
        <source>Ouvrir en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="35"/>
        <source>Ouvrir une &amp;copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="38"/>
        <source>Ouvrir une copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="41"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="43"/>
        <source>Carnets Lieux Communs (*.lieux);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="45"/>
        <source>Échange JSON (*.json);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="83"/>
        <source>État de l&apos;enregistrement</source>
        <extracomment>Emitted after a notebook was opened (path, read-only). Emitted when a notebook drawn from its quick outline finally failed to open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="88"/>
        <source>Historique des modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="89"/>
        <source>&lt;ouverture du carnet&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="90"/>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="127"/>
        <source>&amp;Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="128"/>
        <source>&amp;Nouveau carnet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="130"/>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Importer (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="132"/>
        <source>&amp;Exporter (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="133"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="136"/>
        <source>&amp;Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="139"/>
        <source>&amp;Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="142"/>
        <source>Co&amp;uper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="143"/>
        <source>&amp;Copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="144"/>
        <source>C&amp;oller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="145"/>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Historique des modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="154"/>
        <source>&amp;Plein écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="156"/>
        <source>Aller à la navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Nouvel atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="158"/>
        <source>Nouvel atelier depuis un &amp;modèle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Dupliquer l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="161"/>
        <source>Enregistrer comme modèle &amp;personnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="163"/>
        <source>Mode &amp;animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="164"/>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="165"/>
        <source>À &amp;propos de Lieux Communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="176"/>
        <source>Ouvrir &amp;récent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="188"/>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="201"/>
        <source>A&amp;telier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="207"/>
        <source>Ai&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="220"/>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="245"/>
        <source> [lecture seule]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="313"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;{count} ateliers — ouverture…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="365"/>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="605"/>
        <source>{name} (copie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="369"/>
        <source>{name} (copie {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="371"/>
        <source>Ouvrir une copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="386"/>
        <source>Nouveau carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="407"/>
        <source>Ouvrir un carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="417"/>
        <source>La démo n&apos;est pas disponible dans cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="440"/>
        <source>Enregistré à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="454"/>
        <source>Lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="461"/>
        <source>Carnet ouvert : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="604"/>
        <source>Enregistrer une copie sous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="611"/>
        <source>Choisissez un autre fichier que le carnet ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="618"/>
        <source>Copie enregistrée : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="627"/>
        <source>Exporter (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="638"/>
        <source>Importer (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="710"/>
        <source>Ce carnet est ouvert en lecture seule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="739"/>
        <source>Enregistrer comme modèle personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="740"/>
        <source>Titre du modèle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="749"/>
        <source>Modèle enregistré : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/model.py" line="246"/>
        <source>vide</source>
        <extracomment>The stored value of a cell (&quot;R&quot;, &quot;4&quot;…) or None. True when the cell&apos;s row breaks a rule (header: the row&apos;s issues list). True when the cell is named by an issue (e.g. one of several A). Rules were re-checked; the list of issues may have changed. Cells, rows or columns changed (summaries refresh from it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="195"/>
        <source>Matrice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="340"/>
        <source>Valeur de la cellule</source>
        <extracomment>(row id, acteur id) of cells to outline as changed (comparison view). (list of (row, column) positions, stored value or None)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="362"/>
        <source>Copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="365"/>
        <source>Coller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/navigation.py" line="42"/>
        <source>Navigation du carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/navigation.py" line="98"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/navigation.py" line="114"/>
        <source>Sans thématique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCapture</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="65"/>
        <source>Saisie de note</source>
        <extracomment>A note was committed: its id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="67"/>
        <source>Note… puis Entrée   (! décision  ? question  &gt; action  * idée  /!\ vigilance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="88"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="104"/>
        <source>Responsable de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="105"/>
        <source>Responsable (participant·e, acteur ou texte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="108"/>
        <source>Échéance de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="109"/>
        <source>Échéance JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="128"/>
        <source>Action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="195"/>
        <source>échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="210"/>
        <source>Note « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="222"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="300"/>
        <source>Modifier la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="226"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="271"/>
        <source>Texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="229"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="272"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="235"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="273"/>
        <source>Séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="236"/>
        <source>Hors séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="243"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="274"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="249"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="254"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="251"/>
        <source>Avec échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="262"/>
        <source>Faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="264"/>
        <source>Action faite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesFeed</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="55"/>
        <source>Notes de l&apos;atelier</source>
        <extracomment>The user asked to edit/delete; the feed does it itself, this tells tests/views.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="57"/>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="57"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="57"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="58"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="58"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="135"/>
        <source>Hors séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="196"/>
        <source>Supprimer la note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="39"/>
        <source>Regrouper les notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="40"/>
        <source>Par séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="41"/>
        <source>Par type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="44"/>
        <source>Séquence des nouvelles notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="45"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="47"/>
        <source>Modifier la note choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="48"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="50"/>
        <source>Supprimer la note choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="56"/>
        <source>&amp;Afficher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="64"/>
        <source>&amp;Nouvelle note dans :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="92"/>
        <source>Hors séquence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerChart</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="48"/>
        <source>Pouvoir de décision par acteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="72"/>
        <source>Aucun acteur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="25"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="26"/>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="29"/>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="34"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="37"/>
        <source>&amp;Langue :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="47"/>
        <source>Couverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="48"/>
        <source>Programme (participant·es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="49"/>
        <source>Déroulé d&apos;animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="50"/>
        <source>Carte des acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="51"/>
        <source>Canevas vierges (A3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="52"/>
        <source>Matrice des rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="53"/>
        <source>Matrices de décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="54"/>
        <source>Grille des communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="55"/>
        <source>Feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="56"/>
        <source>Compte-rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="57"/>
        <source>Questionnaire d&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="94"/>
        <source>Imprimer le kit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="105"/>
        <source>Documents à imprimer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="117"/>
        <source>Format des canevas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="118"/>
        <source>A3 paysage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="119"/>
        <source>A4 paysage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="121"/>
        <source>Canevas :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="124"/>
        <source>Lignes vierges d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="128"/>
        <source>Lignes vierges :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="133"/>
        <source>Préparation du kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="142"/>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="144"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="146"/>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="148"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="150"/>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="152"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="161"/>
        <source>Aperçu du kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="199"/>
        <source>Cochez au moins un document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="214"/>
        <source>Préparation du kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="227"/>
        <source>%n page(s) prête(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="264"/>
        <source>Enregistrer le kit en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="265"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="275"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="278"/>
        <source>Kit enregistré dans %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="47"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="50"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="54"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="54"/>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="55"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="64"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="70"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="77"/>
        <source>Thématiques (expéditions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="80"/>
        <source>Thématiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="82"/>
        <source>Ajouter une thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="86"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="88"/>
        <source>Supprimer la thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="120"/>
        <source>ateliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="121"/>
        <source>collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="122"/>
        <source>acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="123"/>
        <source>participant·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="124"/>
        <source>expérimentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="132"/>
        <source>{count} atelier(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="145"/>
        <source>Modifier le programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="148"/>
        <source>Nouvelle thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="148"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="153"/>
        <source>Ajouter la thématique « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="161"/>
        <source>Renommer la thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="170"/>
        <source>Supprimer la thématique « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/projector.py" line="22"/>
        <source>Vue projetée</source>
        <extracomment>Brighter than the facilitator&apos;s colours: they must read on a dark wall.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/projector.py" line="23"/>
        <source>Lieux Communs — vue projetée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleMatrixTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/roles.py" line="26"/>
        <source>Matrice des rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/roles.py" line="29"/>
        <source>Vider la cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/roles.py" line="38"/>
        <source>— touches R, A, C, I ; Suppr pour vider ; Entrée pour choisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/roles.py" line="46"/>
        <source>&lt;b&gt;Points d&apos;attention&lt;/b&gt; — une ligne doit avoir exactement un A et au moins un R</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsBar</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="247"/>
        <source>une responsabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="248"/>
        <source>une décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="251"/>
        <source>Ajouter {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="252"/>
        <source>Renommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="253"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="254"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="255"/>
        <source>Supprimer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="256"/>
        <source>Acteurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="257"/>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="280"/>
        <source>Nouvelle ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="280"/>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="311"/>
        <source>Libellé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="296"/>
        <source>Ajouter « {label} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="310"/>
        <source>Renommer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="316"/>
        <source>Renommer « {label} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="333"/>
        <source>Déplacer « {label} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="342"/>
        <source>Supprimer « {label} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="347"/>
        <source>Choisir les acteurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="91"/>
        <source>Rechercher dans les notes</source>
        <extracomment>(atelier_id, note_id) of the result activated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="92"/>
        <source>Rechercher dans toutes les notes (accents et majuscules indifférents)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="99"/>
        <source>Résultats de la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="103"/>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="103"/>
        <source>Séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="103"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="104"/>
        <source>Extrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="153"/>
        <source>Aucune note ne contient « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="155"/>
        <source>%n note(s) trouvée(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="103"/>
        <source>Début</source>
        <extracomment>Column -&gt; Sequence field for editable columns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="103"/>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="103"/>
        <source>Séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="103"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="104"/>
        <source>Méthode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="104"/>
        <source>Consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="104"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="105"/>
        <source>Outil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="170"/>
        <source>Modifier « {field} » de la séquence « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="216"/>
        <source>Déplacer la séquence « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="54"/>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="59"/>
        <source>Lieux Communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="61"/>
        <source>Préparer, animer et documenter les ateliers de partenariats public-communs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="74"/>
        <source>Revenir au carnet ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="75"/>
        <source>Nouveau carnet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="76"/>
        <source>Ouvrir un carnet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="77"/>
        <source>Ouvrir la démo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="88"/>
        <source>La démo n&apos;est pas disponible dans cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="95"/>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="119"/>
        <source>Carnets récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="99"/>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="241"/>
        <source>Retirer de la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="101"/>
        <source>Retirer le carnet de la liste des récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="106"/>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="124"/>
        <source>Nouvel atelier depuis un modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="117"/>
        <source>Commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="218"/>
        <source>Aucun modèle disponible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChooserDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="66"/>
        <source>Choisir un modèle d&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="67"/>
        <source>Nouvel atelier depuis un modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="71"/>
        <source>Modèles thématiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="86"/>
        <source>Modèles thématiques :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="99"/>
        <source>&lt;b&gt;Objectif.&lt;/b&gt; {objective}&lt;br&gt;&lt;b&gt;Durée :&lt;/b&gt; {total} en {count} séquences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStepsDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="114"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="115"/>
        <source>Ajouter des séquences depuis un modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="119"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="124"/>
        <source>Séquences du modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="132"/>
        <source>Cochez les séquences à ajouter :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="144"/>
        <source>Aucun modèle n&apos;est disponible dans cette version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolDelegate</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="56"/>
        <source>Outil de la séquence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="144"/>
        <source>↗ progresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="144"/>
        <source>→ stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="145"/>
        <source>↘ recule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="164"/>
        <source>Tendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="167"/>
        <source>sans date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="152"/>
        <source>Vider la cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="164"/>
        <source>Participation par décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="177"/>
        <source>&lt;b&gt;Points d&apos;attention&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="178"/>
        <source>&lt;b&gt;Pouvoir de décision&lt;/b&gt; (décide = 2, co-décide = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="180"/>
        <source>&lt;b&gt;Participation par décision&lt;/b&gt; : nombre d&apos;acteurs à chaque niveau (0 à 5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ateliers</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/ateliers.py" line="70"/>
        <source>Nouvel atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/ateliers.py" line="88"/>
        <source>Nouvel atelier depuis « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/ateliers.py" line="96"/>
        <source>{title} (copie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/ateliers.py" line="99"/>
        <source>Dupliquer « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="56"/>
        <source>Arrivée sans inscription : {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="75"/>
        <source>Inviter {n} participant·e(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="113"/>
        <source>Émargement</source>
        <extracomment>(atelier_id, tool key): unused here, part of the atelier tools&apos; contract. The clock used to stamp arrivals (tests and live mode may replace it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="157"/>
        <source>sans inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="158"/>
        <source>invité·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="176"/>
        <source>Décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="184"/>
        <source>&amp;Arrivée sans inscription :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="187"/>
        <source>Arrivée sans inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="188"/>
        <source>Prénom Nom, Structure  puis Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="190"/>
        <source>Tapez « Prénom Nom, Structure » puis Entrée : la personne est ajoutée, marquée présente et son heure d&apos;arrivée notée. La structure est reliée à l&apos;acteur du même nom s&apos;il existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="206"/>
        <source>&amp;Inviter des participant·es…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="209"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="347"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="348"/>
        <source>Inviter des participant·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="211"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="213"/>
        <source>Retirer de la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="214"/>
        <source>Retirer la personne de cet atelier (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="219"/>
        <source>Chercher dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="220"/>
        <source>Chercher un nom (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="235"/>
        <source>Liste d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="257"/>
        <source>{present} présent·es / {listed} invité·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="260"/>
        <source> (dont {n} sans inscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="264"/>
        <source>Émargement — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="290"/>
        <source>Saisissez au moins un nom : « Prénom Nom, Structure ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="321"/>
        <source>Retirer de la liste d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="353"/>
        <source>Filtrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="354"/>
        <source>Filtrer par nom ou structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="360"/>
        <source>Participant·es du carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="371"/>
        <source>Tout le carnet est déjà sur la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="376"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="380"/>
        <source>Inviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="382"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="384"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="48"/>
        <source>tables manquantes : {tables}</source>
        <extracomment>Problems listed per check before &quot;… and N more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="116"/>
        <source>ligne {rowid} de « {table} » : référence absente dans « {parent} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="135"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="137"/>
        <source>Fichier : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="138"/>
        <source>Format : carnet Lieux Communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="141"/>
        <source>Version du schéma : ancien format {version}, sera mis à jour à l&apos;ouverture (format actuel : {current})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="146"/>
        <source>Version du schéma : {version} (à jour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="150"/>
        <source>Dernière modification interrompue : elle sera annulée à l&apos;ouverture (vérification faite sur une copie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="154"/>
        <source>Intégrité (integrity_check) : {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="157"/>
        <source>Clés étrangères (foreign_key_check) : {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="162"/>
        <source>Tables : manquantes : {tables}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="165"/>
        <source>Résultat : carnet en bon état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="167"/>
        <source>Résultat : carnet endommagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="182"/>
        <source> (et {n} autres problèmes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="189"/>
        <source>{n} problème(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="195"/>
        <source>… et {n} autres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="48"/>
        <source>Lieux Communs : préparer, animer et documenter les ateliers de partenariats public-communs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="52"/>
        <source>Commandes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="59"/>
        <source>ouvrir la fenêtre, attendre son premier affichage, afficher le temps écoulé et quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="66"/>
        <source>carnet .lieux à ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="24"/>
        <source>vérifier un carnet sans le modifier : format, version, intégrité, clés étrangères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="61"/>
        <source>carnet .lieux à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/demo.py" line="10"/>
        <source>écrire un carnet de démonstration (ne remplace aucun fichier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/demo.py" line="16"/>
        <source>carnet .lieux à créer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/demo.py" line="26"/>
        <source>Carnet de démonstration écrit : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="19"/>
        <source>exporter un carnet ou un atelier (JSON), ou les matrices d&apos;un atelier (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="38"/>
        <source>carnet .lieux à exporter</source>
        <extracomment>Text exporters per ``--format``; each returns the whole text to write. Folder exporters: they write several files and need an atelier.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="41"/>
        <source>format de sortie (json par défaut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="45"/>
        <source>fichier à écrire (sinon la sortie standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="51"/>
        <source>n&apos;exporter que cet atelier (identifiant ou titre exact) et ce dont il dépend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="65"/>
        <source>--atelier et -o DOSSIER requis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="11"/>
        <source>fusionner un fichier JSON exporté dans un carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="16"/>
        <source>carnet .lieux à compléter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="19"/>
        <source>fichier d&apos;échange JSON à importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="42"/>
        <source>Ajoutés : {n}{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="44"/>
        <source>Mis à jour : {n}{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="46"/>
        <source>Conflits : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="50"/>
        <source>  {table} « {label} » ({id}) : version importée retenue (modifiée le {theirs}, locale le {mine})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="55"/>
        <source>  {table} « {label} » ({id}) : version locale conservée (modifiée le {mine}, importée le {theirs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="64"/>
        <source>Programme : celui du carnet (« {mine} ») est conservé ; celui du fichier (« {theirs} ») n&apos;a pas été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="69"/>
        <source>Programme : le carnet était vide, il reprend celui du fichier (« {theirs} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="11"/>
        <source>imprimer le kit d&apos;un atelier en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="22"/>
        <location filename="../../lieuxcommuns_desktop/commands/minutes.py" line="19"/>
        <location filename="../../lieuxcommuns_desktop/commands/search.py" line="20"/>
        <source>carnet .lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="26"/>
        <location filename="../../lieuxcommuns_desktop/commands/minutes.py" line="23"/>
        <source>identifiant ou titre de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="29"/>
        <source>fichier PDF à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="35"/>
        <source>documents séparés par des virgules : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="43"/>
        <source>format des canevas (cartes, modèles vierges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="49"/>
        <source>lignes vierges de la feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/minutes.py" line="10"/>
        <source>exporter le compte-rendu d&apos;un atelier (Markdown ou HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/minutes.py" line="29"/>
        <source>format du compte-rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/minutes.py" line="32"/>
        <source>fichier à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/search.py" line="15"/>
        <source>chercher dans toutes les notes d&apos;un carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/search.py" line="21"/>
        <source>mots cherchés (sans tenir compte des accents ni des majuscules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/search.py" line="23"/>
        <source>nombre maximal de résultats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="38"/>
        <source>Le fichier est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="39"/>
        <source>Aucune colonne n&apos;est associée à « {field} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="40"/>
        <source>Ligne {line} : nom manquant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="41"/>
        <source>Ligne {line} : catégorie inconnue « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="42"/>
        <source>Ligne {line} : courriel invalide « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="141"/>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="162"/>
        <source>Nom</source>
        <extracomment>Line number in the file where each row starts (header is line 1). French source label, translated in context &quot;csv&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="144"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="146"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="149"/>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="166"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="152"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="155"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="157"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="168"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv_import</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="48"/>
        <source>virgule ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="49"/>
        <source>point-virgule ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="50"/>
        <source>tabulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="74"/>
        <source>Importer un CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="75"/>
        <source>Importer des participant·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="77"/>
        <source>Importer des acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="90"/>
        <source>Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="94"/>
        <source>Encodage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="99"/>
        <source>Séparateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="102"/>
        <source>&amp;Encodage :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="104"/>
        <source>&amp;Séparateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="112"/>
        <source>&amp;Relire le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="114"/>
        <source>Relire le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="115"/>
        <source>Après avoir corrigé le fichier dans le tableur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="122"/>
        <source>Colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="133"/>
        <source>* obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="138"/>
        <source>Aperçu des premières lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="142"/>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="149"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="153"/>
        <source>Lignes à corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="158"/>
        <source>Catégories reconnues : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="172"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="174"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="176"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="178"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="193"/>
        <source>Impossible de lire le fichier : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="196"/>
        <source>Import impossible : le fichier ne peut pas être lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="209"/>
        <source>— ne pas importer —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="211"/>
        <source>(colonne {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="271"/>
        <source>Import impossible : {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="276"/>
        <source>Import impossible : {n} ligne(s) à corriger (liste ci-dessus). Rien n&apos;a été importé. Corrigez le fichier puis « Relire le fichier ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="282"/>
        <source>{n} participant·e(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="285"/>
        <source>{n} nouvel(s) acteur(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="288"/>
        <source>Rien à importer : toutes les lignes sont déjà dans le carnet ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="292"/>
        <source>Prêt à importer : {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="293"/>
        <source> et </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="295"/>
        <source>{n} ligne(s) déjà dans le carnet seront ignorées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="314"/>
        <source>Importer {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="15"/>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="16"/>
        <source>Le fichier « {path} » existe déjà ; il n&apos;a pas été remplacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="19"/>
        <source>« {path} » n&apos;est pas un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="20"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="23"/>
        <source>Le fichier « {path} » est vide : ce n&apos;est pas un carnet Lieux Communs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="26"/>
        <source>Le fichier « {path} » n&apos;est pas un carnet Lieux Communs (format inconnu ou fichier endommagé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="31"/>
        <source>Le fichier « {path} » est une base de données d&apos;un autre programme, pas un carnet Lieux Communs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="36"/>
        <source>Le carnet « {path} » a été créé par une version plus récente de Lieux Communs (format {version}, cette version lit jusqu&apos;au format {supported}). Mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="42"/>
        <source>Le carnet « {path} » est incomplet (fichier tronqué, copie interrompue ?). Il n&apos;a pas été modifié ; utilisez une sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="47"/>
        <source>Le carnet « {path} » est endommagé : {reason}. Il n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="50"/>
        <source>Le carnet « {path} » est en lecture seule : il peut être ouvert en lecture seule ou copié ailleurs, mais pas modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="55"/>
        <source>Le dossier de « {path} » est protégé en écriture : le carnet peut être ouvert en lecture seule ou copié ailleurs, mais pas modifié ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="60"/>
        <source>Ce carnet est ouvert en lecture seule : la modification n&apos;a pas été faite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="63"/>
        <source>La modification n&apos;a pas pu être enregistrée : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="66"/>
        <source>La mise à jour du carnet « {path} » a échoué : {reason}. Le fichier d&apos;origine est intact ; une copie de sauvegarde est dans « {backup} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="71"/>
        <source>Élément introuvable : {what} « {key} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="72"/>
        <source>Plusieurs éléments correspondent à « {key} » : {candidates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="75"/>
        <source>Valeur invalide pour {field} : « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="78"/>
        <source>Fichier d&apos;échange invalide, à l&apos;endroit {where} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="81"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors_ui</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/errors.py" line="79"/>
        <source>Lieux Communs — erreur</source>
        <extracomment>``--smoke`` runs unattended: errors go to stderr instead of a modal dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/errors.py" line="102"/>
        <source>Une erreur inattendue s&apos;est produite : {error}

Vos données sont en sécurité : chaque modification est enregistrée dès qu&apos;elle est faite. Vous pouvez continuer à travailler.

Les détails sont dans le journal : {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/errors.py" line="109"/>
        <source>Lieux Communs — erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="23"/>
        <source>L&apos;atelier a répondu à mes attentes</source>
        <extracomment>Offered when an atelier has no question yet (a template usually brings its own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="24"/>
        <source>J&apos;ai pu m&apos;exprimer et être entendu·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="26"/>
        <source>Les outils (carte, matrices) m&apos;ont été utiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="28"/>
        <source>Ce que je retiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="29"/>
        <source>Ce qui pourrait être amélioré</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="94"/>
        <source>valeur obligatoire (null)</source>
        <extracomment>Tables never exported: derived data rebuilt by the importing notebook.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="105"/>
        <source>identifiant invalide {value} (UUID en minuscules attendu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="119"/>
        <source>nombre hors limites {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="139"/>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="176"/>
        <source>valeur {value} inconnue (valeurs permises : {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="177"/>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="265"/>
        <source>type incorrect : {expected} attendu, {found} trouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="183"/>
        <source>date ou heure invalide {value} (format {expected} attendu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="190"/>
        <source>texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="191"/>
        <source>nombre entier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="192"/>
        <source>nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="193"/>
        <source>true ou false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="194"/>
        <source>objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="195"/>
        <source>liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="197"/>
        <source>AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="198"/>
        <source>AAAA-MM-JJTHH:MM:SS.ffffffZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="93"/>
        <source>octet {offset}</source>
        <extracomment>table -&gt; records in file order (Python values, every column present). table -&gt; id -&gt; index in the file, for error paths.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="94"/>
        <source>le fichier n&apos;est pas en UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="102"/>
        <source>ligne {line}, colonne {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="104"/>
        <source>JSON mal formé ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="108"/>
        <source>clé {key} répétée dans un même objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="112"/>
        <source>nombre non permis en JSON : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="115"/>
        <source>imbrication trop profonde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="129"/>
        <source>table ou champ inconnu {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="139"/>
        <source>un carnet n&apos;a qu&apos;un programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="142"/>
        <source>l&apos;atelier exporté n&apos;est pas dans le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="153"/>
        <source>ce n&apos;est pas un fichier d&apos;échange Lieux Communs ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="161"/>
        <source>version {value} plus récente que celle que cette version de l&apos;application lit ({supported}) : mettez l&apos;application à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="166"/>
        <source>version {value} trop ancienne (attendue : {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="207"/>
        <source>champ inconnu {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="223"/>
        <source>identifiant déjà utilisé par {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="240"/>
        <source>doublon de {where} pour ({columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="259"/>
        <source>référence à un enregistrement {target} {value} absent du fichier et du carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="271"/>
        <source>champ obligatoire absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>interchange_ui</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="44"/>
        <source>L&apos;échange JSON n&apos;est pas disponible dans cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="66"/>
        <source>Exporter (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="67"/>
        <source>Carnet exporté dans « {path} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="90"/>
        <source>Importer (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="91"/>
        <source>Import terminé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="39"/>
        <source>Participante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="40"/>
        <source>Second cercle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="41"/>
        <source>Équipement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="42"/>
        <source>Espace naturel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="43"/>
        <source>Eau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="44"/>
        <source>Foncier / bâtiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="45"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="46"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="47"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="23"/>
        <source>Brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="48"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="24"/>
        <source>Prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="49"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="101"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="25"/>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="50"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="26"/>
        <source>Terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="51"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="27"/>
        <source>Annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="52"/>
        <source>Aucun outil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="53"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="14"/>
        <source>Carte des acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="54"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="15"/>
        <source>Matrice des rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="55"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="16"/>
        <source>Matrice de décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="56"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="17"/>
        <source>Grille des communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="57"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="18"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="58"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="19"/>
        <source>Évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="59"/>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="60"/>
        <source>Services publics &amp; institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="63"/>
        <source>Habitants &amp; usagers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="64"/>
        <source>Associations &amp; collectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="65"/>
        <source>Acteurs économiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="66"/>
        <source>Financeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="67"/>
        <source>Experts &amp; tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="68"/>
        <source>Autres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="69"/>
        <source>Oignon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="70"/>
        <source>Pouvoir / intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="71"/>
        <source>Libre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="72"/>
        <source>Coopération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="73"/>
        <source>Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="74"/>
        <source>Conflit / tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="75"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="76"/>
        <source>Convention / contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="77"/>
        <source>Réalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="78"/>
        <source>Rend compte / arbitre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="79"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="83"/>
        <source>Consulté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="80"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="82"/>
        <source>Informé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="81"/>
        <source>Non concerné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="84"/>
        <source>Concerté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="85"/>
        <source>Co-décide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="86"/>
        <source>Décide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="87"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="88"/>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="89"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="90"/>
        <source>En discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="91"/>
        <source>En place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="92"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="93"/>
        <source>Idée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="94"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="95"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="96"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="97"/>
        <source>Vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="98"/>
        <source>Échelle de 1 à 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="99"/>
        <source>Question ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="100"/>
        <source>Envisagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="102"/>
        <source>Suspendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="103"/>
        <source>Terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="108"/>
        <source>Limites clairement définies</source>
        <extracomment>Ostrom&apos;s design principles by key (``enums.OSTROM_PRINCIPLES``): short title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="109"/>
        <source>Règles adaptées aux conditions locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="110"/>
        <source>Dispositifs de choix collectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="111"/>
        <source>Surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="112"/>
        <source>Sanctions graduées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="113"/>
        <source>Mécanismes de résolution des conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="114"/>
        <source>Reconnaissance du droit à s&apos;organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="115"/>
        <source>Organisations imbriquées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="13"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>matrices</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_export.py" line="41"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_export.py" line="42"/>
        <source>Principe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_export.py" line="43"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_export.py" line="44"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="23"/>
        <source>réalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="24"/>
        <source>rend compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="25"/>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="40"/>
        <source>consulté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="26"/>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="39"/>
        <source>informé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="38"/>
        <source>non concerné</source>
        <extracomment>Light tints with dark text, except A (the one that must stand out).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="41"/>
        <source>concerté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="42"/>
        <source>co-décide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="43"/>
        <source>décide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="57"/>
        <source>aujourd&apos;hui</source>
        <extracomment>A sequential blue scale (readable by colour-blind people), text colour last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="58"/>
        <source>cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="62"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="63"/>
        <source>en discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="64"/>
        <source>en place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="81"/>
        <source>Des limites clairement définies</source>
        <extracomment>A symbol per status so that the grid reads without colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="82"/>
        <source>Des règles adaptées aux conditions locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="83"/>
        <source>Des choix collectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="84"/>
        <source>Une surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="85"/>
        <source>Des sanctions graduées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="86"/>
        <source>Des mécanismes de résolution des conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="88"/>
        <source>La reconnaissance du droit à s&apos;organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="89"/>
        <source>Des niveaux imbriqués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="93"/>
        <source>Qui a droit à la ressource, et ce qu&apos;elle recouvre, est connu de tous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="95"/>
        <source>Les règles d&apos;usage et de contribution tiennent compte du lieu et des gens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="97"/>
        <source>Les personnes concernées par les règles peuvent les modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="99"/>
        <source>Le respect des règles est suivi par des personnes qui rendent compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="101"/>
        <source>Les manquements entraînent des réponses proportionnées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="103"/>
        <source>Les conflits se règlent vite, localement et à faible coût.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="105"/>
        <source>Les autorités reconnaissent le droit de la communauté à fixer ses règles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="107"/>
        <source>Les règles s&apos;articulent avec les niveaux plus larges (commune, bassin…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="112"/>
        <source>Responsabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="113"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="199"/>
        <source>R, A, C, I ou vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="200"/>
        <source>0 à 5, ou non concerné, informé, consulté, concerté, co-décide, décide, ou vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="47"/>
        <source>Matrice inconnue : « {matrix} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="48"/>
        <source>Valeur « {value} » refusée pour « {row} » × « {column} » (valeurs possibles : {allowed}). Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="52"/>
        <source>Le bloc collé ({rows} lignes × {columns} colonnes) dépasse de la matrice à partir de « {row} » × « {column} ». Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="56"/>
        <source>Le presse-papiers ne contient aucune cellule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="57"/>
        <source>Choisissez d&apos;abord une cellule de la matrice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="58"/>
        <source>Principe inconnu : {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="59"/>
        <source>Le libellé ne peut pas être vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="62"/>
        <source>{acteur} : {before} → {after} sur « {row} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="80"/>
        <source>{acteur} sur « {row} » : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="84"/>
        <source>vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="86"/>
        <source>{count} cellules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="120"/>
        <source>Coller {count} cellules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="363"/>
        <source>Exporter en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="364"/>
        <source>Tableur CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="371"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="11"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="12"/>
        <source>Idée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="13"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="14"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="15"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="16"/>
        <source>Vigilance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="33"/>
        <source>{n} ressource</source>
        <extracomment>How a dependent row is counted in words: table -&gt; (singular, plural).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="34"/>
        <source>{n} ressources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="35"/>
        <source>{n} atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="36"/>
        <source>{n} ateliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="37"/>
        <source>{n} séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="38"/>
        <source>{n} séquences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="39"/>
        <source>{n} acteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="40"/>
        <source>{n} acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="41"/>
        <source>{n} participant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="42"/>
        <source>{n} participant·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="43"/>
        <source>{n} liste d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="44"/>
        <source>{n} listes d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="45"/>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="47"/>
        <source>{n} carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="46"/>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="48"/>
        <source>{n} cartes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="49"/>
        <source>{n} relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="50"/>
        <source>{n} relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="51"/>
        <source>{n} matrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="52"/>
        <source>{n} matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="53"/>
        <source>{n} case de matrice des rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="54"/>
        <source>{n} cases de matrice des rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="55"/>
        <source>{n} case de matrice de décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="56"/>
        <source>{n} cases de matrice de décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="57"/>
        <source>{n} note ou action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="58"/>
        <source>{n} notes ou actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="59"/>
        <source>{n} expérimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="60"/>
        <source>{n} expérimentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="61"/>
        <source>{n} entrée de journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="62"/>
        <source>{n} entrées de journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="64"/>
        <source>{a} et {b}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="71"/>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="144"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="49"/>
        <source>{present} personnes présentes sur {invited} inscrites, dont {walk_ins} venues sans inscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="81"/>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="157"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="41"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="71"/>
        <source>Séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="81"/>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="157"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="71"/>
        <source>Prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="82"/>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="158"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="72"/>
        <source>Réel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="100"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="118"/>
        <source>Aucune décision notée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="104"/>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="180"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="127"/>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="104"/>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="180"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="127"/>
        <source>Quoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="105"/>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="181"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="128"/>
        <source>Pour quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="105"/>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="181"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="128"/>
        <source>Fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="112"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="139"/>
        <source>Aucune action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="118"/>
        <source>{programme} — publié sous licence {licence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="168"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="105"/>
        <source>Hors séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="19"/>
        <source>Carte des acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="20"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="99"/>
        <source>Matrice des rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="21"/>
        <source>Matrice de décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="22"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="145"/>
        <source>Grille des communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="23"/>
        <source>Prise de notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="24"/>
        <source>Évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="40"/>
        <source>Horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="53"/>
        <source>Programme de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="62"/>
        <source>Déroulé d&apos;animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="63"/>
        <source>Durée totale : {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="66"/>
        <source>créneau prévu : {slot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="72"/>
        <source>{start} – {end} · {minutes} · fin à T+{elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="78"/>
        <source>Méthode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="79"/>
        <source>Consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="80"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="81"/>
        <source>Outil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="19"/>
        <source>Données personnelles : ces informations servent uniquement à attester la présence à l&apos;atelier et à envoyer le compte-rendu. Elles sont conservées par l&apos;équipe d&apos;animation pendant la durée du programme puis supprimées. Vous pouvez y accéder, les faire corriger ou supprimer en écrivant à l&apos;équipe d&apos;animation. Le courriel est facultatif.</source>
        <extracomment>Tall enough to sign by hand.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="31"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="31"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="32"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="32"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="33"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="43"/>
        <source>{title} — {date} — {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="46"/>
        <source>Feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="21"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="22"/>
        <source>Horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="25"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="26"/>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="27"/>
        <source>Ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="29"/>
        <source>Thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="30"/>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="52"/>
        <source>Documents publiés sous licence {licence}. Vous pouvez les copier, les adapter et les partager en citant la source et sous la même licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="18"/>
        <source>pas du tout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="19"/>
        <source>peu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="20"/>
        <source>moyennement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="21"/>
        <source>plutôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="22"/>
        <source>tout à fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="30"/>
        <source>Évaluation de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="32"/>
        <source>Cochez une case par question et répondez librement aux questions ouvertes. Ce questionnaire est anonyme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="50"/>
        <source>Aucune question d&apos;évaluation n&apos;est définie pour cet atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="26"/>
        <source>R : réalise · A : rend compte / arbitre (un seul par ligne) · C : consulté · I : informé</source>
        <extracomment>Grey ramp by participation rank: darker = more power (legible in B/W).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="75"/>
        <source>Points d&apos;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="103"/>
        <source>Matrice des rôles — à remplir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="114"/>
        <source>Matrice de décision — aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="115"/>
        <source>Matrice de décision — cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="125"/>
        <source>Matrice de décision — à remplir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="134"/>
        <source>Principe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="134"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="135"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="147"/>
        <source>Les huit principes de conception d&apos;Elinor Ostrom — état : absent, en discussion, en place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="29"/>
        <source>Compte-rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="48"/>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="56"/>
        <source>Catégorie d&apos;acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="57"/>
        <source>Présent·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="62"/>
        <source>Sans structure connue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="72"/>
        <source>Écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="85"/>
        <source>Déroulé : prévu et réel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="96"/>
        <source>Notes par séquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="103"/>
        <source>Aucune note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="116"/>
        <source>Décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="137"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="12"/>
        <source>janvier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="12"/>
        <source>février</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="13"/>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="13"/>
        <source>avril</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="14"/>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="14"/>
        <source>juin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="15"/>
        <source>juillet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="15"/>
        <source>août</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="16"/>
        <source>septembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="16"/>
        <source>octobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="17"/>
        <source>novembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="17"/>
        <source>décembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="23"/>
        <source>date à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="24"/>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="31"/>
        <source>{h}h{m:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="39"/>
        <source>{h} h {m:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="40"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/layout.py" line="117"/>
        <source>page {number}/{total}</source>
        <extracomment>Page templates by name: the page size of each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="22"/>
        <source>« {row} » : personne ne rend compte (aucun A). Il en faut exactement un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="25"/>
        <source>« {row} » : {count} acteurs rendent compte (A : {names}). Il en faut exactement un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="29"/>
        <source>« {row} » : personne ne réalise (aucun R). Il en faut au moins un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="32"/>
        <source>« {row} » : aucun acteur ne décide ni ne co-décide. Qui tranche ? Placez au moins un acteur à « co-décide » ou « décide ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="37"/>
        <source>« {row} » : {names} décide seul alors que d&apos;autres co-décident ({others}). Les deux ne peuvent pas être vrais à la fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="42"/>
        <source>« {row} » : décision non partagée — {names} décide et les autres acteurs sont au mieux informés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="47"/>
        <source>Le déroulé dure {total} min, soit {over} min de plus que le créneau prévu ({planned} min).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="150"/>
        <source>Présent·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="152"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="41"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="62"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="84"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="98"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="105"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="117"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="153"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="155"/>
        <source>Arrivée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="156"/>
        <source>Inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="25"/>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="32"/>
        <source>Collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="33"/>
        <source>collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="34"/>
        <source>collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="35"/>
        <source>Nouvelle collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="36"/>
        <source>Ajouter une collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="42"/>
        <source>Cercle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="44"/>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="45"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="46"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="67"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="88"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="53"/>
        <source>Ressources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="54"/>
        <source>ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="55"/>
        <source>ressources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="56"/>
        <source>Nouvelle ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="57"/>
        <source>Ajouter une ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="63"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="65"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="74"/>
        <source>Acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="75"/>
        <source>acteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="76"/>
        <source>acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="77"/>
        <source>Nouvel acteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="78"/>
        <source>Ajouter un acteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="85"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="95"/>
        <source>Participant·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="96"/>
        <source>participant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="97"/>
        <source>participant·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="99"/>
        <source>Ajouter un·e participant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="106"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="107"/>
        <source>Acteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="109"/>
        <source>Structure (texte libre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="111"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="112"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="113"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="120"/>
        <source>(sans nom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="128"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="129"/>
        <source>entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="130"/>
        <source>entrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="131"/>
        <source>Ajouter une entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="140"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="141"/>
        <source>Ce qui s&apos;est passé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="180"/>
        <source>Expérimentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="181"/>
        <source>expérimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="182"/>
        <source>expérimentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="183"/>
        <source>Nouvelle expérimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="184"/>
        <source>Ajouter une expérimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="221"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="223"/>
        <source>Outil testé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="224"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="226"/>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="227"/>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="228"/>
        <source>Hypothèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="242"/>
        <source>Journal : choisissez une expérimentation ci-dessus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="245"/>
        <source>Journal de « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/model.py" line="101"/>
        <source>oui</source>
        <extracomment>QDateEdit&apos;s minimum date stands for &quot;no date&quot; (shown as a dash). French source header, translated in context &quot;tables&quot; when shown. text | enum | fk | date | time | bool Target entity of a foreign key, shown by ``fk_label`` of the target. Colour swatch (hex) of a value (enum) or of the target record (fk). Computed display for read-only columns. The values to write when this cell is set (default: {attr: value}).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/model.py" line="283"/>
        <source>Modifier « {field} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/model.py" line="341"/>
        <source>— aucun·e —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="56"/>
        <source>Éléments</source>
        <extracomment>French source strings (translated in context &quot;tables&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="57"/>
        <source>élément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="58"/>
        <source>éléments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="59"/>
        <source>Nouvel élément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="60"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="102"/>
        <source>Actions sur la table</source>
        <extracomment>&quot;participants&quot; or &quot;acteurs&quot; to offer CSV import/export.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="105"/>
        <source>Ajouter une ligne (Inser ou Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="107"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="262"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="108"/>
        <source>Supprimer les lignes choisies (Suppr) ; Ctrl+Z annule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="112"/>
        <source>Importer un CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="113"/>
        <source>Importer un tableur d&apos;inscriptions (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="115"/>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="116"/>
        <source>Exporter cette table pour un tableur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="121"/>
        <source>Filtrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="122"/>
        <source>Filtrer (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="155"/>
        <source>Aucune ligne pour l&apos;instant : « {add} » (Inser ou Ctrl+N) en ajoute une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="158"/>
        <source>« Importer un CSV… » reprend un tableur d&apos;inscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="194"/>
        <source>{shown} sur {total} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="232"/>
        <source>Ajouter {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="249"/>
        <source>{n} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="257"/>
        <source>{what} est utilisé par {usages}.

Supprimer quand même ? Ces liens seront retirés (Ctrl+Z annule la suppression).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="269"/>
        <source>Supprimer {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="282"/>
        <source>Importer un CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="283"/>
        <source>Tableurs CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="296"/>
        <source>Exporter en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="297"/>
        <source>Tableurs CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="42"/>
        <source>Le modèle « {path} » est invalide ({where}) : {reason}</source>
        <extracomment>The version of the JSON layout this code reads and writes. A key is also a file name: lowercase letters, digits and dashes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="45"/>
        <source>Le modèle « {path} » ne peut pas être lu : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="48"/>
        <source>Modèle introuvable : « {key} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="49"/>
        <source>« {key} » est le nom d&apos;un modèle fourni avec l&apos;application : choisissez un autre nom pour votre modèle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="54"/>
        <source>Nom de modèle invalide : « {key} ». Utilisez des lettres minuscules sans accent, des chiffres et des tirets (par exemple « mon-atelier »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="59"/>
        <source>Un modèle personnel nommé « {key} » existe déjà ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="66"/>
        <source>ce n&apos;est pas du JSON valide (ligne {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="67"/>
        <source>un objet JSON est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="68"/>
        <source>champ obligatoire manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="69"/>
        <source>un texte est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="70"/>
        <source>ce texte ne peut pas être vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="71"/>
        <source>une liste est attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="72"/>
        <source>un nombre entier est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="73"/>
        <source>valeur hors limites ({low} à {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="74"/>
        <source>valeur inconnue « {value} » (possibles : {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="75"/>
        <source>format {version} plus récent que celui de cette version ({supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="78"/>
        <source>au moins une séquence est nécessaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="47"/>
        <source>Déroulé</source>
        <extracomment>French source title, translated in context &quot;tools&quot; when displayed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="49"/>
        <source>Émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="51"/>
        <source>Carte des acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="53"/>
        <source>Matrice des rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="55"/>
        <source>Matrice de décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="57"/>
        <source>Grille des communs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="59"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="61"/>
        <source>Évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="67"/>
        <source>Collectivités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="69"/>
        <source>Ressources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="71"/>
        <source>Acteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="73"/>
        <source>Participant·es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="75"/>
        <source>Expérimentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="77"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="79"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="84"/>
        <source>Mode animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="86"/>
        <source>Imprimer le kit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
