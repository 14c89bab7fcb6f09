<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/aboutdialog.cpp" line="+25"/>
        <source>Amigo Numbers is distributed under the %1 licence. It uses these components under their own licences:</source>
        <translation>Amigo Numbers wird unter der Lizenz %1 verbreitet. Es verwendet diese Komponenten unter ihren eigenen Lizenzen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user interface, networking, storage</source>
        <translation>Benutzeroberfläche, Netzwerk, Speicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parsing, checking and formatting phone numbers</source>
        <translation>Einlesen, Prüfen und Formatieren von Rufnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keeping API keys in the system keychain</source>
        <translation>Aufbewahren der API-Schlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbering data format of libphonenumber</source>
        <translation>Datenformat der Rufnummerndaten von libphonenumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text handling</source>
        <translation>Textverarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage of the local sandbox</source>
        <translation>Speicherung der lokalen Sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full licence texts are installed with the operating system&apos;s packages, under /usr/share/doc.</source>
        <translation>Die vollständigen Lizenztexte werden mit den Paketen des Betriebssystems unter /usr/share/doc installiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Amigo Numbers</source>
        <translation>Über Amigo Numbers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, numbering data published %2</source>
        <comment>libphonenumber version, date</comment>
        <translation>%1, Rufnummerndaten veröffentlicht am %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (built with %2)</source>
        <comment>running Qt version (build version)</comment>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Amigo Numbers %1</source>
        <translation>Amigo Numbers %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>libphonenumber %1</source>
        <translation>libphonenumber %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System: %1 (%2)</source>
        <translation>System: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amigo Numbers logo</source>
        <translation>Logo von Amigo Numbers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manage the phone numbers of an Amigo Platform workspace.</source>
        <translation>Verwalten Sie die Rufnummern eines Arbeitsbereichs der Amigo Platform.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version information</source>
        <translation>Versionsinformationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;py details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the versions above, for a support request</source>
        <translation>Die obigen Versionen kopieren, etwa für eine Supportanfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../network/endpoints.cpp" line="+32"/>
        <source>The server&apos;s answer to “%1” could not be read (malformed response): %2</source>
        <translation>Die Antwort des Servers auf „%1“ konnte nicht gelesen werden (fehlerhafte Antwort): %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>list phone numbers</source>
        <translation>Rufnummern auflisten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>get phone number</source>
        <translation>Rufnummer abrufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add phone number</source>
        <translation>Rufnummer hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>update phone number</source>
        <translation>Rufnummer ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove phone number</source>
        <translation>Rufnummer entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set call forwarding</source>
        <translation>Rufweiterleitung festlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>clear call forwarding</source>
        <translation>Rufweiterleitung aufheben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>get telephony account</source>
        <translation>Telefoniekonto abrufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set up telephony account</source>
        <translation>Telefoniekonto einrichten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>search available numbers</source>
        <translation>Verfügbare Rufnummern suchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>buy phone number</source>
        <translation>Rufnummer kaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not known whether %1 was bought. Refresh the list of numbers before trying again: if it appears there, the purchase went through.</source>
        <translation>Es ist nicht bekannt, ob %1 gekauft wurde. Aktualisieren Sie die Nummernliste, bevor Sie es erneut versuchen: Erscheint die Nummer dort, war der Kauf erfolgreich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was bought, but the server&apos;s answer could not be read. Refresh the list of numbers to see it. (%2)</source>
        <translation>%1 wurde gekauft, aber die Antwort des Servers konnte nicht gelesen werden. Aktualisieren Sie die Nummernliste, um die Nummer zu sehen. (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>release phone number</source>
        <translation>Rufnummer zurückgeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list services</source>
        <translation>Dienste auflisten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>get service</source>
        <translation>Dienst abrufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list workspaces</source>
        <translation>Arbeitsbereiche auflisten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>get workspace</source>
        <translation>Arbeitsbereich abrufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check API key</source>
        <translation>API-Schlüssel prüfen</translation>
    </message>
    <message>
        <location filename="../../network/apiclient.cpp" line="+132"/>
        <source>The connection to the server has been shut down.</source>
        <translation>Die Verbindung zum Server wurde beendet.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../network/apierror.cpp" line="+59"/>
        <source>%1 (request id %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
</context>
<context>
    <name>AvailableNumberModel</name>
    <message>
        <location filename="../../models/availablenumbermodel.cpp" line="+101"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None listed</source>
        <translation>Keine angegeben</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../ui/bulkeditdialog.cpp" line="+27"/>
        <source>Set the inbound &amp;service</source>
        <translation>Eingangs&amp;dienst festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the s&amp;tatus</source>
        <translation>St&amp;atus festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear call forwarding</source>
        <translation>Rufweiterleitung a&amp;ufheben</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Apply to %n number(s)</source>
        <translation>
            <numerusform>Auf %n Nummer an&amp;wenden</numerusform>
            <numerusform>Auf %n Nummern an&amp;wenden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry &amp;failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Change %n number(s)</source>
        <translation>
            <numerusform>%n Nummer ändern</numerusform>
            <numerusform>%n Nummern ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Choose what to change on all %n selected number(s). Numbers are changed one after another; a failure does not stop the others.</source>
        <translation>
            <numerusform>Ausgewählt: %n Nummer. Wählen Sie, was daran geändert werden soll.</numerusform>
            <numerusform>Wählen Sie, was an allen %n ausgewählten Nummern geändert werden soll. Die Nummern werden nacheinander geändert; ein Fehler hält die anderen nicht auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active: calls are handled</source>
        <translation>Aktiv: Anrufe werden angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive: calls are not handled</source>
        <translation>Inaktiv: Anrufe werden nicht angenommen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result for each number</source>
        <translation>Ergebnis für jede Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not changed yet</source>
        <translation>Noch nicht geändert</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed, but the server kept its inbound service</source>
        <translation>Geändert, aber der Server hat den Eingangsdienst beibehalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not changed: no longer in the workspace (removed by someone else)</source>
        <translation>Nicht geändert: nicht mehr im Arbeitsbereich (von jemand anderem entfernt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not changed: stopped</source>
        <translation>Nicht geändert: angehalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed, %2 failed%3. Each number&apos;s result is listed below.</source>
        <translation>%1 geändert, %2 fehlgeschlagen%3. Das Ergebnis jeder Nummer steht unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, stopped before the rest</source>
        <translation>, vor den übrigen angehalten</translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message>
        <location filename="../../ui/charactercounter.cpp" line="+23"/>
        <source>Trim to %1</source>
        <translation>Auf %1 kürzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trim the text to %1 characters</source>
        <translation>Den Text auf %1 Zeichen kürzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuts the end of the text so that it fits; whole characters only.</source>
        <translation>Schneidet das Ende des Textes ab, damit er passt; nur ganze Zeichen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 characters used</source>
        <translation>%1 von %2 Zeichen verwendet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 / %2 — %n too many</source>
        <translation>
            <numerusform>%1 / %2 – %n zu viel</numerusform>
            <numerusform>%1 / %2 – %n zu viel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character(s) over the limit of %1</source>
        <translation>
            <numerusform>%n Zeichen über der Grenze von %1</numerusform>
            <numerusform>%n Zeichen über der Grenze von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Codec</name>
    <message>
        <location filename="../../network/codec.cpp" line="+79"/>
        <source>The response body is empty</source>
        <translation>Die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The response is an HTML page, not JSON; a proxy or gateway between this computer and the API may have answered instead</source>
        <translation>Die Antwort ist eine HTML-Seite, kein JSON; vermutlich hat ein Proxy oder Gateway zwischen diesem Computer und der API an ihrer Stelle geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The response is not valid JSON (%1 at byte %2)</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/columnchooser.cpp" line="+13"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflictdialog.cpp" line="+23"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound service</source>
        <translation>Eingangsdienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call forwarding</source>
        <translation>Rufweiterleitung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed on the server after you opened it. Compare the fields below and choose what to keep.</source>
        <translation>%1 wurde auf dem Server geändert, nachdem Sie die Nummer geöffnet haben. Vergleichen Sie die Felder unten und wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Differences between your version and the server&apos;s</source>
        <translation>Unterschiede zwischen Ihrer Fassung und der des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You will save</source>
        <translation>Sie speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (theirs, unchanged by you)</source>
        <translation>%1 (vom Server, von Ihnen nicht geändert)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save my changes over theirs</source>
        <translation>&amp;Meine Änderungen darüber speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use theirs and keep editing</source>
        <translation>Serverfassung &amp;übernehmen und weiterbearbeiten</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="+31"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Support — production</source>
        <translation>z. B. Support – Produktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the key while typing it</source>
        <translation>Den Schlüssel beim Eingeben anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country of numbers typed without a country code</source>
        <translation>Das Land von Nummern, die ohne Ländervorwahl eingegeben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;address:</source>
        <translation>API-Adr&amp;esse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default country:</source>
        <translation>Standard&amp;land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2)</source>
        <comment>country name (ISO code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the keychain: kept only until Amigo Numbers quits; type a new key to replace it</source>
        <translation>Nicht im Schlüsselbund: nur aufbewahrt, bis Amigo Numbers beendet wird; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved in the keychain; type a new key to replace it</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Found from the key by “Test connection”</source>
        <translation>Wird über „Verbindung testen“ anhand des Schlüssels ermittelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>workspace name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection “%1”</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another connection is already called “%1”.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>ConnectionMenu</name>
    <message>
        <location filename="../../app/connectionmenu.cpp" line="+26"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Amigo Numbers</source>
        <translation>&amp;Über Amigo Numbers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (demo data, not real)</source>
        <translation>%1 (Demodaten, nicht echt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <comment>profile name — workspace</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove Connection…</source>
        <translation>Verbindung &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>key needed</source>
        <translation>Schlüssel erforderlich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection “%1”? Its API key is deleted from the keychain; the workspace and its numbers are not affected.</source>
        <translation>Die Verbindung „%1“ entfernen? Ihr API-Schlüssel wird aus dem Schlüsselbund gelöscht; der Arbeitsbereich und seine Nummern bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <location filename="../../app/connectionprofiles.cpp" line="+22"/>
        <source>No system keychain is available (%1). API keys you enter are kept only until Amigo Numbers quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Eingegebene API-Schlüssel werden nur aufbewahrt, bis Amigo Numbers beendet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No API key is saved for “%1”. Enter it in the connection settings.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert. Geben Sie ihn in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available (%1).</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain is locked or refused to store the key for “%1” (%2).</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat das Speichern des Schlüssels für „%1“ verweigert (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain is locked or refused access to the key for “%1” (%2). Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff auf den Schlüssel für „%1“ verweigert (%2). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not store the key for “%1”: %2</source>
        <translation>Der Schlüsselbund konnte den Schlüssel für „%1“ nicht speichern: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not read the key for “%1”: %2</source>
        <translation>Der Schlüsselbund konnte den Schlüssel für „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No system keychain is available: the key is kept until Amigo Numbers quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Der Schlüssel wird aufbewahrt, bis Amigo Numbers beendet wird.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The new key is used until Amigo Numbers quits; a key saved before is unchanged.</source>
        <translation>Der neue Schlüssel wird verwendet, bis Amigo Numbers beendet wird; ein zuvor gespeicherter Schlüssel bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No system keychain is available, so no key is saved for “%1”. Enter it in the connection settings; it is kept until Amigo Numbers quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, daher ist für „%1“ kein Schlüssel gespeichert. Geben Sie ihn in den Verbindungseinstellungen ein; er wird aufbewahrt, bis Amigo Numbers beendet wird.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../../ui/connectiontester.cpp" line="+33"/>
        <source>%1 (request id %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API address cannot be used.</source>
        <translation>Die API-Adresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <source>The API key has expired.</source>
        <translation>Der API-Schlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Ask a workspace admin for a new key.</source>
        <translation>Bitten Sie einen Administrator des Arbeitsbereichs um einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key was rejected.</source>
        <translation>Der API-Schlüssel wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is wrong, revoked or expired. Check that it was copied completely, or ask a workspace admin for a new one.</source>
        <translation>Der Schlüssel ist falsch, widerrufen oder abgelaufen. Prüfen Sie, ob er vollständig kopiert wurde, oder bitten Sie einen Administrator des Arbeitsbereichs um einen neuen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This API key has no permission to view the workspace&apos;s phone numbers.</source>
        <translation>Dieser API-Schlüssel hat keine Berechtigung, die Rufnummern des Arbeitsbereichs anzuzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a workspace admin for a key with a role that may view phone numbers (viewer or above).</source>
        <translation>Bitten Sie einen Administrator des Arbeitsbereichs um einen Schlüssel mit einer Rolle, die Rufnummern anzeigen darf (viewer oder höher).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer as expected.</source>
        <translation>Der Server hat nicht wie erwartet geantwortet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It expired on %1. Ask a workspace admin for a new key.</source>
        <translation>Er ist am %1 abgelaufen. Bitten Sie einen Administrator des Arbeitsbereichs um einen neuen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The API key expires in %n day(s), on %1. Ask a workspace admin for a new key before then.</source>
        <translation>
            <numerusform>Der API-Schlüssel läuft in %n Tag ab, am %1. Bitten Sie vorher einen Administrator des Arbeitsbereichs um einen neuen Schlüssel.</numerusform>
            <numerusform>Der API-Schlüssel läuft in %n Tagen ab, am %1. Bitten Sie vorher einen Administrator des Arbeitsbereichs um einen neuen Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key expires today, at %1. Ask a workspace admin for a new key.</source>
        <translation>Der API-Schlüssel läuft heute um %1 ab. Bitten Sie einen Administrator des Arbeitsbereichs um einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace admins create keys in the Amigo Platform under API keys.</source>
        <translation>Administratoren des Arbeitsbereichs erstellen Schlüssel in der Amigo Platform unter „API keys“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the API key…</source>
        <translation>API-Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking up the workspace…</source>
        <translation>Arbeitsbereich wird ermittelt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking permission to view phone numbers…</source>
        <translation>Berechtigung zum Anzeigen von Rufnummern wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to the workspace “%1”.</source>
        <translation>Mit dem Arbeitsbereich „%1“ verbunden.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../models/csvexport.cpp" line="+48"/>
        <location line="+10"/>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <location filename="../../app/desktopsession.cpp" line="+46"/>
        <source>the data folder %1 cannot be created</source>
        <translation>der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Local sandbox (not real)</source>
        <translation>Lokale Sandbox (nicht echt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <comment>workspace (connection profile)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/detailspanel.cpp" line="+21"/>
        <source>Select a number to see its details.</source>
        <translation>Wählen Sie eine Nummer aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;E.164</source>
        <translation>&amp;E.164 kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;national</source>
        <translation>Nati&amp;onal kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>Number details</source>
        <translation>Nummerndetails</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Copy the number as +CountryNumber, for other systems</source>
        <translation>Die Nummer als +LandNummer kopieren, für andere Systeme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the number as it is dialled within its country</source>
        <translation>Die Nummer so kopieren, wie sie innerhalb ihres Landes gewählt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound service</source>
        <translation>Eingangsdienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider SID</source>
        <translation>Anbieter-SID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel phone ID</source>
        <translation>Kanal-Telefon-ID</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: None</source>
        <comment>a field of the number without a value</comment>
        <translation>%1: keine Angabe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <comment>inbound service</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent leaves the call after the transfer.</source>
        <translation>Der Agent verlässt den Anruf nach dem Weiterverbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent stays on the call after the transfer.</source>
        <translation>Der Agent bleibt nach dem Weiterverbinden im Anruf.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>ForwardingDialog</name>
    <message>
        <location filename="../../ui/forwardingdialog.cpp" line="+28"/>
        <source>Forwarding &amp;enabled</source>
        <translation>Weiterleitung a&amp;ktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Disconnect the agent after transferring (recommended)</source>
        <translation>Agent nach dem Weiterverbinden &amp;trennen (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the agent on the line</source>
        <translation>Agent in der &amp;Leitung lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear forwarding</source>
        <translation>Weiterleitung a&amp;ufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call forwarding of %1</source>
        <translation>Rufweiterleitung von %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When forwarding is enabled, the voice agent answering this number can transfer callers to the target.</source>
        <translation>Ist die Weiterleitung aktiviert, kann der Sprachagent, der Anrufe an diese Nummer annimmt, Anrufer zum Ziel weiterverbinden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forwarding stored on the server</source>
        <translation>Auf dem Server gespeicherte Weiterleitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forwarding target</source>
        <translation>Weiterleitungsziel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Now:</source>
        <translation>Derzeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the transfer:</source>
        <translation>Nach dem Weiterverbinden:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This is the number itself: a number cannot forward to itself. Enter another number, or untick &quot;Forwarding enabled&quot;.</source>
        <translation>Das ist die Nummer selbst: Eine Nummer kann nicht an sich selbst weiterleiten. Geben Sie eine andere Nummer ein, oder entfernen Sie das Häkchen bei „Weiterleitung aktiviert“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ Calls would go round in a loop: %1. Change the forwarding of the other number first, or pick another target.</source>
        <translation>⚠ Anrufe würden im Kreis laufen: %1. Ändern Sie zuerst die Weiterleitung der anderen Nummer oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ The target is part of a forwarding loop: %1.</source>
        <translation>⚠ Das Ziel ist Teil einer Weiterleitungsschleife: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls would continue: %1.</source>
        <translation>Anrufe würden weitergehen: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A number cannot forward to itself.</source>
        <translation>Eine Nummer kann nicht an sich selbst weiterleiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a target number that can be used.</source>
        <translation>Geben Sie eine verwendbare Zielnummer ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking whether someone else changed the forwarding…</source>
        <translation>Es wird geprüft, ob jemand anderes die Weiterleitung geändert hat…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The form now shows the forwarding stored on the server.</source>
        <translation>Das Formular zeigt jetzt die auf dem Server gespeicherte Weiterleitung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forwarding saved.</source>
        <translation>Weiterleitung gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clearing forwarding…</source>
        <translation>Weiterleitung wird aufgehoben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Forwarding cleared.</source>
        <translation>Weiterleitung aufgehoben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 The server now stores: %2.</source>
        <translation>%1 Der Server speichert jetzt: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This number is no longer in the workspace: someone removed it. Nothing was saved.</source>
        <translation>Diese Nummer ist nicht mehr im Arbeitsbereich: Jemand hat sie entfernt. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <location filename="../../network/httperror.cpp" line="+58"/>
        <source>The server refused the request (400).</source>
        <translation>Der Server hat die Anfrage abgelehnt (400).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key was rejected (401). Check the key in Connection settings.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (401). Prüfen Sie den Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key was rejected (401).</source>
        <translation>Der API-Schlüssel wurde abgelehnt (401).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key is not allowed to do that (403). Ask a workspace admin for a key with the needed role.</source>
        <translation>Dieser API-Schlüssel darf das nicht (403). Bitten Sie einen Administrator des Arbeitsbereichs um einen Schlüssel mit der nötigen Rolle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found (404). It may have been removed by someone else.</source>
        <translation>Nicht gefunden (404). Möglicherweise wurde es von jemand anderem entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict (409): %1</source>
        <translation>Konflikt (409): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it already exists.</source>
        <translation>Es ist bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is too large for the server (413).</source>
        <translation>Die Anfrage ist für den Server zu groß (413).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the values sent (422).</source>
        <translation>Der Server hat die gesendeten Werte nicht akzeptiert (422).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is rate limiting this workspace (429). Wait a moment and try again.</source>
        <translation>Der Server begrenzt die Anfragen dieses Arbeitsbereichs (429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had an internal error (500). Try again in a moment.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (500). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is unavailable right now (%1). Try again in a moment.</source>
        <translation>Der Server ist gerade nicht verfügbar (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an unexpected status (%1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The server is rate limiting this workspace (429). Wait %n s and try again.</source>
        <translation>
            <numerusform>Der Server begrenzt die Anfragen dieses Arbeitsbereichs (429). Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Server begrenzt die Anfragen dieses Arbeitsbereichs (429). Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server refused the connection. Check the API address and that the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die API-Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s name could not be found. Check the API address and your network connection.</source>
        <translation>Der Name des Servers wurde nicht gefunden. Prüfen Sie die API-Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection failed: %1. The connection was not trusted and nothing was sent.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1. Der Verbindung wurde nicht vertraut, und es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server closed the connection unexpectedly. Try again.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network request failed: %1</source>
        <translation>Die Netzwerkanfrage ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../../app/keychaincredentialstore.cpp" line="+65"/>
        <source>there is no D-Bus session, so neither the Secret Service nor KWallet can be reached</source>
        <translation>es gibt keine D-Bus-Sitzung, daher sind weder der Secret Service noch KWallet erreichbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>neither the Secret Service nor KWallet answered on the D-Bus session</source>
        <translation>weder der Secret Service noch KWallet haben in der D-Bus-Sitzung geantwortet</translation>
    </message>
</context>
<context>
    <name>LoadAllBar</name>
    <message>
        <location filename="../../ui/loadallbar.cpp" line="+18"/>
        <source>&amp;Load All</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load every page from the server, so that the search and the sort cover the whole workspace</source>
        <translation>Alle Seiten vom Server laden, damit Suche und Sortierung den ganzen Arbeitsbereich umfassen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loading all numbers: %1 of %2…</source>
        <translation>Alle Nummern werden geladen: %1 von %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading all numbers: %1 so far…</source>
        <translation>Alle Nummern werden geladen: bisher %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+55"/>
        <source>Amigo Numbers</source>
        <translation>Amigo Numbers</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Phone numbers</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the list from the server (F5)</source>
        <translation>Die Liste neu vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load All</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every page, so that search and sort cover all numbers</source>
        <translation>Alle Seiten laden, damit Suche und Sortierung alle Nummern umfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <comment>tool bar button; keep it short</comment>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the numbers as shown (searched, sorted, visible columns) to a CSV file</source>
        <translation>Die Nummern wie angezeigt (gesucht, sortiert, sichtbare Spalten) in einer CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy Number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected numbers in E.164 format (+12015550123)</source>
        <translation>Die ausgewählten Nummern im E.164-Format kopieren (+12015550123)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy in &amp;National Format</source>
        <translation>Im &amp;nationalen Format kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details &amp;Panel</source>
        <translation>Detail&amp;bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server Order</source>
        <translation>&amp;Reihenfolge des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the numbers in the order the server lists them</source>
        <translation>Die Nummern in der Reihenfolge anzeigen, in der der Server sie auflistet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All numbers</source>
        <translation>Alle Nummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search numbers, names and notes (Ctrl+F)</source>
        <translation>Nummern, Namen und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Waiting for the server&apos;s rate limit (%n s)…</source>
        <translation>
            <numerusform>Warten auf die Ratenbegrenzung des Servers (%n s)…</numerusform>
            <numerusform>Warten auf die Ratenbegrenzung des Servers (%n s)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — Amigo Numbers</source>
        <translation>%1 – Amigo Numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox: demo data, not real numbers</source>
        <translation>Lokale Sandbox: Demodaten, keine echten Nummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowstate.cpp" line="+117"/>
        <location line="+12"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <location line="+12"/>
        <source>Numbers copied: %n</source>
        <translation>
            <numerusform>Nummern kopiert: %n</numerusform>
            <numerusform>Nummern kopiert: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+10"/>
        <source>Export Numbers</source>
        <translation>Nummern exportieren</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The numbers could not be saved to %1: %2</source>
        <translation>Die Nummern konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (only the loaded numbers)</source>
        <translation> (nur die geladenen Nummern)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved to %1 (numbers: %Ln)%2</source>
        <translation>
            <numerusform>In %1 gespeichert (%Ln Nummer)%2</numerusform>
            <numerusform>In %1 gespeichert (%Ln Nummern)%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Select a number to copy it.</source>
        <translation>Wählen Sie eine Nummer aus, um sie zu kopieren.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="+12"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>NumberDetailsDialog</name>
    <message>
        <location filename="../../ui/numberdetailsdialog.cpp" line="+36"/>
        <source>&amp;Inbound calls</source>
        <translation>Ein&amp;gehende Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utbound calls</source>
        <translation>A&amp;usgehende Anrufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details of %1</source>
        <translation>Details von %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name length</source>
        <translation>Länge des Anzeigenamens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes length</source>
        <translation>Länge der Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active: calls are handled</source>
        <translation>Aktiv: Anrufe werden angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive: calls are not handled</source>
        <translation>Inaktiv: Anrufe werden nicht angenommen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Display name:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capabilities:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound ser&amp;vice:</source>
        <translation>Eingangs&amp;dienst:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (set on the server)</source>
        <translation>%1 (auf dem Server gesetzt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also set on the server: %1. Changing the capabilities here replaces them with the two above.</source>
        <translation>Auf dem Server zusätzlich gesetzt: %1. Wenn Sie die Funktionen hier ändern, werden sie durch die beiden oben ersetzt.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Shorten the text marked in red to save.</source>
        <translation>Kürzen Sie den rot markierten Text, um zu speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking whether someone else changed this number…</source>
        <translation>Es wird geprüft, ob jemand anderes diese Nummer geändert hat…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+86"/>
        <source>This number is no longer in the workspace: someone removed it. Your changes were not saved.</source>
        <translation>Diese Nummer ist nicht mehr im Arbeitsbereich: Jemand hat sie entfernt. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The fields changed on the server now show their new values; your other changes are kept. Review and save.</source>
        <translation>Die auf dem Server geänderten Felder zeigen jetzt ihre neuen Werte; Ihre übrigen Änderungen bleiben erhalten. Prüfen Sie sie und speichern Sie.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved, but the server kept the inbound service %1: it does not seem to support removing a number&apos;s service. Choose another service instead.</source>
        <translation>Gespeichert, aber der Server hat den Eingangsdienst %1 beibehalten: Er unterstützt offenbar nicht, den Dienst einer Nummer zu entfernen. Wählen Sie stattdessen einen anderen Dienst.</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/numberdialog.cpp" line="+46"/>
        <source>Waiting for the server to answer; close the dialog after it has.</source>
        <translation>Warten auf die Antwort des Servers; schließen Sie den Dialog, sobald sie eingetroffen ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation>Sie haben ungespeicherte Änderungen. Schließen und die Änderungen verlieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiterbearbeiten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not accept some fields; see the messages beside them. Nothing was changed.</source>
        <translation>Der Server hat einige Felder nicht akzeptiert; siehe die Meldungen daneben. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>NumberEditActions</name>
    <message>
        <location filename="../../ui/numbereditactions.cpp" line="+25"/>
        <source>&amp;Edit details…</source>
        <translation>Details &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the display name, notes, status, capabilities and inbound service</source>
        <translation>Anzeigename, Notizen, Status, Funktionen und Eingangsdienst ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call &amp;forwarding…</source>
        <translation>&amp;Rufweiterleitung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set or clear where calls to this number can be transferred</source>
        <translation>Festlegen oder aufheben, wohin Anrufe an diese Nummer weiterverbunden werden können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gister number…</source>
        <translation>Nummer re&amp;gistrieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a number the workspace already has with its carrier</source>
        <translation>Eine Nummer registrieren, die der Arbeitsbereich bereits bei seinem Anbieter hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from workspace…</source>
        <translation>Aus dem Arbeitsbereich &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the number out of this workspace; the carrier keeps it</source>
        <translation>Die Nummer aus diesem Arbeitsbereich herausnehmen; der Anbieter behält sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lease to carrier…</source>
        <translation>An den Anbieter &amp;zurückgeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the number back to the carrier for good</source>
        <translation>Die Nummer endgültig an den Anbieter zurückgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk edit…</source>
        <translation>Sa&amp;mmelbearbeitung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the service or status, or clear forwarding, of all selected numbers</source>
        <translation>Dienst oder Status aller ausgewählten Nummern festlegen oder ihre Weiterleitung aufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit details…</source>
        <comment>tool bar button; keep it short</comment>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call forwarding…</source>
        <comment>tool bar button; keep it short</comment>
        <translation>Weiterleitung…</translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <location filename="../../ui/numbertext.cpp" line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Inbound calls</source>
        <translation>Eingehende Anrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound calls</source>
        <translation>Ausgehende Anrufe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the agent disconnects after transferring</source>
        <translation>der Agent trennt sich nach dem Weiterverbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent stays on the line</source>
        <translation>der Agent bleibt in der Leitung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disabled (would forward to %1; %2)</source>
        <translation>Deaktiviert (würde an %1 weiterleiten; %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwards to %1; %2</source>
        <translation>Leitet an %1 weiter; %2</translation>
    </message>
</context>
<context>
    <name>PageCursor</name>
    <message>
        <location filename="../../models/pagecursor.cpp" line="+53"/>
        <source>the server said there is more but sent no continuation token</source>
        <translation>der Server meldete weitere Einträge, sandte aber kein Fortsetzungstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server sent an empty page but said there is more</source>
        <translation>der Server sandte eine leere Seite, meldete aber weitere Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server sent a continuation token it had sent before</source>
        <translation>der Server sandte ein Fortsetzungstoken, das er schon einmal gesendet hatte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server keeps sending numbers that are already loaded</source>
        <translation>der Server sendet immer wieder Nummern, die bereits geladen sind</translation>
    </message>
</context>
<context>
    <name>PendingCall</name>
    <message>
        <location filename="../../network/pendingcall.cpp" line="+105"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The server answered with a redirect (%1) without a valid address. Check the API address in Connection settings.</source>
        <translation>Der Server hat mit einer Umleitung (%1) ohne gültige Adresse geantwortet. Prüfen Sie die API-Adresse in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected the request to another address (%1, %2). It was not followed, so the API key was not sent there. Check the API address in Connection settings.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet (%1, %2). Der Umleitung wurde nicht gefolgt, der API-Schlüssel wurde also nicht dorthin gesendet. Prüfen Sie die API-Adresse in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server redirected the request (%1) instead of carrying it out, so nothing was changed. Check the API address in Connection settings.</source>
        <translation>Der Server hat die Anfrage umgeleitet (%1), statt sie auszuführen; es wurde also nichts geändert. Prüfen Sie die API-Adresse in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server redirected the request too many times (%1). Check the API address in Connection settings.</source>
        <translation>Der Server hat die Anfrage zu oft umgeleitet (%1). Prüfen Sie die API-Adresse in den Verbindungseinstellungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Rate limited, retrying in %n s…</source>
        <translation>
            <numerusform>Anfragen begrenzt, neuer Versuch in %n s…</numerusform>
            <numerusform>Anfragen begrenzt, neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is busy (%1), retrying in %n s…</source>
        <translation>
            <numerusform>Der Server ist ausgelastet (%1), neuer Versuch in %n s…</numerusform>
            <numerusform>Der Server ist ausgelastet (%1), neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Connection problem, retrying in %n s…</source>
        <translation>
            <numerusform>Verbindungsproblem, neuer Versuch in %n s…</numerusform>
            <numerusform>Verbindungsproblem, neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” did not finish within %2 s. Check your network connection and try again.</source>
        <translation>„%1“ wurde nicht innerhalb von %2 s abgeschlossen. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server stopped answering “%1” for %2 s. Check your network connection and try again.</source>
        <translation>Der Server hat %2 s lang nicht mehr auf „%1“ geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The connection to the server was shut down before it answered.</source>
        <translation>Die Verbindung zum Server wurde beendet, bevor er geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>PhoneNumberEdit</name>
    <message>
        <location filename="../../ui/phonenumberedit.cpp" line="+41"/>
        <source>+1 201 555 0123, or a national number</source>
        <translation>+49 30 1234567 oder eine nationale Nummer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Phone number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: check result</source>
        <translation>%1: Prüfergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: how it will be saved</source>
        <translation>%1: so wird sie gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: explanation</source>
        <translation>%1: Erläuterung</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Keep typing… %n more digit(s) expected (%1)</source>
        <translation>
            <numerusform>Weiter eingeben… noch %n Ziffer erwartet (%1)</numerusform>
            <numerusform>Weiter eingeben… noch %n Ziffern erwartet (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Keep typing…</source>
        <translation>Weiter eingeben…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Keep typing… %n more digit(s) expected</source>
        <translation>
            <numerusform>Weiter eingeben… noch %n Ziffer erwartet</numerusform>
            <numerusform>Weiter eingeben… noch %n Ziffern erwartet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the number with + and the country code.</source>
        <translation>Geben Sie die Nummer mit + und Ländervorwahl ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers without + are read as %1 numbers.</source>
        <translation>Nummern ohne + gelten als Nummern aus dem Land %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Cannot be used</source>
        <translation>✗ Nicht verwendbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Possible, not confirmed: %1</source>
        <translation>⚠ Möglich, nicht bestätigt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Valid: %1</source>
        <translation>✓ Gültig: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Will be saved as %1 · national %2</source>
        <translation>Wird gespeichert als %1 · national %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use %1 (%2)</source>
        <translation>%1 verwenden (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the international reading %1</source>
        <translation>Die internationale Lesart %1 verwenden</translation>
    </message>
</context>
<context>
    <name>PhoneNumberInput</name>
    <message>
        <location filename="../../models/phonenumberinput.cpp" line="+128"/>
        <source>International (non-geographic)</source>
        <translation>International (nicht geografisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a country using +%1</source>
        <translation>ein Land mit +%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fixed line</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed line or mobile</source>
        <translation>Festnetz oder Mobilfunk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toll free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>premium rate</source>
        <translation>Mehrwertdienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared cost</source>
        <translation>Shared-Cost-Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internet telephony (VoIP)</source>
        <translation>Internettelefonie (VoIP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personal number</source>
        <translation>persönliche Rufnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>company number (UAN)</source>
        <translation>Firmenrufnummer (UAN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voicemail access</source>
        <translation>Mailbox-Zugang</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>This is longer than any phone number. Paste only the number itself.</source>
        <translation>Das ist länger als jede Rufnummer. Fügen Sie nur die Nummer selbst ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters are not allowed (“%1”). Type the digits: letters are not converted to keypad digits.</source>
        <translation>Buchstaben sind nicht erlaubt („%1“). Geben Sie die Ziffern ein: Buchstaben werden nicht in Tastenziffern umgewandelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extensions cannot be stored (“%1”). Remove the extension and enter only the main number.</source>
        <translation>Durchwahlen können nicht gespeichert werden („%1“). Entfernen Sie die Durchwahl und geben Sie nur die Hauptnummer ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not part of a phone number.</source>
        <translation>„%1“ gehört nicht zu einer Rufnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A + can only come first, in front of the country code.</source>
        <translation>Ein + darf nur am Anfang stehen, vor der Ländervorwahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with + and the country code: no default country is set for numbers without one.</source>
        <translation>Beginnen Sie mit + und der Ländervorwahl: Für Nummern ohne Ländervorwahl ist kein Standardland festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country code is not valid.</source>
        <translation>Die Ländervorwahl ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a phone number.</source>
        <translation>Das ist keine Rufnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the country code and the number after the +.</source>
        <translation>Geben Sie nach dem + die Ländervorwahl und die Rufnummer ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the number after the country code %1.</source>
        <extracomment>%1 is a country code with its plus, e.g. +44</extracomment>
        <translation>Geben Sie nach der Ländervorwahl %1 die Rufnummer ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short for a phone number.</source>
        <translation>Zu kurz für eine Rufnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short for a phone number in %1.</source>
        <translation>Zu kurz für eine Rufnummer (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long for a phone number.</source>
        <translation>Zu lang für eine Rufnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long for a phone number in %1.</source>
        <translation>Zu lang für eine Rufnummer (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No phone number with this country code has this many digits.</source>
        <translation>Keine Rufnummer mit dieser Ländervorwahl hat so viele Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone number in %1 has this many digits.</source>
        <translation>Keine Rufnummer im Land %1 hat so viele Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the area code: this number can only be dialled locally.</source>
        <translation>Ergänzen Sie die Vorwahl: Diese Nummer kann nur im Ortsnetz gewählt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an emergency number and cannot be used here.</source>
        <translation>%1 ist eine Notrufnummer und kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a short code, not a full phone number.</source>
        <translation>%1 ist eine Kurzwahlnummer, keine vollständige Rufnummer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This number has a possible length but is not in this app&apos;s numbering data, which can be older than a newly opened range. Check it before saving.</source>
        <translation>Diese Nummer hat eine mögliche Länge, ist aber nicht in den Rufnummerndaten dieser App enthalten, die älter sein können als ein neu eröffneter Nummernbereich. Prüfen Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number has a possible length for %1 but is not in this app&apos;s numbering data, which can be older than a newly opened range. Check it before saving.</source>
        <translation>Diese Nummer hat eine mögliche Länge für %1, ist aber nicht in den Rufnummerndaten dieser App enthalten, die älter sein können als ein neu eröffneter Nummernbereich. Prüfen Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digits that are only dialled within the country were adjusted: it will be saved as %1.</source>
        <translation>Ziffern, die nur innerhalb des Landes gewählt werden, wurden angepasst: Die Nummer wird als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a + in front, these digits are a valid number in %1 (%2).</source>
        <translation>Mit vorangestelltem + sind diese Ziffern eine gültige Nummer im Land %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PhoneNumberTableModel</name>
    <message>
        <location filename="../../models/phonenumbertablemodel.cpp" line="+63"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown service</source>
        <translation>Unbekannter Dienst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbound service</source>
        <translation>Eingangsdienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../models/phonenumberpaging.cpp" line="+127"/>
        <source>the page reads differently from one look to the next</source>
        <translation>die Seite ergibt bei jedem Lesen etwas anderes</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The list may be incomplete: %1. Refresh to try again.</source>
        <translation>Die Liste ist möglicherweise unvollständig: %1. Aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <source>list phone numbers</source>
        <translation>Rufnummern auflisten</translation>
    </message>
</context>
<context>
    <name>PhoneNumberText</name>
    <message>
        <location filename="../../models/phonenumbertext.cpp" line="+43"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Disabled (%1)</source>
        <extracomment>%1 is the forwarding target, which is kept but not used</extracomment>
        <translation>Deaktiviert (%1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>To %1</source>
        <extracomment>%1 is the number calls are forwarded to</extracomment>
        <translation>An %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../app/profilestore.cpp" line="+22"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>PurchaseAccountPage</name>
    <message>
        <location filename="../../ui/purchaseaccountpage.cpp" line="+18"/>
        <source>&amp;Set up the telephony account</source>
        <translation>Telefoniekonto &amp;einrichten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Telephony account</source>
        <translation>Telefoniekonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers are bought on your workspace&apos;s own telephony account at the carrier.</source>
        <translation>Nummern werden über das eigene Telefoniekonto Ihres Arbeitsbereichs beim Anbieter gekauft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This workspace has no telephony account yet. Setting it up creates an isolated account at the carrier for this workspace and connects incoming calls to the Amigo platform. Nothing is bought and nothing costs money at this step. If it already exists, the existing account is used, so doing it twice is harmless.</source>
        <translation>Dieser Arbeitsbereich hat noch kein Telefoniekonto. Beim Einrichten wird beim Anbieter ein eigenes, abgetrenntes Konto für diesen Arbeitsbereich angelegt und eingehende Anrufe werden mit der Amigo Platform verbunden. In diesem Schritt wird nichts gekauft und es entstehen keine Kosten. Besteht das Konto bereits, wird es verwendet; zweimaliges Einrichten schadet also nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier account ID:</source>
        <translation>Konto-ID beim Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Looking for this workspace&apos;s telephony account…</source>
        <translation>Telefoniekonto dieses Arbeitsbereichs wird gesucht…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Setting up the telephony account…</source>
        <translation>Telefoniekonto wird eingerichtet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The telephony account could not be set up.</source>
        <translation>Das Telefoniekonto konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The telephony account could not be looked up.</source>
        <translation>Das Telefoniekonto konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking that this API key may buy numbers…</source>
        <translation>Es wird geprüft, ob dieser API-Schlüssel Nummern kaufen darf…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Numbers will be bought on this account. Choose Next to search for numbers.</source>
        <translation>Die Nummern werden über dieses Konto gekauft. Wählen Sie „Weiter“, um nach Nummern zu suchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check whether this API key may buy numbers.</source>
        <translation>Es konnte nicht geprüft werden, ob dieser API-Schlüssel Nummern kaufen darf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key is not allowed to buy numbers. Buying numbers and setting up the telephony account need an admin key (role admin or owner); a viewer key can only look. Ask a workspace owner for an admin key, connect with it, and open this wizard again. Nothing was bought or changed.</source>
        <translation>Dieser API-Schlüssel darf keine Nummern kaufen. Zum Kaufen von Nummern und zum Einrichten des Telefoniekontos ist ein Administratorschlüssel nötig (Rolle admin oder owner); mit einem viewer-Schlüssel können Sie nur ansehen. Bitten Sie einen Eigentümer des Arbeitsbereichs um einen Administratorschlüssel, verbinden Sie sich damit und öffnen Sie diesen Assistenten erneut. Es wurde nichts gekauft oder geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You cannot go on until this works. Choose Retry to try again.</source>
        <translation>Sie können erst fortfahren, wenn dies funktioniert. Wählen Sie „Wiederholen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>PurchaseActions</name>
    <message>
        <location filename="../../ui/purchaseactions.cpp" line="+22"/>
        <source>B&amp;uy Numbers…</source>
        <translation>Nummern ka&amp;ufen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buy Numbers…</source>
        <comment>tool bar button; keep it short</comment>
        <translation>Kaufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the carrier&apos;s available numbers and buy them for this workspace</source>
        <translation>Die verfügbaren Nummern des Anbieters durchsuchen und für diesen Arbeitsbereich kaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n of the new numbers are hidden by the search or status filter.</source>
        <translation>
            <numerusform>%n der neuen Nummern wird durch die Suche oder den Statusfilter ausgeblendet.</numerusform>
            <numerusform>%n der neuen Nummern werden durch die Suche oder den Statusfilter ausgeblendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseBasket</name>
    <message>
        <location filename="../../models/purchasebasket.cpp" line="+43"/>
        <source>Not bought yet</source>
        <translation>Noch nicht gekauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking it is still available…</source>
        <translation>Verfügbarkeit wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying…</source>
        <translation>Wird gekauft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding out whether it was bought…</source>
        <translation>Es wird ermittelt, ob sie gekauft wurde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken meanwhile; not bought</source>
        <translation>Inzwischen vergeben; nicht gekauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not bought</source>
        <translation>Nicht gekauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown whether it was bought</source>
        <translation>Unbekannt, ob sie gekauft wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not bought (stopped)</source>
        <translation>Nicht gekauft (angehalten)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The display name of %1 is %2 characters long; the limit is %3.</source>
        <translation>Der Anzeigename von %1 ist %2 Zeichen lang; erlaubt sind höchstens %3.</translation>
    </message>
</context>
<context>
    <name>PurchaseDonePage</name>
    <message>
        <location filename="../../ui/purchasedonepage.cpp" line="+15"/>
        <source>&amp;Show them in the table</source>
        <translation>In der Tabelle &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PurchaseProgressPage</name>
    <message>
        <location filename="../../ui/purchaseprogresspage.cpp" line="+31"/>
        <source>Alternatives for numbers taken meanwhile</source>
        <translation>Alternativen für inzwischen vergebene Nummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bu&amp;y the ticked alternatives</source>
        <translation>Markierte Alternativen &amp;kaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buying</source>
        <translation>Kaufvorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each number is checked with the carrier and bought in turn.</source>
        <translation>Jede Nummer wird beim Anbieter geprüft und der Reihe nach gekauft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase progress</source>
        <translation>Kauffortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result for each number</source>
        <translation>Ergebnis für jede Nummer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alternative numbers</source>
        <translation>Alternative Nummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick an alternative.</source>
        <translation>Drücken Sie die Leertaste, um eine Alternative zu markieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These come from the same search. Tick the ones you want instead; they are bought when you choose the button below.</source>
        <translation>Diese stammen aus derselben Suche. Markieren Sie die gewünschten Ersatznummern; sie werden gekauft, wenn Sie die Schaltfläche unten wählen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buying %1…</source>
        <translation>%1 wird gekauft…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopping after the number being bought now…</source>
        <translation>Wird nach der gerade gekauften Nummer angehalten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n number(s) bought.</source>
        <translation>
            <numerusform>%n Nummer gekauft.</numerusform>
            <numerusform>%n Nummern gekauft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n taken meanwhile.</source>
        <translation>
            <numerusform>%n inzwischen vergeben.</numerusform>
            <numerusform>%n inzwischen vergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not bought.</source>
        <translation>
            <numerusform>%n nicht gekauft.</numerusform>
            <numerusform>%n nicht gekauft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unknown: check the numbers list before buying again.</source>
        <translation>
            <numerusform>%n unbekannt: Prüfen Sie die Nummernliste, bevor Sie erneut kaufen.</numerusform>
            <numerusform>%n unbekannt: Prüfen Sie die Nummernliste, bevor Sie erneut kaufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not attempted.</source>
        <translation>
            <numerusform>%n nicht versucht.</numerusform>
            <numerusform>%n nicht versucht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped because %1</source>
        <translation>Angehalten, weil %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (instead of %2)</source>
        <translation>%1 (statt %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 (instead of %3)</source>
        <translation>%1, %2 (statt %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The searches offered no other numbers. Finish, then open the wizard again to search anew.</source>
        <translation>Die Suchen haben keine anderen Nummern ergeben. Schließen Sie ab und öffnen Sie den Assistenten erneut, um neu zu suchen.</translation>
    </message>
</context>
<context>
    <name>PurchaseReviewPage</name>
    <message>
        <location filename="../../ui/purchasereviewpage.cpp" line="+19"/>
        <source>&amp;Remove from basket</source>
        <translation>Aus dem Warenkorb ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review before buying</source>
        <translation>Vor dem Kauf prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each number a display name people will recognise. Nothing has been bought yet.</source>
        <translation>Geben Sie jeder Nummer einen Anzeigenamen, den andere wiedererkennen. Es wurde noch nichts gekauft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Numbers to buy</source>
        <translation>Zu kaufende Nummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press F2 to edit the display name of the current number.</source>
        <translation>Drücken Sie F2, um den Anzeigenamen der aktuellen Nummer zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The basket is empty: go back and pick at least one number.</source>
        <translation>Der Warenkorb ist leer: Gehen Sie zurück und wählen Sie mindestens eine Nummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick the confirmation above to buy.</source>
        <translation>Setzen Sie oben das Häkchen zur Bestätigung, um zu kaufen.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Choosing “Buy” buys %n number(s) from the carrier on the telephony account %1, one after the other. The carrier bills each number it sells, usually every month until the number is released. Each bought number is added to this workspace as active, for incoming and outgoing calls. Calls to a new number reach no one until you choose the service that answers them, in the next steps. If a number is taken by someone else meanwhile, it is skipped and you can pick another; the rest are still bought.</source>
        <translation>
            <numerusform>Mit „Kaufen“ wird %n Nummer beim Anbieter über das Telefoniekonto %1 gekauft. Der Anbieter berechnet jede verkaufte Nummer, meist monatlich, bis die Nummer zurückgegeben wird. Die gekaufte Nummer wird diesem Arbeitsbereich als aktiv hinzugefügt, für eingehende und ausgehende Anrufe. Anrufe an eine neue Nummer erreichen niemanden, bis Sie in den nächsten Schritten den Dienst wählen, der sie annimmt. Wird die Nummer inzwischen von jemand anderem vergeben, wird sie übersprungen und Sie können eine andere wählen.</numerusform>
            <numerusform>Mit „Kaufen“ werden %n Nummern nacheinander beim Anbieter über das Telefoniekonto %1 gekauft. Der Anbieter berechnet jede verkaufte Nummer, meist monatlich, bis die Nummer zurückgegeben wird. Jede gekaufte Nummer wird diesem Arbeitsbereich als aktiv hinzugefügt, für eingehende und ausgehende Anrufe. Anrufe an eine neue Nummer erreichen niemanden, bis Sie in den nächsten Schritten den Dienst wählen, der sie annimmt. Wird eine Nummer inzwischen von jemand anderem vergeben, wird sie übersprungen und Sie können eine andere wählen; die übrigen werden trotzdem gekauft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>I want to buy %n number(s).</source>
        <translation>
            <numerusform>Ich möchte %n Nummer kaufen.</numerusform>
            <numerusform>Ich möchte %n Nummern kaufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Buy %n number(s)</source>
        <translation>
            <numerusform>%n Nummer &amp;kaufen</numerusform>
            <numerusform>%n Nummern &amp;kaufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseRoutePage</name>
    <message>
        <location filename="../../ui/purchaseroutepage.cpp" line="+32"/>
        <source>Send calls to &amp;all new numbers to one service:</source>
        <translation>Anrufe an &amp;alle neuen Nummern zu einem Dienst leiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a service for &amp;each number</source>
        <translation>Für &amp;jede Nummer einen Dienst wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave them without an inbound service for now</source>
        <translation>Vorerst &amp;ohne Eingangsdienst lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service for all new numbers</source>
        <translation>Dienst für alle neuen Nummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also set call &amp;forwarding</source>
        <translation>Auch &amp;Rufweiterleitung festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disconnect the agent after transferring (recommended)</source>
        <translation>Agent nach dem Weiterverbinden &amp;trennen (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the agent on the line</source>
        <translation>Agent in der &amp;Leitung lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply to the bought numbers</source>
        <translation>Auf die gekauften Nummern anwen&amp;den</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route the new numbers</source>
        <translation>Routing der neuen Nummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the service that answers calls to the new numbers. You can change this later in the number&apos;s details.</source>
        <translation>Wählen Sie den Dienst, der Anrufe an die neuen Nummern annimmt. Sie können das später in den Details der Nummer ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routing result for each number</source>
        <translation>Routing-Ergebnis für jede Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Without the list of services you can only leave the numbers unrouted for now.</source>
        <translation>Ohne die Liste der Dienste können Sie die Nummern vorerst nur ohne Routing lassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The services could not be loaded. %1</source>
        <translation>Die Dienste konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Inbound service</source>
        <translation>Eingangsdienst</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Service for each number</source>
        <translation>Dienst für jede Nummer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Forwarding target</source>
        <translation>Weiterleitungsziel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward &amp;to:</source>
        <translation>Weiterleiten a&amp;n:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When the agent transfers a caller, the call goes to this number. It applies to every new number.</source>
        <translation>Wenn der Agent einen Anrufer weiterverbindet, geht der Anruf an diese Nummer. Das gilt für jede neue Nummer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading the workspace&apos;s services…</source>
        <translation>Dienste des Arbeitsbereichs werden geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This workspace has no services yet: leave the numbers unrouted and route them once a service exists.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Dienste: Lassen Sie die Nummern vorerst ohne Routing und legen Sie es fest, sobald es einen Dienst gibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a service</source>
        <translation>Dienst wählen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Inbound service for %1</source>
        <translation>Eingangsdienst für %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the number to forward to, or untick call forwarding.</source>
        <translation>Geben Sie die Nummer ein, an die weitergeleitet werden soll, oder entfernen Sie das Häkchen bei der Rufweiterleitung.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>A number cannot forward to itself: %1 is one of the new numbers.</source>
        <translation>Eine Nummer kann nicht an sich selbst weiterleiten: %1 ist eine der neuen Nummern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finish typing the number to forward to, or untick call forwarding.</source>
        <translation>Geben Sie die Nummer, an die weitergeleitet werden soll, zu Ende ein, oder entfernen Sie das Häkchen bei der Rufweiterleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the number to forward to, or untick call forwarding.</source>
        <translation>Korrigieren Sie die Nummer, an die weitergeleitet werden soll, oder entfernen Sie das Häkchen bei der Rufweiterleitung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the list of services…</source>
        <translation>Warten auf die Liste der Dienste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the service, or choose to leave the numbers without one for now.</source>
        <translation>Wählen Sie den Dienst oder lassen Sie die Nummern vorerst ohne Dienst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a service for %1.</source>
        <translation>Wählen Sie einen Dienst für %1.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Routing applied:</source>
        <translation>Routing angewendet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing applied to %1 of %2 numbers:</source>
        <translation>Routing auf %1 von %2 Nummern angewendet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PurchaseRouting</name>
    <message>
        <location filename="../../ui/purchaserouting.cpp" line="+35"/>
        <source>Not changed: stopped before this number.</source>
        <translation>Nicht geändert: vor dieser Nummer angehalten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inbound service not set: %1</source>
        <translation>Eingangsdienst nicht festgelegt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calls go to %1</source>
        <translation>Anrufe gehen an %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forwarding not set: %1</source>
        <translation>Weiterleitung nicht festgelegt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>forwards to %1</source>
        <translation>leitet an %1 weiter</translation>
    </message>
</context>
<context>
    <name>PurchaseRun</name>
    <message>
        <location filename="../../ui/purchaserun.cpp" line="+69"/>
        <location line="+45"/>
        <source>Not bought: the purchase was stopped before this number.</source>
        <translation>Nicht gekauft: Der Kauf wurde vor dieser Nummer angehalten.</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+63"/>
        <location line="+39"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>Not bought: %1</source>
        <translation>Nicht gekauft: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>No longer offered by the carrier; not bought. Pick an alternative below if you like.</source>
        <translation>Wird vom Anbieter nicht mehr angeboten; nicht gekauft. Wählen Sie bei Bedarf unten eine Alternative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+40"/>
        <source>this API key may not buy numbers (an admin key is needed).</source>
        <translation>dieser API-Schlüssel keine Nummern kaufen darf (ein Administratorschlüssel ist nötig).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Taken by someone else meanwhile; not bought. Pick an alternative below if you like.</source>
        <translation>Inzwischen an jemand anderen vergeben; nicht gekauft. Wählen Sie bei Bedarf unten eine Alternative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workspace has no telephony account any more.</source>
        <translation>der Arbeitsbereich kein Telefoniekonto mehr hat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>Bought and added to the workspace.</source>
        <translation>Gekauft und dem Arbeitsbereich hinzugefügt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown: the purchase&apos;s answer was lost and the workspace&apos;s numbers could not be read (%1). It may have been bought: look for %2 in the numbers list before buying it again.</source>
        <translation>Unbekannt: Die Antwort auf den Kauf ging verloren, und die Nummern des Arbeitsbereichs konnten nicht gelesen werden (%1). Möglicherweise wurde sie gekauft: Suchen Sie %2 in der Nummernliste, bevor Sie sie erneut kaufen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bought: the purchase&apos;s answer was lost, but the number is in the workspace.</source>
        <translation>Gekauft: Die Antwort auf den Kauf ging verloren, aber die Nummer ist im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown: the purchase&apos;s answer was lost and the workspace&apos;s numbers could not all be read. Look for %1 in the numbers list before buying it again.</source>
        <translation>Unbekannt: Die Antwort auf den Kauf ging verloren, und die Nummern des Arbeitsbereichs konnten nicht alle gelesen werden. Suchen Sie %1 in der Nummernliste, bevor Sie sie erneut kaufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not bought: the purchase&apos;s answer was lost, and the number is not among the workspace&apos;s numbers.</source>
        <translation>Nicht gekauft: Die Antwort auf den Kauf ging verloren, und die Nummer ist nicht unter den Nummern des Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>PurchaseSearchPage</name>
    <message>
        <location filename="../../ui/purchasesearchpage.cpp" line="+40"/>
        <source>Sea&amp;rch</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MM&amp;S</source>
        <translation>MM&amp;S</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;different numbers</source>
        <translation>Andere N&amp;ummern anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to basket</source>
        <translation>In den Warenkorb le&amp;gen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remo&amp;ve from basket</source>
        <translation>Aus dem Warenkorb ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find numbers</source>
        <translation>Nummern finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the carrier&apos;s available numbers and put the ones you want in the basket. The basket keeps your picks when you search again.</source>
        <translation>Durchsuchen Sie die verfügbaren Nummern des Anbieters und legen Sie die gewünschten in den Warenkorb. Der Warenkorb behält Ihre Auswahl, wenn Sie erneut suchen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Available numbers</source>
        <translation>Verfügbare Nummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Space to put the current number in the basket or take it out.</source>
        <translation>Drücken Sie die Leertaste, um die aktuelle Nummer in den Warenkorb zu legen oder herauszunehmen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Search at the carrier</source>
        <translation>Suche beim Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area code</source>
        <translation>Vorwahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <comment>area code placeholder</comment>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits the number contains</source>
        <translation>Ziffern, die die Nummer enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any digits</source>
        <comment>contains placeholder</comment>
        <translation>beliebige Ziffern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many numbers to ask for</source>
        <translation>Wie viele Nummern angefragt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area code:</source>
        <translation>&amp;Vorwahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tains the digits:</source>
        <translation>Ent&amp;hält die Ziffern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refine the results on this computer</source>
        <translation>Ergebnisse auf diesem Computer eingrenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The carrier&apos;s search has no place or capability filter, so these narrow the numbers it sent without asking it again.</source>
        <translation>Die Suche des Anbieters kennt keinen Filter für Ort oder Funktionen; diese Felder grenzen daher die gelieferten Nummern ein, ohne erneut anzufragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locality or region contains</source>
        <translation>Ort oder Region enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a city or state</source>
        <comment>place placeholder</comment>
        <translation>z. B. eine Stadt oder ein Bundesland</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Locality or region:</source>
        <translation>&amp;Ort oder Region:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Must have:</source>
        <translation>Erforderlich:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Basket</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose a country to search in.</source>
        <translation>Wählen Sie ein Land für die Suche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Area codes in %1 have three digits, such as 212.</source>
        <translation>Vorwahlen im Land „%1“ haben drei Ziffern, zum Beispiel 212.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type at least two digits the number should contain, or leave the field empty.</source>
        <translation>Geben Sie mindestens zwei Ziffern ein, die die Nummer enthalten soll, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Searching the carrier…</source>
        <translation>Beim Anbieter wird gesucht…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The search failed. %1</source>
        <translation>Die Suche ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The carrier has no other numbers for this search right now. Try another area code or fewer digits.</source>
        <translation>Der Anbieter hat für diese Suche gerade keine anderen Nummern. Versuchen Sie eine andere Vorwahl oder weniger Ziffern.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>area code %1</source>
        <translation>Vorwahl %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>containing “%1”</source>
        <translation>enthält „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>up to %n number(s)</source>
        <translation>
            <numerusform>bis zu %n Nummer</numerusform>
            <numerusform>bis zu %n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>locality or region contains “%1”</source>
        <translation>Ort oder Region enthält „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has %1</source>
        <translation>hat %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No search yet. Choose the country and, if you like, an area code, then Search.</source>
        <translation>Noch keine Suche. Wählen Sie das Land und bei Bedarf eine Vorwahl, dann „Suchen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Searched at the carrier: %1.</source>
        <translation>Beim Anbieter gesucht: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing refined on this computer: showing all %n number(s) the carrier sent.</source>
        <translation>
            <numerusform>Auf diesem Computer nicht eingegrenzt: Die %n Nummer des Anbieters wird angezeigt.</numerusform>
            <numerusform>Auf diesem Computer nicht eingegrenzt: Alle %n Nummern des Anbieters werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Refined on this computer: %1. Showing %2 of the %n number(s) the carrier sent.</source>
        <translation>
            <numerusform>Auf diesem Computer eingegrenzt: %1. Angezeigt: %2 von %n Nummer des Anbieters.</numerusform>
            <numerusform>Auf diesem Computer eingegrenzt: %1. Angezeigt: %2 von %n Nummern des Anbieters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The carrier has no numbers for this search. An area code can run out of free numbers, and the more digits a number must contain, the fewer match. Try another area code, fewer digits in “Contains”, or no area code at all.</source>
        <translation>Der Anbieter hat für diese Suche keine Nummern. Einer Vorwahl können die freien Nummern ausgehen, und je mehr Ziffern eine Nummer enthalten muss, desto weniger passen. Versuchen Sie eine andere Vorwahl, weniger Ziffern bei „Enthält“ oder gar keine Vorwahl.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The carrier sent %n number(s), but none matches the refinement on this computer (%1). Clear the locality or region text, untick a capability, or search a nearby area code.</source>
        <translation>
            <numerusform>Der Anbieter hat %n Nummer geliefert, sie passt aber nicht zur Eingrenzung auf diesem Computer (%1). Leeren Sie das Feld „Ort oder Region“, entfernen Sie ein Häkchen bei den Funktionen oder suchen Sie eine benachbarte Vorwahl.</numerusform>
            <numerusform>Der Anbieter hat %n Nummern geliefert, aber keine passt zur Eingrenzung auf diesem Computer (%1). Leeren Sie das Feld „Ort oder Region“, entfernen Sie ein Häkchen bei den Funktionen oder suchen Sie eine benachbarte Vorwahl.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Empty. Tick numbers in the results to add them.</source>
        <translation>Leer. Markieren Sie Nummern in den Ergebnissen, um sie hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n number(s) picked.</source>
        <translation>
            <numerusform>%n Nummer ausgewählt.</numerusform>
            <numerusform>%n Nummern ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put at least one number in the basket to go on.</source>
        <translation>Legen Sie mindestens eine Nummer in den Warenkorb, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>PurchaseWizard</name>
    <message>
        <location filename="../../ui/purchasewizard.cpp" line="+38"/>
        <source>Buy Numbers</source>
        <translation>Nummern kaufen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The telephony account %1 is set up for this workspace.</source>
        <translation>Das Telefoniekonto %1 ist für diesen Arbeitsbereich eingerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up the telephony account was interrupted; it may exist now. Setting it up again is safe.</source>
        <translation>Das Einrichten des Telefoniekontos wurde unterbrochen; möglicherweise besteht es jetzt. Es erneut einzurichten ist unbedenklich.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n number(s) were bought and are in your workspace: %1.</source>
        <translation>
            <numerusform>%n Nummer wurde gekauft und ist in Ihrem Arbeitsbereich: %1.</numerusform>
            <numerusform>%n Nummern wurden gekauft und sind in Ihrem Arbeitsbereich: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No number was bought.</source>
        <translation>Es wurde keine Nummer gekauft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not known whether %1 was bought: look in the numbers list before buying it again.</source>
        <translation>Es ist nicht bekannt, ob %1 gekauft wurde: Sehen Sie in der Nummernliste nach, bevor Sie sie erneut kaufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new numbers have no inbound service yet; calls to them reach no one until you choose one in the number&apos;s details.</source>
        <translation>Die neuen Nummern haben noch keinen Eingangsdienst; Anrufe an sie erreichen niemanden, bis Sie in den Details der Nummer einen wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was bought or changed.</source>
        <translation>Es wurde nichts gekauft oder geändert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Buying Numbers Stopped</source>
        <translation>Nummernkauf angehalten</translation>
    </message>
</context>
<context>
    <name>RegisterNumberDialog</name>
    <message>
        <location filename="../../ui/registernumberdialog.cpp" line="+38"/>
        <source>&amp;Inbound calls</source>
        <translation>Ein&amp;gehende Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utbound calls</source>
        <translation>A&amp;usgehende Anrufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward calls</source>
        <translation>Anrufe &amp;weiterleiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disconnect the agent after transferring (recommended)</source>
        <translation>Agent nach dem Weiterverbinden &amp;trennen (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the agent on the line</source>
        <translation>Agent in der &amp;Leitung lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a number</source>
        <translation>Nummer registrieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registers a number this workspace already has with its carrier, so that its calls reach the workspace. To buy a new number, use Buy numbers instead.</source>
        <translation>Registriert eine Nummer, die dieser Arbeitsbereich bereits bei seinem Anbieter hat, damit ihre Anrufe den Arbeitsbereich erreichen. Um eine neue Nummer zu kaufen, verwenden Sie stattdessen „Nummern kaufen“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number to register</source>
        <translation>Zu registrierende Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name length</source>
        <translation>Länge des Anzeigenamens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active: calls are handled</source>
        <translation>Aktiv: Anrufe werden angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive: calls are not handled</source>
        <translation>Inaktiv: Anrufe werden nicht angenommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forwarding target</source>
        <translation>Weiterleitungsziel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Display na&amp;me:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A number cannot forward to itself.</source>
        <translation>Eine Nummer kann nicht an sich selbst weiterleiten.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capabilities:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound ser&amp;vice:</source>
        <translation>Eingangs&amp;dienst:</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Registering…</source>
        <translation>Wird registriert…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This number is already registered.</source>
        <translation>Diese Nummer ist bereits registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already registered</source>
        <translation>Bereits registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already registered. Open the registered number instead?</source>
        <translation>%1 ist bereits registriert. Stattdessen die registrierte Nummer öffnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the registered number</source>
        <translation>Registrierte Nummer ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiterbearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for the registered number…</source>
        <translation>Registrierte Nummer wird gesucht…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is registered, but not in this workspace&apos;s list: it may belong to another workspace.</source>
        <translation>%1 ist registriert, aber nicht in der Liste dieses Arbeitsbereichs: Sie gehört möglicherweise zu einem anderen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>RemoveNumberDialog</name>
    <message>
        <location filename="../../ui/removenumberdialog.cpp" line="+28"/>
        <source>&amp;Release to carrier</source>
        <translation>An den Anbieter &amp;zurückgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from workspace</source>
        <translation>Aus dem Arbeitsbereich &amp;entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release %1 to the carrier</source>
        <translation>%1 an den Anbieter zurückgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the workspace</source>
        <translation>%1 aus dem Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Releasing gives this number back to the carrier and removes it from the workspace. This cannot be undone: the carrier may give the number to someone else, and it may not be possible to buy it again.</source>
        <translation>Beim Zurückgeben geht diese Nummer an den Anbieter zurück und wird aus dem Arbeitsbereich entfernt. Das lässt sich nicht rückgängig machen: Der Anbieter kann die Nummer an jemand anderen vergeben, und möglicherweise kann sie nicht erneut gekauft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing takes this number out of the workspace: its calls are no longer answered by the workspace&apos;s services. The number stays on the carrier account (and may still be billed there); it can be registered again later.</source>
        <translation>Beim Entfernen wird diese Nummer aus dem Arbeitsbereich herausgenommen: Ihre Anrufe werden nicht mehr von den Diensten des Arbeitsbereichs angenommen. Die Nummer bleibt im Konto beim Anbieter (und wird dort möglicherweise weiter berechnet); sie kann später erneut registriert werden.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Inbound service: %1</source>
        <translation>Eingangsdienst: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call forwarding: %1</source>
        <translation>Rufweiterleitung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-93"/>
        <source>No other loaded number forwards to it (%n number(s) loaded).</source>
        <translation>
            <numerusform>Keine andere geladene Nummer leitet an sie weiter (%n Nummer geladen).</numerusform>
            <numerusform>Keine andere geladene Nummer leitet an sie weiter (%n Nummern geladen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Forwarded to by %n other number(s): %1. Their forwarding would lead nowhere.</source>
        <translation>
            <numerusform>%n andere Nummer leitet an sie weiter: %1. Deren Weiterleitung würde ins Leere führen.</numerusform>
            <numerusform>%n andere Nummern leiten an sie weiter: %1. Deren Weiterleitung würde ins Leere führen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What is attached to this number</source>
        <translation>Was mit dieser Nummer verbunden ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To confirm, type the last four digits of the number (%1):</source>
        <translation>Geben Sie zur Bestätigung die letzten vier Ziffern der Nummer ein (%1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last four digits of the number</source>
        <translation>Letzte vier Ziffern der Nummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached to this number:</source>
        <translation>Mit dieser Nummer verbunden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number has no carrier SID, so it cannot be released from here. Remove it from the workspace instead, or release it in the carrier&apos;s console.</source>
        <translation>Diese Nummer hat keine SID beim Anbieter und kann daher nicht von hier aus zurückgegeben werden. Entfernen Sie sie stattdessen aus dem Arbeitsbereich oder geben Sie sie in der Konsole des Anbieters zurück.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Releasing the number to the carrier…</source>
        <translation>Nummer wird an den Anbieter zurückgegeben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the number from the workspace…</source>
        <translation>Nummer wird aus dem Arbeitsbereich entfernt…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had already been removed from the workspace. It has been taken off the list.</source>
        <translation>%1 war bereits aus dem Arbeitsbereich entfernt. Die Nummer wurde aus der Liste genommen.</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <location filename="../../models/servicelistmodel.cpp" line="+42"/>
        <source>None (inbound calls are not routed to a service)</source>
        <translation>Keiner (eingehende Anrufe werden an keinen Dienst geleitet)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <location filename="../../ui/servicepicker.cpp" line="+27"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to search services by name…</source>
        <translation>Tippen, um Dienste nach Namen zu suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search services</source>
        <translation>Dienste durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chosen service</source>
        <translation>Gewählter Dienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the services again</source>
        <translation>Die Dienste erneut laden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading services…</source>
        <translation>Dienste werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services could not be loaded: %1</source>
        <translation>Dienste konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has no services.</source>
        <translation>Dieser Arbeitsbereich hat keine Dienste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service matches “%1”.</source>
        <translation>Kein Dienst passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>TableStatus</name>
    <message numerus="yes">
        <location filename="../../ui/tablestatus.cpp" line="+16"/>
        <source>Matches: %Ln among %1 loaded</source>
        <translation>
            <numerusform>Treffer: %Ln unter %1 geladenen</numerusform>
            <numerusform>Treffer: %Ln unter %1 geladenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loaded %Ln of %1 numbers</source>
        <translation>
            <numerusform>%Ln von %1 Nummern geladen</numerusform>
            <numerusform>%Ln von %1 Nummern geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loaded so far: %Ln</source>
        <translation>
            <numerusform>Bisher geladen: %Ln</numerusform>
            <numerusform>Bisher geladen: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loaded: %Ln; the list may be incomplete</source>
        <translation>
            <numerusform>Geladen: %Ln; die Liste ist möglicherweise unvollständig</numerusform>
            <numerusform>Geladen: %Ln; die Liste ist möglicherweise unvollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Numbers: %Ln loaded, but the server now counts %1; refresh (F5) to update</source>
        <translation>
            <numerusform>%Ln Nummer geladen, der Server zählt jetzt aber %1; aktualisieren Sie (F5)</numerusform>
            <numerusform>%Ln Nummern geladen, der Server zählt jetzt aber %1; aktualisieren Sie (F5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Numbers: %Ln, all loaded</source>
        <translation>
            <numerusform>%Ln Nummer, alle geladen</numerusform>
            <numerusform>%Ln Nummern, alle geladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; loading more…</source>
        <translation>%1; weitere werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; scroll to load more</source>
        <translation>%1; scrollen, um weitere zu laden</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Filtered among %Ln loaded; load all to search everything.</source>
        <translation>
            <numerusform>Gefiltert unter %Ln geladenen; laden Sie alle, um alles zu durchsuchen.</numerusform>
            <numerusform>Gefiltert unter %Ln geladenen; laden Sie alle, um alles zu durchsuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Sorted among %Ln loaded only</source>
        <translation>
            <numerusform>Nur unter %Ln geladenen sortiert</numerusform>
            <numerusform>Nur unter %Ln geladenen sortiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/commandline.cpp" line="+20"/>
        <source>Manage the phone numbers of an Amigo Platform workspace.</source>
        <translation>Verwalten Sie die Rufnummern eines Arbeitsbereichs der Amigo Platform.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the embedded local sandbox (demo data).</source>
        <translation>Die eingebettete lokale Sandbox verwenden (Demodaten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform API address; the API key is read from the AMIGO_API_KEY environment variable.</source>
        <translation>Adresse der Platform-API; der API-Schlüssel wird aus der Umgebungsvariablen AMIGO_API_KEY gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace id (UUID).</source>
        <translation>ID des Arbeitsbereichs (UUID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the main window to a PNG once the first page has arrived, print a summary line and exit.</source>
        <translation>Das Hauptfenster als PNG speichern, sobald die erste Seite angekommen ist, eine Zusammenfassung ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the saved connection profile with this name.</source>
        <translation>Das gespeicherte Verbindungsprofil mit diesem Namen öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the saved connection profiles and exit.</source>
        <translation>Die gespeicherten Verbindungsprofile auflisten und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot: trigger this action of the main window (e.g. aboutAction) and render the dialog it opens; further comma-separated steps act in that dialog.</source>
        <translation>Mit --screenshot: diese Aktion des Hauptfensters auslösen (z. B. aboutAction) und den geöffneten Dialog speichern; weitere, durch Kommas getrennte Schritte wirken in diesem Dialog.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>action</source>
        <translation>aktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open with this search applied: a number in any format, a name or a note.</source>
        <translation>Mit dieser Suche öffnen: eine Nummer in beliebigem Format, ein Name oder eine Notiz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open showing only active or inactive numbers.</source>
        <translation>Beim Öffnen nur aktive oder inaktive Nummern anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active|inactive</source>
        <translation>active|inactive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every page on start, so search and sort cover all numbers.</source>
        <translation>Beim Start alle Seiten laden, damit Suche und Sortierung alle Nummern umfassen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--status takes active or inactive.</source>
        <translation>--status erwartet active oder inactive.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--screenshot-action needs --screenshot.</source>
        <translation>--screenshot-action erfordert --screenshot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use only one of --sandbox, --profile and --base-url.</source>
        <translation>Verwenden Sie nur eine der Optionen --sandbox, --profile und --base-url.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--workspace needs --base-url as well.</source>
        <translation>--workspace erfordert zusätzlich --base-url.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--base-url needs an http or https address such as https://api.platform.amigo.ai, not “%1”.</source>
        <translation>--base-url erwartet eine http- oder https-Adresse wie https://api.platform.amigo.ai, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--base-url needs --workspace as well.</source>
        <translation>--base-url erfordert zusätzlich --workspace.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--workspace needs a workspace id, a UUID such as 123e4567-e89b-12d3-a456-426614174000, not “%1”.</source>
        <translation>--workspace erfordert die ID eines Arbeitsbereichs, eine UUID wie 123e4567-e89b-12d3-a456-426614174000, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/headlessrun.cpp" line="+149"/>
        <source>Loading failed.</source>
        <translation>Das Laden ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No dialog opened.</source>
        <translation>Es wurde kein Dialog geöffnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The step “%1” could not be done.</source>
        <translation>Der Schritt „%1“ konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The main window has no enabled action named “%1”. Enabled actions: %2.</source>
        <translation>Das Hauptfenster hat keine aktive Aktion namens „%1“. Aktive Aktionen: %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Timed out waiting for the first page.</source>
        <translation>Zeitüberschreitung beim Warten auf die erste Seite.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="+86"/>
        <source>Set the AMIGO_API_KEY environment variable to use --base-url.</source>
        <translation>Setzen Sie die Umgebungsvariable AMIGO_API_KEY, um --base-url zu verwenden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no connection profile named “%1”. These exist:</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“. Vorhanden sind:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Amigo Numbers</source>
        <translation>Amigo Numbers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check the key in the AMIGO_API_KEY environment variable.</source>
        <translation>Prüfen Sie den Schlüssel in der Umgebungsvariablen AMIGO_API_KEY.</translation>
    </message>
</context>
</TS>
