<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CommandHelp</name>
        <message>
            <source>reference layers: national site registers shown under the programme</source>
            <translation>couches de référence : registres nationaux de sites affichés sous le programme</translation>
        </message>
        <message>
            <source>Load, list and remove reference layers (a national register of mine sites with its visits). They are drawn under the programme's sites and never counted in its figures, alerts or exports.</source>
            <translation>Charger, lister et retirer des couches de référence (un registre national de sites miniers avec ses visites). Elles sont dessinées sous les sites du programme et jamais comptées dans ses chiffres, alertes ou exports.</translation>
        </message>
        <message>
            <source>load a register file as a reference layer</source>
            <translation>charger un fichier de registre comme couche de référence</translation>
        </message>
        <message>
            <source>Load a register file (CSV, XLSX, GeoJSON or GeoPackage; one row per visit) as a reference layer.</source>
            <translation>Charger un fichier de registre (CSV, XLSX, GeoJSON ou GeoPackage ; une ligne par visite) comme couche de référence.</translation>
        </message>
        <message>
            <source>the layer's name</source>
            <translation>le nom de la couche</translation>
        </message>
        <message>
            <source>which file column holds a field (repeatable); fields: code, name, longitude, latitude, province, territory, visit_date, workers, mineral1, mineral2, mineral3, armed_presence, child_labour</source>
            <translation>quelle colonne du fichier contient un champ (répétable) ; champs : code, name, longitude, latitude, province, territory, visit_date, workers, mineral1, mineral2, mineral3, armed_presence, child_labour</translation>
        </message>
        <message>
            <source>load the good rows even if some are rejected</source>
            <translation>charger les lignes correctes même si certaines sont rejetées</translation>
        </message>
        <message>
            <source>list the reference layers</source>
            <translation>lister les couches de référence</translation>
        </message>
        <message>
            <source>List the reference layers with their sites and visits.</source>
            <translation>Lister les couches de référence avec leurs sites et leurs visites.</translation>
        </message>
        <message>
            <source>remove a reference layer</source>
            <translation>retirer une couche de référence</translation>
        </message>
        <message>
            <source>Remove a reference layer with its sites and visits.</source>
            <translation>Retirer une couche de référence avec ses sites et ses visites.</translation>
        </message>
        <message>
            <source>language of the messages (default: English)</source>
            <translation>langue des messages (par défaut : anglais)</translation>
        </message>
        <message>
            <source>create an empty programme database (no sample data)</source>
            <translation>créer une base du programme vide (sans données d'exemple)</translation>
        </message>
        <message>
            <source>Create an empty programme database at --db PATH: the newest schema and the reference data (regions, provinces, minerals, risk taxonomy), without the sample programme and without opening the window.</source>
            <translation>Créer une base du programme vide à --db CHEMIN : le schéma le plus récent et les données de référence (régions, provinces, minerais, taxonomie des risques), sans le programme d'exemple et sans ouvrir la fenêtre.</translation>
        </message>
        <message>
            <source>first day of the period (default: the latest reporting year with data)</source>
            <translation>premier jour de la période (par défaut : la dernière année de rapport qui a des données)</translation>
        </message>
    </context>
    <context>
        <name>LayersCommand</name>
        <message>
            <source>... and {n} more</source>
            <translation>... et {n} de plus</translation>
        </message>
        <message>
            <source>Loaded the reference layer '{name}' from {file}: {sites} sites, {visits} visits ({rejected} rows left out). It is drawn under the programme's sites and is not counted in its figures.</source>
            <translation>Couche de référence « {name} » chargée depuis {file} : {sites} sites, {visits} visites ({rejected} lignes laissées de côté). Elle est dessinée sous les sites du programme et n'est pas comptée dans ses chiffres.</translation>
        </message>
        <message>
            <source>No reference layer (load one with: bm-desktop layers add FILE --name NAME).</source>
            <translation>Aucune couche de référence (en charger une avec : bm-desktop layers add FICHIER --name NOM).</translation>
        </message>
        <message>
            <source>{sites} sites, {visits} visits, loaded {when} from {file}</source>
            <translation>{sites} sites, {visits} visites, chargée le {when} depuis {file}</translation>
        </message>
        <message>
            <source>Removed the reference layer '{name}' ({sites} sites, {visits} visits).</source>
            <translation>Couche de référence « {name} » retirée ({sites} sites, {visits} visites).</translation>
        </message>
    </context>
    <context>
        <name>InitCommand</name>
        <message>
            <source>Created an empty programme database at {path} (reference data only).</source>
            <translation>Base du programme vide créée à {path} (données de référence seulement).</translation>
        </message>
        <message>
            <source>{path} already holds a programme; it is up to date and was left as it is.</source>
            <translation>{path} contient déjà un programme ; elle est à jour et a été laissée telle quelle.</translation>
        </message>
        <message>
            <source>{path} is an empty programme database, up to date.</source>
            <translation>{path} est une base du programme vide, à jour.</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>{n} rows were rejected, so nothing was loaded. Fix them, or load the other rows with --skip-rejected.</source>
            <translation>{n} lignes ont été rejetées, donc rien n'a été chargé. Corrigez-les, ou chargez les autres lignes avec --skip-rejected.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the database file's path (--db PATH).</source>
            <translation>{path} est un dossier ; donnez le chemin du fichier de base (--db CHEMIN).</translation>
        </message>
        <message>
            <source>{path} cannot be opened as a programme database ({error}).</source>
            <translation>{path} ne peut pas être ouvert comme base du programme ({error}).</translation>
        </message>
        <message>
            <source>There is no reference layer named '{name}' (the layers: {names}).</source>
            <translation>Il n'y a pas de couche de référence nommée « {name} » (les couches : {names}).</translation>
        </message>
        <message>
            <source>This reference site no longer exists (its layer was removed).</source>
            <translation>Ce site de référence n'existe plus (sa couche a été retirée).</translation>
        </message>
    </context>
    <context>
        <name>ExchangeErrors</name>
        <message>
            <source>--map {key}=...: '{key}' is not a field of a register layer (the fields: {fields}).</source>
            <translation>--map {key}=... : « {key} » n'est pas un champ d'une couche de registre (les champs : {fields}).</translation>
        </message>
        <message>
            <source>--map {key}={column}: the file has no column '{column}' (its columns: {columns}).</source>
            <translation>--map {key}={column} : le fichier n'a pas de colonne « {column} » (ses colonnes : {columns}).</translation>
        </message>
        <message>
            <source>No column holds {fields}; name it with --map FIELD=COLUMN (the file's columns: {columns}).</source>
            <translation>Aucune colonne ne contient {fields} ; indiquez-la avec --map CHAMP=COLONNE (les colonnes du fichier : {columns}).</translation>
        </message>
        <message>
            <source>Give the layer a name (--name NAME).</source>
            <translation>Donnez un nom à la couche (--name NOM).</translation>
        </message>
        <message>
            <source>{file} has no site with a code, a name and a position.</source>
            <translation>{file} n'a aucun site avec un code, un nom et une position.</translation>
        </message>
        <message>
            <source>There is already a reference layer named '{name}': choose another name, or remove it first (bm-desktop layers remove '{name}').</source>
            <translation>Il existe déjà une couche de référence nommée « {name} » : choisissez un autre nom, ou retirez-la d'abord (bm-desktop layers remove '{name}').</translation>
        </message>
    </context>
    <context>
        <name>ExchangeImport</name>
        <message>
            <source>This file would add {new} sites to the programme's {programme}: it looks like a national register. Load it as a reference layer instead (drawn under the programme's sites, never counted in its figures): bm-desktop layers add "{file}" --name NAME, or Layers dock &gt; Add a reference layer…</source>
            <translation>Ce fichier ajouterait {new} sites aux {programme} du programme : il ressemble à un registre national. Chargez-le plutôt comme couche de référence (dessinée sous les sites du programme, jamais comptée dans ses chiffres) : bm-desktop layers add "{file}" --name NOM, ou panneau Couches &gt; Ajouter une couche de référence…</translation>
        </message>
        <message>
            <source>site {code} names no province; it is in {province} by its position.</source>
            <translation>le site {code} ne nomme aucune province ; il est dans la province {province} d'après sa position.</translation>
        </message>
    </context>
    <context>
        <name>LayersDock</name>
        <message>
            <source>Add a reference layer…</source>
            <translation>Ajouter une couche de référence…</translation>
        </message>
        <message>
            <source>A national register of mine sites, drawn under the programme's sites and never counted in its figures</source>
            <translation>Un registre national de sites miniers, dessiné sous les sites du programme et jamais compté dans ses chiffres</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Minerai</translation>
        </message>
        <message>
            <source>Last visit in or after</source>
            <translation>Dernière visite en ou après</translation>
        </message>
        <message>
            <source>Armed presence</source>
            <translation>Présence armée</translation>
        </message>
        <message>
            <source>Child labour observed</source>
            <translation>Travail des enfants observé</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Remove this reference layer</source>
            <translation>Retirer cette couche de référence</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Toute année</translation>
        </message>
    </context>
    <context>
        <name>ReferenceLayers</name>
        <message>
            <source>{name} (reference)</source>
            <translation>{name} (référence)</translation>
        </message>
        <message>
            <source>Minerals: {minerals}</source>
            <translation>Minerais : {minerals}</translation>
        </message>
        <message>
            <source>Last visit: {year}</source>
            <translation>Dernière visite : {year}</translation>
        </message>
        <message>
            <source>Click for the attributes and visits</source>
            <translation>Cliquez pour les attributs et les visites</translation>
        </message>
        <message>
            <source>Register site ({n} shown of {total})</source>
            <translation>Site du registre ({n} affichés sur {total})</translation>
        </message>
        <message>
            <source>context only: not programme sites</source>
            <translation>contexte seulement : pas des sites du programme</translation>
        </message>
        <message>
            <source>Add a reference layer</source>
            <translation>Ajouter une couche de référence</translation>
        </message>
        <message>
            <source>Site registers ({patterns});;All files (*)</source>
            <translation>Registres de sites ({patterns});;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Name of the layer:</source>
            <translation>Nom de la couche :</translation>
        </message>
        <message>
            <source>{n} rows of {file} were rejected, so nothing was loaded:
{reasons}

Load the other rows and leave these out?</source>
            <translation>{n} lignes de {file} ont été rejetées, donc rien n'a été chargé :
{reasons}

Charger les autres lignes et laisser celles-ci de côté ?</translation>
        </message>
        <message>
            <source>Loaded the reference layer '{name}': {n} sites. It is drawn under the programme's sites and is not counted in its figures.</source>
            <translation>Couche de référence « {name} » chargée : {n} sites. Elle est dessinée sous les sites du programme et n'est pas comptée dans ses chiffres.</translation>
        </message>
    </context>
    <context>
        <name>ReferenceSiteDialog</name>
        <message>
            <source>{name} ({code}) — reference layer {layer}</source>
            <translation>{name} ({code}) — couche de référence {layer}</translation>
        </message>
        <message>
            <source>A site of the reference layer '{layer}': context from the register, not a programme site.</source>
            <translation>Un site de la couche de référence « {layer} » : un contexte tiré du registre, pas un site du programme.</translation>
        </message>
        <message>
            <source>Visits ({n})</source>
            <translation>Visites ({n})</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non relevé</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Minerais</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Dernière visite</translation>
        </message>
        <message>
            <source>Armed presence</source>
            <translation>Présence armée</translation>
        </message>
        <message>
            <source>Child labour observed</source>
            <translation>Travail des enfants observé</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>ExchangeWorkbook</name>
        <message>
            <source>Security events are counted in the province where they happened (their coordinates against the admin-1 boundaries in use: {source}).</source>
            <translation>Les événements sécuritaires sont comptés dans la province où ils ont eu lieu (leurs coordonnées comparées aux limites admin-1 en usage : {source}).</translation>
        </message>
    </context>
</TS>