<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionsDock</name>
    <message>
        <source>Actions of the filter period</source>
        <translation>Actions de la période filtrée</translation>
    </message>
    <message>
        <source>Open today, whatever the period</source>
        <translation>Ouvertes aujourd’hui, quelle que soit la période</translation>
    </message>
    <message>
        <source>Which actions the tracker lists</source>
        <translation>Quelles actions le suivi affiche</translation>
    </message>
    <message>
        <source>Search actions (site, action, person…)</source>
        <translation>Rechercher des actions (site, action, personne…)</translation>
    </message>
    <message>
        <source>Actions still open today ({today}), whatever the period; statuses as of today.</source>
        <translation>Actions encore ouvertes aujourd’hui ({today}), quelle que soit la période ; statuts à ce jour.</translation>
    </message>
    <message>
        <source>Actions recommended by {end} and open at some time from {start} to {end}; statuses as of today ({today}).</source>
        <translation>Actions recommandées au plus tard le {end} et ouvertes à un moment entre le {start} et le {end} ; statuts à ce jour ({today}).</translation>
    </message>
    <message>
        <source>Selected sites only.</source>
        <translation>Sites sélectionnés uniquement.</translation>
    </message>
    <message>
        <source>Also listed: {n} new action(s) outside this selection, until the filters change.</source>
        <translation>Également affichées : {n} nouvelle(s) action(s) hors de cette sélection, jusqu’au prochain changement des filtres.</translation>
    </message>
</context>
<context>
    <name>AlertsDock</name>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Distance from the site, in km (click to sort)</source>
        <translation>Distance du site, en km (cliquer pour trier)</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Cliquer pour trier</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Type a date ({hint}) or pick it in the calendar</source>
        <translation>Saisissez une date ({hint}) ou choisissez-la dans le calendrier</translation>
    </message>
    <message>
        <source>“{typed}” is not a date: type it as {hint}, for example 15/01/2022.</source>
        <translation>« {typed} » n’est pas une date : saisissez-la sous la forme {hint}, par exemple 15/01/2022.</translation>
    </message>
</context>
<context>
    <name>FiltersDock</name>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Sans région</translation>
    </message>
    <message>
        <source>This month ({month})</source>
        <translation>Ce mois-ci ({month})</translation>
    </message>
    <message>
        <source>Latest month with data ({month})</source>
        <translation>Dernier mois avec des données ({month})</translation>
    </message>
    <message>
        <source>Last complete quarter ({quarter})</source>
        <translation>Dernier trimestre complet ({quarter})</translation>
    </message>
    <message>
        <source>Quarter…</source>
        <translation>Trimestre…</translation>
    </message>
    <message>
        <source>Year…</source>
        <translation>Année…</translation>
    </message>
    <message>
        <source>Q{q} {year}</source>
        <translation>T{q} {year}</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Province in {region}</source>
        <translation>Province de la région {region}</translation>
    </message>
    <message>
        <source>Figures count {start} to {end}; rates, statuses and alerts are as of {end}.</source>
        <translation>Les chiffres couvrent du {start} au {end} ; taux, statuts et alertes à la date du {end}.</translation>
    </message>
    <message>
        <source>Data up to {last}.</source>
        <translation>Données jusqu’au {last}.</translation>
    </message>
    <message>
        <source>No data after {last}.</source>
        <translation>Aucune donnée après le {last}.</translation>
    </message>
</context>
<context>
    <name>MapWorkspace</name>
    <message>
        <source>Find a site</source>
        <translation>Trouver un site</translation>
    </message>
</context>
<context>
    <name>SiteSearch</name>
    <message>
        <source>Find a site (name or code)…</source>
        <translation>Trouver un site (nom ou code)…</translation>
    </message>
    <message>
        <source>Type part of a site's name or code, choose it in the list: the map zooms to it and Site details shows it (Ctrl+F)</source>
        <translation>Saisissez une partie du nom ou du code d’un site, choisissez-le dans la liste : la carte s’y centre et Détails du site l’affiche (Ctrl+F)</translation>
    </message>
</context>
</TS>
