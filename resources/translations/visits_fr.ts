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
</TS>
