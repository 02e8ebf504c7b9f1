<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionDetailPanel</name>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="167" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="167" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="168" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="168" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="179" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="186" />
        <source>Select an action to see its history.</source>
        <translation>Sélectionnez une action pour voir son historique.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="191" />
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="195" />
        <source>{site} ({region}) · {area} · {kind}</source>
        <translation>{site} ({region}) · {area} · {kind}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="198" />
        <source>Assigned to {who} · recommended {rec} · due {due} · priority {prio}</source>
        <translation>Confiée à {who} · recommandée le {rec} · échéance {due} · priorité {prio}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="201" />
        <source>Status: {status} since {on}</source>
        <translation>Statut : {status} depuis le {on}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="220" />
        <source>Incidents behind it</source>
        <translation>Incidents à l'origine</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="222" />
        <source>and {n} more</source>
        <translation>et {n} autres</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="37" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="38" />
        <source>Awareness campaign</source>
        <translation>Campagne de sensibilisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="39" />
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="40" />
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="41" />
        <source>Engagement</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="42" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="45" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="46" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="47" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="62" />
        <source>Recommend a corrective action</source>
        <translation>Recommander une action corrective</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="69" />
        <source>What is to be done, by whom, how</source>
        <translation>Ce qu'il faut faire, par qui, comment</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="71" />
        <source>— choose a stakeholder —</source>
        <translation>— choisir une partie prenante —</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="88" />
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="89" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="90" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="91" />
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="93" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="94" />
        <source>Recommended on</source>
        <translation>Recommandée le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="95" />
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="96" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="114" />
        <source>risk {area} at {site} (score {score})</source>
        <translation>risque {area} à {site} (score {score})</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_dialog.py" line="125" />
        <source>{n} incidents at {sites}</source>
        <translation>{n} incidents à {sites}</translation>
    </message>
</context>
<context>
    <name>ActionEditDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/action_edit_dialog.py" line="43" />
        <source>Edit corrective action</source>
        <translation>Modifier l'action corrective</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_edit_dialog.py" line="51" />
        <source>— choose a stakeholder —</source>
        <translation>— choisir une partie prenante —</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_edit_dialog.py" line="64" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_edit_dialog.py" line="65" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_edit_dialog.py" line="66" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_edit_dialog.py" line="67" />
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_edit_dialog.py" line="68" />
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/action_edit_dialog.py" line="69" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="30" />
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="31" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="32" />
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="33" />
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="34" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>ActionsDock</name>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="232" />
        <source>Corrective actions</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="249" />
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="249" />
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="250" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="257" />
        <source>Search actions</source>
        <translation>Rechercher des actions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="263" />
        <location filename="../../bm_desktop/ui/actions_dock.py" line="332" />
        <source>Record progress…</source>
        <translation>Enregistrer l'avancement…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="267" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="308" />
        <source>{shown} of {total} actions</source>
        <translation>{shown} sur {total} actions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="333" />
        <source>Record progress of {n} actions…</source>
        <translation>Enregistrer l'avancement de {n} actions…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="348" />
        <source>This action is {status}: no further update is possible.</source>
        <translation>Cette action est au statut « {status} » : aucune mise à jour n'est plus possible.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="353" />
        <source>{n} selected actions</source>
        <translation>{n} actions sélectionnées</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="52" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="58" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="59" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="56" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="57" />
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="60" />
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="55" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="61" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="53" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="54" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/actions_dock.py" line="105" />
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="46" />
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="47" />
        <source>Cooperative self-monitoring</source>
        <translation>Autosurveillance de la coopérative</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="48" />
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="49" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="52" />
        <source>1 - low</source>
        <translation>1 - faible</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="53" />
        <source>2 - medium</source>
        <translation>2 - moyenne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="54" />
        <source>3 - high</source>
        <translation>3 - élevée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="55" />
        <source>4 - critical</source>
        <translation>4 - critique</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="81" />
        <source>Edit incident</source>
        <translation>Modifier l'incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="81" />
        <source>Record incident</source>
        <translation>Enregistrer un incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="99" />
        <source>— choose a site —</source>
        <translation>— choisir un site —</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="109" />
        <source>— choose a risk area —</source>
        <translation>— choisir un domaine de risque —</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="120" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="124" />
        <source>What happened, where, who was involved</source>
        <translation>Ce qui s'est passé, où, qui était impliqué</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="125" />
        <source>The incident has its own location</source>
        <translation>L'incident a sa propre localisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="130" />
        <source>I confirm this location, although it is far from the site</source>
        <translation>Je confirme cette localisation, bien qu'elle soit loin du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="135" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="136" />
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="137" />
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="138" />
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="139" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="140" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="141" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="142" />
        <source>People affected</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="143" />
        <source>Minors involved</source>
        <translation>Mineurs impliqués</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="144" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="146" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="147" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="150" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="158" />
        <source>Visible only to administrators, regional managers and coordinators; left out of exports unless included.</source>
        <translation>Visible uniquement des administrateurs, responsables régionaux et coordinateurs ; exclu des exports sauf inclusion explicite.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="160" />
        <source>Minors / victims</source>
        <translation>Mineurs / victimes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="161" />
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="162" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="163" />
        <source>Sensitive details</source>
        <translation>Détails sensibles</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="225" />
        <source>Verified by {who} on {when} (UTC).</source>
        <translation>Vérifié par {who} le {when} (UTC).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="227" />
        <source>Rejected by {who} on {when} (UTC): {reason}</source>
        <translation>Rejeté par {who} le {when} (UTC) : {reason}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="289" />
        <source>Keep this location?</source>
        <translation>Conserver cette localisation ?</translation>
    </message>
