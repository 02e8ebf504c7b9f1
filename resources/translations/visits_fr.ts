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
    </context>
</TS>
