<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="100" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="101" />
            <source>&amp;Hours</source>
            <translation>&amp;Stunden</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="102" />
            <source>e.g. 7.5</source>
            <translation>z. B. 7,5</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="103" />
            <source>&amp;What was done</source>
            <translation>&amp;Tätigkeit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="104" />
            <source>With &amp;whom</source>
            <translation>Mit &amp;wem</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="105" />
            <source>&amp;Outputs</source>
            <translation>&amp;Ergebnisse</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="42" />
            <source>PartnerDesk – database damaged</source>
            <translation>PartnerDesk – Datenbank beschädigt</translation>
        </message>
    </context>
    <context>
        <name>BackgroundOp</name>
        <message>
            <location filename="../../desktop_app/ui/background.py" line="145" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="22" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="103" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="125" />
            <location filename="../../desktop_app/ui/people/spec.py" line="26" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="26" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="25" />
            <source>Women</source>
            <translation>Frauen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="27" />
            <source>Men</source>
            <translation>Männer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="30" />
            <source>Diverse</source>
            <translation>Divers</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="37" />
            <source>Not stated</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="44" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="80" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="82" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="84" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="140" />
            <source>Partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="82" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="84" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="176" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="86" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="142" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="83" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="85" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="127" />
            <location filename="../../desktop_app/ui/people/spec.py" line="64" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="84" />
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="85" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="86" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="94" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="192" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="87" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="68" />
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="87" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="95" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="193" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="88" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="70" />
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="24" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="45" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="79" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="28" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="83" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="104" />
            <location filename="../../desktop_app/ui/people/spec.py" line="24" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="42" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="56" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="50" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="54" />
            <source>What was done</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="58" />
            <source>With whom</source>
            <translation>Mit wem</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="86" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="23" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="71" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="87" />
            <source>Destination</source>
            <translation>Zielort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="90" />
            <location filename="../../desktop_app/ui/people/spec.py" line="65" />
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="16" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="43" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="59" />
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="55" />
            <source>Theme</source>
            <translation>Querschnittsthema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="56" />
            <source>SDG</source>
            <translation>SDG</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="57" />
            <source>Note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="84" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="57" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="85" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="58" />
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="130" />
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="135" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="136" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="137" />
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="175" />
            <source>Code</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="179" />
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="184" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="187" />
            <source>Partner country</source>
            <translation>Partnerland</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="191" />
            <source>German lead</source>
            <translation>Deutsche Federführung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="20" />
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="22" />
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="28" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="59" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="22" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="61" />
            <source>Short name</source>
            <translation>Kurzname</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="63" />
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="66" />
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="20" />
            <source>Valid from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="27" />
            <source>Daily allowance (EUR)</source>
            <translation>Tagegeld (EUR)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="34" />
            <source>Lodging cap (EUR)</source>
            <translation>Übernachtungsgeld (EUR)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="41" />
            <source>Sample value</source>
            <translation>Beispielwert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="46" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/table_model.py" line="41" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/table_model.py" line="42" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="23" />
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="31" />
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="60" />
            <source>Host institution</source>
            <translation>Gastgebende Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="89" />
            <source>Costs</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="22" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="63" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="25" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="28" />
            <source>Approved by</source>
            <translation>Genehmigt von</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="32" />
            <source>Approved on</source>
            <translation>Genehmigt am</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="61" />
            <source>Rev.</source>
            <translation>Rev.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="65" />
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="66" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
    </context>
    <context>
        <name>ContributionForm</name>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="108" />
            <source>&amp;Institution</source>
            <translation>&amp;Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="111" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="114" />
            <source>&amp;Description</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="115" />
            <source>&amp;Quantity</source>
            <translation>&amp;Menge</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="116" />
            <source>&amp;Unit</source>
            <translation>&amp;Einheit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="117" />
            <source>&amp;Value</source>
            <translation>&amp;Wert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="118" />
            <source>C&amp;urrency</source>
            <translation>Wä&amp;hrung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="119" />
            <source>&amp;Year</source>
            <translation>&amp;Jahr</translation>
        </message>
    </context>
    <context>
        <name>ContributionsPanel</name>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="107" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="108" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="109" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="111" />
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="119" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="124" />
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="131" />
            <source>Add contribution…</source>
            <translation>Beitrag hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="132" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="133" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="173" />
            <source>Add contribution</source>
            <translation>Beitrag hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="173" />
            <source>Edit contribution</source>
            <translation>Beitrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="188" />
            <source>Delete contribution</source>
            <translation>Beitrag löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="189" />
            <source>Delete the selected contribution? You can undo this with Ctrl+Z.</source>
            <translation>Den gewählten Beitrag löschen? Mit Strg+Z lässt sich das rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>EntrySection</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="58" />
            <source>Receipt</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="73" />
            <location filename="../../desktop_app/ui/expert_day/section.py" line="208" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="74" />
            <source>Enter or Ctrl+Enter</source>
            <translation>Eingabetaste oder Strg+Eingabetaste</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="75" />
            <source>Cancel editing</source>
            <translation>Bearbeitung abbrechen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="90" />
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="91" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="165" />
            <source>Choose a mission and a person first.</source>
            <translation>Wählen Sie zuerst einen Einsatz und eine Person.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="172" />
            <source>Changes saved.</source>
            <translation>Änderungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="176" />
            <source>Entry added.</source>
            <translation>Eintrag hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="201" />
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="203" />
            <source>Editing the selected entry.</source>
            <translation>Der gewählte Eintrag wird bearbeitet.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="218" />
            <source>Delete entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="219" />
            <source>Delete the selected entry? You can undo this with Ctrl+Z.</source>
            <translation>Den gewählten Eintrag löschen? Mit Strg+Z lässt sich das rückgängig machen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/section.py" line="232" />
            <source>Entry deleted.</source>
            <translation>Eintrag gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="34" />
            <source>Administrative partnership</source>
            <translation>Verwaltungspartnerschaft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="35" />
            <source>EU Twinning</source>
            <translation>EU-Twinning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="36" />
            <source>Municipal partnership</source>
            <translation>Kommunale Partnerschaft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="37" />
            <source>Federal–state programme (BLP)</source>
            <translation>Bund-Länder-Programm (BLP)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="38" />
            <source>City partnership exchange</source>
            <translation>Städtepartnerschaft (Verwaltungsaustausch)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="40" />
            <source>Reform need</source>
            <translation>Reformbedarf</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="41" />
            <source>Ministry check</source>
            <translation>Prüfung durch das Ministerium</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="42" />
            <source>Cooperation concept</source>
            <translation>Kooperationskonzept</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="43" />
            <source>Declaration of intent</source>
            <translation>Absichtserklärung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="44" />
            <source>Rolling workplan</source>
            <translation>Rollierender Arbeitsplan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="45" />
            <source>Implementation</source>
            <translation>Umsetzung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="46" />
            <source>Reporting and evaluation</source>
            <translation>Berichterstattung und Evaluierung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="47" />
            <source>Lasting network</source>
            <translation>Dauerhaftes Netzwerk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="48" />
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="50" />
            <source>German side</source>
            <translation>Deutsche Seite</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="51" />
            <source>Partner side</source>
            <translation>Partnerseite</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="52" />
            <source>Federal ministry</source>
            <translation>Bundesministerium</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="53" />
            <source>Federal agency</source>
            <translation>Bundesbehörde</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="54" />
            <source>Land ministry</source>
            <translation>Landesministerium</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="55" />
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="56" />
            <source>Ministry</source>
            <translation>Ministerium</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="57" />
            <source>Agency</source>
            <translation>Behörde</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="58" />
            <source>University</source>
            <translation>Hochschule</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="59" />
            <source>NGO</source>
            <translation>NRO</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="60" />
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="61" />
            <source>Implementing agency</source>
            <translation>Durchführungsorganisation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="62" />
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="64" />
            <source>female</source>
            <translation>weiblich</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="65" />
            <source>male</source>
            <translation>männlich</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="66" />
            <source>diverse</source>
            <translation>divers</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="67" />
            <source>not stated</source>
            <translation>keine Angabe</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="69" />
            <source>Expert</source>
            <translation>Expert:in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="70" />
            <source>Coordinator</source>
            <translation>Koordinator:in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="71" />
            <source>Partner contact</source>
            <translation>Ansprechperson beim Partner</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="72" />
            <source>Headquarters</source>
            <translation>Zentrale (Nationale Kontaktstelle)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="73" />
            <source>Project leader</source>
            <translation>Projektleitung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="74" />
            <source>Resident adviser</source>
            <translation>Langzeitberater:in (RTA)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="75" />
            <source>Component leader</source>
            <translation>Komponentenleitung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="76" />
            <source>Short-term expert</source>
            <translation>Kurzzeitexpert:in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="77" />
            <source>Long-term expert</source>
            <translation>Langzeitexpert:in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="79" />
            <source>Sustainable Development Goal</source>
            <translation>Ziel für nachhaltige Entwicklung (SDG)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="80" />
            <source>Do No Harm</source>
            <translation>Do No Harm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="81" />
            <source>Gender &amp; Diversity</source>
            <translation>Gender &amp; Diversität</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="82" />
            <source>Sustainability</source>
            <translation>Nachhaltigkeit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="84" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="85" />
            <source>Rooms</source>
            <translation>Räume</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="86" />
            <source>Scholarships</source>
            <translation>Stipendien</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="87" />
            <source>Training places</source>
            <translation>Ausbildungsplätze</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="88" />
            <source>Money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="90" />
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="91" />
            <source>Agreed</source>
            <translation>Vereinbart</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="92" />
            <source>Superseded</source>
            <translation>Ersetzt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="93" />
            <source>Expert mission</source>
            <translation>Experteneinsatz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="94" />
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="95" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="96" />
            <source>Conference</source>
            <translation>Konferenz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="97" />
            <source>Study trip</source>
            <translation>Studienreise</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="98" />
            <source>Staff exchange</source>
            <translation>Personalaustausch</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="99" />
            <source>Steering committee</source>
            <translation>Lenkungsausschuss</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="100" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="101" />
            <source>Confirmed</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="102" />
            <source>Done</source>
            <translation>Durchgeführt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="103" />
            <source>Postponed</source>
            <translation>Verschoben</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="104" />
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="105" />
            <source>On site</source>
            <translation>Vor Ort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="106" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="107" />
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="109" />
            <source>Short-term</source>
            <translation>Kurzzeiteinsatz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="110" />
            <source>Long-term</source>
            <translation>Langzeiteinsatz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="111" />
            <source>Job shadowing (Hospitation)</source>
            <translation>Hospitation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="112" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="113" />
            <source>Under way</source>
            <translation>Laufend</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="114" />
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="115" />
            <source>Reported</source>
            <translation>Berichtet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="116" />
            <source>Webinar</source>
            <translation>Webinar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="118" />
            <source>Export and investment promotion</source>
            <translation>Export- und Investitionsförderung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="119" />
            <source>Public procurement and competition law</source>
            <translation>Vergabe- und Wettbewerbsrecht</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="122" />
            <source>Quality infrastructure</source>
            <translation>Qualitätsinfrastruktur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="123" />
            <source>Digitalisation and innovation</source>
            <translation>Digitalisierung und Innovation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="124" />
            <source>SME and start-up promotion</source>
            <translation>Mittelstands- und Gründungsförderung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="125" />
            <source>Economic and industrial policy</source>
            <translation>Wirtschafts- und Industriepolitik</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="126" />
            <source>Regional economic development</source>
            <translation>Regionale Wirtschaftsentwicklung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/i18n.py" line="127" />
            <source>Energy markets, efficiency and renewables</source>
            <translation>Energiemärkte, Energieeffizienz und erneuerbare Energien</translation>
        </message>
    </context>
    <context>
        <name>ExpenseForm</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="312" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="313" />
            <source>&amp;Category</source>
            <translation>&amp;Kategorie</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="315" />
            <source>De&amp;scription</source>
            <translation>Be&amp;schreibung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="316" />
            <source>&amp;Amount</source>
            <translation>&amp;Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="317" />
            <source>C&amp;urrency</source>
            <translation>Wä&amp;hrung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="319" />
            <source>&amp;Exchange rate (EUR per unit)</source>
            <translation>&amp;Wechselkurs (EUR je Einheit)</translation>
        </message>
    </context>
    <context>
        <name>ExpertDay</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="33" />
            <source>Air</source>
            <translation>Flugzeug</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="34" />
            <source>Rail</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="35" />
            <source>Car</source>
            <translation>Pkw</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="36" />
            <source>Bus</source>
            <translation>Bus</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="37" />
            <source>Ship</source>
            <translation>Schiff</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="38" />
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="48" />
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="42" />
            <source>Transport</source>
            <translation>Fahrtkosten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="43" />
            <source>Local transport</source>
            <translation>Nahverkehr</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="44" />
            <source>Lodging</source>
            <translation>Unterkunft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="45" />
            <source>Visa</source>
            <translation>Visum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="46" />
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="47" />
            <source>Material</source>
            <translation>Material</translation>
        </message>
    </context>
    <context>
        <name>ExpertDayView</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="98" />
            <source>Activity log entry</source>
            <translation>Eintrag im Tätigkeitsnachweis</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="100" />
            <location filename="../../desktop_app/ui/expert_day/view.py" line="139" />
            <location filename="../../desktop_app/ui/expert_day/view.py" line="171" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="101" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="102" />
            <source>What was done</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="103" />
            <source>With whom</source>
            <translation>Mit wem</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="104" />
            <source>Outputs</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="112" />
            <source>Travel leg</source>
            <translation>Reiseabschnitt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="115" />
            <source>Departure</source>
            <translation>Abfahrt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="119" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="121" />
            <source>Arrival</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="125" />
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="126" />
            <source>Reached at</source>
            <translation>Erreicht um</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="127" />
            <source>Mode</source>
            <translation>Verkehrsmittel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="128" />
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="129" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="137" />
            <source>Meals provided</source>
            <translation>Gestellte Mahlzeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="140" />
            <source>Breakfast</source>
            <translation>Frühstück</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="140" />
            <location filename="../../desktop_app/ui/expert_day/view.py" line="141" />
            <location filename="../../desktop_app/ui/expert_day/view.py" line="142" />
            <location filename="../../desktop_app/ui/expert_day/view.py" line="155" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="141" />
            <source>Lunch</source>
            <translation>Mittagessen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="142" />
            <source>Dinner</source>
            <translation>Abendessen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="150" />
            <source>Night</source>
            <translation>Übernachtung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="152" />
            <source>Night of</source>
            <translation>Nacht vom</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="154" />
            <source>With receipt</source>
            <translation>Mit Beleg</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="155" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="158" />
            <location filename="../../desktop_app/ui/expert_day/view.py" line="175" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="161" />
            <source>Rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="169" />
            <source>Expense</source>
            <translation>Auslage</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="172" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="173" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="179" />
            <source>EUR</source>
            <translation>EUR</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="184" />
            <source>&amp;1 Activity log</source>
            <translation>&amp;1 Tätigkeitsnachweis</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="185" />
            <source>&amp;2 Travel</source>
            <translation>&amp;2 Reise</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="186" />
            <source>&amp;3 Meals</source>
            <translation>&amp;3 Mahlzeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="187" />
            <source>&amp;4 Nights</source>
            <translation>&amp;4 Übernachtungen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="188" />
            <source>&amp;5 Expenses</source>
            <translation>&amp;5 Auslagen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="199" />
            <source>&amp;Mission</source>
            <translation>&amp;Einsatz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="201" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="277" />
            <source>%1 to %2 · %3</source>
            <translation>%1 bis %2 · %3</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="283" />
            <source>No mission yet.</source>
            <translation>Noch kein Einsatz.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="307" />
            <source>Choose a mission and a person.</source>
            <translation>Wählen Sie einen Einsatz und eine Person.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="320" />
            <source>The per diem cannot be calculated: %1</source>
            <translation>Das Tagegeld lässt sich nicht berechnen: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/view.py" line="324" />
            <source>Add the first travel leg to see the per-diem breakdown.</source>
            <translation>Erfassen Sie den ersten Reiseabschnitt, um die Tagegeldberechnung zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="57" />
            <source>Institution (empty: all)</source>
            <translation>Institution (leer: alle)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="61" />
            <source>Women</source>
            <translation>Frauen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="62" />
            <source>Men</source>
            <translation>Männer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="63" />
            <source>Diverse</source>
            <translation>Divers</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="66" />
            <source>Gender not stated</source>
            <translation>Geschlecht nicht angegeben</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="93" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="101" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="95" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="148" />
            <source>Partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="98" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="106" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="198" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="100" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="83" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="153" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="99" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="107" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="150" />
            <location filename="../../desktop_app/ui/people/spec.py" line="75" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="100" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="122" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="228" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="101" />
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="101" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="123" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="229" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="102" />
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="102" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="97" />
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="103" />
            <location filename="../../desktop_app/ui/people/spec.py" line="79" />
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="49" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="104" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="105" />
            <source>Trainers</source>
            <translation>Trainer:innen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="106" />
            <source>Evaluation</source>
            <translation>Evaluierung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="32" />
            <location filename="../../desktop_app/ui/missions/spec.py" line="65" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="89" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="33" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="91" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="115" />
            <location filename="../../desktop_app/ui/people/spec.py" line="35" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="63" />
            <source>Mission</source>
            <translation>Einsatz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="66" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="64" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="67" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="68" />
            <source>What was done</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="69" />
            <source>With whom</source>
            <translation>Mit wem</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="70" />
            <source>Outputs</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="110" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="42" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="116" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="115" />
            <source>Destination city</source>
            <translation>Zielort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="118" />
            <source>Destination country</source>
            <translation>Zielland</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="124" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="103" />
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="125" />
            <source>Approval reference</source>
            <translation>Genehmigungszeichen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="126" />
            <source>Report: findings</source>
            <translation>Bericht: Feststellungen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="128" />
            <source>Report: recommendations</source>
            <translation>Bericht: Empfehlungen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="130" />
            <source>Report: next steps</source>
            <translation>Bericht: nächste Schritte</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="46" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="67" />
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="62" />
            <source>Theme</source>
            <translation>Querschnittsthema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="67" />
            <source>SDG number</source>
            <translation>SDG-Nummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="68" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="50" />
            <source>Note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="93" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="65" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="94" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="66" />
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="110" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="143" />
            <location filename="../../desktop_app/ui/people/spec.py" line="44" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="39" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="155" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="156" />
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="157" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="158" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="161" />
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="233" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="107" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="166" />
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="197" />
            <source>Code</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="201" />
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="206" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="209" />
            <source>Partner country</source>
            <translation>Partnerland</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="215" />
            <source>German lead institution</source>
            <translation>Federführende deutsche Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="221" />
            <source>Partner institution</source>
            <translation>Partnerinstitution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="225" />
            <source>German municipality</source>
            <translation>Deutsche Kommune</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="226" />
            <source>Partner municipality</source>
            <translation>Partnerkommune</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="227" />
            <source>Coordinator</source>
            <translation>Koordinator:in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="230" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="238" />
            <source>Reform need</source>
            <translation>Reformbedarf</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="239" />
            <source>Cooperation concept</source>
            <translation>Kooperationskonzept</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="240" />
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="241" />
            <location filename="../../desktop_app/ui/people/spec.py" line="50" />
            <location filename="../../desktop_app/ui/people/spec.py" line="87" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="32" />
            <source>Academic title</source>
            <translation>Akademischer Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="33" />
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="34" />
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="38" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="42" />
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="45" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="38" />
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="46" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="47" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="48" />
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="49" />
            <source>Expertise</source>
            <translation>Fachgebiete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="69" />
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="36" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="70" />
            <source>Short name</source>
            <translation>Kurzname</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="72" />
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="84" />
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="85" />
            <source>Address</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="86" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="50" />
            <source>Valid from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="53" />
            <source>Daily allowance (EUR)</source>
            <translation>Tagegeld (EUR)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="59" />
            <source>Lodging cap (EUR)</source>
            <translation>Übernachtungsgeld (EUR)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="63" />
            <source>Sample value, not official</source>
            <translation>Beispielwert, nicht amtlich</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="64" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="37" />
            <source>Person (if recorded)</source>
            <translation>Person (falls erfasst)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="70" />
            <source>Host institution</source>
            <translation>Gastgebende Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="74" />
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="104" />
            <source>Costs</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="39" />
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="47" />
            <source>Revision date</source>
            <translation>Datum der Revision</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="48" />
            <source>Approved by</source>
            <translation>Genehmigt von</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="49" />
            <source>Approved on</source>
            <translation>Genehmigt am</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="77" />
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="82" />
            <source>Activity number</source>
            <translation>Aktivitätsnummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="86" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="91" />
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="92" />
            <source>Mandatory result</source>
            <translation>Pflichtergebnis</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="93" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="94" />
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="95" />
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="96" />
            <source>Actual</source>
            <translation>Istwert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="100" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="105" />
            <source>Planned start</source>
            <translation>Geplanter Beginn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="106" />
            <source>Planned end</source>
            <translation>Geplantes Ende</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="107" />
            <source>Responsible (German side)</source>
            <translation>Verantwortlich (deutsche Seite)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="108" />
            <source>Responsible (partner side)</source>
            <translation>Verantwortlich (Partnerseite)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="109" />
            <source>Experts planned</source>
            <translation>Geplante Expert:innen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="110" />
            <source>Expert-days planned</source>
            <translation>Geplante Experten-Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="111" />
            <source>Participants planned</source>
            <translation>Geplante Teilnehmende</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="112" />
            <source>Budget line</source>
            <translation>Haushaltsposten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="113" />
            <source>Planned cost</source>
            <translation>Geplante Kosten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="121" />
            <source>Reason for change</source>
            <translation>Änderungsgrund</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="179" />
            <source>PartnerDesk</source>
            <translation>PartnerDesk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="180" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="181" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="182" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="183" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="184" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="185" />
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="186" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="187" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="188" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="189" />
            <source>&amp;Search…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="190" />
            <source>&amp;About PartnerDesk</source>
            <translation>&amp;Über PartnerDesk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="205" />
            <source>The database is empty.</source>
            <translation>Die Datenbank ist leer.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="320" />
            <source>Loading the demo data…</source>
            <translation>Demodaten werden geladen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="349" />
            <source>Installation: %1 (%2)</source>
            <translation>Installation: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="384" />
            <source>About PartnerDesk</source>
            <translation>Über PartnerDesk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="386" />
            <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Plan and run administrative partnerships abroad: partnerships, workplans, missions, events and study trips, offline first.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Verwaltungspartnerschaften im Ausland planen und durchführen: Partnerschaften, Arbeitspläne, Entsendungen, Veranstaltungen und Studienreisen – auch ohne Internetverbindung.&lt;/p&gt;&lt;p&gt;Lizenz: EUPL-1.2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MealsForm</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="217" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="218" />
            <source>&amp;Breakfast provided</source>
            <translation>&amp;Frühstück gestellt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="219" />
            <source>&amp;Lunch provided</source>
            <translation>&amp;Mittagessen gestellt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="220" />
            <source>D&amp;inner provided</source>
            <translation>&amp;Abendessen gestellt</translation>
        </message>
    </context>
    <context>
        <name>NightForm</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="267" />
            <source>&amp;Night of</source>
            <translation>&amp;Nacht vom</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="268" />
            <source>&amp;With receipt</source>
            <translation>Mit &amp;Beleg</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="269" />
            <source>&amp;Amount</source>
            <translation>&amp;Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="270" />
            <source>C&amp;urrency</source>
            <translation>Wä&amp;hrung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="272" />
            <source>&amp;Exchange rate (EUR per unit)</source>
            <translation>&amp;Wechselkurs (EUR je Einheit)</translation>
        </message>
    </context>
    <context>
        <name>PartnershipDetail</name>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/commands.py" line="32" />
            <source>New workplan revision</source>
            <translation>Neue Arbeitsplan-Revision</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="33" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="34" />
            <source>Rooms</source>
            <translation>Räume</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="35" />
            <source>Scholarships</source>
            <translation>Stipendien</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="36" />
            <source>Training places</source>
            <translation>Ausbildungsplätze</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="37" />
            <source>Money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="38" />
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="41" />
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="31" />
            <source>Project leader</source>
            <translation>Projektleitung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="32" />
            <source>Resident adviser</source>
            <translation>Langzeitberater:in (RTA)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="33" />
            <source>Component leader</source>
            <translation>Komponentenleitung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="34" />
            <source>Short-term expert</source>
            <translation>Kurzzeitexpert:in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="35" />
            <source>Long-term expert</source>
            <translation>Langzeitexpert:in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="36" />
            <source>Coordinator</source>
            <translation>Koordinator:in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="37" />
            <source>German lead institution</source>
            <translation>Federführende deutsche Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="38" />
            <source>Partner institution</source>
            <translation>Partnerinstitution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="39" />
            <source>German side</source>
            <translation>Deutsche Seite</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="40" />
            <source>Partner side</source>
            <translation>Partnerseite</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="13" />
            <source>Reform need</source>
            <translation>Reformbedarf</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="14" />
            <source>Ministry check</source>
            <translation>Prüfung durch das Ministerium</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="15" />
            <source>Cooperation concept</source>
            <translation>Kooperationskonzept</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="16" />
            <source>Declaration of intent</source>
            <translation>Absichtserklärung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="17" />
            <source>Rolling workplan</source>
            <translation>Rollierender Arbeitsplan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="18" />
            <source>Implementation</source>
            <translation>Umsetzung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="19" />
            <source>Reporting / evaluation</source>
            <translation>Berichterstattung / Evaluierung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="20" />
            <source>Lasting network</source>
            <translation>Dauerhaftes Netzwerk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="21" />
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="24" />
            <source>Administrative partnership</source>
            <translation>Verwaltungspartnerschaft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="27" />
            <source>EU Twinning</source>
            <translation>EU-Twinning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="28" />
            <source>Municipal partnership</source>
            <translation>Kommunale Partnerschaft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="29" />
            <source>Federal–state programme</source>
            <translation>Bund-Länder-Programm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="30" />
            <source>City partnership exchange</source>
            <translation>Städtepartnerschaft (Verwaltungsaustausch)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="62" />
            <source>&amp;Workplan</source>
            <translation>&amp;Arbeitsplan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="63" />
            <source>&amp;People and institutions</source>
            <translation>&amp;Personen und Institutionen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="64" />
            <source>&amp;Contributions</source>
            <translation>&amp;Beiträge</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/view.py" line="105" />
            <source>This partnership has been deleted.</source>
            <translation>Diese Partnerschaft wurde gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="44" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="45" />
            <source>Confirmed</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="46" />
            <source>Done</source>
            <translation>Durchgeführt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="47" />
            <source>Postponed</source>
            <translation>Verschoben</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="48" />
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="52" />
            <source>Expert mission</source>
            <translation>Experteneinsatz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="53" />
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="54" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="55" />
            <source>Conference</source>
            <translation>Konferenz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="56" />
            <source>Study trip</source>
            <translation>Studienreise</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="57" />
            <source>Staff exchange</source>
            <translation>Personalaustausch</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="58" />
            <source>Steering committee</source>
            <translation>Lenkungsausschuss</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="62" />
            <source>On site</source>
            <translation>Vor Ort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="63" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="64" />
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="145" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="146" />
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="148" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="150" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="151" />
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="152" />
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="153" />
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="154" />
            <source>Mandatory result</source>
            <translation>Pflichtergebnis</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="155" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="156" />
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="157" />
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="158" />
            <source>Actual</source>
            <translation>Istwert</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="159" />
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="160" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="162" />
            <source>Responsible (German side)</source>
            <translation>Verantwortlich (deutsche Seite)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="165" />
            <source>Responsible (partner side)</source>
            <translation>Verantwortlich (Partnerseite)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="167" />
            <source>Experts</source>
            <translation>Expert:innen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="168" />
            <source>Expert-days</source>
            <translation>Experten-Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="170" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="172" />
            <source>Budget line</source>
            <translation>Haushaltsposten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="173" />
            <source>Planned cost</source>
            <translation>Geplante Kosten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_models.py" line="174" />
            <source>Change reason</source>
            <translation>Änderungsgrund</translation>
        </message>
    </context>
    <context>
        <name>PeoplePanel</name>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="60" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="61" />
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="72" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="62" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="63" />
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="69" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="70" />
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="71" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="82" />
            <source>&lt;b&gt;Assigned experts&lt;/b&gt;</source>
            <translation>&lt;b&gt;Eingesetzte Expert:innen&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="84" />
            <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Institutionen&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="90" />
            <source>Coordinator: %1</source>
            <translation>Koordination: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/people.py" line="90" />
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
    </context>
    <context>
        <name>PerDiemBreakdown</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="56" />
            <source>&lt;b&gt;Per-diem breakdown&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tagegeldberechnung&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="62" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="63" />
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="77" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="64" />
            <source>Rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="65" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="66" />
            <source>Breakfast</source>
            <translation>Frühstück</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="67" />
            <source>Lunch</source>
            <translation>Mittagessen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="68" />
            <source>Dinner</source>
            <translation>Abendessen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="69" />
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="81" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="70" />
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="82" />
            <source>Note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="73" />
            <source>&lt;b&gt;Lodging&lt;/b&gt;</source>
            <translation>&lt;b&gt;Übernachtung&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="76" />
            <source>Night of</source>
            <translation>Nacht vom</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="78" />
            <source>Receipt</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="79" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="80" />
            <source>Cap</source>
            <translation>Höchstbetrag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="95" />
            <source>Choose a mission and a person.</source>
            <translation>Wählen Sie einen Einsatz und eine Person.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="104" />
            <source>%1 (rate of %2)</source>
            <translation>%1 (Satz für %2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="146" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="146" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="156" />
            <source>Allowances %1 EUR · Lodging %2 EUR · &lt;b&gt;Total %3 EUR&lt;/b&gt;</source>
            <translation>Tagegeld %1 EUR · Übernachtung %2 EUR · &lt;b&gt;Gesamt %3 EUR&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/breakdown.py" line="163" />
            <source>Claim by %1</source>
            <translation>Abrechnung bis %1</translation>
        </message>
    </context>
    <context>
        <name>PhaseSteps</name>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="65" />
            <source>Set the partnership to this phase (Ctrl+Z undoes it)</source>
            <translation>Partnerschaft in diese Phase setzen (Strg+Z macht es rückgängig)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="87" />
            <source>current phase</source>
            <translation>aktuelle Phase</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/phase_steps.py" line="90" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
    </context>
    <context>
        <name>ReceiptField</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/receipt.py" line="39" />
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/receipt.py" line="40" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/receipt.py" line="54" />
            <source>Choose the receipt</source>
            <translation>Beleg wählen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/receipt.py" line="57" />
            <source>Receipts (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic);;All files (*)</source>
            <translation>Belege (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/receipt.py" line="79" />
            <source>No receipt — drop an image or PDF here</source>
            <translation>Kein Beleg – Bild oder PDF hierher ziehen</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../desktop_app/ui/records/form.py" line="144" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/form.py" line="145" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/form.py" line="146" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/form.py" line="147" />
            <source>Save the changes (Ctrl+S)</source>
            <translation>Änderungen speichern (Strg+S)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/form.py" line="153" />
            <source>New record</source>
            <translation>Neuer Datensatz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/form.py" line="153" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/form.py" line="247" />
            <source>Delete this record? You can undo it with Ctrl+Z.</source>
            <translation>Diesen Datensatz löschen? Mit Strg+Z lässt sich das rückgängig machen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/form.py" line="262" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <location filename="../../desktop_app/ui/records/view.py" line="143" />
            <source>Filter…</source>
            <translation>Filtern…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/view.py" line="144" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/view.py" line="145" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/view.py" line="154" />
            <source>Select a record in the list above to see its entries.</source>
            <translation>Wählen Sie oben einen Datensatz, um seine Einträge zu sehen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/view.py" line="156" />
            <source>No record matches the filter. Clear the filter to see all records.</source>
            <translation>Kein Datensatz passt zum Filter. Leeren Sie den Filter, um alle Datensätze zu sehen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/records/view.py" line="158" />
            <source>No records yet. Fill in the form and press Save to add the first one.</source>
            <translation>Noch keine Datensätze. Füllen Sie das Formular aus und klicken Sie auf „Speichern“, um den ersten anzulegen.</translation>
        </message>
    </context>
    <context>
        <name>RestoreController</name>
        <message>
            <location filename="../../desktop_app/ui/restore.py" line="46" />
            <location filename="../../desktop_app/ui/restore.py" line="81" />
            <location filename="../../desktop_app/ui/restore.py" line="92" />
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/restore.py" line="47" />
            <source>There is no backup yet in %1.</source>
            <translation>In %1 gibt es noch keine Sicherung.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/restore.py" line="71" />
            <source>Backup restored.</source>
            <translation>Sicherung wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/restore.py" line="74" />
            <source>Restoring the backup…</source>
            <translation>Sicherung wird wiederhergestellt…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/restore.py" line="82" />
            <source>Backup to restore (newest first):</source>
            <translation>Wiederherzustellende Sicherung (neueste zuerst):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/restore.py" line="94" />
            <source>Replace the current database with the backup of %1? The current file is kept beside it and is not deleted.</source>
            <translation>Die aktuelle Datenbank durch die Sicherung vom %1 ersetzen? Die aktuelle Datei bleibt daneben erhalten und wird nicht gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>RevisionForm</name>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="92" />
            <source>Approved &amp;by</source>
            <translation>Genehmigt &amp;von</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="93" />
            <source>Approved &amp;on</source>
            <translation>Genehmigt &amp;am</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="94" />
            <source>&amp;Note</source>
            <translation>&amp;Anmerkung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/dialogs.py" line="95" />
            <source>e.g. Steering committee, 3rd meeting</source>
            <translation>z. B. Lenkungsausschuss, 3. Sitzung</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="29" />
            <source>Partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="30" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="31" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="32" />
            <source>Mission</source>
            <translation>Einsatz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="33" />
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="34" />
            <source>Activity log entry</source>
            <translation>Eintrag im Tätigkeitsnachweis</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="147" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="149" />
            <source>Search partnerships, people, institutions, missions, events, log entries…</source>
            <translation>Partnerschaften, Personen, Institutionen, Entsendungen, Veranstaltungen, Tätigkeiten durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="155" />
            <source>Building the search index…</source>
            <translation>Suchindex wird aufgebaut…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="157" />
            <source>Nothing found.</source>
            <translation>Nichts gefunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search/dialog.py" line="159" />
            <source>Enter opens the selected record.</source>
            <translation>Eingabetaste öffnet den gewählten Datensatz.</translation>
        </message>
    </context>
    <context>
        <name>TravelLegForm</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="132" />
            <source>&amp;Departure</source>
            <translation>&amp;Abfahrt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="134" />
            <source>Departure &amp;place</source>
            <translation>Abfahrts&amp;ort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="137" />
            <source>Departure &amp;country</source>
            <translation>Abfahrts&amp;land</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="139" />
            <source>&amp;Arrival</source>
            <translation>A&amp;nkunft</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="140" />
            <source>Arrival p&amp;lace</source>
            <translation>Ankunfts&amp;ort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="142" />
            <source>Arrival c&amp;ountry</source>
            <translation>Ankunftsla&amp;nd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="144" />
            <source>La&amp;nding / border crossing</source>
            <translation>&amp;Landung / Grenzübertritt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="154" />
            <source>Reached country at</source>
            <translation>Land erreicht um</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="155" />
            <source>&amp;Mode</source>
            <translation>&amp;Verkehrsmittel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="157" />
            <source>Cla&amp;ss</source>
            <translation>Kla&amp;sse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="158" />
            <source>Cos&amp;t</source>
            <translation>&amp;Kosten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="159" />
            <source>C&amp;urrency</source>
            <translation>Wä&amp;hrung</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="19" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/events/spec.py" line="77" />
            <location filename="../../desktop_app/ui/views.py" line="88" />
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="20" />
            <source>Experts</source>
            <translation>Expert:innen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="40" />
            <source>Activity log</source>
            <translation>Tätigkeitsnachweis</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/missions/spec.py" line="79" />
            <location filename="../../desktop_app/ui/views.py" line="82" />
            <source>Missions</source>
            <translation>Entsendungen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="41" />
            <source>Core topics</source>
            <translation>Kernthemen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="53" />
            <source>Cross-cutting themes</source>
            <translation>Querschnittsthemen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="75" />
            <source>Assigned experts</source>
            <translation>Eingesetzte Expert:innen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="101" />
            <source>Further institutions</source>
            <translation>Weitere Institutionen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="122" />
            <source>Contributions</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnerships/spec.py" line="173" />
            <location filename="../../desktop_app/ui/views.py" line="70" />
            <source>Partnerships</source>
            <translation>Partnerschaften</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="18" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/people/spec.py" line="57" />
            <source>Institutions</source>
            <translation>Institutionen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/per_diem_rates/spec.py" line="13" />
            <location filename="../../desktop_app/ui/views.py" line="113" />
            <source>Per-diem rates</source>
            <translation>Tagegeldsätze</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="20" />
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="54" />
            <source>Agenda</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/study_trips/spec.py" line="81" />
            <location filename="../../desktop_app/ui/views.py" line="94" />
            <source>Study trips</source>
            <translation>Studienreisen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/views.py" line="76" />
            <location filename="../../desktop_app/ui/workplans/spec.py" line="137" />
            <source>Workplans</source>
            <translation>Arbeitspläne</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/views.py" line="102" />
            <source>My missions</source>
            <translation>Meine Einsätze</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/views.py" line="107" />
            <source>People &amp; institutions</source>
            <translation>Personen &amp; Institutionen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/views.py" line="120" />
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="20" />
            <source>Revisions</source>
            <translation>Revisionen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/workplans/spec.py" line="59" />
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="116" />
            <source>Welcome to PartnerDesk</source>
            <translation>Willkommen bei PartnerDesk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="119" />
            <source>The database is still empty. Look around with the demo data, or set up this installation for your work.</source>
            <translation>Die Datenbank ist noch leer. Sehen Sie sich mit den Demodaten um oder richten Sie diese Installation für Ihre Arbeit ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="123" />
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="126" />
            <source>Partnerships of every programme with workplans, missions, events, a study trip and an expert's activity log, drawn from real programme documents.</source>
            <translation>Partnerschaften aus allen Programmen mit Arbeitsplänen, Entsendungen, Veranstaltungen, einer Studienreise und dem Tätigkeitsnachweis einer Expertin – nach echten Programmunterlagen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="130" />
            <source>Load demo data</source>
            <translation>Demodaten laden</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="131" />
            <location filename="../../desktop_app/ui/welcome.py" line="143" />
            <source>Start empty</source>
            <translation>Leer beginnen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="134" />
            <source>Headquarters collects everything, coordinators plan partnerships, experts log their missions. The role decides what this installation may change.</source>
            <translation>Die Zentrale führt alles zusammen, Koordinator:innen planen Partnerschaften, Expert:innen dokumentieren ihre Einsätze. Die Rolle bestimmt, was diese Installation ändern darf.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="138" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="139" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/welcome.py" line="140" />
            <source>e.g. Coordination Berlin</source>
            <translation>z. B. Koordination Berlin</translation>
        </message>
    </context>
    <context>
        <name>WorkplanPanel</name>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="93" />
            <source>New revision…</source>
            <translation>Neue Revision…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="94" />
            <source>Create workplan</source>
            <translation>Arbeitsplan anlegen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="112" />
            <source>Add activity</source>
            <translation>Aktivität hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="113" />
            <source>Delete activity…</source>
            <translation>Aktivität löschen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="129" />
            <source>&amp;Workplan</source>
            <translation>&amp;Arbeitsplan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="131" />
            <source>&amp;Revision</source>
            <translation>&amp;Revision</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="140" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="237" />
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="238" />
            <source>agreed</source>
            <translation>vereinbart</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="239" />
            <source>superseded</source>
            <translation>ersetzt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="241" />
            <source>Revision %1 (%2)</source>
            <translation>Revision %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="254" />
            <source>dated %1</source>
            <translation>vom %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="256" />
            <source>approved by %1 on %2</source>
            <translation>genehmigt von %1 am %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="260" />
            <source>read only</source>
            <translation>schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="304" />
            <source>New workplan revision</source>
            <translation>Neue Arbeitsplan-Revision</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="317" />
            <source>Rolling workplan</source>
            <translation>Rollierender Arbeitsplan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="332" />
            <source>New activity</source>
            <translation>Neue Aktivität</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="347" />
            <source>Delete activity</source>
            <translation>Aktivität löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/partnership_detail/workplan_panel.py" line="348" />
            <source>Delete the selected activity from this revision? Ctrl+Z undoes it.</source>
            <translation>Die gewählte Aktivität aus dieser Revision löschen? Strg+Z macht es rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>_ReceiptForm</name>
        <message>
            <location filename="../../desktop_app/ui/expert_day/forms.py" line="257" />
            <source>&amp;Receipt</source>
            <translation>&amp;Beleg</translation>
        </message>
    </context>
</TS>