<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../bm_desktop/ui/charts.py" line="31" />
        <source>Export this chart to PNG</source>
        <translation>Exporter ce graphique en PNG</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/charts.py" line="70" />
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/charts.py" line="71" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{year} Q{q}</source>
        <translation>T{q} {year}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="37" />
        <source>Recommended</source>
        <translation>Recommandées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="38" />
        <source>Implemented or in progress</source>
        <translation>Mises en œuvre ou en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="40" />
        <source>Delivered (implemented)</source>
        <translation>Réalisées (mises en œuvre)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="50" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="51" />
        <source>Awareness</source>
        <translation>Sensibilisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="52" />
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="53" />
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="54" />
        <source>Engagement</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="55" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="96" />
        <source>incidents recorded</source>
        <translation>incidents enregistrés</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="97" />
        <source>actions recommended to date</source>
        <translation>actions recommandées à ce jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="98" />
        <source>implemented or in progress</source>
        <translation>mises en œuvre ou en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="99" />
        <source>implementation rate (target 80%)</source>
        <translation>taux de mise en œuvre (objectif 80 %)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="100" />
        <source>actions overdue at the period's end</source>
        <translation>actions en retard à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="101" />
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="276" />
        <source>child-labour incidents</source>
        <translation>incidents de travail des enfants</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="102" />
        <source>CAP meetings held to date</source>
        <translation>réunions PAC tenues à ce jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="107" />
        <source>Implementation rate against the 80% target</source>
        <translation>Taux de mise en œuvre par rapport à l'objectif de 80 %</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="110" />
        <source>per region</source>
        <translation>par région</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="110" />
        <source>per site</source>
        <translation>par site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="111" />
        <source>per risk category</source>
        <translation>par catégorie de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="115" />
        <source>Overdue actions per site</source>
        <translation>Actions en retard par site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="116" />
        <source>Incidents per month by risk category</source>
        <translation>Incidents par mois et par catégorie de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="118" />
        <source>Child-labour incidents per quarter, by site</source>
        <translation>Incidents de travail des enfants par trimestre, par site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="120" />
        <source>Corrective actions by kind</source>
        <translation>Actions correctives par type</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="175" />
        <source>Programme figures, {start} to {end}</source>
        <translation>Chiffres du programme, du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="187" />
        <source>child-labour incidents, of which {n} WFCL</source>
        <translation>incidents de travail des enfants, dont {n} PFTE</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="202" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="225" />
        <source>% of actions recommended to date</source>
        <translation>% des actions recommandées à ce jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="237" />
        <source>overdue actions</source>
        <translation>actions en retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="252" />
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="269" />
        <source>{site}: {before} → {after} ({quarter}, −{pct}%)</source>
        <translation>{site} : {before} → {after} ({quarter}, −{pct} %)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="288" />
        <source>actions</source>
        <translation>actions</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="294" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
</TS>