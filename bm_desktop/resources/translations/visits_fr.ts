<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <!-- Site visits and the visit planner (records, priorities, trips, itineraries): interface and Qt-free texts, kept by hand. -->
    <context>
        <name>Visits</name>
        <message>
            <source>Monitoring</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>CAP meeting</source>
            <translation>Réunion CAP</translation>
        </message>
        <message>
            <source>Verification of an incident</source>
            <translation>Vérification d'un incident</translation>
        </message>
        <message>
            <source>Follow-up of an action</source>
            <translation>Suivi d'une action</translation>
        </message>
    </context>
    <context>
        <name>SyncTables</name>
        <message>
            <source>Visit–incident link</source>
            <translation>Lien visite–incident</translation>
        </message>
        <message>
            <source>Visit–action link</source>
            <translation>Lien visite–action</translation>
        </message>
    </context>
    <context>
        <name>SitesModel</name>
        <message>
            <source>Last visit</source>
            <translation>Dernière visite</translation>
        </message>
    </context>
    <context>
        <name>SiteDetailsDock</name>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Last visit: {date}</source>
            <translation>Dernière visite : {date}</translation>
        </message>
        <message>
            <source>Last visit: none recorded</source>
            <translation>Dernière visite : aucune enregistrée</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>non effectuée</translation>
        </message>
        <message>
            <source>{n} incident(s) verified</source>
            <translation>{n} incident(s) vérifié(s)</translation>
        </message>
        <message>
            <source>{n} incident(s) raised</source>
            <translation>{n} incident(s) signalé(s)</translation>
        </message>
        <message>
            <source>{n} action(s) checked</source>
            <translation>{n} action(s) contrôlée(s)</translation>
        </message>
        <message>
            <source>… and {n} earlier visit(s)</source>
            <translation>… et {n} visite(s) antérieure(s)</translation>
        </message>
        <message>
            <source>Visits in the registers loaded</source>
            <translation>Visites dans les registres chargés</translation>
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
            <source>{n} workers</source>
            <translation>{n} travailleurs</translation>
        </message>
        <message>
            <source>armed presence: {v}</source>
            <translation>présence armée : {v}</translation>
        </message>
        <message>
            <source>child labour: {v}</source>
            <translation>travail des enfants : {v}</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>The visit date {day} is after today ({today}): record a visit once it has taken place.</source>
            <translation>La date de visite {day} est postérieure à aujourd'hui ({today}) : enregistrez une visite une fois effectuée.</translation>
        </message>
        <message>
            <source>The visit date {day} is before the site joined the programme ({joined}).</source>
            <translation>La date de visite {day} est antérieure à l'entrée du site dans le programme ({joined}).</translation>
        </message>
        <message>
            <source>Say who made the visit.</source>
            <translation>Indiquez qui a effectué la visite.</translation>
        </message>
        <message>
            <source>The visitors' names are longer than {limit} characters.</source>
            <translation>Les noms des visiteurs dépassent {limit} caractères.</translation>
        </message>
        <message>
            <source>Unknown visit purpose '{purpose}': choose monitoring, CAP meeting, verification of an incident or follow-up of an action.</source>
            <translation>Objet de visite « {purpose} » inconnu : choisissez suivi, réunion CAP, vérification d'un incident ou suivi d'une action.</translation>
        </message>
        <message>
            <source>A visit that did not take place cannot verify incidents or check actions.</source>
            <translation>Une visite qui n'a pas eu lieu ne peut ni vérifier d'incidents ni contrôler d'actions.</translation>
        </message>
        <message>
            <source>No site with id {site}.</source>
            <translation>Aucun site ne porte l'identifiant {site}.</translation>
        </message>
        <message>
            <source>The incident {ref} is not one of site {site}'s.</source>
            <translation>L'incident {ref} n'appartient pas au site {site}.</translation>
        </message>
        <message>
            <source>The corrective action {ref} is not one of site {site}'s.</source>
            <translation>L'action corrective {ref} n'appartient pas au site {site}.</translation>
        </message>
        <message>
            <source>Choose a region or a province (one of them).</source>
            <translation>Choisissez une région ou une province (l'une des deux).</translation>
        </message>
        <message>
            <source>Unknown region '{name}': choose one of {choices}.</source>
            <translation>Région « {name} » inconnue : choisissez parmi {choices}.</translation>
        </message>
        <message>
            <source>Unknown province '{name}'.</source>
            <translation>Province « {name} » inconnue.</translation>
        </message>
        <message>
            <source>Unknown start town '{town}': choose one of {choices}, or give its position.</source>
            <translation>Ville de départ « {town} » inconnue : choisissez parmi {choices}, ou donnez sa position.</translation>
        </message>
        <message>
            <source>A trip lasts 1 to 14 days, not {days}.</source>
            <translation>Une mission dure de 1 à 14 jours, pas {days}.</translation>
        </message>
        <message>
            <source>Driving hours per day must be 1 to 16 and no more than the working day.</source>
            <translation>Les heures de route par jour doivent aller de 1 à 16 sans dépasser la journée de travail.</translation>
        </message>
        <message>
            <source>Time on site must be 0 to 600 minutes.</source>
            <translation>Le temps sur site doit aller de 0 à 600 minutes.</translation>
        </message>
        <message>
            <source>Take at least one site (top N).</source>
            <translation>Prenez au moins un site (les N premiers).</translation>
        </message>
        <message>
            <source>Site {codes} is not an active site of the area chosen.</source>
            <translation>Le site {codes} n'est pas un site actif de la zone choisie.</translation>
        </message>
        <message>
            <source>The output file must end in .xlsx, .pdf, .gpx or .kml: {name}.</source>
            <translation>Le fichier de sortie doit se terminer par .xlsx, .pdf, .gpx ou .kml : {name}.</translation>
        </message>
        <message>
            <source>The first day {value} is not a date (YYYY-MM-DD).</source>
            <translation>Le premier jour {value} n'est pas une date (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>No roads file at {path}.</source>
            <translation>Aucun fichier de routes à {path}.</translation>
        </message>
        <message>
            <source>An area to avoid is LON,LAT,KM (degrees and kilometres), not {value}.</source>
            <translation>Une zone à éviter s'écrit LON,LAT,KM (degrés et kilomètres), pas {value}.</translation>
        </message>
    </context>
    <context>
        <name>VisitPriority</name>
        <message>
            <source>Unverified high or critical incidents</source>
            <translation>Incidents élevés ou critiques non vérifiés</translation>
        </message>
        <message>
            <source>Worst forms of child labour incidents</source>
            <translation>Incidents de pires formes de travail des enfants</translation>
        </message>
        <message>
            <source>Overdue actions</source>
            <translation>Actions en retard</translation>
        </message>
        <message>
            <source>Days beyond the visit interval</source>
            <translation>Jours au-delà de l'intervalle de visite</translation>
        </message>
        <message>
            <source>Never visited</source>
            <translation>Jamais visité</translation>
        </message>
        <message>
            <source>CAP meeting during the trip</source>
            <translation>Réunion CAP pendant la mission</translation>
        </message>
        <message>
            <source>Security events nearby</source>
            <translation>Événements de sécurité à proximité</translation>
        </message>
    </context>
    <context>
        <name>TripPlan</name>
        <message>
            <source>Excluded by the manager</source>
            <translation>Exclu par le gestionnaire</translation>
        </message>
        <message>
            <source>Inside an excluded area</source>
            <translation>Dans une zone exclue</translation>
        </message>
        <message>
            <source>Straight-line distance x {detour} at {speed} km/h (no road network loaded)</source>
            <translation>Distance à vol d'oiseau x {detour} à {speed} km/h (aucun réseau routier chargé)</translation>
        </message>
        <message>
            <source>Road network {name}: roads at {speed} km/h, off-road to the nearest road at {off} km/h</source>
            <translation>Réseau routier {name} : routes à {speed} km/h, hors route jusqu'à la route la plus proche à {off} km/h</translation>
        </message>
    </context>
    <context>
        <name>TripSheet</name>
        <message>
            <source>Action to check</source>
            <translation>Action à contrôler</translation>
        </message>
        <message>
            <source>Arrive</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Back at {town} at {time} ({km} km)</source>
            <translation>Retour à {town} à {time} ({km} km)</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Check action: {text}</source>
            <translation>Contrôler l'action : {text}</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Contacts: {list}</source>
            <translation>Contacts : {list}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Day {n}: {date}</source>
            <translation>Jour {n} : {date}</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Distance (km)</source>
            <translation>Distance (km)</translation>
        </message>
        <message>
            <source>Do not fit: {codes}</source>
            <translation>N'entrent pas dans la mission : {codes}</translation>
        </message>
        <message>
            <source>Does not fit in the days and hours of the trip</source>
            <translation>N'entre pas dans les jours et heures de la mission</translation>
        </message>
        <message>
            <source>Driving (min)</source>
            <translation>Route (min)</translation>
        </message>
        <message>
            <source>From {first} to {last}</source>
            <translation>Du {first} au {last}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Incident to verify</source>
            <translation>Incident à vérifier</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Itinéraire</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>No visit</source>
            <translation>Aucune visite</translation>
        </message>
        <message>
            <source>Not planned</source>
            <translation>Non planifiés</translation>
        </message>
        <message>
            <source>Overdue action to check</source>
            <translation>Action en retard à contrôler</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorités</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Route of day {n}</source>
            <translation>Trajet du jour {n}</translation>
        </message>
        <message>
            <source>Security alerts at the site</source>
            <translation>Alertes de sécurité au site</translation>
        </message>
        <message>
            <source>Security alerts at the site: {list}</source>
            <translation>Alertes de sécurité au site : {list}</translation>
        </message>
        <message>
            <source>Security events near the leg</source>
            <translation>Événements de sécurité près du trajet</translation>
        </message>
        <message>
            <source>Security events near the leg: {n}</source>
            <translation>Événements de sécurité près du trajet : {n}</translation>
        </message>
        <message>
            <source>Site visit trip from {town}</source>
            <translation>Mission de visites de sites au départ de {town}</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Vers</translation>
        </message>
        <message>
            <source>Total: {km} km, {hours} h of driving</source>
            <translation>Total : {km} km, {hours} h de route</translation>
        </message>
        <message>
            <source>Travel times: {method}</source>
            <translation>Temps de trajet : {method}</translation>
        </message>
        <message>
            <source>Trip map</source>
            <translation>Carte de la mission</translation>
        </message>
        <message>
            <source>Verify incident: {text}</source>
            <translation>Vérifier l'incident : {text}</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Why: {why}</source>
            <translation>Pourquoi : {why}</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Écrit : {path}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>échéance {date}</translation>
        </message>
        <message>
            <source>severity {n}</source>
            <translation>gravité {n}</translation>
        </message>
        <message>
            <source>{km} km from {origin}</source>
            <translation>{km} km depuis {origin}</translation>
        </message>
        <message>
            <source>{n} day(s)</source>
            <translation>{n} jour(s)</translation>
        </message>
        <message>
            <source>{n} site(s), {km} km, {drive} driving, back at {home}</source>
            <translation>{n} site(s), {km} km, {drive} de route, retour à {home}</translation>
        </message>
        <message>
            <source>Overnight at {site}</source>
            <translation>Nuit à {site}</translation>
        </message>
        <message>
            <source>Left out: {code} ({reason})</source>
            <translation>Écarté : {code} ({reason})</translation>
        </message>
    </context>
    <context>
        <name>CommandHelp</name>
        <message>
            <source>plan a site-visit trip: priorities, days, itinerary</source>
            <translation>planifier une mission de visites de sites : priorités, jours, itinéraire</translation>
        </message>
        <message>
            <source>Plan a site-visit trip from a regional office: the sites in order, split into days, with security flags; written as an itinerary workbook, a PDF trip sheet, GPX or KML.</source>
            <translation>Planifier une mission de visites au départ d'un bureau régional : les sites dans l'ordre, répartis en jours, avec les signalements de sécurité ; écrite en classeur d'itinéraire, fiche de mission PDF, GPX ou KML.</translation>
        </message>
        <message>
            <source>programme region of the sites</source>
            <translation>région du programme des sites</translation>
        </message>
        <message>
            <source>province of the sites</source>
            <translation>province des sites</translation>
        </message>
        <message>
            <source>start town: Bunia, Goma, Bukavu, Kolwezi, Lubumbashi or Kigali</source>
            <translation>ville de départ : Bunia, Goma, Bukavu, Kolwezi, Lubumbashi ou Kigali</translation>
        </message>
        <message>
            <source>first day of the trip (YYYY-MM-DD)</source>
            <translation>premier jour de la mission (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>number of days</source>
            <translation>nombre de jours</translation>
        </message>
        <message>
            <source>the sites to visit</source>
            <translation>les sites à visiter</translation>
        </message>
        <message>
            <source>take the N sites of highest priority (default 10)</source>
            <translation>prendre les N sites les plus prioritaires (10 par défaut)</translation>
        </message>
        <message>
            <source>sites to leave out</source>
            <translation>sites à écarter</translation>
        </message>
        <message>
            <source>road network (GeoPackage, Shapefile or GeoJSON lines)</source>
            <translation>réseau routier (lignes GeoPackage, Shapefile ou GeoJSON)</translation>
        </message>
        <message>
            <source>driving hours per day (default 6)</source>
            <translation>heures de route par jour (6 par défaut)</translation>
        </message>
        <message>
            <source>minutes on each site (default 120)</source>
            <translation>minutes sur chaque site (120 par défaut)</translation>
        </message>
        <message>
            <source>output file: .xlsx, .pdf, .gpx or .kml</source>
            <translation>fichier de sortie : .xlsx, .pdf, .gpx ou .kml</translation>
        </message>
        <message>
            <source>nights at the last site of the day instead of back at the base</source>
            <translation>nuits au dernier site du jour au lieu du retour à la base</translation>
        </message>
        <message>
            <source>leave out the sites within KM km of a place (repeatable)</source>
            <translation>écarter les sites à moins de KM km d'un lieu (répétable)</translation>
        </message>
    </context>
    <context>
        <name>MapTrip</name>
        <message>
            <source>Planned trip</source>
            <translation>Mission planifiée</translation>
        </message>
        <message>
            <source>Day {n}: {date}</source>
            <translation>Jour {n} : {date}</translation>
        </message>
        <message>
            <source>Leg near a security event</source>
            <translation>Trajet près d'un événement de sécurité</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Points per unverified high or critical incident</source>
            <translation>Points par incident élevé ou critique non vérifié</translation>
        </message>
        <message>
            <source>Points per worst-forms-of-child-labour incident</source>
            <translation>Points par incident de pires formes de travail des enfants</translation>
        </message>
        <message>
            <source>Points per overdue action</source>
            <translation>Points par action en retard</translation>
        </message>
        <message>
            <source>Points per 30 days beyond the visit interval</source>
            <translation>Points par tranche de 30 jours au-delà de l'intervalle de visite</translation>
        </message>
        <message>
            <source>Points for a CAP meeting during the trip</source>
            <translation>Points pour une réunion CAP pendant la mission</translation>
        </message>
        <message>
            <source>Points per security event near the site</source>
            <translation>Points par événement de sécurité près du site</translation>
        </message>
        <message>
            <source>Target days between two visits of a site</source>
            <translation>Jours visés entre deux visites d'un site</translation>
        </message>
    </context>
    <context>
        <name>VisitPlannerDock</name>
        <message>
            <source>{factor} ({amount:g}): {points:g} pts</source>
            <translation>{factor} ({amount:g}) : {points:g} pts</translation>
        </message>
        <message>
            <source>Visit planner</source>
            <translation>Planificateur de visites</translation>
        </message>
        <message>
            <source>Road network…</source>
            <translation>Réseau routier…</translation>
        </message>
        <message>
            <source>Plan the trip</source>
            <translation>Planifier la mission</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Record the visits…</source>
            <translation>Enregistrer les visites…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Region or province</source>
            <translation>Région ou province</translation>
        </message>
        <message>
            <source>Start town</source>
            <translation>Ville de départ</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Driving hours per day</source>
            <translation>Heures de route par jour</translation>
        </message>
        <message>
            <source>Minutes on site</source>
            <translation>Minutes sur site</translation>
        </message>
        <message>
            <source>Top N sites (or tick sites)</source>
            <translation>N premiers sites (ou cochez des sites)</translation>
        </message>
        <message>
            <source>{province} (province)</source>
            <translation>{province} (province)</translation>
        </message>
        <message>
            <source>Road network</source>
            <translation>Réseau routier</translation>
        </message>
        <message>
            <source>Road lines (*.gpkg *.shp *.geojson *.json)</source>
            <translation>Lignes de routes (*.gpkg *.shp *.geojson *.json)</translation>
        </message>
        <message>
            <source>Roads: {name}</source>
            <translation>Routes : {name}</translation>
        </message>
        <message>
            <source>Security events nearby: plan with care</source>
            <translation>Événements de sécurité à proximité : planifier avec prudence</translation>
        </message>
        <message>
            <source>{n} sites ranked for a trip from {date}.</source>
            <translation>{n} sites classés pour une mission à partir du {date}.</translation>
        </message>
        <message>
            <source>Choose a region or a province first.</source>
            <translation>Choisissez d'abord une région ou une province.</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>Planification…</translation>
        </message>
        <message>
            <source>Day {n} ({date}): {stops}</source>
            <translation>Jour {n} ({date}) : {stops}</translation>
        </message>
        <message>
            <source>no visit</source>
            <translation>aucune visite</translation>
        </message>
        <message>
            <source>Do not fit: {codes}</source>
            <translation>N'entrent pas dans la mission : {codes}</translation>
        </message>
        <message>
            <source>{n} leg(s) pass near a security event.</source>
            <translation>{n} trajet(s) passe(nt) près d'un événement de sécurité.</translation>
        </message>
        <message>
            <source>Travel times: {method}</source>
            <translation>Temps de trajet : {method}</translation>
        </message>
        <message>
            <source>{n} site(s) in {days} day(s), {km} km.</source>
            <translation>{n} site(s) en {days} jour(s), {km} km.</translation>
        </message>
        <message>
            <source>Save the trip</source>
            <translation>Enregistrer la mission</translation>
        </message>
        <message>
            <source>Itinerary workbook (*.xlsx);;PDF trip sheet (*.pdf);;GPX (*.gpx);;KML (*.kml)</source>
            <translation>Classeur d'itinéraire (*.xlsx);;Fiche de mission PDF (*.pdf);;GPX (*.gpx);;KML (*.kml)</translation>
        </message>
        <message>
            <source>Nights at the last site of the day</source>
            <translation>Nuits au dernier site du jour</translation>
        </message>
        <message>
            <source>night at {site}</source>
            <translation>nuit à {site}</translation>
        </message>
        <message>
            <source>site codes, and areas as lon,lat,km; separated by ;</source>
            <translation>codes de sites, et zones en lon,lat,km ; séparés par ;</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Écarter</translation>
        </message>
    </context>
    <context>
        <name>VisitRecordDialog</name>
        <message>
            <source>Record the visits of the trip</source>
            <translation>Enregistrer les visites de la mission</translation>
        </message>
        <message>
            <source>Who made the visits</source>
            <translation>Qui a effectué les visites</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visiteurs</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Effectuée</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Actions checked</source>
            <translation>Actions contrôlées</translation>
        </message>
        <message>
            <source>Incidents verified</source>
            <translation>Incidents vérifiés</translation>
        </message>
        <message>
            <source>Incidents raised</source>
            <translation>Incidents signalés</translation>
        </message>
    </context>
</TS>
