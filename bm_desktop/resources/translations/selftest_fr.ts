<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <!-- The installation self-test (bm-desktop self-test, Help > Self-test), the About box and the version option (issue 16). -->
    <context>
        <name>SelfTest</name>
        <message>
            <source>Database encryption</source>
            <translation>Chiffrement de la base de données</translation>
        </message>
        <message>
            <source>the SQLite library has no encryption (SQLCipher missing): the database would be written in clear</source>
            <translation>la bibliothèque SQLite n&apos;a pas de chiffrement (SQLCipher manquant) : la base serait écrite en clair</translation>
        </message>
        <message>
            <source>database encryption does not work: {reason}</source>
            <translation>le chiffrement de la base ne fonctionne pas : {reason}</translation>
        </message>
        <message>
            <source>database encryption does not work: a keyed file did not reopen with its key, or opened with another</source>
            <translation>le chiffrement de la base ne fonctionne pas : un fichier chiffré ne s&apos;est pas rouvert avec sa clé, ou s&apos;est ouvert avec une autre</translation>
        </message>
        <message>
            <source>SQLCipher {version}, keys from argon2id</source>
            <translation>SQLCipher {version}, clés dérivées par argon2id</translation>
        </message>
        <message>
            <source>{title}: {detail}</source>
            <translation>{title} : {detail}</translation>
        </message>
        <message>
            <source>Data files</source>
            <translation>Fichiers de données</translation>
        </message>
        <message>
            <source>Writing in the data directory</source>
            <translation>Écriture dans le dossier de données</translation>
        </message>
        <message>
            <source>Database opens and migrates (on a copy)</source>
            <translation>La base de données s'ouvre et se met à jour (sur une copie)</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Fonts for PDF printouts</source>
            <translation>Polices des impressions PDF</translation>
        </message>
        <message>
            <source>Visit planner</source>
            <translation>Planificateur de visites</translation>
        </message>
        <message>
            <source>the route solver does not load ({error}): trips cannot be planned</source>
            <translation>le solveur d'itinéraires ne se charge pas ({error}) : impossible de planifier un voyage</translation>
        </message>
        <message>
            <source>the route solver left out sites that a day can hold</source>
            <translation>le solveur d'itinéraires a laissé de côté des sites qu'une journée peut contenir</translation>
        </message>
        <message>
            <source>the route solver plans a test trip</source>
            <translation>le solveur d'itinéraires planifie un voyage d'essai</translation>
        </message>
        <message>
            <source>Sync server</source>
            <translation>Serveur de synchronisation</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>attention</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>sans objet</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <source>{catalogues} translation files, {layers} basemap layers, the user guide in English and French</source>
            <translation>{catalogues} fichiers de traduction, {layers} couches du fond de carte, le guide de l'utilisateur en anglais et en français</translation>
        </message>
        <message>
            <source>{folder} is writable</source>
            <translation>{folder} est accessible en écriture</translation>
        </message>
        <message>
            <source>English, and French ({count} texts)</source>
            <translation>anglais, et français ({count} textes)</translation>
        </message>
        <message>
            <source>PDF printouts use {font}</source>
            <translation>les impressions PDF utilisent {font}</translation>
        </message>
        <message>
            <source>{server} answers</source>
            <translation>{server} répond</translation>
        </message>
        <message>
            <source>cannot read {file}: {reason}</source>
            <translation>impossible de lire {file} : {reason}</translation>
        </message>
        <message>
            <source>missing: {files}</source>
            <translation>manquants : {files}</translation>
        </message>
        <message>
            <source>opens; a copy migrates from {before} to {head}</source>
            <translation>s'ouvre ; une copie se met à jour de {before} à {head}</translation>
        </message>
        <message>
            <source>the French catalogue has only {count} texts</source>
            <translation>le catalogue français n'a que {count} textes</translation>
        </message>
        <message>
            <source>no Unicode TrueType font found: PDF printouts fall back to a basic font without accents beyond Latin-1</source>
            <translation>aucune police TrueType Unicode trouvée : les impressions PDF utilisent une police de base, sans les accents hors Latin-1</translation>
        </message>
        <message>
            <source>no sync server configured</source>
            <translation>aucun serveur de synchronisation configuré</translation>
        </message>
        <message>
            <source>{server} answers but is not healthy (HTTP {code})</source>
            <translation>{server} répond mais n'est pas en état de marche (HTTP {code})</translation>
        </message>
        <message>
            <source>BM Desktop self-test</source>
            <translation>Autotest de BM Desktop</translation>
        </message>
        <message>
            <source>cannot write in {folder}: {reason}</source>
            <translation>impossible d'écrire dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>no database yet: a new one is created and migrated to {head}</source>
            <translation>pas encore de base de données : une nouvelle est créée et mise à jour vers {head}</translation>
        </message>
        <message>
            <source>opens; its schema is up to date ({head})</source>
            <translation>s'ouvre ; son schéma est à jour ({head})</translation>
        </message>
        <message>
            <source>{server} cannot be reached ({reason}); the app works offline and synchronises later</source>
            <translation>{server} est injoignable ({reason}) ; l'application fonctionne hors ligne et synchronisera plus tard</translation>
        </message>
        <message>
            <source>BM Desktop {version}; database schema {head}; this database: {current}</source>
            <translation>BM Desktop {version} ; schéma de base de données {head} ; cette base : {current}</translation>
        </message>
        <message>
            <source>Verdict: OK, this installation has what it needs</source>
            <translation>Verdict : OK, cette installation a tout ce qu'il lui faut</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucune pour l'instant</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de données : {path}</translation>
        </message>
        <message>
            <source>Verdict: FAILED ({count} of {total} checks failed)</source>
            <translation>Verdict : ÉCHEC ({count} vérifications sur {total} ont échoué)</translation>
        </message>
        <message>
            <source>Qt platform plugin and fonts</source>
            <translation>Module de plateforme Qt et polices</translation>
        </message>
        <message>
            <source>{platform} platform, {families} font families (default {font})</source>
            <translation>plateforme {platform}, {families} familles de polices (par défaut {font})</translation>
        </message>
        <message>
            <source>Qt runs on the {platform} platform but finds no fonts</source>
            <translation>Qt fonctionne sur la plateforme {platform} mais ne trouve aucune police</translation>
        </message>
        <message>
            <source>Qt cannot start: {reason}</source>
            <translation>Qt ne peut pas démarrer : {reason}</translation>
        </message>
        <message>
            <source>the Qt check could not run: {reason}</source>
            <translation>la vérification de Qt n'a pas pu s'exécuter : {reason}</translation>
        </message>
        <message>
            <source>Press Enter to close.</source>
            <translation>Appuyez sur Entrée pour fermer.</translation>
        </message>
    </context>
    <context>
        <name>CommandHelp</name>
        <message>
            <source>check that this installation works</source>
            <translation>vérifier que cette installation fonctionne</translation>
        </message>
        <message>
            <source>Check what this installation needs: Qt and fonts, the data files, the data directory, the database, both languages, the sync server.</source>
            <translation>Vérifier ce dont cette installation a besoin : Qt et les polices, les fichiers de données, le dossier de données, la base de données, les deux langues, le serveur de synchronisation.</translation>
        </message>
        <message>
            <source>language of the report</source>
            <translation>langue du rapport</translation>
        </message>
        <message>
            <source>wait for Enter before exiting</source>
            <translation>attendre Entrée avant de quitter</translation>
        </message>
        <message>
            <source>show the application's version and the database schema's</source>
            <translation>afficher la version de l'application et celle du schéma de la base de données</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>{app} {version}</source>
            <translation>{app} {version}</translation>
        </message>
        <message>
            <source>Desktop GIS for the coordinators of an artisanal-mining assurance programme in the DRC and Rwanda.</source>
            <translation>SIG de bureau pour les coordinateurs d'un programme d'assurance de l'exploitation minière artisanale en RDC et au Rwanda.</translation>
        </message>
        <message>
            <source>Database schema: {head} (this version); this database: {current}</source>
            <translation>Schéma de base de données : {head} (cette version) ; cette base : {current}</translation>
        </message>
        <message>
            <source>Database file: {path}</source>
            <translation>Fichier de base de données : {path}</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
    </context>
    <context>
        <name>HelpFeature</name>
        <message>
            <source>&amp;Self-test…</source>
            <translation>&amp;Autotest…</translation>
        </message>
        <message>
            <source>Check that this installation has what it needs</source>
            <translation>Vérifier que cette installation a tout ce qu'il lui faut</translation>
        </message>
    </context>
    <context>
        <name>SelfTestDialog</name>
        <message>
            <source>Self-test</source>
            <translation>Autotest</translation>
        </message>
        <message>
            <source>&amp;Copy the report</source>
            <translation>&amp;Copier le rapport</translation>
        </message>
    </context>
</TS>
