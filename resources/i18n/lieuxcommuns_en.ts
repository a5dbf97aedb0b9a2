<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="24"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="25"/>
        <source>À propos de Lieux Communs</source>
        <translation>About Lieux Communs</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="28"/>
        <source>&lt;h2&gt;Lieux Communs {version}&lt;/h2&gt;&lt;p&gt;Préparer, animer et documenter les ateliers de partenariats public-communs, sans connexion.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lieux Communs {version}&lt;/h2&gt;&lt;p&gt;Prepare, run and document public–commons partnership workshops, offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="46"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="49"/>
        <source>&lt;p&gt;Ce programme est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU, version 3 ou ultérieure. Les contenus produits avec (comptes rendus, modèles) sont publiés par défaut sous licence CC BY-SA 4.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. Content made with it (minutes, templates) is published under the CC BY-SA 4.0 licence by default.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="53"/>
        <source>Composant</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="54"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="55"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/about.py" line="56"/>
        <source>&lt;p&gt;Qt et PySide6 sont utilisés sous LGPLv3 : vous pouvez les remplacer par une version modifiée.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt and PySide6 are used under the LGPLv3: you may replace them with a modified version.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActeurList</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/acteur_list.py" line="59"/>
        <source>Acteurs du carnet</source>
        <extracomment>Ids of the acteurs on the shown map.</extracomment>
        <translation>Stakeholders in the notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/acteur_list.py" line="86"/>
        <source>Déjà sur la carte</source>
        <translation>Already on the map</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="74"/>
        <source>Filtrer par collectivité</source>
        <extracomment>(atelier_id, note_id): show this note in its atelier&apos;s notes tool.</extracomment>
        <translation>Filter by local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="75"/>
        <source>&amp;Masquer les actions faites</source>
        <translation>&amp;Hide done actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="77"/>
        <source>Masquer les actions faites</source>
        <translation>Hide done actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="80"/>
        <source>Voir dans l&apos;atelier</source>
        <translation>Show in Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="82"/>
        <source>Voir l&apos;action dans les notes de l&apos;atelier</source>
        <translation>Show the action in the workshop&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="85"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="87"/>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="87"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="87"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="87"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="88"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="88"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="99"/>
        <source>&amp;Collectivité :</source>
        <translation>Local &amp;authority:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="131"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="148"/>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="177"/>
        <source>%n à faire, dont {overdue} en retard</source>
        <translation>
            <numerusform>%n to do, {overdue} overdue</numerusform>
            <numerusform>%n to do, {overdue} overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="210"/>
        <source>Action faite</source>
        <translation>Action done</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/actions.py" line="210"/>
        <source>Action à refaire</source>
        <translation>Action to do again</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="87"/>
        <source>Déroulé de l&apos;atelier</source>
        <translation>Workshop agenda</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="94"/>
        <source>Alerte de durée</source>
        <translation>Duration warning</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="101"/>
        <source>Durée totale</source>
        <translation>Total duration</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="105"/>
        <source>Séquences du déroulé</source>
        <translation>Agenda steps</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="130"/>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="280"/>
        <source>Ajouter une séquence</source>
        <translation>Add a Step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="131"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="132"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="133"/>
        <source>Monter</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="134"/>
        <source>Descendre</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="135"/>
        <source>Ajouter depuis un modèle…</source>
        <translation>Add from a Template…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="154"/>
        <source>Consigne pour l&apos;animateur·rice</source>
        <translation>Instructions for the facilitator</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="159"/>
        <source>Consigne projetée aux participant·es</source>
        <translation>Instructions projected for participants</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="163"/>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="171"/>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="169"/>
        <source>Consigne (animation)</source>
        <translation>Instructions (facilitation)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="170"/>
        <source>Consigne projetée (participant·es)</source>
        <translation>Projected instructions (participants)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="227"/>
        <source> — créneau prévu : {planned}</source>
        <translation> — planned slot: {planned}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="229"/>
        <source>Total : {duration}</source>
        <translation>Total: {duration}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="336"/>
        <source>Ajouter %n séquence(s) depuis un modèle</source>
        <translation>
            <numerusform>Add %n step from a template</numerusform>
            <numerusform>Add %n steps from a template</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="261"/>
        <source>Modifier la consigne de « {title} »</source>
        <translation>Edit the instructions of “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="278"/>
        <source>Nouvelle séquence</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="288"/>
        <source>Dupliquer la séquence « {title} »</source>
        <translation>Duplicate the step “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="301"/>
        <source>Supprimer la séquence « {title} »</source>
        <translation>Delete the step “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="315"/>
        <source>Déplacer la séquence « {title} »</source>
        <translation>Move the step “{title}”</translation>
    </message>
</context>
<context>
    <name>AtelierForm</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="61"/>
        <source>Fiche de l&apos;atelier</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="74"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="75"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="78"/>
        <source>Thématique</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="78"/>
        <source>Ressource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="79"/>
        <source>Collectivité d&apos;accueil</source>
        <translation>Host local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="85"/>
        <source>Collectivités &amp;participantes</source>
        <translation>&amp;Participating local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="86"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="87"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="88"/>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="89"/>
        <source>&amp;Heure de début</source>
        <translation>&amp;Start time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="90"/>
        <source>Créneau prévu (minutes)</source>
        <translation>Planned slot (minutes)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="94"/>
        <source>non prévu</source>
        <translation>not planned</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="95"/>
        <source>&amp;Créneau prévu</source>
        <translation>Planned s&amp;lot</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="96"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="97"/>
        <source>&amp;Lieu</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="98"/>
        <source>Animation</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="99"/>
        <source>&amp;Animation</source>
        <translation>&amp;Facilitators</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="100"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="105"/>
        <source>&amp;Statut</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="106"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="109"/>
        <source>&amp;Objectif</source>
        <translation>&amp;Objective</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="175"/>
        <source>Modifier « {field} » de l&apos;atelier</source>
        <translation>Edit the workshop&apos;s “{field}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="194"/>
        <source>Changer la collectivité d&apos;accueil</source>
        <translation>Change the host local authority</translation>
    </message>
</context>
<context>
    <name>AtelierPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="225"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="233"/>
        <source>Outils de l&apos;atelier</source>
        <translation>Workshop tools</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="253"/>
        <source>Fiche</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/atelier.py" line="281"/>
        <source>(atelier supprimé)</source>
        <translation>(workshop deleted)</translation>
    </message>
</context>
<context>
    <name>BackdropDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="80"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="133"/>
        <source>Fond de carte</source>
        <extracomment>A map&apos;s backdrop settings with its photo, ready to paint (the scene keeps it).</extracomment>
        <translation>Map Backdrop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="85"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="105"/>
        <source>Visible sur le &amp;projecteur</source>
        <translation>Shown on the &amp;projector</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="107"/>
        <source>Visible à l&apos;&amp;impression</source>
        <translation>Shown in p&amp;rint</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="110"/>
        <source>P&amp;hoto :</source>
        <translation>P&amp;hoto:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="111"/>
        <source>Centre &amp;x :</source>
        <translation>Centre &amp;x:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="112"/>
        <source>Centre &amp;y :</source>
        <translation>Centre &amp;y:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="113"/>
        <source>É&amp;chelle :</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/backdrop.py" line="114"/>
        <source>&amp;Opacité :</source>
        <translation>&amp;Opacity:</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/chart.py" line="30"/>
        <source>Résultats du vote</source>
        <translation>Vote results</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="133"/>
        <source>Acteurs de la matrice</source>
        <translation>Stakeholders in the matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="136"/>
        <source>Cochez les acteurs à afficher en colonnes ; l&apos;ordre de la liste est celui des colonnes.</source>
        <translation>Tick the stakeholders to show as columns; the order of the list is the order of the columns.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="140"/>
        <source>Acteurs</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="155"/>
        <source>Monter</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="155"/>
        <source>Descendre</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="169"/>
        <source>Les mêmes acteurs pour la matrice des rôles</source>
        <extracomment>Apply the same acteurs to the other matrix (roles ↔ decisions): chosen once.</extracomment>
        <translation>The same stakeholders for the role matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="171"/>
        <source>Les mêmes acteurs pour la matrice de décision</source>
        <translation>The same stakeholders for the decision matrix</translation>
    </message>
</context>
<context>
    <name>CommonsGridTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="215"/>
        <source>Grille des communs</source>
        <translation>Commons grid</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="220"/>
        <source>Principes d&apos;Ostrom</source>
        <translation>Ostrom&apos;s principles</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="241"/>
        <source>Évolution des principes</source>
        <translation>Principles over time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="253"/>
        <source>Statut : touches 0 absent · 1 en discussion · 2 en place, ou Entrée ; note : double-clic ou F2.</source>
        <translation>Status: keys 0 absent · 1 under discussion · 2 in place, or Enter; note: double-click or F2.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="256"/>
        <source>Exporter en CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="292"/>
        <source>Rattachez l&apos;atelier à une ressource pour suivre l&apos;évolution des principes d&apos;un atelier à l&apos;autre.</source>
        <translation>Link the workshop to a resource to follow how the principles change from one workshop to the next.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="299"/>
        <source>Un seul atelier sur cette ressource : l&apos;évolution apparaîtra avec le suivant.</source>
        <translation>Only one workshop on this resource: the trend will appear with the next one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="303"/>
        <source>&lt;b&gt;Évolution&lt;/b&gt; sur les %n ateliers de la ressource, du plus ancien au plus récent</source>
        <translation>
            <numerusform>&lt;b&gt;Trend&lt;/b&gt; over the resource&apos;s %n workshops, from oldest to newest</numerusform>
            <numerusform>&lt;b&gt;Trend&lt;/b&gt; over the resource&apos;s %n workshops, from oldest to newest</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="309"/>
        <source>Exporter en CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="310"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="318"/>
        <source>Export CSV</source>
        <translation>CSV export</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="324"/>
        <source>{principle} : {status}</source>
        <translation>{principle}: {status}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="329"/>
        <source>Note : {principle}</source>
        <translation>Note: {principle}</translation>
    </message>
