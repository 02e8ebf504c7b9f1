<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="76" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="78" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="93" />
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="103" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="103" />
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="104" />
        <source>Their version (kept)</source>
        <translation>Leur version (conservée)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="109" />
        <source>Restore my version</source>
        <translation>Rétablir ma version</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="110" />
        <source>Keep their version</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="127" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="127" />
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="128" />
        <source>Why the server refused it</source>
        <translation>Motif du refus par le serveur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="133" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="134" />
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="139" />
        <source>Someone else changed these records at the same time as you, and their change was later, so it was kept. Your version is not lost: compare both and choose.</source>
        <translation>Quelqu'un d'autre a modifié ces enregistrements en même temps que vous, et sa modification était plus récente : elle a été conservée. Votre version n'est pas perdue : comparez les deux et choisissez.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="152" />
        <source>Detected {when}</source>
        <translation>Détecté le {when}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="155" />
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="163" />
        <source>Refused changes ({n})</source>
        <translation>Modifications refusées ({n})</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="0" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="0" />
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="0" />
        <source>Why it was left out</source>
        <translation>Pourquoi elle a été écartée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="0" />
        <source>Rows the server sent that break a rule of this version of BM Desktop (a value out of range, say): they were left out so that nothing else is blocked. Ask the programme administrator to correct them on the server.</source>
        <translation>Lignes envoyées par le serveur qui enfreignent une règle de cette version de BM Desktop (une valeur hors limites, par exemple) : elles ont été écartées pour que rien d&apos;autre ne soit bloqué. Demandez à l&apos;administrateur du programme de les corriger sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="0" />
        <source>Rows not received</source>
        <translation>Lignes non reçues</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="0" />
        <source>Rows not received ({n})</source>
        <translation>Lignes non reçues ({n})</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="175" />
        <source>No conflicts to review.</source>
        <translation>Aucun conflit à examiner.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="179" />
        <source>{record}: you changed it on {mine}; another device ({device}) changed it on {theirs}, and that version was kept.</source>
        <translation>{record} : vous l'avez modifié le {mine} ; un autre appareil ({device}) l'a modifié le {theirs}, et c'est cette version qui a été conservée.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="179" />
        <source>{record}: you changed it on {mine}; {who} changed it on {theirs} (on the device {device}), and that version was kept.</source>
        <translation>{record} : vous l'avez modifié le {mine} ; {who} l'a modifié le {theirs} (sur l'appareil {device}), et c'est cette version qui a été conservée.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="183" />
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="34" />
        <source>Connect to the programme server</source>
        <translation>Se connecter au serveur du programme</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="44" />
        <source>Remember the password in the system keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="47" />
        <source>This computer has no keyring: the password is kept only while BM Desktop is open.</source>
        <translation>Cet ordinateur n'a pas de trousseau : le mot de passe n'est gardé que tant que BM Desktop est ouvert.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="52" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="53" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="54" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="61" />
        <source>Send it to the server (work done here before connecting)</source>
        <translation>Les envoyer au serveur (travail fait ici avant la connexion)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="63" />
        <source>This laptop already holds {n} records</source>
        <translation>Cet ordinateur contient déjà {n} enregistrements</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="60" />
        <source>Replace it with the server's data for my account (new laptop, sample programme)</source>
        <translation>Les remplacer par les données du serveur pour mon compte (nouvel ordinateur, programme d'exemple)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="81" />
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="81" />
        <source>Sign in</source>
        <translation>S'identifier</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="98" />
        <source>Give the server address (starting with https://) and your user name.</source>
        <translation>Indiquez l'adresse du serveur (commençant par https://) et votre nom d'utilisateur.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="102" />
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="105" />
        <source>Signing in…</source>
        <translation>Identification…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="122" />
        <source>{done} of {total} records</source>
        <translation>{done} enregistrements sur {total}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="124" />
        <source>Receiving your sites' data…</source>
        <translation>Réception des données de vos sites…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="127" />
        <source>Connected: received {n} records.</source>
        <translation>Connecté : {n} enregistrements reçus.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_connect_dialog.py" line="134" />
        <source>Could not connect: {message}</source>
        <translation>Connexion impossible : {message}</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection (http://) to this address</source>
        <translation>Autoriser une connexion non chiffrée (http://) vers cette adresse</translation>
    </message>
    <message>
        <source>Warning: this address is not encrypted. Your password and the programme's data would cross the network readable by anyone on the way. Ask for an https:// address.</source>
        <translation>Attention : cette adresse n'est pas chiffrée. Votre mot de passe et les données du programme traverseraient le réseau lisibles par quiconque sur le trajet. Demandez une adresse https://.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): use an https:// address, or tick the box to allow it.</source>
        <translation>Cette adresse n'est pas chiffrée (http://) : utilisez une adresse https://, ou cochez la case pour l'autoriser.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../bm_desktop/ui/sync_controller.py" line="20" />
        <source>Synchronise in the background</source>
        <translation>Synchroniser en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_controller.py" line="22" />
        <source>Minutes between background syncs</source>
        <translation>Minutes entre deux synchronisations en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_controller.py" line="23" />
        <source>Last sync server address</source>
        <translation>Dernière adresse du serveur de synchronisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_controller.py" line="24" />
        <source>Last sync user name</source>
        <translation>Dernier nom d'utilisateur de synchronisation</translation>
    </message>
    <message>
        <source>Unencrypted (http://) server address the user allowed</source>
        <translation>Adresse de serveur non chiffrée (http://) autorisée par l'utilisateur</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message>
        <location filename="../../bm_desktop/ui/sync_feature.py" line="23" />
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_feature.py" line="26" />
        <location filename="../../bm_desktop/ui/sync_feature.py" line="50" />
        <source>Connect to the programme server…</source>
        <translation>Se connecter au serveur du programme…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_feature.py" line="28" />
        <location filename="../../bm_desktop/ui/sync_feature.py" line="53" />
        <source>Sync conflicts…</source>
        <translation>Conflits de synchronisation…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_feature.py" line="30" />
        <source>Sign out of the server</source>
        <translation>Se déconnecter du serveur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_feature.py" line="32" />
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_feature.py" line="48" />
        <source>Sign in to the programme server…</source>
        <translation>S'identifier sur le serveur du programme…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_feature.py" line="52" />
        <source>Sync conflicts ({n})…</source>
        <translation>Conflits de synchronisation ({n})…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_feature.py" line="60" />
        <source>Sync failed: {message}</source>
        <translation>Échec de la synchronisation : {message}</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="34" />
        <source>today at {time}</source>
        <translation>aujourd'hui à {time}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="36" />
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="43" />
        <source>Not connected to a server</source>
        <translation>Non connecté à un serveur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="44" />
        <source>Tools &gt; Connect to the programme server… links this laptop to the central server.</source>
        <translation>Outils &gt; Se connecter au serveur du programme… relie cet ordinateur au serveur central.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="48" />
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="50" />
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="52" />
        <source>Synced {when}</source>
        <translation>Synchronisé {when}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="55" />
        <source>Not synchronised yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="57" />
        <source>changes waiting: {n}</source>
        <translation>modifications en attente : {n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="59" />
        <source>conflicts to review: {n}</source>
        <translation>conflits à examiner : {n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="61" />
        <source>refused changes: {n}</source>
        <translation>modifications refusées : {n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="62" />
        <source>Server: {url} (user {user})</source>
        <translation>Serveur : {url} (utilisateur {user})</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="65" />
        <source>Last successful sync: {when}</source>
        <translation>Dernière synchronisation réussie : {when}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="68" />
        <source>No successful sync yet.</source>
        <translation>Aucune synchronisation réussie pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="70" />
        <source>Last attempt failed: {error}</source>
        <translation>La dernière tentative a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="71" />
        <source>Nothing is lost: changes wait on this laptop and are sent at the next successful sync.</source>
        <translation>Rien n'est perdu : les modifications attendent sur cet ordinateur et partiront à la prochaine synchronisation réussie.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_status.py" line="73" />
        <source>Click to sync now.</source>
        <translation>Cliquez pour synchroniser maintenant.</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="36" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="37" />
        <source>Site mineral</source>
        <translation>Minerai du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="38" />
        <source>Site status change</source>
        <translation>Changement de statut du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="39" />
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="40" />
        <source>Site stakeholder</source>
        <translation>Partie prenante du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="41" />
        <source>Site visit</source>
        <translation>Visite de site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="42" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="43" />
        <source>Site risk</source>
        <translation>Risque du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="44" />
        <source>Risk–incident link</source>
        <translation>Lien risque–incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="45" />
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="46" />
        <source>Action–incident link</source>
        <translation>Lien action–incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="47" />
        <source>Action progress</source>
        <translation>Avancement d'action</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="48" />
        <source>CAP meeting</source>
        <translation>Réunion PAC</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="49" />
        <source>Agenda item</source>
        <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="50" />
        <source>Meeting attendance</source>
        <translation>Présence à la réunion</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="51" />
        <source>Meeting decision</source>
        <translation>Décision de réunion</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="52" />
        <source>Security event</source>
        <translation>Événement de sécurité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="53" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="54" />
        <source>Programme region</source>
        <translation>Région du programme</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="55" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="56" />
        <source>Mineral</source>
        <translation>Minerai</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="57" />
        <source>Risk category</source>
        <translation>Catégorie de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="58" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sync_conflicts_dialog.py" line="59" />
        <source>Stakeholder type</source>
        <translation>Type de partie prenante</translation>
    </message>
</context>
</TS>