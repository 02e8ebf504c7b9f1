<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <!-- The command line's help texts, argparse's own words and its error messages (bm_desktop/commands/help_text.py); kept by hand. -->
    <context>
        <name>CommandHelp</name>
        <message>
            <source>BM Desktop: maps, incidents, corrective actions and CAP meetings of the artisanal-mining assurance programme.</source>
            <translation>BM Desktop : cartes, incidents, actions correctives et réunions PAC du programme d'assurance de l'exploitation minière artisanale.</translation>
        </message>
        <message>
            <source>programme database file (default: BM_DESKTOP_DB or the user data directory)</source>
            <translation>fichier de la base de données du programme (par défaut : BM_DESKTOP_DB ou le dossier de données de l'utilisateur)</translation>
        </message>
        <message>
            <source>start on an empty database instead of the sample programme</source>
            <translation>démarrer sur une base vide plutôt que sur le programme d'exemple</translation>
        </message>
        <message>
            <source>interface language</source>
            <translation>langue de l'interface</translation>
        </message>
        <message>
            <source>write CAP meeting agendas and minutes (Excel or PDF)</source>
            <translation>écrire les ordres du jour et procès-verbaux des réunions PAC (Excel ou PDF)</translation>
        </message>
        <message>
            <source>Write a site's CAP meeting papers (agenda, invitations, attendance, minutes) as .xlsx or .pdf, or every agenda of a region as one workbook.</source>
            <translation>Écrire les documents de la réunion PAC d'un site (ordre du jour, invitations, présences, procès-verbal) en .xlsx ou .pdf, ou tous les ordres du jour d'une région dans un classeur.</translation>
        </message>
        <message>
            <source>site code, e.g. LB-01</source>
            <translation>code du site, p. ex. LB-01</translation>
        </message>
        <message>
            <source>programme region, e.g. Lualaba</source>
            <translation>région du programme, p. ex. Lualaba</translation>
        </message>
        <message>
            <source>meeting month</source>
            <translation>mois de la réunion</translation>
        </message>
        <message>
            <source>output file: .xlsx (site or region) or .pdf (site)</source>
            <translation>fichier de sortie : .xlsx (site ou région) ou .pdf (site)</translation>
        </message>
        <message>
            <source>build the agenda from the data even if one is saved</source>
            <translation>construire l'ordre du jour à partir des données même s'il en existe un enregistré</translation>
        </message>
        <message>
            <source>language of the papers (default: English)</source>
            <translation>langue des documents (par défaut : anglais)</translation>
        </message>
        <message>
            <source>programme database file</source>
            <translation>fichier de la base de données du programme</translation>
        </message>
        <message>
            <source>write a workbook (incident register, action tracker, score cards, quarterly report, Annex II summary, weekly site report)</source>
            <translation>écrire un classeur (registre des incidents, suivi des actions, fiches de score, rapport trimestriel, synthèse Annexe II, rapport hebdomadaire du site)</translation>
        </message>
        <message>
            <source>Write one of the programme's Excel workbooks.</source>
            <translation>Écrire l'un des classeurs Excel du programme.</translation>
        </message>
        <message>
            <source>which workbook</source>
            <translation>quel classeur</translation>
        </message>
        <message>
            <source>workbook to write</source>
            <translation>classeur à écrire</translation>
        </message>
        <message>
            <source>first day of the period</source>
            <translation>premier jour de la période</translation>
        </message>
        <message>
            <source>last day of the period</source>
            <translation>dernier jour de la période</translation>
        </message>
        <message>
            <source>only this programme region</source>
            <translation>seulement cette région du programme</translation>
        </message>
        <message>
            <source>only this site (required for weekly)</source>
            <translation>seulement ce site (obligatoire pour weekly)</translation>
        </message>
        <message>
            <source>incident register: add victims, witnesses and sensitive notes (only for roles allowed to see them)</source>
            <translation>registre des incidents : ajouter les victimes, les témoins et les notes sensibles (seulement pour les rôles autorisés à les voir)</translation>
        </message>
        <message>
            <source>your role (default: coordinator)</source>
            <translation>votre rôle (par défaut : coordinator)</translation>
        </message>
        <message>
            <source>language of the workbook (default: English)</source>
            <translation>langue du classeur (par défaut : anglais)</translation>
        </message>
        <message>
            <source>import a tracker, security events, a site register or an incident file</source>
            <translation>importer un suivi des actions, des événements sécuritaires, un registre des sites ou un fichier d'incidents</translation>
        </message>
        <message>
            <source>Check a file row by row and import it in one transaction (nothing is written when a row is rejected, unless --skip-rejected).</source>
            <translation>Vérifier un fichier ligne par ligne et l'importer en une seule transaction (rien n'est écrit si une ligne est rejetée, sauf avec --skip-rejected).</translation>
        </message>
        <message>
            <source>what the file holds</source>
            <translation>ce que contient le fichier</translation>
        </message>
        <message>
            <source>CSV, XLSX, GeoJSON or GeoPackage file</source>
            <translation>fichier CSV, XLSX, GeoJSON ou GeoPackage</translation>
        </message>
        <message>
            <source>check and report only; write nothing</source>
            <translation>vérifier et rendre compte seulement ; ne rien écrire</translation>
        </message>
        <message>
            <source>import the good rows even if some are rejected</source>
            <translation>importer les lignes correctes même si certaines sont rejetées</translation>
        </message>
        <message>
            <source>workbook sheet or GeoPackage layer</source>
            <translation>feuille du classeur ou couche du GeoPackage</translation>
        </message>
        <message>
            <source>sites/incidents: which file column holds a field (repeatable; remembered for files with the same columns)</source>
            <translation>sites/incidents : quelle colonne du fichier contient un champ (répétable ; mémorisé pour les fichiers aux mêmes colonnes)</translation>
        </message>
        <message>
            <source>language of the report (default: English)</source>
            <translation>langue du rapport (par défaut : anglais)</translation>
        </message>
        <message>
            <source>write the fictitious sample programme into a database</source>
            <translation>écrire le programme d'exemple fictif dans une base de données</translation>
        </message>
        <message>
            <source>Write the sample programme (48 sites, incidents 2020-2022, corrective actions, CAP meetings, security events; all fictitious) into a new database.</source>
            <translation>Écrire le programme d'exemple (48 sites, incidents 2020-2022, actions correctives, réunions PAC, événements sécuritaires ; tous fictifs) dans une nouvelle base de données.</translation>
        </message>
        <message>
            <source>repeat the programme N times (for benchmarks; default 1)</source>
            <translation>répéter le programme N fois (pour les mesures de performance ; par défaut 1)</translation>
        </message>
        <message>
            <source>random seed (default 2021)</source>
            <translation>graine aléatoire (par défaut 2021)</translation>
        </message>
        <message>
            <source>replace a database that already has sites with a new file (the old one is kept as a dated backup)</source>
            <translation>remplacer une base qui contient déjà des sites par un nouveau fichier (l'ancienne est gardée en copie de sauvegarde datée)</translation>
        </message>
        <message>
            <source>language of the messages (default: English)</source>
            <translation>langue des messages (par défaut : anglais)</translation>
        </message>
        <message>
            <source>run the sync server (or manage its users)</source>
            <translation>lancer le serveur de synchronisation (ou gérer ses utilisateurs)</translation>
        </message>
        <message>
            <source>Run the programme's sync server: laptops push their changes and pull those of others. The same database schema as the laptops, on PostgreSQL or SQLite.</source>
            <translation>Lancer le serveur de synchronisation du programme : les ordinateurs envoient leurs modifications et reçoivent celles des autres. Le même schéma de base que les ordinateurs, sur PostgreSQL ou SQLite.</translation>
        </message>
        <message>
            <source>server database: PostgreSQL URL or SQLite file (default: BM_SERVER_DB or server.sqlite in the user data directory)</source>
            <translation>base de données du serveur : URL PostgreSQL ou fichier SQLite (par défaut : BM_SERVER_DB ou server.sqlite dans le dossier de données de l'utilisateur)</translation>
        </message>
        <message>
            <source>address to listen on (default 127.0.0.1; 0.0.0.0 for all)</source>
            <translation>adresse d'écoute (par défaut 127.0.0.1 ; 0.0.0.0 pour toutes)</translation>
        </message>
        <message>
            <source>port (default 8765)</source>
            <translation>port (par défaut 8765)</translation>
        </message>
        <message>
            <source>fill an empty server with the sample programme and demo users</source>
            <translation>remplir un serveur vide avec le programme d'exemple et des utilisateurs de démonstration</translation>
        </message>
        <message>
            <source>TLS certificate (HTTPS)</source>
            <translation>certificat TLS (HTTPS)</translation>
        </message>
        <message>
            <source>TLS private key (HTTPS)</source>
            <translation>clé privée TLS (HTTPS)</translation>
        </message>
        <message>
            <source>how long a sign-in lasts (default 12 hours)</source>
            <translation>durée d'une connexion (par défaut 12 heures)</translation>
        </message>
        <message>
            <source>create an account</source>
            <translation>créer un compte</translation>
        </message>
        <message>
            <source>Create an account with a role and its scope.</source>
            <translation>Créer un compte avec un rôle et son périmètre.</translation>
        </message>
        <message>
            <source>programme region (regional manager, government; repeatable)</source>
            <translation>région du programme (responsable régional, gouvernement ; répétable)</translation>
        </message>
        <message>
            <source>site code (coordinator; repeatable)</source>
            <translation>code du site (coordinateur ; répétable)</translation>
        </message>
        <message>
            <source>read the password from standard input</source>
            <translation>lire le mot de passe sur l'entrée standard</translation>
        </message>
        <message>
            <source>change a password (closes open sessions)</source>
            <translation>changer un mot de passe (ferme les sessions ouvertes)</translation>
        </message>
        <message>
            <source>disable an account and revoke its sessions</source>
            <translation>désactiver un compte et révoquer ses sessions</translation>
        </message>
        <message>
            <source>list the accounts</source>
            <translation>lister les comptes</translation>
        </message>
        <message>
            <source>print the impact figures of a period (incidents, actions, meetings)</source>
            <translation>afficher les chiffres d'impact d'une période (incidents, actions, réunions)</translation>
        </message>
        <message>
            <source>Print the programme's impact figures for a period, computed by the KPI code: incidents, risk areas, corrective actions and implementation rate, child labour, CAP meetings.</source>
            <translation>Afficher les chiffres d'impact du programme pour une période, calculés par le code des indicateurs : incidents, domaines de risque, actions correctives et taux de mise en œuvre, travail des enfants, réunions PAC.</translation>
        </message>
        <message>
            <source>last day of the period (actions and meetings count up to it)</source>
            <translation>dernier jour de la période (actions et réunions comptées jusqu'à ce jour)</translation>
        </message>
        <message>
            <source>only this programme region (repeat for several)</source>
            <translation>seulement cette région du programme (répéter pour plusieurs)</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>afficher du JSON plutôt qu'un tableau</translation>
        </message>
        <message>
            <source>language of the table (default: English)</source>
            <translation>langue du tableau (par défaut : anglais)</translation>
        </message>
        <message>
            <source>synchronise the local database with the programme's server</source>
            <translation>synchroniser la base locale avec le serveur du programme</translation>
        </message>
        <message>
            <source>Send local changes to the programme's server and receive the others' (push, then pull). The first time, the laptop receives its scope from the server.</source>
            <translation>Envoyer les modifications locales au serveur du programme et recevoir celles des autres (envoi, puis réception). La première fois, l'ordinateur reçoit son périmètre du serveur.</translation>
        </message>
        <message>
            <source>server address, e.g. https://sync.example.org (default: the one used last time)</source>
            <translation>adresse du serveur, p. ex. https://sync.example.org (par défaut : celle de la dernière fois)</translation>
        </message>
        <message>
            <source>user name (default: last time's)</source>
            <translation>nom d'utilisateur (par défaut : celui de la dernière fois)</translation>
        </message>
        <message>
            <source>for a database that was never synchronised but holds data: send it to the server (keep) or replace it with the server's (replace)</source>
            <translation>pour une base jamais synchronisée qui contient des données : l'envoyer au serveur (keep) ou la remplacer par celle du serveur (replace)</translation>
        </message>
        <message>
            <source>keep the password in the system keyring for next time</source>
            <translation>garder le mot de passe dans le trousseau du système pour la prochaine fois</translation>
        </message>
        <message>
            <source>changes per push request (default 200)</source>
            <translation>modifications par requête d'envoi (par défaut 200)</translation>
        </message>
        <message>
            <source>rows per pull page (default 500)</source>
            <translation>lignes par page de réception (par défaut 500)</translation>
        </message>
        <message>
            <source>read timeout per request (default 60)</source>
            <translation>délai de lecture par requête (par défaut 60)</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>{prog}: error: {message}</source>
            <translation>{prog} : erreur : {message}</translation>
        </message>
        <message>
            <source>argument {name}: {message}</source>
            <translation>argument {name} : {message}</translation>
        </message>
        <message>
            <source>the following arguments are required: {}</source>
            <translation>les arguments suivants sont obligatoires : {}</translation>
        </message>
        <message>
            <source>unrecognized arguments: {}</source>
            <translation>arguments non reconnus : {}</translation>
        </message>
        <message>
            <source>invalid choice: {} (choose from {})</source>
            <translation>choix invalide : {} (choisissez parmi {})</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument est attendu</translation>
        </message>
        <message>
            <source>invalid {} value: {}</source>
            <translation>valeur {} invalide : {}</translation>
        </message>
        <message>
            <source>'{}' is not a date (use YYYY-MM-DD)</source>
            <translation>« {} » n'est pas une date (utilisez AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>Check a file row by row and import it in one transaction (nothing is written when a row is rejected, unless --skip-rejected). 'import batches' lists the imports, 'import undo BATCH' takes one back until it is synchronised.</source>
            <translation>Vérifier un fichier ligne par ligne et l'importer en une seule transaction (rien n'est écrit si une ligne est rejetée, sauf avec --skip-rejected). « import batches » liste les imports, « import undo LOT » en annule un tant qu'il n'est pas synchronisé.</translation>
        </message>
        <message>
            <source>what the file holds (or: batches, undo)</source>
            <translation>ce que contient le fichier (ou : batches, undo)</translation>
        </message>
        <message>
            <source>CSV, XLSX, GeoJSON or GeoPackage file (undo: the batch number)</source>
            <translation>fichier CSV, XLSX, GeoJSON ou GeoPackage (undo : le numéro du lot)</translation>
        </message>
        <message>
            <source>which file column holds a field (repeatable; remembered for files with the same columns)</source>
            <translation>quelle colonne du fichier contient un champ (répétable ; retenu pour les fichiers ayant les mêmes colonnes)</translation>
        </message>
        <message>
            <source>events: how dates like 06/01/2021 are written (dmy: day first, mdy: month first) when the file does not show it</source>
            <translation>événements : comment les dates comme 06/01/2021 sont écrites (dmy : jour d'abord, mdy : mois d'abord) quand le fichier ne le montre pas</translation>
        </message>
        <message>
            <source>events: remove the stored events of the same source within the file's dates that the file no longer lists</source>
            <translation>événements : supprimer les événements enregistrés de la même source, dans les dates du fichier, que le fichier ne liste plus</translation>
        </message>
        <message>
            <source>write every line of the row report to a .csv or .xlsx file</source>
            <translation>écrire toutes les lignes du rapport ligne par ligne dans un fichier .csv ou .xlsx</translation>
        </message>
        <message>
            <source>server processes sharing the port (default 1; more than one needs a PostgreSQL database)</source>
            <translation>processus serveur partageant le port (1 par défaut ; plus d'un demande une base PostgreSQL)</translation>
        </message>
        <message>
            <source>listen on a non-loopback address without TLS (only behind a reverse proxy that adds it, or on a trusted network)</source>
            <translation>écouter sur une adresse autre que locale sans TLS (seulement derrière un proxy inverse qui l'ajoute, ou sur un réseau de confiance)</translation>
        </message>
        <message>
            <source>reverse proxies trusted to give the client address in X-Forwarded-For (default 127.0.0.1)</source>
            <translation>proxys inverses de confiance pour donner l'adresse du client dans X-Forwarded-For (127.0.0.1 par défaut)</translation>
        </message>
        <message>
            <source>allow an unencrypted http:// address of another computer (the password and data travel in clear)</source>
            <translation>autoriser une adresse http:// non chiffrée d'un autre ordinateur (le mot de passe et les données circulent en clair)</translation>
        </message>
    </context>
</TS>
