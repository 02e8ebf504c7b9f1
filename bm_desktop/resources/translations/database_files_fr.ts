<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>The file {path} is damaged (truncated or corrupt) or is not a BM Desktop database, so it cannot be opened; it was left as it is. Open one of its backups (the files named {stem}.backup-… beside it) or choose another file.</source>
            <translation>Le fichier {path} est endommagé (tronqué ou corrompu) ou n’est pas une base BM Desktop : il ne peut pas être ouvert et n’a pas été modifié. Ouvrez l’une de ses sauvegardes (les fichiers nommés {stem}.backup-… à côté de lui) ou choisissez un autre fichier.</translation>
        </message>
        <message>
            <source>The database {path} is locked by another program (another BM Desktop window or a copy of the server?). Close it and try again; nothing was changed.</source>
            <translation>La base {path} est verrouillée par un autre programme (une autre fenêtre de BM Desktop ou une copie du serveur ?). Fermez-le et réessayez ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>The database {path} is open read-only: the change was not saved. To edit it, make the file writable or copy it to a folder where you may write.</source>
            <translation>La base {path} est ouverte en lecture seule : la modification n’a pas été enregistrée. Pour la modifier, rendez le fichier modifiable ou copiez-le dans un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>The disk holding the database {path} is full: nothing was saved and the file was left as it was. Free some space and try again.</source>
            <translation>Le disque qui contient la base {path} est plein : rien n’a été enregistré et le fichier est resté tel quel. Libérez de l’espace et réessayez.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened: check that the file and its folder exist and that you may read them.</source>
            <translation>La base {path} ne peut pas être ouverte : vérifiez que le fichier et son dossier existent et que vous avez le droit de les lire.</translation>
        </message>
        <message>
            <source>The database {path} could not be read or written (a disk error); the file was left as it is. Check the disk and try again.</source>
            <translation>La base {path} n’a pas pu être lue ou écrite (erreur de disque) ; le fichier n’a pas été modifié. Vérifiez le disque et réessayez.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of BM Desktop (schema {revision}); this version cannot open it. Open it with the newer version; the file was not changed.</source>
            <translation>La base {path} a été écrite par une version plus récente de BM Desktop (schéma {revision}) ; cette version ne peut pas l’ouvrir. Ouvrez-la avec la version plus récente ; le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>The file {path} is a SQLite database but not a BM Desktop one; it was not changed. Choose the programme&apos;s database file.</source>
            <translation>Le fichier {path} est une base SQLite mais pas une base BM Desktop ; il n’a pas été modifié. Choisissez le fichier de base de données du programme.</translation>
        </message>
        <message>
            <source>The database {path} is read-only and must be upgraded for this version of BM Desktop: make the file writable (or copy it to a folder where you may write) and open it again.</source>
            <translation>La base {path} est en lecture seule et doit être mise à jour pour cette version de BM Desktop : rendez le fichier modifiable (ou copiez-le dans un dossier où vous pouvez écrire) puis rouvrez-la.</translation>
        </message>
    </context>
    <context>
        <name>AppStart</name>
        <message>
            <source>BM Desktop cannot open its database.</source>
            <translation>BM Desktop ne peut pas ouvrir sa base de données.</translation>
        </message>
        <message>
            <source>Read-only: {name} cannot be changed</source>
            <translation>Lecture seule : {name} ne peut pas être modifié</translation>
        </message>
        <message>
            <source>You may not write this file, so it was opened read-only: edits are refused. Make it writable, or copy it to a folder where you may write, to edit it.</source>
            <translation>Vous n’avez pas le droit d’écrire ce fichier : il a été ouvert en lecture seule et les modifications sont refusées. Rendez-le modifiable, ou copiez-le dans un dossier où vous pouvez écrire, pour le modifier.</translation>
        </message>
    </context>
</TS>
