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
</TS>
