<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Replace this computer's data?</source>
        <translation>Remplacer les données de cet ordinateur ?</translation>
    </message>
    <message>
        <source>The {n} records on this computer will be deleted and replaced by the server's data for your account. Work done here and never sent is lost.</source>
        <translation>Les {n} enregistrements de cet ordinateur seront supprimés et remplacés par les données du serveur pour votre compte. Le travail fait ici et jamais envoyé sera perdu.</translation>
    </message>
    <message>
        <source>Delete and replace</source>
        <translation>Supprimer et remplacer</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>ExportDoneMessage</name>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>{title} is saved as {name}.</source>
        <translation>{title} est enregistré sous {name}.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier : {folder}</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>No program on this computer could open {path}.</source>
        <translation>Aucun programme de cet ordinateur n'a pu ouvrir {path}.</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
</context>
<context>
    <name>LegendFrame</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Move the legend to the other side of the map</source>
        <translation>Placer la légende de l'autre côté de la carte</translation>
    </message>
    <message>
        <source>Collapse the legend (the map gets its width)</source>
        <translation>Replier la légende (la carte prend sa largeur)</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Afficher la légende</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>The default size and arrangement of the panels for this screen</source>
        <translation>La taille et la disposition par défaut des panneaux pour cet écran</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Collapse the map legend</source>
        <translation>Replier la légende de la carte</translation>
    </message>
    <message>
        <source>Side of the map legend</source>
        <translation>Côté de la légende de la carte</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>BM Desktop user guide</source>
        <translation>Guide de l'utilisateur de BM Desktop</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
</TS>
