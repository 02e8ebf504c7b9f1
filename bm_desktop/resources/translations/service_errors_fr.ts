<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <!-- Qt-free service errors (incidents, actions, risks, action life cycle, CAP meetings and the agenda command), kept by hand: each error carries its English template (bm_desktop/domain/messages.py); the last entries are the words that fill the templates (status labels, review states, score names). -->
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>Choose the site where the incident happened.</source>
            <translation>Choisissez le site où l'incident s'est produit.</translation>
        </message>
        <message>
            <source>Unknown site code '{code}': no site with that code exists.</source>
            <translation>Code de site « {code} » inconnu : aucun site ne porte ce code.</translation>
        </message>
        <message>
            <source>Choose the risk area of the incident.</source>
            <translation>Choisissez le domaine de risque de l'incident.</translation>
        </message>
        <message>
            <source>Unknown risk area '{code}': choose one from the risk taxonomy.</source>
            <translation>Domaine de risque « {code} » inconnu : choisissez-en un dans la taxonomie des risques.</translation>
        </message>
        <message>
            <source>Enter the date the incident occurred.</source>
            <translation>Saisissez la date à laquelle l'incident s'est produit.</translation>
        </message>
        <message>
            <source>The incident date {date} is in the future (today is {today}).</source>
            <translation>La date de l'incident, {date}, est dans le futur (nous sommes le {today}).</translation>
        </message>
        <message>
            <source>The report date {date} is in the future (today is {today}).</source>
            <translation>La date du signalement, {date}, est dans le futur (nous sommes le {today}).</translation>
        </message>
        <message>
            <source>The report date {date} is before the incident date {occurred}.</source>
            <translation>La date du signalement, {date}, est antérieure à la date de l'incident, {occurred}.</translation>
        </message>
        <message>
            <source>Give both longitude and latitude of the incident location, or neither.</source>
            <translation>Indiquez à la fois la longitude et la latitude du lieu de l'incident, ou aucune des deux.</translation>
        </message>
        <message>
            <source>The location ({lon:.4f}, {lat:.4f}) is outside the programme area (longitude {lon_min:g} to {lon_max:g}, latitude {lat_min:g} to {lat_max:g}); check that longitude and latitude are not swapped.</source>
            <translation>Le lieu ({lon:.4f}, {lat:.4f}) est hors de la zone du programme (longitude de {lon_min:g} à {lon_max:g}, latitude de {lat_min:g} à {lat_max:g}) ; vérifiez que la longitude et la latitude ne sont pas inversées.</translation>
        </message>
        <message>
            <source>The location is {km:.0f} km from site {code} ({name}), more than {limit:.0f} km: confirm that it is right.</source>
            <translation>Le lieu est à {km:.0f} km du site {code} ({name}), soit plus de {limit:.0f} km : confirmez qu'il est exact.</translation>
        </message>
        <message>
            <source>Severity must be from {low} (low) to {high} (critical), not {value}.</source>
            <translation>La gravité doit aller de {low} (faible) à {high} (critique), et non {value}.</translation>
        </message>
        <message>
            <source>People affected cannot be negative.</source>
            <translation>Le nombre de personnes touchées ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Minors involved cannot be negative.</source>
            <translation>Le nombre de mineurs concernés ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Minors involved ({minors}) cannot exceed people affected ({people}).</source>
            <translation>Le nombre de mineurs concernés ({minors}) ne peut pas dépasser celui des personnes touchées ({people}).</translation>
        </message>
        <message>
            <source>Describe what happened.</source>
            <translation>Décrivez ce qui s'est passé.</translation>
        </message>
        <message>
            <source>Incident {id} does not exist.</source>
            <translation>L'incident {id} n'existe pas.</translation>
        </message>
        <message>
            <source>Say who verifies the incident.</source>
            <translation>Indiquez qui vérifie l'incident.</translation>
        </message>
        <message>
            <source>Give the reason for rejecting the incident.</source>
            <translation>Indiquez le motif du rejet de l'incident.</translation>
        </message>
        <message>
            <source>Say who rejects the incident.</source>
            <translation>Indiquez qui rejette l'incident.</translation>
        </message>
        <message>
            <source>Site {id} does not exist.</source>
            <translation>Le site {id} n'existe pas.</translation>
        </message>
        <message>
            <source>Unknown source '{value}' (use one of: {allowed}).</source>
            <translation>Source « {value} » inconnue (utilisez l'une des suivantes : {allowed}).</translation>
        </message>
        <message>
            <source>The incident is linked to a risk or an action; it cannot be withdrawn.</source>
            <translation>L'incident est lié à un risque ou à une action ; il ne peut pas être retiré.</translation>
        </message>
        <message>
            <source>Assign the action to one of the site's stakeholders.</source>
            <translation>Confiez l'action à l'une des parties prenantes du site.</translation>
        </message>
        <message>
            <source>Stakeholder {who} is not a stakeholder of site {site}; assign the action to one of the site's stakeholders.</source>
            <translation>La partie prenante {who} n'est pas une partie prenante du site {site} ; confiez l'action à l'une des parties prenantes du site.</translation>
        </message>
        <message>
            <source>Enter the date the action was recommended.</source>
            <translation>Saisissez la date à laquelle l'action a été recommandée.</translation>
        </message>
        <message>
            <source>The recommendation date {recommended} is in the future (today is {today}).</source>
            <translation>La date de recommandation, {recommended}, est dans le futur (nous sommes le {today}).</translation>
        </message>
        <message>
            <source>Enter the due date of the action.</source>
            <translation>Saisissez l'échéance de l'action.</translation>
        </message>
        <message>
            <source>The due date {due} is before the recommendation date {recommended}.</source>
            <translation>L'échéance {due} est antérieure à la date de recommandation {recommended}.</translation>
        </message>
        <message>
            <source>Some selected incidents are not on the risk's site {site}.</source>
            <translation>Certains incidents sélectionnés ne sont pas sur le site du risque, {site}.</translation>
        </message>
        <message>
            <source>Describe the action to take.</source>
            <translation>Décrivez l'action à mener.</translation>
        </message>
        <message>
            <source>Corrective action {id} does not exist.</source>
            <translation>L'action corrective {id} n'existe pas.</translation>
        </message>
        <message>
            <source>Enter the date of the progress update.</source>
            <translation>Saisissez la date du point d'avancement.</translation>
        </message>
        <message>
            <source>Select the actions to update.</source>
            <translation>Sélectionnez les actions à mettre à jour.</translation>
        </message>
        <message>
            <source>Progress update {id} does not exist.</source>
            <translation>Le point d'avancement {id} n'existe pas.</translation>
        </message>
        <message>
            <source>Only the latest progress update of an action can be withdrawn.</source>
            <translation>Seul le dernier point d'avancement d'une action peut être retiré.</translation>
        </message>
        <message>
            <source>The first update of an action is its recommendation; withdraw the action instead.</source>
            <translation>Le premier point d'une action est sa recommandation ; retirez plutôt l'action.</translation>
        </message>
        <message>
            <source>The action already has progress updates; cancel it with a reason instead of withdrawing it.</source>
            <translation>L'action a déjà des points d'avancement ; annulez-la en donnant un motif au lieu de la retirer.</translation>
        </message>
        <message>
            <source>Unknown action kind '{value}' (use one of: {allowed}).</source>
            <translation>Type d'action « {value} » inconnu (utilisez l'un des suivants : {allowed}).</translation>
        </message>
        <message>
            <source>Unknown priority '{value}' (use high, medium or low).</source>
            <translation>Priorité « {value} » inconnue (utilisez high, medium ou low).</translation>
        </message>
        <message>
            <source>'{who}' is not a stakeholder of site {site}; assign the action to one of the site's stakeholders.</source>
            <translation>« {who} » n'est pas une partie prenante du site {site} ; confiez l'action à l'une des parties prenantes du site.</translation>
        </message>
        <message>
            <source>The incident of {date} was rejected; an action cannot address it.</source>
            <translation>L'incident du {date} a été rejeté ; une action ne peut pas y répondre.</translation>
        </message>
        <message>
            <source>Risk {id} does not exist.</source>
            <translation>Le risque {id} n'existe pas.</translation>
        </message>
        <message>
            <source>The selected incidents are on {count} sites ({codes}); an action addresses one site.</source>
            <translation>Les incidents sélectionnés sont sur {count} sites ({codes}) ; une action porte sur un seul site.</translation>
        </message>
        <message>
            <source>Create the action from a risk, from incidents, or for a site and a risk area.</source>
            <translation>Créez l'action à partir d'un risque, d'incidents, ou pour un site et un domaine de risque.</translation>
        </message>
        <message>
            <source>The selected incidents span {count} risk areas: choose the risk area the action addresses.</source>
            <translation>Les incidents sélectionnés relèvent de {count} domaines de risque : choisissez celui auquel l'action répond.</translation>
        </message>
        <message>
            <source>Select the incidents to roll up into risks.</source>
            <translation>Sélectionnez les incidents à regrouper en risques.</translation>
        </message>
        <message>
            <source>The incident of {date} at {site} is {state}, not verified: only verified incidents roll up into risks.</source>
            <translation>L'incident du {date} à {site} est {state}, et non vérifié : seuls les incidents vérifiés sont regroupés en risques.</translation>
        </message>
        <message>
            <source>Unknown risk status '{status}' (use open, mitigated or closed).</source>
            <translation>Statut de risque « {status} » inconnu (utilisez open, mitigated ou closed).</translation>
        </message>
        <message>
            <source>{name} must be a whole number from 1 to {high}, not {value}.</source>
            <translation>{name} : il faut un nombre entier de 1 à {high}, et non {value}.</translation>
        </message>
        <message>
            <source>The update date {on} is in the future (today is {today}).</source>
            <translation>La date du point, {on}, est dans le futur (nous sommes le {today}).</translation>
        </message>
        <message>
            <source>The update date {on} is before the action was recommended ({recommended}).</source>
            <translation>La date du point, {on}, est antérieure à la recommandation de l'action ({recommended}).</translation>
        </message>
        <message>
            <source>The update date {on} is before the latest update ({last}, {status}); updates are recorded in date order.</source>
            <translation>La date du point, {on}, est antérieure au dernier point ({last}, {status}) ; les points sont enregistrés dans l'ordre des dates.</translation>
        </message>
        <message>
            <source>The action is already {status}; no further update is possible.</source>
            <translation>L'action est déjà {status} ; aucun autre point n'est possible.</translation>
        </message>
        <message>
            <source>Give the reason for cancelling the action.</source>
            <translation>Indiquez le motif de l'annulation de l'action.</translation>
        </message>
        <message>
            <source>'{value}' is not an action status (use one of: {allowed})</source>
            <translation>« {value} » n'est pas un statut d'action (utilisez l'un des suivants : {allowed})</translation>
        </message>
        <message>
            <source>An action that is {current} cannot become {status} (verification confirms an implementation); allowed next: {allowed}.</source>
            <translation>Une action {current} ne peut pas devenir {status} (la vérification confirme une mise en œuvre) ; possibles ensuite : {allowed}.</translation>
        </message>
        <message>
            <source>An action that is {current} cannot become {status}; allowed next: {allowed}.</source>
            <translation>Une action {current} ne peut pas devenir {status} ; possibles ensuite : {allowed}.</translation>
        </message>
        <message>
            <source>Update {n} of {total} ({label}): {reason}</source>
            <translation>Point {n} sur {total} ({label}) : {reason}</translation>
        </message>
        <message>
            <source>recommended</source>
            <translation>recommandée</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>implemented</source>
            <translation>mise en œuvre</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>vérifiée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>signalé</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejeté</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Probabilité</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>The incident is already verified; only a reported incident can be verified.</source>
            <translation>L'incident est déjà vérifié ; seul un incident signalé peut être vérifié.</translation>
        </message>
        <message>
            <source>The incident is already rejected; only a reported incident can be verified.</source>
            <translation>L'incident est déjà rejeté ; seul un incident signalé peut être vérifié.</translation>
        </message>
        <message>
            <source>The incident is already verified; only a reported incident can be rejected.</source>
            <translation>L'incident est déjà vérifié ; seul un incident signalé peut être rejeté.</translation>
        </message>
        <message>
            <source>The incident is already rejected; only a reported incident can be rejected.</source>
            <translation>L'incident est déjà rejeté ; seul un incident signalé peut être rejeté.</translation>
        </message>
        <message>
            <source>The agenda has no item; add at least one before saving.</source>
            <translation>L'ordre du jour n'a aucun point ; ajoutez-en au moins un avant d'enregistrer.</translation>
        </message>
        <message>
            <source>Agenda item {n} has no title.</source>
            <translation>Le point {n} de l'ordre du jour n'a pas de titre.</translation>
        </message>
        <message>
            <source>Agenda item {n}: the time must be 0 to {most} minutes.</source>
            <translation>Point {n} de l'ordre du jour : la durée doit être comprise entre 0 et {most} minutes.</translation>
        </message>
        <message>
            <source>Enter the date the meeting was held.</source>
            <translation>Saisissez la date à laquelle la réunion s'est tenue.</translation>
        </message>
        <message>
            <source>The meeting date {date} is in the future (today is {today}).</source>
            <translation>La date de la réunion, {date}, est dans le futur (nous sommes le {today}).</translation>
        </message>
        <message>
            <source>Record who attended (at least one person) before marking the meeting as held.</source>
            <translation>Indiquez les participants (au moins une personne) avant de marquer la réunion comme tenue.</translation>
        </message>
        <message>
            <source>Attendance row {n}: the number of women must be a whole number, 0 or more (not {value}).</source>
            <translation>Ligne de présence {n} : le nombre de femmes doit être un nombre entier, 0 ou plus (pas {value}).</translation>
        </message>
        <message>
            <source>Attendance row {n}: the number of men must be a whole number, 0 or more (not {value}).</source>
            <translation>Ligne de présence {n} : le nombre d'hommes doit être un nombre entier, 0 ou plus (pas {value}).</translation>
        </message>
        <message>
            <source>Attendance row {n}: stakeholder {id} does not exist.</source>
            <translation>Ligne de présence {n} : la partie prenante {id} n'existe pas.</translation>
        </message>
        <message>
            <source>Attendance row {n}: choose a stakeholder or write a name.</source>
            <translation>Ligne de présence {n} : choisissez une partie prenante ou écrivez un nom.</translation>
        </message>
        <message>
            <source>Attendance row {n}: unknown stakeholder type '{code}'.</source>
            <translation>Ligne de présence {n} : type de partie prenante « {code} » inconnu.</translation>
        </message>
        <message>
            <source>Decision {n}: write what was decided.</source>
            <translation>Décision {n} : écrivez ce qui a été décidé.</translation>
        </message>
        <message>
            <source>Decision {n}: agenda item {item} does not exist.</source>
            <translation>Décision {n} : le point {item} de l'ordre du jour n'existe pas.</translation>
        </message>
        <message>
            <source>Decision {n} ('{text}'): {reason}</source>
            <translation>Décision {n} (« {text} ») : {reason}</translation>
        </message>
        <message>
            <source>Unknown region '{region}'.</source>
            <translation>Région « {region} » inconnue.</translation>
        </message>
        <message>
            <source>Preparing the agendas was cancelled; no file was written.</source>
            <translation>La préparation des ordres du jour a été annulée ; aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>'{value}' is not a month: the month must be 01 to 12.</source>
            <translation>« {value} » n'est pas un mois : le mois doit être compris entre 01 et 12.</translation>
        </message>
        <message>
            <source>'{value}' is not a month: write it as YYYY-MM, e.g. 2022-03.</source>
            <translation>« {value} » n'est pas un mois : écrivez-le sous la forme AAAA-MM, par exemple 2022-03.</translation>
        </message>
        <message>
            <source>No site with code '{site}'. Site codes look like {examples}.</source>
            <translation>Aucun site ne porte le code « {site} ». Les codes de site ressemblent à {examples}.</translation>
        </message>
        <message>
            <source>(no site in this database)</source>
            <translation>(aucun site dans cette base de données)</translation>
        </message>
        <message>
            <source>the output file must end in .xlsx or .pdf, not '{name}'.</source>
            <translation>le fichier de sortie doit se terminer par .xlsx ou .pdf, pas « {name} ».</translation>
        </message>
        <message>
            <source>a region's agendas are one workbook: give an .xlsx output file.</source>
            <translation>les ordres du jour d'une région forment un seul classeur : indiquez un fichier de sortie .xlsx.</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist.</source>
            <translation>le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>no programme database at {path} (use --db PATH).</source>
            <translation>aucune base de données du programme à {path} (utilisez --db CHEMIN).</translation>
        </message>
        <message>
            <source>There is no agenda item {item} (the agenda has {count}).</source>
            <translation>Il n'y a pas de point {item} à l'ordre du jour (l'ordre du jour en compte {count}).</translation>
        </message>
        <message>
            <source>Give the new agenda item a title.</source>
            <translation>Donnez un titre au nouveau point de l'ordre du jour.</translation>
        </message>
        <message>
            <source>Item {item}: the time must be a whole number of minutes from 0 to {most}, not {value}.</source>
            <translation>Point {item} : la durée doit être un nombre entier de minutes entre 0 et {most}, pas {value}.</translation>
        </message>
        <message>
            <source>Item {item}: the title cannot be empty.</source>
            <translation>Point {item} : le titre ne peut pas être vide.</translation>
        </message>
        <message>
            <source>--map takes FIELD=COLUMN, not '{item}'.</source>
            <translation>--map attend CHAMP=COLONNE, pas « {item} ».</translation>
        </message>
        <message>
            <source>Unknown region '{region}'. Valid regions: {valid}.</source>
            <translation>Région inconnue « {region} ». Régions valides : {valid}.</translation>
        </message>
        <message>
            <source>No table '{table}' in this database.</source>
            <translation>Aucune table « {table} » dans cette base de données.</translation>
        </message>
        <message>
            <source>Choose 'local' or 'remote', not '{choice}'.</source>
            <translation>Choisissez « local » ou « remote », pas « {choice} ».</translation>
        </message>
        <message>
            <source>No conflict number {n}.</source>
            <translation>Aucun conflit numéro {n}.</translation>
        </message>
        <message>
            <source>This conflict was already resolved.</source>
            <translation>Ce conflit a déjà été résolu.</translation>
        </message>
        <message>
            <source>The scale must be between 1 and {max}, not {scale}.</source>
            <translation>L'échelle doit être comprise entre 1 et {max}, pas {scale}.</translation>
        </message>
        <message>
            <source>The database already has sites; the sample programme goes into an empty database only.</source>
            <translation>La base de données contient déjà des sites ; le programme d'exemple ne va que dans une base vide.</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <source>The role '{role}' may not export sensitive incident details; export without them.</source>
            <translation>Le rôle « {role} » ne peut pas exporter les détails sensibles des incidents ; exportez sans eux.</translation>
        </message>
        <message>
            <source>Choose the site of the weekly risk report.</source>
            <translation>Choisissez le site du rapport hebdomadaire des risques.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>L'export a été annulé ; aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>A user name needs 1 to 80 characters.</source>
            <translation>Un nom d'utilisateur doit compter de 1 à 80 caractères.</translation>
        </message>
        <message>
            <source>Unknown role '{role}': choose one of {roles}.</source>
            <translation>Rôle inconnu « {role} » : choisissez parmi {roles}.</translation>
        </message>
        <message>
            <source>The role '{role}' needs at least one --region.</source>
            <translation>Le rôle « {role} » demande au moins une --region.</translation>
        </message>
        <message>
            <source>A coordinator needs at least one --site (site code).</source>
            <translation>Un coordinateur demande au moins un --site (code de site).</translation>
        </message>
        <message>
            <source>Password refused: a password needs at least {n} characters.</source>
            <translation>Mot de passe refusé : un mot de passe doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <source>User '{name}' already exists.</source>
            <translation>L'utilisateur « {name} » existe déjà.</translation>
        </message>
        <message>
            <source>No programme region called '{name}' (known: {known}).</source>
            <translation>Aucune région du programme nommée « {name} » (connues : {known}).</translation>
        </message>
        <message>
            <source>No site with code '{code}'.</source>
            <translation>Aucun site avec le code « {code} ».</translation>
        </message>
        <message>
            <source>No user called '{name}'.</source>
            <translation>Aucun utilisateur nommé « {name} ».</translation>
        </message>
        <message>
            <source>bm-desktop {command}: error: {message}</source>
            <translation>bm-desktop {command} : erreur : {message}</translation>
        </message>
        <message>
            <source>give both --from and --to, or neither.</source>
            <translation>donnez à la fois --from et --to, ou aucun des deux.</translation>
        </message>
        <message>
            <source>the {kind} workbook is for one site: give --site CODE.</source>
            <translation>le classeur {kind} porte sur un site : donnez --site CODE.</translation>
        </message>
        <message>
            <source>name the file to import.</source>
            <translation>indiquez le fichier à importer.</translation>
        </message>
        <message>
            <source>--report writes a .csv or .xlsx file, not '{name}'.</source>
            <translation>--report écrit un fichier .csv ou .xlsx, pas « {name} ».</translation>
        </message>
        <message>
            <source>import undo takes a batch number (see 'bm-desktop import batches').</source>
            <translation>import undo prend un numéro de lot (voir « bm-desktop import batches »).</translation>
        </message>
        <message>
            <source>Password refused: the demo password is published and only a demo server (--demo) accepts it; choose another one.</source>
            <translation>Mot de passe refusé : le mot de passe de démonstration est public et seul un serveur de démonstration (--demo) l'accepte ; choisissez-en un autre.</translation>
        </message>
    </context>
</TS>
