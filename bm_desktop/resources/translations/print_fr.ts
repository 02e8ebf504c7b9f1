<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportMapDialog</name>
    <message>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Programme sites and incidents</source>
        <translation>Sites du programme et incidents</translation>
    </message>
    <message>
        <source>The map's current view</source>
        <translation>La vue actuelle de la carte</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation>Région : {name}</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source> dpi (PNG)</source>
        <translation> ppp (PNG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>File (.pdf, .png, .svg)</source>
        <translation>Fichier (.pdf, .png, .svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .png or .svg.</source>
        <translation>Choisissez un fichier se terminant par .pdf, .png ou .svg.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n'existe pas.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Q{q} {year}</source>
        <translation>T{q} {year}</translation>
    </message>
    <message>
        <source>Quarterly map pack</source>
        <translation>Dossier cartographique trimestriel</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Write to (.zip or folder)</source>
        <translation>Écrire dans (.zip ou dossier)</translation>
    </message>
    <message>
        <source>Zip file (*.zip)</source>
        <translation>Fichier zip (*.zip)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n'existe pas.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty: choose a new or empty folder, or a .zip file.</source>
        <translation>Le dossier {path} n'est pas vide : choisissez un dossier nouveau ou vide, ou un fichier .zip.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>MapPack</name>
    <message>
        <source>Sites by implementation rate</source>
        <translation>Sites par taux de mise en œuvre</translation>
    </message>
    <message>
        <source>Incident density</source>
        <translation>Densité des incidents</translation>
    </message>
    <message>
        <source>Security events and alerts</source>
        <translation>Événements sécuritaires et alertes</translation>
    </message>
    <message>
        <source>Child-labour incidents</source>
        <translation>Incidents de travail des enfants</translation>
    </message>
    <message>
        <source>Quarterly report workbook</source>
        <translation>Classeur du rapport trimestriel</translation>
    </message>
    <message>
        <source>Index page</source>
        <translation>Page d'index</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Quarterly map pack, {year} Q{n}</source>
        <translation>Dossier cartographique trimestriel, {year} T{n}</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Active sites</source>
        <translation>Sites actifs</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>of which worst forms</source>
        <translation>dont pires formes</translation>
    </message>
    <message>
        <source>Implementation rate</source>
        <translation>Taux de mise en œuvre</translation>
    </message>
    <message>
        <source>CAP meetings held</source>
        <translation>Réunions PAC tenues</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Made on {date} with BM Desktop.</source>
        <translation>Établi le {date} avec BM Desktop.</translation>
    </message>
    <message>
        <source>Headline figures of the quarter</source>
        <translation>Chiffres clés du trimestre</translation>
    </message>
    <message>
        <source>Offline HTML map</source>
        <translation>Carte HTML hors ligne</translation>
    </message>
    <message>
        <source>Interactive map</source>
        <translation>Carte interactive</translation>
    </message>
    <message>
        <source>Offline HTML map (opens in any browser)</source>
        <translation>Carte HTML hors ligne (s'ouvre dans tout navigateur)</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>Rapport trimestriel</translation>
    </message>
    <message>
        <source>Implementation rate: corrective actions implemented or in progress, of those recommended since the start, at the end of the quarter.</source>
        <translation>Taux de mise en œuvre : actions correctives mises en œuvre ou en cours, parmi celles recommandées depuis le début, à la fin du trimestre.</translation>
    </message>
</context>
<context>
    <name>PrintFeature</name>
    <message>
        <source>Export map…</source>
        <translation>Exporter la carte…</translation>
    </message>
    <message>
        <source>Print map…</source>
        <translation>Imprimer la carte…</translation>
    </message>
    <message>
        <source>Quarterly map pack…</source>
        <translation>Dossier cartographique trimestriel…</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Carte écrite dans {path}.</translation>
    </message>
    <message>
        <source>Print map</source>
        <translation>Imprimer la carte</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation>Région : {name}</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <source>Regions: {names}</source>
        <translation>Régions : {names}</translation>
    </message>
    <message>
        <source>Sites coloured by implementation rate</source>
        <translation>Sites colorés par taux de mise en œuvre</translation>
    </message>
    <message>
        <source>Sites coloured by status</source>
        <translation>Sites colorés par statut</translation>
    </message>
    <message>
        <source>Incidents: {areas}</source>
        <translation>Incidents : {areas}</translation>
    </message>
    <message>
        <source>Minerals: {names}</source>
        <translation>Minerais : {names}</translation>
    </message>
    <message>
        <source>Severities: {list}</source>
        <translation>Gravités : {list}</translation>
    </message>
    <message>
        <source>verified incidents only</source>
        <translation>incidents vérifiés seulement</translation>
    </message>
    <message>
        <source>child labour</source>
        <translation>travail des enfants</translation>
    </message>
    <message>
        <source>worst forms of child labour</source>
        <translation>pires formes de travail des enfants</translation>
    </message>
    <message>
        <source>Programme data: BM Desktop database</source>
        <translation>Données du programme : base BM Desktop</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain)</source>
        <translation>Fond de carte : Natural Earth (domaine public)</translation>
    </message>
    <message>
        <source>Official boundaries: {files}</source>
        <translation>Limites officielles : {files}</translation>
    </message>
    <message>
        <source>programme field reports</source>
        <translation>rapports de terrain du programme</translation>
    </message>
    <message>
        <source>other sources</source>
        <translation>autres sources</translation>
    </message>
    <message>
        <source>Security events: {names}</source>
        <translation>Événements sécuritaires : {names}</translation>
    </message>
    <message>
        <source>Sources: {list}.</source>
        <translation>Sources : {list}.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Programme sites and incidents</source>
        <translation>Sites du programme et incidents</translation>
    </message>
    <message>
        <source>Projection: Web Mercator (EPSG:3857).</source>
        <translation>Projection : Web Mercator (EPSG:3857).</translation>
    </message>
    <message>
        <source>Map made on {date}</source>
        <translation>Carte établie le {date}</translation>
    </message>
    <message>
        <source>BM Desktop, artisanal-mining assurance programme</source>
        <translation>BM Desktop, programme d'assurance de la mine artisanale</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>Impossible d'écrire {path}.</translation>
    </message>
    <message>
        <source>Choose a .pdf, .png or .svg file (not {name}).</source>
        <translation>Choisissez un fichier .pdf, .png ou .svg (pas {name}).</translation>
    </message>
    <message>
        <source>Location of the map</source>
        <translation>Situation de la carte</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Logo on printed maps (image file)</source>
        <translation>Logo sur les cartes imprimées (fichier image)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>draw a presentation map (PDF, PNG or SVG)</source>
        <translation>dessiner une carte de présentation (PDF, PNG ou SVG)</translation>
    </message>
    <message>
        <source>Draw a presentation map of a region or of the whole programme: title, legend, scale bar, north arrow, locator, sources.</source>
        <translation>Dessiner une carte de présentation d'une région ou de tout le programme : titre, légende, échelle, flèche du nord, carte de situation, sources.</translation>
    </message>
    <message>
        <source>the programme region to map</source>
        <translation>la région du programme à cartographier</translation>
    </message>
    <message>
        <source>map the whole programme</source>
        <translation>cartographier tout le programme</translation>
    </message>
    <message>
        <source>layers to show, separated by commas: sites, density, events, alerts, boundaries, reference (default: those shown in the window)</source>
        <translation>couches à montrer, séparées par des virgules : sites, density, events, alerts, boundaries, reference (par défaut : celles affichées dans la fenêtre)</translation>
    </message>
    <message>
        <source>colour the sites by status or by implementation rate</source>
        <translation>colorer les sites par statut ou par taux de mise en œuvre</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>format du papier</translation>
    </message>
    <message>
        <source>page orientation</source>
        <translation>orientation de la page</translation>
    </message>
    <message>
        <source>the map's title</source>
        <translation>le titre de la carte</translation>
    </message>
    <message>
        <source>language of the map (default: English)</source>
        <translation>langue de la carte (par défaut : anglais)</translation>
    </message>
    <message>
        <source>file to write: .pdf, .png or .svg</source>
        <translation>fichier à écrire : .pdf, .png ou .svg</translation>
    </message>
    <message>
        <source>resolution of a PNG</source>
        <translation>résolution d'un PNG</translation>
    </message>
    <message>
        <source>write the quarterly map pack (maps, report workbook, index page)</source>
        <translation>écrire le dossier cartographique trimestriel (cartes, classeur du rapport, page d'index)</translation>
    </message>
    <message>
        <source>Write the quarterly map pack: for each region, maps of sites by implementation rate, incident density, security events and alerts, and child-labour incidents; the quarterly report workbook; an index page with the quarter's headline figures.</source>
        <translation>Écrire le dossier cartographique trimestriel : pour chaque région, les cartes des sites par taux de mise en œuvre, de la densité des incidents, des événements sécuritaires et alertes, et des incidents de travail des enfants ; le classeur du rapport trimestriel ; une page d'index avec les chiffres clés du trimestre.</translation>
    </message>
    <message>
        <source>the quarter, e.g. 2021Q4</source>
        <translation>le trimestre, par exemple 2021Q4</translation>
    </message>
    <message>
        <source>only this programme region</source>
        <translation>seulement cette région du programme</translation>
    </message>
    <message>
        <source>language of the pack (default: English)</source>
        <translation>langue du dossier (par défaut : anglais)</translation>
    </message>
    <message>
        <source>folder to write, or a .zip file</source>
        <translation>dossier à écrire, ou un fichier .zip</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>the map can be written as .pdf, .png or .svg, not '{name}'.</source>
        <translation>la carte peut être écrite en .pdf, .png ou .svg, pas « {name} ».</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start}).</source>
        <translation>la période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>--dpi must be between 50 and 1200 (not {dpi}).</source>
        <translation>--dpi doit être entre 50 et 1200 (pas {dpi}).</translation>
    </message>
    <message>
        <source>unknown layer '{name}' (choose from: {valid}).</source>
        <translation>couche inconnue « {name} » (choisissez parmi : {valid}).</translation>
    </message>
    <message>
        <source>the folder {path} does not exist.</source>
        <translation>le dossier {path} n'existe pas.</translation>
    </message>
    <message>
        <source>'{text}' is not a quarter (write it like 2021Q4).</source>
        <translation>« {text} » n'est pas un trimestre (écrivez-le comme 2021Q4).</translation>
    </message>
    <message>
        <source>the folder {path} is not empty (choose a new or empty folder).</source>
        <translation>le dossier {path} n'est pas vide (choisissez un dossier nouveau ou vide).</translation>
    </message>
</context>
</TS>
