<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>The database {path} is encrypted: give its passphrase (the window asks for it; the command line reads BM_DESKTOP_PASSPHRASE or asks when run in a terminal). Nothing was opened.</source>
            <translation>La base {path} est chiffrée : donnez sa phrase secrète (la fenêtre la demande ; la ligne de commande lit BM_DESKTOP_PASSPHRASE ou la demande dans un terminal). Rien n’a été ouvert.</translation>
        </message>
        <message>
            <source>Wrong passphrase for the database {path}: nothing was opened. Type it again (letters, case and accents count). A forgotten passphrase cannot be recovered: the programme's data can be brought back from the server by a fresh first connection into a new database.</source>
            <translation>Phrase secrète incorrecte pour la base {path} : rien n’a été ouvert. Saisissez-la de nouveau (lettres, majuscules et accents comptent). Une phrase secrète oubliée ne peut pas être retrouvée : les données du programme peuvent être récupérées depuis le serveur par une nouvelle première connexion dans une nouvelle base.</translation>
        </message>
        <message>
            <source>Passphrase for {path}: </source>
            <translation>Phrase secrète de {path} : </translation>
        </message>
        <message>
            <source>bm-desktop: note: {path} is not encrypted (set BM_DESKTOP_PASSPHRASE to encrypt a new database).</source>
            <translation>bm-desktop : remarque : {path} n’est pas chiffrée (définissez BM_DESKTOP_PASSPHRASE pour chiffrer une nouvelle base).</translation>
        </message>
        <message>
            <source>The encrypted copy of {path} did not hold the same rows as the database, so the database was left as it was (not yet encrypted). Free some disk space and start BM Desktop again.</source>
            <translation>La copie chiffrée de {path} ne contenait pas les mêmes lignes que la base : la base a été laissée telle quelle (pas encore chiffrée). Libérez de l’espace disque et relancez BM Desktop.</translation>
        </message>
        <message>
            <source>Your role may not see sensitive incident details.</source>
            <translation>Votre rôle ne permet pas de voir les détails sensibles des incidents.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseUnlock</name>
        <message>
            <source>Forgotten passphrase? It cannot be recovered and no plain copy is kept. The programme's data on this laptop can be brought back from the server by a fresh first connection (a new database).</source>
            <translation>Phrase secrète oubliée ? Elle ne peut pas être retrouvée et aucune copie en clair n’est conservée. Les données du programme de cet ordinateur peuvent être récupérées depuis le serveur par une nouvelle première connexion (une nouvelle base).</translation>
        </message>
        <message>
            <source>Unlock the database</source>
            <translation>Déverrouiller la base</translation>
        </message>
        <message>
            <source>Protect the database</source>
            <translation>Protéger la base</translation>
        </message>
        <message>
            <source>The programme database {name} is encrypted. Type its passphrase.</source>
            <translation>La base du programme {name} est chiffrée. Saisissez sa phrase secrète.</translation>
        </message>
        <message>
            <source>The programme database on this laptop is encrypted, so that a lost or seized laptop gives away no victim or witness. Choose a passphrase (at least {n} characters) to type at every start.</source>
            <translation>La base du programme de cet ordinateur est chiffrée, pour qu’un ordinateur perdu ou saisi ne livre aucune victime ni aucun témoin. Choisissez une phrase secrète (au moins {n} caractères) à saisir à chaque démarrage.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Répétez-la</translation>
        </message>
        <message>
            <source>Keep a key in this computer's keyring instead (no passphrase to type; anyone who can log in to this account opens the data)</source>
            <translation>Garder plutôt une clé dans le trousseau de cet ordinateur (pas de phrase secrète à saisir ; toute personne qui peut ouvrir cette session ouvre les données)</translation>
        </message>
        <message>
            <source>This computer has no keyring.</source>
            <translation>Cet ordinateur n’a pas de trousseau.</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was opened. Type it again (letters, case and accents count).</source>
            <translation>Phrase secrète incorrecte : rien n’a été ouvert. Saisissez-la de nouveau (lettres, majuscules et accents comptent).</translation>
        </message>
        <message>
            <source>The keyring could not keep the key: choose a passphrase.</source>
            <translation>Le trousseau n’a pas pu garder la clé : choisissez une phrase secrète.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters.</source>
            <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>IncidentForm</name>
        <message>
            <source>Reveal</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show this incident's sensitive details; the showing is recorded on this computer.</source>
            <translation>Afficher les détails sensibles de cet incident ; l’affichage est enregistré sur cet ordinateur.</translation>
        </message>
        <message>
            <source>•••• (click Reveal)</source>
            <translation>•••• (cliquez sur Afficher)</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>BM Desktop is locked</source>
            <translation>BM Desktop est verrouillé</translation>
        </message>
        <message>
            <source>The window was idle, so the programme's data are hidden. Sync and exports go on in the background.</source>
            <translation>La fenêtre est restée inactive : les données du programme sont masquées. La synchronisation et les exports continuent en arrière-plan.</translation>
        </message>
        <message>
            <source>Type the passphrase to go on.</source>
            <translation>Saisissez la phrase secrète pour continuer.</translation>
        </message>
        <message>
            <source>Click Unlock to go on.</source>
            <translation>Cliquez sur Déverrouiller pour continuer.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Wrong passphrase: the window stays locked.</source>
            <translation>Phrase secrète incorrecte : la fenêtre reste verrouillée.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Lock the window after this many idle minutes (0: never)</source>
            <translation>Verrouiller la fenêtre après ce nombre de minutes d’inactivité (0 : jamais)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>The workbook {file} will hold victims' and witnesses' details in readable form: it is not encrypted like the database. Keep it off shared folders, e-mail and USB sticks, and delete it when done.</source>
            <translation>Le classeur {file} contiendra les détails des victimes et des témoins en clair : il n’est pas chiffré comme la base. Ne le mettez pas dans un dossier partagé, un courriel ou une clé USB, et supprimez-le après usage.</translation>
        </message>
    </context>
</TS>
