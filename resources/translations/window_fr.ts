<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
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
</TS>