</context>
<context>
    <name>IncidentRegister</name>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="30" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="31" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="32" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="33" />
        <source>Risk category</source>
        <translation>Catégorie de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="34" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="35" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="36" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="37" />
        <source>Minors</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="38" />
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="50" />
        <source>WFCL</source>
        <translation>PFTE</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="39" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="40" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="43" />
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="44" />
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="45" />
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="46" />
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="47" />
        <source>Cooperative self-monitoring</source>
        <translation>Autosurveillance de la coopérative</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="48" />
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_model.py" line="49" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>IncidentRegisterDock</name>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="62" />
        <source>Incident register</source>
        <translation>Registre des incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="77" />
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="78" />
        <source>Part of the text, or for dates and numbers a comparison: &gt;=3, &lt;01/07/2021, 01/07/2021..30/09/2021</source>
        <translation>Une partie du texte, ou pour les dates et les nombres une comparaison : &gt;=3, &lt;01/07/2021, 01/07/2021..30/09/2021</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="83" />
        <source>Search incidents (site, area, summary…)</source>
        <translation>Rechercher des incidents (site, domaine, résumé…)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="123" />
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="124" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="125" />
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="127" />
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="129" />
        <source>Roll up into risks</source>
        <translation>Regrouper en risques</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="131" />
        <source>Recommend action…</source>
        <translation>Recommander une action…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="170" />
        <source>{shown} of {total} incidents</source>
        <translation>{shown} sur {total} incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="187" />
        <source>Sites: {codes}</source>
        <translation>Sites : {codes}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="188" />
        <source>Show the incidents of every site</source>
        <translation>Afficher les incidents de tous les sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="250" />
        <source>Select reported incidents to verify.</source>
        <translation>Sélectionnez des incidents signalés à vérifier.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="258" />
        <source>Select reported incidents to reject.</source>
        <translation>Sélectionnez des incidents signalés à rejeter.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="261" />
        <source>Reject incidents</source>
        <translation>Rejeter des incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="262" />
        <source>Why are the {n} selected incidents rejected?</source>
        <translation>Pourquoi les {n} incidents sélectionnés sont-ils rejetés ?</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/incident_register_dock.py" line="274" />
        <source>{linked} incidents linked; {created} new risks, {updated} risks extended</source>
        <translation>{linked} incidents liés ; {created} nouveaux risques, {updated} risques complétés</translation>
    </message>
</context>
<context>
    <name>LoopCommands</name>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="32" />
        <source>record incident</source>
        <translation>enregistrer l'incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="52" />
        <source>edit incident</source>
        <translation>modifier l'incident</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="72" />
        <source>reject incidents</source>
        <translation>rejeter les incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="74" />
        <source>verify incidents</source>
        <translation>vérifier les incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="96" />
        <source>roll up into risks</source>
        <translation>regrouper en risques</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="116" />
        <source>recommend action</source>
        <translation>recommander l'action</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="137" />
        <source>edit action</source>
        <translation>modifier l'action</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="155" />
        <source>record progress</source>
        <translation>enregistrer l'avancement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="157" />
        <source>record progress of {n} actions</source>
        <translation>enregistrer l'avancement de {n} actions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/loop_commands.py" line="184" />
        <source>score risk</source>
        <translation>noter le risque</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="52" />
        <source>Record progress</source>
        <translation>Enregistrer l'avancement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="60" />
        <source>What was observed; the reason if cancelled</source>
        <translation>Ce qui a été constaté ; la raison en cas d'annulation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="63" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="64" />
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="65" />
        <source>Observed on</source>
        <translation>Constaté le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="66" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/progress_dialog.py" line="67" />
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <location filename="../../bm_desktop/ui/risk_matrix.py" line="71" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risk_matrix.py" line="76" />
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
</context>
<context>
    <name>RisksDock</name>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="44" />
        <source>Site risks</source>
        <translation>Risques du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="53" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="53" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="53" />
        <source>L</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="53" />
        <source>S</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="54" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="54" />
        <source>Incidents / actions</source>
        <translation>Incidents / actions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="63" />
        <source>Recommend action…</source>
        <translation>Recommander une action…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="67" />
        <source>Score…</source>
        <translation>Noter…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="91" />
        <source>Risks at {site}</source>
        <translation>Risques à {site}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="92" />
        <source>the selected site</source>
        <translation>le site sélectionné</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="96" />
        <source>Risks at every site</source>
        <translation>Risques de tous les sites</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="97" />
        <source>select a site on the map or in the Sites list to see its own matrix</source>
        <translation>sélectionnez un site sur la carte ou dans la liste des sites pour voir sa matrice</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="152" />
        <source>Score the risk</source>
        <translation>Noter le risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="157" />
        <source>Likelihood (1-5)</source>
        <translation>Probabilité (1-5)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/risks_dock.py" line="158" />
        <source>Severity (1-5)</source>
        <translation>Gravité (1-5)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../bm_desktop/ui/incident_form.py" line="43" />
        <source>Your name, recorded on reviews and updates</source>
        <translation>Votre nom, enregistré sur les vérifications et mises à jour</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../bm_desktop/ui/undo.py" line="69" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/undo.py" line="71" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
</TS>