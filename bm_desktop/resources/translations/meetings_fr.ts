<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MeetingCommands</name>
    <message>
        <location filename="../../bm_desktop/ui/meeting_commands.py" />
        <source>save the meeting of {site}, {month}</source>
        <translation>enregistrer la réunion de {site}, {month}</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="47" />
        <source>Opening, introductions and attendance</source>
        <translation>Ouverture, présentations et présences</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="48" />
        <source>Follow-up of the previous meeting's decisions</source>
        <translation>Suivi des décisions de la réunion précédente</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="49" />
        <source>New incidents since the previous meeting</source>
        <translation>Nouveaux incidents depuis la réunion précédente</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="50" />
        <source>Open corrective actions</source>
        <translation>Actions correctives en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="51" />
        <source>Actions proposed this month</source>
        <translation>Actions proposées ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="52" />
        <source>Site status</source>
        <translation>Statut du site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="53" />
        <source>Any other business</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="54" />
        <source>Other items</source>
        <translation>Autres points</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="57" />
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="58" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="59" />
        <source>implemented</source>
        <translation>mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="60" />
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="61" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="64" />
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="65" />
        <source>awareness campaign</source>
        <translation>campagne de sensibilisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="66" />
        <source>infrastructure</source>
        <translation>infrastructure</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="67" />
        <source>governance</source>
        <translation>gouvernance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="68" />
        <source>engagement</source>
        <translation>dialogue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="69" />
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="72" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="73" />
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="74" />
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="283" />
        <source>No decision was recorded at the previous meeting.</source>
        <translation>Aucune décision n'a été enregistrée à la réunion précédente.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="285" />
        <source>First CAP meeting on this site: no previous decisions.</source>
        <translation>Première réunion PAC sur ce site : pas de décisions antérieures.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="293" />
        <source>Action: {action} — now {status}, due {due}</source>
        <translation>Action : {action} — maintenant {status}, échéance {due}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="306" />
        <source>WFCL</source>
        <translation>PFTE</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="308" />
        <source>Annex II</source>
        <translation>Annexe II</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="310" />
        <source>{n} minor(s)</source>
        <translation>{n} mineur(s)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="312" />
        <source>severity {n}</source>
        <translation>gravité {n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="326" />
        <source>No new incident since the previous meeting.</source>
        <translation>Aucun nouvel incident depuis la réunion précédente.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="338" />
        <source>{category}: {n} new incident(s)</source>
        <translation>{category} : {n} nouvel(s) incident(s)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="342" />
        <source>{n} WFCL</source>
        <translation>{n} PFTE</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="344" />
        <source>{n} Annex II</source>
        <translation>{n} Annexe II</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="371" />
        <source>No open corrective action.</source>
        <translation>Aucune action corrective en cours.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="376" />
        <source>{area} · {kind} · status: {status} · owner: {owner} · due {due}</source>
        <translation>{area} · {kind} · statut : {status} · responsable : {owner} · échéance {due}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="382" />
        <source>OVERDUE by {n} days</source>
        <translation>EN RETARD de {n} jours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="395" />
        <source>No new or worsening risk this month.</source>
        <translation>Aucun risque nouveau ou en aggravation ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="400" />
        <source>new risk</source>
        <translation>nouveau risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="401" />
        <source>worsening: {since} incident(s) since the previous meeting, {before} before</source>
        <translation>en aggravation : {since} incident(s) depuis la réunion précédente, {before} avant</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="404" />
        <source>{area}: propose {kind}</source>
        <translation>{area} : proposer {kind}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="407" />
        <source>Risk score {score} (likelihood {l} × severity {s}), {reason}; suggested owner: {owner}; due {due}</source>
        <translation>Score du risque {score} (probabilité {l} × gravité {s}), {reason} ; responsable suggéré : {owner} ; échéance {due}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="412" />
        <source>{n} action(s) already open on this risk</source>
        <translation>{n} action(s) déjà en cours sur ce risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="425" />
        <source>Suspension of the site: status {status}</source>
        <translation>Suspension du site : statut {status}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="426" />
        <source>Site status: {status}</source>
        <translation>Statut du site : {status}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="435" />
        <source>Security alerts within {km} km: {n}</source>
        <translation>Alertes de sécurité à moins de {km} km : {n}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="443" />
        <source>{n} fatalities</source>
        <translation>{n} morts</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/domain/agenda.py" line="454" />
        <source>No security alert within {km} km since the previous meeting.</source>
        <translation>Aucune alerte de sécurité à moins de {km} km depuis la réunion précédente.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/services/meetings.py" line="51" />
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="168" />
        <source>Starts at</source>
        <translation>Début à</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="187" />
        <source>Details of the selected item</source>
        <translation>Détails du point sélectionné</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="189" />
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="321" />
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="190" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="192" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="194" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="197" />
        <source>Rebuild from data</source>
        <translation>Reconstruire à partir des données</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="208" />
        <source>Invitation list</source>
        <translation>Liste des invités</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="208" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="229" />
        <source>Save draft</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="230" />
        <source>Export Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="232" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="234" />
        <source>Meeting mode…</source>
        <translation>Mode réunion…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="251" />
        <source>Agenda — {site} — {month}</source>
        <translation>Ordre du jour — {site} — {month}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="254" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="255" />
        <source>saved draft</source>
        <translation>projet enregistré</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="255" />
        <source>built from the data</source>
        <translation>construit à partir des données</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="257" />
        <source>Meeting on {date} · previous meeting {previous} · {incidents} new incident(s), {open} open action(s), {overdue} overdue · agenda {source}</source>
        <translation>Réunion le {date} · réunion précédente {previous} · {incidents} nouvel(s) incident(s), {open} action(s) en cours, {overdue} en retard · ordre du jour {source}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="274" />
        <source>missing: find someone to invite</source>
        <translation>manquant : trouver quelqu'un à inviter</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="281" />
        <source>({n} open action(s))</source>
        <translation>({n} action(s) en cours)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="289" />
        <source>Missing stakeholder types: {types}</source>
        <translation>Types de parties prenantes manquants : {types}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="294" />
        <source>{n} items · {h} h {m:02d} · ends at {end}</source>
        <translation>{n} points · {h} h {m:02d} · fin à {end}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="321" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="355" />
        <source>Agenda rebuilt from the data (not saved yet).</source>
        <translation>Ordre du jour reconstruit à partir des données (pas encore enregistré).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="367" />
        <source>Agenda saved.</source>
        <translation>Ordre du jour enregistré.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="378" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="379" />
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="380" />
        <source>Export the agenda</source>
        <translation>Exporter l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="390" />
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="388" />
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="392" />
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" line="406" />
        <source>Meeting saved.</source>
        <translation>Réunion enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" />
        <source>Meeting mode</source>
        <translation>Mode réunion</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" />
        <source>Meeting mode kept a draft of this meeting on {when} that was not saved (the window was closed or the computer stopped).</source>
        <translation>Le mode réunion a conservé le {when} un brouillon de cette réunion qui n'a pas été enregistré (la fenêtre a été fermée ou l'ordinateur s'est arrêté).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" />
        <source>Resume it, or start again from the agenda and delete the draft?</source>
        <translation>Le reprendre, ou repartir de l'ordre du jour et supprimer le brouillon ?</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" />
        <source>Resume the draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" />
        <source>Start again (delete the draft)</source>
        <translation>Repartir de zéro (supprimer le brouillon)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_builder.py" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../bm_desktop/ui/agenda_model.py" line="55" />
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_model.py" line="56" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_model.py" line="57" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_model.py" line="58" />
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_model.py" line="59" />
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/agenda_model.py" line="60" />
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
</context>
<context>
    <name>AgendaWorkbook</name>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="18" />
        <source>BM Programme — upstream assurance of artisanal and small-scale mining</source>
        <translation>Programme BM — assurance en amont de l'exploitation minière artisanale et à petite échelle</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="28" />
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="29" />
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="30" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="31" />
        <source>not yet planned</source>
        <translation>pas encore prévue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="34" />
        <source>new action</source>
        <translation>nouvelle action</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="35" />
        <source>progress update</source>
        <translation>mise à jour de l'avancement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="217" />
        <source>CAP meeting {month}</source>
        <translation>Réunion PAC {month}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="218" />
        <source>Date: {date}</source>
        <translation>Date : {date}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="219" />
        <source>Start: {time}</source>
        <translation>Début : {time}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="220" />
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="221" />
        <source>Place: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="222" />
        <source>Previous meeting: {date}</source>
        <translation>Réunion précédente : {date}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="223" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="224" />
        <source>Agenda — {site}</source>
        <translation>Ordre du jour — {site}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="225" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="226" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="227" />
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="228" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="229" />
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="230" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="231" />
        <source>{n} overdue action(s) are shown in red.</source>
        <translation>{n} action(s) en retard apparaissent en rouge.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="232" />
        <source>Missing stakeholder types: {types}</source>
        <translation>Types de parties prenantes manquants : {types}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="233" />
        <source>Every stakeholder type has someone to invite.</source>
        <translation>Chaque type de partie prenante a quelqu'un à inviter.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="234" />
        <source>Invitation list — {site}</source>
        <translation>Liste des invités — {site}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="235" />
        <source>Stakeholder type</source>
        <translation>Type de partie prenante</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="236" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="237" />
        <source>Organisation / role</source>
        <translation>Organisation / rôle</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="238" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="239" />
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="240" />
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="183" />
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="241" />
        <source>— none on this site: find someone to invite —</source>
        <translation>— aucun sur ce site : trouver quelqu'un à inviter —</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="242" />
        <source>Attendance — {site}</source>
        <translation>Liste de présence — {site}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="243" />
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="244" />
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="245" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="246" />
        <source>Minutes — {site}</source>
        <translation>Procès-verbal — {site}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="247" />
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="41" />
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="248" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="249" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_tables.py" line="250" />
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="38" />
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="39" />
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="40" />
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="42" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="44" />
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="176" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="177" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="178" />
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="179" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="180" />
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="181" />
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="182" />
        <source>New incidents</source>
        <translation>Nouveaux incidents</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="184" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="185" />
        <source>Missing stakeholder types</source>
        <translation>Types de parties prenantes manquants</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="245" />
        <source>CAP meetings — {region}, {month}</source>
        <translation>Réunions PAC — {region}, {month}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="246" />
        <source>{n} active sites</source>
        <translation>{n} sites actifs</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_workbook.py" line="247" />
        <source>CAP meetings {month}</source>
        <translation>Réunions PAC {month}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/exchange/agenda_pdf.py" line="32" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="40" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="41" />
        <source>Awareness campaign</source>
        <translation>Campagne de sensibilisation</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="42" />
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="43" />
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="44" />
        <source>Engagement</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="45" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="56" />
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="74" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="59" />
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="62" />
        <source>— no particular item —</source>
        <translation>— aucun point en particulier —</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="66" />
        <source>Record the decision only</source>
        <translation>Enregistrer seulement la décision</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="67" />
        <source>Create a corrective action</source>
        <translation>Créer une action corrective</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="68" />
        <source>Record progress on an open action</source>
        <translation>Enregistrer l'avancement d'une action en cours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="75" />
        <source>Agenda item</source>
        <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="106" />
        <source>New corrective action</source>
        <translation>Nouvelle action corrective</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="112" />
        <source>— choose a stakeholder —</source>
        <translation>— choisir une partie prenante —</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="124" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="125" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="126" />
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="127" />
        <source>Risk area</source>
        <translation>Domaine de risque</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="128" />
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="132" />
        <source>Progress update</source>
        <translation>Mise à jour de l'avancement</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="141" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="142" />
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="143" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="212" />
        <source>new action: {what}</source>
        <translation>nouvelle action : {what}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="214" />
        <source>progress: {status}</source>
        <translation>avancement : {status}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" line="220" />
        <source>Write what was decided.</source>
        <translation>Écrivez ce qui a été décidé.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" />
        <source>{mark}{what} · {status} · due {due} · {owner}</source>
        <translation>{mark}{what} · {status} · échéance {due} · {owner}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" />
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" />
        <source>{mark} overdue: the due date was before the meeting date. Listed: the site's actions that can take an update dated {date} (recommended by then, not verified or cancelled, no later update).</source>
        <translation>{mark} en retard : l'échéance précédait la date de la réunion. Sont listées les actions du site qui peuvent recevoir une mise à jour datée du {date} (recommandées à cette date, ni vérifiées ni annulées, sans mise à jour postérieure).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" />
        <source>No action of this site can take an update dated {date}.</source>
        <translation>Aucune action de ce site ne peut recevoir de mise à jour datée du {date}.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" />
        <source>Status on {date}: {status}</source>
        <translation>Statut au {date} : {status}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" />
        <source>Due on {due}</source>
        <translation>Échéance : {due}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" />
        <source>{mark} Overdue by {n} days at the meeting</source>
        <translation>{mark} En retard de {n} jours à la réunion</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/decision_dialog.py" />
        <source>Owner: {owner}</source>
        <translation>Responsable : {owner}</translation>
    </message>
</context>
<context>
    <name>MeetingModeDialog</name>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="55" />
        <source>Meeting mode — {site} — {month}</source>
        <translation>Mode réunion — {site} — {month}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="62" />
        <source>Mark the meeting as held</source>
        <translation>Marquer la réunion comme tenue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="65" />
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="66" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="69" />
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="70" />
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="71" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="90" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="90" />
        <source>Stakeholder type</source>
        <translation>Type de partie prenante</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="91" />
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="91" />
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="105" />
        <source>Add a person or group</source>
        <translation>Ajouter une personne ou un groupe</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="107" />
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="117" />
        <source>Invited stakeholders are listed; enter how many women and men came for each (rows left at 0 are not saved).</source>
        <translation>Les parties prenantes invitées sont listées ; indiquez combien de femmes et d'hommes sont venus pour chacune (les lignes laissées à 0 ne sont pas enregistrées).</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="169" />
        <source>Present: {w} women, {m} men</source>
        <translation>Présents : {w} femmes, {m} hommes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="178" />
        <source>What was said on this item</source>
        <translation>Ce qui a été dit sur ce point</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="182" />
        <source>General minutes of the meeting</source>
        <translation>Procès-verbal général de la réunion</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="188" />
        <source>Decision on this item…</source>
        <translation>Décision sur ce point…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="191" />
        <source>General minutes</source>
        <translation>Procès-verbal général</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="219" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="219" />
        <source>Agenda item</source>
        <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="220" />
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="228" />
        <source>Add decision…</source>
        <translation>Ajouter une décision…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="230" />
        <source>Remove decision</source>
        <translation>Retirer la décision</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="285" />
        <source>Nothing was saved. {reason}</source>
        <translation>Rien n'a été enregistré. {reason}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" line="288" />
        <source>Nothing was saved: {reason}</source>
        <translation>Rien n'a été enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" />
        <source>starting at</source>
        <translation>à partir de</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" />
        <source>(planned: {date})</source>
        <translation>(prévue le {date})</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" />
        <source>{date} is after today: a meeting can be marked as held only once it has taken place.</source>
        <translation>Le {date} est après aujourd'hui : une réunion ne peut être marquée comme tenue qu'une fois qu'elle a eu lieu.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meeting_mode.py" />
        <source>{date} is a {day}: is this the right date?</source>
        <translation>Le {date} est un {day} : est-ce la bonne date ?</translation>
    </message>
</context>
<context>
    <name>MeetingsDock</name>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="173" />
        <source>CAP meetings</source>
        <translation>Réunions PAC</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="176" />
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="183" />
        <source>Agenda…</source>
        <translation>Ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="186" />
        <source>Prepare all agendas of the region…</source>
        <translation>Préparer tous les ordres du jour de la région…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="189" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="216" />
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="217" />
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="218" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="219" />
        <source>gap: no meeting this month, or last one over 45 days ago</source>
        <translation>lacune : pas de réunion ce mois-ci, ou la dernière date de plus de 45 jours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="222" />
        <source>Double-click a cell to open its agenda.</source>
        <translation>Double-cliquez sur une case pour ouvrir son ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="235" />
        <source>As of {date}: {n} site(s) with a gap</source>
        <translation>Au {date} : {n} site(s) avec une lacune</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="270" />
        <source>Choose a region first.</source>
        <translation>Choisissez d'abord une région.</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="275" />
        <source>Prepare all agendas</source>
        <translation>Préparer tous les ordres du jour</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="276" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="279" />
        <source>Preparing the agendas of {region}, {month}…</source>
        <translation>Préparation des ordres du jour de {region}, {month}…</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="280" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="287" />
        <source>Preparing the agendas of {region}, {month}… {site}</source>
        <translation>Préparation des ordres du jour de {region}, {month}… {site}</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="290" />
        <source>Written: {path} ({n} sites)</source>
        <translation>Écrit : {path} ({n} sites)</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="80" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="83" />
        <source>Last held</source>
        <translation>Dernière tenue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="83" />
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="100" />
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="100" />
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="101" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="119" />
        <source>{n} gap(s)</source>
        <translation>{n} lacune(s)</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="126" />
        <source>no meeting this month</source>
        <translation>pas de réunion ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="128" />
        <source>never met</source>
        <translation>jamais réuni</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="130" />
        <source>last held {n} days ago</source>
        <translation>dernière réunion il y a {n} jours</translation>
    </message>
    <message>
        <location filename="../../bm_desktop/ui/meetings_dock.py" line="146" />
        <source>none planned</source>
        <translation>aucune prévue</translation>
    </message>
</context>
</TS>