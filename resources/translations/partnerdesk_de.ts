<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Built on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Development version (not a built package)</source>
        <translation>Entwicklungsstand (kein erstelltes Paket)</translation>
    </message>
    <message>
        <source>Third-party licences…</source>
        <translation>Lizenzen Dritter…</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>e.g. 7.5</source>
        <translation>z. B. 7,5</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Tätigkeit</translation>
    </message>
    <message>
        <source>W&amp;ith whom</source>
        <translation>Mit &amp;wem</translation>
    </message>
    <message>
        <source>&amp;Outputs</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>Agreed &amp;by</source>
        <translation>Vereinbart &amp;von</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>Vereinbart &amp;am</translation>
    </message>
    <message>
        <source>e.g. Steering committee, 3rd meeting</source>
        <translation>z. B. Lenkungsausschuss, 3. Sitzung</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>PartnerDesk – database damaged</source>
        <translation>PartnerDesk – Datenbank beschädigt</translation>
    </message>
    <message>
        <source>Restore the last good backup now? The damaged file is kept beside it, unchanged.</source>
        <translation>Die letzte gute Sicherung jetzt wiederherstellen? Die beschädigte Datei bleibt unverändert daneben erhalten.</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Daily backup saved.</source>
        <translation>Tägliche Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>PartnerDesk – daily backup</source>
        <translation>PartnerDesk – tägliche Sicherung</translation>
    </message>
    <message>
        <source>The daily backup failed its check (%2) and was removed; the database itself is unchanged. If this happens again, restore an older backup (File › Restore from backup).</source>
        <translation>Die tägliche Sicherung hat die Prüfung nicht bestanden (%2) und wurde entfernt; die Datenbank selbst ist unverändert. Geschieht das wieder, spielen Sie eine ältere Sicherung zurück (Datei › Aus Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>The daily backup could not be written to %1 (%2). Free some space there; the database itself is unchanged.</source>
        <translation>Die tägliche Sicherung konnte nicht in %1 geschrieben werden (%2). Schaffen Sie dort Platz; die Datenbank selbst ist unverändert.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to restore (newest first):</source>
        <translation>Wählen Sie die Sicherung, die zurückgespielt werden soll (neueste zuerst):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Click a bar or a number to see the records behind it.</source>
        <translation>Ein Klick auf einen Balken oder eine Zahl zeigt die Einträge dahinter.</translation>
    </message>
    <message>
        <source>No data for these filters.</source>
        <translation>Keine Daten für diese Filter.</translation>
    </message>
    <message>
        <source>The %1 partnerships with the highest share spent of %2.</source>
        <translation>Die %1 Partnerschaften mit dem höchsten verbrauchten Anteil von %2.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>The chart could not be saved</source>
        <translation>Das Diagramm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Writing %1 failed. Choose a folder you may write to.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Save chart data</source>
        <translation>Diagrammdaten speichern</translation>
    </message>
    <message>
        <source>The chart data could not be saved</source>
        <translation>Die Diagrammdaten konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export data as Excel…</source>
        <translation>Daten als Excel exportieren…</translation>
    </message>
</context>
<context>
    <name>ClaimSection</name>
    <message>
        <source>&amp;Start of the trip</source>
        <translation>&amp;Reiseantritt</translation>
    </message>
    <message>
        <source>&amp;End of the trip</source>
        <translation>R&amp;eiseende</translation>
    </message>
    <message>
        <source>&amp;Business began</source>
        <translation>Dienstgeschäft &amp;begonnen</translation>
    </message>
    <message>
        <source>Business e&amp;nded</source>
        <translation>Dienstgeschäft be&amp;endet</translation>
    </message>
    <message>
        <source>Bahn&amp;Card</source>
        <translation>Bahn&amp;Card</translation>
    </message>
    <message>
        <source>e.g. BahnCard 50, 2nd class, paid by me</source>
        <translation>z. B. BahnCard 50, 2. Klasse, privat bezahlt</translation>
    </message>
    <message>
        <source>Claim s&amp;ubmitted on</source>
        <translation>Abrechnung eingereicht a&amp;m</translation>
    </message>
    <message>
        <source>Personnel &amp;number</source>
        <translation>Personal&amp;nummer</translation>
    </message>
    <message>
        <source>Official &amp;title</source>
        <translation>Amts- oder &amp;Dienstbezeichnung</translation>
    </message>
    <message>
        <source>&amp;Organisational unit</source>
        <translation>&amp;Organisationseinheit</translation>
    </message>
    <message>
        <source>Cost c&amp;entre</source>
        <translation>Kostenst&amp;elle</translation>
    </message>
    <message>
        <source>Street and &amp;house number</source>
        <translation>Straße und &amp;Hausnummer</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>BI&amp;C</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <source>Account &amp;holder</source>
        <translation>Konto&amp;inhaber</translation>
    </message>
    <message>
        <source>The trip as the claim form asks for it</source>
        <translation>Die Reise, wie der Abrechnungsantrag sie erfragt</translation>
    </message>
    <message>
        <source>My data for the claim form (kept on this installation and at HQ only)</source>
        <translation>Meine Angaben für den Abrechnungsantrag (nur auf dieser Installation und bei der Zentrale gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Save claim data</source>
        <translation>Abrechnungsangaben &amp;speichern</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>an der Wohnung</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>an der Dienststätte</translation>
    </message>
    <message>
        <source>Claim data saved.</source>
        <translation>Abrechnungsangaben gespeichert.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Zielort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Querschnittsthema</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>German lead</source>
        <translation>Deutsche Federführung</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Daily allowance (EUR)</source>
        <translation>Tagegeld (EUR)</translation>
    </message>
    <message>
        <source>Lodging cap (EUR)</source>
        <translation>Übernachtungsgeld (EUR)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Gastgebende Institution</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>City row</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>missing (not verified)</source>
        <translation>fehlt (nicht geprüft)</translation>
    </message>
</context>
<context>
    <name>ConcurrentEdit</name>
    <message>
        <source>Redo is not possible for “%1”: %2 Nothing was redone.</source>
        <translation>Wiederholen für „%1“ nicht möglich: %2 Nichts wurde wiederholt.</translation>
    </message>
    <message>
        <source>Undo is not possible for “%1”: %2 Nothing was undone.</source>
        <translation>Rückgängig für „%1“ nicht möglich: %2 Nichts wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Deleted meanwhile</source>
        <translation>Inzwischen gelöscht</translation>
    </message>
    <message>
        <source>Save as &amp;new</source>
        <translation>Als &amp;neu speichern</translation>
    </message>
    <message>
        <source>“%1” was deleted since you opened it (by an import, another window or an undo), so your changes cannot be saved to it.

Save as new adds what the form holds as a new record. Discard drops your changes. Cancel keeps them in the form.</source>
        <translation>„%1“ wurde gelöscht, seit Sie es geöffnet haben (durch einen Import, ein anderes Fenster oder ein Rückgängigmachen); Ihre Änderungen lassen sich daher nicht dort speichern.

Als neu speichern legt den Inhalt des Formulars als neuen Eintrag an. Verwerfen verwirft Ihre Änderungen. Abbrechen lässt sie im Formular.</translation>
    </message>
    <message>
        <source>this installation (another window, an import or a command)</source>
        <translation>dieser Installation (einem anderen Fenster, einem Import oder einem Befehl)</translation>
    </message>
    <message>
        <source>another installation</source>
        <translation>einer anderen Installation</translation>
    </message>
    <message>
        <source>It was changed by %1 at %2.</source>
        <translation>Geändert von %1 am %2.</translation>
    </message>
    <message>
        <source>It was changed by %1.</source>
        <translation>Geändert von %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Redo is not possible: “%1” was deleted by %2 after your undo. Nothing was redone.</source>
        <translation>Wiederholen nicht möglich: „%1“ wurde nach Ihrem Rückgängigmachen von %2 gelöscht. Nichts wurde wiederholt.</translation>
    </message>
    <message>
        <source>Redo is not possible: “%1” was changed by %2 after your undo, and redoing would overwrite that change. Nothing was redone; make your change again by hand if needed.</source>
        <translation>Wiederholen nicht möglich: „%1“ wurde nach Ihrem Rückgängigmachen von %2 geändert, und Wiederholen würde diese Änderung überschreiben. Nichts wurde wiederholt; nehmen Sie Ihre Änderung bei Bedarf von Hand erneut vor.</translation>
    </message>
    <message>
        <source>Undo is not possible: “%1” was deleted by %2 after your change. Nothing was undone.</source>
        <translation>Rückgängig nicht möglich: „%1“ wurde nach Ihrer Änderung von %2 gelöscht. Nichts wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undo is not possible: “%1” was changed by %2 after your change, and undoing would overwrite that change. Nothing was undone; the record stays as it is now, correct it by hand if needed.</source>
        <translation>Rückgängig nicht möglich: „%1“ wurde nach Ihrer Änderung von %2 geändert, und Rückgängigmachen würde diese Änderung überschreiben. Nichts wurde rückgängig gemacht; der Eintrag bleibt, wie er jetzt ist – korrigieren Sie ihn bei Bedarf von Hand.</translation>
    </message>
    <message>
        <source>This step has been removed from the undo history.</source>
        <translation>Dieser Schritt wurde aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
    <message>
        <source>“%1” was changed since you opened it, so your changes are not saved yet.</source>
        <translation>„%1“ wurde geändert, seit Sie es geöffnet haben; Ihre Änderungen sind deshalb noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reload shows the record as it is now and drops your changes. Overwrite saves your changes over it. Cancel keeps your changes in the form.</source>
        <translation>„Neu laden“ zeigt den jetzigen Stand und verwirft Ihre Änderungen. „Überschreiben“ speichert Ihre Änderungen darüber. „Abbrechen“ lässt Ihre Änderungen im Formular.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
</context>
<context>
    <name>ContributionsPanel</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Add contribution…</source>
        <translation>Kofinanzierung hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Kofinanzierung hinzufügen</translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation>Kofinanzierung bearbeiten</translation>
    </message>
    <message>
        <source>Delete contribution</source>
        <translation>Kofinanzierung löschen</translation>
    </message>
    <message>
        <source>Delete the selected contribution? You can undo this with Ctrl+Z.</source>
        <translation>Die gewählte Kofinanzierung löschen? Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>PartnerDesk – unexpected error</source>
        <translation>PartnerDesk – unerwarteter Fehler</translation>
    </message>
    <message>
        <source>PartnerDesk ran into an unexpected error. Everything saved before is safe. If the error comes back, send the details (or the log file) to your IT support.</source>
        <translation>In PartnerDesk ist ein unerwarteter Fehler aufgetreten. Alles zuvor Gespeicherte ist sicher. Tritt der Fehler wieder auf, schicken Sie die Details (oder die Protokolldatei) an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Read in an edited workplan</source>
        <translation>Bearbeiteten Arbeitsplan einlesen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>e.g. steering committee</source>
        <translation>z. B. Lenkungsausschuss</translation>
    </message>
    <message>
        <source>agreed on</source>
        <translation>abgestimmt am</translation>
    </message>
    <message>
        <source>Read in from %1</source>
        <translation>Eingelesen aus %1</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Genehmigt &amp;von</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anmerkung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The file matches the current revision: nothing to apply.</source>
        <translation>Die Datei entspricht der aktuellen Revision: nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Neu aufgenommen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Read in workplan</source>
        <translation>Arbeitsplan einlesen</translation>
    </message>
    <message>
        <source>The workplan cannot be read in</source>
        <translation>Der Arbeitsplan kann nicht eingelesen werden</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct the file and read it in again.</source>
        <translation>Es wurde nichts geändert. Korrigieren Sie die Datei und lesen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Reading the workplan …</source>
        <translation>Arbeitsplan wird gelesen …</translation>
    </message>
    <message>
        <source>The document was saved as
%1

Open it now?</source>
        <translation>Das Dokument wurde gespeichert unter
%1

Jetzt öffnen?</translation>
    </message>
    <message>
        <source>The document could not be written</source>
        <translation>Das Dokument konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Writing the document …</source>
        <translation>Dokument wird erstellt …</translation>
    </message>
    <message>
        <source>Save the declaration of intent</source>
        <translation>Absichtserklärung speichern</translation>
    </message>
    <message>
        <source>Save the rolling workplan</source>
        <translation>Arbeitsplan speichern</translation>
    </message>
    <message>
        <source>Travel-expense declaration of:</source>
        <translation>Reisekostenabrechnung für:</translation>
    </message>
    <message>
        <source>This mission has no expert assigned yet.</source>
        <translation>Diesem Einsatz ist noch keine Expertin und kein Experte zugeordnet.</translation>
    </message>
    <message>
        <source>Save the travel-expense declaration</source>
        <translation>Reisekostenabrechnung speichern</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Einsatzbericht speichern</translation>
    </message>
    <message>
        <source>The travel-expense declaration of %1 cannot be exported as final: the lodging cap (column 3 of the per-diem table) of the night(s) of %2 is not yet in the table, so the claim total is incomplete. HQ imports the official table (“Import table…” in Per-diem rates, or partnerdesk rates import FILE); the rates reach this installation with the next bundle. Then export again.</source>
        <translation>Die Reisekostenabrechnung von %1 kann nicht endgültig ausgegeben werden: Der Höchstbetrag des Übernachtungsgeldes (Spalte 3 der Tagegeldtabelle) für die Nacht/Nächte vom %2 steht noch nicht in der Tabelle, die Gesamtsumme ist daher unvollständig. Die Zentrale importiert die amtliche Tabelle („Tabelle importieren…“ unter Tagegeldsätze oder partnerdesk rates import DATEI); die Sätze kommen mit dem nächsten Synchronisationspaket auf diese Installation. Geben Sie die Abrechnung danach erneut aus.</translation>
    </message>
    <message>
        <source>Against revision %1: %2 added, %3 changed, %4 removed; conflicts: %5.</source>
        <translation>Gegenüber Revision %1: %2 neu, %3 geändert, %4 entfallen; Konflikte: %5.</translation>
    </message>
    <message>
        <source>Activity / column</source>
        <translation>Aktivität / Spalte</translation>
    </message>
    <message>
        <source>&amp;Apply as new draft revision</source>
        <translation>Als neuen Revisions&amp;entwurf übernehmen</translation>
    </message>
    <message>
        <source>Changed in PartnerDesk since the export (kept)</source>
        <translation>Seit dem Export in PartnerDesk geändert (bleibt erhalten)</translation>
    </message>
    <message>
        <source>Changed both in PartnerDesk and in the file since the export: choose which value the new revision takes.</source>
        <translation>Seit dem Export sowohl in PartnerDesk als auch in der Datei geändert: Wählen Sie, welchen Wert die neue Revision übernimmt.</translation>
    </message>
    <message>
        <source>When exported</source>
        <translation>Beim Export</translation>
    </message>
    <message>
        <source>In PartnerDesk</source>
        <translation>In PartnerDesk</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>whole activity</source>
        <translation>ganze Aktivität</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— bitte wählen —</translation>
    </message>
    <message>
        <source>Keep PartnerDesk&apos;s value</source>
        <translation>Wert aus PartnerDesk behalten</translation>
    </message>
    <message>
        <source>Take the file&apos;s value</source>
        <translation>Wert aus der Datei übernehmen</translation>
    </message>
    <message>
        <source>Keep all from PartnerDesk</source>
        <translation>Alle aus PartnerDesk behalten</translation>
    </message>
    <message>
        <source>Take all from the file</source>
        <translation>Alle aus der Datei übernehmen</translation>
    </message>
    <message>
        <source>PDF export needs LibreOffice, which is not installed on this computer. Install LibreOffice (or set PARTNERDESK_SOFFICE to its program) and restart PartnerDesk; Word and Excel files can be saved as usual.</source>
        <translation>Für den PDF-Export wird LibreOffice benötigt, das auf diesem Computer nicht installiert ist. Installieren Sie LibreOffice (oder setzen Sie PARTNERDESK_SOFFICE auf dessen Programm) und starten Sie PartnerDesk neu; Word- und Excel-Dateien können wie gewohnt gespeichert werden.</translation>
    </message>
    <message>
        <source>No declaration of intent</source>
        <translation>Keine Absichtserklärung</translation>
    </message>
    <message>
        <source>EU Twinning projects have no joint declaration of intent: a Twinning project is based on its Twinning contract with the European Union and the work plan it contains (EU Twinning Manual). Save the rolling workplan instead.</source>
        <translation>Für EU-Twinning-Projekte gibt es keine gemeinsame Absichtserklärung: Ein Twinning-Projekt beruht auf dem Twinning-Vertrag mit der Europäischen Union und dem darin enthaltenen Arbeitsplan (EU-Twinning-Handbuch). Speichern Sie stattdessen den rollierenden Arbeitsplan.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>No PDF: LibreOffice is missing</source>
        <translation>Kein PDF: LibreOffice fehlt</translation>
    </message>
    <message>
        <source>Export travel-expense declaration as PDF…</source>
        <translation>Reisekostenabrechnung als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export mission report as PDF…</source>
        <translation>Einsatzbericht als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export declaration of intent as PDF…</source>
        <translation>Absichtserklärung als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export progress report as PDF…</source>
        <translation>Fortschrittsbericht als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export workplan as PDF…</source>
        <translation>Arbeitsplan als PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Compare the fingerprints</source>
        <translation>Fingerabdrücke vergleichen</translation>
    </message>
    <message>
        <source>This installation is set up as “%1” (%2).</source>
        <translation>Diese Installation ist eingerichtet als „%1“ (%2).</translation>
    </message>
    <message>
        <source>1. Call %1 and read out both fingerprints; they must see the same on their screen.
2. Send them the enrolment request (by e-mail or USB stick): %2
3. Once they have accepted it, import their first bundle under Sync.</source>
        <translation>1. Rufen Sie %1 an und lesen Sie beide Fingerabdrücke vor; dort muss dasselbe auf dem Bildschirm stehen.
2. Schicken Sie die Registrierungsanfrage (per E-Mail oder USB-Stick): %2
3. Sobald sie angenommen ist, importieren Sie das erste Paket unter „Synchronisation“.</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>Dieser Laptop:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Save a copy of the request…</source>
        <translation>Kopie der Anfrage speichern…</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation>Registrierungsanfrage speichern</translation>
    </message>
    <message>
        <source>Enrolment requests (*.json)</source>
        <translation>Registrierungsanfragen (*.json)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>EntrySection</name>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>Eingabetaste oder Strg+Eingabetaste</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Choose a mission and a person first.</source>
        <translation>Wählen Sie zuerst einen Einsatz und eine Person.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Entry added.</source>
        <translation>Eintrag hinzugefügt.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Editing the selected entry.</source>
        <translation>Der gewählte Eintrag wird bearbeitet.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
    <message>
        <source>Reloaded: the entry as it is now.</source>
        <translation>Neu geladen: der Eintrag, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Administrative partnership</source>
        <translation>Verwaltungspartnerschaft</translation>
    </message>
    <message>
        <source>EU Twinning</source>
        <translation>EU-Twinning</translation>
    </message>
    <message>
        <source>Municipal partnership</source>
        <translation>Kommunale Partnerschaft</translation>
    </message>
    <message>
        <source>Federal–state programme (BLP)</source>
        <translation>Bund-Länder-Programm (BLP)</translation>
    </message>
    <message>
        <source>City partnership exchange</source>
        <translation>Städtepartnerschaft (Verwaltungsaustausch)</translation>
    </message>
    <message>
        <source>Reform need</source>
        <translation>Reformbedarf</translation>
    </message>
    <message>
        <source>Ministry check</source>
        <translation>Prüfung durch das Ministerium</translation>
    </message>
    <message>
        <source>Cooperation concept</source>
        <translation>Kooperationskonzept</translation>
    </message>
    <message>
        <source>Declaration of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Rolling workplan</source>
        <translation>Rollierender Arbeitsplan</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Reporting and evaluation</source>
        <translation>Berichterstattung und Evaluierung</translation>
    </message>
    <message>
        <source>Lasting network</source>
        <translation>Dauerhaftes Netzwerk</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>German side</source>
        <translation>Deutsche Seite</translation>
    </message>
    <message>
        <source>Partner side</source>
        <translation>Partnerseite</translation>
    </message>
    <message>
        <source>Federal ministry</source>
        <translation>Bundesministerium</translation>
    </message>
    <message>
        <source>Federal agency</source>
        <translation>Bundesbehörde</translation>
    </message>
    <message>
        <source>Land ministry</source>
        <translation>Landesministerium</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerium</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NRO</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>Durchführungsorganisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert:in</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator:in</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Ansprechperson beim Partner</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Projektleitung</translation>
    </message>
    <message>
        <source>Resident adviser</source>
        <translation>Langzeitberater:in (RTA)</translation>
    </message>
    <message>
        <source>Component leader</source>
        <translation>Komponentenleitung</translation>
    </message>
    <message>
        <source>Short-term expert</source>
        <translation>Kurzzeitexpert:in</translation>
    </message>
    <message>
        <source>Long-term expert</source>
        <translation>Langzeitexpert:in</translation>
    </message>
    <message>
        <source>Sustainable Development Goal</source>
        <translation>Ziel für nachhaltige Entwicklung (SDG)</translation>
    </message>
    <message>
        <source>Do No Harm</source>
        <translation>Do No Harm</translation>
    </message>
    <message>
        <source>Gender &amp; Diversity</source>
        <translation>Gender &amp; Diversität</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Nachhaltigkeit</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Scholarships</source>
        <translation>Stipendien</translation>
    </message>
    <message>
        <source>Training places</source>
        <translation>Ausbildungsplätze</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Expert mission</source>
        <translation>Experteneinsatz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Study trip</source>
        <translation>Studienreise</translation>
    </message>
    <message>
        <source>Staff exchange</source>
        <translation>Personalaustausch</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Lenkungsausschuss</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Kurzzeiteinsatz</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Langzeiteinsatz</translation>
    </message>
    <message>
        <source>Job shadowing (Hospitation)</source>
        <translation>Hospitation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Export and investment promotion</source>
        <translation>Export- und Investitionsförderung</translation>
    </message>
    <message>
        <source>Public procurement and competition law</source>
        <translation>Vergabe- und Wettbewerbsrecht</translation>
    </message>
    <message>
        <source>Quality infrastructure</source>
        <translation>Qualitätsinfrastruktur</translation>
    </message>
    <message>
        <source>Digitalisation and innovation</source>
        <translation>Digitalisierung und Innovation</translation>
    </message>
    <message>
        <source>SME and start-up promotion</source>
        <translation>Mittelstands- und Gründungsförderung</translation>
    </message>
    <message>
        <source>Economic and industrial policy</source>
        <translation>Wirtschafts- und Industriepolitik</translation>
    </message>
    <message>
        <source>Regional economic development</source>
        <translation>Regionale Wirtschaftsentwicklung</translation>
    </message>
    <message>
        <source>Energy markets, efficiency and renewables</source>
        <translation>Energiemärkte, Energieeffizienz und erneuerbare Energien</translation>
    </message>
    <message>
        <source>Official table</source>
        <translation>Amtliche Tabelle</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
</context>
<context>
    <name>ExpenseForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>Be&amp;schreibung</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>&amp;Exchange rate (EUR per unit)</source>
        <translation>&amp;Wechselkurs (EUR je Einheit)</translation>
    </message>
    <message>
        <source>&amp;Paid by</source>
        <translation>&amp;Bezahlt von</translation>
    </message>
    <message>
        <source>me</source>
        <translation>mir</translation>
    </message>
    <message>
        <source>the office (booked for me)</source>
        <translation>der Dienststelle (für mich gebucht)</translation>
    </message>
</context>
<context>
    <name>ExpertDay</name>
    <message>
        <source>Air</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Pkw</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Fahrtkosten</translation>
    </message>
    <message>
        <source>Local transport</source>
        <translation>Nahverkehr</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>the office (booked for me)</source>
        <translation>der Dienststelle (für mich gebucht)</translation>
    </message>
    <message>
        <source>me</source>
        <translation>mir</translation>
    </message>
</context>
<context>
    <name>ExpertDayView</name>
    <message>
        <source>Activity log entry</source>
        <translation>Eintrag im Tätigkeitsnachweis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Travel leg</source>
        <translation>Reiseabschnitt</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Reached at</source>
        <translation>Erreicht um</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Meals provided</source>
        <translation>Gestellte Mahlzeiten</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Frühstück</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Abendessen</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Übernachtung</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <source>With receipt</source>
        <translation>Mit Beleg</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Auslage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>1 Activity log</source>
        <translation>1 Tätigkeitsnachweis</translation>
    </message>
    <message>
        <source>2 Travel</source>
        <translation>2 Reise</translation>
    </message>
    <message>
        <source>3 Meals</source>
        <translation>3 Mahlzeiten</translation>
    </message>
    <message>
        <source>4 Nights</source>
        <translation>4 Übernachtungen</translation>
    </message>
    <message>
        <source>5 Expenses</source>
        <translation>5 Auslagen</translation>
    </message>
    <message>
        <source>6 Claim</source>
        <translation>6 Abrechnung</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Einsatz</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>No mission yet</source>
        <translation>Noch kein Einsatz</translation>
    </message>
    <message>
        <source>Import the bundle from your coordinator to see your missions.</source>
        <translation>Importieren Sie das Paket Ihrer Koordinator:in, um Ihre Einsätze zu sehen.</translation>
    </message>
    <message>
        <source>Plan a mission under Missions; it then appears here.</source>
        <translation>Planen Sie einen Einsatz unter „Einsätze“; er erscheint dann hier.</translation>
    </message>
    <message>
        <source>Go to Sync</source>
        <translation>Zur Synchronisation</translation>
    </message>
    <message>
        <source>Go to Missions</source>
        <translation>Zu den Einsätzen</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>%1 bis %2 · %3</translation>
    </message>
    <message>
        <source>No mission yet.</source>
        <translation>Noch kein Einsatz.</translation>
    </message>
    <message>
        <source>Choose a mission and a person.</source>
        <translation>Wählen Sie einen Einsatz und eine Person.</translation>
    </message>
    <message>
        <source>The per diem cannot be calculated: %1</source>
        <translation>Das Tagegeld lässt sich nicht berechnen: %1</translation>
    </message>
    <message>
        <source>Add the first travel leg to see the per-diem breakdown.</source>
        <translation>Erfassen Sie den ersten Reiseabschnitt, um die Tagegeldberechnung zu sehen.</translation>
    </message>
    <message>
        <source>7 Per diem</source>
        <translation>7 Tagegeld</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Institution (empty: all)</source>
        <translation>Institution (leer: alle)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Gender not stated</source>
        <translation>Geschlecht nicht angegeben</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Trainer:innen</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destination city</source>
        <translation>Zielort</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Approval reference</source>
        <translation>Genehmigungszeichen</translation>
    </message>
    <message>
        <source>Workplan activity</source>
        <translation>Arbeitsplan-Aktivität</translation>
    </message>
    <message>
        <source>Report: findings</source>
        <translation>Bericht: Feststellungen</translation>
    </message>
    <message>
        <source>Report: recommendations</source>
        <translation>Bericht: Empfehlungen</translation>
    </message>
    <message>
        <source>Report: next steps</source>
        <translation>Bericht: nächste Schritte</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Querschnittsthema</translation>
    </message>
    <message>
        <source>SDG number</source>
        <translation>SDG-Nummer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>German lead institution</source>
        <translation>Federführende deutsche Institution</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Partnerinstitution</translation>
    </message>
    <message>
        <source>German municipality</source>
        <translation>Deutsche Kommune</translation>
    </message>
    <message>
        <source>Partner municipality</source>
        <translation>Partnerkommune</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator:in</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Reform need</source>
        <translation>Reformbedarf</translation>
    </message>
    <message>
        <source>Cooperation concept</source>
        <translation>Kooperationskonzept</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Fachgebiete</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Daily allowance (EUR)</source>
        <translation>Tagegeld (EUR)</translation>
    </message>
    <message>
        <source>Lodging cap (EUR)</source>
        <translation>Übernachtungsgeld (EUR)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Person (if recorded)</source>
        <translation>Person (falls erfasst)</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Gastgebende Institution</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Revision date</source>
        <translation>Datum der Revision</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Activity number</source>
        <translation>Aktivitätsnummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Mandatory result</source>
        <translation>Pflichtergebnis</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Responsible (German side)</source>
        <translation>Verantwortlich (deutsche Seite)</translation>
    </message>
    <message>
        <source>Responsible (partner side)</source>
        <translation>Verantwortlich (Partnerseite)</translation>
    </message>
    <message>
        <source>Experts planned</source>
        <translation>Geplante Expert:innen</translation>
    </message>
    <message>
        <source>Expert-days planned</source>
        <translation>Geplante Experten-Tage</translation>
    </message>
    <message>
        <source>Participants planned</source>
        <translation>Geplante Teilnehmende</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Haushaltsposten</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>Geplante Kosten</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>Änderungsgrund</translation>
    </message>
    <message>
        <source>activity number</source>
        <translation>Aktivitätsnummer</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>Aktivitätstyp</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>approval reference</source>
        <translation>Genehmigungszeichen</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>arrival time</source>
        <translation>Ankunftszeit</translation>
    </message>
    <message>
        <source>arrival country</source>
        <translation>Ankunftsland</translation>
    </message>
    <message>
        <source>arrival place</source>
        <translation>Ankunftsort</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>border crossing time</source>
        <translation>Zeitpunkt des Grenzübertritts</translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation>Frühstück</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>Haushaltsposten</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>change reason</source>
        <translation>Änderungsgrund</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>Kooperationskonzept</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Koordinator:in</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>cost of the trip</source>
        <translation>Kosten der Reise</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>daily allowance</source>
        <translation>Tagegeld</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>departure time</source>
        <translation>Abfahrtszeit</translation>
    </message>
    <message>
        <source>departure country</source>
        <translation>Abfahrtsland</translation>
    </message>
    <message>
        <source>departure place</source>
        <translation>Abfahrtsort</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>destination city</source>
        <translation>Zielort</translation>
    </message>
    <message>
        <source>destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>dinner</source>
        <translation>Abendessen</translation>
    </message>
    <message>
        <source>count of diverse participants</source>
        <translation>Anzahl Teilnehmende (divers)</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>expert days planned</source>
        <translation>Geplante Experten-Tage</translation>
    </message>
    <message>
        <source>expertise</source>
        <translation>Fachgebiete</translation>
    </message>
    <message>
        <source>experts planned</source>
        <translation>Geplante Expert:innen</translation>
    </message>
    <message>
        <source>count of women</source>
        <translation>Anzahl Frauen</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>host institution</source>
        <translation>Gastgebende Institution</translation>
    </message>
    <message>
        <source>number of hours</source>
        <translation>Stundenzahl</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>&apos;sample rate&apos; choice</source>
        <translation>Auswahl „Beispielwert“</translation>
    </message>
    <message>
        <source>item key</source>
        <translation>Aktivitätsschlüssel</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>lodging cap</source>
        <translation>Übernachtungsgeld</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>count of men</source>
        <translation>Anzahl Männer</translation>
    </message>
    <message>
        <source>media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>travel mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>count of participants who did not state a gender</source>
        <translation>Anzahl Teilnehmende ohne Angabe des Geschlechts</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&apos;online&apos; choice</source>
        <translation>Auswahl „Online“</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>participants planned</source>
        <translation>Geplante Teilnehmende</translation>
    </message>
    <message>
        <source>partner country</source>
        <translation>Partnerland</translation>
    </message>
    <message>
        <source>partner institution</source>
        <translation>Partnerinstitution</translation>
    </message>
    <message>
        <source>partner municipality</source>
        <translation>Partnerkommune</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>planned cost</source>
        <translation>Geplante Kosten</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>reform need</source>
        <translation>Reformbedarf</translation>
    </message>
    <message>
        <source>report findings</source>
        <translation>Bericht: Feststellungen</translation>
    </message>
    <message>
        <source>report next steps</source>
        <translation>Bericht: nächste Schritte</translation>
    </message>
    <message>
        <source>report recommendations</source>
        <translation>Bericht: Empfehlungen</translation>
    </message>
    <message>
        <source>responsible person on the German side</source>
        <translation>Verantwortlich (deutsche Seite)</translation>
    </message>
    <message>
        <source>responsible person on the partner side</source>
        <translation>Verantwortlich (Partnerseite)</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Pflichtergebnis</translation>
    </message>
    <message>
        <source>revision date</source>
        <translation>Datum der Revision</translation>
    </message>
    <message>
        <source>workplan revision</source>
        <translation>Arbeitsplan-Revision</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>study trip</source>
        <translation>Studienreise</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Querschnittsthema</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>trainers</source>
        <translation>Trainer:innen</translation>
    </message>
    <message>
        <source>travel class</source>
        <translation>Reiseklasse</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>valid-from date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&apos;with receipt&apos; choice</source>
        <translation>Auswahl „Mit Beleg“</translation>
    </message>
    <message>
        <source>with whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>workplan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>workplan item key</source>
        <translation>Schlüssel der Arbeitsplan-Aktivität</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>City row</source>
        <translation>Ort der Tabelle (leer: im Übrigen)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <source>BahnCard</source>
        <translation>BahnCard</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>end of the business</source>
        <translation>Ende des Dienstgeschäfts</translation>
    </message>
    <message>
        <source>start of the business</source>
        <translation>Beginn des Dienstgeschäfts</translation>
    </message>
    <message>
        <source>&apos;lunch in a canteen&apos; choice</source>
        <translation>Auswahl „Mittagessen in einer Kantine“</translation>
    </message>
    <message>
        <source>&apos;complete table&apos; choice</source>
        <translation>Auswahl „vollständige Tabelle“</translation>
    </message>
    <message>
        <source>cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>place where the trip ends</source>
        <translation>Ort des Reiseendes</translation>
    </message>
    <message>
        <source>number of table rows</source>
        <translation>Zahl der Tabellenzeilen</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>official title</source>
        <translation>Amts- oder Dienstbezeichnung</translation>
    </message>
    <message>
        <source>organisational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>&apos;paid by&apos; choice</source>
        <translation>Auswahl „bezahlt von“</translation>
    </message>
    <message>
        <source>personnel number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>rate place</source>
        <translation>Ort für den Tagessatz</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>place where the trip starts</source>
        <translation>Ort des Reiseantritts</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>submission date</source>
        <translation>Einreichungsdatum</translation>
    </message>
    <message>
        <source>end of the trip</source>
        <translation>Reiseende</translation>
    </message>
    <message>
        <source>start of the trip</source>
        <translation>Reiseantritt</translation>
    </message>
    <message>
        <source>report period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>report section</source>
        <translation>Berichtsabschnitt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>FittedTableView</name>
    <message>
        <source>More columns appear when the list is wider (drag the divider to the right); the form beside the list shows every field.</source>
        <translation>Weitere Spalten erscheinen, wenn die Liste breiter ist (Trennlinie nach rechts ziehen); das Formular neben der Liste zeigt alle Felder.</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>PartnerDesk – Handbook</source>
        <translation>PartnerDesk – Handbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>Import a per-diem table</source>
        <translation>Tagegeldtabelle importieren</translation>
    </message>
    <message>
        <source>HTML of the official page, CSV or XLSX</source>
        <translation>HTML der amtlichen Seite, CSV oder XLSX</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>The file holds only part of the table</source>
        <translation>Die Datei enthält nur einen Teil der Tabelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Valid from</source>
        <translation>&amp;Gültig ab</translation>
    </message>
    <message>
        <source>Choose the published table to see what would change.</source>
        <translation>Wählen Sie die veröffentlichte Tabelle, um zu sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Country / city</source>
        <translation>Land / Ort</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Published per-diem table</source>
        <translation>Veröffentlichte Tagegeldtabelle</translation>
    </message>
    <message>
        <source>Rate tables (*.html *.htm *.csv *.xlsx *.txt)</source>
        <translation>Tagegeldtabellen (*.html *.htm *.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1 Nothing was changed.</source>
        <translation>Diese Datei kann nicht importiert werden: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>part of the table</source>
        <translation>Teil der Tabelle</translation>
    </message>
    <message>
        <source>%1, valid from %2 (%3): %4 added, %5 changed, %6 removed, %7 unchanged.</source>
        <translation>%1, gültig ab %2 (%3): %4 neu, %5 geändert, %6 entfernt, %7 unverändert.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1 rows without lodging cap (column 3 not verified).</source>
        <translation>%1 Zeilen ohne Höchstbetrag des Übernachtungsgeldes (Spalte 3 nicht geprüft).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>PartnerDesk – already open</source>
        <translation>PartnerDesk – bereits geöffnet</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>einem anderen Prozess</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3, running since %4</source>
        <translation>Prozess %1 (%2) auf %3, läuft seit %4</translation>
    </message>
    <message>
        <source>PartnerDesk is already open for the data folder %1 (%2). Switch to that window, or close it and start again.</source>
        <translation>PartnerDesk ist für den Datenordner %1 bereits geöffnet (%2). Wechseln Sie zu diesem Fenster, oder schließen Sie es und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation>Laptop einladen</translation>
    </message>
    <message>
        <source>&amp;Name of the laptop</source>
        <translation>&amp;Name des Laptops</translation>
    </message>
    <message>
        <source>e.g. Laptop Anna Berg</source>
        <translation>z. B. Laptop Anna Berg</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Expert</source>
        <translation>&amp;Fachkraft</translation>
    </message>
    <message>
        <source>&amp;Partnerships</source>
        <translation>&amp;Partnerschaften</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose where to save the invitation file</source>
        <translation>Wählen, wo die Einladungsdatei gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <source>The invitation sets the laptop up for its expert and partnerships. Give the file to the expert by e-mail or USB stick; they start PartnerDesk with it.</source>
        <translation>Die Einladung richtet den Laptop für seine Fachkraft und ihre Partnerschaften ein. Geben Sie die Datei der Fachkraft per E-Mail oder USB-Stick; sie startet PartnerDesk damit.</translation>
    </message>
    <message>
        <source>Write invitation</source>
        <translation>Einladung schreiben</translation>
    </message>
    <message>
        <source>— choose the expert —</source>
        <translation>— Fachkraft wählen —</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Invitations (*.invite)</source>
        <translation>Einladungen (*.invite)</translation>
    </message>
    <message>
        <source>Give the laptop a name, e.g. “Laptop Anna Berg”.</source>
        <translation>Geben Sie dem Laptop einen Namen, z. B. „Laptop Anna Berg“.</translation>
    </message>
    <message>
        <source>Choose the expert who will use the laptop.</source>
        <translation>Wählen Sie die Fachkraft, die den Laptop nutzt.</translation>
    </message>
    <message>
        <source>Tick at least one partnership: the laptop receives their records only.</source>
        <translation>Kreuzen Sie mindestens eine Partnerschaft an: Der Laptop erhält nur deren Einträge.</translation>
    </message>
    <message>
        <source>Choose where to save the invitation file.</source>
        <translation>Wählen Sie, wo die Einladungsdatei gespeichert wird.</translation>
    </message>
    <message>
        <source>Invitation written to %1.

Give it to the expert. They start PartnerDesk with “Set up from an invitation” and send back the enrolment request. When they call, read out this installation&apos;s fingerprint: %2 — and accept their request under Sync › Security only if their screen shows the same.</source>
        <translation>Einladung gespeichert: %1.

Geben Sie sie der Fachkraft. Sie startet PartnerDesk mit „Aus einer Einladung einrichten“ und schickt die Registrierungsanfrage zurück. Lesen Sie beim Anruf den Fingerabdruck dieser Installation vor: %2 — und nehmen Sie die Anfrage unter „Synchronisation › Sicherheit“ nur an, wenn dort dasselbe steht.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>PartnerDesk – third-party licences</source>
        <translation>PartnerDesk – Lizenzen Dritter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Plan and run administrative partnerships abroad: partnerships, workplans, missions, events and study trips, offline first.&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;Licence: %3 (%4)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Verwaltungspartnerschaften im Ausland planen und durchführen: Partnerschaften, Arbeitspläne, Einsätze, Veranstaltungen und Studienreisen – auch ohne Internetverbindung.&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;Lizenz: %3 (%4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Third-party components and their licences:</source>
        <translation>Komponenten Dritter und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Select a component to read its licence.</source>
        <translation>Wählen Sie eine Komponente, um ihre Lizenz zu lesen.</translation>
    </message>
    <message>
        <source>
The licence text is published at the component&apos;s home page.</source>
        <translation>
Der Lizenztext ist auf der Website der Komponente veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Die Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;Über PartnerDesk</translation>
    </message>
    <message>
        <source>The database is empty.</source>
        <translation>Die Datenbank ist leer.</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Demodaten werden geladen…</translation>
    </message>
    <message>
        <source>Installation: %1 (%2)</source>
        <translation>Installation: %1 (%2)</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>About PartnerDesk</source>
        <translation>Über PartnerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Plan and run administrative partnerships abroad: partnerships, workplans, missions, events and study trips, offline first.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Verwaltungspartnerschaften im Ausland planen und durchführen: Partnerschaften, Arbeitspläne, Einsätze, Veranstaltungen und Studienreisen – auch ohne Internetverbindung.&lt;/p&gt;&lt;p&gt;Lizenz: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder with the database, backups and attachments</source>
        <translation>Den Ordner mit Datenbank, Sicherungen und Anhängen öffnen</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
</context>
<context>
    <name>MealsForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Breakfast provided</source>
        <translation>&amp;Frühstück gestellt</translation>
    </message>
    <message>
        <source>&amp;Lunch provided</source>
        <translation>&amp;Mittagessen gestellt</translation>
    </message>
    <message>
        <source>D&amp;inner provided</source>
        <translation>&amp;Abendessen gestellt</translation>
    </message>
    <message>
        <source>Lunch in a &amp;canteen (paid)</source>
        <translation>Mittagessen in einer &amp;Kantine (selbst bezahlt)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This record has been deleted meanwhile (for example by a sync import), so the change was not saved. Undo the deletion with Ctrl+Z if it was yours.</source>
        <translation>Dieser Eintrag wurde inzwischen gelöscht (zum Beispiel durch einen Sync-Import), daher wurde die Änderung nicht gespeichert. Wenn Sie ihn selbst gelöscht haben, machen Sie das Löschen mit Strg+Z rückgängig.</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same time, so your change was not saved yet. It is still in the form: press Save again to save it.</source>
        <translation>Jemand anderes hat diesen Eintrag gleichzeitig geändert, daher ist Ihre Änderung noch nicht gespeichert. Sie steht noch im Formular: Klicken Sie erneut auf „Speichern“, um sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>NightForm</name>
    <message>
        <source>&amp;Night of</source>
        <translation>&amp;Nacht vom</translation>
    </message>
    <message>
        <source>&amp;With receipt</source>
        <translation>Mit &amp;Beleg</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>&amp;Exchange rate (EUR per unit)</source>
        <translation>&amp;Wechselkurs (EUR je Einheit)</translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <translation>%1 (erfasst)</translation>
    </message>
</context>
<context>
    <name>PartnershipDetail</name>
    <message>
        <source>German lead institution</source>
        <translation>Federführende deutsche Institution</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>Partnerinstitution</translation>
    </message>
    <message>
        <source>&amp;Workplan</source>
        <translation>&amp;Arbeitsplan</translation>
    </message>
    <message>
        <source>&amp;People and institutions</source>
        <translation>&amp;Personen und Institutionen</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Kofinanzierung</translation>
    </message>
    <message>
        <source>This partnership has been deleted.</source>
        <translation>Diese Partnerschaft wurde gelöscht.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Mandatory result</source>
        <translation>Pflichtergebnis</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Responsible (German side)</source>
        <translation>Verantwortlich (deutsche Seite)</translation>
    </message>
    <message>
        <source>Responsible (partner side)</source>
        <translation>Verantwortlich (Partnerseite)</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expert:innen</translation>
    </message>
    <message>
        <source>Expert-days</source>
        <translation>Experten-Tage</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Haushaltsposten</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>Geplante Kosten</translation>
    </message>
    <message>
        <source>Change reason</source>
        <translation>Änderungsgrund</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Not in the agreed revision %1</source>
        <translation>Nicht in der vereinbarten Revision %1</translation>
    </message>
    <message>
        <source>Changed against the agreed revision %1: %2</source>
        <translation>Geändert gegenüber der vereinbarten Revision %1: %2</translation>
    </message>
    <message>
        <source>Start a draft revision</source>
        <translation>Revisionsentwurf beginnen</translation>
    </message>
    <message>
        <source>workplan revision %1</source>
        <translation>Arbeitsplan-Revision %1</translation>
    </message>
    <message>
        <source>Agree the revision</source>
        <translation>Revision vereinbaren</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>PartnerDesk – encrypted database</source>
        <translation>PartnerDesk – verschlüsselte Datenbank</translation>
    </message>
    <message>
        <source>Passphrase of the database in {0}:</source>
        <translation>Passphrase der Datenbank in {0}:</translation>
    </message>
    <message>
        <source>PartnerDesk – locked</source>
        <translation>PartnerDesk – gesperrt</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assigned experts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eingesetzte Expert:innen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Institutionen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Koordination: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>PerDiemBreakdown</name>
    <message>
        <source>&lt;b&gt;Per-diem breakdown&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tagegeldberechnung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Frühstück</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Abendessen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lodging&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übernachtung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Choose a mission and a person.</source>
        <translation>Wählen Sie einen Einsatz und eine Person.</translation>
    </message>
    <message>
        <source>%1 (rate of %2)</source>
        <translation>%1 (Satz für %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Allowances %1 EUR · Lodging %2 EUR · &lt;b&gt;Total %3 EUR&lt;/b&gt;</source>
        <translation>Tagegeld %1 EUR · Übernachtung %2 EUR · &lt;b&gt;Gesamt %3 EUR&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Claim by %1</source>
        <translation>Abrechnung bis %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Incomplete: the lodging cap of %1 night(s) with receipt is not yet in the per-diem table, so they are not paid and the declaration cannot be exported as final. HQ imports the official table; then the claim is complete.</source>
        <translation>Unvollständig: Der Höchstbetrag des Übernachtungsgeldes für %1 Nacht/Nächte mit Beleg steht noch nicht in der Tagegeldtabelle; sie werden nicht gezahlt, und die Abrechnung kann nicht endgültig ausgegeben werden. Die Zentrale importiert die amtliche Tabelle; dann ist die Abrechnung vollständig.</translation>
    </message>
</context>
<context>
    <name>PerDiemRates</name>
    <message>
        <source>No official table: %1 sample rates (not official) are used. Import the ARVVwV table with “Import table…”.</source>
        <translation>Keine amtliche Tabelle: %1 Beispielsätze (nicht amtlich) werden verwendet. Importieren Sie die ARVVwV-Tabelle mit „Tabelle importieren…“.</translation>
    </message>
    <message>
        <source>No official table yet. Import the ARVVwV table with “Import table…”.</source>
        <translation>Noch keine amtliche Tabelle. Importieren Sie die ARVVwV-Tabelle mit „Tabelle importieren…“.</translation>
    </message>
    <message>
        <source>Table in force: %1, valid from %2: %3 rows for %4 countries.</source>
        <translation>Geltende Tabelle: %1, gültig ab %2: %3 Zeilen für %4 Länder.</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Vollständig.</translation>
    </message>
    <message>
        <source>Meanwhile %1 sample rates (not official) are used.</source>
        <translation>Bis dahin werden %1 Beispielsätze (nicht amtlich) verwendet.</translation>
    </message>
    <message>
        <source>Not complete: a country missing here is reported as missing in the calculation; import the official table to complete it.</source>
        <translation>Nicht vollständig: Ein hier fehlendes Land wird in der Berechnung als fehlend gemeldet; importieren Sie die amtliche Tabelle, um sie zu vervollständigen.</translation>
    </message>
    <message>
        <source>%1 of these rows have no lodging cap yet (column 3 not verified, shown as “missing”): a night with receipt there is not paid and its claim stays incomplete until the official table is imported; nights without receipt and daily allowances are paid.</source>
        <translation>%1 dieser Zeilen haben noch keinen Höchstbetrag des Übernachtungsgeldes (Spalte 3 nicht geprüft, angezeigt als „fehlt“): Eine Nacht mit Beleg dort wird nicht gezahlt, und ihre Abrechnung bleibt unvollständig, bis die amtliche Tabelle importiert ist; Nächte ohne Beleg und Tagegelder werden gezahlt.</translation>
    </message>
    <message>
        <source>Not in this table, so Luxembourg’s rate applies (ARV § 3 (2)): %1.</source>
        <translation>Nicht in dieser Tabelle, daher gilt der Satz für Luxemburg (§ 3 Abs. 2 ARV): %1.</translation>
    </message>
    <message>
        <source>PartnerDesk ships %1 verified rows of this table (%2); import them with “Import table…”.</source>
        <translation>PartnerDesk liefert %1 geprüfte Zeilen dieser Tabelle mit (%2); übernehmen Sie sie mit „Tabelle importieren…“.</translation>
    </message>
    <message>
        <source>Coverage by year:</source>
        <translation>Abdeckung je Jahr:</translation>
    </message>
    <message>
        <source>%1: %2 verified rows shipped (%3 countries, %4; lodging cap in %5); %6 held here</source>
        <translation>%1: %2 geprüfte Zeilen mitgeliefert (%3 Länder, %4; Spalte 3 Übernachtung in %5); hier vorhanden: %6</translation>
    </message>
    <message>
        <source>%1: no verified rows shipped; %2 held here</source>
        <translation>%1: keine geprüften Zeilen mitgeliefert; hier vorhanden: %2</translation>
    </message>
</context>
<context>
    <name>PerDiemRatesView</name>
    <message>
        <source>Import table…</source>
        <translation>Tabelle importieren…</translation>
    </message>
</context>
<context>
    <name>PerDiemRules</name>
    <message>
        <source>full day abroad: {percent} %</source>
        <translation>voller Tag im Ausland: {percent} %</translation>
    </message>
    <message>
        <source>departure day of a trip with a night away: {percent} %</source>
        <translation>Abreisetag einer Reise mit Übernachtung: {percent} %</translation>
    </message>
    <message>
        <source>return day of a trip with a night away: {percent} %</source>
        <translation>Rückreisetag einer Reise mit Übernachtung: {percent} %</translation>
    </message>
    <message>
        <source>travel day, absent {hours} h on this day: {percent} %</source>
        <translation>Reisetag, an diesem Tag {hours} Std. abwesend: {percent} %</translation>
    </message>
    <message>
        <source>one-day trip, absent {hours} h: {percent} %</source>
        <translation>eintägige Reise, {hours} Std. abwesend: {percent} %</translation>
    </message>
    <message>
        <source>one-day trip, absent {hours} h (not more than {limit} h): no allowance</source>
        <translation>eintägige Reise, {hours} Std. abwesend (nicht mehr als {limit} Std.): kein Tagegeld</translation>
    </message>
    <message>
        <source>{country} is the country last reached before midnight ({place}, {time})</source>
        <translation>{country} vor Mitternacht zuletzt erreicht ({place}, {time} Uhr)</translation>
    </message>
    <message>
        <source>back in {home}: rate of the last place of business abroad ({place}, {country})</source>
        <translation>zurück in {home}: Satz des letzten Geschäftsorts im Ausland ({place}, {country})</translation>
    </message>
    <message>
        <source>stop-over in {place} ({country}) without a night does not count</source>
        <translation>Zwischenlandung in {place} ({country}) ohne Übernachtung zählt nicht</translation>
    </message>
    <message>
        <source>day between take-off and landing of a long flight: rate of {country}</source>
        <translation>Tag zwischen Abflug und Landung eines langen Flugs: Satz für {country}</translation>
    </message>
    <message>
        <source>rate for {city} ({country})</source>
        <translation>Satz für {city} ({country})</translation>
    </message>
    <message>
        <source>{place} is not a city of the table: rate for the rest of {country}</source>
        <translation>{place} ist kein Ort der Tabelle: Satz „im Übrigen“ für {country}</translation>
    </message>
    <message>
        <source>{country} is not in the table: rate of {rate_country}</source>
        <translation>{country} nicht in der Tabelle: Satz für {rate_country}</translation>
    </message>
    <message>
        <source>{country} is not in the table: rate of its mother country {rate_country}</source>
        <translation>{country} nicht in der Tabelle: Satz des Mutterlandes {rate_country}</translation>
    </message>
    <message>
        <source>sample rate, not an official one: check before paying</source>
        <translation>Beispielsatz, kein amtlicher Satz: vor Auszahlung prüfen</translation>
    </message>
    <message>
        <source>no foreign country reached: domestic full day {amount}</source>
        <translation>kein Ausland erreicht: Inlandstagegeld voller Tag {amount}</translation>
    </message>
    <message>
        <source>no foreign country reached: domestic partial day {amount}</source>
        <translation>kein Ausland erreicht: Inlandstagegeld Teiltag {amount}</translation>
    </message>
    <message>
        <source>day {day} of the stay in {place} (more than {after} days): {percent} %</source>
        <translation>{day}. Tag des Aufenthalts in {place} (mehr als {after} Tage): {percent} %</translation>
    </message>
    <message>
        <source>at home during a longer stay: no allowance</source>
        <translation>zu Hause während eines längeren Aufenthalts: kein Tagegeld</translation>
    </message>
    <message>
        <source>lunch in a canteen: {percent} % of the rate</source>
        <translation>Mittagessen in einer Kantine: {percent} % des Satzes</translation>
    </message>
    <message>
        <source>meals provided ({meals}): {amount} deducted</source>
        <translation>gestellte Mahlzeiten ({meals}): {amount} einbehalten</translation>
    </message>
    <message>
        <source>meal deductions {nominal} limited to {gross} (never below zero)</source>
        <translation>Kürzungen {nominal} auf {gross} begrenzt (nicht unter null)</translation>
    </message>
    <message>
        <source>with receipt: at cost, within the cap {cap}</source>
        <translation>mit Beleg: tatsächliche Kosten, im Höchstbetrag {cap}</translation>
    </message>
    <message>
        <source>with receipt: cost {cost} limited to the cap {cap}</source>
        <translation>mit Beleg: Kosten {cost} auf den Höchstbetrag {cap} begrenzt</translation>
    </message>
    <message>
        <source>with receipt in {country}: at cost</source>
        <translation>mit Beleg in {country}: tatsächliche Kosten</translation>
    </message>
    <message>
        <source>with receipt in {country}: cost {cost} limited to {cap}</source>
        <translation>mit Beleg in {country}: Kosten {cost} auf {cap} begrenzt</translation>
    </message>
    <message>
        <source>without receipt in {country}: flat amount {amount}</source>
        <translation>ohne Beleg in {country}: Pauschale {amount}</translation>
    </message>
    <message>
        <source>without receipt: {percent} % of the cap {cap}, at most {max}</source>
        <translation>ohne Beleg: {percent} % des Höchstbetrags {cap}, höchstens {max}</translation>
    </message>
    <message>
        <source>without receipt: flat amount {amount}</source>
        <translation>ohne Beleg: Pauschale {amount}</translation>
    </message>
    <message>
        <source>longer stay (from day {day}): no flat amount without receipt</source>
        <translation>längerer Aufenthalt (ab dem {day}. Tag): keine Pauschale ohne Beleg</translation>
    </message>
    <message>
        <source>longer stay (from day {day}): lodging {percent} %</source>
        <translation>längerer Aufenthalt (ab dem {day}. Tag): Übernachtungsgeld {percent} %</translation>
    </message>
    <message>
        <source>night spent travelling: no lodging allowance</source>
        <translation>Nacht im Verkehrsmittel: kein Übernachtungsgeld</translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation>Frühstück</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>dinner</source>
        <translation>Abendessen</translation>
    </message>
    <message>
        <source>the lodging cap (column 3) of {country} is not yet in the table valid from {valid_from}: this night is not paid until HQ imports the official table (partnerdesk rates import FILE) — then calculate again</source>
        <translation>der Höchstbetrag des Übernachtungsgeldes (Spalte 3) für {country} steht noch nicht in der Tabelle ab {valid_from}: diese Nacht wird erst gezahlt, wenn die Zentrale die amtliche Tabelle importiert hat (partnerdesk rates import DATEI) – dann neu berechnen</translation>
    </message>
</context>
<context>
    <name>PhaseSteps</name>
    <message>
        <source>Set the partnership to this phase (Ctrl+Z undoes it)</source>
        <translation>Partnerschaft in diese Phase setzen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>current phase</source>
        <translation>aktuelle Phase</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>The figures of the report come from the records. Write here what only you can say: it goes into sections 2, 7 and 8 of the report and is kept with the partnership for this period.</source>
        <translation>Die Zahlen des Berichts kommen aus den erfassten Daten. Schreiben Sie hier, was nur Sie sagen können: Es steht in den Abschnitten 2, 7 und 8 des Berichts und wird für diesen Zeitraum bei der Partnerschaft gespeichert.</translation>
    </message>
    <message>
        <source>Report for which quarter?</source>
        <translation>Bericht für welches Quartal?</translation>
    </message>
    <message>
        <source>Assessment of progress (section 2)</source>
        <translation>Bewertung des Fortschritts (Abschnitt 2)</translation>
    </message>
    <message>
        <source>Reasons for the deviations (section 2)</source>
        <translation>Gründe der Abweichungen (Abschnitt 2)</translation>
    </message>
    <message>
        <source>Plan for the next quarter (section 7)</source>
        <translation>Planung für das nächste Quartal (Abschnitt 7)</translation>
    </message>
    <message>
        <source>Risks and mitigation (section 8)</source>
        <translation>Risiken und Gegenmaßnahmen (Abschnitt 8)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Texts saved.</source>
        <translation>Texte gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReceiptField</name>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>Beleg wählen</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic);;All files (*)</source>
        <translation>Belege (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No receipt — drop an image or PDF here</source>
        <translation>Kein Beleg – Bild oder PDF hierher ziehen</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>This record was deleted meanwhile; your changes are still in the form. Save again to add them as a new record or to discard them.</source>
        <translation>Dieser Eintrag wurde inzwischen gelöscht; Ihre Änderungen stehen noch im Formular. Speichern Sie erneut, um sie als neuen Eintrag anzulegen oder zu verwerfen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Start a new record (the list keeps its filter)</source>
        <translation>Einen neuen Eintrag beginnen (die Liste behält ihren Filter)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S or Enter)</source>
        <translation>Änderungen speichern (Strg+S oder Eingabetaste)</translation>
    </message>
    <message>
        <source>Delete this record (asks first; Ctrl+Z undoes it)</source>
        <translation>Diesen Eintrag löschen (mit Rückfrage; Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation>%1 „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete this %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>These records refer to it: %1. They are kept and keep their entries; where they show it, it appears as deleted.</source>
        <translation>Darauf verweisen: %1. Sie bleiben mit ihren Einträgen erhalten; wo sie darauf verweisen, erscheint es als gelöscht.</translation>
    </message>
    <message>
        <source>You can undo the deletion with Ctrl+Z.</source>
        <translation>Sie können das Löschen mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: it was changed after you opened it. The form now shows the current version; delete it again if it should still go.</source>
        <translation>„%1“ wurde nicht gelöscht: Es wurde geändert, nachdem Sie es geöffnet haben. Das Formular zeigt jetzt den aktuellen Stand; löschen Sie es erneut, wenn es weiterhin weg soll.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>New partnership</source>
        <translation>Neue Partnerschaft</translation>
    </message>
    <message>
        <source>New core topic</source>
        <translation>Neues Kernthema</translation>
    </message>
    <message>
        <source>New cross-cutting theme</source>
        <translation>Neues Querschnittsthema</translation>
    </message>
    <message>
        <source>New expert assignment</source>
        <translation>Neue Zuordnung einer Fachkraft</translation>
    </message>
    <message>
        <source>New further institution</source>
        <translation>Neue weitere Institution</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Neue Kofinanzierung</translation>
    </message>
    <message>
        <source>New workplan</source>
        <translation>Neuer Arbeitsplan</translation>
    </message>
    <message>
        <source>New workplan revision</source>
        <translation>Neue Arbeitsplan-Revision</translation>
    </message>
    <message>
        <source>New workplan activity</source>
        <translation>Neue Aktivität im Arbeitsplan</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Neuer Einsatz</translation>
    </message>
    <message>
        <source>New expert on the mission</source>
        <translation>Neue Fachkraft im Einsatz</translation>
    </message>
    <message>
        <source>New activity log entry</source>
        <translation>Neuer Eintrag im Tätigkeitsnachweis</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue Teilnahme</translation>
    </message>
    <message>
        <source>New study trip</source>
        <translation>Neue Studienreise</translation>
    </message>
    <message>
        <source>New delegation member</source>
        <translation>Neues Delegationsmitglied</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Neue Institution</translation>
    </message>
    <message>
        <source>New per-diem rate</source>
        <translation>Neuer Tagegeldsatz</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>core topic</source>
        <translation>Kernthema</translation>
    </message>
    <message>
        <source>cross-cutting theme</source>
        <translation>Querschnittsthema</translation>
    </message>
    <message>
        <source>expert assignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>further institution</source>
        <translation>Weitere Institution</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>Kofinanzierung</translation>
    </message>
    <message>
        <source>workplan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <source>workplan revision</source>
        <translation>Arbeitsplan-Revision</translation>
    </message>
    <message>
        <source>workplan activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>expert on the mission</source>
        <translation>Fachkraft im Einsatz</translation>
    </message>
    <message>
        <source>activity log entry</source>
        <translation>Eintrag im Tätigkeitsnachweis</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>study trip</source>
        <translation>Studienreise</translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation>Delegationsmitglied</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>per-diem rate</source>
        <translation>Tagegeldsatz</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>core topics</source>
        <translation>Kernthemen</translation>
    </message>
    <message>
        <source>cross-cutting themes</source>
        <translation>Querschnittsthemen</translation>
    </message>
    <message>
        <source>expert assignments</source>
        <translation>Zuordnungen von Fachkräften</translation>
    </message>
    <message>
        <source>further institutions</source>
        <translation>weitere Institutionen</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>Kofinanzierungen</translation>
    </message>
    <message>
        <source>workplans</source>
        <translation>Arbeitspläne</translation>
    </message>
    <message>
        <source>workplan revisions</source>
        <translation>Arbeitsplan-Revisionen</translation>
    </message>
    <message>
        <source>workplan activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>experts on missions</source>
        <translation>Fachkräfte in Einsätzen</translation>
    </message>
    <message>
        <source>activity log entries</source>
        <translation>Einträge im Tätigkeitsnachweis</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>study trips</source>
        <translation>Studienreisen</translation>
    </message>
    <message>
        <source>delegation members</source>
        <translation>Delegationsmitglieder</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>Institutionen</translation>
    </message>
    <message>
        <source>per-diem rates</source>
        <translation>Tagegeldsätze</translation>
    </message>
    <message>
        <source>travel legs</source>
        <translation>Reiseabschnitte</translation>
    </message>
    <message>
        <source>meal entries</source>
        <translation>Mahlzeiten</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>Übernachtungen</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>Auslagen</translation>
    </message>
    <message>
        <source>advances</source>
        <translation>Abschläge</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Records behind this figure: %1</source>
        <translation>Einträge hinter dieser Zahl: %1</translation>
    </message>
    <message>
        <source>No records behind this figure.</source>
        <translation>Hinter dieser Zahl stehen keine Einträge.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Workplan activity</source>
        <translation>Arbeitsplan-Aktivität</translation>
    </message>
    <message>
        <source>Activity log entry</source>
        <translation>Eintrag im Tätigkeitsnachweis</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Study trip</source>
        <translation>Studienreise</translation>
    </message>
    <message>
        <source>Travel leg</source>
        <translation>Reiseabschnitt</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Auslage</translation>
    </message>
    <message>
        <source>Travel-expense claim</source>
        <translation>Reisekostenabrechnung</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a record in the list above to see its entries.</source>
        <translation>Wählen Sie oben einen Eintrag aus, um zu sehen, was dazu gehört.</translation>
    </message>
    <message>
        <source>No record matches the filter. Clear the filter to see all records.</source>
        <translation>Kein Eintrag passt zum Filter. Leeren Sie den Filter, um alle Einträge zu sehen.</translation>
    </message>
    <message>
        <source>No records yet. Fill in the form and press Save to add the first one.</source>
        <translation>Noch keine Einträge. Füllen Sie das Formular aus und klicken Sie auf „Speichern“, um den ersten anzulegen.</translation>
    </message>
</context>
<context>
    <name>RefusedBox</name>
    <message>
        <source>it could not prove that it was made by a known installation</source>
        <translation>sie konnte nicht nachweisen, dass sie von einer bekannten Installation stammt</translation>
    </message>
    <message>
        <source>it was made by an installation whose access had been revoked</source>
        <translation>sie stammt von einer Installation, deren Zugang gesperrt wurde</translation>
    </message>
    <message>
        <source>the clock of the installation that made it was wrong</source>
        <translation>die Uhr der Installation, die sie gemacht hat, ging falsch</translation>
    </message>
    <message>
        <source>the role of the installation that made it does not allow this change</source>
        <translation>die Rolle der Installation, die sie gemacht hat, erlaubt diese Änderung nicht</translation>
    </message>
    <message>
        <source>the value does not fit the field</source>
        <translation>der Wert passt nicht in das Feld</translation>
    </message>
    <message>
        <source>the record could not be stored there as it would be after the change</source>
        <translation>der Eintrag ließe sich nach der Änderung dort nicht speichern</translation>
    </message>
    <message>
        <source>Edits a peer refused</source>
        <translation>Von einer Gegenstelle abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>A peer did not take these edits made here. The reason says why; put them back to hold what your peers hold, then enter what is still needed in the way the reason allows.</source>
        <translation>Eine Gegenstelle hat diese hier gemachten Änderungen nicht übernommen. Der Grund sagt, warum; setzen Sie sie zurück, damit Sie denselben Stand wie Ihre Gegenstellen haben, und tragen Sie dann ein, was noch nötig ist, so wie der Grund es erlaubt.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Value the peers hold</source>
        <translation>Wert der Gegenstellen</translation>
    </message>
    <message>
        <source>Refused by, reason</source>
        <translation>Abgelehnt von, Grund</translation>
    </message>
    <message>
        <source>Put back the values the peers hold</source>
        <translation>Auf die Werte der Gegenstellen zurücksetzen</translation>
    </message>
    <message>
        <source>(the peer does not have this record)</source>
        <translation>(die Gegenstelle hat diesen Eintrag nicht)</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Final report (whole term)</source>
        <translation>Abschlussbericht (gesamte Laufzeit)</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Fortschrittsbericht speichern</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>Aktivitäten je Quartal</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Budget burn per partnership (EUR)</source>
        <translation>Budgetverbrauch je Partnerschaft (EUR)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Participants by gender</source>
        <translation>Teilnehmende nach Geschlecht</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Expert-days per programme</source>
        <translation>Expertentage je Programm</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Geleistet</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Betrag (EUR)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Before an update of the database</source>
        <translation>Vor einer Aktualisierung der Datenbank</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand angelegt</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>Geplante Sicherung</translation>
    </message>
</context>
<context>
    <name>RestoreController</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup yet in %1.</source>
        <translation>In %1 gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Replace the current database with the backup of %1? The current file is kept beside it and is not deleted.</source>
        <translation>Die aktuelle Datenbank durch die Sicherung vom %1 ersetzen? Die aktuelle Datei bleibt daneben erhalten und wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>The backup was not restored: the database is open in another program (another PartnerDesk window or a partnerdesk command). Close it and try again; nothing was changed.</source>
        <translation>Die Sicherung wurde nicht zurückgespielt: Die Datenbank ist in einem anderen Programm geöffnet (einem anderen PartnerDesk-Fenster oder einem partnerdesk-Befehl). Schließen Sie es und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>It is held by process %1 on %2.</source>
        <translation>Sie wird von Prozess %1 auf %2 gehalten.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Missions are planned by the coordinator and arrive with the coordinator&apos;s bundles. Log your days, travel and expenses and write your mission report under My missions.</source>
        <translation>Einsätze plant die Koordinator:in; sie kommen mit deren Paketen. Tätigkeiten, Reisen und Auslagen erfassen und den Einsatzbericht schreiben Sie unter „Meine Einsätze“.</translation>
    </message>
    <message>
        <source>Nothing here yet: these records arrive with the bundle from your coordinator. Import it under Sync (“Import bundles…”).</source>
        <translation>Noch nichts da: Diese Einträge kommen mit dem Paket Ihrer Koordinator:in. Importieren Sie es unter „Synchronisation“ („Pakete importieren…“).</translation>
    </message>
    <message>
        <source>No per-diem rates yet: HQ sends them with its bundles. Import HQ&apos;s bundle under Sync.</source>
        <translation>Noch keine Tagegeldsätze: Die Zentrale schickt sie mit ihren Paketen. Importieren Sie das Paket der Zentrale unter „Synchronisation“.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Activity log entry</source>
        <translation>Eintrag im Tätigkeitsnachweis</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search partnerships, people, institutions, missions, events, log entries…</source>
        <translation>Partnerschaften, Personen, Institutionen, Einsätze, Veranstaltungen, Tätigkeiten durchsuchen…</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Suchindex wird aufgebaut…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Enter opens the selected record.</source>
        <translation>Eingabetaste öffnet den gewählten Eintrag.</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Enter or a click opens it.</source>
        <translation>Eingabetaste oder Klick öffnet den Eintrag.</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>No keys yet: invite a peer first.</source>
        <translation>Noch keine Schlüssel: Laden Sie zuerst eine Gegenstelle ein.</translation>
    </message>
    <message>
        <source>Fingerprint of this installation: {0}</source>
        <translation>Fingerabdruck dieser Installation: {0}</translation>
    </message>
    <message>
        <source>Accept enrolment request…</source>
        <translation>Registrierungsanfrage annehmen…</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Laptop einladen…</translation>
    </message>
    <message>
        <source>Write an invitation file that sets up a new laptop for its expert</source>
        <translation>Eine Einladungsdatei schreiben, die einen neuen Laptop für seine Fachkraft einrichtet</translation>
    </message>
    <message>
        <source>Read a laptop&apos;s enrolment request and compare the fingerprints by phone</source>
        <translation>Die Registrierungsanfrage eines Laptops lesen und die Fingerabdrücke telefonisch vergleichen</translation>
    </message>
    <message>
        <source>Revoke the selected peer…</source>
        <translation>Ausgewählte Gegenstelle sperren…</translation>
    </message>
    <message>
        <source>A lost or stolen laptop: refuse its bundles from now on (asks first)</source>
        <translation>Ein verlorener oder gestohlener Laptop: seine Pakete ab jetzt ablehnen (fragt vorher)</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>not accepted yet</source>
        <translation>noch nicht angenommen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>{0} ({1}): {2} · {3}</source>
        <translation>{0} ({1}): {2} · {3}</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Registrierungsanfrage</translation>
    </message>
    <message>
        <source>Enrolment requests (*.json)</source>
        <translation>Registrierungsanfragen (*.json)</translation>
    </message>
    <message>
        <source>Enrolment request of {0}.</source>
        <translation>Registrierungsanfrage von {0}.</translation>
    </message>
    <message>
        <source>Its fingerprint: {0}</source>
        <translation>Ihr Fingerabdruck: {0}</translation>
    </message>
    <message>
        <source>Our fingerprint: {0}</source>
        <translation>Unser Fingerabdruck: {0}</translation>
    </message>
    <message>
        <source>Compare both with what the laptop shows, by phone. Do they match?</source>
        <translation>Vergleichen Sie beide telefonisch mit der Anzeige auf dem Laptop. Stimmen sie überein?</translation>
    </message>
    <message>
        <source>{0} is enrolled.</source>
        <translation>{0} ist registriert.</translation>
    </message>
    <message>
        <source>{0} is not accepted; its bundles stay refused.</source>
        <translation>{0} wurde nicht angenommen; ihre Pakete werden weiter abgewiesen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Revoke “{0}”</source>
        <translation>„{0}“ sperren</translation>
    </message>
    <message>
        <source>Revoke “{0}” ({1})? Its bundles will be refused from now on.</source>
        <translation>„{0}“ ({1}) sperren? Seine Pakete werden ab jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>This cannot be undone: the laptop needs a new invitation.</source>
        <translation>Das lässt sich nicht rückgängig machen: Der Laptop braucht eine neue Einladung.</translation>
    </message>
    <message>
        <source>The revocation travels to the other installations with the bundles.</source>
        <translation>Die Sperre erreicht die anderen Installationen mit den Paketen.</translation>
    </message>
    <message>
        <source>{0} is revoked.</source>
        <translation>{0} ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Save the record in the form</source>
        <translation>Eintrag im Formular speichern</translation>
    </message>
    <message>
        <source>Ctrl+S or Enter</source>
        <translation>Strg+S oder Eingabetaste</translation>
    </message>
    <message>
        <source>Go to the next field (also out of a date field)</source>
        <translation>Zum nächsten Feld (auch aus einem Datumsfeld heraus)</translation>
    </message>
    <message>
        <source>Go to the previous field</source>
        <translation>Zum vorigen Feld</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Umschalt+Tab</translation>
    </message>
    <message>
        <source>Day, month or year of a date field</source>
        <translation>Tag, Monat oder Jahr eines Datumsfelds</translation>
    </message>
    <message>
        <source>type the digits, or ← →</source>
        <translation>Ziffern tippen oder ← →</translation>
    </message>
    <message>
        <source>Open a choice or a calendar</source>
        <translation>Auswahlliste oder Kalender öffnen</translation>
    </message>
    <message>
        <source>My missions: activity log, travel, meals, nights, expenses</source>
        <translation>Meine Einsätze: Tätigkeitsnachweis, Reise, Mahlzeiten, Übernachtungen, Auslagen</translation>
    </message>
    <message>
        <source>My missions: per-diem breakdown</source>
        <translation>Meine Einsätze: Tagegeldberechnung</translation>
    </message>
    <message>
        <source>Next or previous section of a record</source>
        <translation>Nächster oder vorheriger Bereich eines Eintrags</translation>
    </message>
    <message>
        <source>Ctrl+PgDown, Ctrl+PgUp</source>
        <translation>Strg+Bild↓, Strg+Bild↑</translation>
    </message>
    <message>
        <source>My missions: add the entry</source>
        <translation>Meine Einsätze: Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>My missions: edit the selected entry</source>
        <translation>Meine Einsätze: gewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected entry (asks first)</source>
        <translation>Gewählten Eintrag löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Go to a labelled field</source>
        <translation>Zu einem beschrifteten Feld springen</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>My missions: claim</source>
        <translation>Meine Einsätze: Abrechnung</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Declaration of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>The declaration is written in German beside a second language. Names and functions are suggested from the records; fields left empty stay lines to fill in by hand.</source>
        <translation>Die Absichtserklärung wird auf Deutsch neben einer zweiten Sprache geschrieben. Namen und Funktionen sind aus den erfassten Daten vorgeschlagen; leere Felder bleiben Linien zum Ausfüllen von Hand.</translation>
    </message>
    <message>
        <source>e.g. Berlin</source>
        <translation>z. B. Berlin</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Datum der Unterzeichnung</translation>
    </message>
    <message>
        <source>Second &amp;language</source>
        <translation>Zweite &amp;Sprache</translation>
    </message>
    <message>
        <source>German side: &amp;name</source>
        <translation>Deutsche Seite: &amp;Name</translation>
    </message>
    <message>
        <source>German side: f&amp;unction</source>
        <translation>Deutsche Seite: &amp;Funktion</translation>
    </message>
    <message>
        <source>Partner side: n&amp;ame</source>
        <translation>Partnerseite: N&amp;ame</translation>
    </message>
    <message>
        <source>Partner side: fun&amp;ction</source>
        <translation>Partnerseite: Fun&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;Place of signature</source>
        <translation>&amp;Ort der Unterzeichnung</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Current mission</source>
        <translation>Aktueller Einsatz</translation>
    </message>
    <message>
        <source>Next mission</source>
        <translation>Nächster Einsatz</translation>
    </message>
    <message>
        <source>Today&apos;s activity log</source>
        <translation>Tätigkeitsnachweis von heute</translation>
    </message>
    <message>
        <source>Open travel-expense claims</source>
        <translation>Offene Reisekostenabrechnungen</translation>
    </message>
    <message>
        <source>Missions and events of the next 30 days</source>
        <translation>Einsätze und Veranstaltungen der nächsten 30 Tage</translation>
    </message>
    <message>
        <source>Overdue workplan activities</source>
        <translation>Überfällige Aktivitäten der Arbeitspläne</translation>
    </message>
    <message>
        <source>Draft revisions awaiting agreement</source>
        <translation>Revisionsentwürfe, die auf Vereinbarung warten</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Zu entscheidende Konflikte</translation>
    </message>
    <message>
        <source>Installations not heard from (14 days)</source>
        <translation>Installationen ohne Paket seit 14 Tagen</translation>
    </message>
    <message>
        <source>Bundles waiting</source>
        <translation>Wartende Pakete</translation>
    </message>
    <message>
        <source>No mission today.</source>
        <translation>Heute kein Einsatz.</translation>
    </message>
    <message>
        <source>No further mission planned.</source>
        <translation>Kein weiterer Einsatz geplant.</translation>
    </message>
    <message>
        <source>Nothing logged today yet.</source>
        <translation>Heute noch nichts erfasst.</translation>
    </message>
    <message>
        <source>No open claim: every trip that ended has been claimed or is not due.</source>
        <translation>Keine offene Abrechnung: Jede beendete Reise ist abgerechnet oder noch nicht fällig.</translation>
    </message>
    <message>
        <source>No mission or event in the next 30 days. Plan them under Missions and Events.</source>
        <translation>Kein Einsatz und keine Veranstaltung in den nächsten 30 Tagen. Planen Sie sie unter „Einsätze“ und „Veranstaltungen“.</translation>
    </message>
    <message>
        <source>No overdue activity: every activity whose months have passed is done, postponed or cancelled.</source>
        <translation>Keine überfällige Aktivität: Jede Aktivität, deren Monate vorbei sind, ist erledigt, verschoben oder abgesagt.</translation>
    </message>
    <message>
        <source>No draft revision. A change to an agreed workplan starts one.</source>
        <translation>Kein Revisionsentwurf. Eine Änderung an einem vereinbarten Arbeitsplan beginnt einen.</translation>
    </message>
    <message>
        <source>No open conflict.</source>
        <translation>Kein Konflikt zu entscheiden.</translation>
    </message>
    <message>
        <source>Every installation has sent a bundle in the last 14 days.</source>
        <translation>Jede Installation hat in den letzten 14 Tagen ein Paket geschickt.</translation>
    </message>
    <message>
        <source>Nothing waiting: every installation has all changes.</source>
        <translation>Nichts wartet: Jede Installation hat alle Änderungen.</translation>
    </message>
    <message>
        <source>Open claims of all experts by deadline</source>
        <translation>Offene Reisekostenabrechnungen aller Expert:innen nach Frist</translation>
    </message>
    <message>
        <source>No open claim: every expert&apos;s ended trips are claimed or lapsed.</source>
        <translation>Keine offene Abrechnung: Alle beendeten Reisen der Expert:innen sind abgerechnet oder verfristet.</translation>
    </message>
    <message>
        <source>No installation enrolled yet: invite a laptop or an office under Sync.</source>
        <translation>Noch keine Installation registriert: Laden Sie unter „Synchronisation“ einen Laptop oder ein Büro ein.</translation>
    </message>
    <message>
        <source>Nothing to send: no installation enrolled yet.</source>
        <translation>Nichts zu senden: noch keine Installation registriert.</translation>
    </message>
    <message>
        <source>Log today&apos;s work</source>
        <translation>Heutige Tätigkeit erfassen</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Laptop einladen…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>deadline passed %1 days ago</source>
        <translation>Frist seit %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>heute letzter Tag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>trip ended %1 · claim by %2</source>
        <translation>Reise beendet am %1 · abrechnen bis %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>planned until %1</source>
        <translation>geplant bis %1</translation>
    </message>
    <message>
        <source>revision %1 (draft) of %2</source>
        <translation>Revision %1 (Entwurf) vom %2</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 Aktivitäten</translation>
    </message>
    <message>
        <source>deleted meanwhile</source>
        <translation>inzwischen gelöscht</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>no bundle received yet</source>
        <translation>noch kein Paket erhalten</translation>
    </message>
    <message>
        <source>last bundle %1 (%2 days ago)</source>
        <translation>letztes Paket %1 (vor %2 Tagen)</translation>
    </message>
    <message>
        <source>%1 changes to send</source>
        <translation>%1 Änderungen zu senden</translation>
    </message>
    <message>
        <source>%1 awaiting acknowledgement</source>
        <translation>%1 ohne Empfangsbestätigung</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the overview again (F5)</source>
        <translation>Die Übersicht neu lesen (F5)</translation>
    </message>
    <message>
        <source>Go to Sync</source>
        <translation>Zur Synchronisation</translation>
    </message>
    <message>
        <source>Import the bundle from your coordinator to see your missions: save the file they sent you, then choose “Import bundles…” under Sync.</source>
        <translation>Importieren Sie das Paket Ihrer Koordinator:in, um Ihre Einsätze zu sehen: Speichern Sie die zugesandte Datei und wählen Sie unter „Synchronisation“ „Pakete importieren…“.</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the file is not a PartnerDesk sync bundle</source>
        <translation>die Datei ist kein Synchronisationspaket von PartnerDesk</translation>
    </message>
    <message>
        <source>the bundle is encrypted and this version cannot decrypt it</source>
        <translation>das Paket ist verschlüsselt, und diese Version kann es nicht entschlüsseln</translation>
    </message>
    <message>
        <source>the bundle carries no signature</source>
        <translation>das Paket trägt keine Signatur</translation>
    </message>
    <message>
        <source>the bundle is damaged (cut short or altered on the way)</source>
        <translation>das Paket ist beschädigt (unvollständig oder unterwegs verändert)</translation>
    </message>
    <message>
        <source>the bundle contains a file with an unsafe name</source>
        <translation>das Paket enthält eine Datei mit einem unsicheren Namen</translation>
    </message>
    <message>
        <source>the bundle holds other files than its list names</source>
        <translation>das Paket enthält andere Dateien, als seine Liste nennt</translation>
    </message>
    <message>
        <source>a file in the bundle has another size than its list names</source>
        <translation>eine Datei im Paket hat eine andere Größe, als seine Liste nennt</translation>
    </message>
    <message>
        <source>the bundle was not written by PartnerDesk or was altered</source>
        <translation>das Paket wurde nicht von PartnerDesk geschrieben oder wurde verändert</translation>
    </message>
    <message>
        <source>the bundle is meant for another installation</source>
        <translation>das Paket ist für eine andere Installation bestimmt</translation>
    </message>
    <message>
        <source>the sender is not known here (its laptop was never enrolled)</source>
        <translation>der Absender ist hier nicht bekannt (sein Laptop wurde nie registriert)</translation>
    </message>
    <message>
        <source>the sender&apos;s enrolment request has not been accepted yet</source>
        <translation>die Registrierungsanfrage des Absenders wurde noch nicht angenommen</translation>
    </message>
    <message>
        <source>the sender&apos;s access has been revoked</source>
        <translation>der Zugang des Absenders wurde gesperrt</translation>
    </message>
    <message>
        <source>the signature does not match the sender&apos;s key</source>
        <translation>die Signatur passt nicht zum Schlüssel des Absenders</translation>
    </message>
    <message>
        <source>this installation wrote the bundle itself</source>
        <translation>diese Installation hat das Paket selbst geschrieben</translation>
    </message>
    <message>
        <source>a newer PartnerDesk wrote the bundle: update PartnerDesk to import it</source>
        <translation>ein neueres PartnerDesk hat das Paket geschrieben: Aktualisieren Sie PartnerDesk, um es zu importieren</translation>
    </message>
    <message>
        <source>an older PartnerDesk wrote the bundle: update PartnerDesk on the sending installation; its next bundle carries these changes again</source>
        <translation>ein älteres PartnerDesk hat das Paket geschrieben: Aktualisieren Sie PartnerDesk auf der sendenden Installation; ihr nächstes Paket bringt diese Änderungen erneut</translation>
    </message>
    <message>
        <source>integrity alarm: a change arrived with other content than before under the same id</source>
        <translation>Integritätsalarm: Eine Änderung kam unter derselben Kennung mit anderem Inhalt als zuvor</translation>
    </message>
    <message>
        <source>the bundle cannot be applied to this database</source>
        <translation>das Paket lässt sich nicht auf diese Datenbank anwenden</translation>
    </message>
    <message>
        <source>its attachment files could not be stored: free some disk space and try again</source>
        <translation>seine Anhänge ließen sich nicht speichern: Schaffen Sie Speicherplatz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 übernommen</translation>
    </message>
    <message>
        <source>%1 already here</source>
        <translation>%1 schon vorhanden</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 Konflikte</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1: refused, nothing imported: %2</source>
        <translation>%1: abgelehnt, nichts importiert: %2</translation>
    </message>
    <message>
        <source>would apply</source>
        <translation>würde übernehmen</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>bereits übernommen</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>%1: %2 (bundle %3 from %4): %5</source>
        <translation>%1: %2 (Paket %3 von %4): %5</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>Wrote bundle %1 for %2 to %3: %4 changes, %5 attachments.</source>
        <translation>Paket %1 für %2 nach %3 geschrieben: %4 Änderungen, %5 Anhänge.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: no peers yet</source>
        <translation>Sync: noch keine Gegenstellen</translation>
    </message>
    <message>
        <source>Sync: {0} to export, {1} awaiting acknowledgement</source>
        <translation>Sync: {0} zu exportieren, {1} warten auf Bestätigung</translation>
    </message>
    <message>
        <source>, {0} conflicts</source>
        <translation>, {0} Konflikte</translation>
    </message>
    <message>
        <source>{0}: {1} to export, {2} awaiting acknowledgement</source>
        <translation>{0}: {1} zu exportieren, {2} warten auf Bestätigung</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Awaiting acknowledgement</source>
        <translation>Bestätigung ausstehend</translation>
    </message>
    <message>
        <source>Export bundle for the selected peer…</source>
        <translation>Paket für die gewählte Gegenstelle exportieren…</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Gegenstellen</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Pakete importieren…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Drop bundle files here, or choose them with “Import bundles…”.</source>
        <translation>Paketdateien hier ablegen oder mit „Pakete importieren…“ auswählen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>{0} (record deleted)</source>
        <translation>{0} (Eintrag gelöscht)</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Sync bundles (*.pdsync *.zip)</source>
        <translation>Sync-Pakete (*.pdsync *.zip)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Das Paket wird geschrieben…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Pakete importieren</translation>
    </message>
    <message>
        <source>Sync bundles (*.pdsync *.zip);;All (*)</source>
        <translation>Sync-Pakete (*.pdsync *.zip);;Alle (*)</translation>
    </message>
    <message>
        <source>Preview — nothing has been changed yet:</source>
        <translation>Vorschau – noch wurde nichts geändert:</translation>
    </message>
    <message>
        <source>Checking the bundles…</source>
        <translation>Die Pakete werden geprüft…</translation>
    </message>
    <message>
        <source>Importing the bundles…</source>
        <translation>Die Pakete werden importiert…</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Letztes Paket erhalten</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Wert hier</translation>
    </message>
    <message>
        <source>Changed here (by, at)</source>
        <translation>Hier geändert (von, am)</translation>
    </message>
    <message>
        <source>Incoming value</source>
        <translation>Eingegangener Wert</translation>
    </message>
    <message>
        <source>Changed there (by, at)</source>
        <translation>Dort geändert (von, am)</translation>
    </message>
    <message>
        <source>Keep the value here</source>
        <translation>Wert hier behalten</translation>
    </message>
    <message>
        <source>Take the incoming value</source>
        <translation>Eingegangenen Wert übernehmen</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation>Zu entscheidende Konflikte</translation>
    </message>
    <message>
        <source>{0}, clock wrong</source>
        <translation>{0}, Uhr falsch</translation>
    </message>
    <message>
        <source>about {0} days</source>
        <translation>etwa {0} Tage</translation>
    </message>
    <message>
        <source>about {0} hours</source>
        <translation>etwa {0} Stunden</translation>
    </message>
    <message>
        <source>about {0} minutes</source>
        <translation>etwa {0} Minuten</translation>
    </message>
    <message>
        <source>The clock of {0} is {1} ahead.</source>
        <translation>Die Uhr von {0} geht {1} vor.</translation>
    </message>
    <message>
        <source>{0} of its changes were refused for it.</source>
        <translation>{0} ihrer Änderungen wurden deshalb abgelehnt.</translation>
    </message>
    <message>
        <source>Ask its user to set the date, time and time zone right, then to enter the refused changes again.</source>
        <translation>Bitten Sie die Person dort, Datum, Uhrzeit und Zeitzone richtig einzustellen und die abgelehnten Änderungen dann erneut einzugeben.</translation>
    </message>
</context>
<context>
    <name>TravelLegForm</name>
    <message>
        <source>&amp;Departure</source>
        <translation>&amp;Abfahrt</translation>
    </message>
    <message>
        <source>Depa&amp;rture place</source>
        <translation>Abfahrts&amp;ort</translation>
    </message>
    <message>
        <source>Departure &amp;country</source>
        <translation>Abfahrts&amp;land</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>A&amp;nkunft</translation>
    </message>
    <message>
        <source>Arrival p&amp;lace</source>
        <translation>Ankunfts&amp;ort</translation>
    </message>
    <message>
        <source>Arrival c&amp;ountry</source>
        <translation>Ankunftsla&amp;nd</translation>
    </message>
    <message>
        <source>La&amp;nding / border crossing</source>
        <translation>&amp;Landung / Grenzübertritt</translation>
    </message>
    <message>
        <source>Reached country at</source>
        <translation>Land erreicht um</translation>
    </message>
    <message>
        <source>Mod&amp;e</source>
        <translation>&amp;Verkehrsmittel</translation>
    </message>
    <message>
        <source>Cla&amp;ss</source>
        <translation>Kla&amp;sse</translation>
    </message>
    <message>
        <source>Cos&amp;t</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>Ticket &amp;paid by</source>
        <translation>Fahrkarte &amp;bezahlt von</translation>
    </message>
    <message>
        <source>Rate pla&amp;ce</source>
        <translation>Ort für den &amp;Tagessatz</translation>
    </message>
    <message>
        <source>automatic (from the arrival place)</source>
        <translation>automatisch (aus dem Ankunftsort)</translation>
    </message>
    <message>
        <source>rest of the country</source>
        <translation>im Übrigen</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>PartnerDesk – unsaved changes</source>
        <translation>PartnerDesk – nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 form(s) hold changes that are not saved yet. Save them before quitting?</source>
        <translation>%1 Formular(e) enthalten Änderungen, die noch nicht gespeichert sind. Vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>Some changes cannot be saved as they are; the messages are shown at the fields. Correct them and quit again, or quit and choose Discard.</source>
        <translation>Einige Änderungen lassen sich so nicht speichern; die Meldungen stehen bei den Feldern. Korrigieren Sie sie und beenden Sie erneut, oder beenden Sie und wählen Sie Verwerfen.</translation>
    </message>
    <message>
        <source>%1 form(s) hold changes that are not saved yet. Save them before the backup is restored? The current database, with what is saved now, is kept beside it.</source>
        <translation>%1 Formular(e) enthalten Änderungen, die noch nicht gespeichert sind. Vor dem Wiederherstellen der Sicherung speichern? Die aktuelle Datenbank mit allem, was jetzt gespeichert ist, bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Some changes cannot be saved as they are; the messages are shown at the fields. Correct them and restore again, or restore and choose Discard.</source>
        <translation>Einige Änderungen lassen sich so nicht speichern; die Meldungen stehen bei den Feldern. Korrigieren Sie sie und stellen Sie erneut wieder her, oder stellen Sie wieder her und wählen Sie Verwerfen.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This activity is not in the workplan of {partnership}; choose one of its activities or none.</source>
        <translation>Diese Aktivität steht nicht im Arbeitsplan von {partnership}; wählen Sie eine seiner Aktivitäten oder keine.</translation>
    </message>
    <message>
        <source>{model} has no field of this name</source>
        <translation>{model} hat kein Feld dieses Namens</translation>
    </message>
    <message>
        <source>Unknown role &apos;{value}&apos;; choose one of {choices}.</source>
        <translation>Unbekannte Rolle „{value}“; wählen Sie eine davon: {choices}.</translation>
    </message>
    <message>
        <source>The node name is required, e.g. &apos;HQ Berlin&apos;.</source>
        <translation>Der Name der Installation ist erforderlich, z. B. „HQ Berlin“.</translation>
    </message>
    <message>
        <source>The mission starts on {start} before the partnership starts on {opens}; move the mission or extend the partnership.</source>
        <translation>Der Einsatz beginnt am {start}, vor dem Beginn der Partnerschaft am {opens}; verschieben Sie den Einsatz oder passen Sie den Zeitraum der Partnerschaft an.</translation>
    </message>
    <message>
        <source>The mission ends on {end} after the partnership ends on {closes}; shorten the mission or extend the partnership.</source>
        <translation>Der Einsatz endet am {end}, nach dem Ende der Partnerschaft am {closes}; kürzen Sie den Einsatz oder verlängern Sie die Partnerschaft.</translation>
    </message>
    <message>
        <source>The event starts on {start} before the partnership starts on {opens}; move the event or extend the partnership.</source>
        <translation>Die Veranstaltung beginnt am {start}, vor dem Beginn der Partnerschaft am {opens}; verschieben Sie die Veranstaltung oder passen Sie den Zeitraum der Partnerschaft an.</translation>
    </message>
    <message>
        <source>The event ends on {end} after the partnership ends on {closes}; shorten the event or extend the partnership.</source>
        <translation>Die Veranstaltung endet am {end}, nach dem Ende der Partnerschaft am {closes}; kürzen Sie die Veranstaltung oder verlängern Sie die Partnerschaft.</translation>
    </message>
    <message>
        <source>The {label} {day} is outside the mission ({opens} to {closes}); choose a day within the mission or change the mission&apos;s dates.</source>
        <translation>„{label}“: Der {day} liegt außerhalb des Einsatzes ({opens} bis {closes}); wählen Sie einen Tag innerhalb des Einsatzes oder ändern Sie dessen Daten.</translation>
    </message>
    <message>
        <source>The {label} {day} is outside the study trip ({opens} to {closes}); choose a day within the study trip or change the study trip&apos;s dates.</source>
        <translation>„{label}“: Der {day} liegt außerhalb der Studienreise ({opens} bis {closes}); wählen Sie einen Tag innerhalb der Studienreise oder ändern Sie deren Daten.</translation>
    </message>
    <message>
        <source>The {label} &apos;{value}&apos; is not yes or no; tick or clear the box.</source>
        <translation>„{label}“: „{value}“ ist weder Ja noch Nein; setzen oder entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <source>The {label} &apos;{value}&apos; is not a whole number; enter a whole number such as 3.</source>
        <translation>„{label}“: „{value}“ ist keine ganze Zahl; geben Sie eine ganze Zahl wie 3 ein.</translation>
    </message>
    <message>
        <source>The {label} &apos;{value}&apos; is not a date and time; enter both, e.g. 2026-03-04 09:30.</source>
        <translation>„{label}“: „{value}“ ist kein Datum mit Uhrzeit; geben Sie beides ein, z. B. 04.03.2026 09:30.</translation>
    </message>
    <message>
        <source>The {label} &apos;{value}&apos; is not a date; enter a date such as 2026-03-04.</source>
        <translation>„{label}“: „{value}“ ist kein Datum; geben Sie ein Datum wie 04.03.2026 ein.</translation>
    </message>
    <message>
        <source>The {label} &apos;{value}&apos; is not a time of day; enter a time such as 09:30.</source>
        <translation>„{label}“: „{value}“ ist keine Uhrzeit; geben Sie eine Uhrzeit wie 09:30 ein.</translation>
    </message>
    <message>
        <source>The {label} &apos;{value}&apos; is not text; enter it as text.</source>
        <translation>„{label}“: „{value}“ ist kein Text; geben Sie den Wert als Text ein.</translation>
    </message>
    <message>
        <source>The {label} &apos;{value}&apos; is {length} characters long; shorten it to at most {limit} characters.</source>
        <translation>„{label}“: „{value}“ ist {length} Zeichen lang; kürzen Sie den Text auf höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The {label} &apos;{value}&apos; is not a number; enter digits with a decimal point, e.g. 12.50.</source>
        <translation>„{label}“: „{value}“ ist keine Zahl; geben Sie Ziffern mit Dezimalkomma ein, z. B. 12,50.</translation>
    </message>
    <message>
        <source>The {label} is required; choose one.</source>
        <translation>„{label}“ ist ein Pflichtfeld; bitte wählen Sie einen Eintrag aus.</translation>
    </message>
    <message>
        <source>The {label} is required; enter it.</source>
        <translation>„{label}“ ist ein Pflichtfeld; bitte geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>Unknown {label} &apos;{value}&apos;: choose one of {choices}.</source>
        <translation>„{label}“: „{value}“ ist unbekannt; wählen Sie einen dieser Werte: {choices}.</translation>
    </message>
    <message>
        <source>The country code &apos;{value}&apos; must be in capital letters; enter &apos;{upper}&apos;.</source>
        <translation>Der Ländercode „{value}“ muss in Großbuchstaben stehen; geben Sie „{upper}“ ein.</translation>
    </message>
    <message>
        <source>Unknown country code &apos;{value}&apos; for the {label}: use a two-letter ISO 3166 code such as DE, FR or ME.</source>
        <translation>„{label}“: Der Ländercode „{value}“ ist unbekannt; verwenden Sie einen zweistelligen ISO-3166-Code wie DE, FR oder ME.</translation>
    </message>
    <message>
        <source>The currency code &apos;{value}&apos; must be in capital letters; enter &apos;{upper}&apos;.</source>
        <translation>Der Währungscode „{value}“ muss in Großbuchstaben stehen; geben Sie „{upper}“ ein.</translation>
    </message>
    <message>
        <source>Unknown currency &apos;{value}&apos;: use a three-letter ISO 4217 code such as EUR.</source>
        <translation>Unbekannte Währung „{value}“; verwenden Sie einen dreistelligen ISO-4217-Code wie EUR.</translation>
    </message>
    <message>
        <source>enter zero or a positive number</source>
        <translation>geben Sie null oder eine positive Zahl ein</translation>
    </message>
    <message>
        <source>The {label} {value} is negative; {hint}.</source>
        <translation>„{label}“: {value} ist negativ; {hint}.</translation>
    </message>
    <message>
        <source>enter a number above zero</source>
        <translation>geben Sie eine Zahl größer als null ein</translation>
    </message>
    <message>
        <source>The {label} {value} is not above zero; {hint}.</source>
        <translation>„{label}“: {value} ist nicht größer als null; {hint}.</translation>
    </message>
    <message>
        <source>The {label} {value} is outside the range {low} to {high}; {hint}.</source>
        <translation>„{label}“: {value} liegt außerhalb des Bereichs {low} bis {high}; {hint}.</translation>
    </message>
    <message>
        <source>The {label} {end} is before the {start_label} {start}; the {label} must be on or after the {start_label}.</source>
        <translation>„{label}“ ({end}) liegt vor „{start_label}“ ({start}); geben Sie frühestens {start} ein.</translation>
    </message>
    <message>
        <source>No {label} with id &apos;{id}&apos; exists; choose an existing {label}.</source>
        <translation>„{label}“: Es gibt keinen Eintrag mit der ID „{id}“; wählen Sie einen vorhandenen Eintrag.</translation>
    </message>
    <message>
        <source>The {label} &apos;{record}&apos; has been deleted; choose another {label} or restore it first.</source>
        <translation>„{label}“: „{record}“ wurde gelöscht; wählen Sie einen anderen Eintrag oder stellen Sie diesen zuerst wieder her.</translation>
    </message>
    <message>
        <source>{who} is already on this mission; choose another expert to add.</source>
        <translation>{who} nimmt bereits an diesem Einsatz teil; wählen Sie eine andere Person aus.</translation>
    </message>
    <message>
        <source>enter 0 if there were none</source>
        <translation>geben Sie 0 ein, wenn es keine gab</translation>
    </message>
    <message>
        <source>enter the costs as a positive amount</source>
        <translation>geben Sie die Kosten als positiven Betrag ein</translation>
    </message>
    <message>
        <source>The e-mail address &apos;{value}&apos; does not look like an address; enter it in the form name@example.org.</source>
        <translation>Die E-Mail-Adresse „{value}“ sieht nicht wie eine Adresse aus; geben Sie sie in der Form name@example.org ein.</translation>
    </message>
    <message>
        <source>The partner country cannot be Germany (DE); enter the country of the partner authority.</source>
        <translation>Das Partnerland kann nicht Deutschland (DE) sein; geben Sie das Land der Partnerbehörde an.</translation>
    </message>
    <message>
        <source>enter the budget as a positive amount</source>
        <translation>geben Sie das Budget als positiven Betrag ein</translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; contains characters that are not allowed; enter &apos;{upper}&apos;.</source>
        <translation>Die Kennung „{value}“ enthält unzulässige Zeichen; geben Sie „{upper}“ ein.</translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; contains characters that are not allowed; use only capital letters A-Z, digits and the characters - _ / .</source>
        <translation>Die Kennung „{value}“ enthält unzulässige Zeichen; verwenden Sie nur Großbuchstaben A–Z, Ziffern und die Zeichen - _ / .</translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; belongs to the deleted partnership &apos;{other}&apos;; restore that partnership or choose another code (codes are never reused).</source>
        <translation>Die Kennung „{value}“ gehört zur gelöschten Partnerschaft „{other}“; stellen Sie diese Partnerschaft wieder her oder wählen Sie eine andere Kennung (Kennungen werden nie wiederverwendet).</translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; is already used by the partnership &apos;{other}&apos;; choose another code.</source>
        <translation>Die Kennung „{value}“ wird bereits von der Partnerschaft „{other}“ verwendet; wählen Sie eine andere Kennung.</translation>
    </message>
    <message>
        <source>The topic &apos;{value}&apos; is already recorded for this partnership; choose another topic.</source>
        <translation>Das Thema „{value}“ ist für diese Partnerschaft bereits erfasst; wählen Sie ein anderes Thema.</translation>
    </message>
    <message>
        <source>enter the number of one of the 17 SDGs</source>
        <translation>geben Sie die Nummer eines der 17 SDGs ein</translation>
    </message>
    <message>
        <source>The SDG number {value} only belongs to the theme &apos;sdg&apos;, not to &apos;{theme}&apos;; clear the number or choose the theme &apos;sdg&apos;.</source>
        <translation>Die SDG-Nummer {value} gehört nur zum Thema „sdg“, nicht zu „{theme}“; löschen Sie die Nummer oder wählen Sie das Thema „sdg“.</translation>
    </message>
    <message>
        <source>{who} is already assigned to this partnership (as {role}); edit that assignment instead of adding a second one.</source>
        <translation>{who} ist dieser Partnerschaft bereits zugeordnet (als {role}); bearbeiten Sie diese Zuordnung, statt eine zweite anzulegen.</translation>
    </message>
    <message>
        <source>enter the four-digit year of the contribution</source>
        <translation>geben Sie das Jahr der Kofinanzierung vierstellig ein</translation>
    </message>
    <message>
        <source>enter the amount from the table</source>
        <translation>geben Sie den Betrag aus der Tabelle ein</translation>
    </message>
    <message>
        <source>A deleted rate for {country} valid from {day} holds this date; add the rate as a new one instead (it takes the deleted rate&apos;s place).</source>
        <translation>Ein gelöschter Satz für {country}, gültig ab {day}, belegt dieses Datum; legen Sie den Satz stattdessen neu an (er tritt an die Stelle des gelöschten).</translation>
    </message>
    <message>
        <source>A rate for {country} valid from {day} already exists; edit that rate instead of adding another.</source>
        <translation>Für {country} gibt es bereits einen Satz, gültig ab {day}; bearbeiten Sie diesen Satz, statt einen weiteren anzulegen.</translation>
    </message>
    <message>
        <source>The SHA-256 checksum &apos;{value}&apos; is not 64 lower-case hexadecimal digits; add the file through the attachment store, which computes it.</source>
        <translation>Die SHA-256-Prüfsumme „{value}“ besteht nicht aus 64 kleingeschriebenen Hexadezimalziffern; fügen Sie die Datei über die Anhangsablage hinzu, die die Prüfsumme berechnet.</translation>
    </message>
    <message>
        <source>A file with the checksum &apos;{value}&apos; is already stored; use that attachment instead of adding the same content again.</source>
        <translation>Eine Datei mit der Prüfsumme „{value}“ ist bereits gespeichert; verwenden Sie diesen Anhang, statt denselben Inhalt noch einmal hinzuzufügen.</translation>
    </message>
    <message>
        <source>enter the file size in bytes</source>
        <translation>geben Sie die Dateigröße in Byte ein</translation>
    </message>
    <message>
        <source>enter the value in EUR of one unit of the currency (1 for EUR)</source>
        <translation>geben Sie den Wert einer Währungseinheit in EUR ein (1 für EUR)</translation>
    </message>
    <message>
        <source>enter the hours worked, e.g. 7.5</source>
        <translation>geben Sie die geleisteten Stunden ein, z. B. 7,5</translation>
    </message>
    <message>
        <source>The number of hours {value} is more than a day; enter at most 24 hours per entry.</source>
        <translation>Die Stundenzahl {value} ist mehr als ein Tag; geben Sie höchstens 24 Stunden je Eintrag ein.</translation>
    </message>
    <message>
        <source>{hours} h more would make {total} h on {day} ({logged} h are already logged); a day has at most 24 hours, so reduce the hours or correct the other entries of that day.</source>
        <translation>{hours} h mehr ergäben {total} h am {day} ({logged} h sind bereits erfasst); ein Tag hat höchstens 24 Stunden – verringern Sie die Stunden oder korrigieren Sie die anderen Einträge dieses Tages.</translation>
    </message>
    <message>
        <source>The border crossing time {value} is not between the departure {departure} and the arrival {arrival}; enter when the border was crossed (by air: the landing time) during this leg.</source>
        <translation>Der Grenzübertritt {value} liegt nicht zwischen der Abfahrt {departure} und der Ankunft {arrival}; geben Sie an, wann auf diesem Reiseabschnitt die Grenze überschritten wurde (bei Flügen: die Landezeit).</translation>
    </message>
    <message>
        <source>enter the ticket price as a positive amount</source>
        <translation>geben Sie den Fahrpreis als positiven Betrag ein</translation>
    </message>
    <message>
        <source>The meals provided on {day} are already recorded for this person on this mission; edit that record instead.</source>
        <translation>Die gestellten Mahlzeiten am {day} sind für diese Person bei diesem Einsatz bereits erfasst; bearbeiten Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <source>A night with a receipt needs the amount on the receipt; enter it, or clear &apos;with receipt&apos; to claim the flat amount.</source>
        <translation>Für eine Übernachtung mit Beleg wird der Betrag auf dem Beleg benötigt; geben Sie ihn ein oder entfernen Sie das Häkchen bei „Mit Beleg“, um die Pauschale abzurechnen.</translation>
    </message>
    <message>
        <source>enter the amount on the receipt as a positive number</source>
        <translation>geben Sie den Betrag auf dem Beleg als positive Zahl ein</translation>
    </message>
    <message>
        <source>enter the amount paid as a positive number</source>
        <translation>geben Sie den gezahlten Betrag als positive Zahl ein</translation>
    </message>
    <message>
        <source>enter the amount received</source>
        <translation>geben Sie den erhaltenen Betrag ein</translation>
    </message>
    <message>
        <source>Revision {number} is agreed and stays as agreed; start a draft revision to change its activities.</source>
        <translation>Revision {number} ist vereinbart und bleibt so; beginnen Sie einen Revisionsentwurf, um ihre Aktivitäten zu ändern.</translation>
    </message>
    <message>
        <source>Revision {number} has been superseded and stays as it was; change the activities in the newest revision.</source>
        <translation>Revision {number} ist ersetzt und bleibt, wie sie war; ändern Sie die Aktivitäten in der neuesten Revision.</translation>
    </message>
    <message>
        <source>Revision {number} is agreed; what was agreed, by whom and when stays on record. Start a draft revision for changes.</source>
        <translation>Revision {number} ist vereinbart; was, von wem und wann vereinbart wurde, bleibt festgehalten. Beginnen Sie für Änderungen einen Revisionsentwurf.</translation>
    </message>
    <message>
        <source>Revision {number} was agreed and is the record of that agreement; it cannot be deleted.</source>
        <translation>Revision {number} wurde vereinbart und belegt diese Vereinbarung; sie kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>number the revisions 1, 2, 3 …</source>
        <translation>nummerieren Sie die Revisionen 1, 2, 3 …</translation>
    </message>
    <message>
        <source>An agreed revision needs its approval; enter who approved it, or keep the revision as a draft.</source>
        <translation>Eine vereinbarte Revision braucht eine Genehmigung; geben Sie an, wer sie genehmigt hat, oder belassen Sie die Revision als Entwurf.</translation>
    </message>
    <message>
        <source>An agreed revision needs its approval; enter when, or keep the revision as a draft.</source>
        <translation>Eine vereinbarte Revision braucht eine Genehmigung; geben Sie an, wann sie genehmigt wurde, oder belassen Sie die Revision als Entwurf.</translation>
    </message>
    <message>
        <source>This workplan already has a revision {value} (deleted; restore it instead); use the next free number.</source>
        <translation>Dieser Arbeitsplan hat bereits eine Revision {value} (gelöscht; stellen Sie sie stattdessen wieder her); verwenden Sie die nächste freie Nummer.</translation>
    </message>
    <message>
        <source>This workplan already has a revision {value}; use the next free number.</source>
        <translation>Dieser Arbeitsplan hat bereits eine Revision {value}; verwenden Sie die nächste freie Nummer.</translation>
    </message>
    <message>
        <source>The item key is required; give a new activity a new key (a UUID) and keep the key of an activity carried over from the previous revision.</source>
        <translation>Der Aktivitätsschlüssel ist erforderlich; geben Sie einer neuen Aktivität einen neuen Schlüssel (eine UUID) und behalten Sie den Schlüssel einer aus der vorigen Revision übernommenen Aktivität bei.</translation>
    </message>
    <message>
        <source>Partnerships and their plans (workplans, missions, events, study trips) are kept by the coordinator and arrive with the coordinator&apos;s bundles; an expert installation changes only its own activity log, travel, expenses and mission reports.</source>
        <translation>Partnerschaften und ihre Planung (Arbeitspläne, Einsätze, Veranstaltungen, Studienreisen) pflegt die Koordinator:in; sie kommen mit deren Paketen. Eine Installation einer Fachkraft ändert nur den eigenen Tätigkeitsnachweis, Reisen, Auslagen und Einsatzberichte.</translation>
    </message>
    <message>
        <source>People, institutions and per-diem rates are kept by HQ and the coordinators and arrive with their bundles; an expert installation cannot change them.</source>
        <translation>Personen, Institutionen und Tagegeldsätze pflegen die Zentrale und die Koordinator:innen; sie kommen mit deren Paketen. Eine Installation einer Fachkraft kann sie nicht ändern.</translation>
    </message>
    <message>
        <source>This entry belongs to another person; an expert installation changes only the entries of its own expert.</source>
        <translation>Dieser Eintrag gehört einer anderen Person; eine Installation einer Fachkraft ändert nur die Einträge ihrer eigenen Fachkraft.</translation>
    </message>
    <message>
        <source>An expert installation changes only the report of a mission (findings, recommendations, next steps); the coordinator plans the rest.</source>
        <translation>Eine Installation einer Fachkraft ändert an einem Einsatz nur den Einsatzbericht (Feststellungen, Empfehlungen, nächste Schritte); alles andere plant die Koordinator:in.</translation>
    </message>
    <message>
        <source>This is not one of your missions; an expert installation writes the reports of its own missions only.</source>
        <translation>Das ist keiner Ihrer Einsätze; eine Installation einer Fachkraft schreibt nur die Berichte ihrer eigenen Einsätze.</translation>
    </message>
    <message>
        <source>Per-diem rates are reference data that HQ keeps (the ARVVwV table) and sends with its bundles; a coordinator installation cannot change them.</source>
        <translation>Tagegeldsätze sind Stammdaten, die die Zentrale pflegt (Tabelle der ARVVwV) und mit ihren Paketen schickt; eine Installation einer Koordinator:in kann sie nicht ändern.</translation>
    </message>
    <message>
        <source>Revision {number} is a draft already; change it, or agree it before starting another.</source>
        <translation>Revision {number} ist bereits ein Entwurf; ändern Sie ihn oder vereinbaren Sie ihn, bevor Sie einen weiteren beginnen.</translation>
    </message>
    <message>
        <source>Revision {number} is not a draft; only a draft can be agreed.</source>
        <translation>Revision {number} ist kein Entwurf; nur ein Entwurf kann vereinbart werden.</translation>
    </message>
    <message>
        <source>enter the number of table rows</source>
        <translation>geben Sie die Zahl der Tabellenzeilen ein</translation>
    </message>
    <message>
        <source>A rate table valid from {day} is already recorded; import into that table.</source>
        <translation>Eine Tagegeldtabelle gültig ab {day} ist bereits erfasst; importieren Sie in diese Tabelle.</translation>
    </message>
    <message>
        <source>The IBAN &apos;{value}&apos; is not valid (its check digits do not match); copy it from your bank statement.</source>
        <translation>Die IBAN „{value}“ ist ungültig (die Prüfziffern stimmen nicht); übernehmen Sie sie vom Kontoauszug.</translation>
    </message>
    <message>
        <source>The per-diem table has city rows for {country} ({cities}): enter the arrival place or choose the rate place (a city or the rest of the country).</source>
        <translation>Die Tagegeldtabelle hat für {country} Zeilen für Orte ({cities}): Geben Sie den Ankunftsort ein oder wählen Sie den Ort für den Tagessatz (einen Ort oder „im Übrigen“).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a report period; write the quarter as 2026-Q1, or final for the final report.</source>
        <translation>„{value}“ ist kein Berichtszeitraum; schreiben Sie das Quartal als 2026-Q1 oder final für den Abschlussbericht.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a section of the progress report; use one of {choices}.</source>
        <translation>„{value}“ ist kein Abschnitt des Fortschrittsberichts; verwenden Sie einen von {choices}.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expert:innen</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Tätigkeitsnachweis</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>Core topics</source>
        <translation>Kernthemen</translation>
    </message>
    <message>
        <source>Cross-cutting themes</source>
        <translation>Querschnittsthemen</translation>
    </message>
    <message>
        <source>Assigned experts</source>
        <translation>Eingesetzte Expert:innen</translation>
    </message>
    <message>
        <source>Further institutions</source>
        <translation>Weitere Institutionen</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Kofinanzierung</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutionen</translation>
    </message>
    <message>
        <source>Per-diem rates</source>
        <translation>Tagegeldsätze</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Study trips</source>
        <translation>Studienreisen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Export mission report…</source>
        <translation>Einsatzbericht exportieren…</translation>
    </message>
    <message>
        <source>Export travel-expense declaration…</source>
        <translation>Reisekostenabrechnung exportieren…</translation>
    </message>
    <message>
        <source>Export workplan (Excel)…</source>
        <translation>Arbeitsplan exportieren (Excel)…</translation>
    </message>
    <message>
        <source>Workplans</source>
        <translation>Arbeitspläne</translation>
    </message>
    <message>
        <source>My missions</source>
        <translation>Meine Einsätze</translation>
    </message>
    <message>
        <source>People &amp; institutions</source>
        <translation>Personen &amp; Institutionen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Export declaration of intent…</source>
        <translation>Absichtserklärung exportieren…</translation>
    </message>
    <message>
        <source>Import edited workplan (Excel)…</source>
        <translation>Bearbeiteten Arbeitsplan einlesen (Excel)…</translation>
    </message>
    <message>
        <source>Export progress report…</source>
        <translation>Fortschrittsbericht exportieren…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to PartnerDesk</source>
        <translation>Willkommen bei PartnerDesk</translation>
    </message>
    <message>
        <source>The database is still empty. Look around with the demo data, or set up this installation for your work.</source>
        <translation>Die Datenbank ist noch leer. Sehen Sie sich mit den Demodaten um oder richten Sie diese Installation für Ihre Arbeit ein.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Partnerships of every programme with workplans, missions, events, a study trip and an expert&apos;s activity log, drawn from real programme documents.</source>
        <translation>Partnerschaften aus allen Programmen mit Arbeitsplänen, Einsätzen, Veranstaltungen, einer Studienreise und dem Tätigkeitsnachweis einer Expertin – nach echten Programmunterlagen.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Headquarters collects everything, coordinators plan partnerships, experts log their missions. The role decides what this installation may change.</source>
        <translation>Die Zentrale führt alles zusammen, Koordinator:innen planen Partnerschaften, Expert:innen dokumentieren ihre Einsätze. Die Rolle bestimmt, was diese Installation ändern darf.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Coordination Berlin</source>
        <translation>z. B. Koordination Berlin</translation>
    </message>
    <message>
        <source>Set up from an invitation</source>
        <translation>Aus einer Einladung einrichten</translation>
    </message>
    <message>
        <source>A mission laptop: HQ or your coordinator sent you an invitation file (.invite). PartnerDesk sets this laptop up from it and shows the fingerprints to compare by phone.</source>
        <translation>Ein Einsatz-Laptop: Die Zentrale oder Ihre Koordinator:in hat Ihnen eine Einladungsdatei (.invite) geschickt. PartnerDesk richtet den Laptop damit ein und zeigt die Fingerabdrücke zum telefonischen Vergleich.</translation>
    </message>
    <message>
        <source>Choose the invitation file…</source>
        <translation>Einladungsdatei auswählen…</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Invitations (*.invite *.json);;All files (*)</source>
        <translation>Einladungen (*.invite *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>WorkplanFile</name>
    <message>
        <source>Row {row} repeats the activity of row {original} (a copied row): it is taken over as a new activity.</source>
        <translation>Zeile {row} wiederholt die Aktivität aus Zeile {original} (eine kopierte Zeile): Sie wird als neue Aktivität übernommen.</translation>
    </message>
    <message>
        <source>Row {row} belongs to an activity that is no longer in the workplan: it is taken over as a new activity.</source>
        <translation>Zeile {row} gehört zu einer Aktivität, die nicht mehr im Arbeitsplan steht: Sie wird als neue Aktivität übernommen.</translation>
    </message>
    <message>
        <source>The file was exported from revision {file}; the current revision is {current}. Changes made in PartnerDesk since then are kept; the file&apos;s changes are applied to them.</source>
        <translation>Die Datei wurde aus Revision {file} exportiert; aktuell ist Revision {current}. Änderungen, die seitdem in PartnerDesk gemacht wurden, bleiben erhalten; die Änderungen der Datei werden darauf angewandt.</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>das Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>the hidden id &apos;{key}&apos; belongs to no activity of this workplan; clear it for a new activity</source>
        <translation>die verborgene Kennung &apos;{key}&apos; gehört zu keiner Aktivität dieses Arbeitsplans; für eine neue Aktivität leeren Sie sie</translation>
    </message>
    <message>
        <source>unknown partnership</source>
        <translation>unbekannte Partnerschaft</translation>
    </message>
    <message>
        <source>the file is the workplan of partnership {file}, not of {expected}; choose the matching partnership or file</source>
        <translation>die Datei ist der Arbeitsplan der Partnerschaft {file}, nicht von {expected}; wählen Sie die passende Partnerschaft oder Datei</translation>
    </message>
    <message>
        <source>the workplan this file was exported from no longer exists</source>
        <translation>den Arbeitsplan, aus dem diese Datei exportiert wurde, gibt es nicht mehr</translation>
    </message>
    <message>
        <source>the workplan has no revision to compare with</source>
        <translation>der Arbeitsplan hat keine Revision zum Vergleich</translation>
    </message>
    <message>
        <source>revision {number}, from which this file was exported, has been withdrawn; export the current revision and enter the changes there</source>
        <translation>Revision {number}, aus der diese Datei exportiert wurde, ist zurückgenommen; exportieren Sie die aktuelle Revision und tragen Sie die Änderungen dort ein</translation>
    </message>
    <message>
        <source>{count} conflict(s) need a decision (keep the value in PartnerDesk or take the file&apos;s) before the file can be applied</source>
        <translation>{count} Konflikt(e) brauchen eine Entscheidung (Wert aus PartnerDesk behalten oder aus der Datei übernehmen), bevor die Datei übernommen werden kann</translation>
    </message>
    <message>
        <source>the workplan changed since the preview; read the file in again</source>
        <translation>der Arbeitsplan hat sich seit der Vorschau geändert; lesen Sie die Datei erneut ein</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}, column {column} ({header})</source>
        <translation>Blatt &apos;{sheet}&apos;, Zeile {row}, Spalte {column} ({header})</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}</source>
        <translation>Blatt &apos;{sheet}&apos;, Zeile {row}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>Blatt &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>this is not a workplan exported by PartnerDesk (its hidden sheet &apos;{name}&apos; is missing). Export the workplan first and edit that file.</source>
        <translation>das ist kein von PartnerDesk exportierter Arbeitsplan (das verborgene Blatt &apos;{name}&apos; fehlt). Exportieren Sie zuerst den Arbeitsplan und bearbeiten Sie diese Datei.</translation>
    </message>
    <message>
        <source>not a PartnerDesk workplan file.</source>
        <translation>keine Arbeitsplan-Datei von PartnerDesk.</translation>
    </message>
    <message>
        <source>the hidden sheet &apos;{name}&apos; is damaged; export again.</source>
        <translation>das verborgene Blatt &apos;{name}&apos; ist beschädigt; exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>written by a newer PartnerDesk (format {version}); update PartnerDesk to read it.</source>
        <translation>von einem neueren PartnerDesk geschrieben (Format {version}); aktualisieren Sie PartnerDesk, um sie zu lesen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {options}</source>
        <translation>&apos;{value}&apos; ist keiner dieser Werte: {options}</translation>
    </message>
    <message>
        <source>is empty but required</source>
        <translation>ist leer, muss aber ausgefüllt sein</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a month (MM/YYYY) or a day (DD.MM.YYYY)</source>
        <translation>&apos;{value}&apos; ist kein Monat (MM/JJJJ) und kein Tag (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of 0 or more</source>
        <translation>&apos;{value}&apos; ist keine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation>&apos;{value}&apos; ist kein Betrag</translation>
    </message>
    <message>
        <source>an amount must not be negative</source>
        <translation>ein Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>holds a formula; type the value instead</source>
        <translation>enthält eine Formel; geben Sie stattdessen den Wert ein</translation>
    </message>
    <message>
        <source>the column &apos;{header}&apos; is missing; do not delete or rename columns</source>
        <translation>die Spalte &apos;{header}&apos; fehlt; Spalten nicht löschen oder umbenennen</translation>
    </message>
    <message>
        <source>not a readable Excel (.xlsx) file ({reason})</source>
        <translation>keine lesbare Excel-Datei (.xlsx) ({reason})</translation>
    </message>
</context>
<context>
    <name>WorkplanPanel</name>
    <message>
        <source>Create workplan</source>
        <translation>Arbeitsplan anlegen</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Delete activity…</source>
        <translation>Aktivität löschen…</translation>
    </message>
    <message>
        <source>&amp;Workplan</source>
        <translation>&amp;Arbeitsplan</translation>
    </message>
    <message>
        <source>&amp;Revision</source>
        <translation>&amp;Revision</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>More columns appear when the overview is wider; every field of an activity is in the form under Workplans › Activities, and in the exported Excel workplan.</source>
        <translation>Weitere Spalten erscheinen, wenn die Übersicht breiter ist; jedes Feld einer Aktivität steht im Formular unter Arbeitspläne › Aktivitäten und im exportierten Excel-Arbeitsplan.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>agreed by %1 on %2</source>
        <translation>vereinbart von %1 am %2</translation>
    </message>
    <message>
        <source>against revision %1: %2 new, %3 changed, %4 removed</source>
        <translation>gegenüber Revision %1: %2 neu, %3 geändert, %4 entfallen</translation>
    </message>
    <message>
        <source>Start revision 1 as a draft</source>
        <translation>Revision 1 als Entwurf beginnen</translation>
    </message>
    <message>
        <source>Enter the activities in the draft, then agree it.</source>
        <translation>Erfassen Sie die Aktivitäten im Entwurf und vereinbaren Sie ihn dann.</translation>
    </message>
    <message>
        <source>Agree revision %1…</source>
        <translation>Revision %1 vereinbaren…</translation>
    </message>
    <message>
        <source>Record who agreed this draft and when; it is then read-only.</source>
        <translation>Festhalten, wer diesen Entwurf wann vereinbart hat; danach ist er schreibgeschützt.</translation>
    </message>
    <message>
        <source>Open draft revision %1</source>
        <translation>Entwurf Revision %1 öffnen</translation>
    </message>
    <message>
        <source>The changes are being prepared in that draft.</source>
        <translation>Die Änderungen werden in diesem Entwurf vorbereitet.</translation>
    </message>
    <message>
        <source>Change in a new draft</source>
        <translation>In neuem Entwurf ändern</translation>
    </message>
    <message>
        <source>Copies the agreed revision into a new draft revision; the agreed one stays in force until the draft is agreed.</source>
        <translation>Kopiert die vereinbarte Revision in einen neuen Revisionsentwurf; die vereinbarte gilt weiter, bis der Entwurf vereinbart ist.</translation>
    </message>
    <message>
        <source>Revision %1 is agreed and stays as agreed. To change activities, start a draft revision: it gets the next number and is agreed in its turn.</source>
        <translation>Revision %1 ist vereinbart und bleibt so. Um Aktivitäten zu ändern, beginnen Sie einen Revisionsentwurf: Er erhält die nächste Nummer und wird seinerseits vereinbart.</translation>
    </message>
    <message>
        <source>Revision %1 has been superseded and is kept as it was. Changes go into the newest revision.</source>
        <translation>Revision %1 ist ersetzt und bleibt, wie sie war. Änderungen gehören in die neueste Revision.</translation>
    </message>
    <message>
        <source>Agree the workplan revision</source>
        <translation>Arbeitsplan-Revision vereinbaren</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Revision %1 (%2)</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>vom %1</translation>
    </message>
    <message>
        <source>Rolling workplan</source>
        <translation>Rollierender Arbeitsplan</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Aktivität löschen</translation>
    </message>
    <message>
        <source>Delete the selected activity from this revision? Ctrl+Z undoes it.</source>
        <translation>Die gewählte Aktivität aus dieser Revision löschen? Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>_ReceiptForm</name>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Beleg</translation>
    </message>
</context>
<context>
    <name>_Stamp</name>
    <message>
        <source>Tick to give this date (leave it unticked if not known)</source>
        <translation>Ankreuzen, um dieses Datum anzugeben (leer lassen, wenn unbekannt)</translation>
    </message>
</context>
</TS>