</context>
<context>
    <name>CommonsModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="98"/>
        <source>0 absent · 1 en discussion · 2 en place (ou Entrée)</source>
        <extracomment>(principle number, new note) typed in the note column</extracomment>
        <translation>0 absent · 1 under discussion · 2 in place (or Enter)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="99"/>
        <source>Double-cliquez ou F2 pour écrire une note</source>
        <translation>Double-click or press F2 to write a note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="119"/>
        <source>Principe d&apos;Ostrom</source>
        <translation>Ostrom principle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="119"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="119"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="258"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="259"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="278"/>
        <source>Changements entre aujourd&apos;hui et la cible</source>
        <translation>Changes between today and the target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="284"/>
        <source>&lt;b&gt;Changements&lt;/b&gt; d&apos;aujourd&apos;hui à la cible</source>
        <translation>&lt;b&gt;Changes&lt;/b&gt; from today to the target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="324"/>
        <source>Aucune différence entre aujourd&apos;hui et la cible.</source>
        <translation>No difference between today and the target.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="325"/>
        <source>%n changement(s) entre aujourd&apos;hui et la cible — cellules encadrées en noir.</source>
        <translation>
            <numerusform>%n change between today and the target — cell outlined in black.</numerusform>
            <numerusform>%n changes between today and the target — cells outlined in black.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="40"/>
        <source>Type d&apos;outil comparé</source>
        <translation>Kind of tool compared</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="41"/>
        <source>&amp;Type d&apos;outil :</source>
        <translation>Kind of &amp;tool:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="45"/>
        <source>Expérimentations comparées</source>
        <translation>Experiments compared</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="47"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="47"/>
        <source>Expérimentation</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="47"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="48"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="48"/>
        <source>Indicateurs (dernière mesure / cible)</source>
        <translation>Indicators (last measure / target)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="49"/>
        <source>Enseignements</source>
        <translation>Lessons</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="84"/>
        <source>{kind} (%n)</source>
        <translation>
            <numerusform>{kind} (%n)</numerusform>
            <numerusform>{kind} (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="100"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/comparison.py" line="110"/>
        <source>Aucune expérimentation ne teste ce type d&apos;outil.</source>
        <translation>No experiment tests this kind of tool.</translation>
    </message>
</context>
<context>
    <name>ConflictReviewDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="59"/>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="60"/>
        <source>Conflits de la fusion</source>
        <translation>Merge conflicts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="64"/>
        <source>%n conflit(s) : les deux carnets ont changé les mêmes données depuis leur dernière rencontre. Choisissez ce que le carnet garde.</source>
        <translation>
            <numerusform>%n conflict: both notebooks changed the same data since they last met. Choose what the notebook keeps.</numerusform>
            <numerusform>%n conflicts: both notebooks changed the same data since they last met. Choose what the notebook keeps.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="67"/>
        <source>Fichier fusionné : {source}</source>
        <translation>File merged: {source}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="75"/>
        <source>Liste des conflits</source>
        <translation>List of conflicts</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="99"/>
        <source>Garder le &amp;mien</source>
        <translation>Keep &amp;Mine</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="101"/>
        <source>Touche M</source>
        <translation>Key M</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="102"/>
        <source>Prendre celui de l&apos;au&amp;tre</source>
        <translation>Take &amp;Theirs</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="104"/>
        <source>Touche T</source>
        <translation>Key T</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="106"/>
        <source>Enregistrement entier : le mie&amp;n</source>
        <translation>Whole Record: Mi&amp;ne</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="108"/>
        <source>Maj+M</source>
        <translation>Shift+M</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="110"/>
        <source>Enregistrement entier : l&apos;autr&amp;e</source>
        <translation>Whole Record: Th&amp;eirs</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="112"/>
        <source>Maj+T</source>
        <translation>Shift+T</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="113"/>
        <source>Tout &amp;garder chez moi</source>
        <translation>&amp;Keep All Mine</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="115"/>
        <source>Tout &amp;prendre de l&apos;autre</source>
        <translation>Take A&amp;ll Theirs</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="117"/>
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="119"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="120"/>
        <source>Échap : rien n&apos;est écrit</source>
        <translation>Esc: nothing is written</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="172"/>
        <source>Chez vous</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="172"/>
        <source>Chez l&apos;autre</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="172"/>
        <source>État commun</source>
        <translation>Common state</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="245"/>
        <source>Le mien : {mine} — l&apos;autre : {theirs}</source>
        <translation>Mine: {mine} — theirs: {theirs}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="258"/>
        <source>modifié d&apos;un côté, supprimé de l&apos;autre</source>
        <translation>edited on one side, deleted on the other</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/review.py" line="260"/>
        <source>{record} — {field} — retenu : {choice}</source>
        <translation>{record} — {field} — kept: {choice}</translation>
    </message>
</context>
<context>
    <name>CountTable</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="123"/>
        <source>Gommettes par option</source>
        <translation>Dots per option</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="124"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="124"/>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="96"/>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="127"/>
        <source>Prochains ateliers</source>
        <translation>Next workshops</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="101"/>
        <source>Actions par collectivité</source>
        <translation>Actions by local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="103"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="103"/>
        <source>Ouvertes</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="103"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="112"/>
        <source>Expérimentations par statut</source>
        <translation>Experiments by status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="116"/>
        <source>Moyennes des évaluations par atelier</source>
        <translation>Evaluation means by workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="128"/>
        <source>Actions ouvertes et en retard</source>
        <translation>Open and overdue actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="129"/>
        <source>Expérimentations</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="130"/>
        <source>Évaluations au fil du parcours</source>
        <translation>Evaluations along the programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="145"/>
        <source>Aucun atelier à venir</source>
        <translation>No upcoming workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="148"/>
        <source>Sans collectivité</source>
        <translation>No local authority</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="163"/>
        <source>{date} · {title} : {mean} / 5 (%n réponse(s))</source>
        <translation>
            <numerusform>{date} · {title}: {mean} / 5 (%n answer)</numerusform>
            <numerusform>{date} · {title}: {mean} / 5 (%n answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionMatrixTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="339"/>
        <source>Matrice de décision</source>
        <translation>Decision matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="346"/>
        <source>Versions de la matrice</source>
        <translation>Matrix versions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="348"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="348"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="348"/>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="359"/>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="439"/>
        <source>Copier aujourd&apos;hui vers cible</source>
        <translation>Copy Today to Target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="362"/>
        <source>Part de la situation d&apos;aujourd&apos;hui pour dessiner la cible (annulable).</source>
        <translation>Starts the target from today&apos;s situation (can be undone).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="366"/>
        <source>En faire une e&amp;xpérimentation</source>
        <translation>Make It an E&amp;xperiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="372"/>
        <source>Créer une expérimentation reprenant le libellé de la décision choisie, avec le lien vers la décision et son atelier (Ctrl+Maj+X)</source>
        <translation>Create an experiment from the chosen decision&apos;s label, linked back to the decision and its workshop (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="376"/>
        <source>En faire une expérimentation</source>
        <translation>Make It an Experiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="390"/>
        <source>— touches 0 à 5 ; Suppr pour vider</source>
        <translation>— keys 0 to 5; Delete to clear</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="450"/>
        <source>Choisissez d&apos;abord une décision (une ligne de la matrice).</source>
        <translation>Choose a decision first (a row of the matrix).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="456"/>
        <source>Expérimentation créée : retrouvez-la dans la page Expérimentations.</source>
        <translation>Experiment created: find it on the Experiments page.</translation>
    </message>
</context>
<context>
    <name>EvaluationGrid</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="63"/>
        <source>Saisie des formulaires d&apos;évaluation</source>
        <translation>Evaluation form entry</translation>
    </message>
</context>
<context>
    <name>EvaluationTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="170"/>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="176"/>
        <source>Un formulaire par ligne. Chiffres 1 à 5 pour les questions à échelle, texte pour les questions ouvertes, Entrée pour le formulaire suivant, Suppr pour effacer.</source>
        <translation>One form per row. Digits 1 to 5 for scale questions, text for open questions, Enter for the next form, Delete to clear.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="180"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="383"/>
        <source>Supprimer le formulaire</source>
        <translation>Delete Form</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="182"/>
        <source>Supprimer le formulaire choisi</source>
        <translation>Delete the selected form</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="195"/>
        <source>Résultats de l&apos;évaluation</source>
        <translation>Evaluation results</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="200"/>
        <source>Questions du formulaire</source>
        <translation>Form questions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="203"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="204"/>
        <source>Texte de la question</source>
        <translation>Question text</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="207"/>
        <source>Type de question</source>
        <translation>Question type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="208"/>
        <source>Échelle 1 à 5</source>
        <translation>Scale from 1 to 5</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="209"/>
        <source>Question ouverte</source>
        <translation>Open question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="212"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="213"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="214"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="215"/>
        <source>Monter</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="216"/>
        <source>Descendre</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="217"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="437"/>
        <source>Ajouter les questions types</source>
        <translation>Add the Standard Questions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="240"/>
        <source>Saisie</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="241"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="242"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="278"/>
        <source>n° {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="321"/>
        <source>Moyenne : {mean} / 5 (%n réponse(s))</source>
        <translation>
            <numerusform>Average: {mean} / 5 (%n answer)</numerusform>
            <numerusform>Average: {mean} / 5 (%n answers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="368"/>
        <source>Réponse « {question} »</source>
        <translation>Answer “{question}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="279"/>
        <source>nouveau</source>
        <translation>new</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="305"/>
        <source>%n formulaire(s) saisi(s)</source>
        <translation>
            <numerusform>%n form entered</numerusform>
            <numerusform>%n forms entered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="323"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="329"/>
        <source>Aucune réponse</source>
        <translation>No answers</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="347"/>
        <source>échelle 1–5</source>
        <translation>scale 1–5</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="348"/>
        <source>ouverte</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="403"/>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="443"/>
        <source>Ajouter une question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="416"/>
        <source>Modifier la question</source>
        <translation>Edit the question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="422"/>
        <source>Supprimer la question</source>
        <translation>Delete the question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/evaluation/widget.py" line="432"/>
        <source>Déplacer la question</source>
        <translation>Move the question</translation>
    </message>
</context>
<context>
    <name>ExperimentDetail</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="100"/>
        <source>Changer le &amp;statut…</source>
        <translation>Change &amp;Status…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="105"/>
        <source>Fiche de l&apos;expérimentation</source>
        <translation>Experiment sheet</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="107"/>
        <source>&amp;Fiche</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="108"/>
        <source>&amp;Indicateurs</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="109"/>
        <source>&amp;Jalons</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="111"/>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="148"/>
        <source>Pa&amp;rtenaires…</source>
        <translation>Pa&amp;rtners…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="158"/>
        <source>Ateliers de re&amp;vue…</source>
        <translation>Re&amp;view Workshops…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="161"/>
        <source>Lier l&apos;expérimentation aux ateliers où elle a été revue (annulable)</source>
        <translation>Link the experiment to the workshops where it was reviewed (can be undone)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="171"/>
        <source>Origine :</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="172"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="173"/>
        <source>&amp;Portée par :</source>
        <translation>&amp;Led by:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="174"/>
        <source>Partenaires :</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="175"/>
        <source>Ateliers :</source>
        <translation>Workshops:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="176"/>
        <source>&amp;Type d&apos;outil :</source>
        <translation>Kind of &amp;tool:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="177"/>
        <source>Outil (&amp;précisions) :</source>
        <translation>Tool (&amp;details):</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="178"/>
        <source>&amp;Ressource :</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="179"/>
        <source>&amp;Hypothèse :</source>
        <translation>&amp;Hypothesis:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="180"/>
        <source>&amp;Enseignements :</source>
        <translation>L&amp;essons:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="200"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="200"/>
        <source>Dernière mesure</source>
        <translation>Last measure</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="200"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="201"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="211"/>
        <source>&amp;Ajouter un indicateur…</source>
        <translation>&amp;Add Indicator…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="212"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="213"/>
        <source>S&amp;upprimer l&apos;indicateur</source>
        <translation>&amp;Delete Indicator</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="214"/>
        <source>Nouvelle &amp;mesure…</source>
        <translation>New &amp;Measure…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="215"/>
        <source>Mo&amp;difier la mesure…</source>
        <translation>Edi&amp;t Measure…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="216"/>
        <source>Supprimer la mesu&amp;re</source>
        <translation>Delete Measu&amp;re</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="225"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="228"/>
        <source>Mesures de l&apos;indicateur</source>
        <translation>The indicator&apos;s measures</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="236"/>
        <source>Entrée : modifier la mesure choisie ; Suppr : la supprimer</source>
        <translation>Enter: edit the chosen measure; Delete: delete it</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="264"/>
        <source>Jalon</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="264"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="266"/>
        <source>&amp;Ajouter un jalon…</source>
        <translation>&amp;Add Milestone…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="267"/>
        <source>Marquer &amp;atteint / à faire</source>
        <translation>Mark &amp;Reached / To Do</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="268"/>
        <source>Supprimer le jal&amp;on</source>
        <translation>Delete Milest&amp;one</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="273"/>
        <source>Jalons</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="291"/>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="293"/>
        <source>Changements de statut</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="295"/>
        <source>Journal</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="327"/>
        <source>Choisissez une expérimentation</source>
        <translation>Choose an experiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="331"/>
        <source>{status} — portée par {lead}</source>
        <translation>{status} — led by {lead}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="346"/>
        <source>atelier « {title} »</source>
        <translation>workshop “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="349"/>
        <source>Atelier « {title} » (supprimé)</source>
        <translation>Workshop “{title}” (deleted)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="360"/>
        <source>{title} (origine)</source>
        <translation>{title} (origin)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="361"/>
        <source>{title} (revue)</source>
        <translation>{title} (review)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="422"/>
        <source>Cible : {target}</source>
        <translation>Target: {target}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="533"/>
        <source>Supprimer « {name} » et ses %n mesure(s) ? (Modifier › Annuler les remet)</source>
        <translation>
            <numerusform>Delete “{name}” and its %n measure? (Edit › Undo brings it back)</numerusform>
            <numerusform>Delete “{name}” and its %n measures? (Edit › Undo brings them back)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="347"/>
        <source> (origine supprimée, texte conservé)</source>
        <translation> (origin deleted, text kept)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="351"/>
        <source>Aucune (créée dans cette page)</source>
        <translation>None (created on this page)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="363"/>
        <source> — supprimé</source>
        <translation> — deleted</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="439"/>
        <source>Modifier l&apos;expérimentation</source>
        <translation>Edit the experiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="492"/>
        <source>Jalon atteint ou à faire</source>
        <translation>Milestone reached or to do</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="532"/>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="536"/>
        <source>Supprimer l&apos;indicateur</source>
        <translation>Delete the indicator</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="543"/>
        <source>Supprimer la mesure</source>
        <translation>Delete the measure</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/detail.py" line="551"/>
        <source>Supprimer le jalon</source>
        <translation>Delete the milestone</translation>
    </message>
</context>
<context>
    <name>ExperimentListModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="69"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="69"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="69"/>
        <source>Type d&apos;outil</source>
        <translation>Kind of tool</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="70"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="131"/>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="133"/>
        <source>Expérimentations</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="137"/>
        <source>Suivi ou comparaison</source>
        <translation>Follow-up or comparison</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="145"/>
        <source>Liste des expérimentations</source>
        <translation>List of experiments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="155"/>
        <source>&amp;Nouvelle</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="157"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="159"/>
        <source>&amp;Lettre de suivi…</source>
        <translation>Follow-up &amp;Letter…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="180"/>
        <source>&amp;Suivi</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="182"/>
        <source>&amp;Comparaison</source>
        <translation>&amp;Comparison</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="257"/>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="258"/>
        <source>Nouvelle expérimentation</source>
        <translation>New experiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/page.py" line="269"/>
        <source>Supprimer l&apos;expérimentation</source>
        <translation>Delete the experiment</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/guide.py" line="37"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/guide.py" line="38"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/guide.py" line="41"/>
        <source>Guide d&apos;utilisation</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/guide.py" line="48"/>
        <source># Lieux Communs

Choisissez un atelier dans l&apos;arbre de navigation à gauche : sa fiche et ses outils (déroulé, émargement, carte…) s&apos;ouvrent au centre. Chaque modification est enregistrée aussitôt ; Ctrl+Z l&apos;annule.</source>
        <translation># Lieux Communs

Choose a workshop in the navigation tree on the left: its details and its tools (agenda, attendance, map…) open in the centre. Every change is saved at once; Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/chart.py" line="24"/>
        <source>Graphique de l&apos;indicateur</source>
        <translation>Indicator chart</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/chart.py" line="40"/>
        <source>Choisissez un indicateur.</source>
        <translation>Choose an indicator.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/chart.py" line="42"/>
        <source>« {name} » : pas encore de mesure.</source>
        <translation>“{name}”: no measure yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/experiments/chart.py" line="44"/>
        <source>« {name} » : %n mesure(s), dernière {last} le {date}, cible {target}.</source>
        <translation>
            <numerusform>“{name}”: %n measure, last {last} on {date}, target {target}.</numerusform>
            <numerusform>“{name}”: %n measures, last {last} on {date}, target {target}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/chart.py" line="94"/>
        <source>cible {target}</source>
        <translation>target {target}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="124"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="134"/>
        <source>Changer l&apos;&amp;unité même si des mesures existent (elles ne sont pas converties)</source>
        <translation>Change the &amp;unit even though measures exist (they are not converted)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="138"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="139"/>
        <source>U&amp;nité :</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="140"/>
        <source>Valeur de &amp;départ :</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="141"/>
        <source>&amp;Cible :</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="149"/>
        <source>Ajouter un indicateur</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="152"/>
        <source>Modifier l&apos;indicateur</source>
        <translation>Edit the indicator</translation>
    </message>
</context>
<context>
    <name>InlineActeurEditor</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="132"/>
        <source>Nouvel acteur</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="138"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="139"/>
        <source>Nom de l&apos;acteur</source>
        <translation>Stakeholder name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="142"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="145"/>
        <source>Créer l&apos;acteur</source>
        <translation>Create the stakeholder</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="146"/>
        <source>Créer l&apos;acteur (Entrée)</source>
        <translation>Create the stakeholder (Enter)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="148"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="149"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="405"/>
        <source>Points d&apos;attention</source>
        <translation>Points to watch</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="424"/>
        <source>La matrice est vide : choisissez ses acteurs (« Acteurs… ») et ajoutez des lignes.</source>
        <translation>The matrix is empty: choose its stakeholders (“Stakeholders…”) and add rows.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="430"/>
        <source>À remplir : choisissez une cellule et tapez une valeur (voir la légende au-dessus) ; les règles de chaque ligne seront vérifiées dès la première cellule remplie.</source>
        <translation>To fill in: choose a cell and type a value (see the legend above); each row&apos;s rules are checked as soon as the first cell is filled.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="436"/>
        <source>✓ Aucun point d&apos;attention : chaque ligne respecte les règles.</source>
        <translation>✓ Nothing to watch: every row follows the rules.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/letter_dialog.py" line="30"/>
        <source>Lettre de suivi des expérimentations</source>
        <translation>Experiments follow-up letter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/letter_dialog.py" line="33"/>
        <source>PDF à imprimer ou envoyer</source>
        <translation>PDF to print or send</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/letter_dialog.py" line="34"/>
        <source>Page HTML à publier</source>
        <translation>HTML page to publish</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/letter_dialog.py" line="35"/>
        <source>Seulement ce qui a changé &amp;depuis le :</source>
        <translation>Only what changed &amp;since:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/letter_dialog.py" line="48"/>
        <source>&amp;Format :</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/letter_dialog.py" line="68"/>
        <source>lettre-de-suivi</source>
        <translation>follow-up-letter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/letter_dialog.py" line="69"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/letter_dialog.py" line="69"/>
        <source>Page HTML (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
</context>
<context>
    <name>LiveTimer</name>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/live/timer.py" line="174"/>
        <source>Prolonger de %n min</source>
        <extracomment>Colours of the countdown: orange with 20 % left, red at 5 % and in overrun. The reading at each tick (a ``live.Reading``). The state changed through an action (séquence, running, plan). The countdown reached zero (once per séquence).</extracomment>
        <translation>
            <numerusform>Extend by %n min</numerusform>
            <numerusform>Extend by %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/timer.py" line="180"/>
        <source>Décaler la fin</source>
        <translation>Push Back the End</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/timer.py" line="181"/>
        <source>Resserrer les séquences restantes</source>
        <translation>Shorten the Remaining Steps</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="82"/>
        <source>Mode animation</source>
        <extracomment>``Sequence.tool`` -&gt; the registry key of the tool the main window opens. (atelier_id, registry tool key): the main window should show that tool.</extracomment>
        <translation>Live mode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="147"/>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="150"/>
        <source>%n séquence(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="158"/>
        <source>D&apos;abord : {title}</source>
        <translation>First: {title}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="162"/>
        <source>Séquence {number} / {steps}</source>
        <translation>Step {number} / {steps}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="169"/>
        <source>Matériel : {materials}</source>
        <translation>Materials: {materials}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="176"/>
        <source>Ouvrir : {tool}</source>
        <translation>Open: {tool}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="179"/>
        <source>Ensuite : {title} ({minutes} min)</source>
        <translation>Next: {title} ({minutes} min)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="186"/>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="228"/>
        <source>sur {duration} — fin prévue {end}</source>
        <translation>of {duration} — planned end {end}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="232"/>
        <source>Dépassement de {duration} : décalez la fin ou resserrez les séquences suivantes.</source>
        <translation>Over by {duration}: push back the end or shorten the next steps.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="353"/>
        <source>Projeter</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="396"/>
        <source>Quitter le mode animation</source>
        <translation>Leave live mode</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="397"/>
        <source>Quitter le mode animation ?

Les notes sont enregistrées ; le minuteur reprendra où il en est si vous relancez le mode animation.</source>
        <translation>Leave live mode?

The notes are saved; the timer will carry on where it is if you start live mode again.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="402"/>
        <source>&amp;Quitter l&apos;animation</source>
        <translation>&amp;Leave live mode</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="405"/>
        <source>&amp;Continuer</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="146"/>
        <source>Atelier terminé</source>
        <extracomment>When the projected plan was last read, and what it showed (re-read every few seconds).</extracomment>
        <translation>Workshop finished</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="149"/>
        <source>Prêt à commencer</source>
        <translation>Ready to start</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="152"/>
        <source>Appuyez sur F5 pour démarrer la première séquence.</source>
        <translation>Press F5 to start the first step.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="183"/>
        <source>C&apos;est la dernière séquence.</source>
        <translation>This is the last step.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="185"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="186"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="207"/>
        <source>Fin de l&apos;atelier</source>
        <translation>End of the workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="226"/>
        <source> — en pause</source>
        <translation> — paused</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="330"/>
        <source>L&apos;émargement n&apos;est pas disponible dans cette version.</source>
        <translation>Attendance is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window.py" line="367"/>
        <source>Fermer la projection</source>
        <translation>Close Projection</translation>
    </message>
</context>
<context>
    <name>LiveWindowViews</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="70"/>
        <source>Mode animation — {title}</source>
        <translation>Live mode — {title}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="98"/>
        <source>Avancement du déroulé</source>
        <translation>Agenda progress</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="122"/>
        <source>Ouvrir l&apos;outil</source>
        <translation>Open Tool</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="146"/>
        <source>Notes et émargement</source>
        <translation>Notes and attendance</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="150"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="153"/>
        <source>Émargement</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="158"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="185"/>
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="191"/>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="192"/>
        <source>Démarrer / pause / reprendre (F5)</source>
        <translation>Start / pause / resume (F5)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="194"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="195"/>
        <source>Prolonger d&apos;une minute (F6)</source>
        <translation>Extend by one minute (F6)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="197"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="198"/>
        <source>Prolonger de cinq minutes (F7)</source>
        <translation>Extend by five minutes (F7)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="200"/>
        <source>◀ Précédente</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="201"/>
        <source>Séquence précédente (Page précédente)</source>
        <translation>Previous step (Page Up)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="203"/>
        <source>Suivante ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="204"/>
        <source>Séquence suivante (Page suivante)</source>
        <translation>Next step (Page Down)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="217"/>
        <source>Replanifier</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="224"/>
        <source>Durée minimale par séquence</source>
        <translation>Minimum length per step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="226"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="228"/>
        <source>Décaler la fin</source>
        <translation>Push Back the End</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="229"/>
        <source>Garder les durées, finir plus tard</source>
        <translation>Keep the durations, finish later</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="233"/>
        <source>Resserrer les séquences restantes</source>
        <translation>Shorten the Remaining Steps</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="234"/>
        <source>Raccourcir les séquences suivantes pour finir à l&apos;heure</source>
        <translation>Shorten the next steps to finish on time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="239"/>
        <source>Minimum par séquence :</source>
        <translation>Minimum per step:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="249"/>
        <source>Déroulé replanifié</source>
        <translation>Agenda rescheduled</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="251"/>
        <source>Séquence</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="251"/>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="251"/>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="252"/>
        <source>Réel</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="262"/>
        <source>Écran du projecteur</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="269"/>
        <source>Projeter</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="270"/>
        <source>Afficher la vue des participants (F9)</source>
        <translation>Show the participants&apos; view (F9)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="272"/>
        <source>Quitter l&apos;animation</source>
        <translation>Leave live mode</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="273"/>
        <source>Quitter le mode animation (Échap)</source>
        <translation>Leave live mode (Esc)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="275"/>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="277"/>
        <source>Son en fin de séquence</source>
        <translation>Sound at the end of a step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="281"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="282"/>
        <source>Annuler la dernière modification</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="284"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/window_views.py" line="285"/>
        <source>Rétablir la modification annulée</source>
        <translation>Redo the undone change</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="18"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="20"/>
        <source>Carnet déjà ouvert</source>
        <translation>Notebook already open</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="23"/>
        <source> (programme {app}, processus {pid} sur {host})</source>
        <translation> (program {app}, process {pid} on {host})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="25"/>
        <source>Le carnet « {name} » est déjà ouvert dans une autre fenêtre ou une autre instance de Lieux Communs{who}.</source>
        <translation>The notebook “{name}” is already open in another window or another instance of Lieux Communs{who}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="29"/>
        <source>Deux fenêtres qui modifient le même carnet se marcheraient dessus. Vous pouvez l&apos;ouvrir en lecture seule, ou en ouvrir une copie à modifier.</source>
        <translation>Two windows editing the same notebook would get in each other&apos;s way. You can open it read-only, or open a copy to edit.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="31"/>
        <source>Ouvrir en &amp;lecture seule</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="34"/>
        <source>Ouvrir en lecture seule</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="35"/>
        <source>Ouvrir une &amp;copie…</source>
        <translation>Open a &amp;Copy…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="38"/>
        <source>Ouvrir une copie</source>
        <translation>Open a copy</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/lock.py" line="41"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="30"/>
        <source>Carnets Lieux Communs (*.lieux);;Tous les fichiers (*)</source>
        <translation>Lieux Communs notebooks (*.lieux);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="27"/>
        <source>Échange JSON (*.json);;Tous les fichiers (*)</source>
        <translation>JSON interchange (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="92"/>
        <source>État de l&apos;enregistrement</source>
        <extracomment>Emitted after a notebook was opened (path, read-only). Emitted when a notebook drawn from its quick outline finally failed to open. Kept while its notebook is open (issue 14): a later visit refreshes it from the edits made meanwhile instead of building it again.</extracomment>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="97"/>
        <source>Historique des modifications</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="98"/>
        <source>&lt;ouverture du carnet&gt;</source>
        <translation>&lt;notebook opened&gt;</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/main_window.py" line="99"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>MapTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="25"/>
        <source>Déplacer la carte</source>
        <translation>Move the card</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="26"/>
        <source>Déplacer %n carte(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="36"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="291"/>
        <source>Placer sur la carte</source>
        <translation>Place on the Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="43"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="348"/>
        <source>Retirer de la carte</source>
        <translation>Remove from the Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="49"/>
        <source>Changer de disposition</source>
        <translation>Change the layout</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="55"/>
        <source>Répartir les cartes superposées</source>
        <translation>Spread Overlapping Cards</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="63"/>
        <source>Ajouter une relation</source>
        <translation>Add a relationship</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="72"/>
        <source>Modifier la relation</source>
        <translation>Edit the relationship</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="79"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/context_menu.py" line="48"/>
        <source>Supprimer la relation</source>
        <translation>Delete the Relationship</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="87"/>
        <source>Nouvel acteur</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="97"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="188"/>
        <source>Dupliquer la carte</source>
        <translation>Duplicate the map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/commands.py" line="98"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="166"/>
        <source>Nouvelle carte</source>
        <translation>New Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="69"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="173"/>
        <source>Carte des acteurs</source>
        <extracomment>The layout the view was last framed for: a new one (or its undo) is framed whole.</extracomment>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="86"/>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="166"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="196"/>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="173"/>
        <source>Carte {number}</source>
        <translation>Map {number}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="189"/>
        <source>{title} (copie)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="209"/>
        <source>Supprimer la carte « {title} » ? Les acteurs restent dans le carnet ; la suppression peut être annulée.</source>
        <translation>Delete the map “{title}”? The stakeholders stay in the notebook; the deletion can be undone.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="440"/>
        <source>Écran {number} : {name} ({width}×{height})</source>
        <translation>Screen {number}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="188"/>
        <source>Titre de la copie :</source>
        <translation>Title of the copy:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="196"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="200"/>
        <source>Renommer la carte</source>
        <translation>Rename the map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="208"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="215"/>
        <source>Supprimer la carte</source>
        <translation>Delete Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="369"/>
        <source>Aligner</source>
        <translation>Align</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="376"/>
        <source>Répartir</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="411"/>
        <source>Changer le type de relation</source>
        <translation>Change the Relationship Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/context_menu.py" line="31"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/context_menu.py" line="37"/>
        <source>Dans les deux sens</source>
        <translation>Both Ways</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/context_menu.py" line="42"/>
        <source>Inverser le sens</source>
        <translation>Reverse Direction</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/context_menu.py" line="45"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/context_menu.py" line="57"/>
        <source>Nouvel acteur ici…</source>
        <translation>New Stakeholder Here…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool.py" line="447"/>
        <source>Fermer la projection</source>
        <translation>Close Projection</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/export.py" line="163"/>
        <source>Exporter la carte en PNG</source>
        <translation>Export the map as PNG</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/export.py" line="164"/>
        <source>Image PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/export.py" line="168"/>
        <source>Exporter en PNG</source>
        <translation>Export as PNG</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/export.py" line="169"/>
        <source>Largeur de l&apos;image (pixels) :</source>
        <translation>Image width (pixels):</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/export.py" line="180"/>
        <source>Exporter la carte en SVG</source>
        <translation>Export the map as SVG</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/export.py" line="181"/>
        <source>Image vectorielle SVG (*.svg)</source>
        <translation>SVG vector image (*.svg)</translation>
    </message>
</context>
<context>
    <name>MapToolViews</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="70"/>
        <source>Carte affichée</source>
        <translation>Map shown</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="74"/>
        <source>Disposition de la carte</source>
        <translation>Map layout</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="79"/>
        <source>Type des nouvelles relations</source>
        <translation>Type of new relationships</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="83"/>
        <source>Nouvelle carte</source>
        <translation>New Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="84"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="85"/>
        <source>Nouvelle carte copiée de celle-ci</source>
        <translation>New map copied from this one</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="86"/>
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="87"/>
        <source>Supprimer la carte</source>
        <translation>Delete Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="89"/>
        <source>Relier</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="91"/>
        <source>Tracer une relation d&apos;une carte à une autre</source>
        <translation>Draw a relationship from one card to another</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="92"/>
        <source>Relier à…</source>
        <translation>Link to…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="94"/>
        <source>Choisir la carte cible dans une liste</source>
        <translation>Choose the target card from a list</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="96"/>
        <source>Répartir les cartes superposées</source>
        <translation>Spread Overlapping Cards</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="98"/>
        <source>Retirer de la carte</source>
        <translation>Remove from the Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="100"/>
        <source>Retirer la sélection de la carte (l&apos;acteur reste dans le carnet)</source>
        <translation>Remove the selection from the map (the stakeholder stays in the notebook)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="102"/>
        <source>Tout sélectionner</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="104"/>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="107"/>
        <source>Ajuster</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="108"/>
        <source>Voir toute la carte</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="110"/>
        <source>Exporter en PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="112"/>
        <source>Exporter en SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="116"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="134"/>
        <source>Aligner</source>
        <translation>Align</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="118"/>
        <source>Aligner à gauche</source>
        <translation>Align Left</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="119"/>
        <source>Centrer horizontalement</source>
        <translation>Centre Horizontally</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="120"/>
        <source>Aligner à droite</source>
        <translation>Align Right</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="121"/>
        <source>Aligner en haut</source>
        <translation>Align Top</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="122"/>
        <source>Centrer verticalement</source>
        <translation>Centre Vertically</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="123"/>
        <source>Aligner en bas</source>
        <translation>Align Bottom</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="128"/>
        <source>Répartir horizontalement</source>
        <translation>Distribute Horizontally</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="129"/>
        <source>Répartir verticalement</source>
        <translation>Distribute Vertically</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="135"/>
        <source>Aligner et répartir la sélection</source>
        <translation>Align and distribute the selection</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="141"/>
        <source>Projeter</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="142"/>
        <source>Afficher la carte au projecteur</source>
        <translation>Show the map on the projector</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="144"/>
        <source>Afficher la carte en plein écran sur un autre écran</source>
        <translation>Show the map full screen on another screen</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="154"/>
        <source>Cartes de l&apos;atelier</source>
        <translation>Workshop maps</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="162"/>
        <source>Fond de carte…</source>
        <translation>Map Backdrop…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="165"/>
        <source>Outils de la carte</source>
        <translation>Map tools</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="166"/>
        <source>Disposition :</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="186"/>
        <source>Filtrer les acteurs…</source>
        <translation>Filter stakeholders…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="187"/>
        <source>Filtrer les acteurs</source>
        <translation>Filter stakeholders</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="192"/>
        <source>Placer sur la carte</source>
        <translation>Place on the Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="193"/>
        <source>Placer les acteurs choisis sur la carte</source>
        <translation>Place the chosen stakeholders on the map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="195"/>
        <source>Glissez un acteur sur la carte, ou double-cliquez le fond pour en créer un.</source>
        <translation>Drag a stakeholder onto the map, or double-click the background to create one.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="210"/>
        <source>Cet atelier n&apos;a pas encore de carte des acteurs.</source>
        <translation>This workshop has no stakeholder map yet.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="212"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/tool_views.py" line="213"/>
        <source>Créer une carte</source>
        <translation>Create a Map</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/view.py" line="90"/>
        <source>Carte des acteurs</source>
        <extracomment>Drag-and-drop payload of acteur ids (one per line) from the side list. Arrow keys move the selected cards by this much (Shift: five times). The legend sits beside the map when that keeps the map at least this big (against the map alone); otherwise it folds into a chip above the map. The legend is folded into a small &quot;Légende&quot; chip (not enough room beside the map). The user opened the folded legend (a click on the chip): drawn over the map. Where a left press fell on the background (a rubber band may follow). Refit on resize until the user zooms or pans: the first fit runs before the view has its real size (tool built in a hidden tab), which left the map cut off.</extracomment>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/view.py" line="186"/>
        <source>Légende ▸</source>
        <translation>Legend ▸</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/view.py" line="186"/>
        <source>Légende ▾</source>
        <translation>Legend ▾</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/model.py" line="272"/>
        <source>vide</source>
        <extracomment>The cells of the last change set, by matrix: read once for all the open matrix models. Rules were re-checked; the list of issues may have changed. Cells, rows or columns changed (summaries refresh from it).</extracomment>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="202"/>
        <source>Matrice</source>
        <translation>Matrix</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="366"/>
        <source>Valeur de la cellule</source>
        <extracomment>(row id, acteur id) of cells to outline as changed (comparison view). (list of (row, column) positions, stored value or None)</extracomment>
        <translation>Cell value</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="388"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/view.py" line="391"/>
        <source>Coller</source>
        <translation>Paste</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="162"/>
        <source>Nouvelle mesure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="163"/>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="182"/>
        <source>Modifier la mesure</source>
        <translation>Edit Measure</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="168"/>
        <source>par exemple 12,5</source>
        <translation>for example 12.5</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="171"/>
        <source>Indicateur :</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="172"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="173"/>
        <source>&amp;Valeur ({unit}) :</source>
        <translation>&amp;Value ({unit}):</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="175"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="184"/>
        <source>Ajouter une mesure</source>
        <translation>Add a measure</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="208"/>
        <source>Participations aux expéditions</source>
        <translation>Memberships of the themes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="220"/>
        <source>Expédition</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="225"/>
        <source>Présences par atelier</source>
        <translation>Attendance by workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="237"/>
        <source>Entrée ou double-clic sur une case : choisir le rôle. ⚠ : absente des deux derniers ateliers tenus de l&apos;expédition.</source>
        <translation>Enter or double-click on a cell: choose the role. ⚠: absent from the theme&apos;s last two workshops held.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="240"/>
        <source>&amp;Présences pour l&apos;expédition :</source>
        <translation>&amp;Attendance for the theme:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="271"/>
        <source>{name} ne vient plus à « {expedition} »</source>
        <translation>{name} no longer comes to “{expedition}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="326"/>
        <source>Retirer {name} de l&apos;expédition</source>
        <translation>Withdraw {name} from the theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="330"/>
        <source>Ajouter {name} à l&apos;expédition</source>
        <translation>Add {name} to the theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="334"/>
        <source>Changer le rôle de {name}</source>
        <translation>Change the role of {name}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="295"/>
        <source>Ne participe pas</source>
        <translation>Not taking part</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="340"/>
        <source>Retirer de l&apos;expédition</source>
        <translation>Withdraw from the theme</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="191"/>
        <source>Nouveau jalon</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="196"/>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="197"/>
        <source>&amp;Échéance :</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="201"/>
        <source>Ajouter un jalon</source>
        <translation>Add a milestone</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/navigation.py" line="39"/>
        <source>Navigation du carnet</source>
        <translation>Notebook navigation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/navigation.py" line="103"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/navigation.py" line="119"/>
        <source>Sans thématique</source>
        <translation>No theme</translation>
    </message>
</context>
<context>
    <name>NewVoteDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="63"/>
        <source>Nouveau vote</source>
        <translation>New vote</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="69"/>
        <source>Idées de la séquence</source>
        <translation>The step&apos;s ideas</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="70"/>
        <source>Décisions de l&apos;atelier</source>
        <translation>The workshop&apos;s decisions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="71"/>
        <source>Les 8 principes d&apos;Ostrom</source>
        <translation>Ostrom&apos;s 8 principles</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="72"/>
        <source>Saisie libre</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="77"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="82"/>
        <source>&amp;Question :</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="83"/>
        <source>&amp;Options depuis :</source>
        <translation>&amp;Options from:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="84"/>
        <source>O&amp;ptions (une par ligne) :</source>
        <translation>O&amp;ptions (one per line):</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="85"/>
        <source>&amp;Tours (séparés par des virgules) :</source>
        <translation>&amp;Rounds (comma-separated):</translation>
    </message>
</context>
<context>
    <name>NoteCapture</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="70"/>
        <source>Saisie de note</source>
        <extracomment>A note was committed: its id.</extracomment>
        <translation>Note entry</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="72"/>
        <source>Note… puis Entrée   (! décision  ? question  &gt; action  * idée  /!\ vigilance)</source>
        <translation>Note… then Enter   (! decision  ? question  &gt; action  * idea  /!\ caution)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="93"/>
        <source>{kind} (Ctrl+{key})</source>
        <translation>{kind} (Ctrl+{key})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="108"/>
        <source>Responsable de l&apos;action</source>
        <translation>Action owner</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="109"/>
        <source>Responsable (participant·e, acteur ou texte)</source>
        <translation>Owner (participant, stakeholder or text)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="112"/>
        <source>Échéance de l&apos;action</source>
        <translation>Action due date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="113"/>
        <source>Échéance JJ/MM/AAAA</source>
        <translation>Due date DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="132"/>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="217"/>
        <source>échéance</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/capture.py" line="231"/>
        <source>Note « {text} »</source>
        <translation>Note “{text}”</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="257"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="333"/>
        <source>Modifier la note</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="261"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="304"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="264"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="305"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="270"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="306"/>
        <source>Séquence</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="271"/>
        <source>Hors séquence</source>
        <translation>Outside the agenda</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="277"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="307"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="283"/>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="288"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="285"/>
        <source>Avec échéance</source>
        <translation>With a due date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="298"/>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="300"/>
        <source>Action faite</source>
        <translation>Action done</translation>
    </message>
</context>
<context>
    <name>NotesFeed</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="61"/>
        <source>Notes de l&apos;atelier</source>
        <extracomment>The user asked to edit/delete; the feed does it itself, this tells tests/views.</extracomment>
        <translation>Workshop notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="63"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="63"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="63"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="64"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="64"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="147"/>
        <source>Hors séquence</source>
        <translation>Outside the agenda</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/feed.py" line="213"/>
        <source>Supprimer la note</source>
        <translation>Delete the note</translation>
    </message>
</context>
<context>
    <name>NotesTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="47"/>
        <source>Regrouper les notes</source>
        <translation>Group the notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="48"/>
        <source>Par séquence</source>
        <translation>By step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="49"/>
        <source>Par type</source>
        <translation>By type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="52"/>
        <source>Séquence des nouvelles notes</source>
        <translation>Step for new notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="53"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="55"/>
        <source>Modifier la note choisie</source>
        <translation>Edit the selected note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="56"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="58"/>
        <source>Supprimer la note choisie</source>
        <translation>Delete the selected note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="62"/>
        <source>En faire une e&amp;xpérimentation</source>
        <translation>Make It an E&amp;xperiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="72"/>
        <source>Expérimentation créée : retrouvez-la dans la page Expérimentations.</source>
        <translation>Experiment created: find it on the Experiments page.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="76"/>
        <source>&amp;Afficher :</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="85"/>
        <source>&amp;Nouvelle note dans :</source>
        <translation>&amp;New note in:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/widget.py" line="114"/>
        <source>Hors séquence</source>
        <translation>Outside the agenda</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/when_fields.py" line="133"/>
        <source>non fixée</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>ParticipantsList</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/participants.py" line="27"/>
        <source>Collectivités participantes</source>
        <translation>Participating local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/participants.py" line="28"/>
        <source>Espace ou clic : ajouter ou retirer une collectivité</source>
        <translation>Space or click: add or withdraw a local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/participants.py" line="57"/>
        <source>{name} (accueil)</source>
        <translation>{name} (host)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/participants.py" line="77"/>
        <source>Ajouter {name} à l&apos;atelier</source>
        <translation>Add {name} to the workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/participants.py" line="81"/>
        <source>Retirer {name} de l&apos;atelier</source>
        <translation>Withdraw {name} from the workshop</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="236"/>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="239"/>
        <source>Collectivités partenaires</source>
        <translation>Partner local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="262"/>
        <source>Changer les partenaires</source>
        <translation>Change the partners</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="263"/>
        <source>Ajouter un partenaire</source>
        <translation>Add a partner</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="264"/>
        <source>Retirer un partenaire</source>
        <translation>Remove a partner</translation>
    </message>
</context>
<context>
    <name>PhasesPanel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="48"/>
        <source>Phases du programme</source>
        <translation>Programme phases</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="64"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="65"/>
        <source>&amp;Intitulé</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="66"/>
        <source>&amp;Début</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="67"/>
        <source>Fi&amp;n</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="68"/>
        <source>&amp;Enregistrer la phase</source>
        <translation>Sav&amp;e Phase</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="71"/>
        <source>&amp;Ajouter une phase</source>
        <translation>&amp;Add Phase</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="74"/>
        <source>&amp;Supprimer la phase</source>
        <translation>&amp;Delete Phase</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="129"/>
        <source>Ajouter une phase</source>
        <translation>Add a phase</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="141"/>
        <source>Modifier la phase</source>
        <translation>Edit the phase</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/phases.py" line="151"/>
        <source>Supprimer la phase</source>
        <translation>Delete the phase</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="107"/>
        <source>Ajouter des &amp;photos…</source>
        <extracomment>An import is writing photos: changes are redrawn once at its end.</extracomment>
        <translation>Add &amp;Photos…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="110"/>
        <source>Importer un &amp;dossier…</source>
        <translation>Import a &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="113"/>
        <source>Plein é&amp;cran</source>
        <translation>F&amp;ull Screen</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="116"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="125"/>
        <source>Les photos sont réduites et enregistrées dans le carnet sans leur position GPS ni aucune autre métadonnée. Glissez-y des photos ou un dossier.</source>
        <translation>Photos are reduced and saved in the notebook without their GPS position or any other metadata. Drop photos or a folder here.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="136"/>
        <source>Séquence de la photo</source>
        <translation>The photo&apos;s step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="140"/>
        <source>Légende</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="144"/>
        <source>Texte alternatif</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="145"/>
        <source>Obligatoire avant publication</source>
        <translation>Required before publishing</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="147"/>
        <source>Su&amp;ggérer</source>
        <translation>Su&amp;ggest</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="156"/>
        <source>Sé&amp;quence :</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="157"/>
        <source>&amp;Légende :</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="158"/>
        <source>Texte &amp;alternatif :</source>
        <translation>&amp;Alt text:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="184"/>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="207"/>
        <source>Atelier (hors séquence)</source>
        <translation>Workshop (outside any step)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="236"/>
        <source>{file} — {width} × {height} px</source>
        <translation>{file} — {width} × {height} px</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="301"/>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="349"/>
        <source>Photo {number} sur {photos} : {file}</source>
        <translation>Photo {number} of {photos}: {file}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="390"/>
        <source>« {file} » a été prise au passage d&apos;une séquence à l&apos;autre. À quelle séquence appartient-elle ?</source>
        <translation>“{file}” was taken as one step gave way to the next. Which step does it belong to?</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="255"/>
        <source>Légende de la photo</source>
        <translation>Photo&apos;s caption</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="263"/>
        <source>Texte alternatif de la photo</source>
        <translation>Photo&apos;s alt text</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="278"/>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="398"/>
        <source>Déplacer la photo</source>
        <translation>Move the photo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="285"/>
        <source>Supprimer la photo</source>
        <translation>Delete the photo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="300"/>
        <source>Ajouter des photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="306"/>
        <source>Importer un dossier de photos</source>
        <translation>Import a folder of photos</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="331"/>
        <source>Import des photos…</source>
        <translation>Importing photos…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="331"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="359"/>
        <source>Importer %n photo(s)</source>
        <translation>
            <numerusform>Import %n photo</numerusform>
            <numerusform>Import %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="361"/>
        <source>%n photo(s) importée(s).</source>
        <translation>
            <numerusform>%n photo imported.</numerusform>
            <numerusform>%n photos imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="363"/>
        <source>Import annulé : les photos suivantes n&apos;ont pas été lues.</source>
        <translation>Import cancelled: the remaining photos were not read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="365"/>
        <source>%n fichier(s) refusé(s) :</source>
        <translation>
            <numerusform>%n file refused:</numerusform>
            <numerusform>%n files refused:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="389"/>
        <source>Quelle séquence ?</source>
        <translation>Which step?</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/gallery.py" line="68"/>
        <source>Photos de l&apos;atelier</source>
        <translation>The workshop&apos;s photos</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/viewer.py" line="24"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/viewer.py" line="25"/>
        <source>Photo en plein écran</source>
        <translation>Photo in full screen</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/viewer.py" line="57"/>
        <source>{caption} ({number} / {photos})</source>
        <translation>{caption} ({number} / {photos})</translation>
    </message>
</context>
<context>
    <name>PowerChart</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="58"/>
        <source>Pouvoir de décision par acteur</source>
        <translation>Decision power per stakeholder</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="82"/>
        <source>Aucun acteur</source>
        <translation>No stakeholders</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="26"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="27"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="30"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="35"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage.</source>
        <translation>The new language applies the next time the application starts.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="39"/>
        <source>Qualité JPEG des photos</source>
        <translation>JPEG quality of photos</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="44"/>
        <source>Plus grand côté des photos, en pixels</source>
        <translation>Longest side of photos, in pixels</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="47"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="50"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="51"/>
        <source>&amp;Qualité des photos :</source>
        <translation>Photo &amp;quality:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/preferences.py" line="52"/>
        <source>&amp;Taille des photos :</source>
        <translation>Photo si&amp;ze:</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="67"/>
        <source>Couverture</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="68"/>
        <source>Programme (participant·es)</source>
        <translation>Programme (participants)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="69"/>
        <source>Déroulé d&apos;animation</source>
        <translation>Facilitator&apos;s agenda</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="70"/>
        <source>Carte des acteurs</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="71"/>
        <source>Canevas vierges (A3)</source>
        <translation>Blank canvases (A3)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="72"/>
        <source>Matrice des rôles</source>
        <translation>Role matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="73"/>
        <source>Matrices de décision</source>
        <translation>Decision matrices</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="74"/>
        <source>Grille des communs</source>
        <translation>Commons grid</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="75"/>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="76"/>
        <source>Compte-rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="77"/>
        <source>Questionnaire d&apos;évaluation</source>
        <translation>Evaluation questionnaire</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="78"/>
        <source>Affiche du programme (A3 paysage)</source>
        <translation>Programme poster (A3 landscape)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="79"/>
        <source>Synthèse du programme (A4)</source>
        <translation>Programme summary (A4)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="80"/>
        <source>Rapport d&apos;évaluation du programme</source>
        <translation>Programme evaluation report</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="81"/>
        <source>Lettre de suivi des expérimentations</source>
        <translation>Experiments follow-up letter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="133"/>
        <source>Imprimer le programme</source>
        <extracomment>What the dialog offers with an atelier: its kit, then the follow-up letter. Documents offered but not ticked when the dialog opens.</extracomment>
        <translation>Print the Programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="138"/>
        <source>Imprimer le kit — {title}</source>
        <translation>Print the Kit — {title}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="402"/>
        <source>PDF enregistré dans {path}.</source>
        <translation>PDF saved in {path}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="412"/>
        <source>Rapport enregistré dans {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="149"/>
        <source>Documents à imprimer :</source>
        <translation>Documents to print:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="161"/>
        <source>Format des canevas</source>
        <translation>Canvas size</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="162"/>
        <source>A3 paysage</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="163"/>
        <source>A4 paysage</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="165"/>
        <source>Canevas :</source>
        <translation>Canvases:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="168"/>
        <source>Lignes vierges d&apos;émargement</source>
        <translation>Blank attendance rows</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="172"/>
        <source>Lignes vierges :</source>
        <translation>Blank rows:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="183"/>
        <source>Préparation des documents</source>
        <translation>Preparing the documents</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="202"/>
        <source>Rapport d&apos;évaluation en &amp;HTML…</source>
        <translation>Evaluation report as &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="204"/>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="410"/>
        <source>Rapport d&apos;évaluation en HTML</source>
        <translation>Evaluation report as HTML</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="237"/>
        <source>Lettre : seulement ce qui a changé &amp;depuis le</source>
        <translation>Letter: only what changed &amp;since</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="241"/>
        <source>Lettre de suivi : seulement ce qui a changé depuis une date</source>
        <translation>Follow-up letter: only what changed since a date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="244"/>
        <source>Date des changements retenus</source>
        <translation>Date from which changes are kept</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="249"/>
        <source>Enregistrer la lettre en &amp;HTML…</source>
        <translation>Save the Letter as &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="251"/>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="284"/>
        <source>Enregistrer la lettre en HTML</source>
        <translation>Save the letter as HTML</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="343"/>
        <source>Préparation des documents…</source>
        <translation>Preparing the documents…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="292"/>
        <source>Pages HTML (*.html)</source>
        <translation>HTML pages (*.html)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="192"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="194"/>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="393"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="196"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="198"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="207"/>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="209"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="218"/>
        <source>Aperçu du kit</source>
        <translation>Kit preview</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="286"/>
        <source>Lettre enregistrée dans {path}.</source>
        <translation>Letter saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="327"/>
        <source>Cochez au moins un document.</source>
        <translation>Tick at least one document.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="356"/>
        <source>%n page(s) prête(s).</source>
        <translation>
            <numerusform>%n page ready.</numerusform>
            <numerusform>%n pages ready.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="394"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/printing/dialog.py" line="400"/>
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="44"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="47"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="51"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="51"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="52"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="65"/>
        <source>Licence Creative Commons des publications : {choices}</source>
        <translation>Creative Commons licence of the publications: {choices}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="69"/>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="75"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="82"/>
        <source>Thématiques (expéditions)</source>
        <translation>Themes (expeditions)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="85"/>
        <source>Thématiques</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="87"/>
        <source>Ajouter une thématique</source>
        <translation>Add a Theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="91"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="93"/>
        <source>Supprimer la thématique</source>
        <translation>Delete Theme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="131"/>
        <source>&lt;b&gt;%n&lt;/b&gt; atelier(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; workshop</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="132"/>
        <source>&lt;b&gt;%n&lt;/b&gt; collectivité(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; local authority</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; local authorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="133"/>
        <source>&lt;b&gt;%n&lt;/b&gt; acteur(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; stakeholder</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="134"/>
        <source>&lt;b&gt;%n&lt;/b&gt; participant·e(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participant</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="135"/>
        <source>&lt;b&gt;%n&lt;/b&gt; expérimentation(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; experiment</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="142"/>
        <source>%n atelier(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="156"/>
        <source>Modifier le programme</source>
        <translation>Edit the programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="161"/>
        <source>Nouvelle thématique</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="161"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="165"/>
        <source>Ajouter la thématique « {name} »</source>
        <translation>Add the theme “{name}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="172"/>
        <source>Renommer la thématique</source>
        <translation>Rename the theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/programme.py" line="182"/>
        <source>Supprimer la thématique « {name} »</source>
        <translation>Delete the theme “{name}”</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/page.py" line="51"/>
        <source>Programme</source>
        <extracomment>Tables whose change may alter what the programme page shows.</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/page.py" line="68"/>
        <source>&amp;Frise</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/page.py" line="71"/>
        <source>&amp;Participations</source>
        <translation>&amp;Memberships</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/page.py" line="72"/>
        <source>&amp;Tableau de bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/page.py" line="73"/>
        <source>P&amp;hases</source>
        <translation>P&amp;hases</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/page.py" line="74"/>
        <source>Fic&amp;he</source>
        <translation>&amp;Sheet</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/projector.py" line="32"/>
        <source>Vue projetée</source>
        <extracomment>Brighter than the facilitator&apos;s colours: they must read on a dark wall. The projection ended (Esc on the wall, or closed by live mode). A vote&apos;s results, made the first time one is projected.</extracomment>
        <translation>Projected view</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/live/projector.py" line="33"/>
        <source>Lieux Communs — vue projetée</source>
        <translation>Lieux Communs — projected view</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/projector.py" line="40"/>
        <source>Carte des acteurs au projecteur</source>
        <translation>Stakeholder map on the projector</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/projector.py" line="41"/>
        <source>Carte des acteurs — projection</source>
        <translation>Stakeholder map — projection</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="46"/>
        <source>Publier le programme</source>
        <translation>Publish the programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="50"/>
        <source>Le programme est publié en site web statique, lisible hors ligne et depuis n&apos;importe quel hébergement, sous la licence choisie dans la fiche du programme. Seules les personnes qui ont accepté d&apos;être nommées le sont ; les autres apparaissent par leur structure ou leur fonction. Courriels, téléphones et présences ne sont jamais publiés.</source>
        <translation>The programme is published as a static web site, readable offline and from any web host, under the licence chosen in the programme sheet. Only the people who agreed to be named are named; the others appear by their organisation or their role. Email addresses, phone numbers and attendance are never published.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="58"/>
        <source>&amp;Dossier du site :</source>
        <translation>Site &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="61"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="124"/>
        <source>Dossier du site</source>
        <translation>Site folder</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="63"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="69"/>
        <source>&amp;Revue des noms avant publication :</source>
        <translation>&amp;Review of names before publishing:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="72"/>
        <source>Revue des noms</source>
        <translation>Review of names</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="74"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="74"/>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="75"/>
        <source>Publié comme</source>
        <translation>Published as</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="75"/>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="84"/>
        <source>&amp;Publier</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="103"/>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="114"/>
        <source>%n mention(s) de personnes dans le site</source>
        <translation>
            <numerusform>%n mention of a person in the site</numerusform>
            <numerusform>%n mentions of people in the site</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="115"/>
        <source>%n trouvée(s) dans des textes libres : vérifiez-les.</source>
        <translation>
            <numerusform>%n found in free texts: check it.</numerusform>
            <numerusform>%n found in free texts: check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/publish.py" line="119"/>
        <source>%n photo(s) non publiée(s) faute de texte alternatif.</source>
        <translation>
            <numerusform>%n photo not published for want of an alt text.</numerusform>
            <numerusform>%n photos not published for want of an alt text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="76"/>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="80"/>
        <source>Type de relation</source>
        <translation>Relationship type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="84"/>
        <source>Libellé de la relation</source>
        <translation>Relationship label</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="85"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="86"/>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="87"/>
        <source>Dans les deux sens</source>
        <translation>Both ways</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="89"/>
        <source>Inverser le sens ({target} → {source})</source>
        <translation>Reverse the direction ({target} → {source})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="91"/>
        <source>Inverser le sens</source>
        <translation>Reverse direction</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="92"/>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="93"/>
        <source>Vers</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="94"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/dialogs.py" line="95"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>RelationMode</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_mode.py" line="70"/>
        <source>Relier : cliquez la carte d&apos;origine puis la carte cible (ou glissez de l&apos;une à l&apos;autre). Au clavier : sélectionnez l&apos;origine, puis Entrée. Échap : quitter.</source>
        <translation>Link: click the origin card, then the target card (or drag from one to the other). By keyboard: select the origin, then Enter. Esc: leave.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_mode.py" line="75"/>
        <source>Origine : « {name} ». Cliquez la carte cible, ou Entrée pour la choisir dans une liste. Échap : annuler.</source>
        <translation>Origin: “{name}”. Click the target card, or press Enter to choose it from a list. Esc: cancel.</translation>
    </message>
</context>
<context>
    <name>RelationTargetDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="61"/>
        <source>Relier à…</source>
        <translation>Link to…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="64"/>
        <source>Carte d&apos;origine</source>
        <translation>Origin card</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="70"/>
        <source>Filtrer les cartes…</source>
        <translation>Filter the cards…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="71"/>
        <source>Filtrer les cartes cibles</source>
        <translation>Filter the target cards</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="76"/>
        <source>Carte cible</source>
        <translation>Target card</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="80"/>
        <source>Type de relation</source>
        <translation>Relationship type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="84"/>
        <source>Libellé de la relation</source>
        <translation>Relationship label</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="85"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="93"/>
        <source>&amp;Origine :</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="94"/>
        <source>&amp;Cible :</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="98"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/canvas/relation_chooser.py" line="99"/>
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
</context>
<context>
    <name>ReviewAteliersDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="280"/>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="286"/>
        <source>Ateliers de revue</source>
        <translation>Review workshops</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="281"/>
        <source>Cochez les ateliers où l&apos;expérimentation a été revue : leur kit et leur compte-rendu la citeront.</source>
        <translation>Tick the workshops where the experiment was reviewed: their kit and minutes will mention it.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="292"/>
        <source>{name} (atelier d&apos;origine)</source>
        <translation>{name} (workshop of origin)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="318"/>
        <source>Changer les ateliers de revue</source>
        <translation>Change the review workshops</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="319"/>
        <source>Lier un atelier de revue</source>
        <translation>Link a review workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="320"/>
        <source>Délier un atelier de revue</source>
        <translation>Unlink a review workshop</translation>
    </message>
</context>
<context>
    <name>RoleMatrixTool</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/roles.py" line="26"/>
        <source>Matrice des rôles</source>
        <translation>Role matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/roles.py" line="29"/>
        <source>Vider la cellule</source>
        <translation>Clear Cell</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/roles.py" line="38"/>
        <source>— touches R, A, C, I ; Suppr pour vider ; Entrée pour choisir</source>
        <translation>— keys R, A, C, I; Delete to clear; Enter to choose</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/roles.py" line="46"/>
        <source>&lt;b&gt;Points d&apos;attention&lt;/b&gt; — une ligne doit avoir exactement un A et au moins un R</source>
        <translation>&lt;b&gt;Points to watch&lt;/b&gt; — each row needs exactly one A and at least one R</translation>
    </message>
</context>
<context>
    <name>RowsBar</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="255"/>
        <source>Ajouter une responsabilité</source>
        <translation>Add a Responsibility</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="256"/>
        <source>Ajouter une décision</source>
        <translation>Add a Decision</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="260"/>
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="261"/>
        <source>Monter</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="262"/>
        <source>Descendre</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="263"/>
        <source>Supprimer la ligne</source>
        <translation>Delete Row</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="264"/>
        <source>Acteurs…</source>
        <translation>Stakeholders…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="265"/>
        <source>Exporter en CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="287"/>
        <source>Nouvelle ligne</source>
        <translation>New row</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="287"/>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="310"/>
        <source>Libellé :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="296"/>
        <source>Ajouter « {label} »</source>
        <translation>Add “{label}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="309"/>
        <source>Renommer la ligne</source>
        <translation>Rename the row</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="315"/>
        <source>Renommer « {label} »</source>
        <translation>Rename “{label}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="332"/>
        <source>Déplacer « {label} »</source>
        <translation>Move “{label}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="343"/>
        <source>Supprimer « {label} »</source>
        <translation>Delete “{label}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="355"/>
        <source>Choisir les acteurs</source>
        <translation>Choose the stakeholders</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="96"/>
        <source>Rechercher dans les notes</source>
        <extracomment>(atelier_id, note_id) of the result activated.</extracomment>
        <translation>Search the notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="97"/>
        <source>Rechercher dans toutes les notes (accents et majuscules indifférents)…</source>
        <translation>Search all the notes (accents and capitals ignored)…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="104"/>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="108"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="108"/>
        <source>Séquence</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="108"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="109"/>
        <source>Extrait</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="158"/>
        <source>Aucune note ne contient « {text} ».</source>
        <translation>No note contains “{text}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/notes/search.py" line="160"/>
        <source>%n note(s) trouvée(s)</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="110"/>
        <source>Début</source>
        <extracomment>Column -&gt; Sequence field for editable columns.</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="110"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="110"/>
        <source>Séquence</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="110"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="111"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="111"/>
        <source>Consigne</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="111"/>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="112"/>
        <source>Outil</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="172"/>
        <source>Modifier « {field} » de la séquence « {title} »</source>
        <translation>Edit “{field}” of the step “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/model.py" line="220"/>
        <source>Déplacer la séquence « {title} »</source>
        <translation>Move the step “{title}”</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="58"/>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="59"/>
        <source>Partager sur un serveur d&apos;équipe</source>
        <extracomment>A connection test or a share ended: whether it went well (the window goes on meanwhile: the network part runs on a worker, :class:`StepRunner`). A line for the status bar after sharing (the keyring could not keep the password).</extracomment>
        <translation>Share on a team server</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="62"/>
        <source>Le carnet reste sur cet ordinateur et marche hors ligne ; le serveur PostgreSQL de l&apos;équipe en garde une copie commune, que « Synchroniser » met à jour dans les deux sens.</source>
        <translation>The notebook stays on this computer and works offline; the team&apos;s PostgreSQL server keeps a shared copy, which “Synchronise” updates both ways.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="70"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="73"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="77"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="78"/>
        <source>&amp;Retenir le mot de passe dans le trousseau du système</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="81"/>
        <source>Jamais dans le carnet ni dans les préférences.</source>
        <translation>Never in the notebook nor in the preferences.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="84"/>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="85"/>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="86"/>
        <source>&amp;Mot de passe :</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="98"/>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test the Connection</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="102"/>
        <source>&amp;Partager</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="106"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="159"/>
        <source>Connexion à {server}…</source>
        <translation>Connecting to {server}…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="172"/>
        <source>Connexion réussie : le serveur {server} partage le programme « {title} ».</source>
        <translation>Connected: the server {server} shares the programme “{title}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="175"/>
        <source>Connexion réussie : le serveur {server} peut recevoir ce carnet.</source>
        <translation>Connected: the server {server} can receive this notebook.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="191"/>
        <source>Ce carnet est ouvert en lecture seule.</source>
        <translation>This notebook is open read-only.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="197"/>
        <source>Partage en cours…</source>
        <translation>Sharing…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="222"/>
        <source>Partage annulé : rien n&apos;a été écrit.</source>
        <translation>Sharing cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/share.py" line="215"/>
        <source>Partagé, mais le trousseau du système n&apos;a pas pu garder le mot de passe : il sera demandé à chaque session.</source>
        <translation>Shared, but the system keyring could not keep the password: it will be asked in every session.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="61"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="99"/>
        <source>Lieux Communs</source>
        <translation>Lieux Communs</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="101"/>
        <source>Préparer, animer et documenter les ateliers de partenariats public-communs.</source>
        <translation>Prepare, run and document public–commons partnership workshops.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="114"/>
        <source>Revenir au carnet ouvert</source>
        <translation>Back to the Open Notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="115"/>
        <source>Nouveau carnet…</source>
        <translation>New Notebook…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="116"/>
        <source>Ouvrir un carnet…</source>
        <translation>Open a Notebook…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="117"/>
        <source>Ouvrir la démo</source>
        <translation>Open the Demo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="131"/>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="155"/>
        <source>Carnets récents</source>
        <translation>Recent notebooks</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="135"/>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="278"/>
        <source>Retirer de la liste</source>
        <translation>Remove from the List</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="137"/>
        <source>Retirer le carnet de la liste des récents</source>
        <translation>Remove the notebook from the recent list</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="142"/>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="160"/>
        <source>Nouvel atelier depuis un modèle</source>
        <translation>New workshop from a template</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="153"/>
        <source>Commencer</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="234"/>
        <source>introuvable</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/start_page.py" line="255"/>
        <source>Aucun modèle disponible.</source>
        <translation>No templates available.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="96"/>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="115"/>
        <source>Changer le statut</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="107"/>
        <source>Statut actuel :</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="108"/>
        <source>&amp;Nouveau statut :</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="109"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/dialogs.py" line="110"/>
        <source>&amp;Raison :</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/menu.py" line="36"/>
        <source>&amp;Fusionner un carnet…</source>
        <translation>&amp;Merge a Notebook…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/menu.py" line="38"/>
        <source>Par&amp;tager sur un serveur d&apos;équipe…</source>
        <translation>Share on a &amp;Team Server…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/menu.py" line="40"/>
        <source>&amp;Synchroniser</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/menu.py" line="97"/>
        <source>Carnet partagé sur le serveur d&apos;équipe.</source>
        <translation>Notebook shared on the team server.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="63"/>
        <source>État de la synchronisation</source>
        <extracomment>Minutes between automatic syncs while the server answers. (token, reachable) from the probe thread, delivered on the GUI thread. A sync finished: its report (None when it failed or was deferred). The document a running sync writes into, and its server as messages name it.</extracomment>
        <translation>Synchronisation state</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="95"/>
        <source>Équipe : {server}</source>
        <translation>Team: {server}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="117"/>
        <source>Ce carnet est ouvert en lecture seule.</source>
        <translation>This notebook is open read-only.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="121"/>
        <source>Ce carnet n&apos;est partagé sur aucun serveur : Fichier › Partager sur un serveur d&apos;équipe…</source>
        <translation>This notebook is not shared on any server: File › Share on a team server…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="133"/>
        <source>Synchroniser</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="134"/>
        <source>Mot de passe de {user} sur {server} :</source>
        <translation>Password of {user} on {server}:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="179"/>
        <source>Équipe : serveur injoignable ({time})</source>
        <translation>Team: server unreachable ({time})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="217"/>
        <source>Équipe : connexion à {server}…</source>
        <translation>Team: connecting to {server}…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="218"/>
        <source>Équipe : réception des changements de {server}…</source>
        <translation>Team: receiving changes from {server}…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="219"/>
        <source>Équipe : fusion des changements reçus…</source>
        <translation>Team: merging the changes received…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="220"/>
        <source>Équipe : envoi des changements à {server}…</source>
        <translation>Team: sending changes to {server}…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="250"/>
        <source>Équipe : synchronisation annulée, rien n&apos;a été écrit</source>
        <translation>Team: synchronisation cancelled, nothing was written</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="252"/>
        <source>Équipe : des conflits attendent — Synchroniser (Ctrl+Maj+Y) pour les régler</source>
        <translation>Team: conflicts are waiting — Synchronise (Ctrl+Shift+Y) to settle them</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="265"/>
        <source>Équipe : échec de la synchronisation ({time})</source>
        <translation>Team: synchronisation failed ({time})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="241"/>
        <source>Équipe : synchronisé à {time}</source>
        <translation>Team: synchronised at {time}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="242"/>
        <source>Synchronisation : {received}, {sent}</source>
        <translation>Synchronisation: {received}, {sent}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="244"/>
        <source>%n enregistrement(s) envoyé(s)</source>
        <translation>
            <numerusform>%n record sent</numerusform>
            <numerusform>%n records sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/sync_control.py" line="291"/>
        <source>Synchronisation avec {server}</source>
        <translation>Synchronisation with {server}</translation>
    </message>
</context>
<context>
    <name>TemplateChooserDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="60"/>
        <source>Choisir un modèle d&apos;atelier</source>
        <extracomment>No-break space: &quot;3 h 20&quot; must never wrap into &quot;3&quot; / &quot;h 20&quot; in a narrow list.</extracomment>
        <translation>Choose a workshop template</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="61"/>
        <source>Nouvel atelier depuis un modèle</source>
        <translation>New workshop from a template</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="65"/>
        <source>Modèles thématiques</source>
        <translation>Theme templates</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="76"/>
        <source>Modèles thématiques :</source>
        <translation>Theme templates:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="89"/>
        <source>&lt;b&gt;Objectif.&lt;/b&gt; {objective}&lt;br&gt;&lt;b&gt;Durée :&lt;/b&gt; {duration} en %n séquence(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Objective.&lt;/b&gt; {objective}&lt;br&gt;&lt;b&gt;Duration:&lt;/b&gt; {duration} in %n step</numerusform>
            <numerusform>&lt;b&gt;Objective.&lt;/b&gt; {objective}&lt;br&gt;&lt;b&gt;Duration:&lt;/b&gt; {duration} in %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateStepsDialog</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="105"/>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="106"/>
        <source>Ajouter des séquences depuis un modèle</source>
        <translation>Add steps from a template</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="110"/>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="115"/>
        <source>Séquences du modèle</source>
        <translation>Template steps</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="119"/>
        <source>Cochez les séquences à ajouter :</source>
        <translation>Tick the steps to add:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/templates.py" line="131"/>
        <source>Aucun modèle n&apos;est disponible dans cette version.</source>
        <translation>No template is available in this version.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/when_fields.py" line="68"/>
        <source>non fixée</source>
        <extracomment>The stored &quot;no time&quot; / &quot;no date&quot; of the fields (what the form reads as None). Emitted with the one-line message when the typed text is not a time.</extracomment>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/when_fields.py" line="89"/>
        <source>Heure non reconnue : « {text} » (exemple : 09:30).</source>
        <translation>Time not recognised: “{text}” (example: 09:30).</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="213"/>
        <source>Par expédition</source>
        <translation>By theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="214"/>
        <source>Par collectivité</source>
        <translation>By local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="215"/>
        <source>Lignes de la frise</source>
        <translation>Timeline lanes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="220"/>
        <source>Échelle</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="222"/>
        <source>&amp;Lignes :</source>
        <translation>&amp;Lanes:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="224"/>
        <source>É&amp;chelle :</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="243"/>
        <source>Ateliers sans date</source>
        <translation>Workshops without a date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="254"/>
        <source>Sans date</source>
        <translation>No date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="323"/>
        <source>Sans date (%n)</source>
        <translation>
            <numerusform>No date (%n)</numerusform>
            <numerusform>No date (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="330"/>
        <source>%n atelier(s) daté(s) hors de toutes les phases (bordure orange)</source>
        <translation>
            <numerusform>%n workshop dated outside every phase (orange border)</numerusform>
            <numerusform>%n workshops dated outside every phase (orange border)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="339"/>
        <source>Déplacer l&apos;atelier au {date}</source>
        <translation>Move the workshop to {date}</translation>
    </message>
</context>
<context>
    <name>ToolDelegate</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/agenda/editor.py" line="65"/>
        <source>Outil de la séquence</source>
        <translation>Step tool</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="149"/>
        <source>↗ progresse</source>
        <translation>↗ improving</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="149"/>
        <source>→ stable</source>
        <translation>→ stable</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="150"/>
        <source>↘ recule</source>
        <translation>↘ declining</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="169"/>
        <source>Tendance</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/commons.py" line="172"/>
        <source>sans date</source>
        <translation>undated</translation>
    </message>
</context>
<context>
    <name>VersionPage</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="166"/>
        <source>Vider la cellule</source>
        <translation>Clear Cell</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="178"/>
        <source>Participation par décision</source>
        <translation>Participation per decision</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="191"/>
        <source>&lt;b&gt;Points d&apos;attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;Points to watch&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="192"/>
        <source>&lt;b&gt;Pouvoir de décision&lt;/b&gt; (décide = 2, co-décide = 1)</source>
        <translation>&lt;b&gt;Decision power&lt;/b&gt; (decides = 2, co-decides = 1)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/decisions.py" line="194"/>
        <source>&lt;b&gt;Participation par décision&lt;/b&gt; : nombre d&apos;acteurs à chaque niveau (0 à 5)</source>
        <translation>&lt;b&gt;Participation per decision&lt;/b&gt;: number of stakeholders at each level (0 to 5)</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="156"/>
        <source>Vote</source>
        <extracomment>The results to project: (question, ranked results).</extracomment>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="158"/>
        <source>&amp;Nouveau vote…</source>
        <translation>&amp;New Vote…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="163"/>
        <source>Tour</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="165"/>
        <source>Ajouter un &amp;tour…</source>
        <translation>Add a &amp;Round…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="173"/>
        <source>En tête → &amp;décisions</source>
        <translation>Leaders → &amp;Decisions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="176"/>
        <source>En tête → a&amp;ctions</source>
        <translation>Leaders → A&amp;ctions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="179"/>
        <source>&amp;Projeter les résultats</source>
        <translation>&amp;Project the Results</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="210"/>
        <source>Vote sans question</source>
        <translation>Vote without a question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="223"/>
        <source>Tour unique</source>
        <translation>Single round</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="289"/>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="298"/>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="310"/>
        <source>Nouveau vote</source>
        <translation>New vote</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="317"/>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="320"/>
        <source>Nouveau tour</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="317"/>
        <source>Nom du tour :</source>
        <translation>Name of the round:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="330"/>
        <source>Aucune gommette comptée dans ce tour.</source>
        <translation>No dots counted in this round.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="333"/>
        <source>Options en tête → décisions</source>
        <translation>Leading options → decisions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="334"/>
        <source>Options en tête → actions</source>
        <translation>Leading options → actions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/votes/panel.py" line="337"/>
        <source>%n note(s) ajoutée(s).</source>
        <translation>
            <numerusform>%n note added.</numerusform>
            <numerusform>%n notes added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="41"/>
        <source>Enregistrer une copie sous</source>
        <translation>Save a Copy As</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="42"/>
        <source>{name} (copie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="48"/>
        <source>Choisissez un autre fichier que le carnet ouvert.</source>
        <translation>Choose a file other than the open notebook.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="55"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="64"/>
        <source>Exporter (JSON)</source>
        <translation>Export (JSON)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="78"/>
        <source>Calendrier exporté : {path}</source>
        <translation>Calendar exported: {path}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="87"/>
        <source>Site publié</source>
        <translation>Site published</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="96"/>
        <source>Rapport écrit : {path}</source>
        <translation>Report written: {path}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="104"/>
        <source>Importer (JSON)</source>
        <translation>Import (JSON)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="200"/>
        <source>Ce carnet est ouvert en lecture seule.</source>
        <translation>This notebook is open read-only.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="228"/>
        <source>Enregistrer comme modèle personnel</source>
        <translation>Save as Personal Template</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="229"/>
        <source>Titre du modèle :</source>
        <translation>Template title:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/commands.py" line="238"/>
        <source>Modèle enregistré : {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="45"/>
        <source>&amp;Accueil</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="46"/>
        <source>&amp;Nouveau carnet…</source>
        <translation>&amp;New Notebook…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="47"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="48"/>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation>Save a &amp;Copy As…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="49"/>
        <source>&amp;Importer (JSON)…</source>
        <translation>&amp;Import (JSON)…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="50"/>
        <source>&amp;Exporter (JSON)…</source>
        <translation>&amp;Export (JSON)…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="51"/>
        <source>Exporter le ca&amp;lendrier…</source>
        <translation>Export Ca&amp;lendar…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="52"/>
        <source>P&amp;ublier…</source>
        <translation>P&amp;ublish…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="53"/>
        <source>Rapport d&apos;é&amp;valuation du programme…</source>
        <translation>Programme E&amp;valuation Report…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="55"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="56"/>
        <source>&amp;Préférences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="57"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="58"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="61"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="64"/>
        <source>Co&amp;uper</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="65"/>
        <source>&amp;Copier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="66"/>
        <source>C&amp;oller</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="67"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="68"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="69"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="72"/>
        <source>&amp;Historique des modifications</source>
        <translation>Change &amp;History</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="76"/>
        <source>&amp;Plein écran</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="78"/>
        <source>Aller à la navigation</source>
        <translation>Go to Navigation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="79"/>
        <source>&amp;Nouvel atelier</source>
        <translation>&amp;New Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="80"/>
        <source>Nouvel atelier depuis un &amp;modèle…</source>
        <translation>New Workshop from a &amp;Template…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="82"/>
        <source>&amp;Dupliquer l&apos;atelier</source>
        <translation>&amp;Duplicate Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="83"/>
        <source>Enregistrer comme modèle &amp;personnel…</source>
        <translation>Save as &amp;Personal Template…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="85"/>
        <source>Mode &amp;animation</source>
        <translation>&amp;Live Mode</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="86"/>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="87"/>
        <source>À &amp;propos de Lieux Communs</source>
        <translation>&amp;About Lieux Communs</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="100"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="106"/>
        <source>Ouvrir &amp;récent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="125"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="137"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="145"/>
        <source>A&amp;telier</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="154"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="168"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/menus.py" line="191"/>
        <source> [lecture seule]</source>
        <translation> [read-only]</translation>
    </message>
</context>
<context>
    <name>WindowNotebooks</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="159"/>
        <source>{name} (copie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="101"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;%n atelier(s) — ouverture…&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;%n workshop — opening…&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;%n workshops — opening…&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="163"/>
        <source>{name} (copie {number})</source>
        <translation>{name} (copy {number})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="165"/>
        <source>Ouvrir une copie</source>
        <translation>Open a copy</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="180"/>
        <source>Nouveau carnet</source>
        <translation>New notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="201"/>
        <source>Ouvrir un carnet</source>
        <translation>Open a notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="228"/>
        <source>Enregistré à {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="242"/>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/window/notebooks.py" line="254"/>
        <source>Carnet ouvert : {path}</source>
        <translation>Notebook open: {path}</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/about.py" line="146"/>
        <source>logiciel libre : vous pouvez le redistribuer et le modifier</source>
        <extracomment>&quot;&quot; when it cannot be found SPDX identifier (or expression) already translated</extracomment>
        <translation>free software: you may redistribute and modify it</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/about.py" line="153"/>
        <source>bibliothèques partagées, remplaçables par une version modifiée</source>
        <translation>shared libraries, replaceable with a modified version</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/about.py" line="187"/>
        <source>lecture des photos HEIC des téléphones (libheif, libde265, x265)</source>
        <translation>reads phones&apos; HEIC photos (libheif, libde265, x265)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/about.py" line="212"/>
        <source>polices : licence Bitstream Vera, modifications DejaVu dans le domaine public</source>
        <translation>fonts: Bitstream Vera licence, DejaVu changes in the public domain</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="20"/>
        <source>utilisation : </source>
        <extracomment>argparse&apos;s English message -&gt; the French source we translate from.</extracomment>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="21"/>
        <source>arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="22"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="23"/>
        <source>afficher cette aide et quitter</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="25"/>
        <source>afficher la version et quitter</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="27"/>
        <source>arguments obligatoires manquants : %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="29"/>
        <source>arguments inconnus : %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="30"/>
        <source>argument %(argument_name)s : %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="32"/>
        <source>choix invalide : %(value)r (possibles : %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="34"/>
        <source>valeur invalide (%(type)s) : %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="36"/>
        <source>une valeur est attendue</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="37"/>
        <source>au moins une valeur est attendue</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="39"/>
        <source>au plus une valeur est attendue</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="41"/>
        <source>option ambiguë : %(option)s peut désigner %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="43"/>
        <source>incompatible avec l&apos;argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli_argparse.py" line="45"/>
        <source>l&apos;un des arguments %s est obligatoire</source>
        <translation>one of the arguments %s is required</translation>
    </message>
</context>
<context>
    <name>ateliers</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/ateliers.py" line="24"/>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/ateliers.py" line="36"/>
        <source>Nouvel atelier depuis « {title} »</source>
        <translation>New workshop from “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/ateliers.py" line="44"/>
        <source>{title} (copie)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/ateliers.py" line="45"/>
        <source>Dupliquer « {title} »</source>
        <translation>Duplicate “{title}”</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="268"/>
        <source>Arrivée sans inscription : {who}</source>
        <translation>Walk-in: {who}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="79"/>
        <source>Émargement</source>
        <extracomment>(atelier_id, tool key): unused here, part of the atelier tools&apos; contract. The clock used to stamp arrivals (tests and live mode may replace it).</extracomment>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="123"/>
        <source>sans inscription</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="124"/>
        <source>invité·e</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="142"/>
        <source>Décompte</source>
        <translation>Head count</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="150"/>
        <source>&amp;Arrivée sans inscription :</source>
        <translation>&amp;Walk-in:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="153"/>
        <source>Arrivée sans inscription</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="154"/>
        <source>Prénom Nom, Structure  puis Entrée</source>
        <translation>First Last, Organisation  then Enter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="156"/>
        <source>Tapez « Prénom Nom, Structure » puis Entrée : la personne est ajoutée, marquée présente et son heure d&apos;arrivée notée. La structure est reliée à l&apos;acteur du même nom s&apos;il existe.</source>
        <translation>Type “First Last, Organisation” then Enter: the person is added, marked present and their arrival time noted. The organisation is linked to the stakeholder of the same name if there is one.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="172"/>
        <source>&amp;Inviter des participant·es…</source>
        <translation>&amp;Invite Participants…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="175"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="326"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="327"/>
        <source>Inviter des participant·es</source>
        <translation>Invite participants</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="177"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="179"/>
        <source>Retirer de la liste</source>
        <translation>Remove from the List</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="180"/>
        <source>Retirer la personne de cet atelier (Suppr)</source>
        <translation>Remove the person from this workshop (Delete)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="185"/>
        <source>Chercher dans la liste</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="186"/>
        <source>Chercher un nom (Ctrl+F)…</source>
        <translation>Search for a name (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="201"/>
        <source>Liste d&apos;émargement</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="223"/>
        <source>{present} / {listed}</source>
        <translation>{present} / {listed}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="224"/>
        <source>%n présent·e(s)</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="225"/>
        <source>%n invité·e(s)</source>
        <translation>
            <numerusform>%n invited</numerusform>
            <numerusform>%n invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="227"/>
        <source> (dont %n personne(s) venue(s) sans inscription)</source>
        <translation>
            <numerusform> (including %n walk-in)</numerusform>
            <numerusform> (including %n walk-ins)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="232"/>
        <source>Émargement — {title}</source>
        <translation>Attendance — {title}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="258"/>
        <source>Saisissez au moins un nom : « Prénom Nom, Structure ».</source>
        <translation>Type at least a name: “First Last, Organisation”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="297"/>
        <source>Retirer de la liste d&apos;émargement</source>
        <translation>Remove from the attendance list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="305"/>
        <source>Inviter %n participant·e(s)</source>
        <translation>
            <numerusform>Invite %n participant</numerusform>
            <numerusform>Invite %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="332"/>
        <source>Filtrer</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="333"/>
        <source>Filtrer par nom ou structure…</source>
        <translation>Filter by name or organisation…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="339"/>
        <source>Participant·es du carnet</source>
        <translation>Participants in the notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="350"/>
        <source>Tout le carnet est déjà sur la liste.</source>
        <translation>Everyone in the notebook is already on the list.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="355"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="359"/>
        <source>Inviter</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="361"/>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="363"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/exports.py" line="26"/>
        <source>Exporter le calendrier</source>
        <translation>Export Calendar</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/exports.py" line="28"/>
        <source>Calendriers iCalendar (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/exports.py" line="35"/>
        <location filename="../../lieuxcommuns_desktop/ui/programme/exports.py" line="38"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="50"/>
        <source>tables manquantes : {tables}</source>
        <extracomment>Problems listed per check before &quot;… and N more&quot;.</extracomment>
        <translation>missing tables: {tables}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="116"/>
        <source>ligne {rowid} de « {table} » : référence absente dans « {parent} »</source>
        <translation>row {rowid} of “{table}”: missing reference in “{parent}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="132"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="134"/>
        <source>Fichier : {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="135"/>
        <source>Format : carnet Lieux Communs</source>
        <translation>Format: Lieux Communs notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="138"/>
        <source>Version du schéma : ancien format {version}, sera mis à jour à l&apos;ouverture (format actuel : {current})</source>
        <translation>Schema version: old format {version}, will be upgraded when opened (current format: {current})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="143"/>
        <source>Version du schéma : {version} (à jour)</source>
        <translation>Schema version: {version} (up to date)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="147"/>
        <source>Dernière modification interrompue : elle sera annulée à l&apos;ouverture (vérification faite sur une copie)</source>
        <translation>Last change interrupted: it will be rolled back when opened (checked on a copy)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="151"/>
        <source>Intégrité (integrity_check) : {result}</source>
        <translation>Integrity (integrity_check): {result}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="154"/>
        <source>Clés étrangères (foreign_key_check) : {result}</source>
        <translation>Foreign keys (foreign_key_check): {result}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="159"/>
        <source>Tables : manquantes : {tables}</source>
        <translation>Tables: missing: {tables}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="162"/>
        <source>Résultat : carnet en bon état</source>
        <translation>Result: notebook in good condition</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="164"/>
        <source>Résultat : carnet endommagé</source>
        <translation>Result: notebook damaged</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="180"/>
        <source> (et %n autre(s) problème(s))</source>
        <translation>
            <numerusform> (and %n other problem)</numerusform>
            <numerusform> (and %n other problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="187"/>
        <source>%n problème(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="193"/>
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="41"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="49"/>
        <source>Lieux Communs : préparer, animer et documenter les ateliers de partenariats public-communs.</source>
        <translation>Lieux Communs: prepare, run and document public–commons partnership workshops.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="53"/>
        <source>Commandes :</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="61"/>
        <source>ouvrir la fenêtre sur le carnet, afficher les secondes écoulées jusqu&apos;au premier affichage puis jusqu&apos;au carnet prêt, et quitter</source>
        <translation>open the window on the notebook, print the seconds until it is first shown, then until the notebook is ready, and quit</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="68"/>
        <source>carnet .lieux à ouvrir</source>
        <translation>.lieux notebook to open</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/cli.py" line="113"/>
        <source>erreur interne inattendue ({kind}) : {reason}</source>
        <translation>unexpected internal error ({kind}): {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="26"/>
        <source>vérifier un carnet sans le modifier : format, version, intégrité, clés étrangères</source>
        <translation>check a notebook without changing it: format, version, integrity, foreign keys</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/check.py" line="63"/>
        <source>carnet .lieux à vérifier</source>
        <translation>.lieux notebook to check</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/demo.py" line="10"/>
        <source>écrire un carnet de démonstration (ne remplace aucun fichier)</source>
        <translation>write a demo notebook (never replaces a file)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/demo.py" line="16"/>
        <source>carnet .lieux à créer</source>
        <translation>.lieux notebook to create</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/demo.py" line="26"/>
        <source>Carnet de démonstration écrit : {path}</source>
        <translation>Demo notebook written: {path}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="23"/>
        <source>exporter un carnet ou un atelier (JSON), ou les matrices d&apos;un atelier (CSV)</source>
        <translation>export a notebook or a workshop (JSON), or a workshop&apos;s matrices (CSV)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="42"/>
        <source>carnet .lieux à exporter</source>
        <extracomment>Text exporters per ``--format``; each returns the whole text to write. Folder exporters: they write several files and need an atelier.</extracomment>
        <translation>.lieux notebook to export</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="45"/>
        <source>format de sortie (json par défaut)</source>
        <translation>output format (json by default)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="49"/>
        <source>fichier à écrire (sinon la sortie standard)</source>
        <translation>file to write (otherwise standard output)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="55"/>
        <source>n&apos;exporter que cet atelier (identifiant ou titre exact) et ce dont il dépend</source>
        <translation>export only this workshop (id or exact title) and what it depends on</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="62"/>
        <source>json d&apos;un carnet entier : joindre le suivi des modifications, pour que « merge » en fasse une fusion à trois voies (suppressions comprises)</source>
        <translation>json of a whole notebook: include the change tracking, so that “merge” makes it a three-way merge (deletions included)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="77"/>
        <source>--atelier et -o DOSSIER requis</source>
        <translation>--atelier and -o FOLDER required</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/export.py" line="80"/>
        <source>json d&apos;un carnet entier seulement</source>
        <translation>json of a whole notebook only</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="19"/>
        <source>fusionner un fichier JSON exporté dans un carnet</source>
        <translation>merge an exported JSON file into a notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="24"/>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="29"/>
        <source>carnet .lieux à compléter</source>
        <translation>.lieux notebook to add to</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="27"/>
        <source>fichier d&apos;échange JSON à importer</source>
        <translation>JSON interchange file to import</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="67"/>
        <source>processus {pid} sur {host}</source>
        <translation>process {pid} on {host}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="81"/>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="99"/>
        <source>Ajoutés : {added}{detail}</source>
        <translation>Added: {added}{detail}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="83"/>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="101"/>
        <source>Mis à jour : {updated}{detail}</source>
        <translation>Updated: {updated}{detail}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="85"/>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="105"/>
        <source>Conflits : {conflicts}</source>
        <translation>Conflicts: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="90"/>
        <source>  {table} « {label} » ({id}) : version importée retenue (modifiée le {theirs}, locale le {mine})</source>
        <translation>  {table} “{label}” ({id}): imported version kept (modified on {theirs}, local on {mine})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="95"/>
        <source>  {table} « {label} » ({id}) : version locale conservée (modifiée le {mine}, importée le {theirs})</source>
        <translation>  {table} “{label}” ({id}): local version kept (modified on {mine}, imported on {theirs})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="104"/>
        <source>Programme : celui du carnet (« {mine} ») est conservé ; celui du fichier (« {theirs} ») n&apos;a pas été importé.</source>
        <translation>Programme: the notebook&apos;s (“{mine}”) is kept; the file&apos;s (“{theirs}”) was not imported.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/import_.py" line="109"/>
        <source>Programme : le carnet était vide, il reprend celui du fichier (« {theirs} »).</source>
        <translation>Programme: the notebook was empty, it takes the file&apos;s (“{theirs}”).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="15"/>
        <source>imprimer le kit d&apos;un atelier en PDF</source>
        <translation>print a workshop&apos;s kit as PDF</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/_common.py" line="24"/>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="48"/>
        <location filename="../../lieuxcommuns_desktop/commands/search.py" line="20"/>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="35"/>
        <source>carnet .lieux</source>
        <translation>.lieux notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="30"/>
        <source>imprimer l&apos;affiche A3 et la synthèse A4 du programme, et le rapport d&apos;évaluation sur demande (--only poster,summary,evaluation_report)</source>
        <translation>print the programme&apos;s A3 poster and A4 summary, and the evaluation report on request (--only poster,summary,evaluation_report)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="34"/>
        <source>fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="40"/>
        <source>documents séparés par des virgules : {names}</source>
        <translation>comma-separated documents: {names}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="48"/>
        <source>format des canevas (cartes, modèles vierges)</source>
        <translation>canvas size (maps, blank templates)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="54"/>
        <source>lignes vierges de la feuille d&apos;émargement</source>
        <translation>blank rows on the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/minutes.py" line="11"/>
        <source>exporter le compte-rendu d&apos;un atelier (Markdown ou HTML)</source>
        <translation>export a workshop&apos;s minutes (Markdown or HTML)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/minutes.py" line="26"/>
        <source>format du compte-rendu</source>
        <translation>minutes format</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/minutes.py" line="29"/>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="59"/>
        <location filename="../../lieuxcommuns_desktop/commands/report_evaluation.py" line="33"/>
        <source>fichier à écrire</source>
        <translation>file to write</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/search.py" line="15"/>
        <source>chercher dans toutes les notes d&apos;un carnet</source>
        <translation>search all the notes of a notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/search.py" line="21"/>
        <source>mots cherchés (sans tenir compte des accents ni des majuscules)</source>
        <translation>words to search for (ignoring accents and capitals)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/search.py" line="23"/>
        <source>nombre maximal de résultats</source>
        <translation>maximum number of results</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/map.py" line="24"/>
        <source>exporter une carte des acteurs en PNG ou SVG</source>
        <translation>export a stakeholder map as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/_common.py" line="29"/>
        <location filename="../../lieuxcommuns_desktop/commands/kit.py" line="29"/>
        <source>identifiant ou titre exact de l&apos;atelier</source>
        <translation>id or exact title of the workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/map.py" line="32"/>
        <source>titre de la carte (par défaut la première de l&apos;atelier)</source>
        <translation>title of the map (by default the workshop&apos;s first)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/map.py" line="34"/>
        <source>fichier à écrire, .svg ou .png</source>
        <translation>file to write, .svg or .png</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/map.py" line="37"/>
        <source>largeur de l&apos;image en pixels</source>
        <translation>image width in pixels</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/calendar.py" line="12"/>
        <source>exporter le calendrier des ateliers (iCalendar .ics)</source>
        <translation>export the workshops&apos; calendar (iCalendar .ics)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/calendar.py" line="19"/>
        <source>fichier .ics à écrire (jamais un carnet .lieux)</source>
        <translation>.ics file to write (never a .lieux notebook)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="23"/>
        <source>importer des photos des tableaux dans un atelier</source>
        <translation>import photos of the boards into a workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="26"/>
        <source>séquence « {title} »</source>
        <translation>step “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="27"/>
        <source>atelier (prise hors des séquences)</source>
        <translation>workshop (taken outside the steps)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="28"/>
        <source>à choisir entre {choices} : rattachée pour l&apos;instant à {where}</source>
        <translation>to choose between {choices}: attached for now to {where}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="30"/>
        <source>refusée : {reason}</source>
        <translation>refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="31"/>
        <source>{imported}, {refused} ; position GPS et autres métadonnées retirées des photos.</source>
        <translation>{imported}, {refused}; GPS position and other metadata removed from the photos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="83"/>
        <source>%n importée(s)</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="84"/>
        <source>%n refusée(s)</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/photos.py" line="39"/>
        <source>photos ou dossiers de photos (JPEG, PNG…)</source>
        <translation>photos or folders of photos (JPEG, PNG…)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/publish.py" line="15"/>
        <source>publier le programme en site web statique (hors ligne)</source>
        <translation>publish the programme as a static web site (offline)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/publish.py" line="25"/>
        <source>dossier du site (vide, ou celui d&apos;une publication précédente)</source>
        <translation>site folder (empty, or that of an earlier publication)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/publish.py" line="27"/>
        <source>adresse où le site sera en ligne (pour le plan du site et le flux)</source>
        <translation>address where the site will be online (for the sitemap and the feed)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/publish.py" line="29"/>
        <source>ne pas afficher la revue des noms</source>
        <translation>do not print the review of names</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/publish.py" line="53"/>
        <source>{folder} : {written}, {unchanged}, {removed}</source>
        <translation>{folder}: {written}, {unchanged}, {removed}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/publish.py" line="55"/>
        <source>%n fichier(s) écrit(s)</source>
        <translation>
            <numerusform>%n file written</numerusform>
            <numerusform>%n files written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/publish.py" line="56"/>
        <source>%n inchangé(s)</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/publish.py" line="57"/>
        <source>%n retiré(s)</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/report_evaluation.py" line="24"/>
        <source>rapport d&apos;évaluation du programme (questions partagées, co-décision, communs)</source>
        <translation>the programme&apos;s evaluation report (shared questions, co-decision, commons)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="19"/>
        <source>écrire la lettre de suivi des expérimentations (PDF ou HTML)</source>
        <translation>write the experiments follow-up letter (PDF or HTML)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="23"/>
        <source>date --since invalide « {value} » : attendue au format AAAA-MM-JJ (par exemple 2026-09-01) ; rien n&apos;a été écrit.</source>
        <translation>invalid --since date “{value}”: expected as YYYY-MM-DD (for example 2026-09-01); nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="26"/>
        <source>précisez le rapport voulu : --experiments (la lettre de suivi) ou --evaluation (l&apos;évaluation du programme) ; rien n&apos;a été écrit.</source>
        <translation>say which report: --experiments (the follow-up letter) or --evaluation (the programme&apos;s evaluation); nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="29"/>
        <source>un seul rapport à la fois : --experiments ou --evaluation ; rien n&apos;a été écrit.</source>
        <translation>one report at a time: --experiments or --evaluation; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="49"/>
        <source>la lettre de suivi des expérimentations</source>
        <translation>the experiments follow-up letter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="54"/>
        <source>seulement les expérimentations qui ont changé depuis cette date</source>
        <translation>only the experiments that changed since this date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/report.py" line="57"/>
        <location filename="../../lieuxcommuns_desktop/commands/report_evaluation.py" line="31"/>
        <source>format du rapport</source>
        <translation>report format</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="21"/>
        <source>fusionner un autre carnet (.lieux) ou un export JSON dans un carnet, suppressions et conflits compris</source>
        <translation>merge another notebook (.lieux) or a JSON export into a notebook, deletions and conflicts included</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="32"/>
        <source>carnet .lieux ou export JSON à fusionner (jamais modifié)</source>
        <translation>.lieux notebook or JSON export to merge (never modified)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="37"/>
        <source>en cas de conflit, garder ma version (mine, par défaut) ou la leur (theirs)</source>
        <translation>on a conflict, keep my version (mine, the default) or theirs (theirs)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="50"/>
        <source>« {other} » est le carnet lui-même : rien à fusionner.</source>
        <translation>“{other}” is the notebook itself: nothing to merge.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="103"/>
        <source>Supprimés : {deleted}{detail}</source>
        <translation>Deleted: {deleted}{detail}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="113"/>
        <source>  {table} « {label} » ({id}), champ {column} : ma version gardée « {kept} », la leur écartée « {dropped} »</source>
        <translation>  {table} “{label}” ({id}), field {column}: my version kept “{kept}”, theirs set aside “{dropped}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="117"/>
        <source>  {table} « {label} » ({id}), champ {column} : leur version prise « {kept} », la mienne écartée « {dropped} »</source>
        <translation>  {table} “{label}” ({id}), field {column}: their version taken “{kept}”, mine set aside “{dropped}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="124"/>
        <source>  {table} « {label} » ({id}) : supprimé de leur côté, modifié ici : conservé</source>
        <translation>  {table} “{label}” ({id}): deleted on their side, changed here: kept</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="127"/>
        <source>  {table} « {label} » ({id}) : supprimé de leur côté, modifié ici : supprimé</source>
        <translation>  {table} “{label}” ({id}): deleted on their side, changed here: deleted</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="130"/>
        <source>  {table} « {label} » ({id}) : supprimé ici, modifié de leur côté : reste supprimé</source>
        <translation>  {table} “{label}” ({id}): deleted here, changed on their side: stays deleted</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="133"/>
        <source>  {table} « {label} » ({id}) : supprimé ici, modifié de leur côté : rétabli</source>
        <translation>  {table} “{label}” ({id}): deleted here, changed on their side: restored</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="137"/>
        <source>Copie d&apos;avant la fusion : {path}</source>
        <translation>Copy from before the merge: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/merge.py" line="153"/>
        <source>image de %n octet(s)</source>
        <translation>
            <numerusform>image of %n byte</numerusform>
            <numerusform>image of %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="29"/>
        <source>synchroniser un carnet avec le serveur d&apos;équipe (PostgreSQL)</source>
        <translation>sync a notebook with the team server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="36"/>
        <source>adresse du serveur d&apos;équipe, sans mot de passe (?sslmode=require pour chiffrer)</source>
        <translation>the team server&apos;s address, without password (?sslmode=require to encrypt)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="39"/>
        <source>version retenue en cas de conflit (défaut : mine)</source>
        <translation>version kept on a conflict (default: mine)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="40"/>
        <source>partager le carnet sur une base vide (crée les tables), puis synchroniser</source>
        <translation>share the notebook on an empty database (creates the tables), then sync</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="96"/>
        <source>Mot de passe de {user} : </source>
        <translation>Password of {user}: </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="105"/>
        <source>Serveur : {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="107"/>
        <source>Carnet partagé sur le serveur.</source>
        <translation>Notebook shared on the server.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="109"/>
        <source>Nouveau carnet créé avec le programme du serveur.</source>
        <translation>New notebook made with the programme of the server.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="112"/>
        <source>Envoyé(s) au serveur : %n enregistrement(s)</source>
        <translation>
            <numerusform>Sent to the server: %n record</numerusform>
            <numerusform>Sent to the server: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/commands/sync.py" line="114"/>
        <source>Suppression(s) envoyée(s) au serveur : %n</source>
        <translation>
            <numerusform>Deletion sent to the server: %n</numerusform>
            <numerusform>Deletions sent to the server: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="42"/>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="43"/>
        <source>Aucune colonne n&apos;est associée à « {field} ».</source>
        <translation>No column is mapped to “{field}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="44"/>
        <source>Ligne {line} : nom manquant.</source>
        <translation>Line {line}: missing name.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="45"/>
        <source>Ligne {line} : catégorie inconnue « {value} ».</source>
        <translation>Line {line}: unknown category “{value}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="46"/>
        <source>Ligne {line} : courriel invalide « {value} ».</source>
        <translation>Line {line}: invalid email “{value}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="47"/>
        <source>La colonne « {column} » est associée à plusieurs champs ({fields}) : associez-la à un seul.</source>
        <translation>Column “{column}” is matched to several fields ({fields}): match it to one only.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="50"/>
        <source>Chaque ligne tient en une seule colonne alors qu&apos;elle contient des « {found} » : le séparateur choisi n&apos;est sans doute pas le bon.</source>
        <translation>Each line fits in a single column although it contains “{found}”: the chosen delimiter is probably the wrong one.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="151"/>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="172"/>
        <source>Nom</source>
        <extracomment>Line number in the file where each row starts (header is line 1). French source label, translated in context &quot;csv&quot;.</extracomment>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="154"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="156"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="159"/>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="176"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="162"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="165"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="167"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/csv_io.py" line="178"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>csv_import</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="49"/>
        <source>virgule ( , )</source>
        <translation>comma ( , )</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="50"/>
        <source>point-virgule ( ; )</source>
        <translation>semicolon ( ; )</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="51"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="75"/>
        <source>Importer un CSV</source>
        <translation>Import a CSV</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="76"/>
        <source>Importer des participant·es</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="78"/>
        <source>Importer des acteurs</source>
        <translation>Import stakeholders</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="91"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="95"/>
        <source>Encodage</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="100"/>
        <source>Séparateur</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="103"/>
        <source>&amp;Encodage :</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="105"/>
        <source>&amp;Séparateur :</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="113"/>
        <source>&amp;Relire le fichier</source>
        <translation>&amp;Reload the File</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="115"/>
        <source>Relire le fichier</source>
        <translation>Reload the file</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="116"/>
        <source>Après avoir corrigé le fichier dans le tableur</source>
        <translation>After correcting the file in the spreadsheet</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="123"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="134"/>
        <source>* obligatoire</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="139"/>
        <source>Aperçu des premières lignes</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="143"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="150"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="154"/>
        <source>Lignes à corriger</source>
        <translation>Rows to correct</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="159"/>
        <source>Catégories reconnues : {names}.</source>
        <translation>Recognised categories: {names}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="173"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="175"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="177"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="179"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="195"/>
        <source>Impossible de lire le fichier : {reason}</source>
        <translation>Could not read the file: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="198"/>
        <source>Import impossible : le fichier ne peut pas être lu.</source>
        <translation>Cannot import: the file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="214"/>
        <source>— ne pas importer —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="216"/>
        <source>(colonne {number})</source>
        <translation>(column {number})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="282"/>
        <source>Import impossible : %n ligne(s) à corriger (liste ci-dessus). Rien n&apos;a été importé. Corrigez le fichier puis « Relire le fichier ».</source>
        <translation>
            <numerusform>Cannot import: %n row to correct (list above). Nothing was imported. Correct the file, then “Reload the File”.</numerusform>
            <numerusform>Cannot import: %n rows to correct (list above). Nothing was imported. Correct the file, then “Reload the File”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="288"/>
        <source>%n participant·e(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="291"/>
        <source>%n nouvel(s) acteur(s)</source>
        <translation>
            <numerusform>%n new stakeholder</numerusform>
            <numerusform>%n new stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="294"/>
        <source>Rien à importer : %n ligne(s) déjà dans le carnet, aucune nouvelle.</source>
        <translation>
            <numerusform>Nothing to import: %n row already in the notebook, none new.</numerusform>
            <numerusform>Nothing to import: %n rows already in the notebook, none new.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="301"/>
        <source>%n ligne(s) déjà dans le carnet (sera|seront) ignorée(s).</source>
        <translation>
            <numerusform>%n row already in the notebook will be skipped.</numerusform>
            <numerusform>%n rows already in the notebook will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="277"/>
        <source>Import impossible : {problem}</source>
        <translation>Cannot import: {problem}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="298"/>
        <source>Prêt à importer : {what}.</source>
        <translation>Ready to import: {what}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="299"/>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/csv_import.py" line="320"/>
        <source>Importer {file}</source>
        <translation>Import {file}</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="47"/>
        <source>Moyennes des évaluations</source>
        <translation>Evaluation means</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/dashboard.py" line="70"/>
        <source>Aucune évaluation saisie</source>
        <translation>No evaluation entered</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="15"/>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="16"/>
        <source>Le fichier « {path} » existe déjà ; il n&apos;a pas été remplacé.</source>
        <translation>The file “{path}” already exists; it was not replaced.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="19"/>
        <source>« {path} » n&apos;est pas un fichier.</source>
        <translation>“{path}” is not a file.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="20"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Could not read “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="23"/>
        <source>Le fichier « {path} » est vide : ce n&apos;est pas un carnet Lieux Communs.</source>
        <translation>The file “{path}” is empty: it is not a Lieux Communs notebook.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="26"/>
        <source>Le fichier « {path} » n&apos;est pas un carnet Lieux Communs (format inconnu ou fichier endommagé).</source>
        <translation>The file “{path}” is not a Lieux Communs notebook (unknown format or damaged file).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="31"/>
        <source>Le fichier « {path} » est une base de données d&apos;un autre programme, pas un carnet Lieux Communs.</source>
        <translation>The file “{path}” is another program&apos;s database, not a Lieux Communs notebook.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="36"/>
        <source>Le carnet « {path} » a été créé par une version plus récente de Lieux Communs (format {version}, cette version lit jusqu&apos;au format {supported}). Mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation>The notebook “{path}” was created by a newer version of Lieux Communs (format {version}; this version reads up to format {supported}). Update the application to open it.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="42"/>
        <source>Le carnet « {path} » est incomplet (fichier tronqué, copie interrompue ?). Il n&apos;a pas été modifié ; utilisez une sauvegarde.</source>
        <translation>The notebook “{path}” is incomplete (truncated file, interrupted copy?). It has not been changed; use a backup.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="47"/>
        <source>Le carnet « {path} » est endommagé : {reason}. Il n&apos;a pas été modifié.</source>
        <translation>The notebook “{path}” is damaged: {reason}. It has not been changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="50"/>
        <source>Le carnet « {path} » est incomplet : des tables manquent ({tables}). Il n&apos;a pas été modifié ; utilisez une sauvegarde.</source>
        <translation>The notebook “{path}” is incomplete: tables are missing ({tables}). It was not modified; use a backup.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="55"/>
        <source>Le carnet « {path} » est en lecture seule : il peut être ouvert en lecture seule ou copié ailleurs, mais pas modifié.</source>
        <translation>The notebook “{path}” is read-only: it can be opened read-only or copied elsewhere, but not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="60"/>
        <source>Le dossier de « {path} » est protégé en écriture : le carnet peut être ouvert en lecture seule ou copié ailleurs, mais pas modifié ici.</source>
        <translation>The folder of “{path}” is write-protected: the notebook can be opened read-only or copied elsewhere, but not changed here.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="65"/>
        <source>Ce carnet est ouvert en lecture seule : la modification n&apos;a pas été faite.</source>
        <translation>This notebook is open read-only: the change was not made.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="68"/>
        <source>La modification n&apos;a pas pu être enregistrée : {reason}</source>
        <translation>The change could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="71"/>
        <source>La modification n&apos;a pas pu être enregistrée : un autre programme modifie ce carnet en ce moment. Réessayez dans un instant.</source>
        <translation>The change could not be saved: another program is changing this notebook right now. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="76"/>
        <source>Le carnet « {path} » est ouvert dans Lieux Communs ({holder}) : fermez-le avant d&apos;importer, ou importez depuis la fenêtre. Rien n&apos;a été modifié.</source>
        <translation>The notebook “{path}” is open in Lieux Communs ({holder}): close it before importing, or import from the window. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="81"/>
        <source>La mise à jour du carnet « {path} » a échoué : {reason}. Le fichier d&apos;origine est intact ; une copie de sauvegarde est dans « {backup} ».</source>
        <translation>Upgrading the notebook “{path}” failed: {reason}. The original file is intact; a backup copy is in “{backup}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="86"/>
        <source>Le carnet « {path} » est dans un ancien format ({version}) : il doit être mis à jour avant d&apos;être lu, ce qui est impossible en lecture seule. Ouvrez-le normalement, ou ouvrez-en une copie.</source>
        <translation>The notebook “{path}” uses an older format ({version}): it must be upgraded before it can be read, which is impossible read-only. Open it normally, or open a copy of it.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="92"/>
        <source>Élément introuvable : {what} « {key} ».</source>
        <translation>Not found: {what} “{key}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="93"/>
        <source>Plusieurs éléments correspondent à « {key} » : {candidates}.</source>
        <translation>Several items match “{key}”: {candidates}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="96"/>
        <source>Valeur invalide pour {field} : « {value} ».</source>
        <translation>Invalid value for {field}: “{value}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="99"/>
        <source>Fichier d&apos;échange invalide, à l&apos;endroit {where} : {reason}</source>
        <translation>Invalid interchange file, at {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="102"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation>Could not write “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="103"/>
        <source>« {path} » est le carnet ouvert : choisissez un autre fichier de sortie. Rien n&apos;a été écrit.</source>
        <translation>“{path}” is the open notebook: choose another output file. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="107"/>
        <source>« {path} » est un carnet Lieux Communs : une sortie ne le remplace jamais. Rien n&apos;a été écrit.</source>
        <translation>“{path}” is a Lieux Communs notebook: an output never replaces it. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="111"/>
        <source>« {path} » est un dossier : indiquez un nom de fichier. Rien n&apos;a été écrit.</source>
        <translation>“{path}” is a folder: give a file name. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="114"/>
        <source>Le dossier « {path} » n&apos;est pas vide et ne contient pas une publication précédente : choisissez un dossier vide ou celui d&apos;une publication. Rien n&apos;a été écrit.</source>
        <translation>The folder “{path}” is not empty and does not hold an earlier publication: choose an empty folder or that of a publication. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="119"/>
        <source>La licence « {licence} » du programme n&apos;est pas une licence Creative Commons connue ({choices}) : choisissez-en une dans la fiche du programme. Rien n&apos;a été publié.</source>
        <translation>The programme&apos;s licence “{licence}” is not a known Creative Commons licence ({choices}): choose one in the programme sheet. Nothing was published.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="124"/>
        <source>« {path} » n&apos;est pas un dossier : indiquez un dossier. Rien n&apos;a été écrit.</source>
        <translation>“{path}” is not a folder: give a folder. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/errors.py" line="127"/>
        <source>« {path} » n&apos;est pas un fichier ordinaire (périphérique, tube…) : choisissez un fichier. Rien n&apos;a été écrit.</source>
        <translation>“{path}” is not an ordinary file (a device, a pipe…): choose a file. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>errors_ui</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/errors.py" line="80"/>
        <source>Lieux Communs — erreur</source>
        <extracomment>``--smoke`` runs unattended: errors go to stderr instead of a modal dialog.</extracomment>
        <translation>Lieux Communs — error</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/errors.py" line="160"/>
        <source>Une erreur inattendue s&apos;est produite : {error}

Vos données sont en sécurité : chaque modification est enregistrée dès qu&apos;elle est faite. Vous pouvez continuer à travailler.

Les détails sont dans le journal : {log}</source>
        <translation>An unexpected error occurred: {error}

Your data is safe: every change is saved as soon as it is made. You can carry on working.

The details are in the log: {log}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/errors.py" line="167"/>
        <source>Lieux Communs — erreur inattendue</source>
        <translation>Lieux Communs — unexpected error</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="25"/>
        <source>L&apos;atelier a répondu à mes attentes</source>
        <extracomment>Offered when an atelier has no question yet (a template usually brings its own).</extracomment>
        <translation>The workshop met my expectations</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="26"/>
        <source>J&apos;ai pu m&apos;exprimer et être entendu·e</source>
        <translation>I was able to speak and be heard</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="28"/>
        <source>Les outils (carte, matrices) m&apos;ont été utiles</source>
        <translation>The tools (map, matrices) were useful to me</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="30"/>
        <source>Ce que je retiens</source>
        <translation>What I take away</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/evaluation.py" line="31"/>
        <source>Ce qui pourrait être amélioré</source>
        <translation>What could be improved</translation>
    </message>
</context>
<context>
    <name>evaluation_report</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/evaluation_report.py" line="31"/>
        <source>Rapport d&apos;évaluation du programme</source>
        <translation>Programme evaluation report</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/evaluation_report.py" line="33"/>
        <source>PDF (*.pdf);;Page web (*.html)</source>
        <translation>PDF (*.pdf);;Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/evaluation_report.py" line="45"/>
        <source>Rapport impossible</source>
        <translation>Report not written</translation>
    </message>
</context>
<context>
    <name>experiments</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="66"/>
        <source>« {value} » n&apos;est pas un nombre : tapez une valeur comme 12 ou 12,5.</source>
        <translation>“{value}” is not a number: type a value such as 12 or 12.5.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="68"/>
        <source>« {value} » n&apos;est pas une valeur mesurable (infinie ou indéfinie).</source>
        <translation>“{value}” is not a measurable value (infinite or undefined).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="70"/>
        <source>{value} est hors des limites permises (de {low} à {high}).</source>
        <translation>{value} is outside the allowed range (from {low} to {high}).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="72"/>
        <source>Une mesure ne peut pas être datée dans le futur ({date}) : rien n&apos;a été enregistré.</source>
        <translation>A measure cannot be dated in the future ({date}): nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="75"/>
        <source>« {indicator} » a déjà des mesures en « {unit} » : changer l&apos;unité ne convertit pas les valeurs. Confirmez pour changer quand même.</source>
        <translation>“{indicator}” already has measures in “{unit}”: changing the unit does not convert the values. Confirm to change it anyway.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="78"/>
        <source>Passer de « {current} » à « {target} » n&apos;est pas prévu (possible : {allowed}).</source>
        <translation>Moving from “{current}” to “{target}” is not allowed (possible: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="81"/>
        <source>Dites pourquoi l&apos;expérimentation est abandonnée : la raison sera transmise au second cercle.</source>
        <translation>Say why the experiment is abandoned: the reason will be passed on to the second circle.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="84"/>
        <source>Un changement de statut ne peut pas être daté dans le futur ({date}).</source>
        <translation>A status change cannot be dated in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="86"/>
        <source>Ce changement ({date}) serait antérieur au précédent ({previous}).</source>
        <translation>This change ({date}) would come before the previous one ({previous}).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="88"/>
        <source>L&apos;expérimentation doit finir après son début ({start} → {end}). Rien n&apos;a été modifié.</source>
        <translation>The experiment must end after it starts ({start} → {end}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="91"/>
        <source>Le champ « {field} » ne peut pas être vide.</source>
        <translation>The “{field}” field cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="92"/>
        <source>« {collectivite} » est déjà partenaire de cette expérimentation.</source>
        <translation>“{collectivite}” is already a partner of this experiment.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="94"/>
        <source>« {collectivite} » porte déjà cette expérimentation.</source>
        <translation>“{collectivite}” already leads this experiment.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="96"/>
        <source>L&apos;atelier « {atelier} » est déjà lié à cette expérimentation.</source>
        <translation>The workshop “{atelier}” is already linked to this experiment.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="98"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="103"/>
        <source>titre</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/experiments.py" line="104"/>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/from_note.py" line="33"/>
        <source>Faire une expérimentation d&apos;une note</source>
        <translation>Make an experiment of a note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/from_note.py" line="39"/>
        <source>Faire une expérimentation d&apos;une décision</source>
        <translation>Make an experiment of a decision</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/from_note.py" line="61"/>
        <source>En faire une &amp;expérimentation</source>
        <translation>Make It an &amp;Experiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/experiments/from_note.py" line="66"/>
        <source>Créer une expérimentation reprenant le texte de la note choisie, avec le lien vers la note et son atelier</source>
        <translation>Create an experiment with the chosen note&apos;s text, linked to the note and its workshop</translation>
    </message>
</context>
<context>
    <name>grid</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="88"/>
        <source>Ne participe pas</source>
        <translation>Not taking part</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="101"/>
        <source>Depuis le {date}</source>
        <translation>Since {date}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="104"/>
        <source>Absente des deux derniers ateliers tenus de l&apos;expédition</source>
        <translation>Absent from the theme&apos;s last two workshops held</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="106"/>
        <source>Entrée : changer le rôle</source>
        <translation>Enter: change the role</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="163"/>
        <source>Atelier à venir</source>
        <translation>Upcoming workshop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="164"/>
        <source>%n personne(s) présente(s)</source>
        <translation>
            <numerusform>%n person present</numerusform>
            <numerusform>%n people present</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="346"/>
        <source>Retirer « {name} » de l&apos;expédition « {expedition} » ?</source>
        <translation>Withdraw “{name}” from the theme “{expedition}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="350"/>
        <source>Elle ne participera plus à %n atelier(s) à venir.</source>
        <translation>
            <numerusform>It will no longer take part in %n upcoming workshop.</numerusform>
            <numerusform>It will no longer take part in %n upcoming workshops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="353"/>
        <source>Les %n atelier(s) passé(s) restent dans son historique.</source>
        <translation>
            <numerusform>The %n past workshop stays in its history.</numerusform>
            <numerusform>The %n past workshops stay in its history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/programme/grid.py" line="356"/>
        <source>Elle reste la collectivité d&apos;accueil de %n atelier(s) à venir : changez-la si besoin.</source>
        <translation>
            <numerusform>It remains the host of %n upcoming workshop: change it if needed.</numerusform>
            <numerusform>It remains the host of %n upcoming workshops: change them if needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="145"/>
        <source>valeur obligatoire (null)</source>
        <extracomment>2: expeditions&apos; members, ateliers&apos; participating collectivités, phases (schema 2). 3: photos (their JPEG inline, base64) and dot votes (schema 3), consent (schema 4), experiments&apos; origins, partners, tool kinds, indicators, milestones and status transitions (schema 5). 4: the optional ``sync`` section of a whole notebook (dots, tombstones, version vector: ``core/sync/jsonsync.py``), schema 6. Documents of formats 1 to 3 are still read (``upgrade.py``). Tables never exported: derived data rebuilt by the importing notebook. Years 1000 to 2999 only: far from both ends of Python&apos;s calendar, so that an offset or a workshop&apos;s minutes added to a date can never overflow it. Bounds of every integer column (SQLite&apos;s and the printers&apos; arithmetic stay far from overflow), and of every real one (map coordinates, scene units). Narrower domain ranges, per (table, column): what the app itself can enter. Largest image accepted per binary column at import, in bytes once decoded: the app itself stores at most 2,560 px JPEGs (about 1–2 MB) and 320 px thumbnails; a document with a bigger one was not written by it. Every binary column holds a JPEG: its first bytes. Inclusive bounds of an integer or number column.</extracomment>
        <translation>value required (null)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="157"/>
        <source>identifiant invalide {value} (UUID en minuscules attendu)</source>
        <translation>invalid id {value} (lower-case UUID expected)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="168"/>
        <source>texte invalide : caractère U+{code} isolé (demi-paire UTF-16) au caractère {offset}</source>
        <translation>invalid text: lone character U+{code} (half of a UTF-16 pair) at character {offset}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="202"/>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="198"/>
        <source>valeur {value} inconnue (valeurs permises : {allowed})</source>
        <translation>unknown value {value} (allowed values: {allowed})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="231"/>
        <source>image trop grande (plus de {limit} Mo)</source>
        <translation>image too large (over {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="237"/>
        <source>image invalide (base64 attendu)</source>
        <translation>invalid image (base64 expected)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="240"/>
        <source>image invalide (JPEG attendu)</source>
        <translation>invalid image (JPEG expected)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="264"/>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="295"/>
        <source>type incorrect : {expected} attendu, {found} trouvé</source>
        <translation>wrong type: {expected} expected, {found} found</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="270"/>
        <source>nombre {value} hors limites (de {low} à {high})</source>
        <translation>number {value} out of range ({low} to {high})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="280"/>
        <source>date ou heure invalide {value} (format {expected} attendu)</source>
        <translation>invalid date or time {value} ({expected} format expected)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="287"/>
        <source>texte</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="288"/>
        <source>nombre entier</source>
        <translation>integer</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="289"/>
        <source>nombre</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="290"/>
        <source>true ou false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="291"/>
        <source>objet</source>
        <translation>object</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="292"/>
        <source>liste</source>
        <translation>list</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="294"/>
        <source>AAAA-MM-JJ</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/columns.py" line="295"/>
        <source>AAAA-MM-JJTHH:MM:SS.ffffffZ</source>
        <translation>YYYY-MM-DDTHH:MM:SS.ffffffZ</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="100"/>
        <source>octet {offset}</source>
        <extracomment>table -&gt; records in file order (Python values, every column present). table -&gt; id -&gt; index in the file, for error paths. table -&gt; ids of rows derived from an older schema (see ``upgrade.py``). The optional ``sync`` section (format 4), decoded by ``core/sync/jsonsync.py``: (vector, (table, id) -&gt; (created dot, field dots), tombstones), or None.</extracomment>
        <translation>byte {offset}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="101"/>
        <source>le fichier n&apos;est pas en UTF-8</source>
        <translation>the file is not UTF-8</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="110"/>
        <source>ligne {line}, colonne {column}</source>
        <translation>line {line}, column {column}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="112"/>
        <source>JSON mal formé ({detail})</source>
        <translation>malformed JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="116"/>
        <source>clé {key} répétée dans un même objet</source>
        <translation>key {key} repeated in the same object</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="120"/>
        <source>nombre non permis en JSON : {value}</source>
        <translation>number not allowed in JSON: {value}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="123"/>
        <source>imbrication trop profonde</source>
        <translation>nesting too deep</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="138"/>
        <source>table ou champ inconnu {key}</source>
        <translation>unknown table or field {key}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="148"/>
        <source>un carnet n&apos;a qu&apos;un programme</source>
        <translation>a notebook has only one programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="151"/>
        <source>l&apos;atelier exporté n&apos;est pas dans le fichier</source>
        <translation>the exported workshop is not in the file</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="155"/>
        <source>la section sync n&apos;accompagne qu&apos;un carnet entier</source>
        <translation>a sync section comes with a whole notebook only</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="171"/>
        <source>ce n&apos;est pas un fichier d&apos;échange Lieux Communs ({value})</source>
        <translation>this is not a Lieux Communs interchange file ({value})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="179"/>
        <source>version {value} invalide (les versions commencent à 1)</source>
        <translation>invalid version {value} (versions start at 1)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="183"/>
        <source>version {value} plus récente que celle que cette version de l&apos;application lit ({supported}) : mettez l&apos;application à jour</source>
        <translation>version {value} is newer than the one this version of the application reads ({supported}): update the application</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="188"/>
        <source>version {value} trop ancienne (attendue : {supported})</source>
        <translation>version {value} too old (expected: {supported})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="231"/>
        <source>champ inconnu {key}</source>
        <translation>unknown field {key}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="251"/>
        <source>identifiant déjà utilisé par {where}</source>
        <translation>id already used by {where}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="268"/>
        <source>doublon de {where} pour ({columns})</source>
        <translation>duplicate of {where} for ({columns})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="289"/>
        <source>référence à un enregistrement {target} {value} absent du fichier et du carnet</source>
        <translation>reference to a {target} record {value} that is neither in the file nor in the notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/interchange/validate.py" line="301"/>
        <source>champ obligatoire absent</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/sync/jsonsync.py" line="62"/>
        <source>champ inconnu</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/sync/jsonsync.py" line="75"/>
        <source>« created » attendu, et « fields » seulement</source>
        <translation>“created” expected, and “fields” only</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/sync/jsonsync.py" line="99"/>
        <source>objet attendu</source>
        <translation>object expected</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/sync/jsonsync.py" line="105"/>
        <source>table inconnue</source>
        <translation>unknown table</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/sync/jsonsync.py" line="111"/>
        <source>nom de réplique invalide (texte de 1 à 64 caractères)</source>
        <translation>invalid replica name (text of 1 to 64 characters)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/sync/jsonsync.py" line="118"/>
        <source>compteur invalide</source>
        <translation>invalid counter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/sync/jsonsync.py" line="124"/>
        <source>[réplique, compteur] attendu</source>
        <translation>[replica, counter] expected</translation>
    </message>
</context>
<context>
    <name>interchange_ui</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="34"/>
        <source>Exporter (JSON)</source>
        <translation>Export (JSON)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="35"/>
        <source>Carnet exporté dans « {path} ».</source>
        <translation>Notebook exported to “{path}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="50"/>
        <source>Importer (JSON)</source>
        <translation>Import (JSON)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/dialogs/interchange.py" line="51"/>
        <source>Import terminé.</source>
        <translation>Import finished.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="48"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="118"/>
        <source>Participante</source>
        <translation>Participating</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="49"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="119"/>
        <source>Second cercle</source>
        <translation>Second circle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="50"/>
        <source>Équipement</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="51"/>
        <source>Espace naturel</source>
        <translation>Natural area</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="52"/>
        <source>Eau</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="53"/>
        <source>Foncier / bâtiment</source>
        <translation>Land / building</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="54"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="55"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="56"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="57"/>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="58"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="111"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="59"/>
        <source>Terminé</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="60"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="61"/>
        <source>Aucun outil</source>
        <translation>No tool</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="62"/>
        <source>Carte des acteurs</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="63"/>
        <source>Matrice des rôles</source>
        <translation>Role matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="64"/>
        <source>Matrice de décision</source>
        <translation>Decision matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="65"/>
        <source>Grille des communs</source>
        <translation>Commons grid</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="66"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="67"/>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="68"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="69"/>
        <source>Services publics &amp; institutions</source>
        <translation>Public services &amp; institutions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="72"/>
        <source>Habitants &amp; usagers</source>
        <translation>Residents &amp; users</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="73"/>
        <source>Associations &amp; collectifs</source>
        <translation>Associations &amp; groups</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="74"/>
        <source>Acteurs économiques</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="75"/>
        <source>Financeurs</source>
        <translation>Funders</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="76"/>
        <source>Experts &amp; tiers</source>
        <translation>Experts &amp; third parties</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="77"/>
        <source>Autres</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="78"/>
        <source>Oignon</source>
        <translation>Onion</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="79"/>
        <source>Pouvoir / intérêt</source>
        <translation>Power / interest</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="80"/>
        <source>Libre</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="81"/>
        <source>Coopération</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="82"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="83"/>
        <source>Conflit / tension</source>
        <translation>Conflict / tension</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="84"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="85"/>
        <source>Convention / contrat</source>
        <translation>Agreement / contract</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="86"/>
        <source>Réalise</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="87"/>
        <source>Rend compte / arbitre</source>
        <translation>Accountable / arbiter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="88"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="92"/>
        <source>Consulté</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="89"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="91"/>
        <source>Informé</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="90"/>
        <source>Non concerné</source>
        <translation>Not concerned</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="93"/>
        <source>Concerté</source>
        <translation>Involved</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="94"/>
        <source>Co-décide</source>
        <translation>Co-decides</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="95"/>
        <source>Décide</source>
        <translation>Decides</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="96"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="97"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="98"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="99"/>
        <source>En discussion</source>
        <translation>Under discussion</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="100"/>
        <source>En place</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="101"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="129"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="102"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="125"/>
        <source>Idée</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="103"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="104"/>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="126"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="105"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="106"/>
        <source>Vigilance</source>
        <translation>Caution</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="107"/>
        <source>Échelle de 1 à 5</source>
        <translation>Scale from 1 to 5</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="108"/>
        <source>Question ouverte</source>
        <translation>Open question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="109"/>
        <source>Envisagée</source>
        <translation>Considered</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="110"/>
        <source>En préparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="112"/>
        <source>Évaluée</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="113"/>
        <source>Essaimée</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="114"/>
        <source>Abandonnée</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="115"/>
        <source>Suspendue</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="116"/>
        <source>Terminée</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="117"/>
        <source>Pilote</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="120"/>
        <source>Parcours apprenant</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="121"/>
        <source>Mise en test</source>
        <translation>Testing phase</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="122"/>
        <source>Heure de l&apos;appareil (fuseau connu)</source>
        <translation>Camera time (time zone known)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="123"/>
        <source>Heure de l&apos;appareil (heure locale)</source>
        <translation>Camera time (local time)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="124"/>
        <source>Date du fichier</source>
        <translation>File date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="127"/>
        <source>Principe d&apos;Ostrom</source>
        <translation>Ostrom principle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="128"/>
        <source>Saisie</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="130"/>
        <source>Décision de la matrice</source>
        <translation>Decision matrix row</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="131"/>
        <source>Atelier d&apos;origine</source>
        <translation>Workshop of origin</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="132"/>
        <source>Atelier de suivi</source>
        <translation>Follow-up workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="137"/>
        <source>Limites clairement définies</source>
        <extracomment>Ostrom&apos;s design principles by key (``enums.OSTROM_PRINCIPLES``): short title.</extracomment>
        <translation>Clearly defined boundaries</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="138"/>
        <source>Règles adaptées aux conditions locales</source>
        <translation>Rules adapted to local conditions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="139"/>
        <source>Dispositifs de choix collectif</source>
        <translation>Collective-choice arrangements</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="140"/>
        <source>Surveillance</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="141"/>
        <source>Sanctions graduées</source>
        <translation>Graduated sanctions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="142"/>
        <source>Mécanismes de résolution des conflits</source>
        <translation>Conflict-resolution mechanisms</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="143"/>
        <source>Reconnaissance du droit à s&apos;organiser</source>
        <translation>Recognition of the right to organise</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/labels.py" line="144"/>
        <source>Organisations imbriquées</source>
        <translation>Nested enterprises</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/editors/labels.py" line="17"/>
        <source>—</source>
        <extracomment>An agenda step without a tool shows a dash, not &quot;Aucun outil&quot;.</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/launch.py" line="98"/>
        <source>Carnet d&apos;exemple créé pour ce premier lancement. Pour le vôtre : Fichier › Nouveau carnet, ou un atelier depuis un modèle.</source>
        <extracomment>Fallback for the process start: when this package was first imported.</extracomment>
        <translation>Example notebook created for this first start. For your own: File › New Notebook, or a workshop from a template.</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="55"/>
        <source>Collectivité</source>
        <extracomment>Okabe &amp; Ito (2008), &quot;Color Universal Design&quot;. &quot;solid&quot;, &quot;dashed&quot;, &quot;dotted&quot;, &quot;dash-dot&quot; or &quot;double&quot;.</extracomment>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="58"/>
        <source>Services publics &amp; institutions</source>
        <translation>Public services &amp; institutions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="60"/>
        <source>Habitants &amp; usagers</source>
        <translation>Residents &amp; users</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="63"/>
        <source>Associations &amp; collectifs</source>
        <translation>Associations &amp; groups</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="65"/>
        <source>Acteurs économiques</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="67"/>
        <source>Financeurs</source>
        <translation>Funders</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="69"/>
        <source>Experts &amp; tiers</source>
        <translation>Experts &amp; third parties</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="71"/>
        <source>Autres</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="76"/>
        <source>Coopération</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="78"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="80"/>
        <source>Conflit / tension</source>
        <translation>Conflict / tension</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="82"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="84"/>
        <source>Convention / contrat</source>
        <translation>Agreement / contract</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="97"/>
        <source>Oignon</source>
        <extracomment>Dash patterns in units of the pen width (Qt&apos;s and PDF&apos;s convention).</extracomment>
        <translation>Onion</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="98"/>
        <source>Pouvoir / intérêt</source>
        <translation>Power / interest</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="99"/>
        <source>Libre</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="103"/>
        <source>Cœur</source>
        <translation>Core</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="104"/>
        <source>Contributeurs</source>
        <translation>Contributors</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="105"/>
        <source>Concernés</source>
        <translation>Affected</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="106"/>
        <source>Environnement</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="107"/>
        <source>Acteurs clés</source>
        <translation>Key players</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="108"/>
        <source>À satisfaire</source>
        <translation>Keep satisfied</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="109"/>
        <source>À informer</source>
        <translation>Keep informed</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="110"/>
        <source>À surveiller</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="114"/>
        <source>Pouvoir</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="115"/>
        <source>Intérêt</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="116"/>
        <source>fort</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="117"/>
        <source>faible</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="121"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/map_style.py" line="122"/>
        <source>Relations</source>
        <translation>Relationships</translation>
    </message>
</context>
<context>
    <name>maps</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/maps.py" line="31"/>
        <source>Une relation relie deux acteurs différents.</source>
        <translation>A relationship links two different stakeholders.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/maps.py" line="32"/>
        <source>L&apos;acteur « {name} » n&apos;est pas sur cette carte.</source>
        <translation>The stakeholder “{name}” is not on this map.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/maps.py" line="33"/>
        <source>Le nom de l&apos;acteur ne peut pas être vide.</source>
        <translation>The stakeholder&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/maps.py" line="34"/>
        <source>Carte des acteurs</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/maps.py" line="35"/>
        <source>{title} (copie)</source>
        <translation>{title} (copy)</translation>
    </message>
</context>
<context>
    <name>matrices</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_export.py" line="43"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_export.py" line="44"/>
        <source>Principe</source>
        <translation>Principle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_export.py" line="45"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_export.py" line="46"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="22"/>
        <source>réalise</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="23"/>
        <source>rend compte</source>
        <translation>accountable</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="24"/>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="39"/>
        <source>consulté</source>
        <translation>consulted</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="25"/>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="38"/>
        <source>informé</source>
        <translation>informed</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="37"/>
        <source>non concerné</source>
        <extracomment>Light tints with dark text, except A (the one that must stand out).</extracomment>
        <translation>not concerned</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="40"/>
        <source>concerté</source>
        <translation>involved</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="41"/>
        <source>co-décide</source>
        <translation>co-decides</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="42"/>
        <source>décide</source>
        <translation>decides</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="56"/>
        <source>aujourd&apos;hui</source>
        <extracomment>A sequential blue scale (readable by colour-blind people), text colour last.</extracomment>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="57"/>
        <source>cible</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="61"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="62"/>
        <source>en discussion</source>
        <translation>under discussion</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="63"/>
        <source>en place</source>
        <translation>in place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="80"/>
        <source>Des limites clairement définies</source>
        <extracomment>A symbol per status so that the grid reads without colour.</extracomment>
        <translation>Clearly defined boundaries</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="81"/>
        <source>Des règles adaptées aux conditions locales</source>
        <translation>Rules adapted to local conditions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="82"/>
        <source>Des choix collectifs</source>
        <translation>Collective choice</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="83"/>
        <source>Une surveillance</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="84"/>
        <source>Des sanctions graduées</source>
        <translation>Graduated sanctions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="85"/>
        <source>Des mécanismes de résolution des conflits</source>
        <translation>Conflict-resolution mechanisms</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="87"/>
        <source>La reconnaissance du droit à s&apos;organiser</source>
        <translation>Recognition of the right to organise</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="88"/>
        <source>Des niveaux imbriqués</source>
        <translation>Nested levels</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="92"/>
        <source>Qui a droit à la ressource, et ce qu&apos;elle recouvre, est connu de tous.</source>
        <translation>Who has a right to the resource, and what it covers, is known to all.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="94"/>
        <source>Les règles d&apos;usage et de contribution tiennent compte du lieu et des gens.</source>
        <translation>The rules for use and contribution take the place and the people into account.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="96"/>
        <source>Les personnes concernées par les règles peuvent les modifier.</source>
        <translation>The people affected by the rules can change them.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="98"/>
        <source>Le respect des règles est suivi par des personnes qui rendent compte.</source>
        <translation>Compliance with the rules is monitored by people who are accountable.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="100"/>
        <source>Les manquements entraînent des réponses proportionnées.</source>
        <translation>Breaches lead to proportionate responses.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="102"/>
        <source>Les conflits se règlent vite, localement et à faible coût.</source>
        <translation>Conflicts are settled quickly, locally and at low cost.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="104"/>
        <source>Les autorités reconnaissent le droit de la communauté à fixer ses règles.</source>
        <translation>The authorities recognise the community&apos;s right to set its own rules.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="106"/>
        <source>Les règles s&apos;articulent avec les niveaux plus larges (commune, bassin…).</source>
        <translation>The rules fit with the wider levels (municipality, catchment…).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="111"/>
        <source>Responsabilité</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="112"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="197"/>
        <source>R, A, C, I ou vide</source>
        <translation>R, A, C, I or empty</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/matrix_labels.py" line="198"/>
        <source>0 à 5, ou non concerné, informé, consulté, concerté, co-décide, décide, ou vide</source>
        <translation>0 to 5, or not concerned, informed, consulted, involved, co-decides, decides, or empty</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="56"/>
        <source>Matrice inconnue : « {matrix} ».</source>
        <translation>Unknown matrix: “{matrix}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="57"/>
        <source>Valeur « {value} » refusée pour « {row} » × « {column} » (valeurs possibles : {allowed}). Rien n&apos;a été modifié.</source>
        <translation>Value “{value}” refused for “{row}” × “{column}” (allowed values: {allowed}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="61"/>
        <source>Le bloc collé ({rows} × {columns}) dépasse de la matrice à partir de « {row} » × « {column} ». Rien n&apos;a été modifié.</source>
        <translation>The pasted block ({rows} × {columns}) runs past the edge of the matrix from “{row}” × “{column}”. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="65"/>
        <source>Le presse-papiers ne contient aucune cellule.</source>
        <translation>The clipboard holds no cells.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="66"/>
        <source>Choisissez d&apos;abord une cellule de la matrice.</source>
        <translation>First choose a cell of the matrix.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="67"/>
        <source>Principe inconnu : {number}.</source>
        <translation>Unknown principle: {number}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="68"/>
        <source>Le libellé ne peut pas être vide.</source>
        <translation>The label cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="71"/>
        <source>{acteur} : {before} → {after} sur « {row} »</source>
        <translation>{acteur}: {before} → {after} on “{row}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="82"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/matrices.py" line="83"/>
        <source>%n colonne(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="83"/>
        <source>{acteur} sur « {row} » : {value}</source>
        <translation>{acteur} on “{row}”: {value}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="87"/>
        <source>vide</source>
        <translation>empty</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="89"/>
        <source>%n cellule(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="120"/>
        <source>Coller %n cellule(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="382"/>
        <source>Exporter en CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="384"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/matrices/tool.py" line="392"/>
        <source>Export CSV</source>
        <translation>CSV export</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="16"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="17"/>
        <source>Idée</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="18"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="19"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="20"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/notes/labels.py" line="21"/>
        <source>Vigilance</source>
        <translation>Caution</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="33"/>
        <source>%n carte(s)</source>
        <translation>
            <numerusform>%n map</numerusform>
            <numerusform>%n maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="38"/>
        <source>%n ressource(s)</source>
        <extracomment>How a dependent row is counted in words: table -&gt; its &quot;%n …&quot; plural message.</extracomment>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="39"/>
        <source>%n atelier(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="40"/>
        <source>%n séquence(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="41"/>
        <source>%n acteur(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="42"/>
        <source>%n participant·e(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="43"/>
        <source>%n liste(s) d&apos;émargement</source>
        <translation>
            <numerusform>%n attendance list</numerusform>
            <numerusform>%n attendance lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="46"/>
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="47"/>
        <source>%n matrice(s)</source>
        <translation>
            <numerusform>%n matrix</numerusform>
            <numerusform>%n matrices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="48"/>
        <source>%n case(s) de matrice des rôles</source>
        <translation>
            <numerusform>%n role matrix cell</numerusform>
            <numerusform>%n role matrix cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="49"/>
        <source>%n case(s) de matrice de décision</source>
        <translation>
            <numerusform>%n decision matrix cell</numerusform>
            <numerusform>%n decision matrix cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="51"/>
        <source>%n note(s) ou action(s)</source>
        <translation>
            <numerusform>%n note or action</numerusform>
            <numerusform>%n notes or actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="52"/>
        <source>%n expérimentation(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="53"/>
        <source>%n entrée(s) de journal</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="54"/>
        <source>%n participation(s) à (une|des) expédition(s)</source>
        <translation>
            <numerusform>%n expedition membership</numerusform>
            <numerusform>%n expedition memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="57"/>
        <source>%n participation(s) (d&apos;une collectivité|de collectivités) à (un|des) atelier(s)</source>
        <translation>
            <numerusform>%n local authority taking part in a workshop</numerusform>
            <numerusform>%n local authorities taking part in workshops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/people.py" line="61"/>
        <source>{a} et {b}</source>
        <translation>{a} and {b}</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/photos/errors.py" line="11"/>
        <source>« {name} » est vide.</source>
        <translation>“{name}” is empty.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/photos/errors.py" line="12"/>
        <source>« {name} » n&apos;est pas une image lisible (fichier endommagé ou d&apos;un autre type).</source>
        <translation>“{name}” is not a readable image (damaged file or another type).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/photos/errors.py" line="15"/>
        <source>« {name} » est au format {format}, que Lieux Communs ne lit pas : exportez-la en JPEG ou PNG.</source>
        <translation>“{name}” is in {format} format, which Lieux Communs does not read: export it as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/photos/errors.py" line="20"/>
        <source>« {name} » est une photo HEIC : réglez le téléphone sur « le plus compatible » (JPEG) ou convertissez-la en JPEG.</source>
        <translation>“{name}” is a HEIC photo: set the phone to “most compatible” (JPEG) or convert it to JPEG.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/photos/errors.py" line="25"/>
        <source>« {name} » mesure {width} × {height} pixels, au-delà de la limite de {limit} mégapixels : elle n&apos;a pas été ouverte.</source>
        <translation>“{name}” measures {width} × {height} pixels, beyond the {limit}-megapixel limit: it was not opened.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/photos/errors.py" line="30"/>
        <source>« {name} » dépasse de loin la limite de {limit} mégapixels : elle n&apos;a pas été ouverte.</source>
        <translation>“{name}” is far beyond the {limit}-megapixel limit: it was not opened.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/photos/errors.py" line="34"/>
        <source>« {name} » est incomplète ou endommagée : {reason}</source>
        <translation>“{name}” is incomplete or damaged: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/photos/errors.py" line="37"/>
        <source>Impossible de lire « {name} » : {reason}</source>
        <translation>Cannot read “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/photos.py" line="49"/>
        <source>Photo du tableau de la séquence « {title} »</source>
        <extracomment>File name endings a folder import looks at (RAW and HEIC included, so that they are reported by name rather than silently skipped).</extracomment>
        <translation>Photo of the board of the step “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/photos.py" line="50"/>
        <source>Photo d&apos;un tableau de l&apos;atelier « {title} »</source>
        <translation>Photo of a board of the workshop “{title}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/feed_items.py" line="31"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/feed_items.py" line="36"/>
        <source>Hors séquence</source>
        <translation>Outside any step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/photos/feed_items.py" line="37"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="99"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="50"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="73"/>
        <source>Séquence</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="99"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="73"/>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="100"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="74"/>
        <source>Réel</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="114"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="128"/>
        <source>Aucune décision notée.</source>
        <translation>No decisions recorded.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="118"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="137"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="118"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="137"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="119"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="138"/>
        <source>Pour quand</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="119"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="138"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="126"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="150"/>
        <source>Aucune action.</source>
        <translation>No actions.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="134"/>
        <source>{programme} — publié sous licence {licence}.</source>
        <translation>{programme} — published under the {licence} licence.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="67"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="115"/>
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="52"/>
        <source>Hors séquence</source>
        <translation>Outside the agenda</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_html.py" line="32"/>
        <source>fr</source>
        <extracomment>The page&apos;s ``lang``: the translation says which language it is written in.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="29"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/maps.py" line="22"/>
        <source>Carte des acteurs</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="30"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="146"/>
        <source>Matrice des rôles</source>
        <translation>Role matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="31"/>
        <source>Matrice de décision</source>
        <translation>Decision matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="32"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="193"/>
        <source>Grille des communs</source>
        <translation>Commons grid</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="33"/>
        <source>Prise de notes</source>
        <translation>Note-taking</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="34"/>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="49"/>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="61"/>
        <source>Programme de l&apos;atelier</source>
        <translation>Workshop programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="70"/>
        <source>Déroulé d&apos;animation</source>
        <translation>Facilitator&apos;s agenda</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="74"/>
        <source>créneau prévu : {slot}</source>
        <translation>planned slot: {slot}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="83"/>
        <source>{start} – {end} · {minutes} · fin à T+{elapsed}</source>
        <translation>{start} – {end} · {minutes} · ends at T+{elapsed}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="77"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="71"/>
        <source>Durée totale : {duration}</source>
        <translation>Total duration: {duration}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="77"/>
        <source>Consigne</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="78"/>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/agenda.py" line="78"/>
        <source>Outil</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="23"/>
        <source>Données personnelles : ces informations servent uniquement à attester la présence à l&apos;atelier et à envoyer le compte-rendu. Elles sont conservées par l&apos;équipe d&apos;animation pendant la durée du programme puis supprimées. Vous pouvez y accéder, les faire corriger ou supprimer en écrivant à l&apos;équipe d&apos;animation. Le courriel est facultatif.</source>
        <extracomment>Tall enough to sign by hand. Longest cell printed whole (a dozen lines of the column); longer is elided.</extracomment>
        <translation>Personal data: this information is used only to record attendance at the workshop and to send the minutes. It is kept by the facilitation team for the duration of the programme and then deleted. You can access it, have it corrected or deleted by writing to the facilitation team. Email is optional.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="35"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="35"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="36"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="36"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="37"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="54"/>
        <source>{title} — {date} — {place}</source>
        <translation>{title} — {date} — {place}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/attendance.py" line="58"/>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="22"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="124"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="93"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="121"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="23"/>
        <source>Horaires</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="26"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="27"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="103"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="105"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="28"/>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="36"/>
        <source>Ressource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="30"/>
        <source>Thématique</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="31"/>
        <source>Animation</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/cover.py" line="51"/>
        <source>Documents publiés sous licence {licence}. Vous pouvez les copier, les adapter et les partager en citant la source et sous la même licence.</source>
        <translation>Documents published under the {licence} licence. You may copy, adapt and share them, crediting the source and under the same licence.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="17"/>
        <source>pas du tout</source>
        <translation>not at all</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="18"/>
        <source>peu</source>
        <translation>a little</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="19"/>
        <source>moyennement</source>
        <translation>moderately</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="20"/>
        <source>plutôt</source>
        <translation>mostly</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="21"/>
        <source>tout à fait</source>
        <translation>completely</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="29"/>
        <source>Évaluation de l&apos;atelier</source>
        <translation>Workshop evaluation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="31"/>
        <source>Cochez une case par question et répondez librement aux questions ouvertes. Ce questionnaire est anonyme.</source>
        <translation>Tick one box per question and answer the open questions freely. This questionnaire is anonymous.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/evaluation.py" line="51"/>
        <source>Aucune question d&apos;évaluation n&apos;est définie pour cet atelier.</source>
        <translation>No evaluation questions are set for this workshop.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="37"/>
        <source>R : réalise · A : rend compte / arbitre (un seul par ligne) · C : consulté · I : informé</source>
        <extracomment>Grey ramp by participation rank: darker = more power (legible in B/W).</extracomment>
        <translation>R: responsible · A: accountable / arbiter (only one per row) · C: consulted · I: informed</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="109"/>
        <source>Noms complets des colonnes abrégées :</source>
        <translation>Full names of the shortened columns:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="123"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="130"/>
        <source>Points d&apos;attention</source>
        <translation>Points to watch</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="151"/>
        <source>Matrice des rôles — à remplir</source>
        <translation>Role matrix — to fill in</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="162"/>
        <source>Matrice de décision — aujourd&apos;hui</source>
        <translation>Decision matrix — today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="163"/>
        <source>Matrice de décision — cible</source>
        <translation>Decision matrix — target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="173"/>
        <source>Matrice de décision — à remplir</source>
        <translation>Decision matrix — to fill in</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="182"/>
        <source>Principe</source>
        <translation>Principle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="182"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="183"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/matrices.py" line="195"/>
        <source>Les huit principes de conception d&apos;Elinor Ostrom — état : absent, en discussion, en place.</source>
        <translation>Elinor Ostrom&apos;s eight design principles — status: absent, under discussion, in place.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="32"/>
        <source>Compte-rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/blog.py" line="153"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="52"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="58"/>
        <source>Catégorie d&apos;acteurs</source>
        <translation>Stakeholder category</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="59"/>
        <source>Présent·es</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="64"/>
        <source>Sans structure connue</source>
        <translation>No known organisation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="74"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="88"/>
        <source>Déroulé : prévu et réel</source>
        <translation>Agenda: planned and actual</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="105"/>
        <source>Notes par séquence</source>
        <translation>Notes by step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="113"/>
        <source>Aucune note.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="126"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/minutes.py" line="148"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="12"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="12"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="13"/>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="39"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="13"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="14"/>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="40"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="14"/>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="40"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="15"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="15"/>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="41"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="16"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="16"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="17"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="17"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="23"/>
        <source>date à préciser</source>
        <translation>date to be confirmed</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="24"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="31"/>
        <source>{h}h{m:02d}</source>
        <translation>{h}:{m:02d}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="39"/>
        <source>{h} h {m:02d}</source>
        <translation>{h} h {m:02d}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="40"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="49"/>
        <source>{present} sur {invited}, dont {walk_ins}.</source>
        <translation>{present} out of {invited}, including {walk_ins}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="50"/>
        <source>%n personne(s) présente(s)</source>
        <translation>
            <numerusform>%n person present</numerusform>
            <numerusform>%n people present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="51"/>
        <source>%n inscrite(s)</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/printing/format.py" line="52"/>
        <source>%n personne(s) venue(s) sans inscription</source>
        <translation>
            <numerusform>%n walk-in</numerusform>
            <numerusform>%n walk-ins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/maps.py" line="35"/>
        <source>Carte des acteurs — l&apos;oignon (à remplir)</source>
        <translation>Stakeholder map — the onion (to fill in)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/maps.py" line="37"/>
        <source>Carte des acteurs — pouvoir / intérêt (à remplir)</source>
        <translation>Stakeholder map — power / interest (to fill in)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="25"/>
        <source>! absente des deux derniers ateliers</source>
        <translation>! absent from the last two workshops</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="58"/>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="47"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="59"/>
        <source>atelier daté hors de toute phase</source>
        <translation>workshop dated outside every phase</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="89"/>
        <source>présente à %n atelier(s) sur {held}</source>
        <translation>
            <numerusform>came to %n workshop of {held}</numerusform>
            <numerusform>came to %n workshops of {held}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="124"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="125"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="93"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="121"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="126"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="83"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="94"/>
        <source>Expédition</source>
        <translation>Expedition</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="127"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="95"/>
        <source>Accueil</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="128"/>
        <source>Autres collectivités</source>
        <translation>Other local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="129"/>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="35"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="158"/>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="161"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="42"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="171"/>
        <source>Ateliers à dater :</source>
        <translation>Workshops to be dated:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="175"/>
        <source>Qui participe à quelle expédition</source>
        <translation>Who takes part in which expedition</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_poster.py" line="179"/>
        <source>Index des ateliers</source>
        <translation>Index of workshops</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="24"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="49"/>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="26"/>
        <source>Situation au {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="57"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="61"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="61"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="62"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="62"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="66"/>
        <source>Aucune phase n&apos;est encore datée.</source>
        <translation>No phase is dated yet.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="69"/>
        <source>Expéditions et collectivités</source>
        <translation>Expeditions and local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="83"/>
        <source>Pilote</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="84"/>
        <source>Participantes</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="85"/>
        <source>Second cercle</source>
        <translation>Second circle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="86"/>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="89"/>
        <source>Prochains ateliers</source>
        <translation>Next workshops</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="102"/>
        <source>Actions ouvertes par collectivité</source>
        <translation>Open actions by local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="106"/>
        <source>Ouvertes</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="107"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="108"/>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="46"/>
        <source>Sans collectivité</source>
        <translation>No local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/atelier_experiments.py" line="23"/>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="114"/>
        <source>Expérimentations</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/atelier_experiments.py" line="24"/>
        <source>« {title} » — née de cet atelier — {status}</source>
        <translation>“{title}” — born in this workshop — {status}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/atelier_experiments.py" line="25"/>
        <source>« {title} » — suivie lors de cet atelier — {status}</source>
        <translation>“{title}” — reviewed at this workshop — {status}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/atelier_experiments.py" line="26"/>
        <source> (portée par {lead})</source>
        <translation> (led by {lead})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="118"/>
        <source>Évaluation des ateliers (moyenne sur 5)</source>
        <translation>Workshop evaluation (mean out of 5)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="122"/>
        <source>Moyenne</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="123"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="133"/>
        <source>À dater : {titles}</source>
        <translation>To be dated: {titles}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="137"/>
        <source>Hors de toute phase : {titles}</source>
        <translation>Outside every phase: {titles}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/documents/programme_summary.py" line="140"/>
        <source>{collectivite} : personne aux deux derniers ateliers de « {expedition} »</source>
        <translation>{collectivite}: nobody at the last two workshops of “{expedition}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="38"/>
        <source>janv.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="38"/>
        <source>févr.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="39"/>
        <source>avr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="41"/>
        <source>juil.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="42"/>
        <source>sept.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="42"/>
        <source>oct.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="43"/>
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="43"/>
        <source>déc.</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/programme_timeline.py" line="45"/>
        <source>Sans expédition</source>
        <translation>No expedition</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="56"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="74"/>
        <source>Photos par séquence</source>
        <translation>Photos by step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="91"/>
        <source>Votes (gommettes)</source>
        <translation>Dot votes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="96"/>
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="130"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="98"/>
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="131"/>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/printing/photos_votes.py" line="201"/>
        <source>%n photo(s) sans texte alternatif ({names}) : ajoutez-le dans l&apos;onglet Photos avant de publier le compte-rendu.</source>
        <translation>
            <numerusform>%n photo without alt text ({names}): add it in the Photos tab before publishing the minutes.</numerusform>
            <numerusform>%n photos without alt text ({names}): add it in the Photos tab before publishing the minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="25"/>
        <source>Lettre de suivi des expérimentations</source>
        <translation>Experiments follow-up letter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="27"/>
        <source>Changements depuis le {date}</source>
        <translation>Changes since {date}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="28"/>
        <source>Toutes les expérimentations</source>
        <translation>All experiments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="29"/>
        <source>Aucune expérimentation n&apos;a changé depuis le {date}.</source>
        <translation>No experiment has changed since {date}.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="31"/>
        <source>Aucune expérimentation n&apos;est suivie dans ce carnet.</source>
        <translation>No experiment is followed in this notebook.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="32"/>
        <source>Portée par</source>
        <translation>Led by</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="33"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="34"/>
        <source>Outil testé</source>
        <translation>Tool tested</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="37"/>
        <source>Ce qui a changé</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="38"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="39"/>
        <source>Pas de changement de statut ni d&apos;entrée au journal.</source>
        <translation>No status change and no log entry.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="41"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="42"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="43"/>
        <source>Dernière mesure</source>
        <translation>Last measure</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="44"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="45"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="46"/>
        <source>Prochains jalons</source>
        <translation>Next milestones</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="47"/>
        <source>Aucun jalon à venir.</source>
        <translation>No milestone ahead.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="48"/>
        <source>Enseignements</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="49"/>
        <source>Née de l&apos;atelier « {atelier} »</source>
        <translation>Born in the workshop “{atelier}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="50"/>
        <source>Née de l&apos;atelier « {atelier} » (note d&apos;origine supprimée depuis)</source>
        <translation>Born in the workshop “{atelier}” (its note has since been deleted)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="52"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="55"/>
        <source>{date} : {before} → {after}</source>
        <translation>{date}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="56"/>
        <source>{date} : {after}</source>
        <translation>{date}: {after}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="57"/>
        <source>Nouvelles mesures : {measures}</source>
        <translation>New measures: {measures}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="58"/>
        <source>Jalon atteint : {title}</source>
        <translation>Milestone reached: {title}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="59"/>
        <source>{date} : {entry}</source>
        <translation>{date}: {entry}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="60"/>
        <source>{date} : {title}</source>
        <translation>{date}: {title}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="61"/>
        <source>{value} le {date}</source>
        <translation>{value} on {date}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/letter_text.py" line="62"/>
        <source>pas encore mesuré</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/printing/layout.py" line="130"/>
        <source>page {number}/{pages}</source>
        <extracomment>Page templates by name: the page size of each. Labels the kit writes itself (headers, field names): their columns are measured to hold their longest word, so they never break mid-word.</extracomment>
        <translation>page {number}/{pages}</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/programme.py" line="60"/>
        <source>« {collectivite} » participe déjà à l&apos;expédition « {thematique} ».</source>
        <translation>“{collectivite}” is already on the expedition “{thematique}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/programme.py" line="62"/>
        <source>« {collectivite} » ne participe pas à l&apos;expédition « {thematique} ».</source>
        <translation>“{collectivite}” is not on the expedition “{thematique}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/programme.py" line="64"/>
        <source>« {collectivite} » accueille cet atelier : choisissez d&apos;abord une autre collectivité d&apos;accueil.</source>
        <translation>“{collectivite}” hosts this workshop: choose another host first.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/programme.py" line="67"/>
        <source>« {collectivite} » participe déjà à cet atelier.</source>
        <translation>“{collectivite}” already takes part in this workshop.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/programme.py" line="69"/>
        <source>« {collectivite} » ne participe pas à cet atelier.</source>
        <translation>“{collectivite}” does not take part in this workshop.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/programme.py" line="71"/>
        <source>La phase doit finir après son début ({start} → {end}). Rien n&apos;a été modifié.</source>
        <translation>The phase must end after it starts ({start} → {end}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/programme.py" line="74"/>
        <source>Date hors des limites permises (entre {low} et {high}) : {value}.</source>
        <translation>Date outside the allowed range (between {low} and {high}): {value}.</translation>
    </message>
</context>
<context>
    <name>publishing</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/consent.py" line="65"/>
        <source>une personne ({category})</source>
        <extracomment>Phone numbers as people write them: &quot;06 12 34 56 78&quot;, &quot;0612345678&quot;, &quot;+33 6 12 34 56 78&quot;, &quot;+33 (0)6 12 34 56 78&quot; — not years (&quot;2026-2027&quot;) nor amounts (&quot;10 000 000&quot;). A surname alone is replaced only when at least this long (avoids &quot;Le&quot;, &quot;Roy&quot;…). Found in a free text (not a field meant for names): check it by hand. &quot;person&quot;, or &quot;photo&quot; for a photo left out of the site (no alt text).</extracomment>
        <translation>a person ({category})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/consent.py" line="67"/>
        <source>une personne participante</source>
        <translation>a participant</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/consent.py" line="126"/>
        <source>[courriel masqué]</source>
        <translation>[email hidden]</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/consent.py" line="128"/>
        <source>[téléphone masqué]</source>
        <translation>[phone hidden]</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="29"/>
        <source>Évaluation participative</source>
        <translation>Participatory evaluation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="30"/>
        <source>Les questions posées dans plusieurs ateliers, de 1 (pas du tout) à 5 (tout à fait), atelier après atelier ; la part de co-décision dans les matrices des décisions ; les principes des communs en place.</source>
        <translation>The questions asked in several workshops, from 1 (not at all) to 5 (completely), workshop after workshop; the share of co-decision in the decision matrices; the commons principles in place.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="34"/>
        <source>Questions partagées</source>
        <translation>Shared questions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="35"/>
        <source>Aucune question posée dans plusieurs ateliers.</source>
        <translation>No question asked in several workshops.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="36"/>
        <source>Moyenne</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="37"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="38"/>
        <source>Par expédition</source>
        <translation>By expedition</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="39"/>
        <source>Par collectivité</source>
        <translation>By local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="40"/>
        <source>Moyenne atelier après atelier : {question}</source>
        <translation>Mean workshop after workshop: {question}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="41"/>
        <source>Question ouverte : les réponses sont comptées, pas publiées.</source>
        <translation>Open question: the answers are counted, not published.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="43"/>
        <source>La co-décision a-t-elle progressé ?</source>
        <translation>Did co-decision grow?</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="44"/>
        <source>Part des cases de la matrice des décisions à « co-décide » ou « décide », aujourd&apos;hui et dans la cible.</source>
        <translation>Share of the decision matrix cells at “co-decides” or “decides”, today and in the target.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="47"/>
        <source>Part de co-décision aujourd&apos;hui, atelier après atelier</source>
        <translation>Share of co-decision today, workshop after workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="49"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="50"/>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="60"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="51"/>
        <source>Aucune matrice des décisions remplie.</source>
        <translation>No decision matrix filled in.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="52"/>
        <source>Les communs à travers le parcours</source>
        <translation>The commons across the programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="53"/>
        <source>Principes en place (sur 8), atelier après atelier</source>
        <translation>Principles in place (out of 8), workshop after workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="55"/>
        <source>En place (sur 8)</source>
        <translation>In place (out of 8)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="56"/>
        <source>En discussion</source>
        <translation>Under discussion</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="57"/>
        <source>Aucune grille des communs remplie.</source>
        <translation>No commons grid filled in.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="58"/>
        <source>Les ateliers sans date figurent dans le tableau, pas sur le graphique.</source>
        <translation>Undated workshops are in the table, not on the chart.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/evaluation.py" line="60"/>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="120"/>
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="34"/>
        <source>responsable d&apos;une action</source>
        <extracomment>The fields a name may be found in, as the review screen names them.</extracomment>
        <translation>owner of an action</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="35"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="36"/>
        <source>objectif</source>
        <translation>objective</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="37"/>
        <source>animation (et crédits)</source>
        <translation>facilitation (and credits)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="38"/>
        <source>lieu</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="39"/>
        <source>grille des communs</source>
        <translation>commons grid</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="40"/>
        <source>déroulé</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="41"/>
        <source>matrices</source>
        <translation>matrices</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="42"/>
        <source>carte des acteurs</source>
        <translation>stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/site_data.py" line="43"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="14"/>
        <source>fr</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="15"/>
        <source>Aller au contenu</source>
        <translation>Skip to content</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="16"/>
        <source>Navigation du site</source>
        <translation>Site navigation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="17"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="18"/>
        <source>Décisions et actions</source>
        <translation>Decisions and actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="19"/>
        <source>Crédits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="21"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="22"/>
        <source>Contenus publiés sous licence</source>
        <translation>Content published under the licence</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="23"/>
        <source>Police de caractères DejaVu, livrée avec le site :</source>
        <translation>DejaVu typeface, shipped with the site:</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="25"/>
        <source>licence des polices DejaVu</source>
        <translation>DejaVu fonts licence</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="26"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="27"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="28"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="29"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="30"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="31"/>
        <source>Aucune phase définie.</source>
        <translation>No phase defined.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="32"/>
        <source>Expéditions</source>
        <translation>Expeditions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="33"/>
        <source>Expédition</source>
        <translation>Expedition</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="34"/>
        <source>Aucune expédition.</source>
        <translation>No expedition.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="35"/>
        <source>Collectivités</source>
        <translation>Local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="36"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="37"/>
        <source>Cercle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="38"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="39"/>
        <source>Aucune collectivité.</source>
        <translation>No local authority.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="42"/>
        <source>Expérimentations</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="43"/>
        <source>Expérimentation</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="44"/>
        <source>Aucune expérimentation.</source>
        <translation>No experiment.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="45"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="46"/>
        <source>Portée par</source>
        <translation>Led by</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="47"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="48"/>
        <source>Type d&apos;outil</source>
        <translation>Kind of tool</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="49"/>
        <source>Outil testé</source>
        <translation>Tool tested</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="50"/>
        <source>Ressource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="51"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="52"/>
        <source>Hypothèse</source>
        <translation>Hypothesis</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="53"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="54"/>
        <source>Enseignements</source>
        <translation>Lessons learnt</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="55"/>
        <source>D&apos;où elle vient</source>
        <translation>Where it comes from</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="56"/>
        <source>(supprimée du carnet depuis)</source>
        <translation>(since deleted from the notebook)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="57"/>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="40"/>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="58"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="59"/>
        <source>Situation de départ</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="61"/>
        <source>Dernière mesure</source>
        <translation>Latest measure</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="62"/>
        <source>Chemin parcouru</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="63"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="64"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="65"/>
        <source>Mesures de « {name} » dans le temps</source>
        <translation>Measures of “{name}” over time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="66"/>
        <source>Jalons</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="67"/>
        <source>Historique du statut</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="68"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="69"/>
        <source>Journal de bord</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/experiments.py" line="70"/>
        <source>expérimentation</source>
        <translation>experiment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="20"/>
        <source>Flux Atom des ateliers et expérimentations</source>
        <translation>Atom feed of ateliers and experiments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="41"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="42"/>
        <source>Aucun atelier.</source>
        <translation>No workshop.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="43"/>
        <source>Collectivités membres</source>
        <translation>Member local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="44"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="45"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="46"/>
        <source>Aucune collectivité membre.</source>
        <translation>No member local authority.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="48"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="49"/>
        <source>Animation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="50"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="51"/>
        <source>Déroulé : prévu et réel</source>
        <translation>Agenda: planned and actual</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="52"/>
        <source>Séquence</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="53"/>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="54"/>
        <source>Réel</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="55"/>
        <source>Aucune séquence.</source>
        <translation>No step.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="56"/>
        <source>Compte-rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="57"/>
        <source>Hors séquence</source>
        <translation>Outside the steps</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="58"/>
        <source>Aucune note.</source>
        <translation>No note.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="59"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="60"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="61"/>
        <source>Aucune décision notée.</source>
        <translation>No decision noted.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="62"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="63"/>
        <source>Aucune action.</source>
        <translation>No action.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="64"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="65"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="66"/>
        <source>Pour quand</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="67"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="68"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="69"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="70"/>
        <source>Cartes des acteurs</source>
        <translation>Stakeholder maps</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="71"/>
        <source>Carte des acteurs</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="72"/>
        <source>La carte en texte</source>
        <translation>The map as text</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="73"/>
        <source>Aucun acteur placé.</source>
        <translation>No stakeholder placed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="74"/>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="75"/>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="76"/>
        <source>Matrice des rôles (RACI)</source>
        <translation>Roles matrix (RACI)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="77"/>
        <source>Matrice des décisions : aujourd&apos;hui</source>
        <translation>Decisions matrix: today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="78"/>
        <source>Matrice des décisions : cible</source>
        <translation>Decisions matrix: target</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="79"/>
        <source>Grille des communs</source>
        <translation>Commons grid</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="80"/>
        <source>Principe</source>
        <translation>Principle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="81"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="82"/>
        <source>Remarque</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="83"/>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/words.py" line="84"/>
        <source>{source} → {target} : {kind}</source>
        <translation>{source} → {target}: {kind}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="37"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="38"/>
        <source>Votes (gommettes)</source>
        <translation>Dot votes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="39"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="40"/>
        <source>Proposition</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="41"/>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="42"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="43"/>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="44"/>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="45"/>
        <source>Photo « {name} »</source>
        <translation>Photo “{name}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/publishing/boards.py" line="46"/>
        <source>non publiée : texte alternatif manquant (onglet Photos)</source>
        <translation>not published: alt text missing (Photos tab)</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/record_edits.py" line="38"/>
        <source>Le champ « {field} » ne se modifie pas ici.</source>
        <translation>The field “{field}” cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/record_edits.py" line="39"/>
        <source>Valeur invalide pour « {field} » : « {value} ».</source>
        <translation>Invalid value for “{field}”: “{value}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/record_edits.py" line="40"/>
        <source>Le titre ne peut pas être vide.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/record_edits.py" line="41"/>
        <source>Le nom ne peut pas être vide.</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/record_edits.py" line="42"/>
        <source>Le texte ne peut pas être vide.</source>
        <translation>The text cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/services/record_edits.py" line="43"/>
        <source>La durée doit être comprise entre {low} et {high} minutes.</source>
        <translation>The duration must be between {low} and {high} minutes.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="26"/>
        <source>« {row} » : personne ne rend compte (aucun A). Il en faut exactement un.</source>
        <extracomment>A column of a matrix (an acteur id in the app, anything hashable in the tests).</extracomment>
        <translation>“{row}”: nobody is accountable (no A). There must be exactly one.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="29"/>
        <source>« {row} » : personne ne réalise (aucun R). Il en faut au moins un.</source>
        <translation>“{row}”: nobody is responsible (no R). There must be at least one.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="32"/>
        <source>« {row} » : aucun acteur ne décide ni ne co-décide. Qui tranche ? Placez au moins un acteur à « co-décide » ou « décide ».</source>
        <translation>“{row}”: no stakeholder decides or co-decides. Who settles it? Set at least one stakeholder to “co-decides” or “decides”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="37"/>
        <source>« {row} » : {names} décide seul alors que d&apos;autres co-décident ({others}). Les deux ne peuvent pas être vrais à la fois.</source>
        <translation>“{row}”: {names} decides alone while others co-decide ({others}). Both cannot be true at once.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="42"/>
        <source>« {row} » : décision non partagée — {names} décide et les autres acteurs sont au mieux informés.</source>
        <translation>“{row}”: decision not shared — {names} decides and the other stakeholders are at best informed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="47"/>
        <source>Le déroulé dure {minutes} min, soit {over} min de plus que le créneau prévu ({planned} min).</source>
        <translation>The agenda lasts {minutes} min, {over} min more than the planned slot ({planned} min).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/core/rules.py" line="69"/>
        <source>« {row} » : %n acteur(s) (rend|rendent) compte (A : {names}). Il en faut exactement un.</source>
        <extracomment>Columns (acteurs) involved, for highlighting cells.</extracomment>
        <translation>
            <numerusform>“{row}”: %n stakeholder is accountable (A: {names}). There must be exactly one.</numerusform>
            <numerusform>“{row}”: %n stakeholders are accountable (A: {names}). There must be exactly one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="116"/>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="118"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="46"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="72"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="99"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="112"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="139"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="119"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="121"/>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/attendance/widget.py" line="122"/>
        <source>Inscription</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="25"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="32"/>
        <source>Collectivités</source>
        <translation>Local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="33"/>
        <source>collectivité</source>
        <translation>local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="34"/>
        <source>Nouvelle collectivité</source>
        <translation>New local authority</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="35"/>
        <source>Ajouter une collectivité</source>
        <translation>Add a Local Authority</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="40"/>
        <source>%n collectivité(s)</source>
        <translation>
            <numerusform>%n local authority</numerusform>
            <numerusform>%n local authorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="41"/>
        <source>{shown} sur %n collectivité(s)</source>
        <translation>
            <numerusform>{shown} of %n local authority</numerusform>
            <numerusform>{shown} of %n local authorities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="47"/>
        <source>Cercle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="49"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="50"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="51"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="77"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="103"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="58"/>
        <source>Ressources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="59"/>
        <source>ressource</source>
        <translation>resource</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="60"/>
        <source>Nouvelle ressource</source>
        <translation>New resource</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="61"/>
        <source>Ajouter une ressource</source>
        <translation>Add a Resource</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="66"/>
        <source>%n ressource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="67"/>
        <source>{shown} sur %n ressource(s)</source>
        <translation>
            <numerusform>{shown} of %n resource</numerusform>
            <numerusform>{shown} of %n resources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="73"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="75"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="84"/>
        <source>Acteurs</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="85"/>
        <source>acteur</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="86"/>
        <source>Nouvel acteur</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="87"/>
        <source>Ajouter un acteur</source>
        <translation>Add a Stakeholder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="93"/>
        <source>%n acteur(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="94"/>
        <source>{shown} sur %n acteur(s)</source>
        <translation>
            <numerusform>{shown} of %n stakeholder</numerusform>
            <numerusform>{shown} of %n stakeholders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="100"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="110"/>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="111"/>
        <source>participant·e</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="113"/>
        <source>Ajouter un·e participant·e</source>
        <translation>Add a Participant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="119"/>
        <source>%n participant·e(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="120"/>
        <source>{shown} sur %n participant·e(s)</source>
        <translation>
            <numerusform>{shown} of %n participant</numerusform>
            <numerusform>{shown} of %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="125"/>
        <source>Nom de famille</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="126"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="127"/>
        <source>Acteur</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="129"/>
        <source>Structure (texte libre)</source>
        <translation>Organisation (free text)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="131"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="132"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="133"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="134"/>
        <source>Accepte d&apos;être nommé·e</source>
        <translation>Agrees to be named</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="142"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="150"/>
        <source>Journal</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="151"/>
        <source>entrée</source>
        <translation>entry</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="152"/>
        <source>Ajouter une entrée</source>
        <translation>Add an Entry</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="161"/>
        <source>%n entrée(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="162"/>
        <source>{shown} sur %n entrée(s)</source>
        <translation>
            <numerusform>{shown} of %n entry</numerusform>
            <numerusform>{shown} of %n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="167"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/pages.py" line="168"/>
        <source>Ce qui s&apos;est passé</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/model.py" line="101"/>
        <source>oui</source>
        <extracomment>QDateEdit&apos;s minimum date stands for &quot;no date&quot; (shown as a dash). French source header, translated in context &quot;tables&quot; when shown. text | enum | fk | date | time | bool Target entity of a foreign key, shown by ``fk_label`` of the target. Colour swatch (hex) of a value (enum) or of the target record (fk). Computed display for read-only columns. The values to write when this cell is set (default: {attr: value}).</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/model.py" line="283"/>
        <source>Modifier « {field} »</source>
        <translation>Edit “{field}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/model.py" line="341"/>
        <source>— aucun·e —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="59"/>
        <source>Éléments</source>
        <extracomment>French source strings (translated in context &quot;tables&quot;).</extracomment>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="60"/>
        <source>élément</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="61"/>
        <source>Nouvel élément</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="62"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="104"/>
        <source>Actions sur la table</source>
        <extracomment>&quot;participants&quot; or &quot;acteurs&quot; to offer CSV import/export.</extracomment>
        <translation>Table actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="107"/>
        <source>Ajouter une ligne (Inser ou Ctrl+N)</source>
        <translation>Add a row (Insert or Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="109"/>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="268"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="110"/>
        <source>Supprimer les lignes choisies (Suppr) ; Ctrl+Z annule</source>
        <translation>Delete the selected rows (Delete); Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="114"/>
        <source>Importer un CSV…</source>
        <translation>Import a CSV…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="115"/>
        <source>Importer un tableur d&apos;inscriptions (CSV)</source>
        <translation>Import a registration spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="117"/>
        <source>Exporter en CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="118"/>
        <source>Exporter cette table pour un tableur</source>
        <translation>Export this table for a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="123"/>
        <source>Filtrer</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="124"/>
        <source>Filtrer (Ctrl+F)…</source>
        <translation>Filter (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="157"/>
        <source>Aucune ligne pour l&apos;instant : « {add} » (Inser ou Ctrl+N) en ajoute une.</source>
        <translation>No rows yet: “{add}” (Insert or Ctrl+N) adds one.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="160"/>
        <source>« Importer un CSV… » reprend un tableur d&apos;inscriptions.</source>
        <translation>“Import a CSV…” loads a registration spreadsheet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="200"/>
        <source>%n élément(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="201"/>
        <source>{shown} sur %n élément(s)</source>
        <translation>
            <numerusform>{shown} of %n item</numerusform>
            <numerusform>{shown} of %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="239"/>
        <source>Ajouter {what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="263"/>
        <source>{what} est utilisé par {usages}.

Supprimer quand même ? Ces liens seront retirés (Ctrl+Z annule la suppression).</source>
        <translation>{what} is used by {usages}.

Delete anyway? These links will be removed (Ctrl+Z undoes the deletion).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="275"/>
        <source>Supprimer {what}</source>
        <translation>Delete {what}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="288"/>
        <source>Importer un CSV</source>
        <translation>Import a CSV</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="289"/>
        <source>Tableurs CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV spreadsheets (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="302"/>
        <source>Exporter en CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/tables/page.py" line="303"/>
        <source>Tableurs CSV (*.csv)</source>
        <translation>CSV spreadsheets (*.csv)</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="17"/>
        <source>Adresse de serveur invalide : « {url} ». Elle s&apos;écrit postgresql://UTILISATEUR@SERVEUR/BASE (avec :PORT et ?sslmode=… si besoin).</source>
        <translation>Invalid server address: “{url}”. It is written postgresql://USER@SERVER/DATABASE (with :PORT and ?sslmode=… if needed).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="22"/>
        <source>Le serveur d&apos;équipe « {server} » est injoignable ({reason}). Le carnet local n&apos;a pas été modifié ; la synchronisation reprendra plus tard.</source>
        <translation>The team server “{server}” cannot be reached ({reason}). The local notebook was not changed; syncing will resume later.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="27"/>
        <source>Le serveur d&apos;équipe « {server} » a refusé l&apos;identifiant ou le mot de passe de « {user} ». Le carnet local n&apos;a pas été modifié.</source>
        <translation>The team server “{server}” refused the user name or password of “{user}”. The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="32"/>
        <source>Le serveur d&apos;équipe « {server} » demande un mot de passe pour « {user} » (variable LIEUX_PASSWORD, trousseau du système ou saisie au terminal). Le carnet local n&apos;a pas été modifié.</source>
        <translation>The team server “{server}” asks for a password for “{user}” (the LIEUX_PASSWORD variable, the system keyring or typed on the terminal). The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="38"/>
        <source>La base « {database} » n&apos;existe pas sur le serveur « {server} » : demandez au service informatique de la créer (docs/team.md). Le carnet local n&apos;a pas été modifié.</source>
        <translation>The database “{database}” does not exist on the server “{server}”: ask the IT department to create it (docs/team.md). The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="43"/>
        <source>Le serveur « {server} » exige une connexion chiffrée : ajoutez ?sslmode=require (ou verify-full) à l&apos;adresse. Le carnet local n&apos;a pas été modifié.</source>
        <translation>The server “{server}” requires an encrypted connection: add ?sslmode=require (or verify-full) to the address. The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="48"/>
        <source>La connexion chiffrée au serveur « {server} » a échoué ({reason}). Le carnet local n&apos;a pas été modifié.</source>
        <translation>The encrypted connection to the server “{server}” failed ({reason}). The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="53"/>
        <source>La base « {database} » du serveur « {server} » contient les données d&apos;une autre application : Lieux Communs ne l&apos;utilisera pas. Demandez une base vide. Le carnet local n&apos;a pas été modifié.</source>
        <translation>The database “{database}” on the server “{server}” holds another application&apos;s data: Lieux Communs will not use it. Ask for an empty database. The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="59"/>
        <source>Le serveur d&apos;équipe « {server} » a été mis à jour par une version plus récente de Lieux Communs (format {version}, cette version connaît le format {supported}). Mettez l&apos;application à jour pour synchroniser. Le carnet local n&apos;a pas été modifié.</source>
        <translation>The team server “{server}” was upgraded by a newer version of Lieux Communs (format {version}, this version knows format {supported}). Update the application to sync. The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="65"/>
        <source>L&apos;utilisateur « {user} » n&apos;a pas les droits nécessaires sur la base « {database} » ({detail}) : demandez au service informatique de l&apos;ajouter au rôle de l&apos;équipe (docs/team.md). Le carnet local n&apos;a pas été modifié.</source>
        <translation>The user “{user}” lacks the rights needed on the database “{database}” ({detail}): ask the IT department to add them to the team&apos;s role (docs/team.md). The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="71"/>
        <source>Le serveur d&apos;équipe « {server} » partage un autre programme (« {title} ») : une base ne partage qu&apos;un programme. Le carnet local n&apos;a pas été modifié.</source>
        <translation>The team server “{server}” shares another programme (“{title}”): a database shares only one programme. The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="76"/>
        <source>Le serveur d&apos;équipe « {server} » ne partage encore aucun programme : partagez d&apos;abord ce carnet (Fichier › Partager sur un serveur d&apos;équipe…, ou sync --share). Le carnet local n&apos;a pas été modifié.</source>
        <translation>The team server “{server}” shares no programme yet: share this notebook first (File › Share on a Team Server…, or sync --share). The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="82"/>
        <source>Le serveur d&apos;équipe « {server} » a envoyé des données refusées ({reason}). Le carnet local n&apos;a pas été modifié.</source>
        <translation>The team server “{server}” sent data that was refused ({reason}). The local notebook was not changed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="87"/>
        <source>Le serveur d&apos;équipe « {server} » a reçu d&apos;autres modifications pendant chaque essai de synchronisation. Ce qui est arrivé a été fusionné dans le carnet ; réessayez dans un instant pour envoyer vos modifications.</source>
        <translation>The team server “{server}” received other changes during every sync attempt. What came in was merged into the notebook; try again in a moment to send your changes.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="93"/>
        <source>La synchronisation avec « {server} » a été interrompue ({reason}). Le carnet et le serveur restent cohérents ; la prochaine synchronisation la terminera.</source>
        <translation>The sync with “{server}” was interrupted ({reason}). The notebook and the server stay consistent; the next sync will complete it.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/team/errors.py" line="98"/>
        <source>Aucun trousseau de mots de passe n&apos;est disponible sur cet ordinateur : le mot de passe du serveur d&apos;équipe ne sera pas enregistré et sera demandé à chaque synchronisation.</source>
        <translation>No password keyring is available on this computer: the team server&apos;s password will not be saved and will be asked at every sync.</translation>
    </message>
</context>
<context>
    <name>team_kinds</name>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="24"/>
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="25"/>
        <source>%n collectivité(s)</source>
        <translation>
            <numerusform>%n local authority</numerusform>
            <numerusform>%n local authorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="26"/>
        <source>%n thématique(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="27"/>
        <source>%n adhésion(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="28"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="29"/>
        <source>%n ressource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="30"/>
        <source>%n acteur(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="31"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="32"/>
        <source>%n atelier(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="33"/>
        <source>%n lien(s) atelier–collectivité</source>
        <translation>
            <numerusform>%n workshop–local authority link</numerusform>
            <numerusform>%n workshop–local authority links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="35"/>
        <source>%n séquence(s)</source>
        <translation>
            <numerusform>%n agenda step</numerusform>
            <numerusform>%n agenda steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="36"/>
        <source>%n présence(s)</source>
        <translation>
            <numerusform>%n attendance</numerusform>
            <numerusform>%n attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="37"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="38"/>
        <source>%n image(s) de photo</source>
        <translation>
            <numerusform>%n photo image</numerusform>
            <numerusform>%n photo images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="39"/>
        <source>%n carte(s) d&apos;acteurs</source>
        <translation>
            <numerusform>%n stakeholder map</numerusform>
            <numerusform>%n stakeholder maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="40"/>
        <source>%n position(s) sur une carte</source>
        <translation>
            <numerusform>%n position on a map</numerusform>
            <numerusform>%n positions on a map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="42"/>
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="43"/>
        <source>%n colonne(s) de matrice</source>
        <translation>
            <numerusform>%n matrix column</numerusform>
            <numerusform>%n matrix columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="44"/>
        <source>%n responsabilité(s)</source>
        <translation>
            <numerusform>%n responsibility</numerusform>
            <numerusform>%n responsibilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="45"/>
        <source>%n case(s) RACI</source>
        <translation>
            <numerusform>%n RACI cell</numerusform>
            <numerusform>%n RACI cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="46"/>
        <source>%n décision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="47"/>
        <source>%n case(s) de décision</source>
        <translation>
            <numerusform>%n decision cell</numerusform>
            <numerusform>%n decision cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="48"/>
        <source>%n évaluation(s) des communs</source>
        <translation>
            <numerusform>%n commons assessment</numerusform>
            <numerusform>%n commons assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="50"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="51"/>
        <source>%n question(s) d&apos;évaluation</source>
        <translation>
            <numerusform>%n evaluation question</numerusform>
            <numerusform>%n evaluation questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="53"/>
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="54"/>
        <source>%n réponse(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="55"/>
        <source>%n type(s) d&apos;outil</source>
        <translation>
            <numerusform>%n tool type</numerusform>
            <numerusform>%n tool types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="56"/>
        <source>%n expérimentation(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="57"/>
        <source>%n entrée(s) de journal</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="59"/>
        <source>%n partenaire(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="60"/>
        <source>%n lien(s) expérimentation–atelier</source>
        <translation>
            <numerusform>%n experiment–workshop link</numerusform>
            <numerusform>%n experiment–workshop links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="62"/>
        <source>%n origine(s)</source>
        <translation>
            <numerusform>%n origin</numerusform>
            <numerusform>%n origins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="63"/>
        <source>%n indicateur(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="64"/>
        <source>%n mesure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="65"/>
        <source>%n jalon(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="66"/>
        <source>%n changement(s) de statut</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="68"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="69"/>
        <source>%n option(s) de vote</source>
        <translation>
            <numerusform>%n vote option</numerusform>
            <numerusform>%n vote options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="70"/>
        <source>%n tour(s) de vote</source>
        <translation>
            <numerusform>%n vote round</numerusform>
            <numerusform>%n vote rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="71"/>
        <source>%n décompte(s)</source>
        <translation>
            <numerusform>%n count</numerusform>
            <numerusform>%n counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="79"/>
        <source>{table} : %n</source>
        <translation>
            <numerusform>{table}: %n</numerusform>
            <numerusform>{table}: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="97"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="98"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="99"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="100"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="101"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="102"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="103"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="104"/>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="105"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="106"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="107"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="108"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="109"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="110"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="111"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="112"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="113"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="114"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="115"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="116"/>
        <source>Animateurs</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="117"/>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="118"/>
        <source>Durée (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="119"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="120"/>
        <source>Nom de famille</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="121"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="122"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="123"/>
        <source>Légende</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="124"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="125"/>
        <source>Hypothèse</source>
        <translation>Hypothesis</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="126"/>
        <source>Enseignements</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="127"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="128"/>
        <source>Consignes</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="129"/>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="130"/>
        <source>Position horizontale</source>
        <translation>Horizontal position</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="131"/>
        <source>Position verticale</source>
        <translation>Vertical position</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="138"/>
        <source>(tout l&apos;enregistrement)</source>
        <translation>(the whole record)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="145"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="147"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="147"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/kinds.py" line="149"/>
        <source>(données binaires, %n octet(s))</source>
        <translation>
            <numerusform>(binary data, %n byte)</numerusform>
            <numerusform>(binary data, %n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>team_link</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/link.py" line="77"/>
        <source>Indiquez l&apos;adresse du serveur.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/link.py" line="84"/>
        <source>L&apos;utilisateur de l&apos;adresse ({url_user}) n&apos;est pas celui indiqué ({user}).</source>
        <translation>The address&apos;s user ({url_user}) is not the one entered ({user}).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/link.py" line="89"/>
        <source>Indiquez votre nom d&apos;utilisateur sur le serveur.</source>
        <translation>Enter your user name on the server.</translation>
    </message>
</context>
<context>
    <name>team_merge</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="44"/>
        <source>Fusionner un carnet</source>
        <translation>Merge a notebook</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="45"/>
        <source>Carnets et exports (*.lieux *.json);;Carnets Lieux Communs (*.lieux);;Échange JSON (*.json)</source>
        <translation>Notebooks and exports (*.lieux *.json);;Lieux Communs notebooks (*.lieux);;JSON interchange (*.json)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="67"/>
        <source>Ce carnet est ouvert en lecture seule : rien ne peut y être fusionné.</source>
        <translation>This notebook is open read-only: nothing can be merged into it.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="70"/>
        <source>Le fichier « {name} » n&apos;existe pas.</source>
        <translation>The file “{name}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="73"/>
        <source>C&apos;est le carnet ouvert : choisissez un autre carnet à fusionner.</source>
        <translation>That is the open notebook: choose another notebook to merge.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="88"/>
        <source>« {name} » n&apos;est ni un carnet Lieux Communs ni un export JSON lisible : rien n&apos;a été fusionné.</source>
        <translation>“{name}” is neither a Lieux Communs notebook nor a readable JSON export: nothing was merged.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="122"/>
        <source>Fusion annulée : rien n&apos;a été écrit.</source>
        <translation>Merge cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="124"/>
        <source>Fusion de « {name} »</source>
        <translation>Merge of “{name}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="129"/>
        <source>Un export JSON ne dit pas ce qui a été supprimé : aucune suppression n&apos;a été reportée.</source>
        <translation>A JSON export does not say what was deleted: no deletion was carried over.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="133"/>
        <source>Copie de sauvegarde d&apos;avant la fusion : {path}</source>
        <translation>Backup from before the merge: {path}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/merge_flow.py" line="136"/>
        <source>Fusion terminée</source>
        <translation>Merge finished</translation>
    </message>
</context>
<context>
    <name>team_report</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="42"/>
        <source>Ajoutés : {what}</source>
        <translation>Added: {what}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="43"/>
        <source>Modifiés : {what}</source>
        <translation>Changed: {what}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="44"/>
        <source>Supprimés : {what}</source>
        <translation>Deleted: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="51"/>
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="67"/>
        <source>%n conflit(s) réglé(s)</source>
        <translation>
            <numerusform>%n conflict settled</numerusform>
            <numerusform>%n conflicts settled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="52"/>
        <source>%n pris de l&apos;autre côté</source>
        <translation>
            <numerusform>%n taken from the other side</numerusform>
            <numerusform>%n taken from the other side</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="54"/>
        <source>Rien de nouveau : les deux carnets étaient déjà d&apos;accord.</source>
        <translation>Nothing new: both notebooks already agreed.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="63"/>
        <source>rien de nouveau</source>
        <translation>nothing new</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lieuxcommuns_desktop/ui/team/report.py" line="64"/>
        <source>%n enregistrement(s) reçu(s)</source>
        <translation>
            <numerusform>%n record received</numerusform>
            <numerusform>%n records received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>team_review</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="54"/>
        <source>(supprimé chez vous)</source>
        <extracomment>A tooltip never carries a whole hostile text: the detail pane does.</extracomment>
        <translation>(deleted by you)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="55"/>
        <source>(supprimé chez l&apos;autre)</source>
        <translation>(deleted by the other side)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="56"/>
        <source>(modifié chez vous)</source>
        <translation>(edited by you)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="57"/>
        <source>(modifié chez l&apos;autre)</source>
        <translation>(edited by the other side)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="63"/>
        <source>(inconnu)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="71"/>
        <source>{kind} « {label} »</source>
        <translation>{kind} “{label}”</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="86"/>
        <source>Enregistrement</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="87"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="88"/>
        <source>Chez vous</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="89"/>
        <source>Chez l&apos;autre</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="90"/>
        <source>Retenu</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="128"/>
        <source>suppression</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="137"/>
        <source>le mien</source>
        <translation>mine</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/team/conflicts_model.py" line="138"/>
        <source>celui de l&apos;autre</source>
        <translation>theirs</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="50"/>
        <source>Le modèle « {path} » est invalide ({where}) : {reason}</source>
        <extracomment>The version of the JSON layout this code reads and writes. A key is also a file name: lowercase letters, digits and dashes.</extracomment>
        <translation>The template “{path}” is invalid ({where}): {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="53"/>
        <source>Le modèle « {path} » ne peut pas être lu : {reason}</source>
        <translation>The template “{path}” cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="56"/>
        <source>Modèle introuvable : « {key} ».</source>
        <translation>Template not found: “{key}”.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="57"/>
        <source>« {key} » est le nom d&apos;un modèle fourni avec l&apos;application : choisissez un autre nom pour votre modèle.</source>
        <translation>“{key}” is the name of a template shipped with the application: choose another name for your template.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="62"/>
        <source>Nom de modèle invalide : « {key} ». Utilisez des lettres minuscules sans accent, des chiffres et des tirets (par exemple « mon-atelier »).</source>
        <translation>Invalid template name: “{key}”. Use lower-case letters without accents, digits and hyphens (for example “my-workshop”).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="67"/>
        <source>Un modèle personnel nommé « {key} » existe déjà ({path}).</source>
        <translation>A personal template named “{key}” already exists ({path}).</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="74"/>
        <source>ce n&apos;est pas du JSON valide (ligne {line})</source>
        <translation>this is not valid JSON (line {line})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="75"/>
        <source>un objet JSON est attendu</source>
        <translation>a JSON object is expected</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="76"/>
        <source>champ obligatoire manquant</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="77"/>
        <source>un texte est attendu</source>
        <translation>a text is expected</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="78"/>
        <source>ce texte ne peut pas être vide</source>
        <translation>this text cannot be empty</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="79"/>
        <source>une liste est attendue</source>
        <translation>a list is expected</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="80"/>
        <source>un nombre entier est attendu</source>
        <translation>an integer is expected</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="81"/>
        <source>valeur hors limites ({low} à {high})</source>
        <translation>value out of range ({low} to {high})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="82"/>
        <source>valeur inconnue « {value} » (possibles : {choices})</source>
        <translation>unknown value “{value}” (possible: {choices})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="83"/>
        <source>format {version} plus récent que celui de cette version ({supported})</source>
        <translation>format {version} newer than this version&apos;s ({supported})</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/core/templates.py" line="86"/>
        <source>au moins une séquence est nécessaire</source>
        <translation>at least one step is needed</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline.py" line="67"/>
        <source>Frise du programme</source>
        <translation>Programme timeline</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="34"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="35"/>
        <source>Trimestre</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="36"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="47"/>
        <source>Brouillon</source>
        <extracomment>Status groups of the issue: brouillon / prévu / tenu (annulé drawn apart).</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="48"/>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="49"/>
        <source>Tenu</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="50"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="210"/>
        <source>Hors de toutes les phases du programme</source>
        <extracomment>Colour-blind-safe fills (Okabe–Ito), a pattern for the drafts and cancellations. Empty when the block is too narrow for text. The label&apos;s baseline from the block&apos;s top-left corner. Index of its lane: by collectivité, an atelier has a block in several lanes. The whole name, for the tooltip (the text may be elided). The blocks&apos; rectangles grouped by style, and the blocks wide enough for a label. (band, brush, title, the title&apos;s baseline point). (x, name, width) of the month names, on the months layer. The selected atelier&apos;s id, or None. Atelier id -&gt; how it is drawn in its first lane (dated ateliers only). (atelier id, lane index) -&gt; its block in that lane. Lane index -&gt; the lane&apos;s block ids in date order (keyboard navigation). The lane of the selected block (an atelier may be in several lanes). Layers the view keeps in sight while scrolling (lane names, month names).</extracomment>
        <translation>Outside every phase of the programme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="222"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="359"/>
        <source>Sans expédition</source>
        <translation>No theme</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/programme/timeline_scene.py" line="360"/>
        <source>Sans collectivité</source>
        <translation>No local authority</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="64"/>
        <source>Déroulé</source>
        <extracomment>French source title, translated in context &quot;tools&quot; when displayed. French source of a short tab title (context &quot;tools&quot;); the title when empty.</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="66"/>
        <source>Émargement</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="68"/>
        <source>Carte des acteurs</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="70"/>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="71"/>
        <source>Matrice des rôles</source>
        <translation>Role matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="73"/>
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="74"/>
        <source>Matrice de décision</source>
        <translation>Decision matrix</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="76"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="77"/>
        <source>Grille des communs</source>
        <translation>Commons grid</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="79"/>
        <source>Communs</source>
        <translation>Commons</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="80"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="82"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="84"/>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="86"/>
        <source>Éval.</source>
        <translation>Eval.</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="91"/>
        <source>Collectivités</source>
        <translation>Local authorities</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="93"/>
        <source>Ressources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="95"/>
        <source>Acteurs</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="97"/>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="99"/>
        <source>Expérimentations</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="101"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="103"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="108"/>
        <source>Mode animation</source>
        <translation>Live mode</translation>
    </message>
    <message>
        <location filename="../../lieuxcommuns_desktop/ui/registry.py" line="110"/>
        <source>Imprimer le kit</source>
        <translation>Print the Kit</translation>
    </message>
</context>
</TS>
