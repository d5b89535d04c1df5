<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Lifeboat::Archive</name>
    <message>
        <source>%1 already exists. Choose another name or open it.</source>
        <translation>%1 gibt es bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be created. Check that the folder exists and that you may write to it.</source>
        <translation>Das Archiv %1 kann nicht angelegt werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be made private.</source>
        <translation>Das Archiv %1 kann nicht vor anderen Benutzern geschützt werden.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>Das Archiv %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted. Give its passphrase to open it.</source>
        <translation>Das Archiv %1 ist verschlüsselt. Geben Sie seine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The archive %1 is not encrypted, so it has no passphrase to change.</source>
        <translation>Das Archiv %1 ist nicht verschlüsselt und hat daher keine Passphrase, die sich ändern ließe.</translation>
    </message>
    <message>
        <source>The archive %1 is open read-only.</source>
        <translation>Das Archiv %1 ist nur zum Lesen geöffnet.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveCopy</name>
    <message>
        <source>The copy %1 cannot be created. Check that the folder exists, that you may write to it, and that the disk has space.</source>
        <translation>Die Kopie %1 kann nicht angelegt werden. Prüfen Sie, ob der Ordner existiert, ob Sie darin schreiben dürfen und ob auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <source>The disk is full: the copy %1 could not be written. Free some space or choose another disk, then save the copy again.</source>
        <translation>Der Datenträger ist voll: Die Kopie %1 konnte nicht geschrieben werden. Schaffen Sie Platz oder wählen Sie einen anderen Datenträger und speichern Sie die Kopie dann erneut.</translation>
    </message>
    <message>
        <source>The archive was too busy to be copied. Try again when the backup writing to it has finished.</source>
        <translation>Das Archiv war zu beschäftigt, um kopiert zu werden. Versuchen Sie es erneut, wenn die Sicherung, die hineinschreibt, beendet ist.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be copied. Run a verify to see which snapshots are affected.</source>
        <translation>Das Archiv ist beschädigt und kann nicht kopiert werden. Führen Sie eine Prüfung durch, um zu sehen, welche Schnappschüsse betroffen sind.</translation>
    </message>
    <message>
        <source>Writing the copy %1 failed. Check the disk, then save the copy again.</source>
        <translation>Das Schreiben der Kopie %1 ist fehlgeschlagen. Prüfen Sie den Datenträger und speichern Sie die Kopie dann erneut.</translation>
    </message>
    <message>
        <source>Saving the copy was cancelled.</source>
        <translation>Das Speichern der Kopie wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the copy.</source>
        <translation>%1 ist ein Ordner. Wählen Sie einen Dateinamen für die Kopie.</translation>
    </message>
    <message>
        <source>An archive cannot be copied onto itself. Choose another file name.</source>
        <translation>Ein Archiv kann nicht auf sich selbst kopiert werden. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1. Check that you may write there.</source>
        <translation>Die Kopie konnte nicht als %1 gespeichert werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveKeyring</name>
    <message>
        <source>The encryption data of the archive %1 is damaged; the archive cannot be unlocked. Use a backup copy of the file if you have one.</source>
        <translation>Die Verschlüsselungsdaten des Archivs %1 sind beschädigt; das Archiv kann nicht entsperrt werden. Verwenden Sie eine Sicherungskopie der Datei, falls Sie eine haben.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the archive key from the passphrase (%1 MiB are needed). Close other programs and try again.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um den Archivschlüssel aus der Passphrase abzuleiten (%1 MiB werden benötigt). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The passphrase for the archive %1 is wrong. Type it again, exactly as it was set (upper and lower case matter).</source>
        <translation>Die Passphrase für das Archiv %1 ist falsch. Geben Sie sie erneut ein, genau so, wie sie festgelegt wurde (Groß- und Kleinschreibung zählen).</translation>
    </message>
    <message>
        <source>The key given for the archive %1 does not unlock it. Open it with its passphrase.</source>
        <translation>Der für das Archiv %1 angegebene Schlüssel entsperrt es nicht. Öffnen Sie es mit seiner Passphrase.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveReaderWorker</name>
    <message>
        <source>No archive is open.</source>
        <translation>Es ist kein Archiv geöffnet.</translation>
    </message>
    <message>
        <source>The archive lists this item but does not keep its content. Back up the handset again to store it.</source>
        <translation>Das Archiv führt diesen Eintrag, enthält aber seinen Inhalt nicht. Sichern Sie das Telefon erneut, um ihn zu speichern.</translation>
    </message>
    <message>
        <source>This file is too large to show here (%1 MB). Export it to open it in another program.</source>
        <translation>Diese Datei ist zu groß, um sie hier anzuzeigen (%1 MB). Exportieren Sie sie, um sie mit einem anderen Programm zu öffnen.</translation>
    </message>
    <message>
        <source>The stored file is larger than its recorded size.</source>
        <translation>Die gespeicherte Datei ist größer als ihre verzeichnete Größe.</translation>
    </message>
    <message>
        <source>The stored card of this contact could not be found.</source>
        <translation>Die gespeicherte Karte dieses Kontakts wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1. Its original bytes are kept; export it to open it in another program.</source>
        <translation>Dieses Foto kann nicht angezeigt werden: %1. Die Originaldaten bleiben erhalten; exportieren Sie es, um es mit einem anderen Programm zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveUnlocker</name>
    <message>
        <source>%1 is encrypted. Open it with File &gt; Open to type its passphrase.</source>
        <translation>%1 ist verschlüsselt. Öffnen Sie es mit Datei &gt; Archiv öffnen, um seine Passphrase einzugeben.</translation>
    </message>
    <message>
        <source>%1 was not opened: it is encrypted and no passphrase was given.</source>
        <translation>%1 wurde nicht geöffnet: Es ist verschlüsselt und es wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>%1 was not opened: the passphrase was wrong %2 times.</source>
        <translation>%1 wurde nicht geöffnet: Die Passphrase war %2-mal falsch.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupCommand</name>
    <message>
        <source>For virtual handsets: lifeboat (default) or android.</source>
        <translation>Für virtuelle Telefone: lifeboat (Standard) oder android.</translation>
    </message>
    <message>
        <source>Seconds to wait for a locked handset to be unlocked (default 60).</source>
        <translation>Wie viele Sekunden auf das Entsperren eines gesperrten Telefons gewartet wird (Standard: 60).</translation>
    </message>
    <message>
        <source>The archive to write (default: the handset&apos;s archive in the library folder).</source>
        <translation>Das Archiv, in das geschrieben wird (Standard: das Archiv des Telefons im Bibliotheksordner).</translation>
    </message>
    <message>
        <source>Name the handset with --device (see lifeboat-cli devices).</source>
        <translation>Geben Sie das Telefon mit --device an (siehe lifeboat-cli devices).</translation>
    </message>
    <message>
        <source>--wait-unlock takes a number of seconds.</source>
        <translation>--wait-unlock erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>The backup did not complete.</source>
        <translation>Die Sicherung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>lifeboat-cli backup: %1</source>
        <translation>lifeboat-cli backup: %1</translation>
    </message>
    <message>
        <source>Backed up %1 (serial %2) into snapshot %3 of %4.</source>
        <translation>%1 (Seriennummer %2) wurde in Schnappschuss %3 von %4 gesichert.</translation>
    </message>
    <message>
        <source>Backup cancelled: snapshot %1 is kept as cancelled. What was copied is kept and the next backup continues from there.</source>
        <translation>Sicherung abgebrochen: Schnappschuss %1 bleibt als abgebrochen erhalten. Was schon kopiert wurde, bleibt erhalten, und die nächste Sicherung macht dort weiter.</translation>
    </message>
    <message>
        <source>Backup failed: snapshot %1 is kept as failed. What was copied is kept and the next backup continues from there.</source>
        <translation>Sicherung fehlgeschlagen: Schnappschuss %1 bleibt als fehlgeschlagen erhalten. Was schon kopiert wurde, bleibt erhalten, und die nächste Sicherung macht dort weiter.</translation>
    </message>
    <message>
        <source>%1 objects (%2): %3 copied (%4) in %5 s, %6 unchanged since an earlier backup.</source>
        <translation>%1 Objekte (%2): %3 kopiert (%4) in %5 s, %6 seit einer früheren Sicherung unverändert.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>… and %1 more notes (--format json lists them all).</source>
        <translation>… und %1 weitere Hinweise (--format json listet alle auf).</translation>
    </message>
    <message>
        <source>Browse it:   lifeboat-cli show --archive %1 --kind contacts</source>
        <translation>Ansehen:          lifeboat-cli show --archive %1 --kind contacts</translation>
    </message>
    <message>
        <source>Export it:   lifeboat-cli export --archive %1 --out DIR</source>
        <translation>Exportieren:      lifeboat-cli export --archive %1 --out DIR</translation>
    </message>
    <message>
        <source>Restore it:  lifeboat-cli restore --archive %1 --device SERIAL --dry-run</source>
        <translation>Wiederherstellen: lifeboat-cli restore --archive %1 --device SERIAL --dry-run</translation>
    </message>
    <message>
        <source>Back up a handset into its archive</source>
        <translation>Ein Telefon in sein Archiv sichern</translation>
    </message>
    <message>
        <source>Create the archive encrypted under a passphrase (asked for twice, or --new-passphrase-fd / LIFEBOAT_NEW_PASSPHRASE).</source>
        <translation>Das Archiv verschlüsselt mit einer Passphrase anlegen (wird zweimal abgefragt, oder --new-passphrase-fd / LIFEBOAT_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>%1 exists and is not encrypted; an archive is encrypted when it is created. Back up into a new archive with --archive FILE --encrypt.</source>
        <translation>%1 existiert und ist nicht verschlüsselt; ein Archiv wird beim Anlegen verschlüsselt. Sichern Sie in ein neues Archiv mit --archive FILE --encrypt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupController</name>
    <message>
        <source>Encrypted archive: back up now to enter its passphrase</source>
        <translation>Verschlüsseltes Archiv: Jetzt sichern, um seine Passphrase einzugeben</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupJob</name>
    <message>
        <source>Connecting to the handset</source>
        <translation>Verbindung mit dem Telefon wird hergestellt</translation>
    </message>
    <message>
        <source>Interrupted: Lifeboat stopped before the backup finished.</source>
        <translation>Unterbrochen: Lifeboat wurde beendet, bevor die Sicherung fertig war.</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>The handset is locked: unlock it and keep it connected</source>
        <translation>Das Telefon ist gesperrt: Entsperren Sie es und lassen Sie es verbunden</translation>
    </message>
    <message>
        <source>The handset is locked. Unlock it, keep it connected, and choose &quot;File transfer&quot; if it asks how to use USB.</source>
        <translation>Das Telefon ist gesperrt. Entsperren Sie es, lassen Sie es verbunden und wählen Sie „Dateiübertragung“, falls es fragt, wofür USB verwendet werden soll.</translation>
    </message>
    <message>
        <source>Listing the handset</source>
        <translation>Inhalt des Telefons wird aufgelistet</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>%1 changed on the handset while it was copied; it will be copied by the next backup.</source>
        <translation type="vanished">%1 hat sich auf dem Telefon geändert, während es kopiert wurde; die nächste Sicherung kopiert es.</translation>
    </message>
    <message>
        <source>%1 is too large to index; it is stored and will be restored.</source>
        <translation>%1 ist zu groß für den Index; es wird gespeichert und wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it is stored and will be restored as it is.</source>
        <translation>%1 konnte nicht gelesen werden (%2); es wird gespeichert und unverändert wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The handset does not report a serial number, so Lifeboat cannot tell it apart from other handsets and cannot back it up.</source>
        <translation>Das Telefon meldet keine Seriennummer, daher kann Lifeboat es nicht von anderen Telefonen unterscheiden und nicht sichern.</translation>
    </message>
    <message>
        <source>The handset lists %1 with %2 bytes, more than its storage holds; it is not copied.</source>
        <translation>Das Telefon führt %1 mit %2 Bytes auf, mehr als sein Speicher fasst; es wird nicht kopiert.</translation>
    </message>
    <message>
        <source>%1 was not copied: the handset listed it as %2 bytes but sent %3. If the file was changing (a photo being saved), the next backup copies it; if this repeats, copy the file off the handset another way.</source>
        <translation>%1 wurde nicht kopiert: Das Telefon gab %2 Bytes an, sendete aber %3. Wenn sich die Datei gerade änderte (ein Foto wurde gespeichert), kopiert die nächste Sicherung sie; wiederholt sich das, kopieren Sie die Datei auf anderem Weg vom Telefon.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Show Backup</source>
        <translation>Sicherung &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>%1 wird gesichert</translation>
    </message>
    <message>
        <source>Opening the handset</source>
        <translation>Telefon wird geöffnet</translation>
    </message>
    <message>
        <source>Progress per kind</source>
        <translation>Fortschritt je Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Sicherung abbrechen</translation>
    </message>
    <message>
        <source>Stops the backup (Esc). What was copied so far is kept.</source>
        <translation>Hält die Sicherung an (Esc). Was bis dahin kopiert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Show the new backup</source>
        <translation>Die neue Sicherung anzeigen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Fast fertig</translation>
    </message>
    <message numerus="yes">
        <source>About %n seconds left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute left</source>
        <translation>Noch etwa eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour left</source>
        <translation>Noch etwa eine Stunde</translation>
    </message>
    <message numerus="yes">
        <source>About %n hours left</source>
        <translation>
            <numerusform>Noch etwa %n Stunde</numerusform>
            <numerusform>Noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Übertragungsrate: %1</translation>
    </message>
    <message>
        <source>Backup complete: %1 contacts, %2 events, %3 to-dos and %4 photos (%5 in all).</source>
        <translation>Sicherung abgeschlossen: %1 Kontakte, %2 Termine, %3 Aufgaben und %4 Fotos (insgesamt %5).</translation>
    </message>
    <message>
        <source>%1 objects copied (%2), %3 unchanged ones reused from earlier backups.</source>
        <translation>%1 Objekte kopiert (%2), %3 unveränderte aus früheren Sicherungen übernommen.</translation>
    </message>
    <message>
        <source>Warnings (%1): %2</source>
        <translation>Warnungen (%1): %2</translation>
    </message>
    <message>
        <source>The backup was cancelled. Everything copied so far is kept in the archive; the next backup carries on from there.</source>
        <translation>Die Sicherung wurde abgebrochen. Alles bis dahin Kopierte bleibt im Archiv; die nächste Sicherung macht dort weiter.</translation>
    </message>
    <message>
        <source>The backup did not complete.</source>
        <translation>Die Sicherung wurde nicht vollständig abgeschlossen.</translation>
    </message>
    <message>
        <source>The backup failed. %1</source>
        <translation>Die Sicherung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <source>Backup not complete</source>
        <translation>Sicherung unvollständig</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Sicherung abgebrochen</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CalendarPreScanner</name>
    <message>
        <source>The calendar file is larger than %1 MiB, which Lifeboat does not read. It is probably not a calendar.</source>
        <translation>Die Kalenderdatei ist größer als %1 MiB; so große Dateien liest Lifeboat nicht. Wahrscheinlich ist es kein Kalender.</translation>
    </message>
    <message>
        <source>The calendar file contains binary data and cannot be read.</source>
        <translation>Die Kalenderdatei enthält Binärdaten und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A line in the calendar file is longer than %1 KiB, which Lifeboat does not read.</source>
        <translation>Eine Zeile der Kalenderdatei ist länger als %1 KiB; so lange Zeilen liest Lifeboat nicht.</translation>
    </message>
    <message>
        <source>The calendar file nests components deeper than %1 levels, which Lifeboat does not read.</source>
        <translation>Die Kalenderdatei verschachtelt Komponenten tiefer als %1 Ebenen; das liest Lifeboat nicht.</translation>
    </message>
    <message>
        <source>The calendar file holds more than %1 components, which Lifeboat does not read.</source>
        <translation>Die Kalenderdatei enthält mehr als %1 Komponenten; das liest Lifeboat nicht.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: its components do not end in the order they begin.</source>
        <translation>Die Kalenderdatei ist beschädigt: Ihre Komponenten enden nicht in der Reihenfolge, in der sie beginnen.</translation>
    </message>
    <message>
        <source>A calendar entry has more than %1 properties, which Lifeboat does not read.</source>
        <translation>Ein Kalendereintrag hat mehr als %1 Eigenschaften; das liest Lifeboat nicht.</translation>
    </message>
    <message>
        <source>The calendar file is cut off: it ends before its last entry is complete.</source>
        <translation>Die Kalenderdatei ist abgeschnitten: Sie endet, bevor ihr letzter Eintrag vollständig ist.</translation>
    </message>
    <message>
        <source>The file holds no calendar entries (no BEGIN:VCALENDAR).</source>
        <translation>Die Datei enthält keine Kalendereinträge (kein BEGIN:VCALENDAR).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CalendarView</name>
    <message>
        <source>Events on the selected day</source>
        <translation>Termine am ausgewählten Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Agenda of the shown month</source>
        <translation>Terminübersicht des angezeigten Monats</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Some repeating events have rules Lifeboat cannot expand; they are shown on their first date only.</source>
        <translation>Einige wiederkehrende Termine haben Regeln, die Lifeboat nicht auflösen kann; sie werden nur an ihrem ersten Datum angezeigt.</translation>
    </message>
    <message>
        <source>This snapshot holds no calendar events.</source>
        <translation>Dieser Schnappschuss enthält keine Termine.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation>Termine im %1</translation>
    </message>
    <message>
        <source>No events this month.</source>
        <translation>Keine Termine in diesem Monat.</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>An diesem Tag ist nichts eingetragen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Cli</name>
    <message>
        <source>Usage: lifeboat-cli COMMAND [OPTIONS]</source>
        <translation>Aufruf: lifeboat-cli BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Back up and restore a handset&apos;s contacts, calendar, to-dos and photos.</source>
        <translation>Kontakte, Kalender, Aufgaben und Fotos eines Telefons sichern und wiederherstellen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s with COMMAND --help</source>
        <translation>Diese Hilfe anzeigen, oder die eines Befehls mit BEFEHL --help</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <source>Show versions of Lifeboat and its libraries</source>
        <translation>Die Versionen von Lifeboat und seinen Bibliotheken anzeigen</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown command &quot;%1&quot;. Run lifeboat-cli --help for the list of commands.</source>
        <translation>lifeboat-cli: unbekannter Befehl „%1“. lifeboat-cli --help listet alle Befehle auf.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliArchive</name>
    <message>
        <source>Name the archive with --archive FILE.</source>
        <translation>Geben Sie das Archiv mit --archive FILE an.</translation>
    </message>
    <message>
        <source>There is no archive at %1. Check the path, or back up a handset first.</source>
        <translation>Unter %1 gibt es kein Archiv. Prüfen Sie den Pfad oder sichern Sie zuerst ein Telefon.</translation>
    </message>
    <message>
        <source>The archive has no complete snapshot yet. Back up the handset first.</source>
        <translation>Das Archiv hat noch keinen vollständigen Schnappschuss. Sichern Sie zuerst das Telefon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a snapshot: give its number or &quot;latest&quot;.</source>
        <translation>„%1“ ist kein Schnappschuss: Geben Sie seine Nummer oder „latest“ an.</translation>
    </message>
    <message>
        <source>The archive has no snapshot %1. List them with lifeboat-cli snapshots.</source>
        <translation>Das Archiv hat keinen Schnappschuss %1. lifeboat-cli snapshots listet sie auf.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliOptions</name>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>The archive file (*.lifeboat).</source>
        <translation>Die Archivdatei (*.lifeboat).</translation>
    </message>
    <message>
        <source>Snapshot number, or &quot;latest&quot; (default).</source>
        <translation>Nummer des Schnappschusses oder „latest“ (Standard).</translation>
    </message>
    <message>
        <source>Comma-separated kinds: contacts, calendar, todos, photos (default: all).</source>
        <translation>Arten, durch Kommas getrennt: contacts, calendar, todos, photos (Standard: alle).</translation>
    </message>
    <message>
        <source>The handset: its serial number (or a unique start of it), &quot;demo&quot; for the built-in demo handset, or virtual:DIR for a virtual handset serving folder DIR.</source>
        <translation>Das Telefon: seine Seriennummer (oder ein eindeutiger Anfang davon), „demo“ für das eingebaute Demo-Telefon oder virtual:DIR für ein virtuelles Telefon, das den Ordner DIR bereitstellt.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text or json.</source>
        <translation>Unbekanntes Ausgabeformat „%1“: Verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use contacts, calendar, todos or photos.</source>
        <translation>Unbekannte Art „%1“: Verwenden Sie contacts, calendar, todos oder photos.</translation>
    </message>
    <message>
        <source>--kinds names no kind.</source>
        <translation>--kinds nennt keine Art.</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: %2</source>
        <translation>lifeboat-cli %1: %2</translation>
    </message>
    <message>
        <source>Run lifeboat-cli %1 --help for its options.</source>
        <translation>lifeboat-cli %1 --help zeigt die Optionen dieses Befehls.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliOutput</name>
    <message>
        <source>lifeboat-cli %1: %2</source>
        <translation>lifeboat-cli %1: %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliPassphrase</name>
    <message>
        <source>Read the archive&apos;s passphrase from file descriptor N (one line). Else it is taken from LIFEBOAT_PASSPHRASE, or asked for.</source>
        <translation>Die Passphrase des Archivs aus dem Dateideskriptor N lesen (eine Zeile). Sonst wird sie LIFEBOAT_PASSPHRASE entnommen oder abgefragt.</translation>
    </message>
    <message>
        <source>Read the new passphrase from file descriptor N (one line). Else it is taken from LIFEBOAT_NEW_PASSPHRASE, or asked for twice.</source>
        <translation>Die neue Passphrase aus dem Dateideskriptor N lesen (eine Zeile). Sonst wird sie LIFEBOAT_NEW_PASSPHRASE entnommen oder zweimal abgefragt.</translation>
    </message>
    <message>
        <source>a passphrase is never taken from the command line, where other users can see it. Use --passphrase-fd N, the environment variable %1, or type it when asked.</source>
        <translation>Eine Passphrase wird nie von der Befehlszeile übernommen, wo andere Benutzer sie sehen können. Verwenden Sie --passphrase-fd N, die Umgebungsvariable %1, oder geben Sie sie ein, wenn Sie gefragt werden.</translation>
    </message>
    <message>
        <source>--%1 takes a file descriptor number.</source>
        <translation>--%1 erwartet die Nummer eines Dateideskriptors.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Neue Passphrase für %1: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Erneut eingeben: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed. Run the command again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde nichts geändert. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>A new passphrase for %1 is needed: give it with --new-passphrase-fd N or the environment variable %2, or run the command in a terminal to type it.</source>
        <translation>Eine neue Passphrase für %1 wird benötigt: Geben Sie sie mit --new-passphrase-fd N oder der Umgebungsvariable %2 an, oder führen Sie den Befehl in einem Terminal aus, um sie einzugeben.</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted: give its passphrase with --passphrase-fd N or the environment variable %2, or run the command in a terminal to type it.</source>
        <translation>Das Archiv %1 ist verschlüsselt: Geben Sie seine Passphrase mit --passphrase-fd N oder der Umgebungsvariable %2 an, oder führen Sie den Befehl in einem Terminal aus, um sie einzugeben.</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing. Choose one.</source>
        <translation>Eine leere Passphrase schützt nichts. Wählen Sie eine.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactCard</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactsView</name>
    <message>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>Filter by name, number, e-mail…</source>
        <translation>Nach Name, Nummer, E-Mail filtern …</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>This snapshot holds no contacts.</source>
        <translation>Dieser Schnappschuss enthält keine Kontakte.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContentStore</name>
    <message>
        <source>Stored content in the archive %1 is damaged. Run a verify to see which snapshots are affected.</source>
        <translation>Gespeicherte Inhalte im Archiv %1 sind beschädigt. Führen Sie eine Prüfung aus, um zu sehen, welche Schnappschüsse betroffen sind.</translation>
    </message>
    <message>
        <source>Stored content does not add up to its size.</source>
        <translation>Gespeicherte Inhalte ergeben nicht ihre verzeichnete Größe.</translation>
    </message>
    <message>
        <source>The archive does not hold this content.</source>
        <translation>Das Archiv enthält diesen Inhalt nicht.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContentWriter</name>
    <message>
        <source>Content was written after it was finished.</source>
        <translation>Inhalt wurde geschrieben, nachdem er abgeschlossen war.</translation>
    </message>
    <message>
        <source>Negative write size.</source>
        <translation>Negative Schreibgröße.</translation>
    </message>
    <message>
        <source>Content written beyond an object already stored.</source>
        <translation>Inhalt wurde über ein bereits gespeichertes Objekt hinaus geschrieben.</translation>
    </message>
    <message>
        <source>Content was finished twice.</source>
        <translation>Inhalt wurde zweimal abgeschlossen.</translation>
    </message>
    <message>
        <source>Content was stored in pieces that are not chunks.</source>
        <translation>Inhalt wurde in Teilen gespeichert, die keine Blöcke sind.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CopyCommand</name>
    <message>
        <source>The file to write the copy to.</source>
        <translation>Die Datei, in die die Kopie geschrieben wird.</translation>
    </message>
    <message>
        <source>Replace the file named by --to if it exists.</source>
        <translation>Die mit --to angegebene Datei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Name the file to copy to with --to FILE.</source>
        <translation>Geben Sie die Zieldatei der Kopie mit --to FILE an.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or add --overwrite to replace it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder geben Sie --overwrite an, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>There is no archive at %1. Check the path.</source>
        <translation>Unter %1 gibt es kein Archiv. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2 (%3).</source>
        <translation>Kopie von %1 als %2 gespeichert (%3).</translation>
    </message>
    <message>
        <source>Save a consistent copy of an archive</source>
        <translation>Eine konsistente Kopie eines Archivs speichern</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CopyJob</name>
    <message>
        <source>Saving a copy</source>
        <translation>Kopie wird gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Database</name>
    <message>
        <source>The archive %1 cannot be opened. Check that the file exists and that you may read it.</source>
        <translation>Das Archiv %1 kann nicht geöffnet werden. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The disk holding the archive %1 is full. Free some space and run the backup again; everything already stored is kept.</source>
        <translation>Der Datenträger mit dem Archiv %1 ist voll. Geben Sie Speicherplatz frei und starten Sie die Sicherung erneut; alles bereits Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged. Run a verify to see which snapshots are affected.</source>
        <translation>Das Archiv %1 ist beschädigt. Führen Sie eine Prüfung aus, um zu sehen, welche Schnappschüsse betroffen sind.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by another program or job. Wait for it to finish, then try again.</source>
        <translation>Das Archiv %1 wird von einem anderen Programm oder Vorgang verwendet. Warten Sie, bis er fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The archive %1 is open read-only or the file is write-protected.</source>
        <translation>Das Archiv %1 ist nur zum Lesen geöffnet oder die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Reading or writing the archive %1 failed. Check the disk, then run a verify.</source>
        <translation>Lesen oder Schreiben des Archivs %1 ist fehlgeschlagen. Prüfen Sie den Datenträger und führen Sie dann eine Prüfung des Archivs aus.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DevicesCommand</name>
    <message>
        <source>No handset found. Connect it with a USB cable, unlock it and choose &quot;File transfer&quot; when it asks. To try Lifeboat without one, use --device demo.</source>
        <translation>Kein Telefon gefunden. Schließen Sie es mit einem USB-Kabel an, entsperren Sie es und wählen Sie „Dateiübertragung“, wenn es fragt. Um Lifeboat ohne Telefon auszuprobieren, verwenden Sie --device demo.</translation>
    </message>
    <message>
        <source>List the handsets connected over USB</source>
        <translation>Die über USB angeschlossenen Telefone auflisten</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiffCommand</name>
    <message>
        <source>The older snapshot (default: the one before TO).</source>
        <translation>Der ältere Schnappschuss (Standard: der vor TO).</translation>
    </message>
    <message>
        <source>The newer snapshot (default: latest).</source>
        <translation>Der neuere Schnappschuss (Standard: der neueste).</translation>
    </message>
    <message>
        <source>Give at most two snapshots.</source>
        <translation>Geben Sie höchstens zwei Schnappschüsse an.</translation>
    </message>
    <message>
        <source>Snapshot %1 is the first complete one: there is nothing to compare it with.</source>
        <translation>Schnappschuss %1 ist der erste vollständige: Es gibt nichts, womit er verglichen werden könnte.</translation>
    </message>
    <message>
        <source>Changes from snapshot %1 to snapshot %2</source>
        <translation>Änderungen von Schnappschuss %1 zu Schnappschuss %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Show what changed between two snapshots</source>
        <translation>Anzeigen, was sich zwischen zwei Schnappschüssen geändert hat</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiffView</name>
    <message>
        <source>Compare from snapshot</source>
        <translation>Vergleichen ab Schnappschuss</translation>
    </message>
    <message>
        <source>Compare to snapshot</source>
        <translation>Vergleichen mit Schnappschuss</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose a snapshot on the left.</source>
        <translation>Wählen Sie links einen Schnappschuss.</translation>
    </message>
    <message>
        <source>This is the archive&apos;s only snapshot. Back up again later to see what changed.</source>
        <translation>Dies ist der einzige Schnappschuss des Archivs. Sichern Sie später erneut, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>This is the archive&apos;s first snapshot. Choose a later one under To.</source>
        <translation>Dies ist der erste Schnappschuss des Archivs. Wählen Sie unter „Bis“ einen späteren.</translation>
    </message>
    <message>
        <source>Choose two different snapshots to compare.</source>
        <translation>Wählen Sie zwei verschiedene Schnappschüsse zum Vergleichen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft …</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt, %4 geändert</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>Nothing changed between these snapshots.</source>
        <translation>Zwischen diesen Schnappschüssen hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Changes from the first snapshot to the second:</source>
        <translation>Änderungen vom ersten zum zweiten Schnappschuss:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExifReader</name>
    <message>
        <source>The photo&apos;s EXIF data cannot be read. The photo is kept as it is, without its date and thumbnail.</source>
        <translation>Die EXIF-Daten des Fotos können nicht gelesen werden. Das Foto bleibt unverändert erhalten, aber ohne Datum und Vorschaubild.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportCommand</name>
    <message>
        <source>The folder to write into (created if missing).</source>
        <translation>Der Ordner, in den geschrieben wird (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>vCard version: 3.0 (default) or 4.0.</source>
        <translation>vCard-Version: 3.0 (Standard) oder 4.0.</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s own folder tree instead of merged files.</source>
        <translation>Die Ordnerstruktur des Telefons kopieren statt zusammengeführter Dateien.</translation>
    </message>
    <message>
        <source>Name the folder to export into with --out DIR.</source>
        <translation>Geben Sie den Zielordner des Exports mit --out DIR an.</translation>
    </message>
    <message>
        <source>--vcard takes 3.0 or 4.0.</source>
        <translation>--vcard erwartet 3.0 oder 4.0.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Exported snapshot %1 into %2: %3 contacts, %4 events, %5 to-dos, %6 photos (%7 files, %8).</source>
        <translation>Schnappschuss %1 wurde nach %2 exportiert: %3 Kontakte, %4 Termine, %5 Aufgaben, %6 Fotos (%7 Dateien, %8).</translation>
    </message>
    <message>
        <source>lifeboat-cli export: %1</source>
        <translation>lifeboat-cli export: %1</translation>
    </message>
    <message>
        <source>Export a snapshot to vCard, iCalendar and a photo folder</source>
        <translation>Einen Schnappschuss als vCard, iCalendar und Fotoordner exportieren</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportDialog</name>
    <message>
        <source>&amp;Contacts as vCard (contacts.vcf)</source>
        <translation>&amp;Kontakte als vCard (contacts.vcf)</translation>
    </message>
    <message>
        <source>&amp;Events as iCalendar (calendar.ics)</source>
        <translation>&amp;Termine als iCalendar (calendar.ics)</translation>
    </message>
    <message>
        <source>&amp;To-dos as iCalendar (todos.ics)</source>
        <translation>&amp;Aufgaben als iCalendar (todos.ics)</translation>
    </message>
    <message>
        <source>&amp;Photos into a folder (photos/)</source>
        <translation>&amp;Fotos in einen Ordner (photos/)</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s files &amp;unchanged, in its own folders</source>
        <translation>Die Dateien des Telefons &amp;unverändert in seinen eigenen Ordnern kopieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Schnappschuss exportieren</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Schnappschuss exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s files unchanged</source>
        <translation>Die Dateien des Telefons unverändert kopieren</translation>
    </message>
    <message>
        <source>Instead of one file per kind, every stored file is written where the handset kept it.</source>
        <translation>Statt einer Datei je Art wird jede gespeicherte Datei dorthin geschrieben, wo das Telefon sie abgelegt hatte.</translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation>vCard-Version</translation>
    </message>
    <message>
        <source>vCard 3.0 (read by almost every program)</source>
        <translation>vCard 3.0 (von fast jedem Programm lesbar)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Zielordner des Exports</translation>
    </message>
    <message>
        <source>Lifeboat export</source>
        <translation>Lifeboat-Export</translation>
    </message>
    <message>
        <source>Choose the folder to export into</source>
        <translation>Den Zielordner des Exports wählen</translation>
    </message>
    <message>
        <source>&amp;Format of contacts:</source>
        <translation>Fo&amp;rmat der Kontakte:</translation>
    </message>
    <message>
        <source>&amp;Into the folder:</source>
        <translation>&amp;In den Ordner:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>What the export wrote</source>
        <translation>Was der Export geschrieben hat</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Export starten</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting into %1…</source>
        <translation>Exportiere nach %1 …</translation>
    </message>
    <message>
        <source>The export was cancelled. The files below were written before it stopped.</source>
        <translation>Der Export wurde abgebrochen. Die unten aufgeführten Dateien wurden vor dem Abbruch geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 into %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 file written:</source>
        <translation>1 Datei geschrieben:</translation>
    </message>
    <message>
        <source>%1 files written:</source>
        <translation>%1 Dateien geschrieben:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>Der Export wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportFolder</name>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to export into.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner als Exportziel.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable and has space.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob der Datenträger beschreibbar ist und genug Platz hat.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Lifeboat does not export through links. Choose an empty folder.</source>
        <translation>%1 ist eine symbolische Verknüpfung; Lifeboat exportiert nicht über Verknüpfungen. Wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 is in the way: it is a file, not a folder.</source>
        <translation>%1 ist im Weg: Es ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Lifeboat does not write through links.</source>
        <translation>%1 ist eine symbolische Verknüpfung; Lifeboat schreibt nicht über Verknüpfungen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Free some space and export again.</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2. Geben Sie Speicherplatz frei und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2. Free some space and export again.</source>
        <translation type="vanished">%1 kann nicht fertig geschrieben werden: %2. Geben Sie Speicherplatz frei und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and export again.</source>
        <translation>%1: Der Datenträger ist voll. Schaffen Sie Platz und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: %2. Check the disk (is it still connected, is it failing?) and export again.</source>
        <translation>%1: %2. Prüfen Sie den Datenträger (ist er noch angeschlossen, fällt er aus?) und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot finish writing %1</source>
        <translation>%1 kann nicht fertig geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportJob</name>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is too large to merge; exported as it is.</source>
        <translation>%1 ist zu groß zum Zusammenführen; unverändert exportiert.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); exported as it is.</source>
        <translation>%1 konnte nicht gelesen werden (%2); unverändert exportiert.</translation>
    </message>
    <message>
        <source>too large to merge</source>
        <translation>zu groß zum Zusammenführen</translation>
    </message>
    <message>
        <source>%1 could not be merged (%2); exported as it is.</source>
        <translation>%1 konnte nicht zusammengeführt werden (%2); unverändert exportiert.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportTask</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::FileDataSource</name>
    <message>
        <source>The virtual handset cannot read one of its files.</source>
        <translation>Das virtuelle Telefon kann eine seiner Dateien nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetBackupJob</name>
    <message>
        <source>Opening the handset</source>
        <translation>Telefon wird geöffnet</translation>
    </message>
    <message>
        <source>The backup was cancelled before it began.</source>
        <translation>Die Sicherung wurde abgebrochen, bevor sie begann.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetConnector</name>
    <message>
        <source>&quot;%1&quot; matches several handsets (%2). Give more of the serial number.</source>
        <translation>„%1“ passt zu mehreren Telefonen (%2). Geben Sie mehr von der Seriennummer an.</translation>
    </message>
    <message>
        <source>No handset with serial number %1 is connected. Check the cable, unlock the handset and choose &quot;File transfer&quot;; lifeboat-cli devices lists what is connected.</source>
        <translation>Es ist kein Telefon mit der Seriennummer %1 angeschlossen. Prüfen Sie das Kabel, entsperren Sie das Telefon und wählen Sie „Dateiübertragung“; lifeboat-cli devices listet die angeschlossenen Telefone auf.</translation>
    </message>
    <message>
        <source>Lifeboat may not open the handset %1 %2 (%3). Install Lifeboat&apos;s udev rule (it comes with the package), then unplug and reconnect the handset.</source>
        <translation>Lifeboat darf das Telefon %1 %2 (%3) nicht öffnen. Installieren Sie die udev-Regel von Lifeboat (sie ist im Paket enthalten), ziehen Sie dann das Telefon ab und schließen Sie es wieder an.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>no permission: install the udev rule, then reconnect</source>
        <translation>keine Berechtigung: udev-Regel installieren, dann neu anschließen</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use lifeboat or android.</source>
        <translation>Unbekanntes Profil „%1“: Verwenden Sie lifeboat oder android.</translation>
    </message>
    <message>
        <source>virtual: needs a folder, as in virtual:/tmp/phone.</source>
        <translation>virtual: braucht einen Ordner, etwa virtual:/tmp/phone.</translation>
    </message>
    <message>
        <source>Name the handset: a serial number, demo, or virtual:DIR.</source>
        <translation>Geben Sie das Telefon an: eine Seriennummer, demo oder virtual:DIR.</translation>
    </message>
    <message>
        <source>Demo handset</source>
        <translation>Demo-Telefon</translation>
    </message>
    <message>
        <source>There is no folder %1 for the virtual handset to serve. Create it first (an empty folder is an empty handset).</source>
        <translation>Es gibt keinen Ordner %1, den das virtuelle Telefon bereitstellen könnte. Legen Sie ihn zuerst an (ein leerer Ordner ergibt ein leeres Telefon).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetWatcher</name>
    <message>
        <source>Handset %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>USB port %1</source>
        <translation>USB-Anschluss %1</translation>
    </message>
    <message>
        <source>Serial number %1, USB port %2</source>
        <translation>Seriennummer %1, USB-Anschluss %2</translation>
    </message>
    <message>
        <source>This handset gives no serial number, so Lifeboat cannot tell it from others. Reconnect it; if this stays, it cannot be backed up.</source>
        <translation>Dieses Telefon nennt keine Seriennummer, daher kann Lifeboat es nicht von anderen unterscheiden. Schließen Sie es erneut an; bleibt es dabei, kann es nicht gesichert werden.</translation>
    </message>
    <message>
        <source>Demo handset</source>
        <translation>Demo-Telefon</translation>
    </message>
    <message>
        <source>Built into Lifeboat, for trying it out</source>
        <translation>In Lifeboat eingebaut, zum Ausprobieren</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Unlock the handset to let Lifeboat see its content</source>
        <translation>Entsperren Sie das Telefon, damit Lifeboat seinen Inhalt sehen kann</translation>
    </message>
    <message>
        <source>Another program holds the handset: close the file manager or eject the handset there</source>
        <translation>Ein anderes Programm belegt das Telefon: Schließen Sie die Dateiverwaltung oder werfen Sie das Telefon dort aus</translation>
    </message>
    <message>
        <source>Lifeboat may not open this handset: install Lifeboat&apos;s udev rule (it comes with the package), then reconnect the handset</source>
        <translation>Lifeboat darf dieses Telefon nicht öffnen: Installieren Sie die udev-Regel von Lifeboat (sie liegt dem Paket bei) und schließen Sie das Telefon dann erneut an</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Lifeboat cannot use this handset</source>
        <translation>Lifeboat kann dieses Telefon nicht verwenden</translation>
    </message>
    <message>
        <source>Not backed up yet</source>
        <translation>Noch nicht gesichert</translation>
    </message>
    <message>
        <source>Last backup today</source>
        <translation>Letzte Sicherung heute</translation>
    </message>
    <message>
        <source>Last backup yesterday</source>
        <translation>Letzte Sicherung gestern</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n days ago: time for a new one</source>
        <translation>
            <numerusform>Letzte Sicherung vor %n Tag: Zeit für eine neue</numerusform>
            <numerusform>Letzte Sicherung vor %n Tagen: Zeit für eine neue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n days ago</source>
        <translation>
            <numerusform>Letzte Sicherung vor %n Tag</numerusform>
            <numerusform>Letzte Sicherung vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetsPane</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Handsets</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Connected handsets, their state and their last backup</source>
        <translation>Angeschlossene Telefone, ihr Zustand und ihre letzte Sicherung</translation>
    </message>
    <message>
        <source>No handset connected. Connect one with its USB cable, unlock it and choose &quot;File transfer&quot; — or try Lifeboat with the demo handset (Handset &gt; Use Demo Handset).</source>
        <translation>Kein Telefon angeschlossen. Schließen Sie eines mit seinem USB-Kabel an, entsperren Sie es und wählen Sie „Dateiübertragung“ – oder probieren Sie Lifeboat mit dem Demo-Telefon aus (Telefon &gt; Demo-Telefon verwenden).</translation>
    </message>
    <message>
        <source>Back up the selected handset now</source>
        <translation>Das ausgewählte Telefon jetzt sichern</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ICalObjectParser</name>
    <message>
        <source>The calendar file is damaged and cannot be read.</source>
        <translation>Die Kalenderdatei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ICalendarMerger</name>
    <message>
        <source>The calendar entry is damaged and cannot be exported.</source>
        <translation>Der Kalendereintrag ist beschädigt und kann nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ItemIndex</name>
    <message>
        <source>No photo is indexed for object %1.</source>
        <translation>Für Objekt %1 ist kein Foto im Index.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ItemPrinter</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>[repeats]</source>
        <translation>[wiederkehrend]</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::JpegWriter</name>
    <message>
        <source>A photo of the virtual handset could not be made.</source>
        <translation>Ein Foto des virtuellen Telefons konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::KindText</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Andere Datei</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Andere Dateien</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Library</name>
    <message>
        <source>Cannot create the library folder %1. Check that the disk is writable, or choose another folder with --archive.</source>
        <translation>Der Bibliotheksordner %1 kann nicht angelegt werden. Prüfen Sie, ob der Datenträger beschreibbar ist, oder wählen Sie mit --archive einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LibraryPane</name>
    <message>
        <source>Archives and snapshots</source>
        <translation>Archive und Schnappschüsse</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No snapshots yet</source>
        <translation>Noch keine Schnappschüsse</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LoopbackTransport</name>
    <message>
        <source>Internal error while reading from the handset.</source>
        <translation>Interner Fehler beim Lesen vom Telefon.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unplug it, plug it in again and retry.</source>
        <translation>Das Telefon antwortet nicht mehr. Ziehen Sie es ab, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The handset was disconnected. Plug it in again and retry.</source>
        <translation>Die Verbindung zum Telefon wurde getrennt. Schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The handset refused a transfer. Unplug it, plug it in again and retry.</source>
        <translation>Das Telefon hat eine Übertragung abgelehnt. Ziehen Sie es ab, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MainWindow</name>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>Archiv ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an archive</source>
        <translation>Ein Archiv öffnen</translation>
    </message>
    <message>
        <source>No archive yet. Connect a handset and choose Back up, or open an archive with File &gt; Open.</source>
        <translation>Noch kein Archiv. Schließen Sie ein Telefon an und wählen Sie „Sichern“, oder öffnen Sie ein Archiv mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>Bibliothek &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>&amp;To-dos</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;What Changed</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>Ü&amp;ber Lifeboat</translation>
    </message>
    <message>
        <source>About Lifeboat</source>
        <translation>Über Lifeboat</translation>
    </message>
    <message>
        <source>Lifeboat %1

Keeps a complete, versioned copy of a handset&apos;s contacts, calendar, to-dos and photos on this computer.</source>
        <translation>Lifeboat %1

Bewahrt eine vollständige, versionierte Kopie der Kontakte, Kalender, Aufgaben und Fotos eines Telefons auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Archiv öffnen</translation>
    </message>
    <message>
        <source>Lifeboat archives (*.lifeboat);;All files (*)</source>
        <translation>Lifeboat-Archive (*.lifeboat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a snapshot on the left to see what it holds.</source>
        <translation>Wählen Sie links einen Schnappschuss, um seinen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Lifeboat</source>
        <translation>%1 – Lifeboat</translation>
    </message>
    <message>
        <source>This archive holds no snapshots yet. Connect its handset and choose Back up.</source>
        <translation>Dieses Archiv enthält noch keine Schnappschüsse. Schließen Sie sein Telefon an und wählen Sie „Sichern“.</translation>
    </message>
    <message>
        <source>Cannot show this snapshot</source>
        <translation>Dieser Schnappschuss kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Choose an archive on the left first, then save a copy of it.</source>
        <translation>Wählen Sie zuerst links ein Archiv und speichern Sie dann eine Kopie davon.</translation>
    </message>
    <message>
        <source>&amp;Handset</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Use &amp;Demo Handset</source>
        <translation>&amp;Demo-Telefon verwenden</translation>
    </message>
    <message>
        <source>A handset built into Lifeboat, with made-up contacts, events, to-dos and photos, for trying everything without a phone</source>
        <translation>Ein in Lifeboat eingebautes Telefon mit erfundenen Kontakten, Terminen, Aufgaben und Fotos, um alles ohne echtes Telefon auszuprobieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>USB handsets cannot be seen: %1</source>
        <translation>USB-Telefone sind nicht sichtbar: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Write the shown snapshot out as vCard, iCalendar and a photo folder</source>
        <translation>Den angezeigten Schnappschuss als vCard, iCalendar und Fotoordner ausgeben</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Schnappschuss</translation>
    </message>
    <message>
        <source>&amp;Restore to Handset…</source>
        <translation>Auf Telefon &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Verify Archive</source>
        <translation>Archiv &amp;prüfen</translation>
    </message>
    <message>
        <source>No snapshot chosen</source>
        <translation>Kein Schnappschuss gewählt</translation>
    </message>
    <message>
        <source>Open an archive and choose one of its snapshots on the left first.</source>
        <translation>Öffnen Sie zuerst ein Archiv und wählen Sie links einen seiner Schnappschüsse.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>handset name (serial number and USB port)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Kein Archiv geöffnet</translation>
    </message>
    <message>
        <source>Open an archive first, then verify it.</source>
        <translation>Öffnen Sie zuerst ein Archiv und prüfen Sie es dann.</translation>
    </message>
    <message>
        <source>Cannot back up %1</source>
        <translation>%1 kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>Backup Running</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>A backup of %1 is running. Stop it and quit?

What it has copied so far is kept, and the next backup of the handset continues from there.</source>
        <translation>Eine Sicherung von %1 läuft. Anhalten und beenden?

Was bisher kopiert wurde, bleibt erhalten, und die nächste Sicherung des Telefons macht dort weiter.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Keep Backing Up</source>
        <translation>Weiter sichern</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpBulkReader</name>
    <message>
        <source>The handset broke the transfer protocol. Disconnect and reconnect it, then try again.</source>
        <translation>Das Telefon hat das Übertragungsprotokoll verletzt. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The handset sent more data than expected. Disconnect and reconnect it, then try again.</source>
        <translation>Das Telefon hat mehr Daten gesendet als erwartet. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpHandset</name>
    <message>
        <source>The handset is locked. Unlock it and keep it connected.</source>
        <translation>Das Telefon ist gesperrt. Entsperren Sie es und lassen Sie es verbunden.</translation>
    </message>
    <message>
        <source>A folder cannot be read as a file.</source>
        <translation>Ein Ordner kann nicht als Datei gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read beyond the end of the file.</source>
        <translation>Über das Dateiende hinaus kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The handset cannot continue a transfer where it stopped. The file will be read again from the start.</source>
        <translation>Das Telefon kann eine Übertragung nicht dort fortsetzen, wo sie aufgehört hat. Die Datei wird noch einmal von vorn gelesen.</translation>
    </message>
    <message>
        <source>The folder is not on the handset.</source>
        <translation>Der Ordner ist nicht auf dem Telefon.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; cannot be used on the handset.</source>
        <translation>Der Ordnername „%1“ kann auf dem Telefon nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not on the handset.</source>
        <translation>Der Ordner „%1“ ist nicht auf dem Telefon.</translation>
    </message>
    <message>
        <source>No folder name was given.</source>
        <translation>Es wurde kein Ordnername angegeben.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; cannot be used on the handset.</source>
        <translation>Der Dateiname „%1“ kann auf dem Telefon nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpResponseError</name>
    <message>
        <source>The handset is busy. Wait until it has finished what it is doing, then try again.</source>
        <translation>Das Telefon ist beschäftigt. Warten Sie, bis es fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The handset&apos;s storage is full. Free some space on the handset, then try again.</source>
        <translation>Der Speicher des Telefons ist voll. Geben Sie auf dem Telefon Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The handset does not allow changes here. Check that it is unlocked and that its storage is not write-protected, then try again.</source>
        <translation>Das Telefon erlaubt hier keine Änderungen. Prüfen Sie, ob es entsperrt und sein Speicher nicht schreibgeschützt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The handset&apos;s storage is not available. Unlock it and keep it connected.</source>
        <translation>Der Speicher des Telefons ist nicht verfügbar. Entsperren Sie es und lassen Sie es verbunden.</translation>
    </message>
    <message>
        <source>That storage is no longer on the handset (was a memory card removed?). Reconnect the handset and try again.</source>
        <translation>Dieser Speicher ist nicht mehr auf dem Telefon (wurde eine Speicherkarte entfernt?). Schließen Sie das Telefon neu an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file or folder is no longer on the handset. Reconnect the handset so Lifeboat lists it again.</source>
        <translation>Die Datei oder der Ordner ist nicht mehr auf dem Telefon. Schließen Sie das Telefon neu an, damit Lifeboat den Inhalt erneut auflistet.</translation>
    </message>
    <message>
        <source>The handset cannot do this. Lifeboat will use another way where there is one; otherwise this handset is not supported for this task.</source>
        <translation>Das Telefon kann das nicht. Lifeboat nimmt einen anderen Weg, wo es einen gibt; sonst wird dieses Telefon für diese Aufgabe nicht unterstützt.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to the handset got out of step. Disconnect and reconnect it, then try again.</source>
        <translation>Die Verbindung zum Telefon ist aus dem Takt geraten. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The transfer to the handset was incomplete. Check the cable, then try again.</source>
        <translation>Die Übertragung zum Telefon war unvollständig. Prüfen Sie das Kabel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The handset reported an error. Disconnect and reconnect it, then try again; if it keeps happening, restart the handset.</source>
        <translation>Das Telefon hat einen Fehler gemeldet. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut; wenn das immer wieder passiert, starten Sie das Telefon neu.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpSession</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The handset sent more information than Lifeboat accepts at once. Disconnect and reconnect it, then try again.</source>
        <translation>Das Telefon hat mehr Informationen auf einmal gesendet, als Lifeboat annimmt. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file to send to the handset changed while it was sent.</source>
        <translation>Die an das Telefon zu sendende Datei hat sich während des Sendens geändert.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PassphraseCommand</name>
    <message>
        <source>The archive %1 is not encrypted, so it has no passphrase to change. An archive is encrypted when it is created (lifeboat-cli backup --encrypt).</source>
        <translation>Das Archiv %1 ist nicht verschlüsselt und hat daher keine Passphrase, die sich ändern ließe. Ein Archiv wird beim Anlegen verschlüsselt (lifeboat-cli backup --encrypt).</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed. The old one no longer opens it.</source>
        <translation>Die Passphrase von %1 wurde geändert. Die alte öffnet es nicht mehr.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted archive</source>
        <translation>Die Passphrase eines verschlüsselten Archivs ändern</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PassphraseDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted. Type its passphrase to open it.</source>
        <translation>Das Archiv %1 ist verschlüsselt. Geben Sie seine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Encrypt %1</source>
        <translation>%1 verschlüsseln</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new archive %1. Everything Lifeboat keeps about the handset is encrypted with it, and it is asked for whenever the archive is opened.</source>
        <translation>Wählen Sie eine Passphrase für das neue Archiv %1. Alles, was Lifeboat über das Telefon aufbewahrt, wird damit verschlüsselt, und sie wird bei jedem Öffnen des Archivs abgefragt.</translation>
    </message>
    <message>
        <source>Keep the passphrase safe. If it is lost, the backups in this archive cannot be recovered: nobody can read them without it, not even Lifeboat.</source>
        <translation>Bewahren Sie die Passphrase sicher auf. Geht sie verloren, lassen sich die Sicherungen in diesem Archiv nicht wiederherstellen: Ohne sie kann niemand sie lesen, auch Lifeboat nicht.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Neue Passphrase erneut eingeben</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoCanvas</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoGridModel</name>
    <message>
        <source>%1, taken %2</source>
        <translation>%1, aufgenommen %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoHead</name>
    <message>
        <source>The photo file is damaged or incomplete, so its date, size and preview cannot be read. Copy it from the handset again; if it stays like this, the file on the handset is damaged.</source>
        <translation>Die Fotodatei ist beschädigt oder unvollständig, daher können Datum, Größe und Vorschau nicht gelesen werden. Kopieren Sie sie erneut vom Telefon; bleibt es so, ist die Datei auf dem Telefon beschädigt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoMetadataReader</name>
    <message>
        <source>Lifeboat made a mistake reading a photo.</source>
        <translation>Lifeboat hat beim Lesen eines Fotos einen Fehler gemacht.</translation>
    </message>
    <message>
        <source>This file is not a JPEG, PNG or HEIF photo, so Lifeboat shows it without a date or preview.</source>
        <translation>Diese Datei ist kein JPEG-, PNG- oder HEIF-Foto, daher zeigt Lifeboat sie ohne Datum und Vorschau.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Fotobetrachter</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Aufgenommen %1</translation>
    </message>
    <message>
        <source>Saved on the handset %1</source>
        <translation>Auf dem Telefon gespeichert %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotosView</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>This snapshot holds no photos.</source>
        <translation>Dieser Schnappschuss enthält keine Fotos.</translation>
    </message>
    <message>
        <source>1 photo, %1. Double-click it to see it at full size.</source>
        <translation>1 Foto, %1. Doppelklicken Sie darauf, um es in voller Größe zu sehen.</translation>
    </message>
    <message>
        <source>%1 photos, %2. Double-click a photo to see it at full size.</source>
        <translation>%1 Fotos, %2. Doppelklicken Sie auf ein Foto, um es in voller Größe zu sehen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProgressPrinter</name>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 von %2 Objekten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProgressText</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>working it out…</source>
        <translation>wird ermittelt …</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>wenige Sekunden</translation>
    </message>
    <message>
        <source>about %1 seconds</source>
        <translation>etwa %1 Sekunden</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>etwa %1 Minuten</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>etwa %1 Stunden</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PtpContainer</name>
    <message>
        <source>The handset answered in a way Lifeboat does not understand. Disconnect and reconnect it, then try again.</source>
        <translation>Das Telefon hat auf eine Weise geantwortet, die Lifeboat nicht versteht. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PtpDatasets</name>
    <message>
        <source>The handset sent information Lifeboat cannot read. Disconnect and reconnect it, then try again; if this keeps happening, the handset is not supported.</source>
        <translation>Das Telefon hat Informationen gesendet, die Lifeboat nicht lesen kann. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut; passiert das immer wieder, wird das Telefon nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RecurrenceExpander</name>
    <message>
        <source>The repeat rule of &quot;%1&quot; cannot be read.</source>
        <translation>Die Wiederholungsregel von „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; is too complex to show.</source>
        <translation>Die Wiederholungsregel von „%1“ ist zu komplex für die Anzeige.</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; cannot be used.</source>
        <translation>Die Wiederholungsregel von „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; has too many occurrences to show.</source>
        <translation>Die Wiederholungsregel von „%1“ ergibt zu viele Termine für die Anzeige.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreCommand</name>
    <message>
        <source>For virtual handsets: lifeboat (default) or android.</source>
        <translation>Für virtuelle Telefone: lifeboat (Standard) oder android.</translation>
    </message>
    <message>
        <source>missing (default): add only what the handset lacks; replace: also delete, in the chosen kinds, what the snapshot does not have.</source>
        <translation>missing (Standard): nur hinzufügen, was dem Telefon fehlt; replace: in den gewählten Arten außerdem löschen, was der Schnappschuss nicht enthält.</translation>
    </message>
    <message>
        <source>Only these objects (numbers from show --format json), comma-separated.</source>
        <translation>Nur diese Objekte (Nummern aus show --format json), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Den Plan anzeigen, nichts ändern.</translation>
    </message>
    <message>
        <source>Confirm replace mode&apos;s deletions.</source>
        <translation>Die Löschungen des Modus replace bestätigen.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use missing or replace.</source>
        <translation>Unbekannter Modus „%1“: Verwenden Sie missing oder replace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object number.</source>
        <translation>„%1“ ist keine Objektnummer.</translation>
    </message>
    <message>
        <source>Replace mode deletes items from the handset that the snapshot does not have. Look at the plan with --dry-run, then confirm with --yes.</source>
        <translation>Der Modus replace löscht Einträge vom Telefon, die der Schnappschuss nicht enthält. Sehen Sie sich den Plan mit --dry-run an und bestätigen Sie dann mit --yes.</translation>
    </message>
    <message>
        <source>Name the target handset with --device.</source>
        <translation>Geben Sie das Zieltelefon mit --device an.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>lifeboat-cli restore: %1</source>
        <translation>lifeboat-cli restore: %1</translation>
    </message>
    <message>
        <source>Plan for restoring snapshot %1 onto %2 (serial %3); nothing is changed:</source>
        <translation>Plan für die Wiederherstellung von Schnappschuss %1 auf %2 (Seriennummer %3); es wird nichts geändert:</translation>
    </message>
    <message>
        <source>(replaces the handset&apos;s version)</source>
        <translation>(ersetzt die Fassung auf dem Telefon)</translation>
    </message>
    <message>
        <source>(deleted from the handset)</source>
        <translation>(wird vom Telefon gelöscht)</translation>
    </message>
    <message>
        <source>%1 to write, %2 to delete, %3 to skip (already on the handset).</source>
        <translation>%1 zu schreiben, %2 zu löschen, %3 zu überspringen (schon auf dem Telefon).</translation>
    </message>
    <message>
        <source>Restored snapshot %1 onto %2 (serial %3); every item written was read back and matches.</source>
        <translation>Schnappschuss %1 wurde auf %2 (Seriennummer %3) wiederhergestellt; jeder geschriebene Eintrag wurde zurückgelesen und stimmt überein.</translation>
    </message>
    <message>
        <source>%1 restored (%2), %3 skipped, %4 removed, %5 failed.</source>
        <translation>%1 wiederhergestellt (%2), %3 übersprungen, %4 entfernt, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>Restore a snapshot onto a handset</source>
        <translation>Einen Schnappschuss auf einem Telefon wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreConfirmPage</name>
    <message>
        <source>Ready to restore</source>
        <translation>Bereit zum Wiederherstellen</translation>
    </message>
    <message>
        <source>Keep the handset connected and unlocked until the restore has finished.</source>
        <translation>Lassen Sie das Telefon angeschlossen und entsperrt, bis die Wiederherstellung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Snapshot: %1, of %2.</source>
        <translation>Schnappschuss: %1, von %2.</translation>
    </message>
    <message>
        <source>Onto: %1.</source>
        <translation>Auf: %1.</translation>
    </message>
    <message>
        <source>Mode: replace — items the snapshot does not have are deleted from the handset.</source>
        <translation>Modus: replace – Einträge, die der Schnappschuss nicht hat, werden vom Telefon gelöscht.</translation>
    </message>
    <message>
        <source>Mode: add what is missing — nothing on the handset is deleted.</source>
        <translation>Modus: Fehlendes hinzufügen – auf dem Telefon wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Every item written is read back from the handset and compared with the snapshot. Press Restore to begin.</source>
        <translation>Jeder geschriebene Eintrag wird vom Telefon zurückgelesen und mit dem Schnappschuss verglichen. Klicken Sie auf „Wiederherstellen“, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreItemsPage</name>
    <message>
        <source>&amp;Everything of these kinds:</source>
        <translation>&amp;Alles dieser Arten:</translation>
    </message>
    <message>
        <source>Only the &amp;items I pick:</source>
        <translation>Nur die &amp;Einträge, die ich auswähle:</translation>
    </message>
    <message>
        <source>Choose what to restore</source>
        <translation>Wählen Sie, was wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Restore whole kinds, or pick single contacts, events, to-dos and photos.</source>
        <translation>Stellen Sie ganze Arten wieder her oder wählen Sie einzelne Kontakte, Termine, Aufgaben und Fotos.</translation>
    </message>
    <message>
        <source>Restore everything of the chosen kinds</source>
        <translation>Alles der gewählten Arten wiederherstellen</translation>
    </message>
    <message>
        <source>Restore only picked items</source>
        <translation>Nur ausgewählte Einträge wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Search the snapshot&apos;s items</source>
        <translation>Die Einträge des Schnappschusses durchsuchen</translation>
    </message>
    <message>
        <source>Search by name or file</source>
        <translation>Nach Name oder Datei suchen</translation>
    </message>
    <message>
        <source>Items of the snapshot</source>
        <translation>Einträge des Schnappschusses</translation>
    </message>
    <message>
        <source>Check &amp;Shown</source>
        <translation>Angezeigte an&amp;haken</translation>
    </message>
    <message>
        <source>Check every item shown</source>
        <translation>Jeden angezeigten Eintrag anhaken</translation>
    </message>
    <message>
        <source>&amp;Uncheck Shown</source>
        <translation>Angezeigte a&amp;bhaken</translation>
    </message>
    <message>
        <source>Uncheck every item shown</source>
        <translation>Jeden angezeigten Eintrag abhaken</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreJob</name>
    <message>
        <source>Replace mode deletes items from the handset that the snapshot does not have. Confirm it (--yes), or look at the plan first with --dry-run.</source>
        <translation>Der Modus replace löscht Einträge vom Telefon, die der Schnappschuss nicht enthält. Bestätigen Sie ihn (--yes) oder sehen Sie sich zuerst den Plan mit --dry-run an.</translation>
    </message>
    <message>
        <source>Connecting to the handset</source>
        <translation>Verbindung mit dem Telefon wird hergestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be restored; see the report.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht wiederhergestellt werden; siehe Bericht.</numerusform>
            <numerusform>%n Einträge konnten nicht wiederhergestellt werden; siehe Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The handset is locked. Unlock it and keep it connected.</source>
        <translation>Das Telefon ist gesperrt. Entsperren Sie es und lassen Sie es verbunden.</translation>
    </message>
    <message>
        <source>This snapshot was taken of another handset (%1 %2, serial %3); it is restored onto %4 %5 (serial %6).</source>
        <translation>Dieser Schnappschuss stammt von einem anderen Telefon (%1 %2, Seriennummer %3); er wird auf %4 %5 (Seriennummer %6) wiederhergestellt.</translation>
    </message>
    <message>
        <source>Listing the handset</source>
        <translation>Inhalt des Telefons wird aufgelistet</translation>
    </message>
    <message>
        <source>already on the handset</source>
        <translation>schon auf dem Telefon</translation>
    </message>
    <message>
        <source>a different version is on the handset (replace mode overwrites it)</source>
        <translation>auf dem Telefon ist eine andere Fassung (der Modus replace überschreibt sie)</translation>
    </message>
    <message>
        <source>The handset has no writable storage. Unlock it and check that it is not in a read-only mode.</source>
        <translation>Das Telefon hat keinen beschreibbaren Speicher. Entsperren Sie es und prüfen Sie, ob es in einem Nur-Lese-Modus ist.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>Die Wiederherstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The handset holds different bytes than were written (%1 of %2 bytes read back). Try the restore again; if it keeps failing, the handset&apos;s storage may be faulty.</source>
        <translation>Das Telefon enthält andere Daten als geschrieben wurden (%1 von %2 Bytes zurückgelesen). Versuchen Sie die Wiederherstellung erneut; schlägt sie immer wieder fehl, ist der Speicher des Telefons vielleicht defekt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreModePage</name>
    <message>
        <source>&amp;Add what is missing (recommended)</source>
        <translation>Fehlendes &amp;hinzufügen (empfohlen)</translation>
    </message>
    <message>
        <source>Re&amp;place the handset&apos;s items with the snapshot&apos;s</source>
        <translation>Die Einträge des Telefons durch die des Schnappschusses &amp;ersetzen</translation>
    </message>
    <message>
        <source>Choose how to restore</source>
        <translation>Wählen Sie, wie wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Nothing is changed yet: the next page shows exactly what will happen.</source>
        <translation>Noch wird nichts geändert: Die nächste Seite zeigt genau, was geschehen wird.</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>Fehlendes hinzufügen</translation>
    </message>
    <message>
        <source>Replace the handset&apos;s items</source>
        <translation>Die Einträge des Telefons ersetzen</translation>
    </message>
    <message>
        <source>Items the handset lacks are added. Nothing on the handset is deleted or changed; restoring twice adds nothing.</source>
        <translation>Einträge, die dem Telefon fehlen, werden hinzugefügt. Auf dem Telefon wird nichts gelöscht oder geändert; zweimal wiederherstellen fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Confirm that replace deletes items from the handset</source>
        <translation>Bestätigen Sie, dass replace Einträge vom Telefon löscht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace overwrites.&lt;/b&gt; Picked items that differ from the handset&apos;s version are overwritten with the snapshot&apos;s version. Nothing else on the handset is deleted.</source>
        <translation>&lt;b&gt;Replace überschreibt.&lt;/b&gt; Ausgewählte Einträge, die von der Fassung auf dem Telefon abweichen, werden mit der Fassung des Schnappschusses überschrieben. Sonst wird auf dem Telefon nichts gelöscht.</translation>
    </message>
    <message>
        <source>I understand that replace &amp;overwrites items on the handset</source>
        <translation>Ich verstehe, dass replace Einträge auf dem Telefon &amp;überschreibt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace deletes.&lt;/b&gt; Of the chosen kinds (%1), everything on the handset that the snapshot does not have is deleted from the handset, and items that differ are overwritten with the snapshot&apos;s version. Other kinds are left alone.</source>
        <translation>&lt;b&gt;Replace löscht.&lt;/b&gt; Von den gewählten Arten (%1) wird alles auf dem Telefon, was der Schnappschuss nicht hat, vom Telefon gelöscht, und abweichende Einträge werden mit der Fassung des Schnappschusses überschrieben. Andere Arten bleiben unberührt.</translation>
    </message>
    <message>
        <source>I understand that replace &amp;deletes %1 from the handset</source>
        <translation>Ich verstehe, dass replace %1 vom Telefon &amp;löscht</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestorePlanText</name>
    <message>
        <source>%1 to write</source>
        <translation>%1 zu schreiben</translation>
    </message>
    <message>
        <source>%1 to replace</source>
        <translation>%1 zu ersetzen</translation>
    </message>
    <message>
        <source>%1 to delete</source>
        <translation>%1 zu löschen</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 bereits vorhanden</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Replace the handset&apos;s version</source>
        <translation>Die Fassung auf dem Telefon ersetzen</translation>
    </message>
    <message>
        <source>Skip: already on the handset</source>
        <translation>Überspringen: bereits auf dem Telefon</translation>
    </message>
    <message>
        <source>Skip: %1</source>
        <translation>Überspringen: %1</translation>
    </message>
    <message>
        <source>Delete from the handset</source>
        <translation>Vom Telefon löschen</translation>
    </message>
    <message>
        <source>The handset already has everything chosen: the restore would change nothing.</source>
        <translation>Das Telefon hat bereits alles Gewählte: Die Wiederherstellung würde nichts ändern.</translation>
    </message>
    <message>
        <source>write 1 item</source>
        <translation>1 Eintrag schreiben</translation>
    </message>
    <message>
        <source>write %1 items</source>
        <translation>%1 Einträge schreiben</translation>
    </message>
    <message>
        <source>replace 1</source>
        <translation>1 ersetzen</translation>
    </message>
    <message>
        <source>replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>delete %1 from the handset</source>
        <translation>%1 vom Telefon löschen</translation>
    </message>
    <message>
        <source>The restore will %1.</source>
        <translation>Die Wiederherstellung wird %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 1 item is already on the handset and is skipped.</source>
        <translation>%1 1 Eintrag ist bereits auf dem Telefon und wird übersprungen.</translation>
    </message>
    <message>
        <source>%1 %2 items are already on the handset and are skipped.</source>
        <translation>%1 %2 Einträge sind bereits auf dem Telefon und werden übersprungen.</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (Seriennummer %2)</translation>
    </message>
    <message>
        <source>another handset</source>
        <translation>ein anderes Telefon</translation>
    </message>
    <message>
        <source>This snapshot was taken of %1. It will be restored onto a different handset, %2: the snapshot&apos;s items are copied onto it.</source>
        <translation>Dieser Schnappschuss wurde von %1 aufgenommen. Er wird auf ein anderes Telefon, %2, wiederhergestellt: Die Einträge des Schnappschusses werden darauf kopiert.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestorePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the restore will do, worked out from what the handset holds now.</source>
        <translation>Was die Wiederherstellung tun wird, ermittelt aus dem, was das Telefon jetzt enthält.</translation>
    </message>
    <message>
        <source>Working out what the restore will do</source>
        <translation>Es wird ermittelt, was die Wiederherstellung tun wird</translation>
    </message>
    <message>
        <source>What the restore will do, per kind</source>
        <translation>Was die Wiederherstellung je Art tun wird</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Reading the handset&apos;s contents to work out what the restore will do…</source>
        <translation>Der Inhalt des Telefons wird gelesen, um zu ermitteln, was die Wiederherstellung tun wird …</translation>
    </message>
    <message>
        <source>The preview cannot start. Go back and choose a handset.</source>
        <translation>Die Vorschau kann nicht beginnen. Gehen Sie zurück und wählen Sie ein Telefon.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreProgressPage</name>
    <message>
        <source>&amp;Cancel Restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Keep the handset connected and unlocked.</source>
        <translation>Lassen Sie das Telefon angeschlossen und entsperrt.</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Die Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Verbleibende Zeit:</translation>
    </message>
    <message>
        <source>Cancelling after the item in hand…</source>
        <translation>Abbruch nach dem aktuellen Eintrag …</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>The restore cannot start.</source>
        <translation>Die Wiederherstellung kann nicht beginnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreReportDocument</name>
    <message>
        <source>Cannot write the report to %1. Choose a folder you can write to.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Restore report</source>
        <translation>Wiederherstellungsbericht</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2, from the archive &quot;%3&quot;, restored onto %4.</source>
        <translation>Schnappschuss von %1, aufgenommen %2, aus dem Archiv „%3“, wiederhergestellt auf %4.</translation>
    </message>
    <message>
        <source>This snapshot was taken of another handset; its items were copied onto this one.</source>
        <translation>Dieser Schnappschuss wurde von einem anderen Telefon aufgenommen; seine Einträge wurden auf dieses kopiert.</translation>
    </message>
    <message>
        <source>Mode: replace. Items of the chosen kinds that the snapshot does not have were deleted from the handset.</source>
        <translation>Modus: replace. Einträge der gewählten Arten, die der Schnappschuss nicht hat, wurden vom Telefon gelöscht.</translation>
    </message>
    <message>
        <source>Mode: add missing. Nothing on the handset was deleted.</source>
        <translation>Modus: Fehlendes hinzufügen. Auf dem Telefon wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Report created %1.</source>
        <translation>Bericht erstellt %1.</translation>
    </message>
    <message>
        <source>1 item could not be restored; the reason is listed below.</source>
        <translation>1 Eintrag konnte nicht wiederhergestellt werden; der Grund steht unten.</translation>
    </message>
    <message>
        <source>%1 items could not be restored; the reasons are listed below.</source>
        <translation>%1 Einträge konnten nicht wiederhergestellt werden; die Gründe stehen unten.</translation>
    </message>
    <message>
        <source>The restore did not finish: %1</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Every item written was read back from the handset and matches the snapshot.</source>
        <translation>Jeder geschriebene Eintrag wurde vom Telefon zurückgelesen und stimmt mit dem Schnappschuss überein.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreReportPage</name>
    <message>
        <source>Restore report</source>
        <translation>Wiederherstellungsbericht</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern …</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Den Bericht als HTML speichern</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern …</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Wiederherstellung abgebrochen</translation>
    </message>
    <message>
        <source>Restore stopped</source>
        <translation>Wiederherstellung angehalten</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>The restore was cancelled. What was written before is listed below.</source>
        <translation>Die Wiederherstellung wurde abgebrochen. Was zuvor geschrieben wurde, steht unten.</translation>
    </message>
    <message>
        <source>The restore finished, but 1 item could not be restored. The reason is listed below.</source>
        <translation>Die Wiederherstellung ist abgeschlossen, aber 1 Eintrag konnte nicht wiederhergestellt werden. Der Grund steht unten.</translation>
    </message>
    <message>
        <source>The restore finished, but %1 items could not be restored. The reasons are listed below.</source>
        <translation>Die Wiederherstellung ist abgeschlossen, aber %1 Einträge konnten nicht wiederhergestellt werden. Die Gründe stehen unten.</translation>
    </message>
    <message>
        <source>The restore stopped: %1</source>
        <translation>Die Wiederherstellung wurde angehalten: %1</translation>
    </message>
    <message>
        <source>The restore finished: 1 item restored, read back from the handset and identical to the snapshot.</source>
        <translation>Die Wiederherstellung ist abgeschlossen: 1 Eintrag wiederhergestellt, vom Telefon zurückgelesen und identisch mit dem Schnappschuss.</translation>
    </message>
    <message>
        <source>The restore finished: %1 items restored, each read back from the handset and identical to the snapshot.</source>
        <translation>Die Wiederherstellung ist abgeschlossen: %1 Einträge wiederhergestellt, jeder vom Telefon zurückgelesen und identisch mit dem Schnappschuss.</translation>
    </message>
    <message>
        <source>Restore report %1.%2</source>
        <translation>Wiederherstellungsbericht %1.%2</translation>
    </message>
    <message>
        <source>Save Restore Report</source>
        <translation>Wiederherstellungsbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>Gespeichert unter %1 (nur für Sie lesbar).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreSnapshotPage</name>
    <message>
        <source>Choose a snapshot</source>
        <translation>Wählen Sie einen Schnappschuss</translation>
    </message>
    <message>
        <source>The handset gets back what it held when this snapshot was taken.</source>
        <translation>Das Telefon erhält zurück, was es enthielt, als dieser Schnappschuss aufgenommen wurde.</translation>
    </message>
    <message>
        <source>Snapshot to restore</source>
        <translation>Wiederherzustellender Schnappschuss</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Schnappschuss:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <source>This archive holds no snapshot to restore. Back up a handset first.</source>
        <translation>Dieses Archiv enthält keinen Schnappschuss zum Wiederherstellen. Sichern Sie zuerst ein Telefon.</translation>
    </message>
    <message>
        <source>Taken of %1 on %2. It holds %3.</source>
        <translation>Aufgenommen von %1 am %2. Er enthält %3.</translation>
    </message>
    <message>
        <source>This snapshot did not finish: only what it stored can be restored.</source>
        <translation>Dieser Schnappschuss wurde nicht abgeschlossen: Nur was er gespeichert hat, kann wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreTargetPage</name>
    <message>
        <source>Choose the handset to restore to</source>
        <translation>Wählen Sie das Telefon, auf das wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Connect the handset by USB and unlock it. It may be another handset than the one the snapshot was taken of.</source>
        <translation>Schließen Sie das Telefon per USB an und entsperren Sie es. Es darf ein anderes Telefon sein als das, von dem der Schnappschuss aufgenommen wurde.</translation>
    </message>
    <message>
        <source>Handset to restore to</source>
        <translation>Telefon, auf das wiederhergestellt wird</translation>
    </message>
    <message>
        <source>No handset is connected. Connect one by USB, unlock it, and open this wizard again; or switch on the demo handset to try a restore.</source>
        <translation>Kein Telefon angeschlossen. Schließen Sie eines per USB an, entsperren Sie es und öffnen Sie diesen Assistenten erneut; oder schalten Sie das Demo-Telefon ein, um eine Wiederherstellung auszuprobieren.</translation>
    </message>
    <message>
        <source>The snapshot was taken of %1. The next page but one shows, before anything is written, whether the chosen handset is another one.</source>
        <translation>Der Schnappschuss wurde von %1 aufgenommen. Die übernächste Seite zeigt, bevor etwas geschrieben wird, ob das gewählte Telefon ein anderes ist.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreTask</name>
    <message>
        <source>The restore was cancelled.</source>
        <translation>Die Wiederherstellung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreWizard</name>
    <message>
        <source>Restore to Handset</source>
        <translation>Auf Telefon wiederherstellen</translation>
    </message>
    <message>
        <source>Restore to handset</source>
        <translation>Auf Telefon wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (Seriennummer %2)</translation>
    </message>
    <message>
        <source>an unknown handset</source>
        <translation>ein unbekanntes Telefon</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SaveCopyFlow</name>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Lifeboat archives (*.lifeboat);;All files (*)</source>
        <translation>Lifeboat-Archive (*.lifeboat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving a copy of the archive…</source>
        <translation>Kopie des Archivs wird gespeichert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Schema</name>
    <message>
        <source>The archive %1 was written by an older Lifeboat. Open it once for writing so that it can be upgraded.</source>
        <translation>Das Archiv %1 wurde von einer älteren Lifeboat-Version geschrieben. Öffnen Sie es einmal zum Schreiben, damit es aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged and cannot be opened safely. Use a backup copy of the file if you have one.</source>
        <translation>Das Archiv %1 ist beschädigt und kann nicht sicher geöffnet werden. Verwenden Sie eine Sicherungskopie der Datei, falls Sie eine haben.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat archive (it is not an SQLite database).</source>
        <translation>%1 ist kein Lifeboat-Archiv (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Lifeboat archive.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Lifeboat-Archiv.</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Lifeboat (archive format %2, this version reads up to %3). Update Lifeboat to open it.</source>
        <translation>Das Archiv %1 wurde von einer neueren Lifeboat-Version geschrieben (Archivformat %2, diese Version liest bis %3). Aktualisieren Sie Lifeboat, um es zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is not a complete Lifeboat archive.</source>
        <translation>%1 ist kein vollständiges Lifeboat-Archiv.</translation>
    </message>
    <message>
        <source>No upgrade path for this archive version.</source>
        <translation>Für diese Archivversion gibt es keinen Aktualisierungsweg.</translation>
    </message>
    <message>
        <source>%1 does not have the structure of a Lifeboat archive; it may have been changed by another program. It was not opened.</source>
        <translation>%1 hat nicht den Aufbau eines Lifeboat-Archivs; vielleicht wurde es von einem anderen Programm verändert. Es wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScreenshotTour</name>
    <message>
        <source>Demo handset</source>
        <translation>Demo-Telefon</translation>
    </message>
    <message>
        <source>Copying photos</source>
        <translation>Fotos werden kopiert</translation>
    </message>
    <message>
        <source>New Pixel 8</source>
        <translation>Neues Pixel 8</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SealedIndex</name>
    <message>
        <source>No photo is indexed for object %1.</source>
        <translation>Für Objekt %1 ist kein Foto im Index.</translation>
    </message>
    <message>
        <source>The thumbnail of object %1 in the archive %2 is damaged. Run a verify.</source>
        <translation>Das Vorschaubild von Objekt %1 im Archiv %2 ist beschädigt. Führen Sie eine Prüfung durch.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SearchView</name>
    <message>
        <source>Search this snapshot</source>
        <translation>Diesen Schnappschuss durchsuchen</translation>
    </message>
    <message>
        <source>Search contacts, events, to-dos and photos (Ctrl+F)</source>
        <translation>Kontakte, Termine, Aufgaben und Fotos durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Type a name, number, place or word. Press Enter on a result to show it.</source>
        <translation>Geben Sie einen Namen, eine Nummer, einen Ort oder ein Wort ein. Drücken Sie die Eingabetaste auf einem Ergebnis, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Nichts gefunden. Versuchen Sie es mit weniger oder kürzeren Wörtern.</translation>
    </message>
    <message>
        <source>1 result. Press Enter or double-click to show it.</source>
        <translation>1 Ergebnis. Drücken Sie die Eingabetaste oder doppelklicken Sie, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 results. Press Enter or double-click to show one.</source>
        <translation>%1 Ergebnisse. Drücken Sie die Eingabetaste oder doppelklicken Sie, um eines anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SettingsDialog</name>
    <message>
        <source>Back up &amp;automatically when a known handset is connected</source>
        <translation>&amp;Automatisch sichern, wenn ein bekanntes Telefon angeschlossen wird</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Den Bibliotheksordner wählen</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Automatisch sichern</translation>
    </message>
    <message>
        <source>Only handsets already backed up into this library are backed up by themselves.</source>
        <translation>Nur Telefone, die bereits in diese Bibliothek gesichert wurden, werden von selbst gesichert.</translation>
    </message>
    <message>
        <source>Photo folders</source>
        <translation>Fotoordner</translation>
    </message>
    <message>
        <source>New photo folder</source>
        <translation>Neuer Fotoordner</translation>
    </message>
    <message>
        <source>A folder on the handset, such as WhatsApp/Media</source>
        <translation>Ein Ordner auf dem Telefon, etwa WhatsApp/Media</translation>
    </message>
    <message>
        <source>Add the photo folder</source>
        <translation>Den Fotoordner hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected photo folder</source>
        <translation>Den ausgewählten Fotoordner entfernen</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Use the standard photo folders</source>
        <translation>Die Standard-Fotoordner verwenden</translation>
    </message>
    <message>
        <source>Photos and videos are copied from these folders of the handset and the folders inside them.</source>
        <translation>Fotos und Videos werden aus diesen Ordnern des Telefons und den Ordnern darin kopiert.</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>&amp;Bibliotheksordner:</translation>
    </message>
    <message>
        <source>&amp;Photo folders:</source>
        <translation>&amp;Fotoordner:</translation>
    </message>
    <message>
        <source>Library Folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <source>&amp;Encrypt new archives with a passphrase</source>
        <translation>Neue Archive mit einer Passphrase &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt new archives</source>
        <translation>Neue Archive verschlüsseln</translation>
    </message>
    <message>
        <source>A handset&apos;s first backup asks for a passphrase and encrypts its archive with it. A lost passphrase cannot be recovered.</source>
        <translation>Die erste Sicherung eines Telefons fragt nach einer Passphrase und verschlüsselt sein Archiv damit. Eine verlorene Passphrase lässt sich nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ShowCommand</name>
    <message>
        <source>Only this kind: contacts, events, todos or photos.</source>
        <translation>Nur diese Art: contacts, events, todos oder photos.</translation>
    </message>
    <message>
        <source>Only items matching TEXT, across all kinds.</source>
        <translation>Nur Einträge, die TEXT enthalten, über alle Arten hinweg.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use contacts, events, todos or photos.</source>
        <translation>Unbekannte Art „%1“: Verwenden Sie contacts, events, todos oder photos.</translation>
    </message>
    <message>
        <source>Nothing in snapshot %1 matches &quot;%2&quot;.</source>
        <translation>Nichts in Schnappschuss %1 passt zu „%2“.</translation>
    </message>
    <message>
        <source>Show the contacts, events, to-dos or photos of a snapshot</source>
        <translation>Die Kontakte, Termine, Aufgaben oder Fotos eines Schnappschusses anzeigen</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotItems</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotStore</name>
    <message>
        <source>A handset without a serial number cannot be recorded.</source>
        <translation>Ein Telefon ohne Seriennummer kann nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Snapshot %1 is already finished.</source>
        <translation>Schnappschuss %1 ist bereits abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot cannot be completed: the content of %n object(s) is not stored, for example %1.</source>
        <translation>
            <numerusform>Der Schnappschuss kann nicht abgeschlossen werden: Der Inhalt von %n Objekt ist nicht gespeichert, zum Beispiel %1.</numerusform>
            <numerusform>Der Schnappschuss kann nicht abgeschlossen werden: Der Inhalt von %n Objekten ist nicht gespeichert, zum Beispiel %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A snapshot cannot be finished as running.</source>
        <translation>Ein Schnappschuss kann nicht als laufend abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The archive has no snapshot %1.</source>
        <translation>Das Archiv hat keinen Schnappschuss %1.</translation>
    </message>
    <message>
        <source>Objects can only be added to a running snapshot (snapshot %1).</source>
        <translation>Objekte können nur zu einem laufenden Schnappschuss hinzugefügt werden (Schnappschuss %1).</translation>
    </message>
    <message>
        <source>The archive has no object %1.</source>
        <translation>Das Archiv hat kein Objekt %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotText</name>
    <message>
        <source>Snapshot %1</source>
        <translation>Schnappschuss %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>Läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Termin</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Termine</translation>
    </message>
    <message>
        <source>1 to-do</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 to-dos</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>%1 Fotos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotView</name>
    <message>
        <source>Snapshot content</source>
        <translation>Inhalt des Schnappschusses</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>&amp;To-dos</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3</translation>
    </message>
    <message>
        <source>This backup did not finish: it holds only what was stored before it stopped. Choose a complete snapshot to see everything.</source>
        <translation>Diese Sicherung wurde nicht abgeschlossen: Sie enthält nur, was vor dem Abbruch gespeichert wurde. Wählen Sie einen vollständigen Schnappschuss, um alles zu sehen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotsCommand</name>
    <message>
        <source>No snapshots yet. Back up a handset with lifeboat-cli backup.</source>
        <translation>Noch keine Schnappschüsse. Sichern Sie ein Telefon mit lifeboat-cli backup.</translation>
    </message>
    <message>
        <source>List the snapshots in an archive</source>
        <translation>Die Schnappschüsse eines Archivs auflisten</translation>
    </message>
    <message>
        <source>running</source>
        <comment>snapshot state</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>snapshot state</comment>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>snapshot state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>snapshot state</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TerminalPrompt</name>
    <message>
        <source>The passphrase could not be read (%1).</source>
        <translation>Die Passphrase konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>Die Passphrase ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation type="vanished">Es gibt kein Terminal, auf dem die Passphrase abgefragt werden kann.</translation>
    </message>
    <message>
        <source>The terminal&apos;s echo cannot be switched off.</source>
        <translation>Das Echo des Terminals lässt sich nicht abschalten.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on: give it with --passphrase-fd or in LIFEBOAT_PASSPHRASE.</source>
        <translation>Es gibt kein Terminal, auf dem die Passphrase abgefragt werden kann: Geben Sie sie mit --passphrase-fd oder in LIFEBOAT_PASSPHRASE an.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TodoListModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Erfordert Aktion</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>High (%1)</source>
        <translation>Hoch (%1)</translation>
    </message>
    <message>
        <source>Medium (%1)</source>
        <translation>Mittel (%1)</translation>
    </message>
    <message>
        <source>Low (%1)</source>
        <translation>Niedrig (%1)</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TodosView</name>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>This snapshot holds no to-dos.</source>
        <translation>Dieser Schnappschuss enthält keine Aufgaben.</translation>
    </message>
    <message>
        <source>Select a to-do to see its description.</source>
        <translation>Wählen Sie eine Aufgabe, um ihre Beschreibung zu sehen.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>%1
Completed %2</source>
        <translation>%1
Erledigt am %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UmockdevServer</name>
    <message>
        <source>The virtual USB device could not be created.</source>
        <translation>Das virtuelle USB-Gerät konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UsbContext</name>
    <message>
        <source>USB is not available on this computer.</source>
        <translation>USB ist auf diesem Computer nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UsbError</name>
    <message>
        <source>Another program is using the handset — usually the desktop&apos;s file manager (gvfs-mtp on GNOME, kio-mtp on KDE). Close it or eject the phone there, then try again.</source>
        <translation>Ein anderes Programm verwendet das Telefon – meist die Dateiverwaltung der Arbeitsumgebung (gvfs-mtp unter GNOME, kio-mtp unter KDE). Schließen Sie sie oder werfen Sie das Telefon dort aus und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Lifeboat is not allowed to use the handset %1. Install Lifeboat&apos;s udev rule (or add your user to the group that owns USB devices), then unplug the handset and plug it in again.</source>
        <translation>Lifeboat darf das Telefon %1 nicht verwenden. Installieren Sie die udev-Regel von Lifeboat (oder nehmen Sie Ihren Benutzer in die Gruppe auf, der die USB-Geräte gehören), ziehen Sie dann das Telefon ab und schließen Sie es wieder an.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unplug it, plug it in again and retry.</source>
        <translation>Das Telefon antwortet nicht mehr. Ziehen Sie es ab, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Out of memory while talking to the handset.</source>
        <translation>Nicht genug Arbeitsspeicher für die Verbindung mit dem Telefon.</translation>
    </message>
    <message>
        <source>This computer&apos;s USB system cannot do what the handset needs.</source>
        <translation>Das USB-System dieses Computers kann nicht, was das Telefon braucht.</translation>
    </message>
    <message>
        <source>Talking to the handset failed. Unplug it, plug it in again and retry.</source>
        <translation>Die Verbindung mit dem Telefon ist fehlgeschlagen. Ziehen Sie es ab, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The handset refused the transfer. Unplug it, plug it in again and retry.</source>
        <translation>Das Telefon hat die Übertragung abgelehnt. Ziehen Sie es ab, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The handset sent more data than expected. Unplug it, plug it in again and retry.</source>
        <translation>Das Telefon hat mehr Daten gesendet als erwartet. Ziehen Sie es ab, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A USB transfer to the handset failed. Check the cable, unplug the handset, plug it in again and retry.</source>
        <translation>Eine USB-Übertragung zum Telefon ist fehlgeschlagen. Prüfen Sie das Kabel, ziehen Sie das Telefon ab, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unlock it, keep it connected and retry.</source>
        <translation>Das Telefon antwortet nicht mehr. Entsperren Sie es, lassen Sie es verbunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The handset was disconnected. Plug it in again and keep it connected until Lifeboat has finished.</source>
        <translation>Die Verbindung zum Telefon wurde getrennt. Schließen Sie es wieder an und lassen Sie es verbunden, bis Lifeboat fertig ist.</translation>
    </message>
    <message>
        <source>The handset does not offer file transfer (MTP). On the phone, choose &quot;File transfer&quot; in the USB notification.</source>
        <translation>Das Telefon bietet keine Dateiübertragung (MTP) an. Wählen Sie auf dem Telefon in der USB-Benachrichtigung „Dateiübertragung“.</translation>
    </message>
    <message>
        <source>Internal error: empty read buffer.</source>
        <translation>Interner Fehler: leerer Lesepuffer.</translation>
    </message>
    <message>
        <source>The handset accepted only part of the data. Unplug it, plug it in again and retry.</source>
        <translation>Das Telefon hat nur einen Teil der Daten angenommen. Ziehen Sie es ab, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Internal error: control data too long.</source>
        <translation>Interner Fehler: Steuerdaten zu lang.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCalendarConverter</name>
    <message>
        <source>The file holds no vCalendar entries (no BEGIN:VCALENDAR).</source>
        <translation>Die Datei enthält keine vCalendar-Einträge (kein BEGIN:VCALENDAR).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardContactBuilder</name>
    <message>
        <source>Line %1: malformed parameters of %2 were left out.</source>
        <translation>Zeile %1: fehlerhafte Parameter von %2 wurden weggelassen.</translation>
    </message>
    <message>
        <source>Line %1: a damaged %2 line was skipped.</source>
        <translation>Zeile %1: eine beschädigte %2-Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: the photo&apos;s data URI has no data and was skipped.</source>
        <translation>Zeile %1: Die Daten-URI des Fotos enthält keine Daten und wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardLexer</name>
    <message>
        <source>Line %1 of the vCard data is longer than %2 bytes. The file is damaged or not a contact file.</source>
        <translation>Zeile %1 der vCard-Daten ist länger als %2 Bytes. Die Datei ist beschädigt oder keine Kontaktdatei.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardReader</name>
    <message>
        <source>The card that starts on line %1 has no END:VCARD; it was kept as far as it goes.</source>
        <translation>Die Karte, die in Zeile %1 beginnt, hat kein END:VCARD; sie wurde so weit übernommen, wie sie reicht.</translation>
    </message>
    <message>
        <source>The data contains no contact card (no BEGIN:VCARD line). Check that it is a vCard file.</source>
        <translation>Die Daten enthalten keine Kontaktkarte (keine Zeile BEGIN:VCARD). Prüfen Sie, ob es eine vCard-Datei ist.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 is larger than %2 bytes (at line %3). The file is damaged or not a contact file.</source>
        <translation>Die Karte, die in Zeile %1 beginnt, ist größer als %2 Bytes (bei Zeile %3). Die Datei ist beschädigt oder keine Kontaktdatei.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 has more than %2 properties (at line %3). The file is damaged or not a contact file.</source>
        <translation>Die Karte, die in Zeile %1 beginnt, hat mehr als %2 Eigenschaften (bei Zeile %3). Die Datei ist beschädigt oder keine Kontaktdatei.</translation>
    </message>
    <message>
        <source>Line %1 opens a card nested more than %2 deep. The file is damaged or not a contact file.</source>
        <translation>Zeile %1 öffnet eine Karte, die tiefer als %2 Ebenen verschachtelt ist. Die Datei ist beschädigt oder keine Kontaktdatei.</translation>
    </message>
    <message>
        <source>The data holds more than %1 cards (line %2). Split the file or check that it is a contact file.</source>
        <translation>Die Daten enthalten mehr als %1 Karten (Zeile %2). Teilen Sie die Datei auf oder prüfen Sie, ob es eine Kontaktdatei ist.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 is empty and was skipped.</source>
        <translation>Die Karte, die in Zeile %1 beginnt, ist leer und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property and was skipped.</source>
        <translation>Zeile %1 ist keine vCard-Eigenschaft und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 ends a card that was never begun and was ignored.</source>
        <translation>Zeile %1 beendet eine Karte, die nie begonnen wurde, und wurde ignoriert.</translation>
    </message>
    <message>
        <source>Line %1 is outside any card and was ignored.</source>
        <translation>Zeile %1 steht außerhalb jeder Karte und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The contact data is %1 bytes, more than the %2 bytes Lifeboat reads at once. Split the file or check that it is a contact file.</source>
        <translation>Die Kontaktdaten sind %1 Bytes groß, mehr als die %2 Bytes, die Lifeboat auf einmal liest. Teilen Sie die Datei auf oder prüfen Sie, ob es eine Kontaktdatei ist.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardValueDecoder</name>
    <message>
        <source>Line %1: the quoted-printable value of %2 is damaged; the damaged characters were kept as written.</source>
        <translation>Zeile %1: Der Quoted-Printable-Wert von %2 ist beschädigt; die beschädigten Zeichen wurden unverändert übernommen.</translation>
    </message>
    <message>
        <source>Line %1: the character set &quot;%2&quot; is unknown; the value was read as UTF-8.</source>
        <translation>Zeile %1: Der Zeichensatz „%2“ ist unbekannt; der Wert wurde als UTF-8 gelesen.</translation>
    </message>
    <message>
        <source>The picture on line %1 of the vCard data is larger than %2 bytes. The file is damaged or not a contact file.</source>
        <translation>Das Bild in Zeile %1 der vCard-Daten ist größer als %2 Bytes. Die Datei ist beschädigt oder keine Kontaktdatei.</translation>
    </message>
    <message>
        <source>Line %1: the base64 data is damaged and was skipped.</source>
        <translation>Zeile %1: Die Base64-Daten sind beschädigt und wurden übersprungen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardWarnings</name>
    <message numerus="yes">
        <source>%n further problem(s) were not listed.</source>
        <translation>
            <numerusform>%n weiteres Problem wurde nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Probleme wurden nicht aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyCommand</name>
    <message>
        <source>The archive is intact: SQLite&apos;s checks pass, and %1 stored objects in %2 chunks were read back and match their hashes.</source>
        <translation>Das Archiv ist unversehrt: Die Prüfungen von SQLite bestehen, und %1 gespeicherte Objekte in %2 Blöcken wurden zurückgelesen und stimmen mit ihren Prüfsummen überein.</translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation>Das Archiv ist beschädigt.</translation>
    </message>
    <message>
        <source>Affected snapshots: %1</source>
        <translation type="vanished">Betroffene Schnappschüsse: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">keine</translation>
    </message>
    <message>
        <source>Other snapshots are unaffected and can be restored. Back up the handset again to store fresh copies of the damaged items.</source>
        <translation>Die anderen Schnappschüsse sind nicht betroffen und können wiederhergestellt werden. Sichern Sie das Telefon erneut, um frische Kopien der beschädigten Einträge zu speichern.</translation>
    </message>
    <message>
        <source>lifeboat-cli verify: the archive is damaged.</source>
        <translation>lifeboat-cli verify: Das Archiv ist beschädigt.</translation>
    </message>
    <message>
        <source>Check an archive for damage</source>
        <translation>Ein Archiv auf Schäden prüfen</translation>
    </message>
    <message>
        <source>No snapshot lists a damaged item.</source>
        <translation>Kein Schnappschuss führt einen beschädigten Eintrag.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 (%2): %n damaged item(s):</source>
        <translation>
            <numerusform>Schnappschuss %1 (%2): %n beschädigter Eintrag:</numerusform>
            <numerusform>Schnappschuss %1 (%2): %n beschädigte Einträge:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>Archiv prüfen</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Cancel the verification</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Reading every stored item back and checking it against its fingerprint…</source>
        <translation>Jeder gespeicherte Eintrag wird zurückgelesen und mit seinem Fingerabdruck verglichen …</translation>
    </message>
    <message>
        <source>Verification did not run.</source>
        <translation>Die Prüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Verification could not finish.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Nothing wrong was found in the part that was checked. Verify again to check the whole archive.</source>
        <translation>Im geprüften Teil wurde kein Fehler gefunden. Prüfen Sie erneut, um das ganze Archiv zu prüfen.</translation>
    </message>
    <message>
        <source>The archive is fine.</source>
        <translation>Das Archiv ist in Ordnung.</translation>
    </message>
    <message>
        <source>Every snapshot can be restored: %1 stored items (%2) were read back and match their fingerprints, and the archive&apos;s database passes its own checks.</source>
        <translation>Jeder Schnappschuss lässt sich wiederherstellen: %1 gespeicherte Einträge (%2) wurden zurückgelesen und stimmen mit ihren Fingerabdrücken überein, und die Datenbank des Archivs besteht ihre eigenen Prüfungen.</translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation>Das Archiv ist beschädigt.</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>Schnappschuss %1</translation>
    </message>
    <message>
        <source>Damaged snapshots: %1.</source>
        <translation>Beschädigte Schnappschüsse: %1.</translation>
    </message>
    <message>
        <source>These stored items no longer match what was backed up and cannot be restored from this archive:</source>
        <translation>Diese gespeicherten Einträge stimmen nicht mehr mit dem Gesicherten überein und können aus diesem Archiv nicht wiederhergestellt werden:</translation>
    </message>
    <message>
        <source>What still restores: every other item of the damaged snapshots.</source>
        <translation>Was sich noch wiederherstellen lässt: jeder andere Eintrag der beschädigten Schnappschüsse.</translation>
    </message>
    <message>
        <source>What still restores: the snapshots %1 completely, and every other item of the damaged snapshots.</source>
        <translation>Was sich noch wiederherstellen lässt: die Schnappschüsse %1 vollständig und jeder andere Eintrag der beschädigten Schnappschüsse.</translation>
    </message>
    <message>
        <source>Back up the handset again to store fresh copies of the damaged items, and keep a copy of the archive on another disk.</source>
        <translation>Sichern Sie das Telefon erneut, um frische Kopien der beschädigten Einträge zu speichern, und bewahren Sie eine Kopie des Archivs auf einem anderen Datenträger auf.</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Technische Details:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyJob</name>
    <message>
        <source>Checking the archive</source>
        <translation>Archiv wird geprüft</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyTask</name>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualHandsetFactory</name>
    <message>
        <source>The virtual handset cannot be set up that way.</source>
        <translation>Das virtuelle Telefon kann so nicht eingerichtet werden.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualHandsetServe</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation>%1 braucht eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-virtual-handset serve [--root DIR | --demo] [--profile lifeboat|android|echo] [--serial S] [--max-packet 64|512|1024]
         [--locked-ms N] [--busy] [--unplug-after-bytes N] [--stall-in-after-bytes N] [--no-zlp] [--header-own-packet]
         [--plug-after MS] [--unplug-after MS] -- COMMAND [ARGS...]

Serves a virtual handset as a USB device (umockdev) and runs COMMAND with
LD_PRELOAD=libumockdev-preload.so.0 and UMOCKDEV_DIR set, so that COMMAND&apos;s libusb
sees the handset. Exits with COMMAND&apos;s status; 2 for usage errors, 125 when the
handset cannot be served, 127 when COMMAND cannot be started, 128 when it crashed.</source>
        <translation>Aufruf: lifeboat-virtual-handset serve [--root DIR | --demo] [--profile lifeboat|android|echo] [--serial S] [--max-packet 64|512|1024]
         [--locked-ms N] [--busy] [--unplug-after-bytes N] [--stall-in-after-bytes N] [--no-zlp] [--header-own-packet]
         [--plug-after MS] [--unplug-after MS] -- COMMAND [ARGS...]

Stellt ein virtuelles Telefon als USB-Gerät bereit (umockdev) und führt COMMAND mit
gesetztem LD_PRELOAD=libumockdev-preload.so.0 und UMOCKDEV_DIR aus, sodass die libusb von
COMMAND das Telefon sieht. Endet mit dem Status von COMMAND; 2 bei Aufruffehlern, 125, wenn
das Telefon nicht bereitgestellt werden kann, 127, wenn COMMAND nicht gestartet werden kann,
128, wenn es abgestürzt ist.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use lifeboat, android or echo.</source>
        <translation>Unbekanntes Profil „%1“: Verwenden Sie lifeboat, android oder echo.</translation>
    </message>
    <message>
        <source>--max-packet must be 64, 512 or 1024.</source>
        <translation>--max-packet muss 64, 512 oder 1024 sein.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option &quot;%1&quot;.</source>
        <translation>Unbekannte oder unvollständige Option „%1“.</translation>
    </message>
    <message>
        <source>Nothing to run: give the command after &quot;--&quot;.</source>
        <translation>Nichts auszuführen: Geben Sie den Befehl nach „--“ an.</translation>
    </message>
    <message>
        <source>Cannot create the virtual handset: %1</source>
        <translation>Das virtuelle Telefon kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 was ended by a signal or crashed.</source>
        <translation>%1 wurde durch ein Signal beendet oder ist abgestürzt.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Cannot plug the virtual handset in: %1</source>
        <translation>Das virtuelle Telefon kann nicht eingesteckt werden: %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualStorage</name>
    <message>
        <source>The virtual handset has no storage.</source>
        <translation>Das virtuelle Telefon hat keinen Speicher.</translation>
    </message>
    <message>
        <source>%1 does not exist on the virtual handset.</source>
        <translation>%1 existiert auf dem virtuellen Telefon nicht.</translation>
    </message>
    <message>
        <source>The virtual handset could not store the object.</source>
        <translation>Das virtuelle Telefon konnte das Objekt nicht speichern.</translation>
    </message>
    <message>
        <source>The virtual handset is full.</source>
        <translation>Das virtuelle Telefon ist voll.</translation>
    </message>
    <message>
        <source>The folder %1 for the virtual handset does not exist.</source>
        <translation>Der Ordner %1 für das virtuelle Telefon existiert nicht.</translation>
    </message>
    <message>
        <source>The folder for the virtual handset is nested too deeply.</source>
        <translation>Der Ordner für das virtuelle Telefon ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The name %1 cannot be used on the handset.</source>
        <translation>Der Name %1 kann auf dem Telefon nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The folder for the new object does not exist.</source>
        <translation>Der Ordner für das neue Objekt existiert nicht.</translation>
    </message>
    <message>
        <source>An object named %1 exists already.</source>
        <translation>Ein Objekt namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The object to delete does not exist.</source>
        <translation>Das zu löschende Objekt existiert nicht.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back up and restore a handset&apos;s contacts, calendar, to-dos and photos.</source>
        <translation>Kontakte, Kalender, Aufgaben und Fotos eines Telefons sichern und wiederherstellen.</translation>
    </message>
    <message>
        <source>Archives to open.</source>
        <translation>Zu öffnende Archive.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
</context>
</TS>
