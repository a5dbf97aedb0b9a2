<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
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
</TS>
