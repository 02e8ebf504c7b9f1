<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <!-- Monitors' field submissions (ODK / KoboToolbox): the form command (bm_desktop/commands/form.py, exchange/xlsform.py) and the submissions import (exchange/imports/submissions*.py). Kept by hand. -->
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>The ODK Central password is needed: set BM_ODK_PASSWORD or type it when asked.</source>
            <translation>Le mot de passe ODK Central est nécessaire : définissez BM_ODK_PASSWORD ou saisissez-le quand il est demandé.</translation>
        </message>
        <message>
            <source>Unknown programme region '{region}' (use one of: {names}).</source>
            <translation>Région du programme inconnue « {region} » (choisissez parmi : {names}).</translation>
        </message>
        <message>
            <source>There are no sites to put in the form: add sites first.</source>
            <translation>Il n'y a aucun site à mettre dans le formulaire : ajoutez d'abord des sites.</translation>
        </message>
        <message>
            <source>The form language is en, fr or both, not '{lang}'.</source>
            <translation>La langue du formulaire est en, fr ou both, pas « {lang} ».</translation>
        </message>
        <message>
            <source>--out writes an .xlsx file, not '{name}'.</source>
            <translation>--out écrit un fichier .xlsx, pas « {name} ».</translation>
        </message>
        <message>
            <source>--central pulls submissions: give 'import submissions --central URL --project N --email EMAIL'.</source>
            <translation>--central récupère des soumissions : indiquez « import submissions --central URL --project N --email EMAIL ».</translation>
        </message>
    </context>
    <context>
        <name>FormCommand</name>
        <message>
            <source>Form {form} version {version} written to {path}.</source>
            <translation>Formulaire {form} version {version} écrit dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>CommandHelp</name>
        <message>
            <source>write the monitors' incident form (XLSForm for ODK or KoboToolbox)</source>
            <translation>écrire le formulaire d'incident des moniteurs (XLSForm pour ODK ou KoboToolbox)</translation>
        </message>
        <message>
            <source>Write an XLSForm for ODK Collect or KoboToolbox from the programme's sites, risk taxonomy and severity levels; monitors' submissions come back with 'bm-desktop import submissions'.</source>
            <translation>Écrire un XLSForm pour ODK Collect ou KoboToolbox à partir des sites du programme, de la taxonomie des risques et des niveaux de gravité ; les soumissions des moniteurs reviennent avec « bm-desktop import submissions ».</translation>
        </message>
        <message>
            <source>only the sites of this programme region (default: all)</source>
            <translation>seulement les sites de cette région du programme (par défaut : toutes)</translation>
        </message>
        <message>
            <source>language of the form's labels (default: both)</source>
            <translation>langue des libellés du formulaire (par défaut : les deux)</translation>
        </message>
        <message>
            <source>the XLSForm to write</source>
            <translation>le XLSForm à écrire</translation>
        </message>
        <message>
            <source>submissions: the folder holding the photos of the export (default: a 'media' folder beside the file, if any)</source>
            <translation>submissions : le dossier contenant les photos de l'export (par défaut : un dossier « media » à côté du fichier, s'il existe)</translation>
        </message>
        <message>
            <source>submissions: pull them from this ODK Central server instead of a file (password from BM_ODK_PASSWORD, or asked)</source>
            <translation>submissions : les récupérer depuis ce serveur ODK Central au lieu d'un fichier (mot de passe pris dans BM_ODK_PASSWORD, ou demandé)</translation>
        </message>
        <message>
            <source>submissions: the ODK Central project number</source>
            <translation>submissions : le numéro du projet ODK Central</translation>
        </message>
        <message>
            <source>submissions: the form id on ODK Central (default: bm_incident)</source>
            <translation>submissions : l'identifiant du formulaire sur ODK Central (par défaut : bm_incident)</translation>
        </message>
        <message>
            <source>submissions: the ODK Central web user's email</source>
            <translation>submissions : l'e-mail de l'utilisateur web d'ODK Central</translation>
        </message>
    </context>
    <context>
        <name>ExchangeErrors</name>
        <message>
            <source>{name} does not hold one submissions CSV (found: {found}): is it an ODK Central export?</source>
            <translation>{name} ne contient pas un seul CSV de soumissions (trouvé : {found}) : est-ce un export d'ODK Central ?</translation>
        </message>
        <message>
            <source>{name} is not a zip file: use the zip ODK Central exports, or its CSV.</source>
            <translation>{name} n'est pas un fichier zip : utilisez le zip exporté par ODK Central, ou son CSV.</translation>
        </message>
        <message>
            <source>{name} cannot be read as a workbook ({reason}).</source>
            <translation>{name} ne peut pas être lu comme un classeur ({reason}).</translation>
        </message>
        <message>
            <source>The media folder {path} does not exist.</source>
            <translation>Le dossier des médias {path} n'existe pas.</translation>
        </message>
        <message>
            <source>{name}: submissions come as the CSV or zip of ODK Central or the XLSX or CSV of KoboToolbox, not '{suffix}' files.</source>
            <translation>{name} : les soumissions arrivent en CSV ou en zip d'ODK Central, ou en XLSX ou CSV de KoboToolbox, pas en fichiers « {suffix} ».</translation>
        </message>
        <message>
            <source>{name} is not an export of the incident form {form}: it has no '{column}' column. Export the submissions of the form written by 'bm-desktop form'.</source>
            <translation>{name} n'est pas un export du formulaire d'incident {form} : il n'a pas de colonne « {column} ». Exportez les soumissions du formulaire écrit par « bm-desktop form ».</translation>
        </message>
        <message>
            <source>ODK Central at {url} refused the email or password of {email}.</source>
            <translation>ODK Central à l'adresse {url} a refusé l'e-mail ou le mot de passe de {email}.</translation>
        </message>
        <message>
            <source>ODK Central at {url} has no form {form} in project {project} that {email} may read.</source>
            <translation>ODK Central à l'adresse {url} n'a pas de formulaire {form} dans le projet {project} que {email} puisse lire.</translation>
        </message>
        <message>
            <source>ODK Central at {url} answered {status}: {reason}</source>
            <translation>ODK Central à l'adresse {url} a répondu {status} : {reason}</translation>
        </message>
        <message>
            <source>Cannot reach ODK Central at {url}: {reason}</source>
            <translation>Impossible de joindre ODK Central à l'adresse {url} : {reason}</translation>
        </message>
        <message>
            <source>The ODK Central password is needed: set BM_ODK_PASSWORD or type it when asked.</source>
            <translation>Le mot de passe ODK Central est nécessaire : définissez BM_ODK_PASSWORD ou saisissez-le quand il est demandé.</translation>
        </message>
        <message>
            <source>{name} lacks the form's columns {columns}: export the submissions with XML values and headers, not labels.</source>
            <translation>{name} n'a pas les colonnes du formulaire {columns} : exportez les soumissions avec les valeurs et en-têtes XML, pas les libellés.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeImport</name>
        <message>
            <source>the submission comes from form '{form}' version '{version}', not from the incident form {expected} (version {schema}.x) of this programme: generate the form with 'bm-desktop form' and collect with it.</source>
            <translation>la soumission vient du formulaire « {form} » version « {version} », et non du formulaire d'incident {expected} (version {schema}.x) de ce programme : générez le formulaire avec « bm-desktop form » et collectez avec celui-ci.</translation>
        </message>
        <message>
            <source>{tool} submissions</source>
            <translation>soumissions {tool}</translation>
        </message>
        <message>
            <source>the submission has no instance id (meta/instanceID).</source>
            <translation>la soumission n'a pas d'identifiant d'instance (meta/instanceID).</translation>
        </message>
        <message>
            <source>photo {names} is not in the export's media (use --media FOLDER); the incident is imported without it.</source>
            <translation>la photo {names} n'est pas dans les médias de l'export (utilisez --media DOSSIER) ; l'incident est importé sans elle.</translation>
        </message>
        <message>
            <source>ODK Central password for {email}: </source>
            <translation>Mot de passe ODK Central pour {email} : </translation>
        </message>
        <message>
            <source>the instance id '{id}' is not an ODK instance id (letters, digits and - _ . : only, at most 64).</source>
            <translation>l'identifiant d'instance « {id} » n'est pas un identifiant d'instance ODK (lettres, chiffres et - _ . : seulement, 64 au plus).</translation>
        </message>
    </context>
    <context>
        <name>IncidentForm</name>
        <message>
            <source>Field submission</source>
            <translation>Soumission de terrain</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>{name} (not in the media folder)</source>
            <translation>{name} (absente du dossier des médias)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeFeature</name>
        <message>
            <source>Monitors' submissions (ODK Central, KoboToolbox)…</source>
            <translation>Soumissions des moniteurs (ODK Central, KoboToolbox)…</translation>
        </message>
        <message>
            <source>Monitors' submissions from ODK Central…</source>
            <translation>Soumissions des moniteurs depuis ODK Central…</translation>
        </message>
        <message>
            <source>Downloading the submissions from ODK Central…</source>
            <translation>Téléchargement des soumissions depuis ODK Central…</translation>
        </message>
    </context>
    <context>
        <name>CentralDialog</name>
        <message>
            <source>Monitors' submissions from ODK Central</source>
            <translation>Soumissions des moniteurs depuis ODK Central</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Project number</source>
            <translation>Numéro du projet</translation>
        </message>
        <message>
            <source>Form id</source>
            <translation>Identifiant du formulaire</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>The submissions are downloaded, then shown in the import preview before anything is written.</source>
            <translation>Les soumissions sont téléchargées, puis affichées dans l'aperçu de l'import avant toute écriture.</translation>
        </message>
        <message>
            <source>Enter the server's address, starting with https://.</source>
            <translation>Saisissez l'adresse du serveur, commençant par https://.</translation>
        </message>
        <message>
            <source>Enter the email of your ODK Central account.</source>
            <translation>Saisissez l'e-mail de votre compte ODK Central.</translation>
        </message>
        <message>
            <source>Enter your ODK Central password.</source>
            <translation>Saisissez votre mot de passe ODK Central.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>ODK Central server</source>
            <translation>Serveur ODK Central</translation>
        </message>
        <message>
            <source>ODK Central project</source>
            <translation>Projet ODK Central</translation>
        </message>
        <message>
            <source>ODK Central form</source>
            <translation>Formulaire ODK Central</translation>
        </message>
        <message>
            <source>ODK Central web user</source>
            <translation>Utilisateur web ODK Central</translation>
        </message>
    </context>
</TS>
