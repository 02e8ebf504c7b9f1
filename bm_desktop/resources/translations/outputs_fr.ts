<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>HtmlMap</name>
    <message>
        <source>Minerals</source>
        <translation>Minerais</translation>
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
        <source>Reference layer: {name}</source>
        <translation>Couche de référence : {name}</translation>
    </message>
    <message>
        <source>Reference site (a national register; not a programme site)</source>
        <translation>Site de référence (registre national ; pas un site du programme)</translation>
    </message>
    <message>
        <source>65% to 80%</source>
        <translation>de 65 % à 80 %</translation>
    </message>
    <message>
        <source>80% or more</source>
        <translation>80 % ou plus</translation>
    </message>
    <message>
        <source>Actions recommended</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <source>All programme regions</source>
        <translation>Toutes les régions du programme</translation>
    </message>
    <message>
        <source>Countries and lakes</source>
        <translation>Pays et lacs</translation>
    </message>
    <message>
        <source>Fatalities: {n}</source>
        <translation>Victimes mortelles : {n}</translation>
    </message>
    <message>
        <source>Implementation rate</source>
        <translation>Taux de mise en œuvre</translation>
    </message>
    <message>
        <source>Incident density</source>
        <translation>Densité des incidents</translation>
    </message>
    <message>
        <source>Incidents in the period</source>
        <translation>Incidents sur la période</translation>
    </message>
    <message>
        <source>Made on {date} with BM Desktop; background: Natural Earth and GeoNames.</source>
        <translation>Réalisée le {date} avec BM Desktop ; fond de carte : Natural Earth et GeoNames.</translation>
    </message>
    <message>
        <source>Next CAP meeting</source>
        <translation>Prochaine réunion PAC</translation>
    </message>
    <message>
        <source>Online map (needs the internet)</source>
        <translation>Carte en ligne (nécessite internet)</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Programme sites</source>
        <translation>Sites du programme</translation>
    </message>
    <message>
        <source>Programme sites, incidents and security: {where}</source>
        <translation>Sites du programme, incidents et sécurité : {where}</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Provinces (boundaries before 2015 in the DRC)</source>
        <translation>Provinces (limites d'avant 2015 en RDC)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Security alerts near sites</source>
        <translation>Alertes de sécurité près des sites</translation>
    </message>
    <message>
        <source>Security event near a site (alert)</source>
        <translation>Événement de sécurité près d'un site (alerte)</translation>
    </message>
    <message>
        <source>Security event</source>
        <translation>Événement de sécurité</translation>
    </message>
    <message>
        <source>Security events (grouped)</source>
        <translation>Événements de sécurité (regroupés)</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>below 65%</source>
        <translation>moins de 65 %</translation>
    </message>
    <message>
        <source>no actions</source>
        <translation>aucune action</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>aucune prévue</translation>
    </message>
    <message>
        <source>{site}: {event} {km} km away, {days} days before {date}</source>
        <translation>{site} : {event} à {km} km, {days} jours avant le {date}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Incident density (low to high)</source>
        <translation>Densité des incidents (de faible à forte)</translation>
    </message>
    <message>
        <source>Programme sites: implementation rate</source>
        <translation>Sites du programme : taux de mise en œuvre</translation>
    </message>
    <message>
        <source>Wrote {path} ({start} to {end}).</source>
        <translation>{path} écrit (du {start} au {end}).</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>write the offline HTML map (opens in a browser with no network)</source>
        <translation>écrire la carte HTML hors ligne (s'ouvre dans un navigateur sans réseau)</translation>
    </message>
    <message>
        <source>Write the map of a region, or of every region, as one HTML file that opens in any browser without a network.</source>
        <translation>Écrire la carte d'une région, ou de toutes les régions, dans un seul fichier HTML qui s'ouvre dans tout navigateur sans réseau.</translation>
    </message>
    <message>
        <source>every programme region</source>
        <translation>toutes les régions du programme</translation>
    </message>
    <message>
        <source>page to write</source>
        <translation>page à écrire</translation>
    </message>
    <message>
        <source>add an online street map the reader can switch on (off by default; it needs the internet)</source>
        <translation>ajouter un plan en ligne que le lecteur peut afficher (masqué par défaut ; il nécessite internet)</translation>
    </message>
    <message>
        <source>language of the map (default: English)</source>
        <translation>langue de la carte (par défaut : anglais)</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>the map is an HTML page: give --out a name ending in .html.</source>
        <translation>la carte est une page HTML : donnez à --out un nom se terminant par .html.</translation>
    </message>
</context>
<context>
    <name>ExchangeFeature</name>
    <message>
        <source>HTML map (opens without a network)…</source>
        <translation>Carte HTML (s'ouvre sans réseau)…</translation>
    </message>
    <message>
        <source>Export HTML map</source>
        <translation>Exporter la carte HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Writing the HTML map…</source>
        <translation>Écriture de la carte HTML…</translation>
    </message>
</context>
<context>
    <name>WorkbookPrint</name>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Réalisé le {date}</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>{total} for a budget of {budget}: {over} min over</source>
        <translation>{total} pour un budget de {budget} : {over} min de dépassement</translation>
    </message>
    <message>
        <source>{total} for a budget of {budget}: within budget</source>
        <translation>{total} pour un budget de {budget} : budget respecté</translation>
    </message>
    <message>
        <source>Agreed: {decision}</source>
        <translation>Convenu : {decision}</translation>
    </message>
</context>
<context>
    <name>AgendaWorkbook</name>
    <message>
        <source>{n} open corrective actions, {m} overdue: one by one in the annex</source>
        <translation>{n} actions correctives ouvertes, dont {m} en retard : une à une en annexe</translation>
    </message>
    <message>
        <source>Annex, items {first} to {last}</source>
        <translation>Annexe, points {first} à {last}</translation>
    </message>
    <message>
        <source>(in full in the annex)</source>
        <translation>(en entier en annexe)</translation>
    </message>
    <message>
        <source>Annex to the agenda — {site}</source>
        <translation>Annexe à l'ordre du jour — {site}</translation>
    </message>
    <message>
        <source>Open corrective actions and the full details of long items, by agenda item number.</source>
        <translation>Actions correctives ouvertes et détails complets des points longs, par numéro de point.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
</context>
</TS>
