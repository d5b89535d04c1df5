<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Lifeboat::Archive</name>
    <message>
        <source>%1 already exists. Choose another name or open it.</source>
        <translation>%1 ya existe. Elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be created. Check that the folder exists and that you may write to it.</source>
        <translation>No se puede crear el archivador %1. Compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be made private.</source>
        <translation>No se puede hacer privado el archivador %1.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>El archivador %1 no existe.</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted. Give its passphrase to open it.</source>
        <translation>El archivador %1 está cifrado. Indique su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>The archive %1 is not encrypted, so it has no passphrase to change.</source>
        <translation>El archivador %1 no está cifrado, así que no tiene frase de contraseña que cambiar.</translation>
    </message>
    <message>
        <source>The archive %1 is open read-only.</source>
        <translation>El archivador %1 está abierto solo para lectura.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveCopy</name>
    <message>
        <source>The copy %1 cannot be created. Check that the folder exists, that you may write to it, and that the disk has space.</source>
        <translation>No se puede crear la copia %1. Compruebe que la carpeta existe, que puede escribir en ella y que el disco tiene espacio.</translation>
    </message>
    <message>
        <source>The disk is full: the copy %1 could not be written. Free some space or choose another disk, then save the copy again.</source>
        <translation>El disco está lleno: no se pudo escribir la copia %1. Libere espacio o elija otro disco y guarde la copia de nuevo.</translation>
    </message>
    <message>
        <source>The archive was too busy to be copied. Try again when the backup writing to it has finished.</source>
        <translation>El archivador estaba demasiado ocupado para copiarlo. Vuelva a intentarlo cuando termine la copia de seguridad que está escribiendo en él.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be copied. Run a verify to see which snapshots are affected.</source>
        <translation>El archivador está dañado y no se puede copiar. Ejecute una verificación para ver qué instantáneas están afectadas.</translation>
    </message>
    <message>
        <source>Writing the copy %1 failed. Check the disk, then save the copy again.</source>
        <translation>No se pudo escribir la copia %1. Compruebe el disco y guarde la copia de nuevo.</translation>
    </message>
    <message>
        <source>Saving the copy was cancelled.</source>
        <translation>Se canceló el guardado de la copia.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the copy.</source>
        <translation>%1 es una carpeta. Elija un nombre de archivo para la copia.</translation>
    </message>
    <message>
        <source>An archive cannot be copied onto itself. Choose another file name.</source>
        <translation>Un archivador no se puede copiar sobre sí mismo. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1. Check that you may write there.</source>
        <translation>No se pudo guardar la copia como %1. Compruebe que puede escribir ahí.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveKeyring</name>
    <message>
        <source>The encryption data of the archive %1 is damaged; the archive cannot be unlocked. Use a backup copy of the file if you have one.</source>
        <translation>Los datos de cifrado del archivador %1 están dañados; el archivador no se puede desbloquear. Use una copia de seguridad del archivo si la tiene.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the archive key from the passphrase (%1 MiB are needed). Close other programs and try again.</source>
        <translation>No hay memoria suficiente para derivar la clave del archivador a partir de la frase de contraseña (se necesitan %1 MiB). Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The passphrase for the archive %1 is wrong. Type it again, exactly as it was set (upper and lower case matter).</source>
        <translation>La frase de contraseña del archivador %1 es incorrecta. Escríbala de nuevo, exactamente como se estableció (las mayúsculas y minúsculas cuentan).</translation>
    </message>
    <message>
        <source>The key given for the archive %1 does not unlock it. Open it with its passphrase.</source>
        <translation>La clave indicada para el archivador %1 no lo desbloquea. Ábralo con su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveReaderWorker</name>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún archivador abierto.</translation>
    </message>
    <message>
        <source>The archive lists this item but does not keep its content. Back up the handset again to store it.</source>
        <translation>El archivador registra este elemento pero no guarda su contenido. Haga otra copia de seguridad del teléfono para guardarlo.</translation>
    </message>
    <message>
        <source>This file is too large to show here (%1 MB). Export it to open it in another program.</source>
        <translation>Este archivo es demasiado grande para mostrarlo aquí (%1 MB). Expórtelo para abrirlo con otro programa.</translation>
    </message>
    <message>
        <source>The stored file is larger than its recorded size.</source>
        <translation>El archivo guardado es mayor que el tamaño registrado.</translation>
    </message>
    <message>
        <source>The stored card of this contact could not be found.</source>
        <translation>No se encontró la tarjeta guardada de este contacto.</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1. Its original bytes are kept; export it to open it in another program.</source>
        <translation>No se puede mostrar esta foto: %1. Sus datos originales se conservan; expórtela para abrirla con otro programa.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveUnlocker</name>
    <message>
        <source>%1 is encrypted. Open it with File &gt; Open to type its passphrase.</source>
        <translation>%1 está cifrado. Ábralo con Archivo &gt; Abrir archivador para escribir su frase de contraseña.</translation>
    </message>
    <message>
        <source>%1 was not opened: it is encrypted and no passphrase was given.</source>
        <translation>%1 no se abrió: está cifrado y no se indicó ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>%1 was not opened: the passphrase was wrong %2 times.</source>
        <translation>%1 no se abrió: la frase de contraseña fue incorrecta %2 veces.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupCommand</name>
    <message>
        <source>For virtual handsets: lifeboat (default) or android.</source>
        <translation>Para teléfonos virtuales: lifeboat (predeterminado) o android.</translation>
    </message>
    <message>
        <source>Seconds to wait for a locked handset to be unlocked (default 60).</source>
        <translation>Segundos de espera a que se desbloquee un teléfono bloqueado (predeterminado: 60).</translation>
    </message>
    <message>
        <source>The archive to write (default: the handset&apos;s archive in the library folder).</source>
        <translation>El archivador en el que escribir (predeterminado: el archivador del teléfono en la carpeta de la biblioteca).</translation>
    </message>
    <message>
        <source>Name the handset with --device (see lifeboat-cli devices).</source>
        <translation>Indique el teléfono con --device (consulte lifeboat-cli devices).</translation>
    </message>
    <message>
        <source>--wait-unlock takes a number of seconds.</source>
        <translation>--wait-unlock requiere un número de segundos.</translation>
    </message>
    <message>
        <source>The backup did not complete.</source>
        <translation>La copia de seguridad no se completó.</translation>
    </message>
    <message>
        <source>lifeboat-cli backup: %1</source>
        <translation>lifeboat-cli backup: %1</translation>
    </message>
    <message>
        <source>Backed up %1 (serial %2) into snapshot %3 of %4.</source>
        <translation>Se ha hecho una copia de seguridad de %1 (número de serie %2) en la instantánea %3 de %4.</translation>
    </message>
    <message>
        <source>Backup cancelled: snapshot %1 is kept as cancelled. What was copied is kept and the next backup continues from there.</source>
        <translation>Copia de seguridad cancelada: la instantánea %1 se conserva como cancelada. Lo ya copiado se conserva y la próxima copia de seguridad continuará desde ahí.</translation>
    </message>
    <message>
        <source>Backup failed: snapshot %1 is kept as failed. What was copied is kept and the next backup continues from there.</source>
        <translation>La copia de seguridad falló: la instantánea %1 se conserva como fallida. Lo ya copiado se conserva y la próxima copia de seguridad continuará desde ahí.</translation>
    </message>
    <message>
        <source>%1 objects (%2): %3 copied (%4) in %5 s, %6 unchanged since an earlier backup.</source>
        <translation>%1 objetos (%2): %3 copiados (%4) en %5 s, %6 sin cambios desde una copia de seguridad anterior.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>… and %1 more notes (--format json lists them all).</source>
        <translation>… y %1 notas más (--format json las muestra todas).</translation>
    </message>
    <message>
        <source>Browse it:   lifeboat-cli show --archive %1 --kind contacts</source>
        <translation>Consultar:   lifeboat-cli show --archive %1 --kind contacts</translation>
    </message>
    <message>
        <source>Export it:   lifeboat-cli export --archive %1 --out DIR</source>
        <translation>Exportar:    lifeboat-cli export --archive %1 --out DIR</translation>
    </message>
    <message>
        <source>Restore it:  lifeboat-cli restore --archive %1 --device SERIAL --dry-run</source>
        <translation>Restaurar:   lifeboat-cli restore --archive %1 --device SERIAL --dry-run</translation>
    </message>
    <message>
        <source>Back up a handset into its archive</source>
        <translation>Hacer una copia de seguridad de un teléfono en su archivador</translation>
    </message>
    <message>
        <source>Create the archive encrypted under a passphrase (asked for twice, or --new-passphrase-fd / LIFEBOAT_NEW_PASSPHRASE).</source>
        <translation>Crear el archivador cifrado con una frase de contraseña (se pide dos veces, o --new-passphrase-fd / LIFEBOAT_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>%1 exists and is not encrypted; an archive is encrypted when it is created. Back up into a new archive with --archive FILE --encrypt.</source>
        <translation>%1 existe y no está cifrado; un archivador se cifra al crearlo. Haga la copia de seguridad en un archivador nuevo con --archive FILE --encrypt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupController</name>
    <message>
        <source>Encrypted archive: back up now to enter its passphrase</source>
        <translation>Archivador cifrado: haga ahora una copia de seguridad para introducir su frase de contraseña</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupJob</name>
    <message>
        <source>Connecting to the handset</source>
        <translation>Conectando con el teléfono</translation>
    </message>
    <message>
        <source>Interrupted: Lifeboat stopped before the backup finished.</source>
        <translation>Interrumpida: Lifeboat se detuvo antes de terminar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copiando</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Se canceló la copia de seguridad.</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>The handset is locked: unlock it and keep it connected</source>
        <translation>El teléfono está bloqueado: desbloquéelo y manténgalo conectado</translation>
    </message>
    <message>
        <source>The handset is locked. Unlock it, keep it connected, and choose &quot;File transfer&quot; if it asks how to use USB.</source>
        <translation>El teléfono está bloqueado. Desbloquéelo, manténgalo conectado y elija «Transferencia de archivos» si pregunta para qué usar el USB.</translation>
    </message>
    <message>
        <source>Listing the handset</source>
        <translation>Listando el contenido del teléfono</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 objetos</translation>
    </message>
    <message>
        <source>%1 changed on the handset while it was copied; it will be copied by the next backup.</source>
        <translation type="vanished">%1 cambió en el teléfono mientras se copiaba; se copiará en la próxima copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is too large to index; it is stored and will be restored.</source>
        <translation>%1 es demasiado grande para indexarlo; se guarda y se restaurará.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it is stored and will be restored as it is.</source>
        <translation>No se pudo leer %1 (%2); se guarda y se restaurará tal cual.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The handset does not report a serial number, so Lifeboat cannot tell it apart from other handsets and cannot back it up.</source>
        <translation>El teléfono no informa de ningún número de serie, así que Lifeboat no puede distinguirlo de otros teléfonos ni hacer una copia de seguridad de él.</translation>
    </message>
    <message>
        <source>The handset lists %1 with %2 bytes, more than its storage holds; it is not copied.</source>
        <translation>El teléfono indica %1 con %2 bytes, más de lo que cabe en su almacenamiento; no se copia.</translation>
    </message>
    <message>
        <source>%1 was not copied: the handset listed it as %2 bytes but sent %3. If the file was changing (a photo being saved), the next backup copies it; if this repeats, copy the file off the handset another way.</source>
        <translation>%1 no se copió: el teléfono lo indicó con %2 bytes pero envió %3. Si el archivo estaba cambiando (una foto guardándose), la próxima copia de seguridad lo copiará; si se repite, copie el archivo del teléfono de otra forma.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Show Backup</source>
        <translation>&amp;Mostrar copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Haciendo una copia de seguridad de %1</translation>
    </message>
    <message>
        <source>Opening the handset</source>
        <translation>Abriendo el teléfono</translation>
    </message>
    <message>
        <source>Progress per kind</source>
        <translation>Progreso por tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancelar la copia de seguridad</translation>
    </message>
    <message>
        <source>Stops the backup (Esc). What was copied so far is kept.</source>
        <translation>Detiene la copia de seguridad (Esc). Se conserva lo copiado hasta el momento.</translation>
    </message>
    <message>
        <source>Show the new backup</source>
        <translation>Mostrar la nueva copia de seguridad</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Casi terminado</translation>
    </message>
    <message numerus="yes">
        <source>About %n seconds left</source>
        <translation>
            <numerusform>Queda %n segundo aproximadamente</numerusform>
            <numerusform>Quedan %n segundos aproximadamente</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute left</source>
        <translation>Queda un minuto aproximadamente</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Queda %n minuto aproximadamente</numerusform>
            <numerusform>Quedan %n minutos aproximadamente</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour left</source>
        <translation>Queda una hora aproximadamente</translation>
    </message>
    <message numerus="yes">
        <source>About %n hours left</source>
        <translation>
            <numerusform>Queda %n hora aproximadamente</numerusform>
            <numerusform>Quedan %n horas aproximadamente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Velocidad: %1</translation>
    </message>
    <message>
        <source>Backup complete: %1 contacts, %2 events, %3 to-dos and %4 photos (%5 in all).</source>
        <translation>Copia de seguridad completada: %1 contactos, %2 eventos, %3 tareas y %4 fotos (%5 en total).</translation>
    </message>
    <message>
        <source>%1 objects copied (%2), %3 unchanged ones reused from earlier backups.</source>
        <translation>%1 objetos copiados (%2), %3 sin cambios reutilizados de copias de seguridad anteriores.</translation>
    </message>
    <message>
        <source>Warnings (%1): %2</source>
        <translation>Advertencias (%1): %2</translation>
    </message>
    <message>
        <source>The backup was cancelled. Everything copied so far is kept in the archive; the next backup carries on from there.</source>
        <translation>Se canceló la copia de seguridad. Todo lo copiado hasta el momento se conserva en el archivador; la próxima copia de seguridad continuará desde ahí.</translation>
    </message>
    <message>
        <source>The backup did not complete.</source>
        <translation>La copia de seguridad no se completó.</translation>
    </message>
    <message>
        <source>The backup failed. %1</source>
        <translation>La copia de seguridad falló. %1</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Copia de seguridad completada</translation>
    </message>
    <message>
        <source>Backup not complete</source>
        <translation>Copia de seguridad incompleta</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Copia de seguridad cancelada</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Copia de seguridad fallida</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CalendarPreScanner</name>
    <message>
        <source>The calendar file is larger than %1 MiB, which Lifeboat does not read. It is probably not a calendar.</source>
        <translation>El archivo de calendario ocupa más de %1 MiB, y Lifeboat no lee archivos tan grandes. Probablemente no sea un calendario.</translation>
    </message>
    <message>
        <source>The calendar file contains binary data and cannot be read.</source>
        <translation>El archivo de calendario contiene datos binarios y no se puede leer.</translation>
    </message>
    <message>
        <source>A line in the calendar file is longer than %1 KiB, which Lifeboat does not read.</source>
        <translation>Una línea del archivo de calendario ocupa más de %1 KiB, y Lifeboat no lee líneas tan largas.</translation>
    </message>
    <message>
        <source>The calendar file nests components deeper than %1 levels, which Lifeboat does not read.</source>
        <translation>El archivo de calendario anida componentes a más de %1 niveles, y Lifeboat no lo lee.</translation>
    </message>
    <message>
        <source>The calendar file holds more than %1 components, which Lifeboat does not read.</source>
        <translation>El archivo de calendario contiene más de %1 componentes, y Lifeboat no lo lee.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: its components do not end in the order they begin.</source>
        <translation>El archivo de calendario está dañado: sus componentes no terminan en el orden en que empiezan.</translation>
    </message>
    <message>
        <source>A calendar entry has more than %1 properties, which Lifeboat does not read.</source>
        <translation>Una entrada del calendario tiene más de %1 propiedades, y Lifeboat no la lee.</translation>
    </message>
    <message>
        <source>The calendar file is cut off: it ends before its last entry is complete.</source>
        <translation>El archivo de calendario está cortado: termina antes de que su última entrada esté completa.</translation>
    </message>
    <message>
        <source>The file holds no calendar entries (no BEGIN:VCALENDAR).</source>
        <translation>El archivo no contiene entradas de calendario (no hay BEGIN:VCALENDAR).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CalendarView</name>
    <message>
        <source>Events on the selected day</source>
        <translation>Eventos del día seleccionado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Agenda of the shown month</source>
        <translation>Agenda del mes mostrado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Some repeating events have rules Lifeboat cannot expand; they are shown on their first date only.</source>
        <translation>Algunos eventos periódicos tienen reglas que Lifeboat no puede desarrollar; solo se muestran en su primera fecha.</translation>
    </message>
    <message>
        <source>This snapshot holds no calendar events.</source>
        <translation>Esta instantánea no contiene eventos.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation>Agenda de %1</translation>
    </message>
    <message>
        <source>No events this month.</source>
        <translation>No hay eventos este mes.</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>No hay nada este día.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Cli</name>
    <message>
        <source>Usage: lifeboat-cli COMMAND [OPTIONS]</source>
        <translation>Uso: lifeboat-cli ORDEN [OPCIONES]</translation>
    </message>
    <message>
        <source>Back up and restore a handset&apos;s contacts, calendar, to-dos and photos.</source>
        <translation>Copia de seguridad y restauración de los contactos, el calendario, las tareas y las fotos de un teléfono.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s with COMMAND --help</source>
        <translation>Mostrar esta ayuda, o la de una orden con ORDEN --help</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Mostrar la versión</translation>
    </message>
    <message>
        <source>Show versions of Lifeboat and its libraries</source>
        <translation>Mostrar las versiones de Lifeboat y de sus bibliotecas</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown command &quot;%1&quot;. Run lifeboat-cli --help for the list of commands.</source>
        <translation>lifeboat-cli: orden desconocida «%1». Ejecute lifeboat-cli --help para ver la lista de órdenes.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliArchive</name>
    <message>
        <source>Name the archive with --archive FILE.</source>
        <translation>Indique el archivador con --archive FILE.</translation>
    </message>
    <message>
        <source>There is no archive at %1. Check the path, or back up a handset first.</source>
        <translation>No hay ningún archivador en %1. Compruebe la ruta o haga primero una copia de seguridad de un teléfono.</translation>
    </message>
    <message>
        <source>The archive has no complete snapshot yet. Back up the handset first.</source>
        <translation>El archivador aún no tiene ninguna instantánea completa. Haga primero una copia de seguridad del teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a snapshot: give its number or &quot;latest&quot;.</source>
        <translation>«%1» no es una instantánea: indique su número o «latest».</translation>
    </message>
    <message>
        <source>The archive has no snapshot %1. List them with lifeboat-cli snapshots.</source>
        <translation>El archivador no tiene la instantánea %1. Puede listarlas con lifeboat-cli snapshots.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliOptions</name>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Formato de salida: text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>The archive file (*.lifeboat).</source>
        <translation>El archivo del archivador (*.lifeboat).</translation>
    </message>
    <message>
        <source>Snapshot number, or &quot;latest&quot; (default).</source>
        <translation>Número de instantánea, o «latest» (predeterminado).</translation>
    </message>
    <message>
        <source>Comma-separated kinds: contacts, calendar, todos, photos (default: all).</source>
        <translation>Tipos separados por comas: contacts, calendar, todos, photos (predeterminado: todos).</translation>
    </message>
    <message>
        <source>The handset: its serial number (or a unique start of it), &quot;demo&quot; for the built-in demo handset, or virtual:DIR for a virtual handset serving folder DIR.</source>
        <translation>El teléfono: su número de serie (o un comienzo inequívoco de él), «demo» para el teléfono de demostración incorporado, o virtual:DIR para un teléfono virtual que sirve la carpeta DIR.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text or json.</source>
        <translation>Formato de salida desconocido «%1»: use text o json.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use contacts, calendar, todos or photos.</source>
        <translation>Tipo desconocido «%1»: use contacts, calendar, todos o photos.</translation>
    </message>
    <message>
        <source>--kinds names no kind.</source>
        <translation>--kinds no indica ningún tipo.</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: %2</source>
        <translation>lifeboat-cli %1: %2</translation>
    </message>
    <message>
        <source>Run lifeboat-cli %1 --help for its options.</source>
        <translation>Ejecute lifeboat-cli %1 --help para ver sus opciones.</translation>
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
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tareas</translation>
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
        <translation>Leer la frase de contraseña del archivador del descriptor de archivo N (una línea). Si no, se toma de LIFEBOAT_PASSPHRASE o se pide.</translation>
    </message>
    <message>
        <source>Read the new passphrase from file descriptor N (one line). Else it is taken from LIFEBOAT_NEW_PASSPHRASE, or asked for twice.</source>
        <translation>Leer la nueva frase de contraseña del descriptor de archivo N (una línea). Si no, se toma de LIFEBOAT_NEW_PASSPHRASE o se pide dos veces.</translation>
    </message>
    <message>
        <source>a passphrase is never taken from the command line, where other users can see it. Use --passphrase-fd N, the environment variable %1, or type it when asked.</source>
        <translation>una frase de contraseña nunca se toma de la línea de órdenes, donde otros usuarios pueden verla. Use --passphrase-fd N, la variable de entorno %1 o escríbala cuando se le pida.</translation>
    </message>
    <message>
        <source>--%1 takes a file descriptor number.</source>
        <translation>--%1 requiere un número de descriptor de archivo.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nueva frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbala de nuevo: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed. Run the command again.</source>
        <translation>Las dos frases de contraseña no coinciden; no se cambió nada. Ejecute la orden de nuevo.</translation>
    </message>
    <message>
        <source>A new passphrase for %1 is needed: give it with --new-passphrase-fd N or the environment variable %2, or run the command in a terminal to type it.</source>
        <translation>Se necesita una nueva frase de contraseña para %1: indíquela con --new-passphrase-fd N o la variable de entorno %2, o ejecute la orden en un terminal para escribirla.</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted: give its passphrase with --passphrase-fd N or the environment variable %2, or run the command in a terminal to type it.</source>
        <translation>El archivador %1 está cifrado: indique su frase de contraseña con --passphrase-fd N o la variable de entorno %2, o ejecute la orden en un terminal para escribirla.</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing. Choose one.</source>
        <translation>Una frase de contraseña vacía no protege nada. Elija una.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactCard</name>
    <message>
        <source>Contact details</source>
        <translation>Detalles del contacto</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactsView</name>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrar contactos</translation>
    </message>
    <message>
        <source>Filter by name, number, e-mail…</source>
        <translation>Filtrar por nombre, número, correo electrónico…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>This snapshot holds no contacts.</source>
        <translation>Esta instantánea no contiene contactos.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContentStore</name>
    <message>
        <source>Stored content in the archive %1 is damaged. Run a verify to see which snapshots are affected.</source>
        <translation>Hay contenido dañado en el archivador %1. Ejecute una verificación para ver qué instantáneas están afectadas.</translation>
    </message>
    <message>
        <source>Stored content does not add up to its size.</source>
        <translation>El contenido guardado no coincide con su tamaño.</translation>
    </message>
    <message>
        <source>The archive does not hold this content.</source>
        <translation>El archivador no contiene este contenido.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContentWriter</name>
    <message>
        <source>Content was written after it was finished.</source>
        <translation>Se escribió contenido después de finalizarlo.</translation>
    </message>
    <message>
        <source>Negative write size.</source>
        <translation>Tamaño de escritura negativo.</translation>
    </message>
    <message>
        <source>Content written beyond an object already stored.</source>
        <translation>Se escribió contenido más allá de un objeto ya guardado.</translation>
    </message>
    <message>
        <source>Content was finished twice.</source>
        <translation>El contenido se finalizó dos veces.</translation>
    </message>
    <message>
        <source>Content was stored in pieces that are not chunks.</source>
        <translation>El contenido se guardó en fragmentos que no son bloques.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CopyCommand</name>
    <message>
        <source>The file to write the copy to.</source>
        <translation>El archivo en el que se escribe la copia.</translation>
    </message>
    <message>
        <source>Replace the file named by --to if it exists.</source>
        <translation>Sustituir el archivo indicado con --to si existe.</translation>
    </message>
    <message>
        <source>Name the file to copy to with --to FILE.</source>
        <translation>Indique el archivo de destino de la copia con --to FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or add --overwrite to replace it.</source>
        <translation>%1 ya existe. Elija otro nombre o añada --overwrite para sustituirlo.</translation>
    </message>
    <message>
        <source>There is no archive at %1. Check the path.</source>
        <translation>No hay ningún archivador en %1. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2 (%3).</source>
        <translation>Copia de %1 guardada como %2 (%3).</translation>
    </message>
    <message>
        <source>Save a consistent copy of an archive</source>
        <translation>Guardar una copia coherente de un archivador</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CopyJob</name>
    <message>
        <source>Saving a copy</source>
        <translation>Guardando una copia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Database</name>
    <message>
        <source>The archive %1 cannot be opened. Check that the file exists and that you may read it.</source>
        <translation>No se puede abrir el archivador %1. Compruebe que el archivo existe y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>The disk holding the archive %1 is full. Free some space and run the backup again; everything already stored is kept.</source>
        <translation>El disco que contiene el archivador %1 está lleno. Libere espacio y vuelva a hacer la copia de seguridad; todo lo ya guardado se conserva.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged. Run a verify to see which snapshots are affected.</source>
        <translation>El archivador %1 está dañado. Ejecute una verificación para ver qué instantáneas están afectadas.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by another program or job. Wait for it to finish, then try again.</source>
        <translation>El archivador %1 está en uso por otro programa o tarea. Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The archive %1 is open read-only or the file is write-protected.</source>
        <translation>El archivador %1 está abierto en modo de solo lectura o el archivo está protegido contra escritura.</translation>
    </message>
    <message>
        <source>Reading or writing the archive %1 failed. Check the disk, then run a verify.</source>
        <translation>Falló la lectura o escritura del archivador %1. Compruebe el disco y después ejecute una verificación.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DevicesCommand</name>
    <message>
        <source>No handset found. Connect it with a USB cable, unlock it and choose &quot;File transfer&quot; when it asks. To try Lifeboat without one, use --device demo.</source>
        <translation>No se ha encontrado ningún teléfono. Conéctelo con un cable USB, desbloquéelo y elija «Transferencia de archivos» cuando lo pregunte. Para probar Lifeboat sin teléfono, use --device demo.</translation>
    </message>
    <message>
        <source>List the handsets connected over USB</source>
        <translation>Listar los teléfonos conectados por USB</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiffCommand</name>
    <message>
        <source>The older snapshot (default: the one before TO).</source>
        <translation>La instantánea más antigua (predeterminado: la anterior a TO).</translation>
    </message>
    <message>
        <source>The newer snapshot (default: latest).</source>
        <translation>La instantánea más reciente (predeterminado: la última).</translation>
    </message>
    <message>
        <source>Give at most two snapshots.</source>
        <translation>Indique como máximo dos instantáneas.</translation>
    </message>
    <message>
        <source>Snapshot %1 is the first complete one: there is nothing to compare it with.</source>
        <translation>La instantánea %1 es la primera completa: no hay nada con qué compararla.</translation>
    </message>
    <message>
        <source>Changes from snapshot %1 to snapshot %2</source>
        <translation>Cambios de la instantánea %1 a la instantánea %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 añadidos, %2 eliminados, %3 modificados</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Show what changed between two snapshots</source>
        <translation>Mostrar qué cambió entre dos instantáneas</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiffView</name>
    <message>
        <source>Compare from snapshot</source>
        <translation>Comparar desde la instantánea</translation>
    </message>
    <message>
        <source>Compare to snapshot</source>
        <translation>Comparar con la instantánea</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>La comparación falló: %1</translation>
    </message>
    <message>
        <source>Choose a snapshot on the left.</source>
        <translation>Elija una instantánea a la izquierda.</translation>
    </message>
    <message>
        <source>This is the archive&apos;s only snapshot. Back up again later to see what changed.</source>
        <translation>Esta es la única instantánea del archivador. Haga otra copia de seguridad más adelante para ver qué ha cambiado.</translation>
    </message>
    <message>
        <source>This is the archive&apos;s first snapshot. Choose a later one under To.</source>
        <translation>Esta es la primera instantánea del archivador. Elija una posterior en «Hasta».</translation>
    </message>
    <message>
        <source>Choose two different snapshots to compare.</source>
        <translation>Elija dos instantáneas distintas para compararlas.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 añadidos, %3 eliminados, %4 modificados</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Añadidos (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Eliminados (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modificados (%1)</translation>
    </message>
    <message>
        <source>Nothing changed between these snapshots.</source>
        <translation>No ha cambiado nada entre estas instantanéas.</translation>
    </message>
    <message>
        <source>Changes from the first snapshot to the second:</source>
        <translation>Cambios de la primera instantánea a la segunda:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExifReader</name>
    <message>
        <source>The photo&apos;s EXIF data cannot be read. The photo is kept as it is, without its date and thumbnail.</source>
        <translation>No se pueden leer los datos EXIF de la foto. La foto se conserva tal cual, sin su fecha ni su miniatura.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportCommand</name>
    <message>
        <source>The folder to write into (created if missing).</source>
        <translation>La carpeta en la que escribir (se crea si no existe).</translation>
    </message>
    <message>
        <source>vCard version: 3.0 (default) or 4.0.</source>
        <translation>Versión de vCard: 3.0 (predeterminada) o 4.0.</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s own folder tree instead of merged files.</source>
        <translation>Copiar el árbol de carpetas del propio teléfono en lugar de archivos combinados.</translation>
    </message>
    <message>
        <source>Name the folder to export into with --out DIR.</source>
        <translation>Indique la carpeta de destino de la exportación con --out DIR.</translation>
    </message>
    <message>
        <source>--vcard takes 3.0 or 4.0.</source>
        <translation>--vcard admite 3.0 o 4.0.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Exported snapshot %1 into %2: %3 contacts, %4 events, %5 to-dos, %6 photos (%7 files, %8).</source>
        <translation>Instantánea %1 exportada a %2: %3 contactos, %4 eventos, %5 tareas, %6 fotos (%7 archivos, %8).</translation>
    </message>
    <message>
        <source>lifeboat-cli export: %1</source>
        <translation>lifeboat-cli export: %1</translation>
    </message>
    <message>
        <source>Export a snapshot to vCard, iCalendar and a photo folder</source>
        <translation>Exportar una instantánea a vCard, iCalendar y una carpeta de fotos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportDialog</name>
    <message>
        <source>&amp;Contacts as vCard (contacts.vcf)</source>
        <translation>&amp;Contactos como vCard (contacts.vcf)</translation>
    </message>
    <message>
        <source>&amp;Events as iCalendar (calendar.ics)</source>
        <translation>&amp;Eventos como iCalendar (calendar.ics)</translation>
    </message>
    <message>
        <source>&amp;To-dos as iCalendar (todos.ics)</source>
        <translation>&amp;Tareas como iCalendar (todos.ics)</translation>
    </message>
    <message>
        <source>&amp;Photos into a folder (photos/)</source>
        <translation>&amp;Fotos en una carpeta (photos/)</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s files &amp;unchanged, in its own folders</source>
        <translation>Copiar los archivos del teléfono sin cam&amp;bios, en sus propias carpetas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Exportar instantánea</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exportar instantánea</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s files unchanged</source>
        <translation>Copiar los archivos del teléfono sin cambios</translation>
    </message>
    <message>
        <source>Instead of one file per kind, every stored file is written where the handset kept it.</source>
        <translation>En lugar de un archivo por tipo, cada archivo guardado se escribe donde lo tenía el teléfono.</translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation>Versión de vCard</translation>
    </message>
    <message>
        <source>vCard 3.0 (read by almost every program)</source>
        <translation>vCard 3.0 (la lee casi cualquier programa)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Carpeta de destino de la exportación</translation>
    </message>
    <message>
        <source>Lifeboat export</source>
        <translation>Exportación de Lifeboat</translation>
    </message>
    <message>
        <source>Choose the folder to export into</source>
        <translation>Elija la carpeta de destino de la exportación</translation>
    </message>
    <message>
        <source>&amp;Format of contacts:</source>
        <translation>F&amp;ormato de los contactos:</translation>
    </message>
    <message>
        <source>&amp;Into the folder:</source>
        <translation>En la c&amp;arpeta:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>What the export wrote</source>
        <translation>Lo que escribió la exportación</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Iniciar la exportación</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exportar en</translation>
    </message>
    <message>
        <source>Exporting into %1…</source>
        <translation>Exportando en %1…</translation>
    </message>
    <message>
        <source>The export was cancelled. The files below were written before it stopped.</source>
        <translation>Se canceló la exportación. Los archivos siguientes se escribieron antes de que se detuviera.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Exported %1 into %2.</source>
        <translation>%1 exportado en %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 file written:</source>
        <translation>1 archivo escrito:</translation>
    </message>
    <message>
        <source>%1 files written:</source>
        <translation>%1 archivos escritos:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>La exportación no terminó.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportFolder</name>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to export into.</source>
        <translation>%1 es un archivo, no una carpeta. Elija una carpeta en la que exportar.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable and has space.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que se puede escribir en el disco y que tiene espacio.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Lifeboat does not export through links. Choose an empty folder.</source>
        <translation>%1 es un enlace simbólico; Lifeboat no exporta a través de enlaces. Elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>%1 is in the way: it is a file, not a folder.</source>
        <translation>%1 estorba: es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Lifeboat does not write through links.</source>
        <translation>%1 es un enlace simbólico; Lifeboat no escribe a través de enlaces.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Free some space and export again.</source>
        <translation type="vanished">No se puede escribir %1: %2. Libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2. Free some space and export again.</source>
        <translation type="vanished">No se puede terminar de escribir %1: %2. Libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and export again.</source>
        <translation>%1: el disco está lleno. Libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>%1: %2. Check the disk (is it still connected, is it failing?) and export again.</source>
        <translation>%1: %2. Compruebe el disco (¿sigue conectado?, ¿está fallando?) y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Cannot finish writing %1</source>
        <translation>No se puede terminar de escribir %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportJob</name>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>%1 is too large to merge; exported as it is.</source>
        <translation>%1 es demasiado grande para combinarlo; se exportó tal cual.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); exported as it is.</source>
        <translation>No se pudo leer %1 (%2); se exportó tal cual.</translation>
    </message>
    <message>
        <source>too large to merge</source>
        <translation>demasiado grande para combinarlo</translation>
    </message>
    <message>
        <source>%1 could not be merged (%2); exported as it is.</source>
        <translation>No se pudo combinar %1 (%2); se exportó tal cual.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportTask</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::FileDataSource</name>
    <message>
        <source>The virtual handset cannot read one of its files.</source>
        <translation>El teléfono virtual no puede leer uno de sus archivos.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetBackupJob</name>
    <message>
        <source>Opening the handset</source>
        <translation>Abriendo el teléfono</translation>
    </message>
    <message>
        <source>The backup was cancelled before it began.</source>
        <translation>Se canceló la copia de seguridad antes de empezar.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetConnector</name>
    <message>
        <source>&quot;%1&quot; matches several handsets (%2). Give more of the serial number.</source>
        <translation>«%1» coincide con varios teléfonos (%2). Indique más caracteres del número de serie.</translation>
    </message>
    <message>
        <source>No handset with serial number %1 is connected. Check the cable, unlock the handset and choose &quot;File transfer&quot;; lifeboat-cli devices lists what is connected.</source>
        <translation>No hay ningún teléfono conectado con el número de serie %1. Compruebe el cable, desbloquee el teléfono y elija «Transferencia de archivos»; lifeboat-cli devices muestra lo que está conectado.</translation>
    </message>
    <message>
        <source>Lifeboat may not open the handset %1 %2 (%3). Install Lifeboat&apos;s udev rule (it comes with the package), then unplug and reconnect the handset.</source>
        <translation>Lifeboat no tiene permiso para abrir el teléfono %1 %2 (%3). Instale la regla de udev de Lifeboat (viene con el paquete) y después desconecte el teléfono y vuelva a conectarlo.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>no permission: install the udev rule, then reconnect</source>
        <translation>sin permiso: instale la regla de udev y vuelva a conectarlo</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use lifeboat or android.</source>
        <translation>Perfil desconocido «%1»: use lifeboat o android.</translation>
    </message>
    <message>
        <source>virtual: needs a folder, as in virtual:/tmp/phone.</source>
        <translation>virtual: necesita una carpeta, como en virtual:/tmp/phone.</translation>
    </message>
    <message>
        <source>Name the handset: a serial number, demo, or virtual:DIR.</source>
        <translation>Indique el teléfono: un número de serie, demo o virtual:DIR.</translation>
    </message>
    <message>
        <source>Demo handset</source>
        <translation>Teléfono de demostración</translation>
    </message>
    <message>
        <source>There is no folder %1 for the virtual handset to serve. Create it first (an empty folder is an empty handset).</source>
        <translation>No existe la carpeta %1 que debe servir el teléfono virtual. Créela primero (una carpeta vacía es un teléfono vacío).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetWatcher</name>
    <message>
        <source>Handset %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <source>USB port %1</source>
        <translation>Puerto USB %1</translation>
    </message>
    <message>
        <source>Serial number %1, USB port %2</source>
        <translation>Número de serie %1, puerto USB %2</translation>
    </message>
    <message>
        <source>This handset gives no serial number, so Lifeboat cannot tell it from others. Reconnect it; if this stays, it cannot be backed up.</source>
        <translation>Este teléfono no da ningún número de serie, así que Lifeboat no puede distinguirlo de otros. Vuelva a conectarlo; si sigue así, no se puede hacer una copia de seguridad de él.</translation>
    </message>
    <message>
        <source>Demo handset</source>
        <translation>Teléfono de demostración</translation>
    </message>
    <message>
        <source>Built into Lifeboat, for trying it out</source>
        <translation>Integrado en Lifeboat, para probarlo</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Unlock the handset to let Lifeboat see its content</source>
        <translation>Desbloquee el teléfono para que Lifeboat pueda ver su contenido</translation>
    </message>
    <message>
        <source>Another program holds the handset: close the file manager or eject the handset there</source>
        <translation>Otro programa está usando el teléfono: cierre el gestor de archivos o expulse allí el teléfono</translation>
    </message>
    <message>
        <source>Lifeboat may not open this handset: install Lifeboat&apos;s udev rule (it comes with the package), then reconnect the handset</source>
        <translation>Lifeboat no tiene permiso para abrir este teléfono: instale la regla de udev de Lifeboat (viene con el paquete) y vuelva a conectar el teléfono</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Lifeboat cannot use this handset</source>
        <translation>Lifeboat no puede usar este teléfono</translation>
    </message>
    <message>
        <source>Not backed up yet</source>
        <translation>Aún sin copia de seguridad</translation>
    </message>
    <message>
        <source>Last backup today</source>
        <translation>Última copia de seguridad: hoy</translation>
    </message>
    <message>
        <source>Last backup yesterday</source>
        <translation>Última copia de seguridad: ayer</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n days ago: time for a new one</source>
        <translation>
            <numerusform>Última copia de seguridad hace %n día: es hora de hacer otra</numerusform>
            <numerusform>Última copia de seguridad hace %n días: es hora de hacer otra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n days ago</source>
        <translation>
            <numerusform>Última copia de seguridad hace %n día</numerusform>
            <numerusform>Última copia de seguridad hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetsPane</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Hacer copia de seguridad &amp;ahora</translation>
    </message>
    <message>
        <source>Handsets</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Connected handsets, their state and their last backup</source>
        <translation>Teléfonos conectados, su estado y su última copia de seguridad</translation>
    </message>
    <message>
        <source>No handset connected. Connect one with its USB cable, unlock it and choose &quot;File transfer&quot; — or try Lifeboat with the demo handset (Handset &gt; Use Demo Handset).</source>
        <translation>No hay ningún teléfono conectado. Conecte uno con su cable USB, desbloquéelo y elija «Transferencia de archivos», o pruebe Lifeboat con el teléfono de demostración (Teléfono &gt; Usar teléfono de demostración).</translation>
    </message>
    <message>
        <source>Back up the selected handset now</source>
        <translation>Hacer ahora una copia de seguridad del teléfono seleccionado</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ICalObjectParser</name>
    <message>
        <source>The calendar file is damaged and cannot be read.</source>
        <translation>El archivo de calendario está dañado y no se puede leer.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ICalendarMerger</name>
    <message>
        <source>The calendar entry is damaged and cannot be exported.</source>
        <translation>La entrada del calendario está dañada y no se puede exportar.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ItemIndex</name>
    <message>
        <source>No photo is indexed for object %1.</source>
        <translation>No hay ninguna foto indexada para el objeto %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ItemPrinter</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>[repeats]</source>
        <translation>[periódico]</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tareas</translation>
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
        <translation>No se pudo crear una foto del teléfono virtual.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::KindText</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Otro archivo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Otros archivos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Library</name>
    <message>
        <source>Cannot create the library folder %1. Check that the disk is writable, or choose another folder with --archive.</source>
        <translation>No se puede crear la carpeta de la biblioteca %1. Compruebe que se puede escribir en el disco o elija otra ubicación con --archive.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LibraryPane</name>
    <message>
        <source>Archives and snapshots</source>
        <translation>Archivadores e instantáneas</translation>
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
        <translation>Aún no hay instantáneas</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LoopbackTransport</name>
    <message>
        <source>Internal error while reading from the handset.</source>
        <translation>Error interno al leer del teléfono.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Se canceló la transferencia.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unplug it, plug it in again and retry.</source>
        <translation>El teléfono ha dejado de responder. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The handset was disconnected. Plug it in again and retry.</source>
        <translation>Se desconectó el teléfono. Vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The handset refused a transfer. Unplug it, plug it in again and retry.</source>
        <translation>El teléfono rechazó una transferencia. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
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
        <translation>&amp;Abrir archivador…</translation>
    </message>
    <message>
        <source>Open an archive</source>
        <translation>Abrir un archivador</translation>
    </message>
    <message>
        <source>No archive yet. Connect a handset and choose Back up, or open an archive with File &gt; Open.</source>
        <translation>Aún no hay ningún archivador. Conecte un teléfono y elija «Hacer copia de seguridad», o abra un archivador con Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>&amp;Recargar la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>C&amp;alendario</translation>
    </message>
    <message>
        <source>&amp;To-dos</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Búsqueda</translation>
    </message>
    <message>
        <source>&amp;What Changed</source>
        <translation>&amp;Qué ha cambiado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>&amp;Acerca de Lifeboat</translation>
    </message>
    <message>
        <source>About Lifeboat</source>
        <translation>Acerca de Lifeboat</translation>
    </message>
    <message>
        <source>Lifeboat %1

Keeps a complete, versioned copy of a handset&apos;s contacts, calendar, to-dos and photos on this computer.</source>
        <translation>Lifeboat %1

Guarda en este equipo una copia completa y con versiones de los contactos, el calendario, las tareas y las fotos de un teléfono.</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Abrir archivador</translation>
    </message>
    <message>
        <source>Lifeboat archives (*.lifeboat);;All files (*)</source>
        <translation>Archivadores de Lifeboat (*.lifeboat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a snapshot on the left to see what it holds.</source>
        <translation>Elija una instantánea a la izquierda para ver lo que contiene.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>%1 — Lifeboat</source>
        <translation>%1 — Lifeboat</translation>
    </message>
    <message>
        <source>This archive holds no snapshots yet. Connect its handset and choose Back up.</source>
        <translation>Este archivador aún no contiene instantáneas. Conecte su teléfono y elija «Hacer copia de seguridad».</translation>
    </message>
    <message>
        <source>Cannot show this snapshot</source>
        <translation>No se puede mostrar esta instantánea</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Choose an archive on the left first, then save a copy of it.</source>
        <translation>Elija primero un archivador a la izquierda y luego guarde una copia de él.</translation>
    </message>
    <message>
        <source>&amp;Handset</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Hacer copia de seguridad &amp;ahora</translation>
    </message>
    <message>
        <source>Use &amp;Demo Handset</source>
        <translation>Usar teléfono de &amp;demostración</translation>
    </message>
    <message>
        <source>A handset built into Lifeboat, with made-up contacts, events, to-dos and photos, for trying everything without a phone</source>
        <translation>Un teléfono integrado en Lifeboat, con contactos, eventos, tareas y fotos inventados, para probarlo todo sin un teléfono</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>USB handsets cannot be seen: %1</source>
        <translation>No se pueden ver los teléfonos USB: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write the shown snapshot out as vCard, iCalendar and a photo folder</source>
        <translation>Escribir la instantánea mostrada como vCard, iCalendar y una carpeta de fotos</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Instantánea</translation>
    </message>
    <message>
        <source>&amp;Restore to Handset…</source>
        <translation>&amp;Restaurar en el teléfono…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Verify Archive</source>
        <translation>&amp;Verificar archivador</translation>
    </message>
    <message>
        <source>No snapshot chosen</source>
        <translation>Ninguna instantánea elegida</translation>
    </message>
    <message>
        <source>Open an archive and choose one of its snapshots on the left first.</source>
        <translation>Abra primero un archivador y elija una de sus instantáneas a la izquierda.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>handset name (serial number and USB port)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Ningún archivador abierto</translation>
    </message>
    <message>
        <source>Open an archive first, then verify it.</source>
        <translation>Abra primero un archivador y luego verifíquelo.</translation>
    </message>
    <message>
        <source>Cannot back up %1</source>
        <translation>No se puede hacer una copia de seguridad de %1</translation>
    </message>
    <message>
        <source>Backup Running</source>
        <translation>Copia de seguridad en curso</translation>
    </message>
    <message>
        <source>A backup of %1 is running. Stop it and quit?

What it has copied so far is kept, and the next backup of the handset continues from there.</source>
        <translation>Hay una copia de seguridad de %1 en curso. ¿Detenerla y salir?

Lo copiado hasta ahora se conserva y la próxima copia de seguridad del teléfono continuará desde ahí.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Detener y salir</translation>
    </message>
    <message>
        <source>Keep Backing Up</source>
        <translation>Seguir con la copia</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpBulkReader</name>
    <message>
        <source>The handset broke the transfer protocol. Disconnect and reconnect it, then try again.</source>
        <translation>El teléfono no respetó el protocolo de transferencia. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The handset sent more data than expected. Disconnect and reconnect it, then try again.</source>
        <translation>El teléfono envió más datos de los esperados. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpHandset</name>
    <message>
        <source>The handset is locked. Unlock it and keep it connected.</source>
        <translation>El teléfono está bloqueado. Desbloquéelo y manténgalo conectado.</translation>
    </message>
    <message>
        <source>A folder cannot be read as a file.</source>
        <translation>Una carpeta no se puede leer como archivo.</translation>
    </message>
    <message>
        <source>Cannot read beyond the end of the file.</source>
        <translation>No se puede leer más allá del final del archivo.</translation>
    </message>
    <message>
        <source>The handset cannot continue a transfer where it stopped. The file will be read again from the start.</source>
        <translation>El teléfono no puede continuar una transferencia donde se detuvo. El archivo se volverá a leer desde el principio.</translation>
    </message>
    <message>
        <source>The folder is not on the handset.</source>
        <translation>La carpeta no está en el teléfono.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; cannot be used on the handset.</source>
        <translation>El nombre de carpeta «%1» no se puede usar en el teléfono.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not on the handset.</source>
        <translation>La carpeta «%1» no está en el teléfono.</translation>
    </message>
    <message>
        <source>No folder name was given.</source>
        <translation>No se indicó ningún nombre de carpeta.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; cannot be used on the handset.</source>
        <translation>El nombre de archivo «%1» no se puede usar en el teléfono.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpResponseError</name>
    <message>
        <source>The handset is busy. Wait until it has finished what it is doing, then try again.</source>
        <translation>El teléfono está ocupado. Espere a que termine lo que está haciendo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The handset&apos;s storage is full. Free some space on the handset, then try again.</source>
        <translation>El almacenamiento del teléfono está lleno. Libere espacio en el teléfono y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The handset does not allow changes here. Check that it is unlocked and that its storage is not write-protected, then try again.</source>
        <translation>El teléfono no permite cambios aquí. Compruebe que está desbloqueado y que su almacenamiento no está protegido contra escritura, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The handset&apos;s storage is not available. Unlock it and keep it connected.</source>
        <translation>El almacenamiento del teléfono no está disponible. Desbloquéelo y manténgalo conectado.</translation>
    </message>
    <message>
        <source>That storage is no longer on the handset (was a memory card removed?). Reconnect the handset and try again.</source>
        <translation>Ese almacenamiento ya no está en el teléfono (¿se ha quitado una tarjeta de memoria?). Vuelva a conectar el teléfono e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file or folder is no longer on the handset. Reconnect the handset so Lifeboat lists it again.</source>
        <translation>El archivo o la carpeta ya no está en el teléfono. Vuelva a conectar el teléfono para que Lifeboat vuelva a listar su contenido.</translation>
    </message>
    <message>
        <source>The handset cannot do this. Lifeboat will use another way where there is one; otherwise this handset is not supported for this task.</source>
        <translation>El teléfono no puede hacer esto. Lifeboat usará otro método si lo hay; si no, este teléfono no es compatible con esta tarea.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Se canceló la transferencia.</translation>
    </message>
    <message>
        <source>The connection to the handset got out of step. Disconnect and reconnect it, then try again.</source>
        <translation>La conexión con el teléfono se ha desincronizado. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The transfer to the handset was incomplete. Check the cable, then try again.</source>
        <translation>La transferencia al teléfono quedó incompleta. Compruebe el cable y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The handset reported an error. Disconnect and reconnect it, then try again; if it keeps happening, restart the handset.</source>
        <translation>El teléfono informó de un error. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo; si sigue ocurriendo, reinicie el teléfono.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpSession</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Se canceló la transferencia.</translation>
    </message>
    <message>
        <source>The handset sent more information than Lifeboat accepts at once. Disconnect and reconnect it, then try again.</source>
        <translation>El teléfono envió más información de la que Lifeboat acepta de una vez. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file to send to the handset changed while it was sent.</source>
        <translation>El archivo que se enviaba al teléfono cambió durante el envío.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PassphraseCommand</name>
    <message>
        <source>The archive %1 is not encrypted, so it has no passphrase to change. An archive is encrypted when it is created (lifeboat-cli backup --encrypt).</source>
        <translation>El archivador %1 no está cifrado, así que no tiene frase de contraseña que cambiar. Un archivador se cifra al crearlo (lifeboat-cli backup --encrypt).</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed. The old one no longer opens it.</source>
        <translation>Se cambió la frase de contraseña de %1. La anterior ya no lo abre.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted archive</source>
        <translation>Cambiar la frase de contraseña de un archivador cifrado</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PassphraseDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted. Type its passphrase to open it.</source>
        <translation>El archivador %1 está cifrado. Escriba su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypt %1</source>
        <translation>Cifrar %1</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new archive %1. Everything Lifeboat keeps about the handset is encrypted with it, and it is asked for whenever the archive is opened.</source>
        <translation>Elija una frase de contraseña para el nuevo archivador %1. Todo lo que Lifeboat guarda sobre el teléfono se cifra con ella, y se le pedirá cada vez que se abra el archivador.</translation>
    </message>
    <message>
        <source>Keep the passphrase safe. If it is lost, the backups in this archive cannot be recovered: nobody can read them without it, not even Lifeboat.</source>
        <translation>Guarde la frase de contraseña en un lugar seguro. Si la pierde, las copias de seguridad de este archivador no se podrán recuperar: nadie puede leerlas sin ella, ni siquiera Lifeboat.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Escriba de nuevo la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
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
        <translation>%1, tomada el %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoHead</name>
    <message>
        <source>The photo file is damaged or incomplete, so its date, size and preview cannot be read. Copy it from the handset again; if it stays like this, the file on the handset is damaged.</source>
        <translation>El archivo de la foto está dañado o incompleto, así que no se pueden leer su fecha, su tamaño ni su vista previa. Cópielo de nuevo desde el teléfono; si sigue igual, el archivo del teléfono está dañado.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoMetadataReader</name>
    <message>
        <source>Lifeboat made a mistake reading a photo.</source>
        <translation>Lifeboat cometió un error al leer una foto.</translation>
    </message>
    <message>
        <source>This file is not a JPEG, PNG or HEIF photo, so Lifeboat shows it without a date or preview.</source>
        <translation>Este archivo no es una foto JPEG, PNG ni HEIF, así que Lifeboat lo muestra sin fecha ni vista previa.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Visor de fotos</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Tomada el %1</translation>
    </message>
    <message>
        <source>Saved on the handset %1</source>
        <translation>Guardada en el teléfono el %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
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
        <translation>Esta instantánea no contiene fotos.</translation>
    </message>
    <message>
        <source>1 photo, %1. Double-click it to see it at full size.</source>
        <translation>1 foto, %1. Haga doble clic en ella para verla a tamaño completo.</translation>
    </message>
    <message>
        <source>%1 photos, %2. Double-click a photo to see it at full size.</source>
        <translation>%1 fotos, %2. Haga doble clic en una foto para verla a tamaño completo.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProgressPrinter</name>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 de %2 objetos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>quedan unos %1 min</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
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
        <translation>calculando…</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>unos segundos</translation>
    </message>
    <message>
        <source>about %1 seconds</source>
        <translation>unos %1 segundos</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>unos %1 minutos</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>unas %1 horas</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PtpContainer</name>
    <message>
        <source>The handset answered in a way Lifeboat does not understand. Disconnect and reconnect it, then try again.</source>
        <translation>El teléfono respondió de una forma que Lifeboat no entiende. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PtpDatasets</name>
    <message>
        <source>The handset sent information Lifeboat cannot read. Disconnect and reconnect it, then try again; if this keeps happening, the handset is not supported.</source>
        <translation>El teléfono envió información que Lifeboat no puede leer. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo; si sigue ocurriendo, el teléfono no es compatible.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RecurrenceExpander</name>
    <message>
        <source>The repeat rule of &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer la regla de repetición de «%1».</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; is too complex to show.</source>
        <translation>La regla de repetición de «%1» es demasiado compleja para mostrarla.</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; cannot be used.</source>
        <translation>No se puede usar la regla de repetición de «%1».</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; has too many occurrences to show.</source>
        <translation>La regla de repetición de «%1» genera demasiadas repeticiones para mostrarlas.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreCommand</name>
    <message>
        <source>For virtual handsets: lifeboat (default) or android.</source>
        <translation>Para teléfonos virtuales: lifeboat (predeterminado) o android.</translation>
    </message>
    <message>
        <source>missing (default): add only what the handset lacks; replace: also delete, in the chosen kinds, what the snapshot does not have.</source>
        <translation>missing (predeterminado): añadir solo lo que le falta al teléfono; replace: además, eliminar en los tipos elegidos lo que la instantánea no tiene.</translation>
    </message>
    <message>
        <source>Only these objects (numbers from show --format json), comma-separated.</source>
        <translation>Solo estos objetos (números de show --format json), separados por comas.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Mostrar el plan sin cambiar nada.</translation>
    </message>
    <message>
        <source>Confirm replace mode&apos;s deletions.</source>
        <translation>Confirmar las eliminaciones del modo replace.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use missing or replace.</source>
        <translation>Modo desconocido «%1»: use missing o replace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object number.</source>
        <translation>«%1» no es un número de objeto.</translation>
    </message>
    <message>
        <source>Replace mode deletes items from the handset that the snapshot does not have. Look at the plan with --dry-run, then confirm with --yes.</source>
        <translation>El modo replace elimina del teléfono los elementos que la instantánea no tiene. Revise el plan con --dry-run y después confírmelo con --yes.</translation>
    </message>
    <message>
        <source>Name the target handset with --device.</source>
        <translation>Indique el teléfono de destino con --device.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>lifeboat-cli restore: %1</source>
        <translation>lifeboat-cli restore: %1</translation>
    </message>
    <message>
        <source>Plan for restoring snapshot %1 onto %2 (serial %3); nothing is changed:</source>
        <translation>Plan para restaurar la instantánea %1 en %2 (número de serie %3); no se cambia nada:</translation>
    </message>
    <message>
        <source>(replaces the handset&apos;s version)</source>
        <translation>(sustituye la versión del teléfono)</translation>
    </message>
    <message>
        <source>(deleted from the handset)</source>
        <translation>(se elimina del teléfono)</translation>
    </message>
    <message>
        <source>%1 to write, %2 to delete, %3 to skip (already on the handset).</source>
        <translation>%1 para escribir, %2 para eliminar, %3 para omitir (ya están en el teléfono).</translation>
    </message>
    <message>
        <source>Restored snapshot %1 onto %2 (serial %3); every item written was read back and matches.</source>
        <translation>Instantánea %1 restaurada en %2 (número de serie %3); cada elemento escrito se volvió a leer y coincide.</translation>
    </message>
    <message>
        <source>%1 restored (%2), %3 skipped, %4 removed, %5 failed.</source>
        <translation>%1 restaurados (%2), %3 omitidos, %4 eliminados, %5 fallidos.</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Falló: %1: %2</translation>
    </message>
    <message>
        <source>Restore a snapshot onto a handset</source>
        <translation>Restaurar una instantánea en un teléfono</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreConfirmPage</name>
    <message>
        <source>Ready to restore</source>
        <translation>Listo para restaurar</translation>
    </message>
    <message>
        <source>Keep the handset connected and unlocked until the restore has finished.</source>
        <translation>Mantenga el teléfono conectado y desbloqueado hasta que termine la restauración.</translation>
    </message>
    <message>
        <source>Snapshot: %1, of %2.</source>
        <translation>Instantánea: %1, de %2.</translation>
    </message>
    <message>
        <source>Onto: %1.</source>
        <translation>En: %1.</translation>
    </message>
    <message>
        <source>Mode: replace — items the snapshot does not have are deleted from the handset.</source>
        <translation>Modo: replace — los elementos que la instantánea no tiene se eliminan del teléfono.</translation>
    </message>
    <message>
        <source>Mode: add what is missing — nothing on the handset is deleted.</source>
        <translation>Modo: añadir lo que falta — no se elimina nada del teléfono.</translation>
    </message>
    <message>
        <source>Every item written is read back from the handset and compared with the snapshot. Press Restore to begin.</source>
        <translation>Cada elemento escrito se vuelve a leer del teléfono y se compara con la instantánea. Pulse Restaurar para empezar.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreItemsPage</name>
    <message>
        <source>&amp;Everything of these kinds:</source>
        <translation>&amp;Todo lo de estos tipos:</translation>
    </message>
    <message>
        <source>Only the &amp;items I pick:</source>
        <translation>Solo los &amp;elementos que elija:</translation>
    </message>
    <message>
        <source>Choose what to restore</source>
        <translation>Elija qué restaurar</translation>
    </message>
    <message>
        <source>Restore whole kinds, or pick single contacts, events, to-dos and photos.</source>
        <translation>Restaure tipos completos o elija contactos, eventos, tareas y fotos sueltos.</translation>
    </message>
    <message>
        <source>Restore everything of the chosen kinds</source>
        <translation>Restaurar todo lo de los tipos elegidos</translation>
    </message>
    <message>
        <source>Restore only picked items</source>
        <translation>Restaurar solo los elementos elegidos</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <source>Search the snapshot&apos;s items</source>
        <translation>Buscar en los elementos de la instantánea</translation>
    </message>
    <message>
        <source>Search by name or file</source>
        <translation>Buscar por nombre o archivo</translation>
    </message>
    <message>
        <source>Items of the snapshot</source>
        <translation>Elementos de la instantánea</translation>
    </message>
    <message>
        <source>Check &amp;Shown</source>
        <translation>&amp;Marcar los mostrados</translation>
    </message>
    <message>
        <source>Check every item shown</source>
        <translation>Marcar todos los elementos mostrados</translation>
    </message>
    <message>
        <source>&amp;Uncheck Shown</source>
        <translation>&amp;Desmarcar los mostrados</translation>
    </message>
    <message>
        <source>Uncheck every item shown</source>
        <translation>Desmarcar todos los elementos mostrados</translation>
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
        <translation>El modo replace elimina del teléfono los elementos que la instantánea no tiene. Confírmelo (--yes) o revise antes el plan con --dry-run.</translation>
    </message>
    <message>
        <source>Connecting to the handset</source>
        <translation>Conectando con el teléfono</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be restored; see the report.</source>
        <translation>
            <numerusform>No se pudo restaurar %n elemento; consulte el informe.</numerusform>
            <numerusform>No se pudieron restaurar %n elementos; consulte el informe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>The handset is locked. Unlock it and keep it connected.</source>
        <translation>El teléfono está bloqueado. Desbloquéelo y manténgalo conectado.</translation>
    </message>
    <message>
        <source>This snapshot was taken of another handset (%1 %2, serial %3); it is restored onto %4 %5 (serial %6).</source>
        <translation>Esta instantánea se tomó de otro teléfono (%1 %2, número de serie %3); se restaura en %4 %5 (número de serie %6).</translation>
    </message>
    <message>
        <source>Listing the handset</source>
        <translation>Listando el contenido del teléfono</translation>
    </message>
    <message>
        <source>already on the handset</source>
        <translation>ya está en el teléfono</translation>
    </message>
    <message>
        <source>a different version is on the handset (replace mode overwrites it)</source>
        <translation>hay otra versión en el teléfono (el modo replace la sobrescribe)</translation>
    </message>
    <message>
        <source>The handset has no writable storage. Unlock it and check that it is not in a read-only mode.</source>
        <translation>El teléfono no tiene almacenamiento en el que se pueda escribir. Desbloquéelo y compruebe que no está en un modo de solo lectura.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>Se canceló la restauración.</translation>
    </message>
    <message>
        <source>The handset holds different bytes than were written (%1 of %2 bytes read back). Try the restore again; if it keeps failing, the handset&apos;s storage may be faulty.</source>
        <translation>El teléfono contiene datos distintos de los escritos (se volvieron a leer %1 de %2 bytes). Vuelva a intentar la restauración; si sigue fallando, puede que el almacenamiento del teléfono esté averiado.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreModePage</name>
    <message>
        <source>&amp;Add what is missing (recommended)</source>
        <translation>&amp;Añadir lo que falta (recomendado)</translation>
    </message>
    <message>
        <source>Re&amp;place the handset&apos;s items with the snapshot&apos;s</source>
        <translation>&amp;Sustituir los elementos del teléfono por los de la instantánea</translation>
    </message>
    <message>
        <source>Choose how to restore</source>
        <translation>Elija cómo restaurar</translation>
    </message>
    <message>
        <source>Nothing is changed yet: the next page shows exactly what will happen.</source>
        <translation>Todavía no se cambia nada: la página siguiente muestra exactamente lo que ocurrirá.</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>Añadir lo que falta</translation>
    </message>
    <message>
        <source>Replace the handset&apos;s items</source>
        <translation>Sustituir los elementos del teléfono</translation>
    </message>
    <message>
        <source>Items the handset lacks are added. Nothing on the handset is deleted or changed; restoring twice adds nothing.</source>
        <translation>Se añaden los elementos que faltan en el teléfono. No se elimina ni se cambia nada del teléfono; restaurar dos veces no añade nada.</translation>
    </message>
    <message>
        <source>Confirm that replace deletes items from the handset</source>
        <translation>Confirme que replace elimina elementos del teléfono</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace overwrites.&lt;/b&gt; Picked items that differ from the handset&apos;s version are overwritten with the snapshot&apos;s version. Nothing else on the handset is deleted.</source>
        <translation>&lt;b&gt;Replace sobrescribe.&lt;/b&gt; Los elementos elegidos que difieren de la versión del teléfono se sobrescriben con la versión de la instantánea. No se elimina nada más del teléfono.</translation>
    </message>
    <message>
        <source>I understand that replace &amp;overwrites items on the handset</source>
        <translation>&amp;Entiendo que replace sobrescribe elementos del teléfono</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace deletes.&lt;/b&gt; Of the chosen kinds (%1), everything on the handset that the snapshot does not have is deleted from the handset, and items that differ are overwritten with the snapshot&apos;s version. Other kinds are left alone.</source>
        <translation>&lt;b&gt;Replace elimina.&lt;/b&gt; De los tipos elegidos (%1), todo lo que hay en el teléfono y la instantánea no tiene se elimina del teléfono, y los elementos que difieren se sobrescriben con la versión de la instantánea. Los demás tipos no se tocan.</translation>
    </message>
    <message>
        <source>I understand that replace &amp;deletes %1 from the handset</source>
        <translation>Entiendo que replace &amp;elimina %1 del teléfono</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestorePlanText</name>
    <message>
        <source>%1 to write</source>
        <translation>%1 por escribir</translation>
    </message>
    <message>
        <source>%1 to replace</source>
        <translation>%1 por sustituir</translation>
    </message>
    <message>
        <source>%1 to delete</source>
        <translation>%1 por eliminar</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 ya presentes</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Replace the handset&apos;s version</source>
        <translation>Sustituir la versión del teléfono</translation>
    </message>
    <message>
        <source>Skip: already on the handset</source>
        <translation>Omitir: ya está en el teléfono</translation>
    </message>
    <message>
        <source>Skip: %1</source>
        <translation>Omitir: %1</translation>
    </message>
    <message>
        <source>Delete from the handset</source>
        <translation>Eliminar del teléfono</translation>
    </message>
    <message>
        <source>The handset already has everything chosen: the restore would change nothing.</source>
        <translation>El teléfono ya tiene todo lo elegido: la restauración no cambiaría nada.</translation>
    </message>
    <message>
        <source>write 1 item</source>
        <translation>escribir 1 elemento</translation>
    </message>
    <message>
        <source>write %1 items</source>
        <translation>escribir %1 elementos</translation>
    </message>
    <message>
        <source>replace 1</source>
        <translation>sustituir 1</translation>
    </message>
    <message>
        <source>replace %1</source>
        <translation>sustituir %1</translation>
    </message>
    <message>
        <source>delete %1 from the handset</source>
        <translation>eliminar %1 del teléfono</translation>
    </message>
    <message>
        <source>The restore will %1.</source>
        <translation>La restauración va a %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 1 item is already on the handset and is skipped.</source>
        <translation>%1 1 elemento ya está en el teléfono y se omite.</translation>
    </message>
    <message>
        <source>%1 %2 items are already on the handset and are skipped.</source>
        <translation>%1 %2 elementos ya están en el teléfono y se omiten.</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (número de serie %2)</translation>
    </message>
    <message>
        <source>another handset</source>
        <translation>otro teléfono</translation>
    </message>
    <message>
        <source>This snapshot was taken of %1. It will be restored onto a different handset, %2: the snapshot&apos;s items are copied onto it.</source>
        <translation>Esta instantánea se tomó de %1. Se restaurará en otro teléfono, %2: los elementos de la instantánea se copian en él.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestorePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What the restore will do, worked out from what the handset holds now.</source>
        <translation>Lo que hará la restauración, calculado a partir de lo que contiene ahora el teléfono.</translation>
    </message>
    <message>
        <source>Working out what the restore will do</source>
        <translation>Calculando lo que hará la restauración</translation>
    </message>
    <message>
        <source>What the restore will do, per kind</source>
        <translation>Lo que hará la restauración, por tipo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Reading the handset&apos;s contents to work out what the restore will do…</source>
        <translation>Leyendo el contenido del teléfono para calcular lo que hará la restauración…</translation>
    </message>
    <message>
        <source>The preview cannot start. Go back and choose a handset.</source>
        <translation>La vista previa no puede empezar. Vuelva atrás y elija un teléfono.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>La vista previa falló: %1</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Todavía no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreProgressPage</name>
    <message>
        <source>&amp;Cancel Restore</source>
        <translation>&amp;Cancelar la restauración</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Keep the handset connected and unlocked.</source>
        <translation>Mantenga el teléfono conectado y desbloqueado.</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Cancelar la restauración</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 restaurados</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Tiempo restante:</translation>
    </message>
    <message>
        <source>Cancelling after the item in hand…</source>
        <translation>Cancelando tras el elemento en curso…</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nada que escribir</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>The restore cannot start.</source>
        <translation>La restauración no puede empezar.</translation>
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
        <translation>No se puede escribir el informe en %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Restore report</source>
        <translation>Informe de restauración</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2, from the archive &quot;%3&quot;, restored onto %4.</source>
        <translation>Instantánea de %1 tomada %2, del archivador «%3», restaurada en %4.</translation>
    </message>
    <message>
        <source>This snapshot was taken of another handset; its items were copied onto this one.</source>
        <translation>Esta instantánea se tomó de otro teléfono; sus elementos se copiaron en este.</translation>
    </message>
    <message>
        <source>Mode: replace. Items of the chosen kinds that the snapshot does not have were deleted from the handset.</source>
        <translation>Modo: replace. Los elementos de los tipos elegidos que la instantánea no tiene se eliminaron del teléfono.</translation>
    </message>
    <message>
        <source>Mode: add missing. Nothing on the handset was deleted.</source>
        <translation>Modo: añadir lo que falta. No se eliminó nada del teléfono.</translation>
    </message>
    <message>
        <source>Report created %1.</source>
        <translation>Informe creado %1.</translation>
    </message>
    <message>
        <source>1 item could not be restored; the reason is listed below.</source>
        <translation>1 elemento no se pudo restaurar; el motivo figura más abajo.</translation>
    </message>
    <message>
        <source>%1 items could not be restored; the reasons are listed below.</source>
        <translation>%1 elementos no se pudieron restaurar; los motivos figuran más abajo.</translation>
    </message>
    <message>
        <source>The restore did not finish: %1</source>
        <translation>La restauración no terminó: %1</translation>
    </message>
    <message>
        <source>Every item written was read back from the handset and matches the snapshot.</source>
        <translation>Cada elemento escrito se volvió a leer del teléfono y coincide con la instantánea.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
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
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>No se puede escribir el informe en %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreReportPage</name>
    <message>
        <source>Restore report</source>
        <translation>Informe de restauración</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Guardar como &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Guardar el informe como HTML</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Restauración cancelada</translation>
    </message>
    <message>
        <source>Restore stopped</source>
        <translation>Restauración detenida</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Restauración terminada</translation>
    </message>
    <message>
        <source>The restore was cancelled. What was written before is listed below.</source>
        <translation>Se canceló la restauración. Lo escrito antes figura más abajo.</translation>
    </message>
    <message>
        <source>The restore finished, but 1 item could not be restored. The reason is listed below.</source>
        <translation>La restauración terminó, pero 1 elemento no se pudo restaurar. El motivo figura más abajo.</translation>
    </message>
    <message>
        <source>The restore finished, but %1 items could not be restored. The reasons are listed below.</source>
        <translation>La restauración terminó, pero %1 elementos no se pudieron restaurar. Los motivos figuran más abajo.</translation>
    </message>
    <message>
        <source>The restore stopped: %1</source>
        <translation>La restauración se detuvo: %1</translation>
    </message>
    <message>
        <source>The restore finished: 1 item restored, read back from the handset and identical to the snapshot.</source>
        <translation>La restauración terminó: 1 elemento restaurado, vuelto a leer del teléfono e idéntico a la instantánea.</translation>
    </message>
    <message>
        <source>The restore finished: %1 items restored, each read back from the handset and identical to the snapshot.</source>
        <translation>La restauración terminó: %1 elementos restaurados, cada uno vuelto a leer del teléfono e idéntico a la instantánea.</translation>
    </message>
    <message>
        <source>Restore report %1.%2</source>
        <translation>Informe de restauración %1.%2</translation>
    </message>
    <message>
        <source>Save Restore Report</source>
        <translation>Guardar el informe de restauración</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>Guardado en %1 (solo usted puede leerlo).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreSnapshotPage</name>
    <message>
        <source>Choose a snapshot</source>
        <translation>Elija una instantánea</translation>
    </message>
    <message>
        <source>The handset gets back what it held when this snapshot was taken.</source>
        <translation>El teléfono recupera lo que contenía cuando se tomó esta instantánea.</translation>
    </message>
    <message>
        <source>Snapshot to restore</source>
        <translation>Instantánea que restaurar</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Instantánea:</translation>
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
        <translation>Este archivador no contiene ninguna instantánea que restaurar. Haga primero una copia de seguridad de un teléfono.</translation>
    </message>
    <message>
        <source>Taken of %1 on %2. It holds %3.</source>
        <translation>Tomada de %1 el %2. Contiene %3.</translation>
    </message>
    <message>
        <source>This snapshot did not finish: only what it stored can be restored.</source>
        <translation>Esta instantánea no terminó: solo se puede restaurar lo que llegó a guardar.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreTargetPage</name>
    <message>
        <source>Choose the handset to restore to</source>
        <translation>Elija el teléfono en el que restaurar</translation>
    </message>
    <message>
        <source>Connect the handset by USB and unlock it. It may be another handset than the one the snapshot was taken of.</source>
        <translation>Conecte el teléfono por USB y desbloquéelo. Puede ser un teléfono distinto de aquel del que se tomó la instantánea.</translation>
    </message>
    <message>
        <source>Handset to restore to</source>
        <translation>Teléfono en el que restaurar</translation>
    </message>
    <message>
        <source>No handset is connected. Connect one by USB, unlock it, and open this wizard again; or switch on the demo handset to try a restore.</source>
        <translation>No hay ningún teléfono conectado. Conecte uno por USB, desbloquéelo y vuelva a abrir este asistente; o active el teléfono de demostración para probar una restauración.</translation>
    </message>
    <message>
        <source>The snapshot was taken of %1. The next page but one shows, before anything is written, whether the chosen handset is another one.</source>
        <translation>La instantánea se tomó de %1. La página siguiente a la próxima muestra, antes de escribir nada, si el teléfono elegido es otro.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreTask</name>
    <message>
        <source>The restore was cancelled.</source>
        <translation>Se canceló la restauración.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreWizard</name>
    <message>
        <source>Restore to Handset</source>
        <translation>Restaurar en el teléfono</translation>
    </message>
    <message>
        <source>Restore to handset</source>
        <translation>Restaurar en el teléfono</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (número de serie %2)</translation>
    </message>
    <message>
        <source>an unknown handset</source>
        <translation>un teléfono desconocido</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SaveCopyFlow</name>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Lifeboat archives (*.lifeboat);;All files (*)</source>
        <translation>Archivadores de Lifeboat (*.lifeboat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saving a copy of the archive…</source>
        <translation>Guardando una copia del archivador…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copia guardada como %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Schema</name>
    <message>
        <source>The archive %1 was written by an older Lifeboat. Open it once for writing so that it can be upgraded.</source>
        <translation>El archivador %1 se escribió con una versión anterior de Lifeboat. Ábralo una vez en modo de escritura para que pueda actualizarse.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged and cannot be opened safely. Use a backup copy of the file if you have one.</source>
        <translation>El archivador %1 está dañado y no se puede abrir con seguridad. Use una copia de respaldo del archivo si la tiene.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat archive (it is not an SQLite database).</source>
        <translation>%1 no es un archivador de Lifeboat (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Lifeboat archive.</source>
        <translation>%1 es una base de datos SQLite, pero no un archivador de Lifeboat.</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Lifeboat (archive format %2, this version reads up to %3). Update Lifeboat to open it.</source>
        <translation>El archivador %1 se escribió con una versión más reciente de Lifeboat (formato %2; esta versión lee hasta el %3). Actualice Lifeboat para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is not a complete Lifeboat archive.</source>
        <translation>%1 no es un archivador de Lifeboat completo.</translation>
    </message>
    <message>
        <source>No upgrade path for this archive version.</source>
        <translation>No hay forma de actualizar esta versión del archivador.</translation>
    </message>
    <message>
        <source>%1 does not have the structure of a Lifeboat archive; it may have been changed by another program. It was not opened.</source>
        <translation>%1 no tiene la estructura de un archivador de Lifeboat; puede que otro programa lo haya modificado. No se ha abierto.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScreenshotTour</name>
    <message>
        <source>Demo handset</source>
        <translation>Teléfono de demostración</translation>
    </message>
    <message>
        <source>Copying photos</source>
        <translation>Copiando fotos</translation>
    </message>
    <message>
        <source>New Pixel 8</source>
        <translation>Pixel 8 nuevo</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SealedIndex</name>
    <message>
        <source>No photo is indexed for object %1.</source>
        <translation>No hay ninguna foto indexada para el objeto %1.</translation>
    </message>
    <message>
        <source>The thumbnail of object %1 in the archive %2 is damaged. Run a verify.</source>
        <translation>La miniatura del objeto %1 en el archivador %2 está dañada. Ejecute una verificación.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SearchView</name>
    <message>
        <source>Search this snapshot</source>
        <translation>Buscar en esta instantánea</translation>
    </message>
    <message>
        <source>Search contacts, events, to-dos and photos (Ctrl+F)</source>
        <translation>Buscar contactos, eventos, tareas y fotos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Type a name, number, place or word. Press Enter on a result to show it.</source>
        <translation>Escriba un nombre, número, lugar o palabra. Pulse Intro sobre un resultado para mostrarlo.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>No se encontró nada. Pruebe con menos palabras o más cortas.</translation>
    </message>
    <message>
        <source>1 result. Press Enter or double-click to show it.</source>
        <translation>1 resultado. Pulse Intro o haga doble clic para mostrarlo.</translation>
    </message>
    <message>
        <source>%1 results. Press Enter or double-click to show one.</source>
        <translation>%1 resultados. Pulse Intro o haga doble clic para mostrar uno.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SettingsDialog</name>
    <message>
        <source>Back up &amp;automatically when a known handset is connected</source>
        <translation>Hacer copia de seguridad &amp;automáticamente al conectar un teléfono conocido</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Elija la carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Copia de seguridad automática</translation>
    </message>
    <message>
        <source>Only handsets already backed up into this library are backed up by themselves.</source>
        <translation>Solo se hace copia de seguridad automática de los teléfonos que ya tienen copia de seguridad en esta biblioteca.</translation>
    </message>
    <message>
        <source>Photo folders</source>
        <translation>Carpetas de fotos</translation>
    </message>
    <message>
        <source>New photo folder</source>
        <translation>Nueva carpeta de fotos</translation>
    </message>
    <message>
        <source>A folder on the handset, such as WhatsApp/Media</source>
        <translation>Una carpeta del teléfono, como WhatsApp/Media</translation>
    </message>
    <message>
        <source>Add the photo folder</source>
        <translation>Añadir la carpeta de fotos</translation>
    </message>
    <message>
        <source>Remove the selected photo folder</source>
        <translation>Quitar la carpeta de fotos seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Res&amp;tablecer</translation>
    </message>
    <message>
        <source>Use the standard photo folders</source>
        <translation>Usar las carpetas de fotos estándar</translation>
    </message>
    <message>
        <source>Photos and videos are copied from these folders of the handset and the folders inside them.</source>
        <translation>Las fotos y los vídeos se copian de estas carpetas del teléfono y de las carpetas que contienen.</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>Carpeta de la &amp;biblioteca:</translation>
    </message>
    <message>
        <source>&amp;Photo folders:</source>
        <translation>Carpetas de &amp;fotos:</translation>
    </message>
    <message>
        <source>Library Folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Encrypt new archives with a passphrase</source>
        <translation>&amp;Cifrar los archivadores nuevos con una frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypt new archives</source>
        <translation>Cifrar los archivadores nuevos</translation>
    </message>
    <message>
        <source>A handset&apos;s first backup asks for a passphrase and encrypts its archive with it. A lost passphrase cannot be recovered.</source>
        <translation>La primera copia de seguridad de un teléfono pide una frase de contraseña y cifra su archivador con ella. Una frase de contraseña perdida no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ShowCommand</name>
    <message>
        <source>Only this kind: contacts, events, todos or photos.</source>
        <translation>Solo este tipo: contacts, events, todos o photos.</translation>
    </message>
    <message>
        <source>Only items matching TEXT, across all kinds.</source>
        <translation>Solo los elementos que coinciden con TEXT, en todos los tipos.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use contacts, events, todos or photos.</source>
        <translation>Tipo desconocido «%1»: use contacts, events, todos o photos.</translation>
    </message>
    <message>
        <source>Nothing in snapshot %1 matches &quot;%2&quot;.</source>
        <translation>Nada en la instantánea %1 coincide con «%2».</translation>
    </message>
    <message>
        <source>Show the contacts, events, to-dos or photos of a snapshot</source>
        <translation>Mostrar los contactos, eventos, tareas o fotos de una instantánea</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotItems</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotStore</name>
    <message>
        <source>A handset without a serial number cannot be recorded.</source>
        <translation>No se puede registrar un teléfono sin número de serie.</translation>
    </message>
    <message>
        <source>Snapshot %1 is already finished.</source>
        <translation>La instantánea %1 ya está finalizada.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot cannot be completed: the content of %n object(s) is not stored, for example %1.</source>
        <translation>
            <numerusform>No se puede completar la instantánea: el contenido de %n objeto no está guardado, por ejemplo %1.</numerusform>
            <numerusform>No se puede completar la instantánea: el contenido de %n objetos no está guardado, por ejemplo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A snapshot cannot be finished as running.</source>
        <translation>Una instantánea no se puede finalizar como en curso.</translation>
    </message>
    <message>
        <source>The archive has no snapshot %1.</source>
        <translation>El archivador no tiene la instantánea %1.</translation>
    </message>
    <message>
        <source>Objects can only be added to a running snapshot (snapshot %1).</source>
        <translation>Solo se pueden añadir objetos a una instantánea en curso (instantánea %1).</translation>
    </message>
    <message>
        <source>The archive has no object %1.</source>
        <translation>El archivador no tiene el objeto %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotText</name>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantánea %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>En curso o interrumpida</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>1 to-do</source>
        <translation>1 tarea</translation>
    </message>
    <message>
        <source>%1 to-dos</source>
        <translation>%1 tareas</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>%1 fotos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotView</name>
    <message>
        <source>Snapshot content</source>
        <translation>Contenido de la instantánea</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>C&amp;alendario</translation>
    </message>
    <message>
        <source>&amp;To-dos</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Búsqueda</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Qué ha cambiado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3</translation>
    </message>
    <message>
        <source>This backup did not finish: it holds only what was stored before it stopped. Choose a complete snapshot to see everything.</source>
        <translation>Esta copia de seguridad no terminó: solo contiene lo que se guardó antes de que se detuviera. Elija una instantánea completa para verlo todo.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotsCommand</name>
    <message>
        <source>No snapshots yet. Back up a handset with lifeboat-cli backup.</source>
        <translation>Aún no hay instantáneas. Haga una copia de seguridad de un teléfono con lifeboat-cli backup.</translation>
    </message>
    <message>
        <source>List the snapshots in an archive</source>
        <translation>Listar las instantáneas de un archivador</translation>
    </message>
    <message>
        <source>running</source>
        <comment>snapshot state</comment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>snapshot state</comment>
        <translation>completa</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>snapshot state</comment>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>snapshot state</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TerminalPrompt</name>
    <message>
        <source>The passphrase could not be read (%1).</source>
        <translation>No se pudo leer la frase de contraseña (%1).</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La frase de contraseña tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation type="vanished">No hay ningún terminal en el que pedir la frase de contraseña.</translation>
    </message>
    <message>
        <source>The terminal&apos;s echo cannot be switched off.</source>
        <translation>No se puede desactivar el eco del terminal.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on: give it with --passphrase-fd or in LIFEBOAT_PASSPHRASE.</source>
        <translation>No hay ningún terminal en el que pedir la frase de contraseña: indíquela con --passphrase-fd o en LIFEBOAT_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TodoListModel</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requiere acción</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>High (%1)</source>
        <translation>Alta (%1)</translation>
    </message>
    <message>
        <source>Medium (%1)</source>
        <translation>Media (%1)</translation>
    </message>
    <message>
        <source>Low (%1)</source>
        <translation>Baja (%1)</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(sin resumen)</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TodosView</name>
    <message>
        <source>To-dos</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>This snapshot holds no to-dos.</source>
        <translation>Esta instantánea no contiene tareas.</translation>
    </message>
    <message>
        <source>Select a to-do to see its description.</source>
        <translation>Seleccione una tarea para ver su descripción.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <source>%1
Completed %2</source>
        <translation>%1
Completada el %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UmockdevServer</name>
    <message>
        <source>The virtual USB device could not be created.</source>
        <translation>No se pudo crear el dispositivo USB virtual.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UsbContext</name>
    <message>
        <source>USB is not available on this computer.</source>
        <translation>El USB no está disponible en este equipo.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UsbError</name>
    <message>
        <source>Another program is using the handset — usually the desktop&apos;s file manager (gvfs-mtp on GNOME, kio-mtp on KDE). Close it or eject the phone there, then try again.</source>
        <translation>Otro programa está usando el teléfono; normalmente, el gestor de archivos del escritorio (gvfs-mtp en GNOME, kio-mtp en KDE). Ciérrelo o expulse el teléfono desde él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Lifeboat is not allowed to use the handset %1. Install Lifeboat&apos;s udev rule (or add your user to the group that owns USB devices), then unplug the handset and plug it in again.</source>
        <translation>Lifeboat no tiene permiso para usar el teléfono %1. Instale la regla de udev de Lifeboat (o añada su usuario al grupo propietario de los dispositivos USB) y después desconecte el teléfono y vuelva a conectarlo.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unplug it, plug it in again and retry.</source>
        <translation>El teléfono ha dejado de responder. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Out of memory while talking to the handset.</source>
        <translation>Memoria insuficiente al comunicarse con el teléfono.</translation>
    </message>
    <message>
        <source>This computer&apos;s USB system cannot do what the handset needs.</source>
        <translation>El sistema USB de este equipo no puede hacer lo que necesita el teléfono.</translation>
    </message>
    <message>
        <source>Talking to the handset failed. Unplug it, plug it in again and retry.</source>
        <translation>Falló la comunicación con el teléfono. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The handset refused the transfer. Unplug it, plug it in again and retry.</source>
        <translation>El teléfono rechazó la transferencia. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The handset sent more data than expected. Unplug it, plug it in again and retry.</source>
        <translation>El teléfono envió más datos de los esperados. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A USB transfer to the handset failed. Check the cable, unplug the handset, plug it in again and retry.</source>
        <translation>Falló una transferencia USB al teléfono. Compruebe el cable, desconecte el teléfono, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unlock it, keep it connected and retry.</source>
        <translation>El teléfono ha dejado de responder. Desbloquéelo, manténgalo conectado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The handset was disconnected. Plug it in again and keep it connected until Lifeboat has finished.</source>
        <translation>Se desconectó el teléfono. Vuelva a conectarlo y manténgalo conectado hasta que Lifeboat termine.</translation>
    </message>
    <message>
        <source>The handset does not offer file transfer (MTP). On the phone, choose &quot;File transfer&quot; in the USB notification.</source>
        <translation>El teléfono no ofrece transferencia de archivos (MTP). En el teléfono, elija «Transferencia de archivos» en la notificación de USB.</translation>
    </message>
    <message>
        <source>Internal error: empty read buffer.</source>
        <translation>Error interno: búfer de lectura vacío.</translation>
    </message>
    <message>
        <source>The handset accepted only part of the data. Unplug it, plug it in again and retry.</source>
        <translation>El teléfono solo aceptó una parte de los datos. Desconéctelo, vuelva a conectarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Internal error: control data too long.</source>
        <translation>Error interno: datos de control demasiado largos.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCalendarConverter</name>
    <message>
        <source>The file holds no vCalendar entries (no BEGIN:VCALENDAR).</source>
        <translation>El archivo no contiene entradas de vCalendar (no hay BEGIN:VCALENDAR).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardContactBuilder</name>
    <message>
        <source>Line %1: malformed parameters of %2 were left out.</source>
        <translation>Línea %1: se omitieron los parámetros mal formados de %2.</translation>
    </message>
    <message>
        <source>Line %1: a damaged %2 line was skipped.</source>
        <translation>Línea %1: se omitió una línea %2 dañada.</translation>
    </message>
    <message>
        <source>Line %1: the photo&apos;s data URI has no data and was skipped.</source>
        <translation>Línea %1: el URI de datos de la foto no contiene datos y se omitió.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardLexer</name>
    <message>
        <source>Line %1 of the vCard data is longer than %2 bytes. The file is damaged or not a contact file.</source>
        <translation>La línea %1 de los datos vCard ocupa más de %2 bytes. El archivo está dañado o no es un archivo de contactos.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardReader</name>
    <message>
        <source>The card that starts on line %1 has no END:VCARD; it was kept as far as it goes.</source>
        <translation>La tarjeta que empieza en la línea %1 no tiene END:VCARD; se ha conservado hasta donde llega.</translation>
    </message>
    <message>
        <source>The data contains no contact card (no BEGIN:VCARD line). Check that it is a vCard file.</source>
        <translation>Los datos no contienen ninguna tarjeta de contacto (no hay línea BEGIN:VCARD). Compruebe que es un archivo vCard.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 is larger than %2 bytes (at line %3). The file is damaged or not a contact file.</source>
        <translation>La tarjeta que empieza en la línea %1 ocupa más de %2 bytes (en la línea %3). El archivo está dañado o no es un archivo de contactos.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 has more than %2 properties (at line %3). The file is damaged or not a contact file.</source>
        <translation>La tarjeta que empieza en la línea %1 tiene más de %2 propiedades (en la línea %3). El archivo está dañado o no es un archivo de contactos.</translation>
    </message>
    <message>
        <source>Line %1 opens a card nested more than %2 deep. The file is damaged or not a contact file.</source>
        <translation>La línea %1 abre una tarjeta anidada a más de %2 niveles. El archivo está dañado o no es un archivo de contactos.</translation>
    </message>
    <message>
        <source>The data holds more than %1 cards (line %2). Split the file or check that it is a contact file.</source>
        <translation>Los datos contienen más de %1 tarjetas (línea %2). Divida el archivo o compruebe que es un archivo de contactos.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 is empty and was skipped.</source>
        <translation>La tarjeta que empieza en la línea %1 está vacía y se omitió.</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property and was skipped.</source>
        <translation>La línea %1 no es una propiedad vCard y se omitió.</translation>
    </message>
    <message>
        <source>Line %1 ends a card that was never begun and was ignored.</source>
        <translation>La línea %1 cierra una tarjeta que nunca se abrió y se ignoró.</translation>
    </message>
    <message>
        <source>Line %1 is outside any card and was ignored.</source>
        <translation>La línea %1 está fuera de cualquier tarjeta y se ignoró.</translation>
    </message>
    <message>
        <source>The contact data is %1 bytes, more than the %2 bytes Lifeboat reads at once. Split the file or check that it is a contact file.</source>
        <translation>Los datos de contacto ocupan %1 bytes, más de los %2 bytes que Lifeboat lee de una vez. Divida el archivo o compruebe que es un archivo de contactos.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardValueDecoder</name>
    <message>
        <source>Line %1: the quoted-printable value of %2 is damaged; the damaged characters were kept as written.</source>
        <translation>Línea %1: el valor quoted-printable de %2 está dañado; los caracteres dañados se conservaron tal como estaban escritos.</translation>
    </message>
    <message>
        <source>Line %1: the character set &quot;%2&quot; is unknown; the value was read as UTF-8.</source>
        <translation>Línea %1: el juego de caracteres «%2» es desconocido; el valor se leyó como UTF-8.</translation>
    </message>
    <message>
        <source>The picture on line %1 of the vCard data is larger than %2 bytes. The file is damaged or not a contact file.</source>
        <translation>La imagen de la línea %1 de los datos vCard ocupa más de %2 bytes. El archivo está dañado o no es un archivo de contactos.</translation>
    </message>
    <message>
        <source>Line %1: the base64 data is damaged and was skipped.</source>
        <translation>Línea %1: los datos base64 están dañados y se omitieron.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardWarnings</name>
    <message numerus="yes">
        <source>%n further problem(s) were not listed.</source>
        <translation>
            <numerusform>No se muestra %n problema más.</numerusform>
            <numerusform>No se muestran %n problemas más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyCommand</name>
    <message>
        <source>The archive is intact: SQLite&apos;s checks pass, and %1 stored objects in %2 chunks were read back and match their hashes.</source>
        <translation>El archivador está intacto: las comprobaciones de SQLite son correctas y %1 objetos guardados en %2 bloques se volvieron a leer y coinciden con sus sumas de verificación.</translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation>El archivador está dañado.</translation>
    </message>
    <message>
        <source>Affected snapshots: %1</source>
        <translation type="vanished">Instantáneas afectadas: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">ninguna</translation>
    </message>
    <message>
        <source>Other snapshots are unaffected and can be restored. Back up the handset again to store fresh copies of the damaged items.</source>
        <translation>Las demás instantáneas no están afectadas y se pueden restaurar. Haga otra copia de seguridad del teléfono para guardar copias nuevas de los elementos dañados.</translation>
    </message>
    <message>
        <source>lifeboat-cli verify: the archive is damaged.</source>
        <translation>lifeboat-cli verify: el archivador está dañado.</translation>
    </message>
    <message>
        <source>Check an archive for damage</source>
        <translation>Comprobar si un archivador está dañado</translation>
    </message>
    <message>
        <source>No snapshot lists a damaged item.</source>
        <translation>Ninguna instantánea incluye un elemento dañado.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 (%2): %n damaged item(s):</source>
        <translation>
            <numerusform>Instantánea %1 (%2): %n elemento dañado:</numerusform>
            <numerusform>Instantánea %1 (%2): %n elementos dañados:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>Verificar archivador</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progreso de la verificación</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Cancel the verification</source>
        <translation>Cancelar la verificación</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Reading every stored item back and checking it against its fingerprint…</source>
        <translation>Leyendo de nuevo cada elemento guardado y comprobándolo con su huella digital…</translation>
    </message>
    <message>
        <source>Verification did not run.</source>
        <translation>La verificación no se ejecutó.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Se canceló la verificación.</translation>
    </message>
    <message>
        <source>Verification could not finish.</source>
        <translation>La verificación no pudo terminar.</translation>
    </message>
    <message>
        <source>Nothing wrong was found in the part that was checked. Verify again to check the whole archive.</source>
        <translation>No se encontró ningún problema en la parte verificada. Verifique de nuevo para comprobar todo el archivador.</translation>
    </message>
    <message>
        <source>The archive is fine.</source>
        <translation>El archivador está en buen estado.</translation>
    </message>
    <message>
        <source>Every snapshot can be restored: %1 stored items (%2) were read back and match their fingerprints, and the archive&apos;s database passes its own checks.</source>
        <translation>Todas las instantáneas se pueden restaurar: se volvieron a leer %1 elementos guardados (%2) y coinciden con sus huellas digitales, y la base de datos del archivador supera sus propias comprobaciones.</translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation>El archivador está dañado.</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>instantánea %1</translation>
    </message>
    <message>
        <source>Damaged snapshots: %1.</source>
        <translation>Instantáneas dañadas: %1.</translation>
    </message>
    <message>
        <source>These stored items no longer match what was backed up and cannot be restored from this archive:</source>
        <translation>Estos elementos guardados ya no coinciden con lo que se copió y no se pueden restaurar desde este archivador:</translation>
    </message>
    <message>
        <source>What still restores: every other item of the damaged snapshots.</source>
        <translation>Lo que aún se puede restaurar: todos los demás elementos de las instantáneas dañadas.</translation>
    </message>
    <message>
        <source>What still restores: the snapshots %1 completely, and every other item of the damaged snapshots.</source>
        <translation>Lo que aún se puede restaurar: las instantáneas %1 por completo, y todos los demás elementos de las instantáneas dañadas.</translation>
    </message>
    <message>
        <source>Back up the handset again to store fresh copies of the damaged items, and keep a copy of the archive on another disk.</source>
        <translation>Haga de nuevo una copia de seguridad del teléfono para guardar copias nuevas de los elementos dañados, y guarde una copia del archivador en otro disco.</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Detalles técnicos:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyJob</name>
    <message>
        <source>Checking the archive</source>
        <translation>Verificando el archivador</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la verificación.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyTask</name>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Se canceló la verificación.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualHandsetFactory</name>
    <message>
        <source>The virtual handset cannot be set up that way.</source>
        <translation>El teléfono virtual no se puede configurar de esa manera.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualHandsetServe</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation>%1 necesita un número, no «%2».</translation>
    </message>
    <message>
        <source>Usage: lifeboat-virtual-handset serve [--root DIR | --demo] [--profile lifeboat|android|echo] [--serial S] [--max-packet 64|512|1024]
         [--locked-ms N] [--busy] [--unplug-after-bytes N] [--stall-in-after-bytes N] [--no-zlp] [--header-own-packet]
         [--plug-after MS] [--unplug-after MS] -- COMMAND [ARGS...]

Serves a virtual handset as a USB device (umockdev) and runs COMMAND with
LD_PRELOAD=libumockdev-preload.so.0 and UMOCKDEV_DIR set, so that COMMAND&apos;s libusb
sees the handset. Exits with COMMAND&apos;s status; 2 for usage errors, 125 when the
handset cannot be served, 127 when COMMAND cannot be started, 128 when it crashed.</source>
        <translation>Uso: lifeboat-virtual-handset serve [--root DIR | --demo] [--profile lifeboat|android|echo] [--serial S] [--max-packet 64|512|1024]
         [--locked-ms N] [--busy] [--unplug-after-bytes N] [--stall-in-after-bytes N] [--no-zlp] [--header-own-packet]
         [--plug-after MS] [--unplug-after MS] -- COMMAND [ARGS...]

Sirve un teléfono virtual como dispositivo USB (umockdev) y ejecuta COMMAND con
LD_PRELOAD=libumockdev-preload.so.0 y UMOCKDEV_DIR definidos, para que la libusb de
COMMAND vea el teléfono. Termina con el estado de COMMAND; 2 si hay errores de uso, 125
si no se puede servir el teléfono, 127 si no se puede iniciar COMMAND, 128 si se bloqueó.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use lifeboat, android or echo.</source>
        <translation>Perfil desconocido «%1»: use lifeboat, android o echo.</translation>
    </message>
    <message>
        <source>--max-packet must be 64, 512 or 1024.</source>
        <translation>--max-packet debe ser 64, 512 o 1024.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option &quot;%1&quot;.</source>
        <translation>Opción desconocida o incompleta «%1».</translation>
    </message>
    <message>
        <source>Nothing to run: give the command after &quot;--&quot;.</source>
        <translation>Nada que ejecutar: indique la orden después de «--».</translation>
    </message>
    <message>
        <source>Cannot create the virtual handset: %1</source>
        <translation>No se puede crear el teléfono virtual: %1</translation>
    </message>
    <message>
        <source>%1 was ended by a signal or crashed.</source>
        <translation>%1 terminó por una señal o se bloqueó.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>No se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <source>Cannot plug the virtual handset in: %1</source>
        <translation>No se puede conectar el teléfono virtual: %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualStorage</name>
    <message>
        <source>The virtual handset has no storage.</source>
        <translation>El teléfono virtual no tiene almacenamiento.</translation>
    </message>
    <message>
        <source>%1 does not exist on the virtual handset.</source>
        <translation>%1 no existe en el teléfono virtual.</translation>
    </message>
    <message>
        <source>The virtual handset could not store the object.</source>
        <translation>El teléfono virtual no pudo guardar el objeto.</translation>
    </message>
    <message>
        <source>The virtual handset is full.</source>
        <translation>El teléfono virtual está lleno.</translation>
    </message>
    <message>
        <source>The folder %1 for the virtual handset does not exist.</source>
        <translation>La carpeta %1 del teléfono virtual no existe.</translation>
    </message>
    <message>
        <source>The folder for the virtual handset is nested too deeply.</source>
        <translation>La carpeta del teléfono virtual está anidada a demasiada profundidad.</translation>
    </message>
    <message>
        <source>The name %1 cannot be used on the handset.</source>
        <translation>El nombre %1 no se puede usar en el teléfono.</translation>
    </message>
    <message>
        <source>The folder for the new object does not exist.</source>
        <translation>La carpeta del nuevo objeto no existe.</translation>
    </message>
    <message>
        <source>An object named %1 exists already.</source>
        <translation>Ya existe un objeto llamado %1.</translation>
    </message>
    <message>
        <source>The object to delete does not exist.</source>
        <translation>El objeto que se va a eliminar no existe.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back up and restore a handset&apos;s contacts, calendar, to-dos and photos.</source>
        <translation>Copia de seguridad y restauración de los contactos, el calendario, las tareas y las fotos de un teléfono.</translation>
    </message>
    <message>
        <source>Archives to open.</source>
        <translation>Archivadores que abrir.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
</context>
</TS>
