<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/exchange/column_mapping.py" line="37" />
        <source>Match the columns of {file}</source>
        <translation>Faire correspondre les colonnes de {file}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/column_mapping.py" line="39" />
        <source>Choose which column of the file holds each field. Fields marked * are required. BM Desktop remembers this choice for files with the same columns.</source>
        <translation>Choisissez quelle colonne du fichier contient chaque champ. Les champs marqués * sont obligatoires. BM Desktop retient ce choix pour les fichiers ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/column_mapping.py" line="44" />
        <source>(The choice remembered for this layout is shown.)</source>
        <translation>(Le choix retenu pour ce format est affiché.)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/column_mapping.py" line="50" />
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/column_mapping.py" line="75" />
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/column_mapping.py" line="92" />
        <source>Still to choose: {fields}.</source>
        <translation>Reste à choisir : {fields}.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/column_mapping.py" line="95" />
        <source>A column is chosen for two fields: {columns}.</source>
        <translation>Une colonne est choisie pour deux champs : {columns}.</translation>
    </message>
</context>
<context>
    <name>ExchangeFeature</name>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="43" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="50" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="52" />
        <source>Corrective-action tracker from partners…</source>
        <translation>Suivi des actions correctives des partenaires…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="53" />
        <source>Security events (ACLED or UCDP GED)…</source>
        <translation>Événements sécuritaires (ACLED ou UCDP GED)…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="54" />
        <source>Sites: mine-site register or map file…</source>
        <translation>Sites : registre de sites miniers ou fichier cartographique…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="55" />
        <source>Incidents from a file…</source>
        <translation>Incidents depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="75" />
        <source>Writing {title}…</source>
        <translation>Écriture : {title}…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="87" />
        <source>Export cancelled; no file written.</source>
        <translation>Export annulé ; aucun fichier écrit.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="90" />
        <source>Wrote {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="148" />
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="162" />
        <source>Imported {file}: {counts}</source>
        <translation>Importé {file} : {counts}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="170" />
        <source>Nothing was imported.</source>
        <translation>Rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/feature.py" line="175" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Security events (ACLED, UCDP GED or any table)…</source>
        <translation>Événements de sécurité (ACLED, UCDP GED ou tout tableau)…</translation>
    </message>
    <message>
        <source>Import batches (undo an import)…</source>
        <translation>Lots d'import (annuler un import)…</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <location filename="../../bm_desktop/commands/import_.py" line="93" />
        <source>{file} ({layout}): {rows} rows read</source>
        <translation>{file} ({layout}) : {rows} lignes lues</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/commands/import_.py" line="101" />
        <source>... and {n} more</source>
        <translation>... et {n} de plus</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/commands/import_.py" line="104" />
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/commands/import_.py" line="106" />
        <source>Imported in one transaction.</source>
        <translation>Importé en une seule transaction.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="58" />
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="74" />
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="147" />
        <source>{column} is empty</source>
        <translation>{column} est vide</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="66" />
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="78" />
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="89" />
        <location filename="../../bm_desktop/exchange/imports/incidents.py" line="124" />
        <location filename="../../bm_desktop/exchange/imports/messages.py" line="27" />
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="151" />
        <source>{column} {problem}</source>
        <translation>{column} : {problem}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="98" />
        <source>{column} {value} must be 0 or more</source>
        <translation>{column} {value} doit être 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="108" />
        <source>{column} {value} is not between {low} and {high}</source>
        <translation>{column} {value} n'est pas entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="136" />
        <source>date_end {end} is before date_start {start}</source>
        <translation>date_end {end} est antérieure à date_start {start}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/event_layouts.py" line="142" />
        <source>type_of_violence {value} is not 1, 2 or 3</source>
        <translation>type_of_violence {value} n'est ni 1, ni 2, ni 3</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/events.py" line="58" />
        <source>The columns match neither security-event layout: {details}. Check that the first row holds the column names.</source>
        <translation>Les colonnes ne correspondent à aucun format d'événements sécuritaires : {details}. Vérifiez que la première ligne contient les noms des colonnes.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/events.py" line="62" />
        <source>The file looks like the {layout} layout but has no column {columns}: was it renamed or removed?</source>
        <translation>Le fichier ressemble au format {layout} mais n'a pas de colonne {columns} : a-t-elle été renommée ou supprimée ?</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/events.py" line="101" />
        <source>event id {id} appears again on row {rows}; a release lists each event once.</source>
        <translation>l'identifiant d'événement {id} apparaît aussi ligne {rows} ; une publication liste chaque événement une seule fois.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/events.py" line="151" />
        <source>event {id} ({date}) is no longer in the release and is removed.</source>
        <translation>l'événement {id} ({date}) ne figure plus dans la publication et est supprimé.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/events.py" line="153" />
        <source>The release covers {first} to {last}: events of this source in those days that it no longer lists are removed.</source>
        <translation>La publication couvre du {first} au {last} : les événements de cette source sur ces jours qu'elle ne liste plus sont supprimés.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/incidents.py" line="62" />
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="159" />
        <source>Match the file's columns first: no column is chosen for {names} (the file's columns: {columns}).</source>
        <translation>Faites d'abord correspondre les colonnes du fichier : aucune colonne n'est choisie pour {names} (colonnes du fichier : {columns}).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/incidents.py" line="67" />
        <source>incident file (column mapping)</source>
        <translation>fichier d'incidents (correspondance des colonnes)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/incidents.py" line="86" />
        <source>incident ID {id} appears again on row {rows}.</source>
        <translation>l'identifiant d'incident {id} apparaît aussi ligne {rows}.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/incidents.py" line="132" />
        <source>risk area '{value}' is not in the risk taxonomy</source>
        <translation>le domaine de risque « {value} » n'est pas dans la taxonomie des risques</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="33" />
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="59" />
        <source>Site code</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="35" />
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="37" />
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="77" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="39" />
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="79" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="40" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="42" />
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="44" />
        <source>Visit date</source>
        <translation>Date de visite</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="46" />
        <source>Miners</source>
        <translation>Creuseurs</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="49" />
        <source>Mineral 1</source>
        <translation>Minerai 1</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="51" />
        <source>Mineral 2</source>
        <translation>Minerai 2</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="53" />
        <source>Mineral 3</source>
        <translation>Minerai 3</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="55" />
        <source>Cooperative or operator</source>
        <translation>Coopérative ou exploitant</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="61" />
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="63" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="65" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="67" />
        <source>Severity (1-4)</source>
        <translation>Gravité (1-4)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="69" />
        <source>People affected</source>
        <translation>Personnes affectées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="71" />
        <source>Minors involved</source>
        <translation>Mineurs impliqués</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="73" />
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="75" />
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/mapping.py" line="80" />
        <source>Incident ID in the file</source>
        <translation>Identifiant de l'incident dans le fichier</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/messages.py" line="13" />
        <source>feature {row}: {reason}</source>
        <translation>entité {row} : {reason}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/messages.py" line="15" />
        <source>row {row}: {reason}</source>
        <translation>ligne {row} : {reason}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/report.py" line="73" />
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{added} ajoutées, {updated} mises à jour, {removed} supprimées, {unchanged} inchangées, {rejected} rejetées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/runner.py" line="94" />
        <source>{n} site visits added to the visit history.</source>
        <translation>{n} visites de site ajoutées à l'historique des visites.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/runner.py" line="139" />
        <source>Checking rows</source>
        <translation>Vérification des lignes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/runner.py" line="150" />
        <source>{n} rows were rejected, so nothing was imported. Fix them, or import the other rows and leave the rejected ones out.</source>
        <translation>{n} lignes ont été rejetées : rien n'a été importé. Corrigez-les, ou importez les autres lignes en laissant de côté les lignes rejetées.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/runner.py" line="154" />
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="92" />
        <source>the site code is empty</source>
        <translation>le code du site est vide</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="95" />
        <source>the site name is empty</source>
        <translation>le nom du site est vide</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="105" />
        <source>province '{value}' is not one of the programme's provinces ({known})</source>
        <translation>la province « {value} » n'est pas une province du programme ({known})</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="114" />
        <source>visit date {problem}</source>
        <translation>date de visite : {problem}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="119" />
        <source>the number of workers {value} is negative</source>
        <translation>le nombre de travailleurs {value} est négatif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="126" />
        <source>mineral '{value}' is not one the programme follows; it is left out.</source>
        <translation>le minerai « {value} » n'est pas suivi par le programme ; il est ignoré.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="165" />
        <source>The file has no column {names} (its columns: {columns}).</source>
        <translation>Le fichier n'a pas de colonne {names} (ses colonnes : {columns}).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="176" />
        <source>mine-site register</source>
        <translation>registre de sites miniers</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="178" />
        <source>site file (column mapping)</source>
        <translation>fichier de sites (correspondance des colonnes)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="201" />
        <source>site code {code} appears again on row {rows}; without a visit date BM Desktop cannot tell which row is current.</source>
        <translation>le code de site {code} apparaît aussi ligne {rows} ; sans date de visite, BM Desktop ne peut pas savoir quelle ligne est à jour.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="209" />
        <source>earlier visit ({date}): kept as visit history</source>
        <translation>visite antérieure ({date}) : conservée dans l'historique des visites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="225" />
        <source>site {code} is new and has no province: BM Desktop needs the province to place it in a programme region.</source>
        <translation>le site {code} est nouveau et n'a pas de province : BM Desktop en a besoin pour le placer dans une région du programme.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/sites.py" line="232" />
        <source>province {province} belongs to no programme region.</source>
        <translation>la province {province} n'appartient à aucune région du programme.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="75" />
        <source>The tracker has no column {names}: was it renamed or deleted? Send the partner a new tracker or restore the column.</source>
        <translation>Le suivi n'a pas de colonne {names} : a-t-elle été renommée ou supprimée ? Envoyez un nouveau suivi au partenaire ou rétablissez la colonne.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="80" />
        <source>This database has never exported a tracker, so it cannot check this one: import it into the database it was exported from.</source>
        <translation>Cette base n'a jamais exporté de suivi et ne peut donc pas vérifier celui-ci : importez-le dans la base d'où il a été exporté.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="83" />
        <source>corrective-action tracker</source>
        <translation>suivi des actions correctives</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="114" />
        <source>the row has no row ID: rows cannot be added to the tracker (record new actions in BM Desktop).</source>
        <translation>la ligne n'a pas d'identifiant : on ne peut pas ajouter de lignes au suivi (enregistrez les nouvelles actions dans BM Desktop).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="119" />
        <source>the same action also appears on row {rows}; keep one row per action.</source>
        <translation>la même action apparaît aussi ligne {rows} ; gardez une ligne par action.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="128" />
        <source>the grey columns were changed, or the row was not exported from this database (checksum mismatch); only New status, Date of the new status, Progress note and Reported by may be edited.</source>
        <translation>les colonnes grises ont été modifiées, ou la ligne n'a pas été exportée de cette base (somme de contrôle différente) ; seules les colonnes Nouveau statut, Date du nouveau statut, Note d'avancement et Signalé par peuvent être modifiées.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="134" />
        <source>no such corrective action in this database (was it withdrawn since the export?).</source>
        <translation>cette action corrective n'existe pas dans cette base (a-t-elle été retirée depuis l'export ?).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="160" />
        <source>a date or a note without a new status: choose the new status (the current one, to record a note).</source>
        <translation>une date ou une note sans nouveau statut : choisissez le nouveau statut (le statut actuel, pour enregistrer une note).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="167" />
        <source>'{value}' is not an action status (use one of: {allowed}).</source>
        <translation>« {value} » n'est pas un statut d'action (utilisez : {allowed}).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="171" />
        <source>enter the date of the new status.</source>
        <translation>saisissez la date du nouveau statut.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/tracker.py" line="192" />
        <source>{action}: {old} → {new} on {date}</source>
        <translation>{action} : {old} → {new} le {date}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/values.py" line="76" />
        <source>'{value}' is not a date</source>
        <translation>« {value} » n'est pas une date</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/values.py" line="81" />
        <location filename="../../bm_desktop/exchange/imports/values.py" line="90" />
        <location filename="../../bm_desktop/exchange/imports/values.py" line="93" />
        <source>'{value}' is not a number</source>
        <translation>« {value} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/values.py" line="100" />
        <source>'{value}' is not a whole number</source>
        <translation>« {value} » n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is too large a number (at most {limit})</source>
        <translation>{value} est un nombre trop grand (au plus {limit})</translation>
    </message>
    <message>
        <source>'{value}' holds a control character (such as a NUL byte) that cannot be stored</source>
        <translation>« {value} » contient un caractère de contrôle (comme un octet NUL) qui ne peut pas être enregistré</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/values.py" line="109" />
        <source>'{value}' is not a row ID BM Desktop wrote</source>
        <translation>« {value} » n'est pas un identifiant de ligne écrit par BM Desktop</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/values.py" line="122" />
        <source>'{value}' is not yes or no</source>
        <translation>« {value} » n'est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/values.py" line="127" />
        <source>longitude {value} is out of range (-180 to 180)</source>
        <translation>la longitude {value} est hors limites (-180 à 180)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/imports/values.py" line="133" />
        <source>latitude {value} is out of range (-90 to 90)</source>
        <translation>la latitude {value} est hors limites (-90 à 90)</translation>
    </message>
    <message>
        <source>... and {n} more (--report FILE writes every line)</source>
        <translation>... et {n} de plus (--report FICHIER écrit toutes les lignes)</translation>
    </message>
    <message>
        <source>Import batch {batch}: 'bm-desktop import undo {batch}' takes it back until it is synchronised.</source>
        <translation>Lot d'import {batch} : « bm-desktop import undo {batch} » l'annule tant qu'il n'est pas synchronisé.</translation>
    </message>
    <message>
        <source>No import batches.</source>
        <translation>Aucun lot d'import.</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>annulé le {when}</translation>
    </message>
    <message>
        <source>synchronised</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>peut être annulé</translation>
    </message>
    <message>
        <source>{batch}  {when}  {kind}  {file}: {added} added, {updated} updated, {removed} removed ({state})</source>
        <translation>{batch}  {when}  {kind}  {file} : {added} ajoutés, {updated} mis à jour, {removed} supprimés ({state})</translation>
    </message>
    <message>
        <source>Import batch {batch} ({file}) undone: {added} added rows deleted, {changed} put back as they were.</source>
        <translation>Lot d'import {batch} ({file}) annulé : {added} lignes ajoutées supprimées, {changed} remises comme avant.</translation>
    </message>
    <message>
        <source>'{value}' is in the future</source>
        <translation>« {value} » est dans le futur</translation>
    </message>
    <message>
        <source>'{value}' is before 1989, the first year of the conflict-event records: is it a typo?</source>
        <translation>« {value} » est antérieur à 1989, première année des relevés d'événements de conflit : est-ce une faute de frappe ?</translation>
    </message>
    <message>
        <source>'{value}' is not a day-first date (the dates were read day first: --date-order dmy)</source>
        <translation>« {value} » n'est pas une date jour d'abord (les dates ont été lues jour d'abord : --date-order dmy)</translation>
    </message>
    <message>
        <source>'{value}' is not a month-first date (the dates were read month first: --date-order mdy)</source>
        <translation>« {value} » n'est pas une date mois d'abord (les dates ont été lues mois d'abord : --date-order mdy)</translation>
    </message>
    <message>
        <source>{end_column} {end} is before {start_column} {start}</source>
        <translation>{end_column} {end} est antérieur à {start_column} {start}</translation>
    </message>
    <message>
        <source>year '{value}' is not a year</source>
        <translation>year « {value} » n'est pas une année</translation>
    </message>
    <message>
        <source>row {row} '{value}'</source>
        <translation>ligne {row} « {value} »</translation>
    </message>
    <message>
        <source>The dates are written both day first ({dmy}) and month first ({mdy}), so the order of a date like 06/01/2021 cannot be known. Choose it with --date-order dmy or --date-order mdy: dates written the other way are then rejected.</source>
        <translation>Les dates sont écrites tantôt jour d'abord ({dmy}), tantôt mois d'abord ({mdy}) : l'ordre d'une date comme 06/01/2021 ne peut pas être connu. Choisissez-le avec --date-order dmy ou --date-order mdy : les dates écrites dans l'autre ordre seront alors rejetées.</translation>
    </message>
    <message>
        <source>No date of the file shows whether it is written day first or month first (row {row}: '{value}' could be either). Choose the order with --date-order dmy (06/01/2021 is 6 January) or --date-order mdy (1 June).</source>
        <translation>Aucune date du fichier ne montre s'il est écrit jour d'abord ou mois d'abord (ligne {row} : « {value} » peut se lire des deux façons). Choisissez l'ordre avec --date-order dmy (06/01/2021 est le 6 janvier) ou --date-order mdy (le 1er juin).</translation>
    </message>
    <message>
        <source>Dates were read day first (dd/mm/yyyy), as chosen with --date-order dmy.</source>
        <translation>Les dates ont été lues jour d'abord (jj/mm/aaaa), comme choisi avec --date-order dmy.</translation>
    </message>
    <message>
        <source>Dates were read month first (mm/dd/yyyy), as chosen with --date-order mdy.</source>
        <translation>Les dates ont été lues mois d'abord (mm/jj/aaaa), comme choisi avec --date-order mdy.</translation>
    </message>
    <message>
        <source>Dates were read day first (dd/mm/yyyy) for every row, as {n} rows show ({examples}).</source>
        <translation>Les dates ont été lues jour d'abord (jj/mm/aaaa) pour toutes les lignes, comme le montrent {n} lignes ({examples}).</translation>
    </message>
    <message>
        <source>Dates were read month first (mm/dd/yyyy) for every row, as {n} rows show ({examples}).</source>
        <translation>Les dates ont été lues mois d'abord (mm/jj/aaaa) pour toutes les lignes, comme le montrent {n} lignes ({examples}).</translation>
    </message>
    <message>
        <source>longitude and latitude look swapped: the point {value} (longitude, latitude) is outside the programme's countries, but it falls in them the other way round</source>
        <translation>la longitude et la latitude semblent inversées : le point {value} (longitude, latitude) est hors des pays du programme, mais il y tombe dans l'autre sens</translation>
    </message>
    <message>
        <source>the point {value} (longitude, latitude) is outside the programme's countries ({countries}): check its coordinates</source>
        <translation>le point {value} (longitude, latitude) est hors des pays du programme ({countries}) : vérifiez ses coordonnées</translation>
    </message>
    <message>
        <source>The columns are neither an ACLED export nor a UCDP GED file ({details}), and the mapping is incomplete. {mapping}</source>
        <translation>Les colonnes ne sont ni celles d'un export ACLED ni celles d'un fichier UCDP GED ({details}), et la correspondance est incomplète. {mapping}</translation>
    </message>
    <message>
        <source>security events (column mapping)</source>
        <translation>événements de sécurité (correspondance des colonnes)</translation>
    </message>
    <message>
        <source>repeats row {row} exactly; imported once.</source>
        <translation>reprend exactement la ligne {row} ; importée une seule fois.</translation>
    </message>
    <message>
        <source>row repeated exactly, imported once</source>
        <translation>ligne répétée à l'identique, importée une seule fois</translation>
    </message>
    <message>
        <source>event id {id} appears again on row {rows} with other values; a file lists each event once.</source>
        <translation>l'identifiant d'événement {id} apparaît de nouveau ligne {rows} avec d'autres valeurs ; un fichier liste chaque événement une seule fois.</translation>
    </message>
    <message>
        <source>event id repeated with other values</source>
        <translation>identifiant d'événement répété avec d'autres valeurs</translation>
    </message>
    <message>
        <source>{n} stored events of this source between {first} and {last} are not in the file; they are kept. To remove them, import with --replace-period (in the window: 'Remove the events of this source that the file no longer lists').</source>
        <translation>{n} événements enregistrés de cette source entre le {first} et le {last} ne sont pas dans le fichier ; ils sont conservés. Pour les supprimer, importez avec --replace-period (dans la fenêtre : « Supprimer les événements de cette source que le fichier ne liste plus »).</translation>
    </message>
    <message>
        <source>Nothing is removed: {rejected} rows were rejected, so the file is not a complete release of {first} to {last}. Fix them to replace the period.</source>
        <translation>Rien n'est supprimé : {rejected} lignes ont été rejetées, le fichier n'est donc pas une édition complète du {first} au {last}. Corrigez-les pour remplacer la période.</translation>
    </message>
    <message>
        <source>event {id} ({date}) is no longer in the file and is removed.</source>
        <translation>l'événement {id} ({date}) n'est plus dans le fichier et est supprimé.</translation>
    </message>
    <message>
        <source>The file replaces {first} to {last} for this source: {n} events of those days that it no longer lists are removed.</source>
        <translation>Le fichier remplace la période du {first} au {last} pour cette source : {n} événements de ces jours qu'il ne liste plus sont supprimés.</translation>
    </message>
    <message>
        <source>Event date (day, month or year)</source>
        <translation>Date de l'événement (jour, mois ou année)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <source>Event ID in the file</source>
        <translation>Identifiant de l'événement dans le fichier</translation>
    </message>
    <message>
        <source>Sub-type</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>--map: {keys} is not a field of this import; the fields are: {fields}.</source>
        <translation>--map : {keys} n'est pas un champ de cet import ; les champs sont : {fields}.</translation>
    </message>
    <message>
        <source>--map: the file has no column {names} (its columns: {columns}).</source>
        <translation>--map : le fichier n'a pas de colonne {names} (ses colonnes : {columns}).</translation>
    </message>
    <message>
        <source>Match the file's columns first: no column is chosen for {names}; name each with {example} (the file's columns: {columns}).</source>
        <translation>Faites d'abord correspondre les colonnes du fichier : aucune colonne n'est choisie pour {names} ; nommez chacune avec {example} (les colonnes du fichier : {columns}).</translation>
    </message>
    <message>
        <source>{n} rows: {reason}</source>
        <translation>{n} lignes : {reason}</translation>
    </message>
    <message>
        <source>1 row: {reason}</source>
        <translation>1 ligne : {reason}</translation>
    </message>
    <message>
        <source>{n} other values</source>
        <translation>{n} autres valeurs</translation>
    </message>
    <message>
        <source>, {n} repeated rows imported once</source>
        <translation>, {n} lignes répétées importées une seule fois</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>répétée</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Reason group</source>
        <translation>Groupe de raisons</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>Rapport ligne par ligne</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>ExchangeWorkbook</name>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="42" />
        <source>Row ID</source>
        <translation>ID de ligne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="43" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="45" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="30" />
        <source>Site code</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="44" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="46" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="31" />
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="45" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="47" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="52" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="217" />
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="13" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="32" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="115" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="46" />
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="50" />
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="44" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="52" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="50" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="57" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="68" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="47" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="69" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="49" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="50" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="70" />
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="52" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="53" />
        <source>Recommended on</source>
        <translation>Recommandée le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="55" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="71" />
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="57" />
        <source>Status at export</source>
        <translation>Statut à l'export</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="58" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="73" />
        <source>Status date</source>
        <translation>Date du statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="60" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="74" />
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="62" />
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="154" />
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="63" />
        <source>Date of the new status</source>
        <translation>Date du nouveau statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="65" />
        <source>Progress note</source>
        <translation>Note d'avancement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="66" />
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="67" />
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="97" />
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="111" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="115" />
        <source>Writing actions</source>
        <translation>Écriture des actions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="123" />
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="111" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="168" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="121" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="154" />
        <source>Saving the workbook</source>
        <translation>Enregistrement du classeur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="152" />
        <source>Not an action status</source>
        <translation>Ce n'est pas un statut d'action</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="153" />
        <source>Choose a status from the list.</source>
        <translation>Choisissez un statut dans la liste.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="155" />
        <source>Leave empty if nothing changed.</source>
        <translation>Laissez vide si rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="159" />
        <source>Not a date</source>
        <translation>Ce n'est pas une date</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="160" />
        <source>Enter the date the status was observed (YYYY-MM-DD), not in the future.</source>
        <translation>Saisissez la date à laquelle le statut a été constaté (AAAA-MM-JJ), pas dans le futur.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="171" />
        <location filename="../../bm_desktop/exchange/exports/catalogue.py" line="33" />
        <source>Corrective-action tracker</source>
        <translation>Suivi des actions correctives</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="172" />
        <source>For the stakeholders who carry out the actions: record progress offline and send the file back to the coordinator.</source>
        <translation>Pour les parties prenantes qui mettent en œuvre les actions : notez l'avancement hors ligne et renvoyez le fichier au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="178" />
        <source>Actions listed</source>
        <translation>Actions listées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="179" />
        <source>Overdue as of</source>
        <translation>En retard au</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="180" />
        <source>One row per corrective action; fill in the amber columns.</source>
        <translation>Une ligne par action corrective ; remplissez les colonnes ambre.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="183" />
        <source>1. Fill in only the amber columns: New status, Date of the new status, Progress note, Reported by.</source>
        <translation>1. Remplissez uniquement les colonnes ambre : Nouveau statut, Date du nouveau statut, Note d'avancement, Signalé par.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="185" />
        <source>2. Leave New status empty when nothing changed.</source>
        <translation>2. Laissez Nouveau statut vide si rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="186" />
        <source>3. An action goes recommended, in progress, implemented, verified; verified only after implemented; cancelling needs the reason in the note.</source>
        <translation>3. Une action passe par recommandée, en cours, mise en œuvre, vérifiée ; vérifiée seulement après mise en œuvre ; une annulation exige la raison dans la note.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="189" />
        <source>4. Do not change the grey columns, add rows or copy rows: such rows are refused when the file is imported.</source>
        <translation>4. Ne modifiez pas les colonnes grises, n'ajoutez ni ne copiez de lignes : ces lignes sont refusées à l'import du fichier.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/action_tracker.py" line="191" />
        <source>5. Send the file back to the coordinator, who imports it with File &gt; Import &gt; Corrective-action tracker.</source>
        <translation>5. Renvoyez le fichier au coordinateur, qui l'importe avec Fichier &gt; Importer &gt; Suivi des actions correctives.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="37" />
        <source>Incidents in the period</source>
        <translation>Incidents de la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="38" />
        <source>Site risks identified</source>
        <translation>Risques de site identifiés</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="39" />
        <source>of which open</source>
        <translation>dont ouverts</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="40" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="44" />
        <source>Actions recommended since the start</source>
        <translation>Actions recommandées depuis le début</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="42" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="46" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="41" />
        <source>Implemented or in progress</source>
        <translation>Mises en œuvre ou en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="43" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="47" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="103" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="172" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="42" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="152" />
        <source>Implementation rate</source>
        <translation>Taux de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="44" />
        <source>Actions recommended in the period</source>
        <translation>Actions recommandées pendant la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="47" />
        <source>Supply chain</source>
        <translation>Chaîne d'approvisionnement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="48" />
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="45" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="53" />
        <source>OECD Annex II heading</source>
        <translation>Rubrique Annexe II de l'OCDE</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="49" />
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="44" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="51" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="187" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="123" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="49" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="58" />
        <source>Risk category</source>
        <translation>Catégorie de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="51" />
        <source>Other risks (outside Annex II)</source>
        <translation>Autres risques (hors Annexe II)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="62" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="66" />
        <source>Counting</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="65" />
        <source>Writing the summary</source>
        <translation>Écriture de la synthèse</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="67" />
        <source>Annex II summary</source>
        <translation>Synthèse Annexe II</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="78" />
        <source>By risk area</source>
        <translation>Par domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="93" />
        <location filename="../../bm_desktop/exchange/exports/catalogue.py" line="40" />
        <source>OECD Annex II summary (Step 5 report)</source>
        <translation>Synthèse Annexe II de l'OCDE (rapport d'étape 5)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="94" />
        <source>Incidents, site risks and corrective actions per OECD Annex II heading and supply chain.</source>
        <translation>Incidents, risques de site et actions correctives par rubrique de l'Annexe II de l'OCDE et par chaîne d'approvisionnement.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="100" />
        <source>One row per supply chain and Annex II heading.</source>
        <translation>Une ligne par chaîne d'approvisionnement et rubrique de l'Annexe II.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="102" />
        <source>The same figures per risk area, showing which areas make up each heading.</source>
        <translation>Les mêmes chiffres par domaine de risque, pour voir quels domaines composent chaque rubrique.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="104" />
        <source>A site belongs to the supply chain of each of its minerals; the rows for all supply chains count each site once.</source>
        <translation>Un site appartient à la chaîne d'approvisionnement de chacun de ses minerais ; les lignes « toutes chaînes » comptent chaque site une fois.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="106" />
        <source>Site risks: identified by the period's end; open = not yet mitigated or closed.</source>
        <translation>Risques de site : identifiés à la fin de la période ; ouvert = ni atténué ni clos.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="108" />
        <source>No supplier prices, names or whistle-blower identities are included.</source>
        <translation>Aucun prix fournisseur, aucun nom ni aucune identité de lanceur d'alerte n'est inclus.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/annex2.py" line="118" />
        <source>All supply chains</source>
        <translation>Toutes chaînes d'approvisionnement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/catalogue.py" line="31" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="153" />
        <source>Incident register</source>
        <translation>Registre des incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/catalogue.py" line="35" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="90" />
        <source>Site score cards</source>
        <translation>Fiches de performance des sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/catalogue.py" line="37" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="93" />
        <source>Quarterly report to the government</source>
        <translation>Rapport trimestriel au gouvernement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/catalogue.py" line="43" />
        <source>Weekly site risk report</source>
        <translation>Rapport hebdomadaire des risques du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="21" />
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="29" />
        <source>Severity scale</source>
        <translation>Échelle de gravité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="34" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="58" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="54" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="36" />
        <source>Recorded by a monitor, not yet reviewed.</source>
        <translation>Enregistré par un moniteur, pas encore examiné.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="37" />
        <source>Confirmed by a risk expert.</source>
        <translation>Confirmé par un expert des risques.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="38" />
        <source>Found false or out of scope; never counted.</source>
        <translation>Jugé faux ou hors périmètre ; jamais compté.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/definitions.py" line="43" />
        <source>Risk taxonomy</source>
        <translation>Taxonomie des risques</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="48" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="53" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="217" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="33" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="116" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="49" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="48" />
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="50" />
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="54" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="51" />
        <source>Severity (1-4)</source>
        <translation>Gravité (1-4)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="55" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="52" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="56" />
        <source>People affected</source>
        <translation>Personnes affectées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="57" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="53" />
        <source>Minors involved</source>
        <translation>Mineurs impliqués</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="59" />
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="60" />
        <source>Reported by (source)</source>
        <translation>Source du signalement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="61" />
        <source>Reporter</source>
        <translation>Auteur du signalement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="62" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="63" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="66" />
        <source>Victims (sensitive)</source>
        <translation>Victimes (sensible)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="67" />
        <source>Witnesses (sensitive)</source>
        <translation>Témoins (sensible)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="68" />
        <source>Sensitive notes</source>
        <translation>Notes sensibles</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="70" />
        <source>Incident ID</source>
        <translation>ID de l'incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="143" />
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="192" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="109" />
        <source>Writing incidents</source>
        <translation>Écriture des incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="145" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="36" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="100" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="203" />
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="31" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="36" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="64" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="144" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="169" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="154" />
        <source>Incidents recorded by the monitors, one row per incident, with their verification status.</source>
        <translation>Incidents enregistrés par les moniteurs, une ligne par incident, avec leur statut de vérification.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="160" />
        <source>Incidents listed</source>
        <translation>Incidents listés</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="161" />
        <source>One row per incident (an Excel table: filter and sort from the header row).</source>
        <translation>Une ligne par incident (un tableau Excel : filtrez et triez depuis la ligne d'en-tête).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="164" />
        <source>Severity scale, verification statuses, risk taxonomy.</source>
        <translation>Échelle de gravité, statuts de vérification, taxonomie des risques.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="197" />
        <source>Rejected incidents are listed with their verification status; they never count in the programme's figures.</source>
        <translation>Les incidents rejetés sont listés avec leur statut de vérification ; ils ne comptent jamais dans les chiffres du programme.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="199" />
        <source>Text that begins with = + - or @ is shown with a leading apostrophe so that no spreadsheet runs it as a formula.</source>
        <translation>Un texte commençant par = + - ou @ est précédé d'une apostrophe pour qu'aucun tableur ne l'exécute comme une formule.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="202" />
        <source>CONFIDENTIAL: this workbook contains sensitive incident details (victims, witnesses). Do not forward it; keep it encrypted.</source>
        <translation>CONFIDENTIEL : ce classeur contient des détails sensibles d'incidents (victimes, témoins). Ne le transférez pas ; conservez-le chiffré.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/incident_register.py" line="206" />
        <source>Sensitive incident details (victims, witnesses) are not included.</source>
        <translation>Les détails sensibles des incidents (victimes, témoins) ne sont pas inclus.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="11" />
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="12" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="13" />
        <source>implemented</source>
        <translation>mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="14" />
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="19" />
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="15" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="18" />
        <source>reported (unverified)</source>
        <translation>signalé (non vérifié)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="20" />
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="23" />
        <source>monitor</source>
        <translation>moniteur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="24" />
        <source>cooperative self-monitoring</source>
        <translation>autosurveillance de la coopérative</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="25" />
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="26" />
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="34" />
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="29" />
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="30" />
        <source>awareness campaign</source>
        <translation>campagne de sensibilisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="31" />
        <source>infrastructure</source>
        <translation>infrastructure</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="32" />
        <source>governance</source>
        <translation>gouvernance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="33" />
        <source>engagement</source>
        <translation>dialogue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="37" />
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="38" />
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="39" />
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="42" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="43" />
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="44" />
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="47" />
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="48" />
        <source>mitigated</source>
        <translation>atténué</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="49" />
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="52" />
        <source>1 low</source>
        <translation>1 faible</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="53" />
        <source>2 medium</source>
        <translation>2 moyenne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="54" />
        <source>3 high</source>
        <translation>3 élevée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="55" />
        <source>4 critical</source>
        <translation>4 critique</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="58" />
        <source>3T (tin, tantalum, tungsten)</source>
        <translation>3T (étain, tantale, tungstène)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="59" />
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/labels.py" line="60" />
        <source>Cobalt / copper</source>
        <translation>Cobalt / cuivre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/provenance.py" line="33" />
        <source>never synchronised</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="35" />
        <source>Active sites</source>
        <translation>Sites actifs</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="37" />
        <source>Incidents, previous quarter</source>
        <translation>Incidents, trimestre précédent</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="39" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="101" />
        <source>Child labour incidents (incl. WFCL)</source>
        <translation>Incidents de travail des enfants (PFTE incluses)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="41" />
        <source>of which WFCL</source>
        <translation>dont PFTE</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="42" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="212" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="150" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="250" />
        <source>Security events</source>
        <translation>Événements sécuritaires</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="43" />
        <source>Fatalities (security events)</source>
        <translation>Décès (événements sécuritaires)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="48" />
        <source>Actions recommended in the quarter</source>
        <translation>Actions recommandées pendant le trimestre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="50" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="105" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="45" />
        <source>CAP meetings held</source>
        <translation>Réunions PAC tenues</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="81" />
        <source>Writing regions</source>
        <translation>Écriture des régions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="82" />
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="28" />
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="84" />
        <source>Writing provinces</source>
        <translation>Écriture des provinces</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="85" />
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="88" />
        <source>Writing risk categories</source>
        <translation>Écriture des catégories de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="94" />
        <source>Incidents, child labour, security context, corrective actions and CAP meetings per region and province.</source>
        <translation>Incidents, travail des enfants, contexte sécuritaire, actions correctives et réunions PAC par région et province.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="106" />
        <source>Figures per region, with a chart of the implementation rate.</source>
        <translation>Chiffres par région, avec un graphique du taux de mise en œuvre.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="108" />
        <source>Figures per province.</source>
        <translation>Chiffres par province.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="109" />
        <source>Incidents by risk category and region, with a chart.</source>
        <translation>Incidents par catégorie de risque et région, avec un graphique.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="111" />
        <source>Security events by province and event type.</source>
        <translation>Événements sécuritaires par province et type d'événement.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="113" />
        <source>No personal or sensitive incident details are included.</source>
        <translation>Aucun détail personnel ou sensible d'incident n'est inclus.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="115" />
        <source>Security events are counted in the province their source names (admin1).</source>
        <translation>Les événements sécuritaires sont comptés dans la province indiquée par leur source (admin1).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="117" />
        <source>Implementation rate = actions in progress, implemented or verified / actions recommended since the programme started, as of the quarter's end. Target: 80%.</source>
        <translation>Taux de mise en œuvre = actions en cours, mises en œuvre ou vérifiées / actions recommandées depuis le début du programme, à la fin du trimestre. Objectif : 80 %.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="165" />
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="187" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="170" />
        <source>Implementation rate by region (target 80%)</source>
        <translation>Taux de mise en œuvre par région (objectif 80 %)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="181" />
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="21" />
        <source>Risk categories</source>
        <translation>Catégories de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="184" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="122" />
        <source>Incidents by risk category</source>
        <translation>Incidents par catégorie de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="198" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="133" />
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="202" />
        <source>Incidents by risk category and region</source>
        <translation>Incidents par catégorie de risque et région</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="215" />
        <source>Security events by province</source>
        <translation>Événements sécuritaires par province</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="218" />
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="218" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="84" />
        <source>Fatalities</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/quarterly.py" line="225" />
        <source>{n} events of the period are outside the programme's provinces and are not counted here.</source>
        <translation>{n} événements de la période sont hors des provinces du programme et ne sont pas comptés ici.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="14" />
        <source>all regions</source>
        <translation>toutes les régions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="15" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="140" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="16" />
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="22" />
        <source>Risk areas</source>
        <translation>Domaines de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="23" />
        <source>Severities</source>
        <translation>Gravités</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="24" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="34" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="117" />
        <source>Minerals</source>
        <translation>Minerais</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="25" />
        <source>Site statuses</source>
        <translation>Statuts des sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="32" />
        <source>verified only</source>
        <translation>vérifiés seulement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="34" />
        <source>Sensitive details</source>
        <translation>Détails sensibles</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="35" />
        <source>included</source>
        <translation>inclus</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scope_text.py" line="36" />
        <source>not included</source>
        <translation>non inclus</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="35" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="120" />
        <source>Site status</source>
        <translation>Statut du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="37" />
        <source>Incidents, previous period</source>
        <translation>Incidents, période précédente</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="38" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="124" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="142" />
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="39" />
        <source>Child labour incidents</source>
        <translation>Incidents de travail des enfants</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="40" />
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="144" />
        <source>Actions recommended</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="43" />
        <source>Rate, previous period</source>
        <translation>Taux, période précédente</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="44" />
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="66" />
        <source>Writing the overview</source>
        <translation>Écriture de la vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="67" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="83" />
        <source>One row per site.</source>
        <translation>Une ligne par site.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="85" />
        <source>Writing site {code}</source>
        <translation>Écriture du site {code}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="91" />
        <source>Incidents, corrective actions and implementation rate of each site, with the trend against the previous period.</source>
        <translation>Incidents, actions correctives et taux de mise en œuvre de chaque site, avec l'évolution par rapport à la période précédente.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="95" />
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="99" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="112" />
        <source>Score card, {period}</source>
        <translation>Fiche de performance, {period}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="118" />
        <source>Cooperative or operator</source>
        <translation>Coopérative ou exploitant</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="119" />
        <source>Miners</source>
        <translation>Creuseurs</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="136" />
        <source>of which child labour and WFCL</source>
        <translation>dont travail des enfants et PFTE</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="140" />
        <source>Corrective actions since the programme started</source>
        <translation>Actions correctives depuis le début du programme</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="141" />
        <source>Status at the period's end</source>
        <translation>Statut à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="149" />
        <source>not started (recommended)</source>
        <translation>non commencées (recommandées)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="156" />
        <source>Overdue at the period's end</source>
        <translation>En retard à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="159" />
        <source>Recommended during the period</source>
        <translation>Recommandées pendant la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="161" />
        <source>CAP meetings held during the period</source>
        <translation>Réunions PAC tenues pendant la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="166" />
        <source>Implementation rate = actions in progress, implemented or verified / actions recommended since the programme started (target 80%).</source>
        <translation>Taux de mise en œuvre = actions en cours, mises en œuvre ou vérifiées / actions recommandées depuis le début du programme (objectif 80 %).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="178" />
        <source>Incidents count by the day they occurred; rejected incidents never count.</source>
        <translation>Les incidents comptent au jour où ils se sont produits ; les incidents rejetés ne comptent jamais.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="180" />
        <source>Implementation rate = actions in progress, implemented or verified / actions recommended since the programme started, as of the period's end; cancelled actions stay in the denominator. Target: 80%.</source>
        <translation>Taux de mise en œuvre = actions en cours, mises en œuvre ou vérifiées / actions recommandées depuis le début du programme, à la fin de la période ; les actions annulées restent au dénominateur. Objectif : 80 %.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/scorecards.py" line="183" />
        <source>Listed: sites active during the period or with incidents in it.</source>
        <translation>Listés : sites actifs pendant la période ou ayant eu des incidents pendant celle-ci.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="59" />
        <source>Likelihood (1-5)</source>
        <translation>Probabilité (1-5)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="60" />
        <source>Severity (1-5)</source>
        <translation>Gravité (1-5)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="61" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="62" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="72" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="63" />
        <source>Identified on</source>
        <translation>Identifié le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="65" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="148" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="224" />
        <location filename="../../bm_desktop/exchange/tracker_format.py" line="29" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="75" />
        <source>Updated this week</source>
        <translation>Mise à jour cette semaine</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="78" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="79" />
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="80" />
        <source>Sub-event type</source>
        <translation>Sous-type d'événement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="81" />
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="82" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="83" />
        <source>Distance from the site (km)</source>
        <translation>Distance du site (km)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="85" />
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="83" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="111" />
        <source>Writing risks</source>
        <translation>Écriture des risques</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="117" />
        <source>Writing security events</source>
        <translation>Écriture des événements sécuritaires</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="122" />
        <source>Incidents of the week</source>
        <translation>Incidents de la semaine</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="123" />
        <source>   severity {label}</source>
        <translation>   gravité {label}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="125" />
        <source>Open site risks</source>
        <translation>Risques ouverts du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="126" />
        <source>Open corrective actions</source>
        <translation>Actions correctives ouvertes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="127" />
        <source>of which overdue</source>
        <translation>dont en retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="128" />
        <source>Security events within {km} km</source>
        <translation>Événements sécuritaires à moins de {km} km</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="130" />
        <source>Fatalities in those events</source>
        <translation>Décès lors de ces événements</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="135" />
        <source>Weekly site risk report: {site}</source>
        <translation>Rapport hebdomadaire des risques : {site}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="137" />
        <source>For the buyer: the site's incidents, open risks, corrective actions and nearby security events of the week.</source>
        <translation>Pour l'acheteur : incidents, risques ouverts, actions correctives et événements sécuritaires proches du site pendant la semaine.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="145" />
        <source>Incidents that occurred during the week.</source>
        <translation>Incidents survenus pendant la semaine.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="146" />
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="197" />
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="147" />
        <source>The site's open risks, highest score first.</source>
        <translation>Les risques ouverts du site, du score le plus élevé au plus bas.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="149" />
        <source>Open actions and those updated during the week.</source>
        <translation>Actions ouvertes et actions mises à jour pendant la semaine.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="151" />
        <source>Events near the site during the week.</source>
        <translation>Événements proches du site pendant la semaine.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/exports/weekly.py" line="152" />
        <source>No sensitive incident details are included.</source>
        <translation>Aucun détail sensible d'incident n'est inclus.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/text.py" line="48" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/text.py" line="49" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="40" />
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="67" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="70" />
        <source>Data as of the last sync</source>
        <translation>Données à la dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="71" />
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="73" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="75" />
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="79" />
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/xlsx/cover.py" line="97" />
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/commands/export.py" line="98" />
        <source>Wrote {path} ({start} to {end}; {rows}).</source>
        <translation>Écrit : {path} (du {start} au {end} ; {rows}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="45" />
        <source>Export: {title}</source>
        <translation>Exporter : {title}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="55" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="59" />
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="66" />
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="72" />
        <source>Include sensitive incident details (victims, witnesses)</source>
        <translation>Inclure les détails sensibles des incidents (victimes, témoins)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="77" />
        <source>Your role may not export sensitive details.</source>
        <translation>Votre rôle ne permet pas d'exporter les détails sensibles.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="84" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="90" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="91" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="92" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="95" />
        <source>Workbook language</source>
        <translation>Langue du classeur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="96" />
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="105" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="130" />
        <source>The period is the quarter of the filters' end; the workbook compares it with the quarter before.</source>
        <translation>La période est le trimestre de la fin des filtres ; le classeur le compare au trimestre précédent.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="133" />
        <source>A week, Monday to Sunday; the report is for one site.</source>
        <translation>Une semaine, du lundi au dimanche ; le rapport porte sur un site.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="134" />
        <source>The period and region follow the Filters dock; change them here for this export only.</source>
        <translation>La période et la région suivent le panneau Filtres ; modifiez-les ici pour cet export seulement.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="138" />
        <source>Save the workbook</source>
        <translation>Enregistrer le classeur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="140" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="158" />
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="160" />
        <source>Choose the site of the report.</source>
        <translation>Choisissez le site du rapport.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/export_dialog.py" line="162" />
        <source>Choose where to save the workbook.</source>
        <translation>Choisissez où enregistrer le classeur.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="17" />
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="18" />
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="19" />
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="20" />
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="21" />
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="31" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="32" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="33" />
        <source>ID or code</source>
        <translation>ID ou code</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="34" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/preview_model.py" line="35" />
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="38" />
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="45" />
        <source>Error report</source>
        <translation>Rapport d'erreurs</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="49" />
        <source>Import the other rows and leave the rejected ones out</source>
        <translation>Importer les autres lignes et laisser de côté les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="56" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="74" />
        <source>&lt;b&gt;{file}&lt;/b&gt; — {layout}, {rows} rows read.&lt;br&gt;{counts}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; — {layout}, {rows} lignes lues.&lt;br&gt;{counts}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="87" />
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="88" />
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="94" />
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/exchange/import_preview.py" line="109" />
        <source>Some rows were rejected: fix the file, or choose to leave them out.</source>
        <translation>Des lignes ont été rejetées : corrigez le fichier, ou choisissez de les laisser de côté.</translation>
    </message>
    <message>
        <source>Remove the events of this source that the file no longer lists</source>
        <translation>Supprimer les événements de cette source que le fichier ne liste plus</translation>
    </message>
    <message>
        <source>Off: stored events are only added to or updated. On: the events of the same source within the file's dates that it no longer lists are removed, and the preview lists every one.</source>
        <translation>Désactivé : les événements enregistrés sont seulement complétés ou mis à jour. Activé : les événements de la même source, dans les dates du fichier, qu'il ne liste plus sont supprimés, et l'aperçu les liste tous.</translation>
    </message>
    <message>
        <source>Dates: in the order the file shows</source>
        <translation>Dates : dans l'ordre que montre le fichier</translation>
    </message>
    <message>
        <source>Dates day first (06/01/2021 is 6 January)</source>
        <translation>Dates jour d'abord (06/01/2021 est le 6 janvier)</translation>
    </message>
    <message>
        <source>Dates month first (06/01/2021 is 1 June)</source>
        <translation>Dates mois d'abord (06/01/2021 est le 1er juin)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <source>Save the full report…</source>
        <translation>Enregistrer le rapport complet…</translation>
    </message>
    <message>
        <source>Every line of the row report, as a CSV file or an Excel workbook</source>
        <translation>Toutes les lignes du rapport ligne par ligne, en fichier CSV ou en classeur Excel</translation>
    </message>
    <message>
        <source>{n} more rows are counted above but not listed here: 'Save the full report…' writes every one.</source>
        <translation>{n} lignes de plus sont comptées ci-dessus mais pas listées ici : « Enregistrer le rapport complet… » les écrit toutes.</translation>
    </message>
    <message>
        <source>Save the full report</source>
        <translation>Enregistrer le rapport complet</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>Import batches</source>
        <translation>Lots d'import</translation>
    </message>
    <message>
        <source>Every import is a batch. A batch can be undone until it has been synchronised with the server: the events it added are deleted and the ones it changed or removed are put back.</source>
        <translation>Chaque import est un lot. Un lot peut être annulé tant qu'il n'a pas été synchronisé avec le serveur : les événements qu'il a ajoutés sont supprimés, ceux qu'il a modifiés ou supprimés sont remis comme avant.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>annulé le {when}</translation>
    </message>
    <message>
        <source>synchronised: can no longer be undone</source>
        <translation>synchronisé : ne peut plus être annulé</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>peut être annulé</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {removed} removed</source>
        <translation>{added} ajoutés, {updated} mis à jour, {removed} supprimés</translation>
    </message>
    <message>
        <source>security events</source>
        <translation>événements de sécurité</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>corrective-action tracker</source>
        <translation>suivi des actions correctives</translation>
    </message>
    <message>
        <source>Import batch {batch} ({file}) undone.</source>
        <translation>Lot d'import {batch} ({file}) annulé.</translation>
    </message>
</context>
</TS>