<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertsDock</name>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="33" />
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="104" />
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="41" />
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="43" />
        <source>Security events within</source>
        <translation>Événements sécuritaires à moins de</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="46" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="48" />
        <source>in the last</source>
        <translation>dans les derniers</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="54" />
        <source>Site / event</source>
        <translation>Site / événement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="54" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="55" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="55" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="80" />
        <source>{n} sites with a security event within {km:g} km in the {days} days to {date}.</source>
        <translation>{n} sites avec un événement sécuritaire à moins de {km:g} km dans les {days} jours jusqu'au {date}.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="88" />
        <source>{n} events</source>
        <translation>{n} événements</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="98" />
        <source> · {n} killed</source>
        <translation> · {n} tués</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/alerts_dock.py" line="104" />
        <source>Alerts ({n})</source>
        <translation>Alertes ({n})</translation>
    </message>
</context>
<context>
    <name>BoundaryFiles</name>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="61" />
        <source>The official boundary file {path} was not found (moved, renamed or on a drive that is not connected). The sample admin-1 layer is shown instead. Load the file again from File &gt; Load official boundaries… or remove it in the Layers dock.</source>
        <translation>Le fichier de limites officielles {path} est introuvable (déplacé, renommé ou sur un disque non connecté). La couche admin-1 d'exemple est affichée à la place. Chargez à nouveau le fichier par Fichier &gt; Charger des limites officielles… ou retirez-le dans le panneau Couches.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="74" />
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="93" />
        <source>Load official boundaries</source>
        <translation>Charger des limites officielles</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="75" />
        <source>Boundary files ({patterns});;All files (*)</source>
        <translation>Fichiers de limites ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="83" />
        <source>{file} could not be read: {error}</source>
        <translation>Impossible de lire {file} : {error}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="87" />
        <source>Choose a layer</source>
        <translation>Choisir une couche</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="88" />
        <source>Layer with the boundaries:</source>
        <translation>Couche contenant les limites :</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="94" />
        <source>Replace the sample admin-1 layer (Natural Earth, DRC pre-2015 provinces) with these boundaries?</source>
        <translation>Remplacer la couche admin-1 d'exemple (Natural Earth, provinces de la RDC d'avant 2015) par ces limites ?</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="145" />
        <source>Loaded {n} boundaries from {file}.</source>
        <translation>{n} limites chargées depuis {file}.</translation>
    </message>
