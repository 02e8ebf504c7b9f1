<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
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
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="38" />
        <source>Recommended</source>
        <translation>Recommandées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="39" />
        <source>Implemented or in progress</source>
        <translation>Mises en œuvre ou en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="41" />
        <source>Delivered (implemented)</source>
        <translation>Réalisées (mises en œuvre)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="89" />
        <source>incidents recorded</source>
        <translation>incidents enregistrés</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="90" />
        <source>actions recommended to date</source>
        <translation>actions recommandées à ce jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="91" />
        <source>implemented or in progress</source>
        <translation>mises en œuvre ou en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="92" />
        <source>implementation rate (target 80%)</source>
        <translation>taux de mise en œuvre (objectif 80 %)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="93" />
        <source>actions overdue at the period's end</source>
        <translation>actions en retard à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="94" />
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="269" />
        <source>child-labour incidents</source>
        <translation>incidents de travail des enfants</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="95" />
        <source>CAP meetings held to date</source>
        <translation>réunions PAC tenues à ce jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="100" />
        <source>Implementation rate against the 80% target</source>
        <translation>Taux de mise en œuvre par rapport à l'objectif de 80 %</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="103" />
        <source>per region</source>
        <translation>par région</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="103" />
        <source>per site</source>
        <translation>par site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="104" />
        <source>per risk category</source>
        <translation>par catégorie de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="108" />
        <source>Overdue actions per site</source>
        <translation>Actions en retard par site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="109" />
        <source>Incidents per month by risk category</source>
        <translation>Incidents par mois et par catégorie de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="111" />
        <source>Child-labour incidents per quarter, by site</source>
        <translation>Incidents de travail des enfants par trimestre, par site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="113" />
        <source>Corrective actions by kind</source>
        <translation>Actions correctives par type</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="168" />
        <source>Programme figures, {start} to {end}</source>
        <translation>Chiffres du programme, du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="180" />
        <source>child-labour incidents, of which {n} WFCL</source>
        <translation>incidents de travail des enfants, dont {n} PFTE</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="195" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="218" />
        <source>% of actions recommended to date</source>
        <translation>% des actions recommandées à ce jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="230" />
        <source>overdue actions</source>
        <translation>actions en retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="245" />
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="262" />
        <source>{site}: {before} → {after} ({quarter}, −{pct}%)</source>
        <translation>{site} : {before} → {after} ({quarter}, −{pct} %)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="281" />
        <source>actions</source>
        <translation>actions</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../bm_desktop/ui/dashboard_dock.py" line="287" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
</TS>