<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <!-- Import file errors (bm_desktop/exchange/imports/readers.py, runner.py; the layout hints of event_layouts.py), kept by hand: ImportFileError carries its English template (context ExchangeErrors) and the interface shows it in the user's language. -->
    <context>
        <name>ExchangeErrors</name>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Le fichier {path} n'existe pas.</translation>
        </message>
        <message>
            <source>{name} is an old Excel 97-2003 file: open it in Excel or LibreOffice and save it as .xlsx, then import that.</source>
            <translation>{name} est un ancien fichier Excel 97-2003 : ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format .xlsx, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>{name}: BM Desktop imports CSV, XLSX, GeoJSON and GeoPackage files, not '{suffix}' files.</source>
            <translation>{name} : BM Desktop importe des fichiers CSV, XLSX, GeoJSON et GeoPackage, pas des fichiers « {suffix} ».</translation>
        </message>
        <message>
            <source>{name} is not a text (CSV) file.</source>
            <translation>{name} n'est pas un fichier texte (CSV).</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} est vide.</translation>
        </message>
        <message>
            <source>{name}, line {line}: the CSV is damaged ({exc}).</source>
            <translation>{name}, ligne {line} : le CSV est endommagé ({exc}).</translation>
        </message>
        <message>
            <source>{name} is not a complete Excel workbook (the file is damaged or truncated: {exc}). Ask for the file again or save it again from Excel.</source>
            <translation>{name} n'est pas un classeur Excel complet (le fichier est endommagé ou tronqué : {exc}). Redemandez le fichier ou enregistrez-le de nouveau depuis Excel.</translation>
        </message>
        <message>
            <source>{name} cannot be read as an Excel workbook ({exc}).</source>
            <translation>{name} ne peut pas être lu comme un classeur Excel ({exc}).</translation>
        </message>
        <message>
            <source>The workbook has no sheet '{sheet}' (its sheets: {sheets}).</source>
            <translation>Le classeur n'a pas de feuille « {sheet} » (ses feuilles : {sheets}).</translation>
        </message>
        <message>
            <source>No sheet of the workbook has the expected columns ({wanted}); its sheets: {sheets}. Is this the right file?</source>
            <translation>Aucune feuille du classeur n'a les colonnes attendues ({wanted}) ; ses feuilles : {sheets}. Est-ce le bon fichier ?</translation>
        </message>
        <message>
            <source>No sheet of the workbook has the expected columns; its sheets: {sheets}. Is this the right file?</source>
            <translation>Aucune feuille du classeur n'a les colonnes attendues ; ses feuilles : {sheets}. Est-ce le bon fichier ?</translation>
        </message>
        <message>
            <source>{name} is damaged or truncated ({exc}); ask for the file again.</source>
            <translation>{name} est endommagé ou tronqué ({exc}) ; redemandez le fichier.</translation>
        </message>
        <message>
            <source>The workbook is truncated ({exc}); ask for the file again.</source>
            <translation>Le classeur est tronqué ({exc}) ; redemandez le fichier.</translation>
        </message>
        <message>
            <source>{name} cannot be read as a {suffix} map file ({exc}).</source>
            <translation>{name} ne peut pas être lu comme un fichier cartographique {suffix} ({exc}).</translation>
        </message>
        <message>
            <source>{name}: the corrective-action tracker is an Excel workbook (.xlsx) exported by BM Desktop.</source>
            <translation>{name} : le suivi des actions correctives est un classeur Excel (.xlsx) exporté par BM Desktop.</translation>
        </message>
        <message>
            <source>{name} has no '{sheet}' sheet: is it a corrective-action tracker exported by BM Desktop? ({reason})</source>
            <translation>{name} n'a pas de feuille « {sheet} » : est-ce un suivi des actions correctives exporté par BM Desktop ? ({reason})</translation>
        </message>
        <message>
            <source>The database changed while the file was being checked (a synchronisation or an edit ended meanwhile), so nothing was imported. Import the file again.</source>
            <translation>La base a changé pendant la vérification du fichier (une synchronisation ou une modification s’est terminée entre-temps) : rien n’a été importé. Importez le fichier de nouveau.</translation>
        </message>
        <message>
            <source>Unknown import '{kind}' (use one of: {kinds}).</source>
            <translation>Import « {kind} » inconnu (utilisez l'un de : {kinds}).</translation>
        </message>
        <message>
            <source>{title} (missing: {columns})</source>
            <translation>{title} (manquantes : {columns})</translation>
        </message>
        <message>
            <source>'{column}' (is it '{guess}'?)</source>
            <translation>« {column} » (est-ce « {guess} » ?)</translation>
        </message>
        <message>
            <source>'{column}' (is it '{guess}'? then add --map {key}={guess})</source>
            <translation>« {column} » (est-ce « {guess} » ? ajoutez alors --map {key}={guess})</translation>
        </message>
        <message>
            <source>'{column}' (name it with --map {key}=COLUMN)</source>
            <translation>« {column} » (nommez-la avec --map {key}=COLONNE)</translation>
        </message>
        <message>
            <source>{name}: the last line (row {row}) is cut short (a quote is left open): the file was not copied or downloaded completely. Ask for the file again.</source>
            <translation>{name} : la dernière ligne (ligne {row}) est tronquée (un guillemet reste ouvert) : le fichier n'a pas été copié ou téléchargé entièrement. Demandez-le de nouveau.</translation>
        </message>
        <message>
            <source>{name}: the last line (row {row}) is cut short ({fields} of {width} fields): the file was not copied or downloaded completely. Ask for the file again.</source>
            <translation>{name} : la dernière ligne (ligne {row}) est tronquée ({fields} champs sur {width}) : le fichier n'a pas été copié ou téléchargé entièrement. Demandez-le de nouveau.</translation>
        </message>
        <message>
            <source>{name} looks like UTF-16 text but cannot be read as such: save it again as CSV (UTF-8).</source>
            <translation>{name} semble être du texte UTF-16 mais ne peut pas être lu ainsi : enregistrez-le de nouveau en CSV (UTF-8).</translation>
        </message>
        <message>
            <source>There is no import batch {batch} (see 'bm-desktop import batches').</source>
            <translation>Il n'y a pas de lot d'import {batch} (voir « bm-desktop import batches »).</translation>
        </message>
        <message>
            <source>Import batch {batch} was already undone on {when}.</source>
            <translation>Le lot d'import {batch} a déjà été annulé le {when}.</translation>
        </message>
        <message>
            <source>Import batch {batch} has been synchronised with the server, so it can no longer be undone here: correct the rows instead.</source>
            <translation>Le lot d'import {batch} a été synchronisé avec le serveur : il ne peut plus être annulé ici ; corrigez plutôt les lignes.</translation>
        </message>
        <message>
            <source>Import batch {later} changed the same rows after batch {batch}: undo {later} first.</source>
            <translation>Le lot d'import {later} a modifié les mêmes lignes après le lot {batch} : annulez d'abord {later}.</translation>
        </message>
        <message>
            <source>Import batch {batch} cannot be undone: rows it added are used by records entered since (an incident on a new site, say). Remove those first.</source>
            <translation>Le lot d'import {batch} ne peut pas être annulé : des lignes qu'il a ajoutées sont utilisées par des enregistrements saisis depuis (un incident sur un nouveau site, par exemple). Supprimez-les d'abord.</translation>
        </message>
    </context>
</TS>
