<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <!-- Monitors' field submissions (ODK / KoboToolbox): the form command (bm_desktop/commands/form.py, exchange/xlsform.py) and the submissions import (exchange/imports/submissions*.py). Kept by hand. -->
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>Unknown programme region '{region}' (use one of: {names}).</source>
            <translation>Région du programme inconnue « {region} » (choisissez parmi : {names}).</translation>
        </message>
        <message>
            <source>There are no sites to put in the form: add sites first.</source>
            <translation>Il n'y a aucun site à mettre dans le formulaire : ajoutez d'abord des sites.</translation>
        </message>
        <message>
            <source>The form language is en, fr or both, not '{lang}'.</source>
            <translation>La langue du formulaire est en, fr ou both, pas « {lang} ».</translation>
        </message>
        <message>
            <source>--out writes an .xlsx file, not '{name}'.</source>
            <translation>--out écrit un fichier .xlsx, pas « {name} ».</translation>
        </message>
    </context>
    <context>
        <name>FormCommand</name>
        <message>
            <source>Form {form} version {version} written to {path}.</source>
            <translation>Formulaire {form} version {version} écrit dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>CommandHelp</name>
        <message>
            <source>write the monitors' incident form (XLSForm for ODK or KoboToolbox)</source>
            <translation>écrire le formulaire d'incident des moniteurs (XLSForm pour ODK ou KoboToolbox)</translation>
        </message>
        <message>
            <source>Write an XLSForm for ODK Collect or KoboToolbox from the programme's sites, risk taxonomy and severity levels; monitors' submissions come back with 'bm-desktop import submissions'.</source>
            <translation>Écrire un XLSForm pour ODK Collect ou KoboToolbox à partir des sites du programme, de la taxonomie des risques et des niveaux de gravité ; les soumissions des moniteurs reviennent avec « bm-desktop import submissions ».</translation>
        </message>
        <message>
            <source>only the sites of this programme region (default: all)</source>
            <translation>seulement les sites de cette région du programme (par défaut : toutes)</translation>
        </message>
        <message>
            <source>language of the form's labels (default: both)</source>
            <translation>langue des libellés du formulaire (par défaut : les deux)</translation>
        </message>
        <message>
            <source>the XLSForm to write</source>
            <translation>le XLSForm à écrire</translation>
        </message>
    </context>
</TS>