</context>
<context>
    <name>FiltersDock</name>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="73" />
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="85" />
        <source>Reset all filters</source>
        <translation>Réinitialiser tous les filtres</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="99" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="102" />
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="103" />
        <source>Last quarter</source>
        <translation>Dernier trimestre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="104" />
        <source>Reporting year {start}–{end}</source>
        <translation>Année de rapport {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="106" />
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="108" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="113" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="114" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="116" />
        <source>Slide the period through time (its length is kept)</source>
        <translation>Faire glisser la période dans le temps (sa durée est conservée)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="123" />
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="127" />
        <source>Risk category and area</source>
        <translation>Catégorie et domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="161" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="164" />
        <source>1 Low</source>
        <translation>1 Faible</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="164" />
        <source>2 Medium</source>
        <translation>2 Moyenne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="164" />
        <source>3 High</source>
        <translation>3 Élevée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="165" />
        <source>4 Critical</source>
        <translation>4 Critique</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="166" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="169" />
        <source>Verified incidents only</source>
        <translation>Incidents vérifiés seulement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="175" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="177" />
        <source>Mineral</source>
        <translation>Minerai</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="181" />
        <source>Programme region</source>
        <translation>Région du programme</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="185" />
        <source>Site status</source>
        <translation>Statut du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="187" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="187" />
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/filters_dock.py" line="188" />
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="40" />
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="44" />
        <source>Tick to show; drag to change the order (top is drawn on top).</source>
        <translation>Cochez pour afficher ; faites glisser pour changer l'ordre (la première couche est dessinée au-dessus).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="59" />
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="70" />
        <source>Load official boundaries…</source>
        <translation>Charger des limites officielles…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="90" />
        <source>Labels are always drawn above the other layers.</source>
        <translation>Les étiquettes sont toujours dessinées au-dessus des autres couches.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="143" />
        <source>Colour sites by</source>
        <translation>Couleur des sites selon</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="144" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="145" />
        <source>Implementation rate</source>
        <translation>Taux de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="170" />
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="172" />
        <source>How far each incident spreads (the kernel's standard deviation on the ground)</source>
        <translation>Jusqu'où chaque incident se diffuse (écart type du noyau, au sol)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="174" />
        <source>Bandwidth</source>
        <translation>Largeur de bande</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="175" />
        <source>Weight by severity (1 to 4)</source>
        <translation>Pondérer par la gravité (1 à 4)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="187" />
        <source>Natural Earth admin-1 boundaries. For the DRC these are the 11 provinces before 2015 (Katanga, not Lualaba and Haut-Katanga). Load official boundaries to replace them.</source>
        <translation>Limites admin-1 de Natural Earth. Pour la RDC, ce sont les 11 provinces d'avant 2015 (Katanga, et non Lualaba et Haut-Katanga). Chargez des limites officielles pour les remplacer.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/layers_dock.py" line="198" />
        <source>Remove this boundary layer</source>
        <translation>Retirer cette couche de limites</translation>
    </message>
</context>
<context>
    <name>MapAlerts</name>
    <message>
        <location filename="../../bm_desktop/ui/map/alerts.py" line="36" />
        <source>Security alerts near sites</source>
        <translation>Alertes sécuritaires près des sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/alerts.py" line="57" />
        <source>Event within {km:g} km in the {days} days to {date}</source>
        <translation>Événement à moins de {km:g} km dans les {days} jours jusqu'au {date}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/alerts.py" line="60" />
        <source>Line to the event</source>
        <translation>Trait vers l'événement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="292" />
        <source>{type} {km:.0f} km away on {date}</source>
        <translation>{type} à {km:.0f} km le {date}</translation>
    </message>
</context>
<context>
    <name>MapDensity</name>
    <message>
        <location filename="../../bm_desktop/ui/map/density.py" line="49" />
        <source>Incident density</source>
        <translation>Densité des incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/density.py" line="62" />
        <source>severity-weighted incidents</source>
        <translation>incidents pondérés par la gravité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/density.py" line="62" />
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/density.py" line="64" />
        <source>{unit} per 100 km², bandwidth {km:g} km (widened to {shown:.0f} km at this scale)</source>
        <translation>{unit} pour 100 km², largeur de bande {km:g} km (élargie à {shown:.0f} km à cette échelle)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/density.py" line="68" />
        <source>{unit} per 100 km², bandwidth {km:g} km</source>
        <translation>{unit} pour 100 km², largeur de bande {km:g} km</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/density.py" line="72" />
        <source>low → high (peak {peak})</source>
        <translation>faible → forte (pic {peak})</translation>
    </message>
</context>
<context>
    <name>MapEvents</name>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="32" />
        <source>Battles</source>
        <translation>Batailles</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="33" />
        <source>Violence against civilians</source>
        <translation>Violence contre des civils</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="34" />
        <source>Explosions/Remote violence</source>
        <translation>Explosions / violence à distance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="35" />
        <source>Riots</source>
        <translation>Émeutes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="36" />
        <source>Protests</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="37" />
        <source>Strategic developments</source>
        <translation>Évolutions stratégiques</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="38" />
        <source>State-based conflict</source>
        <translation>Conflit impliquant un État</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="39" />
        <source>Non-state conflict</source>
        <translation>Conflit non étatique</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="40" />
        <source>One-sided violence</source>
        <translation>Violence unilatérale</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="66" />
        <source>Security events</source>
        <translation>Événements sécuritaires</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="113" />
        <source>Fatalities: {n}</source>
        <translation>Morts : {n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="115" />
        <source>(+{n} more events here)</source>
        <translation>(+{n} autres événements ici)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="127" />
        <source>No event in the period</source>
        <translation>Aucun événement dans la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="139" />
        <source>events in the filter period</source>
        <translation>événements de la période filtrée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/events.py" line="140" />
        <source>Security events: fatalities</source>
        <translation>Événements sécuritaires : morts</translation>
    </message>
</context>
<context>
    <name>MapLayers</name>
    <message>
        <location filename="../../bm_desktop/ui/map/admin1.py" line="30" />
        <source>Admin-1 (Natural Earth, DRC pre-2015 provinces)</source>
        <translation>Admin-1 (Natural Earth, provinces de la RDC d'avant 2015)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/admin1.py" line="39" />
        <source>Province boundary (Natural Earth; DRC: the 11 provinces before 2015)</source>
        <translation>Limite de province (Natural Earth ; RDC : les 11 provinces d'avant 2015)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/admin1.py" line="42" />
        <location filename="../../bm_desktop/ui/map/boundaries.py" line="116" />
        <location filename="../../bm_desktop/ui/map/lakes.py" line="39" />
        <location filename="../../bm_desktop/ui/map/towns.py" line="76" />
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundaries.py" line="100" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundaries.py" line="112" />
        <source>Programme country (DRC, Rwanda)</source>
        <translation>Pays du programme (RDC, Rwanda)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundaries.py" line="114" />
        <source>Other country</source>
        <translation>Autre pays</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundaries.py" line="132" />
        <source>Official boundaries: {file}</source>
        <translation>Limites officielles : {file}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/boundaries.py" line="141" />
        <source>Boundary (from the loaded file)</source>
        <translation>Limite (du fichier chargé)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/lakes.py" line="28" />
        <source>Lakes</source>
        <translation>Lacs</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/lakes.py" line="37" />
        <source>Lake</source>
        <translation>Lac</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/towns.py" line="46" />
        <source>Towns</source>
        <translation>Villes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/towns.py" line="75" />
        <source>Town (bigger name: more people)</source>
        <translation>Ville (nom plus grand : plus d'habitants)</translation>
    </message>
</context>
<context>
    <name>MapOverlay</name>
    <message>
        <location filename="../../bm_desktop/ui/map/overlays.py" line="36" />
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/overlays.py" line="38" />
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/overlays.py" line="116" />
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>MapSites</name>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="32" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="33" />
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="34" />
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="93" />
        <source>Mine sites</source>
        <translation>Sites miniers</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="188" />
        <source>Minerals: {minerals}</source>
        <translation>Minerais : {minerals}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="189" />
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="191" />
        <source>Incidents in the period: {n}</source>
        <translation>Incidents dans la période : {n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="192" />
        <source>Open actions: {open}, overdue: {overdue}</source>
        <translation>Actions ouvertes : {open}, en retard : {overdue}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="194" />
        <source>Implementation rate: {rate}</source>
        <translation>Taux de mise en œuvre : {rate}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="210" />
        <source>Mine sites: minerals</source>
        <translation>Sites miniers : minerais</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="211" />
        <source>3TG (tin, tantalum, tungsten, gold)</source>
        <translation>3TG (étain, tantale, tungstène, or)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="213" />
        <source>Cobalt / copper</source>
        <translation>Cobalt / cuivre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="214" />
        <source>Both mineral groups</source>
        <translation>Les deux groupes de minerais</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="215" />
        <source>Several minerals (white centre)</source>
        <translation>Plusieurs minerais (centre blanc)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="219" />
        <source>Mine sites: implementation rate</source>
        <translation>Sites miniers : taux de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="220" />
        <source>80% or more (target)</source>
        <translation>80 % ou plus (objectif)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="221" />
        <source>65% to 79%</source>
        <translation>65 % à 79 %</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="222" />
        <source>Below 65%</source>
        <translation>Moins de 65 %</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="223" />
        <source>No action recommended yet</source>
        <translation>Aucune action recommandée pour l'instant</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="225" />
        <source>actions as of {date}</source>
        <translation>actions au {date}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="227" />
        <source>Mine sites: status</source>
        <translation>Sites miniers : statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="235" />
        <source>Mine sites: incidents in the period</source>
        <translation>Sites miniers : incidents dans la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/sites.py" line="281" />
        <source>Site labels</source>
        <translation>Noms des sites</translation>
    </message>
</context>
<context>
    <name>MapWorkspace</name>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="47" />
        <source>Lon –, Lat –</source>
        <translation>Lon –, Lat –</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="56" />
        <source>Lon {lon}, Lat {lat}</source>
        <translation>Lon {lon}, Lat {lat}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="58" />
        <source>Scale 1:{n}</source>
        <translation>Échelle 1:{n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="67" />
        <source>Load official boundaries…</source>
        <translation>Charger des limites officielles…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="72" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="76" />
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="78" />
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="81" />
        <source>Whole programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="83" />
        <source>Zoom to selection</source>
        <translation>Zoom sur la sélection</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="85" />
        <source>Select in a box</source>
        <translation>Sélection par rectangle</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="87" />
        <source>Drag a box to select the sites in it (or hold Shift while dragging)</source>
        <translation>Tracez un rectangle pour sélectionner les sites qu'il contient (ou maintenez Maj en faisant glisser)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="90" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="98" />
        <source>Zoom to {region}</source>
        <translation>Zoom sur {region}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="106" />
        <source>Colour: status</source>
        <translation>Couleur : statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="108" />
        <source>Colour: implementation rate</source>
        <translation>Couleur : taux de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/feature.py" line="118" />
        <source>Zoom to</source>
        <translation>Zoom sur</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../bm_desktop/ui/map/boundary_files.py" line="25" />
        <source>Official boundary files</source>
        <translation>Fichiers de limites officielles</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="43" />
        <source>Map layers: visibility and opacity</source>
        <translation>Couches de la carte : visibilité et opacité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="44" />
        <source>Map layers: order</source>
        <translation>Couches de la carte : ordre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="45" />
        <source>Colour sites by</source>
        <translation>Couleur des sites selon</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="47" />
        <source>Incident density bandwidth (km)</source>
        <translation>Largeur de bande de la densité des incidents (km)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="49" />
        <source>Weight incident density by severity</source>
        <translation>Pondérer la densité des incidents par la gravité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="51" />
        <source>Security alert radius (km)</source>
        <translation>Rayon des alertes sécuritaires (km)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="52" />
        <source>Security alert days</source>
        <translation>Jours des alertes sécuritaires</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="53" />
        <source>Last map view</source>
        <translation>Dernière vue de la carte</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/map/workspace.py" line="54" />
        <source>Show the map legend</source>
        <translation>Afficher la légende de la carte</translation>
    </message>
</context>
<context>
    <name>SiteDetailsDock</name>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="22" />
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="23" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="24" />
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="25" />
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="26" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="27" />
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="28" />
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="37" />
        <source>Site details</source>
        <translation>Détails du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="52" />
        <source>Click a site on the map (or in the Sites table) to see its figures for the filter period, its latest incidents, open actions and next CAP meeting.</source>
        <translation>Cliquez sur un site de la carte (ou du tableau des sites) pour voir ses chiffres de la période filtrée, ses derniers incidents, ses actions ouvertes et sa prochaine réunion PAC.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="103" />
        <source>Minerals: {list}</source>
        <translation>Minerais : {list}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="105" />
        <source>Operator: {name}</source>
        <translation>Exploitant : {name}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="108" />
        <source>Miners: {n}</source>
        <translation>Creuseurs : {n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="113" />
        <source>Figures for {start} to {end}</source>
        <translation>Chiffres du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="117" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="118" />
        <source>of which verified</source>
        <translation>dont vérifiés</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="119" />
        <source>high or critical</source>
        <translation>graves ou critiques</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="120" />
        <source>Implementation rate</source>
        <translation>Taux de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="122" />
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="142" />
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="123" />
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="127" />
        <source>Latest incidents</source>
        <translation>Derniers incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="130" />
        <source>None in the period.</source>
        <translation>Aucun dans la période.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="132" />
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="145" />
        <source>No open action.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="150" />
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="152" />
        <source>due {date}</source>
        <translation>échéance {date}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="158" />
        <source>CAP meetings</source>
        <translation>Réunions PAC</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="163" />
        <source>Next CAP meeting:</source>
        <translation>Prochaine réunion PAC :</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="166" />
        <source>Next CAP meeting: none planned</source>
        <translation>Prochaine réunion PAC : aucune prévue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/site_details_dock.py" line="168" />
        <source>Last meeting held: {date}</source>
        <translation>Dernière réunion tenue : {date}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
</context>
</TS>
