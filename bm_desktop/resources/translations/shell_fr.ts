<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/unsaved_work.py" />
        <source>You have typed work in this window that is not saved.</source>
        <translation>Vous avez saisi dans cette fenêtre un travail qui n'est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/unsaved_work.py" />
        <source>Save it, discard it, or go back to it?</source>
        <translation>L'enregistrer, l'abandonner, ou y revenir ?</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/unsaved_work.py" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/unsaved_work.py" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/unsaved_work.py" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="30" />
        <source>{app} — artisanal-mining assurance programme</source>
        <translation>{app} — programme d'assurance de l'exploitation minière artisanale</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="34" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="51" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="52" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="53" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="54" />
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="55" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="57" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="62" />
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="110" />
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/main_window.py" line="111" />
        <source>{app} {version}
Desktop GIS for the coordinators of an artisanal-mining assurance programme in the DRC and Rwanda.</source>
        <translation>{app} {version}
SIG de bureau pour les coordinateurs d'un programme d'assurance de l'exploitation minière artisanale en RDC et au Rwanda.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../bm_desktop/ui/settings.py" line="41" />
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/settings.py" line="42" />
        <source>Window geometry</source>
        <translation>Géométrie de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/settings.py" line="43" />
        <source>Dock layout</source>
        <translation>Disposition des panneaux</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/settings.py" line="44" />
        <source>Role of this user</source>
        <translation>Rôle de cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/settings.py" line="45" />
        <source>Last filters</source>
        <translation>Derniers filtres</translation>
    </message>
</context>
<context>
    <name>SitesDock</name>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="106" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="24" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="25" />
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="26" />
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="31" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="31" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="32" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="33" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="34" />
        <source>Minerals</source>
        <translation>Minerais</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="35" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="36" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="37" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/sites_dock.py" line="38" />
        <source>Miners</source>
        <translation>Creuseurs</translation>
    </message>
</context>
</TS>